"""TimeTrack attendances: alias field names, derived worked minutes, the deleted entry's error
(404/15020), the filters `username`/`user`, `from`, `to` and demo data."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from generator.mock import crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, VendorBehaviour, reason_phrase

if TYPE_CHECKING:
    from generator.ir.model import Api
    from generator.mock.engine import Call

COLLECTION = "attendances"
DELETED_CODE, DELETED_TITLE = 15020, "TimeEntry exist but it is deleted"
_ALIASES = {"username": "user", "details": "notes", "minutesBreak": "breakMinutes"}
_SEED_ENTRIES = (  # after the spec's documented list
    ("tester", "2020-10-19T08:00:00.000Z", "2020-10-19T16:30:00.000Z", 30, "Office day"),
    ("jdoe", "2020-10-20T07:30:00.000Z", "2020-10-20T15:30:00.000Z", 45, None),
)


class Behaviour(VendorBehaviour):
    def error_body(self, error: MockError) -> Any:
        item: dict[str, Any] = {
            "title": error.title or reason_phrase(error.status),
            "status": error.status,
        }
        if error.code == "deleted":
            item.update(title=DELETED_TITLE, code=DELETED_CODE)
        item["detail"] = error.message
        return {"errors": [item]}

    def seed(self, store: Store, api: Api) -> None:
        crud.seed_examples(store, api, "listAttendances")
        for user, start, end, pause, notes in _SEED_ENTRIES:
            key = store.next_number(COLLECTION)
            entity = {
                "id": key,
                "user": user,
                "from": start,
                "to": end,
                "notes": notes,
                "manual": True,
                "breakMinutes": pause,
            }
            store.put(COLLECTION, key, _with_worked_minutes(entity, derive=True))

    def prepare_create(self, call: Call, entity: dict[str, Any]) -> dict[str, Any]:
        stored = {"manual": True, "breakMinutes": 0, **_canonical(entity)}
        return _with_worked_minutes(stored, derive="workedMinutes" not in entity)

    def prepare_update(
        self, call: Call, entity: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        merged = {**entity, **_canonical(changes)}
        return _with_worked_minutes(merged, derive="workedMinutes" not in changes)

    def present(self, call: Call, entity: dict[str, Any]) -> Any:
        return crud.shaped(call, entity)

    def filter_list(self, call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        user = call.params.get("username") or call.params.get("user")
        if user is not None:
            entities = [e for e in entities if e.get("user") == user]
        start, end = _instant(call.params.get("from")), _instant(call.params.get("to"))
        if start is not None:
            entities = [e for e in entities if (_instant(e.get("from")) or start) >= start]
        if end is not None:
            entities = [e for e in entities if (_instant(e.get("from")) or end) <= end]
        return entities


def _canonical(body: dict[str, Any]) -> dict[str, Any]:
    """Request names (username, details, minutesBreak) as the object table names them."""
    return {_ALIASES.get(k, k): v for k, v in body.items()}


def _with_worked_minutes(entity: dict[str, Any], derive: bool) -> dict[str, Any]:
    start, end = _instant(entity.get("from")), _instant(entity.get("to"))
    if derive and start is not None and end is not None:
        minutes = int((end - start).total_seconds() // 60) - int(entity.get("breakMinutes") or 0)
        entity["workedMinutes"] = max(minutes, 0)
    return entity


def _instant(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
