"""Papershift working sessions: bodies nested under `working_session`, lookups by `id` or
`external_id`, user/location/area by id or external id, minutes in and seconds out, times
returned in the account's zone, `confirm`, the range list in pages of 25 with `next_page`."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, Reply, VendorBehaviour

if TYPE_CHECKING:
    from generator.mock.engine import Call

COLLECTION = "working-sessions"
FIRST_ID = 1491001
LOCATIONS = {8006: "Company-A", 60414: "Company-B"}
WORKING_AREAS = {12: "Area-Alpha", 13: "Area-Beta"}
USERS = {1: "User-001", 5: "User-005"}
COMPANIES = {1: "Company-A"}
TAGS = {
    67087: {
        "id": 67087,
        "title": "Berater",
        "active": True,
        "external_id": None,
        "color": "#6C7A89",
    },
    3: {
        "id": 3,
        "title": "Remote",
        "active": True,
        "external_id": "Tag-Remote",
        "color": "#2ECC71",
    },
}
_BASE_FIELDS = (
    "id",
    "starts_at",
    "ends_at",
    "updated_at",
    "location_id",
    "employee_id",
    "break_time",
)
_DETAIL_FIELDS = ("breaks", "start_signature_id", "end_signature_id", "secure_id", "filters")
_SHAPES = {
    "createWorkingSession": _BASE_FIELDS,
    "updateWorkingSession": (*_BASE_FIELDS, "working_area_id"),
    "getWorkingSession": (*_BASE_FIELDS, *_DETAIL_FIELDS),
    "confirmWorkingSession": (*_BASE_FIELDS, *_DETAIL_FIELDS),
    "listWorkingSessions": (*_BASE_FIELDS, "confirmed", "last_edit_by"),
}


def _account_zone() -> tzinfo:
    try:
        return zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        return timezone(timedelta(hours=1))


ACCOUNT_ZONE = _account_zone()


class Behaviour(VendorBehaviour):
    def __init__(self) -> None:
        self.handlers = {
            "createWorkingSession": create,
            "updateWorkingSession": update,
            "getWorkingSession": get,
            "confirmWorkingSession": confirm,
            "deleteWorkingSession": delete,
            "listWorkingSessions": list_sessions,
        }

    def rewrite_path(self, method: str, path: str, query: dict[str, list[str]]) -> str:
        # On the wire, get-by-id is GET /working_sessions?id=... (the spec keeps it at "/").
        if (
            method == "GET"
            and path == "/working_sessions"
            and "range_start" not in query
            and ("id" in query or "external_id" in query)
        ):
            return "/working_sessions/"
        return path

    def error_body(self, error: MockError) -> Any:
        return {"response": "API Key not found!" if error.status == 401 else error.message}

    def seed(self, store: Store) -> None:
        start = datetime(2015, 10, 1, 8, 30, tzinfo=UTC)
        for day in range(30):
            key = store.next_number(COLLECTION, start=FIRST_ID)
            begins = start + timedelta(days=day)
            store.put(
                COLLECTION,
                key,
                _new_session(
                    store,
                    key,
                    {
                        "starts_at": begins.isoformat(),
                        "ends_at": (begins + timedelta(hours=9)).isoformat(),
                        "manual_pause": 60,
                        "external_id": f"demo-session-{day + 1:03d}",  # not the docs example id
                    },
                    location=8006,
                    area=12,
                    user=1 if day % 3 else 5,
                ),
            )

    def present(self, call: Call, entity: dict[str, Any]) -> Any:
        fields = _SHAPES.get(call.op.operation_id, _BASE_FIELDS)
        return {name: entity[name] for name in fields if name in entity}


# -- handlers ----------------------------------------------------------------------------------
def create(call: Call) -> Reply:
    fields = _fields(call)
    location = _reference(call, fields, "location", LOCATIONS)
    area = _reference(call, fields, "working_area", WORKING_AREAS)
    user = _reference(call, fields, "user", USERS)
    if "external_id" in fields and _find(call, "external_id", fields["external_id"]):
        raise MockError(422, f"external_id {fields['external_id']!r} is already taken")
    key = call.store.next_number(COLLECTION, start=FIRST_ID)
    entity = _new_session(call.store, key, fields, location=location, area=area, user=user)
    call.store.put(COLLECTION, key, entity)
    return crud.success(call, call.vendor.present(call, entity))


def update(call: Call) -> Reply:
    fields = _fields(call)
    entity = _lookup(call, fields)
    if "id" in fields and "external_id" in fields:
        entity["external_id"] = fields["external_id"]
    entity["starts_at"] = in_account_zone(fields["starts_at"])
    entity["ends_at"] = in_account_zone(fields["ends_at"])
    if "manual_pause" in fields:
        entity["break_time"] = fields["manual_pause"] * 60
    if "working_area_id" in fields or "working_area_external_id" in fields:
        entity["working_area_id"] = _reference(call, fields, "working_area", WORKING_AREAS)
    if "filters_id" in fields:
        if fields["filters_id"] not in TAGS:
            raise MockError(422, f"tag {fields['filters_id']} does not exist")
        entity["filters"] = [TAGS[fields["filters_id"]]]
    return _save(call, entity)


def get(call: Call) -> Reply:
    if call.params.get("id") is None and call.params.get("external_id") is None:
        raise call.invalid("id or external_id is required")
    entity = _lookup(call, call.params)
    return crud.success(call, call.vendor.present(call, entity))


def confirm(call: Call) -> Reply:
    entity = _lookup(call, _fields(call))
    entity["confirmed"] = True
    return _save(call, entity)


def delete(call: Call) -> Reply:
    entity = _lookup(call, _fields(call))
    call.store.delete(COLLECTION, entity["id"])
    return crud.success(call, {})


def list_sessions(call: Call) -> Reply:
    first, last = (
        date.fromisoformat(call.params["range_start"]),
        date.fromisoformat(call.params["range_end"]),
    )
    if last < first:
        raise call.invalid("range_end is before range_start")
    entities = [
        e for e in call.store.scan(COLLECTION) if first <= _local_day(e["starts_at"]) <= last
    ]
    entities = _filter_user(call, entities)
    entities = _filter_tags(call, entities)
    return crud.success(call, crud.paginate(call, entities))


# -- helpers -----------------------------------------------------------------------------------
def _new_session(
    store: Store, key: int, fields: dict[str, Any], *, location: int, area: int, user: int
) -> dict[str, Any]:
    return {
        "id": key,
        "external_id": fields.get("external_id"),
        "starts_at": in_account_zone(fields["starts_at"]),
        "ends_at": in_account_zone(fields["ends_at"]),
        "updated_at": _now(),
        "location_id": location,
        "employee_id": user,
        "working_area_id": area,
        "break_time": int(fields.get("manual_pause") or 0) * 60,
        "breaks": [],
        "start_signature_id": None,
        "end_signature_id": None,
        "secure_id": store.new_uuid("secure-ids").replace("-", ""),
        "filters": [],
        "confirmed": False,
        "last_edit_by": user,
    }


def _save(call: Call, entity: dict[str, Any]) -> Reply:
    entity["updated_at"] = _now()
    call.store.put(COLLECTION, entity["id"], entity)
    return crud.success(call, call.vendor.present(call, entity))


def _fields(call: Call) -> dict[str, Any]:
    """The entity's fields of a write: under the spec's `x-resource` envelope."""
    resource = call.route.resource
    envelope = resource.envelope if resource else None
    return call.body[envelope] if envelope else call.body


def _lookup(call: Call, fields: dict[str, Any]) -> dict[str, Any]:
    """The session named by its id (wins) or by a field of the spec's `x-resource` lookup;
    404 when there is none."""
    resource = call.route.resource
    if fields.get("id") is not None:
        entity = call.store.get(COLLECTION, _as_int(fields["id"]))
    else:
        names = resource.lookup if resource else ()
        entity = next(
            (found for name in names if (found := _find(call, name, fields.get(name)))), None
        )
    if entity is None:
        raise MockError(404, "Working session not found")
    return entity


def _as_int(value: Any) -> int | None:
    """An id sent as an integer, an integral float or a string of digits."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.isdigit() and len(value) < 20:
        return int(value)
    return value if isinstance(value, int) else None


