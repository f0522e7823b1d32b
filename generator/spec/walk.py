"""Walking the JSON schemas of an OpenAPI document: the one place that knows how a schema is
put together (`$ref`, `properties`, `items`, `additionalProperties`, `allOf`/`anyOf`/`oneOf`).

Two flavours of the same rules: by JSON pointer into a document, for callers that must name
the place they found (a finding's FILE:LINE, an overlay's target), and by value with a `deref`
callable, for callers that only read the schema (the mock, the contract notes, the diff).
Every walk is bounded in depth: specs are untrusted and may be cyclic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from generator.spec.loader import join_pointer, resolve_in

COMPOSITIONS = ("allOf", "anyOf", "oneOf")
MAX_DEPTH = 32
Deref = Callable[[Any], Any]


def node_at(document: Any, pointer: str) -> Any:
    """The node a JSON pointer names, or None."""
    try:
        return resolve_in(document, pointer)
    except KeyError:
        return None


def follow(document: Any, pointer: str) -> tuple[Any, str]:
    """The node at `pointer` with local `$ref`s followed, and the pointer where it is defined."""
    for _ in range(MAX_DEPTH):
        node = node_at(document, pointer)
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(ref, str) and ref.startswith("#")):
            return node, pointer
        pointer = ref[1:]
    return None, pointer


def member_at(document: Any, pointer: str, token: str, depth: int = 0) -> str | None:
    """Where the schema at `pointer` defines the instance's member `token` (a property name, or
    an array index or `*`): its properties or items, any composition member, then
    `additionalProperties`. None when the schema says nothing of it."""
    node, pointer = follow(document, pointer)
    if depth > MAX_DEPTH or not isinstance(node, dict):
        return None
    if token in (node.get("properties") or {}):
        return join_pointer(pointer, "properties", token)
    if (token.isdigit() or token == "*") and isinstance(node.get("items"), dict):
        return join_pointer(pointer, "items")
    for keyword in COMPOSITIONS:
        branches = node.get(keyword)
        for index in range(len(branches) if isinstance(branches, list) else 0):
            found = member_at(document, join_pointer(pointer, keyword, index), token, depth + 1)
            if found is not None:
                return found
    if isinstance(node.get("additionalProperties"), dict):
        return join_pointer(pointer, "additionalProperties")
    return None


def descend(document: Any, pointer: str, tokens: list[str]) -> tuple[str, bool]:
    """From a schema, the schema of the member at `tokens` (an instance path): the deepest
    schema found, with `$ref`s followed, and whether every token was found."""
    for token in tokens:
        found = member_at(document, pointer, token)
        if found is None:
            return follow(document, pointer)[1], False
        pointer = found
    return follow(document, pointer)[1], True


def parts_at(
    document: Any, pointer: str, keywords: tuple[str, ...] = COMPOSITIONS, depth: int = 0
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The schema at `pointer` and, depth first, every member of its compositions named by
    `keywords`, each with the pointer where it is defined."""
    node, pointer = follow(document, pointer)
    if depth > MAX_DEPTH or not isinstance(node, dict):
        return
    yield pointer, node
    for keyword in keywords:
        branches = node.get(keyword)
        for index in range(len(branches) if isinstance(branches, list) else 0):
            yield from parts_at(document, join_pointer(pointer, keyword, index), keywords, depth + 1)


def parts(
    schema: Any, deref: Deref, keywords: tuple[str, ...] = COMPOSITIONS, depth: int = 0
) -> Iterator[dict[str, Any]]:
    """`schema` and, depth first, every member of its compositions named by `keywords`, with
    `$ref`s followed by `deref` (a broken one ends that branch)."""
    try:
        node = deref(schema)
    except Exception:  # a broken $ref is the validator's business, not the walker's
        return
    if depth > MAX_DEPTH or not isinstance(node, dict):
        return
    yield node
    for keyword in keywords:
        branches = node.get(keyword)
        for member in branches if isinstance(branches, list) else ():
            yield from parts(member, deref, keywords, depth + 1)


def merged_object(schema: Any, deref: Deref) -> dict[str, Any]:
    """An object schema with the `properties` and `required` of its `allOf` parts merged in
    (the schema's own win); {} when `schema` is not a schema."""
    found = list(parts(schema, deref, ("allOf",)))
    if not found:
        return {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in found:
        for name, prop in (part.get("properties") or {}).items():
            properties.setdefault(name, prop)
        required += [r for r in part.get("required") or () if isinstance(r, str)]
    return {**found[0], "properties": properties, "required": list(dict.fromkeys(required))}


def declared_types(schema: dict[str, Any]) -> tuple[str, ...]:
    """The JSON types a schema declares (`type`, a 3.1 type list, or its first composition
    member that declares any)."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return (declared,)
    if isinstance(declared, list):
        return tuple(t for t in declared if isinstance(t, str))
    for keyword in COMPOSITIONS:
        for member in schema.get(keyword) or ():
            if isinstance(member, dict) and (types := declared_types(member)):
                return types
    return ()
