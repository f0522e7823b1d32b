"""Telerik TeamPulse REST API v1 - Time Entries client (generated from its OpenAPI spec)."""

from . import errors, models
from .client import AsyncClient, Client
from .errors import (
    APIConnectionError,
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
    UnprocessableEntityError,
    TeampulseError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PartialFailureError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "TeampulseError",
    "errors",
    "models",
]
