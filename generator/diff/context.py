"""What every rule needs: both sides, and one way to record a change with its location."""

from __future__ import annotations

from typing import Any

from generator.diff.changes import Change
from generator.diff.sources import Source

MAX_REF_HOPS = 32


class DiffContext:
    def __init__(self, old: Source, new: Source) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self._seen: set[tuple[str, str]] = set()
        self.schema_pairs: set[tuple[str, str, str]] = set()  # schemas already compared

    def add(
        self,
        rule: str,
        level: str,
        scope: str,
        operation: str,
        pointer: str,
        message: str,
        *,
        side: str = "new",
    ) -> None:
        """Record a change once per rule and place (a shared schema is reported where it is)."""
        if (rule, pointer) in self._seen:
            return
        self._seen.add((rule, pointer))
        source = self.old if side == "old" else self.new
        location = source.location(pointer)
        self.changes.append(Change(rule, level, scope, operation, pointer, location, message))


def deref(source: Source, node: Any, pointer: str) -> tuple[dict[str, Any], str]:
    """Follow local `$ref`s: the node and the pointer of where it is written (for its line)."""
    for _ in range(MAX_REF_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if not ref.startswith("#"):
            return {}, pointer
        try:
            node, pointer = source.api.spec.resolve_pointer(ref[1:]), ref[1:]
        except KeyError:
            return {}, pointer
    return (node if isinstance(node, dict) else {}), pointer


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
