"""BambooHR mock: collections, demo employees, the company zone and the clock readings every
resource module shares."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, tzinfo

from generator.mock import clock

RECORDS, ENTRIES, PROJECTS = "hour-records", "timesheet-entries", "projects"
POLICIES, BREAKS, ASSESSMENTS = "break-policies", "breaks", "break-assessments"
EMPLOYEES = {40342: "Ana Lopez", 40343: "Ben Okafor", 40344: "Chen Wei"}


def _company_zone() -> tzinfo:
    try:
        return zoneinfo.ZoneInfo("America/Denver")
    except zoneinfo.ZoneInfoNotFoundError:
        return UTC


COMPANY_ZONE = _company_zone()
COMPANY_ZONE_NAME = "America/Denver" if COMPANY_ZONE is not UTC else "UTC"


# -- time --------------------------------------------------------------------------------------
def utc_now() -> str:
    return clock.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_local() -> str:
    return clock.now(COMPANY_ZONE).isoformat(timespec="seconds")


def today() -> date:
    return clock.now(COMPANY_ZONE).date()


def at_time(day: str, clock: str) -> str:
    hours, minutes = (int(part) for part in clock.split(":"))
    local = datetime.fromisoformat(day).replace(hour=hours, minute=minutes, tzinfo=COMPANY_ZONE)
    return local.isoformat(timespec="seconds")


def unique(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))
