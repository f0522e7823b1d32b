"""BambooHR break policies with their breaks and employee assignments kept consistent, break
assessments and availabilities."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud, odata
from generator.mock.vendor import NO_BODY, MockError, Reply

if TYPE_CHECKING:
    from generator.mock.engine import Call
from generator.mock.vendors.bamboohr.common import (
    _BREAK_FIELDS,
    BREAK_FILTER_FIELDS,
    BREAKS,
    COMPANY_ZONE,
    COMPANY_ZONE_NAME,
    EMPLOYEES,
    POLICIES,
    POLICY_FILTER_FIELDS,
    unique,
    utc_now,
)


# -- break policies, breaks and assignments ----------------------------------------------------
def create_policy(call: Call) -> Reply:
    body = call.body
    policy = {
        "id": call.store.new_uuid(POLICIES),
        "name": body["name"],
        "description": body.get("description"),
        "allEmployeesAssigned": bool(body.get("allEmployeesAssigned", False)),
        "createdAt": utc_now(),
        "updatedAt": None,
        "deletedAt": None,
        "employeeIds": unique(body.get("employeeIds") or []),
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
    policy["employeeIds"] = unique(body.get("employeeIds") or [])
    policy["updatedAt"] = utc_now()
    call.store.put(POLICIES, policy["id"], policy)
    _replace_policy_breaks(call, policy["id"], body.get("breaks") or [])
    return crud.success(call, _with_relations(call, policy))


def assign_employees(call: Call) -> Reply:
    return _change_employees(call, lambda old, new: unique(old + new))


def set_employees(call: Call) -> Reply:
    return _change_employees(call, lambda old, new: unique(new))


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
    item.update(call.body, updatedAt=utc_now())
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
    policy["updatedAt"] = utc_now()
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
            "createdAt": utc_now(),
            "updatedAt": None,
            "deletedAt": None,
        }
    else:
        item = {**old, **fields, "policyId": policy_id, "updatedAt": utc_now()}
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
    call.store.put(BREAKS, item["id"], {**item, "deletedAt": utc_now(), crud.DELETED: True})


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
        "calculatedAt": utc_now(),
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
