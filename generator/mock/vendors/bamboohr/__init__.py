"""BambooHR time tracking: the handlers of each resource module (records, timesheets, breaks;
demo data in seed), ProblemDetails errors and `_links` pages; the rest is generic CRUD."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.mock import crud
from generator.mock.store import Store
from generator.mock.vendor import MockError, VendorBehaviour, reason_phrase
from generator.mock.vendors.bamboohr import breaks, records, timesheets
from generator.mock.vendors.bamboohr.breaks import new_break, policy_exists
from generator.mock.vendors.bamboohr.common import RECORDS, utc_now
from generator.mock.vendors.bamboohr.records import new_record
from generator.mock.vendors.bamboohr.seed import seed

if TYPE_CHECKING:
    from generator.ir.model import Api
    from generator.mock.engine import Call


class Behaviour(VendorBehaviour):
    def __init__(self) -> None:
        self.handlers = {**records.HANDLERS, **timesheets.HANDLERS, **breaks.HANDLERS}

    def error_body(self, error: MockError) -> Any:
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": error.title or reason_phrase(error.status),
            "status": error.status,
            "detail": error.message,
        }
        if error.field:
            body["fields"] = {error.field.strip("/") or "body": error.message}
        return body

    def seed(self, store: Store, api: Api) -> None:
        seed(store, api)

    def prepare_create(self, call: Call, entity: dict[str, Any]) -> dict[str, Any]:
        """Generic creates here are the bulk hour-record store and createBreak."""
        if _resource(call) == RECORDS:
            return new_record(entity)
        return new_break(call, call.params["policyId"], entity)

    def prepare_update(
        self, call: Call, entity: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        if "policyId" in changes:
            policy_exists(call, changes["policyId"])
        stamp = "dateAdjusted" if _resource(call) == RECORDS else "updatedAt"
        return {**entity, **changes, stamp: utc_now()}

    def filter_list(self, call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # The documents offer an OData `filter` on these lists without naming the fields it may
        # use (the spec states none): the mock accepts any field of the listed items.
        if any(p.name == "filter" and p.ext.filter_fields is None for p in call.op.parameters):
            return crud.odata_filter(call, entities, "filter", call.route.response_fields)
        return entities

    def decorate_page(self, call: Call, body: Any, page: crud.Page) -> Any:
        limit = page.limit or 0
        prev_offset = max(page.offset - limit, 0)
        body["_links"] = {
            "prev": {"href": _page_url(call, prev_offset, limit)} if page.offset > 0 else None,
            "next": {"href": _page_url(call, page.offset + limit, limit)}
            if limit and page.offset + limit < page.total
            else None,
        }
        return body


def _resource(call: Call) -> str | None:
    return call.route.resource.name if call.route.resource else None


def _page_url(call: Call, offset: int, limit: int) -> str:
    rule = call.route.pagination
    assert rule is not None  # decorate_page runs for paged lists only
    return crud.page_url(call, {rule.offset_param: offset, rule.limit_param: limit})
