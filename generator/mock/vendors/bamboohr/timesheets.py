"""BambooHR timesheet clock and hour entries (clock-in/out conflicts answered 409) and projects."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from generator.mock import crud
from generator.mock.vendor import NO_BODY, MockError, Reply

if TYPE_CHECKING:
    from generator.mock.engine import Call
from generator.mock.vendors.bamboohr.common import (
    COMPANY_ZONE_NAME,
    ENTRIES,
    PROJECTS,
    at_time,
    now_local,
    today,
    utc_now,
)


# Answers carry every field the response schema lists (crud.shaped): one an entry lacks is null.
def store_clock_entries(call: Call) -> Reply:
    stored = []
    for item in call.body["entries"]:
        start, end = at_time(item["date"], item["start"]), at_time(item["date"], item["end"])
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
            timezone=COMPANY_ZONE_NAME,
        )
        stored.append(_save_entry(call, entry))
    return crud.success(call, [crud.shaped(call, e) for e in stored])


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
    return crud.success(call, [crud.shaped(call, e) for e in stored])


def clock_in(call: Call) -> Reply:
    employee = call.params["employeeId"]
    if _open_entry(call, employee):
        raise MockError(409, f"employee {employee} is already clocked in")
    body = call.body or {}
    day = body.get("date") or today().isoformat()
    start = at_time(day, body["start"]) if body.get("start") else now_local()
    entry = {
        "type": "clock",
        "employeeId": employee,
        "date": day,
        "start": start,
        "end": None,
        "timezone": body.get("timezone") or COMPANY_ZONE_NAME,
        "note": body.get("note"),
        "projectInfo": _project_info(call, body),
        "approved": False,
    }
    return crud.success(call, crud.shaped(call, _save_entry(call, entry)))


def clock_out(call: Call) -> Reply:
    employee = call.params["employeeId"]
    entry = _open_entry(call, employee)
    if entry is None:
        raise MockError(409, f"employee {employee} is not clocked in")
    body = call.body or {}
    end = (
        at_time(body.get("date") or entry["date"], body["end"]) if body.get("end") else now_local()
    )
    if end < entry["start"]:
        raise call.invalid("the clock-out time is before the clock-in time")
    entry["end"] = end
    return crud.success(call, crud.shaped(call, _save_entry(call, entry)))


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
    rule = call.route.pagination  # date-range: the parameter names and max-days
    assert rule is not None and rule.max_days is not None, "the spec states max-days"
    first = date.fromisoformat(call.params[rule.start_param])
    last = date.fromisoformat(call.params[rule.end_param])
    oldest = today() - timedelta(days=rule.max_days)
    if last < first:
        raise call.invalid("end is before start")
    if first < oldest or last < oldest or (last - first).days > rule.max_days:
        raise call.invalid(f"start and end must lie within the last {rule.max_days} days")
    wanted = call.params.get("employeeIds")
    employees = {int(e) for e in wanted.split(",")} if wanted else None
    entries = [
        crud.shaped(call, e, approvedAt=None, approved=bool(e.get("approved")))
        for e in call.store.all(ENTRIES)
        if first.isoformat() <= e["date"] <= last.isoformat()
        and (employees is None or e["employeeId"] in employees)
    ]
    return crud.success(call, entries)


def _existing_entry(call: Call, item: dict[str, Any], kind: str) -> dict[str, Any]:
    if item.get("id") is None:
        return {"type": kind, "approved": False}
    entry = call.store.get(ENTRIES, item["id"])
    if entry is None or entry["type"] != kind:
        raise MockError(404, f"{kind} entry {item['id']} not found")
    return entry


def _save_entry(call: Call, entry: dict[str, Any]) -> dict[str, Any]:
    now = utc_now()
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


HANDLERS = {
    "createOrUpdateTimesheetClockEntries": store_clock_entries,
    "createOrUpdateTimesheetHourEntries": store_hour_entries,
    "createTimesheetClockInEntry": clock_in,
    "createTimesheetClockOutEntry": clock_out,
    "deleteTimesheetClockEntriesViaPost": delete_clock_entries,
    "deleteTimesheetHourEntriesViaPost": delete_hour_entries,
    "listTimesheetEntries": list_timesheet_entries,
    "createTimeTrackingProject": create_project,
}
