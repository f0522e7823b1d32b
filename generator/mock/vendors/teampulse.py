"""TeamPulse time entries: `week` derived from `date`, server-set created/modified fields in the
vendor's zoneless format and `te.<field>` error keys (the rest, demo data included, comes from
the spec)."""

from __future__ import annotations

from datetime import UTC, date
from typing import TYPE_CHECKING, Any

from generator.mock import clock, crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, VendorBehaviour

if TYPE_CHECKING:
    from generator.ir.model import Api
    from generator.mock.engine import Call

API_USER = "API User"


class Behaviour(VendorBehaviour):
    def error_body(self, error: MockError) -> Any:
        key = f"te.{error.field.strip('/').split('/')[-1]}" if error.field else "error"
        return {key: error.message}

    def seed(self, store: Store, api: Api) -> None:
        crud.seed_examples(store, api, "listTimeEntries")  # the documented list answer

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
