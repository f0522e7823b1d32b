"""Undocumented response fields: vendors add fields all the time, so they are notes, not drift."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.spec import walk
from generator.spec.loader import LoadedSpec, join_pointer

MAX_DEPTH = 12
# Keywords that say what members or items a value has; a branch without any only constrains.
_STRUCTURAL = {"properties", "items", "type", "additionalProperties", "patternProperties"}


def undocumented_properties(spec: LoadedSpec, schema: Any, body: Any) -> Iterator[str]:
    """JSON pointers of object members in `body` that `schema` does not name."""
    yield from _walk(spec, schema, body, "", 0)


def _walk(spec: LoadedSpec, schema: Any, value: Any, pointer: str, depth: int) -> Iterator[str]:
    if depth > MAX_DEPTH:
        return
    branches = _branches(spec, schema)
    if not branches:
        return
    if isinstance(value, dict):
        if any(_open(b) for b in branches):
            return
        known: dict[str, list[Any]] = {}
        for branch in branches:
            for name, sub in (branch.get("properties") or {}).items():
                known.setdefault(name, []).append(sub)
        for name, member in value.items():
            child = join_pointer(pointer, name)
            if name not in known:
                yield child
                continue
            yield from _walk(spec, {"anyOf": known[name]}, member, child, depth + 1)
    elif isinstance(value, list):
        items = [b["items"] for b in branches if isinstance(b.get("items"), dict)]
        if items:
            for index, item in enumerate(value):
                yield from _walk(
                    spec, {"anyOf": items}, item, join_pointer(pointer, index), depth + 1
                )


def _open(schema: dict[str, Any]) -> bool:
    """A schema that documents arbitrary members (a map), or says nothing about members at all."""
    extra = schema.get("additionalProperties")
    if extra not in (None, False) or schema.get("patternProperties"):
        return True
    return "properties" not in schema and schema.get("type") in (None, "object")


def _branches(spec: LoadedSpec, schema: Any) -> list[dict[str, Any]]:
    """The schema and every allOf/anyOf/oneOf member it is made of, with $refs followed, each
    without its compositions; members that only constrain are left out."""
    branches = []
    for part in walk.parts(schema, spec.deref):
        own = {k: v for k, v in part.items() if k not in walk.COMPOSITIONS}
        if _STRUCTURAL & own.keys():
            branches.append(own)
    return branches
