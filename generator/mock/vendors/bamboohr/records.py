"""BambooHR legacy hour records: string ids and decimals on read, bulk results per item,
not-found as 400 or an empty payload."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.mock import crud
from generator.mock.vendor import Reply

if TYPE_CHECKING:
    from generator.mock.engine import Call
from generator.mock.vendors.bamboohr.common import RECORDS, utc_now


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
    record["dateAdjusted"] = utc_now()
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
    return {**base, **item, "dateAdjusted": utc_now()}


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
