"""The error hierarchy every generated client raises; each API subclasses it in its errors module."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx


class APIError(Exception):
    """Base of every error a generated client raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIResponseValidationError(APIError):
    """A success answer whose body does not match the spec (or holds no items where the spec
    says a page keeps them)."""


class MissingCredentialsError(APIError):
    """The operation needs a credential the client was not given."""


class APIConnectionError(APIError):
    """The server could not be reached or the connection broke."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(APIError):
    """The server answered with an error status (or an answer the spec defines as not-found)."""

    def __init__(self, message: str, *, status: int, body: Any, request_line: str) -> None:
        super().__init__(message)
        self.status = status
        self.body = body
        self.request_line = request_line  # "METHOD URL" with secrets masked

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, request={self.request_line!r})"


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class PartialFailureError(APIError):
    """A bulk call succeeded for some items and failed for others."""

    def __init__(self, message: str, *, succeeded: list[Any], failed: list[Any]) -> None:
        super().__init__(message)
        self.succeeded = succeeded
        self.failed = failed


@dataclass(frozen=True)
class ErrorClasses:
    """The classes one API raises; the generated errors module fills it with its subclasses."""

    status: type[APIStatusError] = APIStatusError
    by_status: dict[int, type[APIStatusError]] = field(default_factory=dict)
    server: type[APIStatusError] = InternalServerError
    not_found: type[APIStatusError] = NotFoundError
    connection: type[APIConnectionError] = APIConnectionError
    timeout: type[APITimeoutError] = APITimeoutError
    missing_credentials: type[MissingCredentialsError] = MissingCredentialsError
    invalid_response: type[APIResponseValidationError] = APIResponseValidationError
    partial_failure: type[PartialFailureError] = PartialFailureError

    def for_status(self, status: int) -> type[APIStatusError]:
        if status in self.by_status:
            return self.by_status[status]
        return self.server if status >= 500 else self.status


def error_body(response: httpx.Response) -> Any:
    """The parsed JSON error body, or its text when it is not JSON."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text
