"""The hooks a per-vendor module fills in; defaults give plain CRUD behaviour.

A vendor module (`generator/mock/vendors/<vendor>.py`) defines `Behaviour`, a subclass of
`VendorBehaviour`. The engine calls these hooks and never tests a vendor's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.ir.model import Api
    from generator.mock.engine import Call
    from generator.mock.store import Store

NO_BODY = object()  # a reply without a body (204, or a documented status without content)


@dataclass
class Reply:
    status: int
    body: Any = NO_BODY
    headers: dict[str, str] = field(default_factory=dict)


class MockError(Exception):
    """Raised anywhere in a request: answered with the vendor's error body for `status`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        field: str | None = None,
        code: int | str | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.code = code
        self.title = title


Handler = Callable[["Call"], Reply]


def public(entity: dict[str, Any]) -> dict[str, Any]:
    """A stored entity without its internal `_` fields."""
    return {k: v for k, v in entity.items() if not k.startswith("_")}


def reason_phrase(status: int) -> str:
    """HTTP's name for a status (`Not Found`), for error bodies that carry a title."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class VendorBehaviour:
    """Defaults for every hook. Subclasses override what their vendor documents."""

    #: operationId -> handler replacing the generic x-resource handler
    handlers: dict[str, Handler] = {}

    def rewrite_path(self, method: str, path: str, query: dict[str, list[str]]) -> str:
        """Map a wire path the spec cannot express (two calls on one path) to a spec path."""
        return path

    def error_body(self, error: MockError) -> Any:
        """The body of an error answer, shaped like the vendor's error schema."""
        return {"message": error.message}

    def seed(self, store: Store, api: Api) -> None:
        """Create the demo data of a fresh store (ids come from the store, so they follow --seed)."""

    def prepare_create(self, call: Call, entity: dict[str, Any]) -> dict[str, Any]:
        """Turn a create body into the stored entity (rename aliases, fill server fields)."""
        return entity

    def prepare_update(
        self, call: Call, entity: dict[str, Any], changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Apply an update body to a stored entity (default: merge the fields sent)."""
        return {**entity, **changes}

    def present(self, call: Call, entity: dict[str, Any]) -> Any:
        """The response form of a stored entity: a new object; it must not change `entity`,
        which may be the store's own. Default: the fields the operation's answer documents that
        the entity has (all but internal `_` fields when the answer lists none)."""
        documented = call.route.response_fields
        if not documented:
            return public(entity)
        return {name: entity[name] for name in documented if name in entity}

    def filter_list(self, call: Call, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Apply the vendor's list filters (query parameters) before paging."""
        return entities

    def decorate_page(self, call: Call, body: Any, page: Any) -> Any:
        """Add vendor envelope fields (links, echoes) to a list body."""
        return body
