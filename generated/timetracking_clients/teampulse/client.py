"""Clients for Telerik TeamPulse REST API v1 - Time Entries: `Client` (sync) and `AsyncClient`."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .._runtime._base import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SecuritySchemeSpec,
    SyncAPIClient,
    TimeoutTypes,
)
from .._runtime._retry import RetryPolicy

from .errors import ERRORS
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


def _server_url(
    teampulse_host: str,
) -> str:
    url = SERVER_URL
    url = url.replace("{teampulseHost}", teampulse_host)
    return url


def _credentials(
    access_token: str | None,
) -> dict[str, str | None]:
    return {
        "wrap": access_token
        if access_token is not None
        else os.environ.get("TEAMPULSE_ACCESS_TOKEN"),
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
        teampulse_host: str = "teampulse.example.com",
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        # sleep and clock are injectable so retry timing can be tested without waiting.
        options: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        if clock is not None:
            options["clock"] = clock
        self._client = SyncAPIClient(
            base_url=base_url
            or _server_url(
                teampulse_host,
            ),
            schemes=SCHEMES,
            credentials=_credentials(
                access_token,
            ),
            errors=ERRORS,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            http_client=http_client,
            default_headers=default_headers,
            **options,
        )
        self.time_entries = TimeEntriesResource(self._client)

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
        teampulse_host: str = "teampulse.example.com",
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        # sleep and clock are injectable so retry timing can be tested without waiting.
        options: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        if clock is not None:
            options["clock"] = clock
        self._client = AsyncAPIClient(
            base_url=base_url
            or _server_url(
                teampulse_host,
            ),
            schemes=SCHEMES,
            credentials=_credentials(
                access_token,
            ),
            errors=ERRORS,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            http_client=http_client,
            default_headers=default_headers,
            **options,
        )
        self.time_entries = AsyncTimeEntriesResource(self._client)

    def __repr__(self) -> str:
        return f"AsyncClient({self._client!r})"

    async def close(self) -> None:
        await self._client.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
