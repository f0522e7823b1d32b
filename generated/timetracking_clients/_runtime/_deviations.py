"""Answers that differ from the spec in ways a lax read tolerates: undocumented fields, enum
values the spec does not list, nulls where it says non-nullable.

While a client reads a body, `recording(deviations)` makes the models report such values to
that client's `Deviations`; outside a read, reports go nowhere. Nothing here runs on a body
that matches the spec except one context-variable lookup per model with extra fields.
"""

from __future__ import annotations

import contextvars
import types
from collections import Counter
from dataclasses import dataclass, field
from typing import Annotated, Any, Optional, Union, get_args, get_origin

import pydantic


@dataclass
class Deviations:
    """What a client's answers held that the spec does not document, counted per kind and
    place ("extra field: TimeEntry.colour"); `last` keeps the newest few for a report."""

    counts: Counter[str] = field(default_factory=Counter)
    last: list[str] = field(default_factory=list)

    def add(self, kind: str, where: str) -> None:
        key = f"{kind}: {where}"
        self.counts[key] += 1
        self.last = [*self.last[-19:], key]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __bool__(self) -> bool:
        return bool(self.counts)


_CURRENT: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "timetracking_deviations", default=None
)


def report(kind: str, where: str) -> None:
    """Called by models and enums while a body is read."""
    found = _CURRENT.get()
    if found is not None:
        found.append(f"{kind}\0{where}")


class recording:  # noqa: N801 - used as a function: `with recording() as found:`
    """Collect what models and enums report while a body is read (a class, not a generator
    context manager: it runs on every call)."""

    __slots__ = ("found", "token")

    def __enter__(self) -> list[str]:
        self.found: list[str] = []
        self.token = _CURRENT.set(self.found)
        return self.found

    def __exit__(self, *exc_info: object) -> None:
        _CURRENT.reset(self.token)


class APIModel(pydantic.BaseModel):
    """Base of the response models: fields the vendor adds later are kept (`model_extra`) and
    reported as deviations."""

    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)

    def model_post_init(self, context: Any, /) -> None:
        if self.__pydantic_extra__:
            for name in self.__pydantic_extra__:
                report("extra field", f"{type(self).__name__}.{name}")


_LAX_TYPES: dict[Any, Any] = {}


def lax_type(kind: Any) -> Any:
    """`kind` with each model replaced by a subclass (same name) whose required fields also take
    None: what a lax read validates an answer with when the vendor sent null where the spec
    says a value must be. Built once per type, on the first such answer."""
    try:
        known = _LAX_TYPES.get(kind)
    except TypeError:  # unhashable metadata (`Annotated[int, Field(...)]`): not kept
        return _laxed(kind)
    if known is None:
        _LAX_TYPES[kind] = kind  # a model that refers to itself stays strict there
        known = _LAX_TYPES[kind] = _laxed(kind)
    return known


def _laxed(kind: Any) -> Any:
    if isinstance(kind, type) and issubclass(kind, APIModel):
        fields: dict[str, Any] = {
            name: (Optional[lax_type(info.annotation)], pydantic.Field(None, alias=info.alias))  # noqa: UP045 - a runtime type
            if info.is_required()
            else (lax_type(info.annotation), info)
            for name, info in kind.model_fields.items()
        }
        return pydantic.create_model(
            kind.__name__, __base__=kind, __module__=kind.__module__, **fields
        )
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:
        return Annotated[(lax_type(args[0]), *kind.__metadata__)]
    if origin in (Union, types.UnionType):
        return Union[tuple(lax_type(arg) for arg in args)]  # noqa: UP007 - a runtime type
    if origin in (list, dict):
        return origin[tuple(lax_type(arg) for arg in args)]
    return kind
