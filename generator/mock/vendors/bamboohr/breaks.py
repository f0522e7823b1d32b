"""BambooHR break policies with their breaks and employee assignments kept consistent, and break
availabilities (reads, updates, break create and delete and the paged lists are generic CRUD)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud
from generator.mock.vendor import NO_BODY, MockError, Reply, public

if TYPE_CHECKING:
    from generator.mock.engine import Call
from generator.mock.vendors.bamboohr.common import (
    BREAKS,
    COMPANY_ZONE,
    COMPANY_ZONE_NAME,
    EMPLOYEES,
    POLICIES,
    unique,
    utc_now,
)


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
        _put(call, new_break(call, policy["id"], spec))
    return crud.success(call, _with_relations(call, policy))


def delete_policy(call: Call) -> Reply:
    policy = _policy(call, call.params["id"])
    for item in _breaks_of(call, policy["id"]):
        call.store.delete(BREAKS, item["id"])
    call.store.delete(POLICIES, policy["id"])
    return Reply(204, NO_BODY)


def sync_policy(call: Call) -> Reply:
    policy = _policy(call, call.params["id"])
    body = call.body
    policy.update(
        {k: body[k] for k in ("name", "description", "allEmployeesAssigned") if k in body}
    )
    policy.update(employeeIds=unique(body.get("employeeIds") or []), updatedAt=utc_now())
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
    ids = [] if policy is None else _assigned(policy)
    people = [{"id": i, "name": EMPLOYEES.get(i), "photoUrl": None} for i in ids]
    return crud.success(call, crud.paginate(call, people))


def list_employee_policies(call: Call) -> Reply:
    employee = call.params["employeeId"]
    policies = [
        p
        for p in call.store.all(POLICIES)
        if p["allEmployeesAssigned"] or employee in p.get("employeeIds", ())
    ]
    return crud.success(call, crud.paginate(call, policies))


def replace_breaks(call: Call) -> Reply:
    policy = _policy(call, call.params["policyId"])
    kept = _replace_policy_breaks(call, policy["id"], call.body)
    return crud.success(call, [call.vendor.present(call, b) for b in kept])


def list_availabilities(call: Call) -> Reply:
    employee = call.params["employeeId"]
    effective = _effective(call.params.get("effective")).isoformat(timespec="seconds")
    items: list[dict[str, Any]] = []
    for policy in call.store.all(POLICIES):
        if policy["allEmployeesAssigned"] or employee in policy.get("employeeIds", ()):
            items.extend(
                crud.shaped(
                    call,
                    item,
                    calculatedAt=utc_now(),
                    effectiveAt=effective,
                    timezone=COMPANY_ZONE_NAME,
                    recordedDuration=0,
                    available=True,
                    availableIn=0,
                )
                for item in _breaks_of(call, policy["id"])
            )
    return crud.success(call, items)


def new_break(call: Call, policy_id: str, spec: dict[str, Any]) -> dict[str, Any]:
    """A break of an existing policy, with the vendor's defaults for the fields not sent."""
    policy_exists(call, policy_id)
    return {
        "id": call.store.new_uuid(BREAKS),
        "name": "Break",
        "paid": False,
        "duration": 30,
        "availabilityType": "anytime",
        "policyId": policy_id,
        **_break_fields(call, spec),
        "createdAt": utc_now(),
        "updatedAt": None,
        "deletedAt": None,
    }


def policy_exists(call: Call, policy_id: str) -> None:
    if call.store.get(POLICIES, policy_id) is None:
        raise MockError(422, f"break policy {policy_id} does not exist", field="policyId")


def _break_fields(call: Call, spec: dict[str, Any]) -> dict[str, Any]:
    """The fields of a break body the spec documents (a policy's nested breaks are the same)."""
    create = next(r for r in call.engine.routes if r.op.operation_id == "createBreak")
    documented = create.body_fields or frozenset()
    return {k: v for k, v in spec.items() if k in documented and k != "policyId"}


def _assigned(policy: dict[str, Any]) -> list[int]:
    """The employees a policy applies to: every one when it is assigned to all."""
    return list(EMPLOYEES) if policy["allEmployeesAssigned"] else policy.get("employeeIds", [])


def _policy(call: Call, key: str) -> dict[str, Any]:
    policy = call.store.get(POLICIES, key)
    if policy is None:
        raise MockError(404, f"break policy {key} not found")
    return policy


def _change_employees(call: Call, change: Any) -> Reply:
    policy = _policy(call, call.params["policyId"])
    policy["employeeIds"] = change(policy.get("employeeIds", []), call.body["employeeIds"])
    policy["updatedAt"] = utc_now()
    call.store.put(POLICIES, policy["id"], policy)
    return Reply(204, NO_BODY)


def _with_relations(call: Call, policy: dict[str, Any]) -> dict[str, Any]:
    breaks = [public(b) for b in _breaks_of(call, policy["id"])]
    return {**public(policy), "breaks": breaks}


def _breaks_of(call: Call, policy_id: str) -> list[dict[str, Any]]:
    return [b for b in call.store.all(BREAKS) if b["policyId"] == policy_id]


def _put(call: Call, item: dict[str, Any]) -> dict[str, Any]:
    call.store.put(BREAKS, item["id"], item)
    return item


def _replace_policy_breaks(
    call: Call, policy_id: str, specs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    current = {b["id"]: b for b in _breaks_of(call, policy_id)}
    kept = []
    for spec in specs:
        if not spec.get("id"):
            kept.append(_put(call, new_break(call, policy_id, spec)))
        elif (old := current.pop(spec["id"], None)) is not None:
            kept.append(_put(call, {**old, **_break_fields(call, spec), "updatedAt": utc_now()}))
        else:
            raise call.invalid(f"break {spec['id']} does not belong to policy {policy_id}")
    for leftover in current.values():
        call.store.delete(BREAKS, leftover["id"])
    return kept


def _effective(text: str | None) -> datetime:
    if text:
        try:
            return datetime.fromisoformat(text).replace(tzinfo=COMPANY_ZONE)
        except ValueError:
            pass
    return clock.now(COMPANY_ZONE).replace(microsecond=0)


HANDLERS = {
    "createBreakPolicy": create_policy,
    "deleteBreakPolicy": delete_policy,
    "syncBreakPolicy": sync_policy,
    "assignEmployeesToBreakPolicy": assign_employees,
    "setBreakPolicyEmployees": set_employees,
    "unassignEmployeesFromBreakPolicy": unassign_employees,
    "listBreakPolicyEmployees": list_policy_employees,
    "listEmployeeBreakPolicies": list_employee_policies,
    "replaceBreaksForBreakPolicy": replace_breaks,
    "listEmployeeBreakAvailabilities": list_availabilities,
}