def _find(call: Call, field: str, value: Any) -> dict[str, Any] | None:
    return call.store.find(COLLECTION, field, value) if value else None


def _reference(call: Call, fields: dict[str, Any], kind: str, known: dict[int, str]) -> int:
    """The id of a location, working area or user named by `<kind>_id` or `<kind>_external_id`."""
    if f"{kind}_id" in fields:
        if fields[f"{kind}_id"] in known:
            return int(fields[f"{kind}_id"])
        raise MockError(422, f"{kind} {fields[f'{kind}_id']} does not exist")
    external = fields.get(f"{kind}_external_id")
    for key, value in known.items():
        if value == external:
            return key
    raise MockError(422, f"{kind} {external!r} does not exist")


def _filter_user(call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if call.params.get("user_id") is None and call.params.get("user_external_id") is None:
        return entities
    user = _reference(call, call.params, "user", USERS)
    return [e for e in entities if e["employee_id"] == user]


def _filter_tags(call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    tags = call.params.get("tags")
    if tags is None:
        return entities
    if call.params.get("company_id") is None and call.params.get("company_external_id") is None:
        raise call.invalid("company_id or company_external_id is required with tags")
    _reference(call, call.params, "company", COMPANIES)
    wanted = {int(t) for t in tags.split(",")}
    if unknown := wanted - set(TAGS) - {0}:
        raise MockError(422, f"tag {min(unknown)} does not exist")
    return [
        e
        for e in entities
        if ({f["id"] for f in e["filters"]} & wanted) or (0 in wanted and not e["filters"])
    ]


def in_account_zone(text: str) -> str:
    """The same instant, written in the account's zone; text that cannot be read stays as sent."""
    try:
        instant = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        if instant.tzinfo is None:
            return text
        return instant.astimezone(ACCOUNT_ZONE).isoformat(timespec="seconds")
    except (ValueError, OverflowError):
        return text


@lru_cache(maxsize=4096)  # a list reads every stored session's day: most repeat
def _local_day(text: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return date.min


def _now() -> str:
    return clock.now(UTC).isoformat(timespec="seconds")
