"""Runtime shared by the generated clients: transport, auth, retries, pagination, errors.

Rendered from the generator's templates; depends only on httpx and pydantic.
"""

from ._base import (
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    APIResponse,
    AsyncAPIClient,
    NotGiven,
    OperationSpec,
    SecuritySchemeSpec,
    SyncAPIClient,
    TimeoutTypes,
)
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
    ErrorClasses,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PartialFailureError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import Pagination
from ._partial import FailedItem, PartialFailure, PartialResult
from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorClasses",
    "FailedItem",
    "InternalServerError",
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
    "RetryPolicy",
    "SecuritySchemeSpec",
    "SyncAPIClient",
    "TimeoutTypes",
    "UnprocessableEntityError",
]
