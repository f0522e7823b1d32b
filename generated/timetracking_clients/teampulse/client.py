"""Clients for Telerik TeamPulse REST API v1 - Time Entries: `Client` (sync) and `AsyncClient`."""

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
    TimeEntriesResource,
    AsyncTimeEntriesResource,
)

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://{teampulseHost}/api/v1"
SCHEMES: dict[str, SecuritySchemeSpec] = {
    "wrap": SecuritySchemeSpec(
        kind="apiKey",
        location="header",
        name="Authorization",
        password=None,
        format="WRAP access_token={token}",
        arg_name="access_token",
        env_var="TEAMPULSE_ACCESS_TOKEN",
    ),
}


class Client:
    """Telerik TeamPulse REST API v1 - Time Entries

    Time entries of a self-hosted Telerik TeamPulse instance: get one, list all the caller can
    see (OData `$filter`, `$orderby`, `$top`, `$skip`), list one task's entries, create, update
    partially and delete.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        teampulse_host: str | None = None,
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
                    "teampulseHost": teampulse_host,
                },
            ),
            schemes=SCHEMES,
            credentials={
                "wrap": access_token,
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
        self.time_entries = TimeEntriesResource(self._client)

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
    """Telerik TeamPulse REST API v1 - Time Entries

    Time entries of a self-hosted Telerik TeamPulse instance: get one, list all the caller can
    see (OData `$filter`, `$orderby`, `$top`, `$skip`), list one task's entries, create, update
    partially and delete.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        teampulse_host: str | None = None,
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
                    "teampulseHost": teampulse_host,
                },
            ),
            schemes=SCHEMES,
            credentials={
                "wrap": access_token,
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
        self.time_entries = AsyncTimeEntriesResource(self._client)

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
