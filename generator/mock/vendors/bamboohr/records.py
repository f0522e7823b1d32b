"""BambooHR legacy hour records: the client picks the id, an adjustment keeps the difference in
`adjustedHours`, and the read model writes numbers as text (the bulk store and the delete are
generic CRUD)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.mock import crud
from generator.mock.infer import entity_properties
from generator.mock.vendor import Reply
from generator.spec import walk

if TYPE_CHECKING:
    from generator.mock.engine import Call
from generator.mock.vendors.bamboohr.common import RECORDS, utc_now


def add_record(call: Call) -> Reply:
    key = call.body["timeTrackingId"]
    if call.store.get(RECORDS, key) is not None:
        raise call.invalid(f"timeTrackingId {key} is already used", field="timeTrackingId")
    call.store.put(RECORDS, key, new_record(call.body))
    return crud.success(call, {"id": key})


def get_record(call: Call) -> Reply:
    record = call.store.get(RECORDS, call.params["id"])
    return crud.success(call, _read_model(call, record) if record else {})


def adjust_record(call: Call) -> Reply:
    key = call.body["timeTrackingId"]
    record = crud.load(call, key)
    record["adjustedHours"] += call.body["hoursWorked"] - record["hoursWorked"]
    record.update(call.body, dateAdjusted=utc_now())
    call.store.put(RECORDS, key, record)
    return crud.success(call, {"id": key})


def new_record(item: dict[str, Any]) -> dict[str, Any]:
    return {"adjustedHours": 0, "payRate": 0, "type": "P", **item, "dateAdjusted": utc_now()}


def _read_model(call: Call, record: dict[str, Any]) -> dict[str, Any]:
    """Each documented field; a number the answer types as a string is written as text, with
    four decimal places where its pattern is a decimal."""
    answer = entity_properties(call.op, call.engine.api)
    return {name: _as_text(record.get(name), schema) for name, schema in answer.items()}


def _as_text(value: Any, schema: dict[str, Any]) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if "string" not in walk.declared_types(schema):
        return value
    return f"{value:.4f}" if "." in schema.get("pattern", "") else str(value)


HANDLERS = {
    "createTimeTrackingHourRecord": add_record,
    "getTimeTrackingRecord": get_record,
    "updateTimeTrackingRecord": adjust_record,
}
