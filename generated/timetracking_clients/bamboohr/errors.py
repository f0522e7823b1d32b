"""Errors raised by the BambooHR Time Tracking API client: one hierarchy under the shared runtime's."""

from __future__ import annotations

from .._runtime import _errors


class BamboohrError(_errors.APIError):
    """Base of every error this client raises."""


class MissingCredentialsError(BamboohrError, _errors.MissingCredentialsError):
    pass


class APIConnectionError(BamboohrError, _errors.APIConnectionError):
    pass


class APITimeoutError(APIConnectionError, _errors.APITimeoutError):
    pass


class APIResponseValidationError(BamboohrError, _errors.APIResponseValidationError):
    pass


class APIStatusError(BamboohrError, _errors.APIStatusError):
    pass


class BadRequestError(APIStatusError, _errors.BadRequestError):
    pass


class AuthenticationError(APIStatusError, _errors.AuthenticationError):
    pass


class PermissionDeniedError(APIStatusError, _errors.PermissionDeniedError):
    pass


class NotFoundError(APIStatusError, _errors.NotFoundError):
    pass


class ConflictError(APIStatusError, _errors.ConflictError):
    pass


class UnprocessableEntityError(APIStatusError, _errors.UnprocessableEntityError):
    pass


class RateLimitError(APIStatusError, _errors.RateLimitError):
    pass


class InternalServerError(APIStatusError, _errors.InternalServerError):
    pass


class PartialFailureError(BamboohrError, _errors.PartialFailureError):
    pass


ERRORS = _errors.ErrorClasses(
    status=APIStatusError,
    by_status={
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
    },
    server=InternalServerError,
    not_found=NotFoundError,
    connection=APIConnectionError,
    timeout=APITimeoutError,
    missing_credentials=MissingCredentialsError,
    partial_failure=PartialFailureError,
    invalid_response=APIResponseValidationError,
)
