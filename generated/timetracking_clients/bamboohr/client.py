"""Clients for BambooHR Time Tracking API: `Client` (sync) and `AsyncClient`."""

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
    HourRecordsResource,
    AsyncHourRecordsResource,
    ClockEntriesResource,
    AsyncClockEntriesResource,
    HourEntriesResource,
    AsyncHourEntriesResource,
    ProjectsResource,
    AsyncProjectsResource,
    TimesheetEntriesResource,
    AsyncTimesheetEntriesResource,
    BreakPoliciesResource,
    AsyncBreakPoliciesResource,
    BreaksResource,
    AsyncBreaksResource,
    BreakAssessmentsResource,
    AsyncBreakAssessmentsResource,
    BreakAvailabilitiesResource,
    AsyncBreakAvailabilitiesResource,
)

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://{companyDomain}.bamboohr.com"
SCHEMES: dict[str, SecuritySchemeSpec] = {
    "basic": SecuritySchemeSpec(
        kind="basic",
        location="header",
        name="Authorization",
        password="x",
        format=None,
        arg_name="api_key",
        env_var="BAMBOOHR_API_KEY",
    ),
    "oauth": SecuritySchemeSpec(
        kind="bearer",
        location="header",
        name="Authorization",
        password=None,
        format=None,
        arg_name="access_token",
        env_var="BAMBOOHR_ACCESS_TOKEN",
    ),
}


class Client:
    """BambooHR Time Tracking API

    Hand-written description of BambooHR's time tracking surface: the Hours API (legacy hour records
    under /api/v1/timetracking), timesheet clock and hour entries, clock-in/out and projects (under
    /api/v1/time_tracking), and breaks, break policies, break assessments and break availabilities
    (under /api/v1/time-tracking). Based on BambooHR's public API documentation
    (documentation.bamboohr.com: the Hours and Time Tracking references) and BambooHR's published
    OpenAPI file. The ten Time Tracking project/task operations that only answer 501 are left out.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        company_domain: str | None = None,
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
                    "companyDomain": company_domain,
                },
            ),
            schemes=SCHEMES,
            credentials={
                "basic": api_key,
                "oauth": access_token,
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
        self.hour_records = HourRecordsResource(self._client)
        self.clock_entries = ClockEntriesResource(self._client)
        self.hour_entries = HourEntriesResource(self._client)
        self.projects = ProjectsResource(self._client)
        self.timesheet_entries = TimesheetEntriesResource(self._client)
        self.break_policies = BreakPoliciesResource(self._client)
        self.breaks = BreaksResource(self._client)
        self.break_assessments = BreakAssessmentsResource(self._client)
        self.break_availabilities = BreakAvailabilitiesResource(self._client)

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
    """BambooHR Time Tracking API

    Hand-written description of BambooHR's time tracking surface: the Hours API (legacy hour records
    under /api/v1/timetracking), timesheet clock and hour entries, clock-in/out and projects (under
    /api/v1/time_tracking), and breaks, break policies, break assessments and break availabilities
    (under /api/v1/time-tracking). Based on BambooHR's public API documentation
    (documentation.bamboohr.com: the Hours and Time Tracking references) and BambooHR's published
    OpenAPI file. The ten Time Tracking project/task operations that only answer 501 are left out.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        company_domain: str | None = None,
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
                    "companyDomain": company_domain,
                },
            ),
            schemes=SCHEMES,
            credentials={
                "basic": api_key,
                "oauth": access_token,
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
        self.hour_records = AsyncHourRecordsResource(self._client)
        self.clock_entries = AsyncClockEntriesResource(self._client)
        self.hour_entries = AsyncHourEntriesResource(self._client)
        self.projects = AsyncProjectsResource(self._client)
        self.timesheet_entries = AsyncTimesheetEntriesResource(self._client)
        self.break_policies = AsyncBreakPoliciesResource(self._client)
        self.breaks = AsyncBreaksResource(self._client)
        self.break_assessments = AsyncBreakAssessmentsResource(self._client)
        self.break_availabilities = AsyncBreakAvailabilitiesResource(self._client)

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
