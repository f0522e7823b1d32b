"""JSON pointers into response bodies: parsed JSON, or the models it was read into (a token
names a field by its wire name)."""

from __future__ import annotations

import functools
from typing import Any

import pydantic

_MISSING: Any = object()
_WIRE_NAMES: dict[type[pydantic.BaseModel], dict[str, str]] = {}


def resolve(document: Any, pointer: str, default: Any = None) -> Any:
    """Value at `pointer` ("" is the document itself), or `default` when absent."""
    node = _unwrap(document)
    if not pointer:
        return node
    for token in _tokens(pointer):
        if isinstance(node, dict):
            node = node.get(token, _MISSING)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, pydantic.BaseModel):
            node = _field(node, token)
        else:
            return default
        if node is _MISSING:
            return default
        node = _unwrap(node)
    return node


@functools.lru_cache(maxsize=256)
def _tokens(pointer: str) -> tuple[str, ...]:
    """A pointer's tokens, unescaped (pointers come from the spec: a few, read on every page)."""
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/"))


def _unwrap(node: Any) -> Any:
    return node.root if isinstance(node, pydantic.RootModel) else node


def _field(model: pydantic.BaseModel, token: str) -> Any:
    cls = type(model)
    names = _WIRE_NAMES.get(cls)
    if names is None:
        names = _WIRE_NAMES[cls] = {
            (info.alias or name): name for name, info in cls.model_fields.items()
        }
    name = names.get(token)
    if name is None:
        return (model.model_extra or {}).get(token, _MISSING)
    return getattr(model, name)
