"""JSON pointers into response bodies."""

from __future__ import annotations

from typing import Any

_MISSING: Any = object()


def resolve(document: Any, pointer: str, default: Any = None) -> Any:
    """Value at `pointer` ("" is the document itself), or `default` when absent."""
    node = document
    if not pointer:
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(token, _MISSING)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return default
        if node is _MISSING:
            return default
    return node
