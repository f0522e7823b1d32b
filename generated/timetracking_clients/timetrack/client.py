"""Clients for TimeTrack Attendance Time Entries API: `Client` (sync) and `AsyncClient`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .._runtime._base import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    AsyncAPIClient,
    Limits,
    SecuritySchemeSpec,
    SyncAPIClient,
    TimeoutTypes,
    server_url,
)
from .._runtime._deviations import Deviations
from .._runtime._retry import RetryPolicy

from .resources import (
    AttendancesResource,
    AsyncAttendancesResource,
)

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://{account}.timetrackenterprise.com/api/v2/ext"
SCHEMES: dict[str, SecuritySchemeSpec] = {
    "apiKey": SecuritySchemeSpec(
        kind="apiKey",
        location="header",
        name="X-TimeTrack-Api-Key",
        password=None,
        format=None,
        arg_name="api_key",
        env_var="TIMETRACK_API_KEY",
    ),
    "apiSecret": SecuritySchemeSpec(
        kind="apiKey",
        location="header",
        name="X-TimeTrack-Api-Secret",
        password=None,
        format=None,
        arg_name="api_secret",
        env_var="TIMETRACK_API_SECRET",
    ),
}


class Client:
    """TimeTrack Attendance Time Entries API

    Attendance time entries of TimeTrack (timetrackenterprise.com, REST API v2 "ext"): plain
    clock-in / clock-out entries without a project. Based on TimeTrack's public API documentation
    (the REST API v2 ext attendance page: object table, filter table and curl examples for list,
    get, create, update and delete; the base URL, the key/secret header pair, timestamp formats,
    paging with page_number/limit and the {"errors": [...]} error body). TimeTrack publishes no
    OpenAPI file and documents no status codes; the status codes below, except the 404/15020 error
    example, are the ones the API is expected to answer. Success bodies are not documented either:
    the response examples are illustrative, built from the object table.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        account: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        strict: bool = False,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """`timeout` bounds each read, `total_timeout` a whole attempt; answers larger than
        `max_response_bytes` (decompressed) and listings past `max_pages` are errors. With
        `strict=True` an answer holding what the spec does not document (a field, an enum
        value, a null) raises APIResponseValidationError; either way it is counted on
        `deviations`. `sleep` and `clock` are injectable so retry timing can be tested."""
        self._client = SyncAPIClient(
            base_url=base_url
            or server_url(
                SERVER_URL,
                {
                    "account": account,
                },
            ),
            schemes=SCHEMES,
            credentials={
                "apiKey": api_key,
                "apiSecret": api_secret,
            },
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            http_client=http_client,
            default_headers=default_headers,
            strict=strict,
            limits=Limits(total_timeout, max_response_bytes, max_pages),
            sleep=sleep,
            **({} if clock is None else {"clock": clock}),
        )
        self.attendances = AttendancesResource(self._client)

    @property
    def deviations(self) -> Deviations:
        """What this client's answers held that the spec does not document, counted."""
        return self._client.deviations

    def __repr__(self) -> str:
        return f"Client({self._client!r})"

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient:
    """TimeTrack Attendance Time Entries API

    Attendance time entries of TimeTrack (timetrackenterprise.com, REST API v2 "ext"): plain
    clock-in / clock-out entries without a project. Based on TimeTrack's public API documentation
    (the REST API v2 ext attendance page: object table, filter table and curl examples for list,
    get, create, update and delete; the base URL, the key/secret header pair, timestamp formats,
    paging with page_number/limit and the {"errors": [...]} error body). TimeTrack publishes no
    OpenAPI file and documents no status codes; the status codes below, except the 404/15020 error
    example, are the ones the API is expected to answer. Success bodies are not documented either:
    the response examples are illustrative, built from the object table.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        account: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        strict: bool = False,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """`timeout` bounds each read, `total_timeout` a whole attempt; answers larger than
        `max_response_bytes` (decompressed) and listings past `max_pages` are errors. With
        `strict=True` an answer holding what the spec does not document (a field, an enum
        value, a null) raises APIResponseValidationError; either way it is counted on
        `deviations`. `sleep` and `clock` are injectable so retry timing can be tested."""
        self._client = AsyncAPIClient(
            base_url=base_url
            or server_url(
                SERVER_URL,
                {
                    "account": account,
                },
            ),
            schemes=SCHEMES,
            credentials={
                "apiKey": api_key,
                "apiSecret": api_secret,
            },
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            http_client=http_client,
            default_headers=default_headers,
            strict=strict,
            limits=Limits(total_timeout, max_response_bytes, max_pages),
            sleep=sleep,
            **({} if clock is None else {"clock": clock}),
        )
        self.attendances = AsyncAttendancesResource(self._client)

    @property
    def deviations(self) -> Deviations:
        """What this client's answers held that the spec does not document, counted."""
        return self._client.deviations

    def __repr__(self) -> str:
        return f"AsyncClient({self._client!r})"

    async def close(self) -> None:
        await self._client.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
