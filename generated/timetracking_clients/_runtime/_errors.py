"""The errors every generated client raises (one hierarchy, shared by every API in the package)."""

from __future__ import annotations

from typing import Any

import httpx

# Response headers that carry the server's id for a request, most common first.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


class APIError(Exception):
    """Base of every error a generated client raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIResponseValidationError(APIError):
    """A success answer the client cannot read as the spec says: a body that does not match its
    schema, is not JSON or UTF-8, is too large, or holds no items where the spec says a page
    keeps them. In strict mode also a field, enum value or null the spec does not document."""


class ResponseTooLargeError(APIResponseValidationError):
    """The answer (after decompression) is larger than the client's `max_response_bytes`."""


class MissingCredentialsError(APIError):
    """The operation needs a credential the client was not given."""


class APIConnectionError(APIError):
    """The server could not be reached or the connection broke."""


class APITimeoutError(APIConnectionError):
    """The request timed out (one read, or the whole call)."""


class APIStatusError(APIError):
    """The server answered with an error status, a redirect the client does not follow, or an
    answer the spec defines as not-found.

    `response` is the HTTP response, its request with credentials masked; `body` is the error
    body, typed to the operation's documented error schema when it matches (else the parsed
    JSON, or the text).
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.body = body
        self.status_code = response.status_code
        self.request_id = next(
            (v for v in map(response.headers.get, REQUEST_ID_HEADERS) if v), None
        )

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    def __repr__(self) -> str:
        request = self.response.request
        return f"{type(self).__name__}({self.status_code}, {request.method} {request.url})"


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


class RedirectError(APIStatusError):
    """A redirect the client does not follow: to another host (credentials never go there),
    without a Location, or one too many."""


class PartialFailureError(APIError):
    """A bulk call succeeded for some items and failed for others."""

    def __init__(self, message: str, *, succeeded: list[Any], failed: list[Any]) -> None:
        super().__init__(message)
        self.succeeded = succeeded
        self.failed = failed


BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    if status in BY_STATUS:
        return BY_STATUS[status]
    if status >= 500:
        return InternalServerError
    return RedirectError if 300 <= status < 400 else APIStatusError


def error_body(response: httpx.Response) -> Any:
    """The parsed JSON error body, or its text when it is not JSON."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.content.decode("utf-8", "replace")


_MESSAGE_KEYS = ("message", "error_description", "detail", "error", "title", "response", "errors")


def error_detail(body: Any) -> str:
    """The server's own words for an error: a message field when the body has one."""
    if isinstance(body, dict):
        for key in _MESSAGE_KEYS:
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict | list) and value:
                return error_detail(value)
    if isinstance(body, list) and body:
        return error_detail(body[0])
    return str(body)
