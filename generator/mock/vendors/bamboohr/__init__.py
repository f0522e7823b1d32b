"""BambooHR time tracking: the handlers of each resource module, ProblemDetails errors and
`_links` pages (see records, timesheets, breaks; demo data in seed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.mock import crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, VendorBehaviour
from generator.mock.vendors.bamboohr.breaks import (
    assign_employees,
    create_break,
    create_policy,
    delete_break,
    delete_policy,
    get_policy,
    list_availabilities,
    list_employee_policies,
    list_policies,
    list_policy_breaks,
    list_policy_employees,
    replace_breaks,
    set_employees,
    sync_policy,
    unassign_employees,
    update_break,
)
from generator.mock.vendors.bamboohr.common import _TITLES, utc_now
from generator.mock.vendors.bamboohr.records import (
    add_record,
    adjust_record,
    bulk_records,
    delete_record,
    get_record,
)
from generator.mock.vendors.bamboohr.seed import _seed_entries, _seed_policies
from generator.mock.vendors.bamboohr.timesheets import (
    clock_in,
    clock_out,
    create_project,
    delete_clock_entries,
    delete_hour_entries,
    list_timesheet_entries,
    store_clock_entries,
    store_hour_entries,
)

if TYPE_CHECKING:
    from generator.mock.engine import Call


class Behaviour(VendorBehaviour):
    def __init__(self) -> None:
        self.handlers = {
            "createOrUpdateTimeTrackingHourRecords": bulk_records,
            "createTimeTrackingHourRecord": add_record,
            "getTimeTrackingRecord": get_record,
            "updateTimeTrackingRecord": adjust_record,
            "deleteTimeTrackingHourRecord": delete_record,
            "createOrUpdateTimesheetClockEntries": store_clock_entries,
            "createOrUpdateTimesheetHourEntries": store_hour_entries,
            "createTimesheetClockInEntry": clock_in,
            "createTimesheetClockOutEntry": clock_out,
            "deleteTimesheetClockEntriesViaPost": delete_clock_entries,
            "deleteTimesheetHourEntriesViaPost": delete_hour_entries,
            "listTimesheetEntries": list_timesheet_entries,
            "createTimeTrackingProject": create_project,
            "createBreakPolicy": create_policy,
            "getBreakPolicy": get_policy,
            "listBreakPolicies": list_policies,
            "deleteBreakPolicy": delete_policy,
            "syncBreakPolicy": sync_policy,
            "assignEmployeesToBreakPolicy": assign_employees,
            "setBreakPolicyEmployees": set_employees,
            "unassignEmployeesFromBreakPolicy": unassign_employees,
            "listBreakPolicyEmployees": list_policy_employees,
            "listEmployeeBreakPolicies": list_employee_policies,
            "createBreak": create_break,
            "updateBreak": update_break,
            "deleteBreak": delete_break,
            "listBreakPolicyBreaks": list_policy_breaks,
            "replaceBreaksForBreakPolicy": replace_breaks,
            "listEmployeeBreakAvailabilities": list_availabilities,
        }

    def error_body(self, error: MockError) -> Any:
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": error.title or _TITLES.get(error.status, "Error"),
            "status": error.status,
            "detail": error.message,
        }
        if error.field:
            body["fields"] = {error.field.strip("/") or "body": error.message}
        return body

    def seed(self, store: Store) -> None:
        _seed_policies(store)
        _seed_entries(store)

    def prepare_update(
        self, call: Call, entity: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        return {**entity, **changes, "updatedAt": utc_now()}

    def present(self, call: Call, entity: dict[str, Any]) -> Any:
        return {k: v for k, v in entity.items() if not k.startswith("_") and k != "employeeIds"}

    def decorate_page(self, call: Call, body: Any, page: crud.Page) -> Any:
        body["meta"].update(offset=page.offset, limit=page.limit)
        limit = page.limit or 0
        prev_offset = max(page.offset - limit, 0)
        body["_links"] = {
            "prev": {"href": _page_url(call, prev_offset, limit)} if page.offset > 0 else None,
            "next": {"href": _page_url(call, page.offset + limit, limit)}
            if limit and page.offset + limit < page.total
            else None,
        }
        return body


def _page_url(call: Call, offset: int, limit: int) -> str:
    rule = call.route.pagination
    assert rule is not None  # decorate_page runs for paged lists only
    return crud.page_url(call, {rule.offset_param: offset, rule.limit_param: limit})
