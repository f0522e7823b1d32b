"""BambooHR time tracking: legacy hour records (string ids and decimals on read, bulk results
per item, not-found as 400 or an empty payload), timesheet clock and hour entries with
clock-in/out conflicts (409), projects, break policies with their breaks and employee
assignments kept consistent, break assessments and availabilities, ProblemDetails errors."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud, odata
from generator.mock.store import Store
from generator.mock.vendor import NO_BODY, MockError, Reply, VendorBehaviour

if TYPE_CHECKING:
    from generator.mock.engine import Call

RECORDS, ENTRIES, PROJECTS = "hour-records", "timesheet-entries", "projects"
POLICIES, BREAKS, ASSESSMENTS = "break-policies", "breaks", "break-assessments"
EMPLOYEES = {40342: "Ana Lopez", 40343: "Ben Okafor", 40344: "Chen Wei"}
POLICY_FILTER_FIELDS = (
    "id",
    "name",
    "description",
    "allEmployeesAssigned",
    "createdAt",
    "updatedAt",
)
BREAK_FILTER_FIELDS = (
    "id",
    "name",
    "policyId",
    "paid",
    "duration",
    "availabilityType",
    "createdAt",
)
_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Unprocessable Entity",
    500: "Internal Server Error",
}
_BREAK_FIELDS = (
    "name",
    "paid",
    "duration",
    "availabilityType",
    "availabilityMinHoursWorked",
    "availabilityMaxHoursWorked",
    "availabilityStartTime",
    "availabilityEndTime",
)


def _company_zone() -> tzinfo:
    try:
        return zoneinfo.ZoneInfo("America/Denver")
    except zoneinfo.ZoneInfoNotFoundError:
        return UTC


COMPANY_ZONE = _company_zone()
COMPANY_ZONE_NAME = "America/Denver" if COMPANY_ZONE is not UTC else "UTC"


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
        return {**entity, **changes, "updatedAt": _now()}

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


# -- hour records (legacy Hours API) -----------------------------------------------------------
def bulk_records(call: Call) -> Reply:
    results = []
    for item in call.body:
        problem = call.route.item_validator.problem(item)
        if problem:
            results.append(
                {"success": False, "response": {"message": f"{problem[0] or 'item'}: {problem[1]}"}}
            )
            continue
        old = call.store.get(RECORDS, item["timeTrackingId"])
        call.store.put(RECORDS, item["timeTrackingId"], _record(item, old))
        results.append(
            {"success": True, "response": {"id": item["timeTrackingId"], "message": None}}
        )
    return crud.success(call, results)


def add_record(call: Call) -> Reply:
    key = call.body["timeTrackingId"]
    if call.store.get(RECORDS, key) is not None:
        raise call.invalid(f"timeTrackingId {key} is already used", field="timeTrackingId")
    call.store.put(RECORDS, key, _record(call.body, None))
    return crud.success(call, {"id": key})


def get_record(call: Call) -> Reply:
    record = call.store.get(RECORDS, call.params["id"])
    return crud.success(call, _present_record(record) if record else {})


def adjust_record(call: Call) -> Reply:
    key = call.body["timeTrackingId"]
    record = call.store.get(RECORDS, key)
    if record is None:
        raise call.invalid(f"time tracking record {key} not found")
    record["adjustedHours"] = (
        call.body["hoursWorked"] - record["hoursWorked"] + record.get("adjustedHours", 0)
    )
    record["hoursWorked"] = call.body["hoursWorked"]
    record["dateAdjusted"] = _now()
    for name in ("projectId", "taskId", "shiftDifferentialId", "holidayId"):
        if name in call.body:
            record[name] = call.body[name]
    call.store.put(RECORDS, key, record)
    return crud.success(call, {"id": key})


def delete_record(call: Call) -> Reply:
    if not call.store.delete(RECORDS, call.params["id"]):
        raise crud.not_found(call, f"time tracking record {call.params['id']}")
    return crud.success(call, {"status": "success", "message": "Record removed"})


def _record(item: dict[str, Any], old: dict[str, Any] | None) -> dict[str, Any]:
    base = {"adjustedHours": 0} if old is None else {"adjustedHours": old.get("adjustedHours", 0)}
    return {**base, **item, "dateAdjusted": _now()}


def _present_record(record: dict[str, Any]) -> dict[str, Any]:
    """The read model: ids as strings, decimals as strings with four places."""

    def text(name: str) -> str | None:
        return None if record.get(name) is None else str(record[name])

    return {
        "timeTrackingId": record["timeTrackingId"],
        "employeeId": str(record["employeeId"]),
        "divisionId": text("divisionId"),
        "departmentId": text("departmentId"),
        "jobTitleId": text("jobTitleId"),
        "payCode": record.get("payCode"),
        "dateHoursWorked": record["dateHoursWorked"],
        "type": "P",
        "payRate": _decimal(record.get("payRate", 0)),
        "rateType": record["rateType"],
        "hoursWorked": _decimal(record["hoursWorked"]),
        "adjustedHours": _decimal(record.get("adjustedHours", 0)),
        "dateAdjusted": record["dateAdjusted"],
        "jobCode": text("jobCode"),
        "jobData": record.get("jobData"),
        "projectId": text("projectId"),
        "taskId": text("taskId"),
        "shiftDifferentialId": text("shiftDifferentialId"),
        "holidayId": text("holidayId"),
        "project": None,
        "shiftDifferential": None,
    }


def _decimal(value: float) -> str:
    return f"{value:.4f}"


# -- timesheet entries, clock-in/out -----------------------------------------------------------
def store_clock_entries(call: Call) -> Reply:
    stored = []
    for item in call.body["entries"]:
        start, end = _at(item["date"], item["start"]), _at(item["date"], item["end"])
        if end <= start:
            raise call.invalid(f"clock entry on {item['date']} ends before it starts")
        entry = _existing_entry(call, item, "clock")
        entry.update(
            employeeId=item["employeeId"],
            date=item["date"],
            start=start,
            end=end,
            note=item.get("note"),
            projectInfo=_project_info(call, item),
            breakInfo=None,
            timezone=COMPANY_ZONE_NAME,
            hours=None,
        )
        stored.append(_save_entry(call, entry))
    return crud.success(call, [_present_entry(call, e) for e in stored])


def store_hour_entries(call: Call) -> Reply:
    stored = []
    for item in call.body["hours"]:
        entry = _existing_entry(call, item, "hour")
        merged = {
            **entry,
            **{k: v for k, v in item.items() if k in ("employeeId", "date", "hours", "note")},
        }
        if "employeeId" not in merged or "date" not in merged:
            raise call.invalid("an hour entry needs employeeId and date")
        merged["projectInfo"] = (
            _project_info(call, item) if "projectId" in item else entry.get("projectInfo")
        )
        stored.append(_save_entry(call, merged))
    return crud.success(call, [_present_entry(call, e) for e in stored])


def clock_in(call: Call) -> Reply:
    employee = call.params["employeeId"]
    if _open_entry(call, employee):
        raise MockError(409, f"employee {employee} is already clocked in")
    body = call.body or {}
    day = body.get("date") or _today().isoformat()
    start = _at(day, body["start"]) if body.get("start") else _now_local()
    entry = {
        "type": "clock",
        "employeeId": employee,
        "date": day,
        "start": start,
        "end": None,
        "timezone": body.get("timezone") or COMPANY_ZONE_NAME,
        "hours": None,
        "note": body.get("note"),
        "projectInfo": _project_info(call, body),
        "breakInfo": None,
        "approved": False,
    }
    return crud.success(call, _present_entry(call, _save_entry(call, entry)))


def clock_out(call: Call) -> Reply:
    employee = call.params["employeeId"]
    entry = _open_entry(call, employee)
    if entry is None:
        raise MockError(409, f"employee {employee} is not clocked in")
    body = call.body or {}
    end = _at(body.get("date") or entry["date"], body["end"]) if body.get("end") else _now_local()
    if end < entry["start"]:
        raise call.invalid("the clock-out time is before the clock-in time")
    entry["end"] = end
    return crud.success(call, _present_entry(call, _save_entry(call, entry)))


def delete_clock_entries(call: Call) -> Reply:
    ids = call.body["clockEntryIds"]
    entries = [e for e in (call.store.get(ENTRIES, i) for i in ids) if e and e["type"] == "clock"]
    if still_open := [e["id"] for e in entries if e["end"] is None]:
        raise MockError(409, f"clock entries still clocked in: {still_open}")
    for entry in entries:
        call.store.delete(ENTRIES, entry["id"])
    return Reply(204, NO_BODY)


def delete_hour_entries(call: Call) -> Reply:
    ids = call.body["hourEntryIds"]
    entries = [call.store.get(ENTRIES, i) for i in ids]
    if missing := [
        i for i, e in zip(ids, entries, strict=False) if e is None or e["type"] != "hour"
    ]:
        raise MockError(404, f"hour entries not found: {missing}")
    for key in ids:
        call.store.delete(ENTRIES, key)
    return Reply(204, NO_BODY)


def list_timesheet_entries(call: Call) -> Reply:
    first, last = date.fromisoformat(call.params["start"]), date.fromisoformat(call.params["end"])
    max_days = _max_days(call)
    oldest = _today() - timedelta(days=max_days)
    if last < first:
        raise call.invalid("end is before start")
    if first < oldest or last < oldest or (last - first).days > max_days:
        raise call.invalid(f"start and end must lie within the last {max_days} days")
    wanted = call.params.get("employeeIds")
    employees = {int(e) for e in wanted.split(",")} if wanted else None
    entries = [
        e
        for e in call.store.all(ENTRIES)
        if first.isoformat() <= e["date"] <= last.isoformat()
        and (employees is None or e["employeeId"] in employees)
    ]
    return crud.success(call, [_present_listed_entry(call, e) for e in entries])


def _max_days(call: Call) -> int:
    """The range limit the spec states (`x-pagination` max-days)."""
    rule = call.route.pagination
    assert rule is not None and rule.max_days is not None, "the spec states max-days"
    return rule.max_days


def _existing_entry(call: Call, item: dict[str, Any], kind: str) -> dict[str, Any]:
    if item.get("id") is None:
        return {"type": kind, "approved": False}
    entry = call.store.get(ENTRIES, item["id"])
    if entry is None or entry["type"] != kind:
        raise MockError(404, f"{kind} entry {item['id']} not found")
    return entry


def _save_entry(call: Call, entry: dict[str, Any]) -> dict[str, Any]:
    now = _now()
    if "id" not in entry:
        entry = {
            "id": call.store.next_number(ENTRIES),
            **entry,
            "createdAt": now,
            "updatedAt": None,
        }
    else:
        entry["updatedAt"] = now
    call.store.put(ENTRIES, entry["id"], entry)
    return entry


def _open_entry(call: Call, employee: int) -> dict[str, Any] | None:
    return next(
        (
            e
            for e in call.store.all(ENTRIES)
            if e["type"] == "clock" and e["employeeId"] == employee and e["end"] is None
        ),
        None,
    )


def _project_info(call: Call, item: dict[str, Any]) -> dict[str, Any] | None:
    project = (
        call.store.get(PROJECTS, item["projectId"]) if item.get("projectId") is not None else None
    )
    if project is None:
        return None
    task = next((t for t in project["tasks"] if t["id"] == item.get("taskId")), None)
    return {"project": {"id": project["id"], "name": project["name"]}, "task": task}


def _present_entry(call: Call, entry: dict[str, Any]) -> dict[str, Any]:
    return crud.shaped(call, entry)


def _present_listed_entry(call: Call, entry: dict[str, Any]) -> dict[str, Any]:
    return crud.shaped(call, entry, approvedAt=None, approved=bool(entry.get("approved")))


# -- projects ----------------------------------------------------------------------------------
def create_project(call: Call) -> Reply:
    body = call.body
    if call.store.find(PROJECTS, "name", body["name"]):
        raise MockError(409, f"a project named {body['name']!r} already exists")
    tasks = body.get("tasks") or []
    if body.get("hasTasks") and not tasks:
        raise call.invalid("hasTasks needs at least one task", field="tasks")
    if len({t["name"] for t in tasks}) < len(tasks):
        raise MockError(409, "task names must be unique within a project")
    project = {
        "id": call.store.next_number(PROJECTS),
        "name": body["name"],
        "tasks": [{"id": call.store.next_number("tasks"), "name": t["name"]} for t in tasks],
    }
    if body.get("allowAllEmployees") is False:
        project["employeeIds"] = body.get("employeeIds") or []
    call.store.put(PROJECTS, project["id"], project)
    return crud.success(call, project)


# -- break policies, breaks and assignments ----------------------------------------------------
def create_policy(call: Call) -> Reply:
    body = call.body
    policy = {
        "id": call.store.new_uuid(POLICIES),
        "name": body["name"],
        "description": body.get("description"),
        "allEmployeesAssigned": bool(body.get("allEmployeesAssigned", False)),
        "createdAt": _now(),
        "updatedAt": None,
        "deletedAt": None,
        "employeeIds": _unique(body.get("employeeIds") or []),
    }
    call.store.put(POLICIES, policy["id"], policy)
    for spec in body.get("breaks") or []:
        _put_break(call, policy["id"], spec)
    return crud.success(call, _with_relations(call, policy))


def get_policy(call: Call) -> Reply:
    return crud.success(call, call.vendor.present(call, _policy(call, call.params["id"])))


def list_policies(call: Call) -> Reply:
    # The stored policies themselves (read only): paginate copies the page it answers.
    policies = _filtered(call, call.store.scan(POLICIES), POLICY_FILTER_FIELDS)
    return crud.success(call, crud.paginate(call, policies))


def delete_policy(call: Call) -> Reply:
    policy = _policy(call, call.params["id"])
    for item in _breaks_of(call, policy["id"]):
        _soft_delete_break(call, item)
    call.store.delete(POLICIES, policy["id"])
    return Reply(204, NO_BODY)


def sync_policy(call: Call) -> Reply:
    policy = _policy(call, call.params["id"])
    body = call.body
    for name in ("name", "description", "allEmployeesAssigned"):
        if name in body:
            policy[name] = body[name]
    policy["employeeIds"] = _unique(body.get("employeeIds") or [])
    policy["updatedAt"] = _now()
    call.store.put(POLICIES, policy["id"], policy)
    _replace_policy_breaks(call, policy["id"], body.get("breaks") or [])
    return crud.success(call, _with_relations(call, policy))


def assign_employees(call: Call) -> Reply:
    return _change_employees(call, lambda old, new: _unique(old + new))


def set_employees(call: Call) -> Reply:
    return _change_employees(call, lambda old, new: _unique(new))


def unassign_employees(call: Call) -> Reply:
    policy = _policy(call, call.params["policyId"])
    if policy["allEmployeesAssigned"]:
        raise call.invalid("the policy is assigned to all employees; nobody can be unassigned")
    return _change_employees(call, lambda old, new: [e for e in old if e not in new])


def list_policy_employees(call: Call) -> Reply:
    policy = call.store.get(POLICIES, call.params["policyId"])
    ids = policy["employeeIds"] if policy else []
    people = [{"id": i, "name": EMPLOYEES.get(i), "photoUrl": None} for i in ids]
    return crud.success(call, crud.paginate(call, people))


def list_employee_policies(call: Call) -> Reply:
    employee = call.params["employeeId"]
    policies = [
        p
        for p in call.store.all(POLICIES)
        if p["allEmployeesAssigned"] or employee in p["employeeIds"]
    ]
    return crud.success(call, crud.paginate(call, policies))


def create_break(call: Call) -> Reply:
    policy_id = call.params["policyId"]
    if call.store.get(POLICIES, policy_id) is None:
        raise MockError(422, f"break policy {policy_id} does not exist", field="policyId")
    return crud.success(call, call.vendor.present(call, _put_break(call, policy_id, call.body)))


def update_break(call: Call) -> Reply:
    item = crud.load(call, call.params["id"])
    moved_to = call.body.get("policyId", item["policyId"])
    if call.store.get(POLICIES, moved_to) is None:
        raise MockError(422, f"break policy {moved_to} does not exist", field="policyId")
    item.update(call.body, updatedAt=_now())
    call.store.put(BREAKS, item["id"], item)
    return crud.success(call, call.vendor.present(call, item))


def delete_break(call: Call) -> Reply:
    _soft_delete_break(call, crud.load(call, call.params["id"]))
    return Reply(204, NO_BODY)


def list_policy_breaks(call: Call) -> Reply:
    breaks = _filtered(call, _breaks_of(call, call.params["policyId"]), BREAK_FILTER_FIELDS)
    return crud.success(call, crud.paginate(call, breaks))


def replace_breaks(call: Call) -> Reply:
    policy = _policy(call, call.params["policyId"])
    kept = _replace_policy_breaks(call, policy["id"], call.body)
    return crud.success(call, [call.vendor.present(call, b) for b in kept])


def list_availabilities(call: Call) -> Reply:
    employee = call.params["employeeId"]
    effective = _effective(call.params.get("effective"))
    items: list[dict[str, Any]] = []
    for policy in call.store.all(POLICIES):
        if policy["allEmployeesAssigned"] or employee in policy["employeeIds"]:
            items.extend(_availability(b, effective) for b in _breaks_of(call, policy["id"]))
    return crud.success(call, items)


def _policy(call: Call, key: str) -> dict[str, Any]:
    policy = call.store.get(POLICIES, key)
    if policy is None:
        raise MockError(404, f"break policy {key} not found")
    return policy


def _change_employees(call: Call, change: Any) -> Reply:
    policy = _policy(call, call.params["policyId"])
    if any(e < 1 for e in call.body["employeeIds"]):
        raise MockError(422, "employeeIds must be positive integers", field="employeeIds")
    policy["employeeIds"] = change(policy["employeeIds"], call.body["employeeIds"])
    policy["updatedAt"] = _now()
    call.store.put(POLICIES, policy["id"], policy)
    return Reply(204, NO_BODY)


def _with_relations(call: Call, policy: dict[str, Any]) -> dict[str, Any]:
    breaks = [call.vendor.present(call, b) for b in _breaks_of(call, policy["id"])]
    return {
        **call.vendor.present(call, policy),
        "breaks": breaks,
        "employeeIds": policy["employeeIds"],
    }


def _breaks_of(call: Call, policy_id: str) -> list[dict[str, Any]]:
    return [b for b in crud.live(call.store.all(BREAKS)) if b["policyId"] == policy_id]


def _put_break(
    call: Call, policy_id: str, spec: dict[str, Any], old: dict[str, Any] | None = None
) -> dict[str, Any]:
    fields = {k: spec[k] for k in _BREAK_FIELDS if k in spec}
    if old is None:
        item = {
            "id": call.store.new_uuid(BREAKS),
            "name": "Break",
            "paid": False,
            "duration": 30,
            "availabilityType": "anytime",
            "policyId": policy_id,
            **fields,
            "createdAt": _now(),
            "updatedAt": None,
            "deletedAt": None,
        }
    else:
        item = {**old, **fields, "policyId": policy_id, "updatedAt": _now()}
    call.store.put(BREAKS, item["id"], item)
    return item


def _replace_policy_breaks(
    call: Call, policy_id: str, specs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    current = {b["id"]: b for b in _breaks_of(call, policy_id)}
    kept = []
    for spec in specs:
        old = current.pop(spec["id"], None) if spec.get("id") else None
        if spec.get("id") and old is None:
            raise call.invalid(f"break {spec['id']} does not belong to policy {policy_id}")
        kept.append(_put_break(call, policy_id, spec, old))
    for leftover in current.values():
        _soft_delete_break(call, leftover)
    return kept


def _soft_delete_break(call: Call, item: dict[str, Any]) -> None:
    call.store.put(BREAKS, item["id"], {**item, "deletedAt": _now(), crud.DELETED: True})


def _filtered(
    call: Call, entities: list[dict[str, Any]], fields: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The OData `filter`; fields come from the spec's x-filter-fields, else the entity's own."""
    text = call.params.get("filter")
    if not isinstance(text, str) or not text.strip():
        return entities
    declared = next((p.ext.filter_fields for p in call.op.parameters if p.name == "filter"), None)
    try:
        keep = odata.parse_filter(text, declared or fields)
    except odata.ODataError as error:
        raise call.invalid(str(error), field="filter") from None
    return [e for e in entities if keep(e)]


