"""Runtime shared by the generated clients: transport, auth, retries, pagination, errors.

Rendered from the generator's templates; depends only on httpx and pydantic.
"""

from ._base import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    NOT_GIVEN,
    APIResponse,
    AsyncAPIClient,
    AsyncPage,
    Limits,
    NotGiven,
    OperationSpec,
    SecuritySchemeSpec,
    SyncAPIClient,
    SyncPage,
    TimeoutTypes,
)
from ._deviations import APIModel, Deviations
from ._enums import OpenEnum
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    UnprocessableEntityError,
)
from ._pagination import Pagination
from ._partial import FailedItem, PartialFailure, PartialResult
from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIModel",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Deviations",
    "FailedItem",
    "InternalServerError",
    "Limits",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "OpenEnum",
    "OperationSpec",
    "Pagination",
    "PartialFailure",
    "PartialFailureError",
    "PartialResult",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SecuritySchemeSpec",
    "SyncAPIClient",
    "SyncPage",
    "TimeoutTypes",
    "UnprocessableEntityError",
]
