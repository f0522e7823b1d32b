"""TeamPulse time entries: `week` derived from `date`, server-set created/modified fields in the
vendor's zoneless format, `te.<field>` error keys and demo data (the rest comes from the spec)."""

from __future__ import annotations

from datetime import UTC, date
from typing import TYPE_CHECKING, Any

from generator.mock import clock
from generator.mock.store import Store
from generator.mock.vendor import MockError, VendorBehaviour

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


def iso_week(day: str) -> int:
    return date.fromisoformat(day).isocalendar().week


def _zoneless_now() -> str:
    return clock.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4]
