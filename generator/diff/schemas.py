"""Directional schema rules: a request schema may widen (servers accept more) but not narrow; a
response schema may narrow (servers send less variety) but not widen, since clients parse it."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.changes import BREAKING, INFO, NON_BREAKING
from generator.diff.context import DiffContext, as_dict, deref
from generator.spec import walk
from generator.spec.loader import join_pointer

REQUEST, RESPONSE = "request", "response"
MAX_DEPTH = 40
# Bounds whose smaller value is narrower, and whose larger value is narrower.
UPPER_BOUNDS = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
LOWER_BOUNDS = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")


def _types(schema: dict[str, Any]) -> tuple[set[str] | None, bool]:
    """The non-null types a schema allows (None: any) and whether it allows null."""
    raw = schema.get("type")
    types = {t for t in (raw if isinstance(raw, list) else [raw]) if isinstance(t, str)}
    nullable = schema.get("nullable") is True or "null" in types
    types.discard("null")
    if not types:
        if isinstance(schema.get("properties"), dict):
            return {"object"}, nullable
        return None, nullable
    return types, nullable


def _covers(wide: set[str] | None, narrow: set[str] | None) -> bool:
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _label(types: set[str] | None) -> str:
    return "|".join(sorted(types)) if types else "any"


def _properties(
    ctx: DiffContext, side: str, pointer: str
) -> tuple[dict[str, tuple[dict[str, Any], str]], set[str]]:
    """Properties (with their pointers) and required names of the schema at `pointer`, its
    allOf parts merged in (its own properties win)."""
    source = ctx.old if side == "old" else ctx.new
    props: dict[str, tuple[dict[str, Any], str]] = {}
    required: set[str] = set()
    for at, part in walk.parts_at(source.api.spec.document, pointer, ("allOf",)):
        required |= {r for r in part.get("required") or [] if isinstance(r, str)}
        for name, prop in as_dict(part.get("properties")).items():
            if str(name) not in props:
                props[str(name)] = deref(source, prop, join_pointer(at, "properties", str(name)))
    return props, required


class SchemaDiff:
    """Compares two schemas in one direction; each pair of places is compared once."""

    def __init__(self, ctx: DiffContext, direction: str, operation: str) -> None:
        self.ctx = ctx
        self.direction = direction
        self.operation = operation
        self.request = direction == REQUEST

    def add(self, rule: str, level: str, pointer: str, message: str, side: str = "new") -> None:
        self.ctx.add(
            f"{self.direction}-{rule}", level, "wire", self.operation, pointer, message, side=side
        )

    def compare(self, old: Any, old_at: str, new: Any, new_at: str, depth: int = 0) -> None:
        old, old_at = deref(self.ctx.old, old, old_at)
        new, new_at = deref(self.ctx.new, new, new_at)
        visited = self.ctx.schema_pairs
        key = (self.direction, old_at, new_at)
        if key in visited or depth > MAX_DEPTH:
            return
        visited.add(key)
        if not self._types(old, new, new_at):
            return  # a different type: its details no longer compare
        self._enum(old, new, new_at)
        self._bounds(old, new, new_at)
        self._format(old, new, new_at)
        self._object(old, old_at, new, new_at, depth)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare(
                old["items"], f"{old_at}/items", new["items"], f"{new_at}/items", depth + 1
            )
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            at = "additionalProperties"
            self.compare(old_extra, f"{old_at}/{at}", new_extra, f"{new_at}/{at}", depth + 1)
        self._variants(old, old_at, new, new_at, depth)

    # -- rules -----------------------------------------------------------------------------
    def _types(self, old: dict[str, Any], new: dict[str, Any], at: str) -> bool:
        (old_types, old_null), (new_types, new_null) = _types(old), _types(new)
        if old_null != new_null:
            if self.request and old_null:
                self.add(
                    "nullable-removed", BREAKING, at, "null is no longer accepted: send a value"
                )
            elif not self.request and new_null:
                self.add("nullable-added", BREAKING, at, "may now be null: handle None")
            else:
                gone = "no longer null" if old_null else "now accepts null"
                self.add("nullable-changed", NON_BREAKING, at, f"value {gone}")
        if old_types == new_types:
            return True
        was, now = _label(old_types), _label(new_types)
        if _covers(new_types, old_types):  # widened
            level = NON_BREAKING if self.request else BREAKING
            hint = "" if self.request else ": handle the new type"
            self.add("type-widened", level, at, f"type widened from {was} to {now}{hint}")
            return True
        if _covers(old_types, new_types):  # narrowed
            level = BREAKING if self.request else NON_BREAKING
            hint = f": send only {now}" if self.request else ""
            self.add("type-narrowed", level, at, f"type narrowed from {was} to {now}{hint}")
            return True
        self.add("type-changed", BREAKING, at, f"type changed from {was} to {now}")
        return False

    def _enum(self, old: dict[str, Any], new: dict[str, Any], at: str) -> None:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if not isinstance(old_enum, list) and not isinstance(new_enum, list):
            return
        if not isinstance(new_enum, list):
            level = NON_BREAKING if self.request else BREAKING
            self.add("enum-removed", level, at, "no longer limited to an enum")
            return
        if not isinstance(old_enum, list):
            level = BREAKING if self.request else NON_BREAKING
            self.add("enum-added", level, at, f"now limited to {_values(new_enum)}")
            return
        old_values = {json.dumps(v, sort_keys=True) for v in old_enum}
        new_values = {json.dumps(v, sort_keys=True) for v in new_enum}
        if removed := old_values - new_values:
            level = BREAKING if self.request else NON_BREAKING
            hint = ": stop sending them" if self.request else ""
            self.add(
                "enum-value-removed", level, at, f"enum values removed: {_joined(removed)}{hint}"
            )
        if added := new_values - old_values:
            level = NON_BREAKING if self.request else BREAKING
            hint = "" if self.request else ": handle them (or an unknown value)"
            self.add("enum-value-added", level, at, f"enum values added: {_joined(added)}{hint}")

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], at: str) -> None:
        for key in UPPER_BOUNDS + LOWER_BOUNDS:
            a, b = old.get(key), new.get(key)
            if a == b or isinstance(a, bool) or isinstance(b, bool):
                continue
            if not all(v is None or isinstance(v, int | float) for v in (a, b)):
                continue
            upper = key in UPPER_BOUNDS
            narrowed = a is None or (b is not None and (b < a if upper else b > a))
            if not self.request:
                self.add("constraint-changed", INFO, at, f"{key} changed from {a} to {b}")
            elif narrowed:
                self.add(
                    "constraint-narrowed",
                    BREAKING,
                    at,
                    f"{key} narrowed from {a} to {b}: check the values sent",
                )
            else:
                self.add("constraint-widened", NON_BREAKING, at, f"{key} widened from {a} to {b}")

    def _format(self, old: dict[str, Any], new: dict[str, Any], at: str) -> None:
        a, b = old.get("format"), new.get("format")
        if isinstance(a, str) and isinstance(b, str) and a != b:
            self.add("format-changed", BREAKING, at, f"format changed from {a} to {b}")

    def _object(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, depth: int
    ) -> None:
        old_props, old_required = _properties(self.ctx, "old", old_at)
        new_props, new_required = _properties(self.ctx, "new", new_at)
        skip = "readOnly" if self.request else "writeOnly"  # never sent in this direction
        for name in sorted(set(old_props) | set(new_props)):
            if name in old_props and old_props[name][0].get(skip) is True:
                continue
            if name in new_props and new_props[name][0].get(skip) is True:
                continue
            closed = new.get("additionalProperties") is False
            self._property(name, old_props, old_required, new_props, new_required, closed, depth)

    def _property(
        self,
        name: str,
        old_props: dict[str, tuple[dict[str, Any], str]],
        old_required: set[str],
        new_props: dict[str, tuple[dict[str, Any], str]],
        new_required: set[str],
        closed: bool,
        depth: int,
    ) -> None:
        if name not in new_props:
            old_node, old_at = old_props[name]
            if self.request:
                # Servers ignore a field they no longer know, unless the schema is closed.
                self.add(
                    "property-removed",
                    BREAKING if closed else NON_BREAKING,
                    old_at,
                    f"property {name!r} removed: stop sending it"
                    + (" (the schema allows no other properties)" if closed else ""),
                    "old",
                )
            else:
                self.add(
                    "property-removed",
                    BREAKING,
                    old_at,
                    f"property {name!r} removed: stop reading it",
                    "old",
                )
            return
        new_node, new_at = new_props[name]
        if name not in old_props:
            if self.request and "x-credential" in new_node:
                # The client fills it from its credential: authentication, compared as security.
                self.add(
                    "credential-property-added",
                    INFO,
                    new_at,
                    f"property {name!r} carries the {new_node['x-credential']} credential",
                )
            elif self.request and name in new_required:
                self.add(
                    "property-added-required",
                    BREAKING,
                    new_at,
                    f"required property {name!r} added: send it",
                )
            elif self.request:
                self.add(
                    "property-added", NON_BREAKING, new_at, f"optional property {name!r} added"
                )
            else:
                self.add("property-added", NON_BREAKING, new_at, f"property {name!r} added")
            return
        was, now = name in old_required, name in new_required
        if was != now:
            if self.request and now:
                self.add(
                    "property-became-required",
                    BREAKING,
                    new_at,
                    f"property {name!r} is now required: send it",
                )
            elif not self.request and was:
                self.add(
                    "property-became-optional",
                    BREAKING,
                    new_at,
                    f"property {name!r} may now be absent: handle its absence",
                )
            else:
                state = "required" if now else "optional"
                self.add(
                    f"property-became-{state}",
                    NON_BREAKING,
                    new_at,
                    f"property {name!r} is now {state}",
                )
        self.compare(old_props[name][0], old_props[name][1], new_node, new_at, depth + 1)

    def _variants(
        self, old: dict[str, Any], old_at: str, new: dict[str, Any], new_at: str, depth: int
    ) -> None:
        for key in ("oneOf", "anyOf"):
            old_list, new_list = old.get(key), new.get(key)
            if not isinstance(old_list, list) or not isinstance(new_list, list):
                continue
            old_keys = [_variant_key(v, i) for i, v in enumerate(old_list)]
            new_keys = [_variant_key(v, i) for i, v in enumerate(new_list)]
            for i, k in enumerate(new_keys):
                if k in old_keys:
                    j = old_keys.index(k)
                    self.compare(
                        old_list[j],
                        f"{old_at}/{key}/{j}",
                        new_list[i],
                        f"{new_at}/{key}/{i}",
                        depth + 1,
                    )
                else:
                    level = NON_BREAKING if self.request else BREAKING
                    self.add(
                        "variant-added", level, f"{new_at}/{key}/{i}", f"{key} variant {k} added"
                    )
            for j, k in enumerate(old_keys):
                if k not in new_keys:
                    level = BREAKING if self.request else NON_BREAKING
                    self.add(
                        "variant-removed",
                        level,
                        f"{old_at}/{key}/{j}",
                        f"{key} variant {k} removed",
                        "old",
                    )


def _variant_key(variant: Any, index: int) -> str:
    ref = as_dict(variant).get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else f"#{index}"


def _values(values: list[Any]) -> str:
    return _joined({json.dumps(v, sort_keys=True) for v in values})


def _joined(values: set[str], limit: int = 8) -> str:
    shown = sorted(values)
    more = f" (+{len(shown) - limit} more)" if len(shown) > limit else ""
    return ", ".join(shown[:limit]) + more
