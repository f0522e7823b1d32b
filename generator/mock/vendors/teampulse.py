"""TeamPulse time entries: `week` derived from `date`, server-set created/modified fields,
`Location` on create, the `{totalResults, top, results}` envelope (OData comes from the spec)."""

from __future__ import annotations

from datetime import UTC, date
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, Reply, VendorBehaviour

if TYPE_CHECKING:
    from generator.mock.engine import Call

COLLECTION = "time-entries"
API_USER = "API User"
_SEED_ENTRIES = (
    ("2013-10-02", 6, "Api for time entries"),
    ("2013-10-03", 6, "Create some test data"),
    ("2013-10-04", 6, "Fix getting of time entries"),
)


class Behaviour(VendorBehaviour):
    def __init__(self) -> None:
        self.handlers = {"createTimeEntry": create_with_location}

    def error_body(self, error: MockError) -> Any:
        key = f"te.{error.field.strip('/').split('/')[-1]}" if error.field else "error"
        return {key: error.message}

    def seed(self, store: Store) -> None:
        for day, hours, note in _SEED_ENTRIES:
            key = store.next_number(COLLECTION)
            store.put(
                COLLECTION,
                key,
                {
                    "id": key,
                    "date": day,
                    "hours": hours,
                    "type": "Billable",
                    "userId": 1,
                    "taskId": 10,
                    "note": note,
                    "week": iso_week(day),
                    "createdBy": "Paul Smith",
                    "createdAt": "2013-06-06T00:00:00",
                    "lastModifiedBy": "Paul Smith",
                    "lastModifiedAt": "2013-10-09T13:57:28.33",
                },
            )

    def prepare_create(self, call: Call, entity: dict[str, Any]) -> dict[str, Any]:
        now = _zoneless_now()
        return {
            "note": None,
            **entity,
            "week": iso_week(entity["date"]),
            "createdBy": API_USER,
            "createdAt": now,
            "lastModifiedBy": API_USER,
            "lastModifiedAt": now,
        }

    def prepare_update(
        self, call: Call, entity: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        merged = {**entity, **changes}
        merged.update(
            week=iso_week(merged["date"]), lastModifiedBy=API_USER, lastModifiedAt=_zoneless_now()
        )
        return merged

    def decorate_page(self, call: Call, body: Any, page: crud.Page) -> Any:
        body["top"] = page.limit if page.limit is not None else len(page.items)
        return body


def create_with_location(call: Call) -> Reply:
    reply = crud.create(call)
    reply.headers["Location"] = f"{call.base_url}/timeentries/{reply.body['id']}"
    return reply


def iso_week(day: str) -> int:
    return date.fromisoformat(day).isocalendar().week


def _zoneless_now() -> str:
    return clock.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4]
