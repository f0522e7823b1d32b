"""Papershift working sessions: user, location, area and company named by id or external id,
minutes in and seconds out, times in the account's zone, `confirm`, get-by-id on the list's
path, the range, user and tag filters, and demo data. The envelope, the lookups, the page size
and the answers' fields come from the spec."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, Reply, VendorBehaviour

if TYPE_CHECKING:
    from generator.ir.model import Api
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


def _account_zone() -> tzinfo:
    try:
        return zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        return timezone(timedelta(hours=1))


ACCOUNT_ZONE = _account_zone()


class Behaviour(VendorBehaviour):
    def __init__(self) -> None:
        self.handlers = {"confirmWorkingSession": confirm}

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

    def seed(self, store: Store, api: Api) -> None:
        start = datetime(2015, 10, 1, 8, 30, tzinfo=UTC)
        for day in range(30):
            key = store.next_number(COLLECTION, start=FIRST_ID)
            begins = start + timedelta(days=day)
            fields = {
                "starts_at": begins.isoformat(),
                "ends_at": (begins + timedelta(hours=9)).isoformat(),
                "manual_pause": 60,
                "external_id": f"demo-session-{day + 1:03d}",  # not the docs example id
            }
            user = 1 if day % 3 else 5
            session = _session(store, fields, location=8006, area=12, user=user)
            store.put(COLLECTION, key, {"id": key, **session})

    def prepare_create(self, call: Call, entity: dict[str, Any]) -> dict[str, Any]:
        location = _reference(call, entity, "location", LOCATIONS)
        area = _reference(call, entity, "working_area", WORKING_AREAS)
        user = _reference(call, entity, "user", USERS)
        return _session(call.store, entity, location=location, area=area, user=user)

    def prepare_update(
        self, call: Call, entity: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        if "id" in changes and "external_id" in changes:
            entity["external_id"] = changes["external_id"]
        entity["starts_at"] = in_account_zone(changes["starts_at"])
        entity["ends_at"] = in_account_zone(changes["ends_at"])
        if "manual_pause" in changes:
            entity["break_time"] = changes["manual_pause"] * 60
        if "working_area_id" in changes or "working_area_external_id" in changes:
            entity["working_area_id"] = _reference(call, changes, "working_area", WORKING_AREAS)
        if "filters_id" in changes:
            if changes["filters_id"] not in TAGS:
                raise MockError(422, f"tag {changes['filters_id']} does not exist")
            entity["filters"] = [TAGS[changes["filters_id"]]]
        return {**entity, "updated_at": _now()}

    def filter_list(self, call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        first = date.fromisoformat(call.params["range_start"])
        last = date.fromisoformat(call.params["range_end"])
        if last < first:
            raise call.invalid("range_end is before range_start")
        entities = [e for e in entities if first <= _local_day(e["starts_at"]) <= last]
        return _filter_tags(call, _filter_user(call, entities))


def confirm(call: Call) -> Reply:
    key = crud.named_key(call)
    entity = {**crud.load(call, key), "confirmed": True, "updated_at": _now()}
    call.store.put(COLLECTION, key, entity)
    return crud.success(call, call.vendor.present(call, entity))


# -- helpers -----------------------------------------------------------------------------------
def _session(
    store: Store, fields: dict[str, Any], *, location: int, area: int, user: int
) -> dict[str, Any]:
    return {
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
