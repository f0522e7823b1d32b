"""What every rule needs: both sides, and one way to record a change with its location."""

from __future__ import annotations

from typing import Any

from generator.diff.changes import Change
from generator.diff.sources import Source
from generator.spec import walk


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
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str):
        if not ref.startswith("#"):
            return {}, pointer
        node, pointer = walk.follow(source.api.spec.document, ref[1:])
    return (node if isinstance(node, dict) else {}), pointer


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