def _availability(item: dict[str, Any], effective: datetime) -> dict[str, Any]:
    return {
        "id": item["id"],
        "name": item["name"],
        "policyId": item["policyId"],
        "paid": item["paid"],
        "duration": item["duration"],
        "availabilityType": item["availabilityType"],
        "calculatedAt": _now(),
        "effectiveAt": effective.isoformat(timespec="seconds"),
        "timezone": COMPANY_ZONE_NAME,
        "recordedDuration": 0,
        "available": True,
        "availableAfterMinutesWorked": None,
        "availableIn": 0,
        "unavailableIn": None,
        "availableAt": None,
        "unavailableAt": None,
    }


def _effective(text: str | None) -> datetime:
    if text:
        try:
            return datetime.fromisoformat(text).replace(tzinfo=COMPANY_ZONE)
        except ValueError:
            pass
    return clock.now(COMPANY_ZONE).replace(microsecond=0)


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
        day = (_today() - timedelta(days=back)).isoformat()
        key = store.next_number(ENTRIES)
        store.put(
            ENTRIES,
            key,
            {
                "id": key,
                "type": "hour",
                "employeeId": employee,
                "date": day,
                "start": None,
                "end": None,
                "timezone": None,
                "hours": 3.5,
                "note": None,
                "projectInfo": None,
                "breakInfo": None,
                "approved": False,
                "createdAt": _now(),
                "updatedAt": None,
            },
        )


# -- time --------------------------------------------------------------------------------------
def _now() -> str:
    return clock.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now_local() -> str:
    return clock.now(COMPANY_ZONE).isoformat(timespec="seconds")


def _today() -> date:
    return clock.now(COMPANY_ZONE).date()


def _at(day: str, clock: str) -> str:
    hours, minutes = (int(part) for part in clock.split(":"))
    local = datetime.fromisoformat(day).replace(hour=hours, minute=minutes, tzinfo=COMPANY_ZONE)
    return local.isoformat(timespec="seconds")


def _unique(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def _page_url(call: Call, offset: int, limit: int) -> str:
    rule = call.route.pagination
    assert rule is not None  # decorate_page runs for paged lists only
    return crud.page_url(call, {rule.offset_param: offset, rule.limit_param: limit})
