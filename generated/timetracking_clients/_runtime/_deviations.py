"""Answers that differ from the spec in ways a lax read tolerates: undocumented fields, enum
values the spec does not list, nulls where it says non-nullable.

While a client reads a body, `recording(deviations)` makes the models report such values to
that client's `Deviations`; outside a read, reports go nowhere. Nothing here runs on a body
that matches the spec except one context-variable lookup per model with extra fields.
"""

from __future__ import annotations

import contextvars
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

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
