"""BambooHR demo data: the break policy and break the spec documents, two assessments of that
break, and two hour entries of the last days (the timesheet list only reaches back `max-days`)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from generator.mock import crud
from generator.mock.store import Store
from generator.mock.vendors.bamboohr.common import ASSESSMENTS, BREAKS, ENTRIES, today, utc_now

if TYPE_CHECKING:
    from generator.ir.model import Api


def seed(store: Store, api: Api) -> None:
    for listing in ("listBreakPolicies", "listBreakPolicyBreaks"):
        crud.seed_examples(store, api, listing)
    _seed_assessments(store, store.all(BREAKS)[0]["id"])
    _seed_entries(store)


def _seed_assessments(store: Store, break_id: str) -> None:
    for day, recorded in ((1, 30), (2, 10)):
        key = store.new_uuid(ASSESSMENTS)
        result = "compliant" if recorded == 30 else "violation"
        store.put(
            ASSESSMENTS,
            key,
            {
                **dict.fromkeys(("availableYmdt", "unavailableYmdt", "updatedAt")),
                "id": key,
                "breakId": break_id,
                "employeeId": 40342,
                "employeeTimesheetId": 123,
                "date": f"2025-01-0{day}",
                "timezone": "America/Los_Angeles",
                "result": result,
                "createdAt": "2025-01-02T06:00:00Z",
                "violations": [],
                "clockEntryIds": [],
                "expectedDuration": 30,
                "recordedDuration": recorded,
                "durationDifference": recorded - 30,
            },
        )


def _seed_entries(store: Store) -> None:
    for back, employee in ((1, 40342), (2, 40343)):
        key = store.next_number(ENTRIES)
        day = (today() - timedelta(days=back)).isoformat()
        entry = {"id": key, "type": "hour", "employeeId": employee, "date": day, "hours": 3.5}
        store.put(ENTRIES, key, {**entry, "approved": False, "createdAt": utc_now()})
