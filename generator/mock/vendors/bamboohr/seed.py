"""BambooHR demo data: break policies, breaks, assessments and timesheet entries."""

from __future__ import annotations

from datetime import timedelta

from generator.mock.store import Store
from generator.mock.vendors.bamboohr.common import (
    ASSESSMENTS,
    BREAKS,
    ENTRIES,
    POLICIES,
    today,
    utc_now,
)


# -- seed data ---------------------------------------------------------------------------------
def _seed_policies(store: Store) -> None:
    policy_id = store.new_uuid(POLICIES)
    store.put(
        POLICIES,
        policy_id,
        {
            "id": policy_id,
            "name": "California",
            "description": "All breaks for California compliance",
            "allEmployeesAssigned": False,
            "createdAt": "2025-10-15T06:00:00Z",
            "updatedAt": None,
            "deletedAt": None,
            "employeeIds": [40342, 40343],
        },
    )
    break_id = store.new_uuid(BREAKS)
    store.put(
        BREAKS,
        break_id,
        {
            "id": break_id,
            "name": "Lunch Break",
            "policyId": policy_id,
            "paid": False,
            "duration": 30,
            "availabilityType": "hours_worked",
            "availabilityMinHoursWorked": 4.0,
            "availabilityMaxHoursWorked": 5.0,
            "availabilityStartTime": None,
            "availabilityEndTime": None,
            "createdAt": "2025-10-15T06:00:00Z",
            "updatedAt": None,
            "deletedAt": None,
        },
    )
    for day, result in ((1, "compliant"), (2, "violation")):
        key = store.new_uuid(ASSESSMENTS)
        store.put(
            ASSESSMENTS,
            key,
            {
                "id": key,
                "breakId": break_id,
                "employeeId": 40342,
                "employeeTimesheetId": 123,
                "date": f"2025-01-0{day}",
                "timezone": "America/Los_Angeles",
                "result": result,
                "availableYmdt": None,
                "unavailableYmdt": None,
                "createdAt": "2025-01-02T06:00:00Z",
                "updatedAt": None,
                "violations": [],
                "clockEntryIds": [],
                "expectedDuration": 30,
                "recordedDuration": 30 if result == "compliant" else 10,
                "durationDifference": 0 if result == "compliant" else -20,
            },
        )


def _seed_entries(store: Store) -> None:
    for back, employee in ((1, 40342), (2, 40343)):
        day = (today() - timedelta(days=back)).isoformat()
        key = store.next_number(ENTRIES)
        store.put(
            ENTRIES,
            key,
            {
                "id": key,
                "type": "hour",
                "employeeId": employee,
                "date": day,
                "hours": 3.5,
                "approved": False,
                "createdAt": utc_now(),
                "updatedAt": None,
            },
        )
