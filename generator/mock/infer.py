"""Resources of a spec without `x-resource`, inferred from its paths and methods.

A path ending in a literal segment is a collection (`POST` creates, `GET` lists), one ending in
a parameter after it is an item (`GET` reads, `PUT` replaces, `PATCH` merges, `DELETE`
deletes). A collection under a parent item (`/projects/{projectId}/entries`) keeps the parent's
id in the entity field named like the parameter (`projectId` or `project_id`) and lists only
that parent's entities. Lists page by the `limit`/`offset` or `page` parameters they declare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.ir.extensions import Pagination, ResourceBinding
from generator.ir.model import Api, Operation
from generator.mock import clock
from generator.spec import walk
from generator.spec.loader import split_pointer

_PARAM = re.compile(r"^\{([^{}/]+)\}$")
_ACTIONS = {
    (False, "POST"): "create",
    (False, "GET"): "list",
    (True, "GET"): "get",
    (True, "PUT"): "replace",
    (True, "PATCH"): "update",
    (True, "DELETE"): "delete",
}


@dataclass(frozen=True)
class Inferred:
    """What the engine needs for one operation of an inferred resource."""

    resource: ResourceBinding
    parents: tuple[tuple[str, str], ...]  # (path parameter, entity field) of the parent items
    parent: tuple[str, str] | None  # (parent resource, its path parameter), checked to exist
    pagination: Pagination | None


def spec_has_resources(api: Api) -> bool:
    return any(op.ext.resource for op in api.operations)


def infer(op: Operation, api: Api) -> Inferred | None:
    segments = [s for s in op.path.split("/") if s]
    is_item = bool(segments) and _PARAM.match(segments[-1]) is not None
    collection = segments[:-1] if is_item else segments
    action = _ACTIONS.get((is_item, op.method))
    if action is None or not collection or _PARAM.match(collection[-1]):
        return None
    name = "/".join(s for s in collection if not _PARAM.match(s))
    properties = entity_properties(op, api)
    id_field = "id" if "id" in properties or not is_item else _param(segments[-1])
    parents = tuple(
        (param, entity_field(param, properties))
        for param in (_param(s) for s in collection if _PARAM.match(s))
    )
    parent = None
    if len(collection) >= 2 and _PARAM.match(collection[-2]):
        owner = "/".join(s for s in collection[:-2] if not _PARAM.match(s))
        parent = (owner, _param(collection[-2])) if owner else None
    return Inferred(
        ResourceBinding(name=name, action=action, id=f"/{id_field}"),
        parents,
        parent,
        _pagination(op) if action == "list" else None,
    )


def entity_properties(op: Operation, api: Api, items: str = "") -> dict[str, Any]:
    """Properties of the entity the operation answers with, dereferenced (`items`: the pointer
    of a list answer's items)."""
    props = _object(entity_schema(op, api, items).get("properties"))
    return {k: _object(api.spec.deref(v)) for k, v in props.items()}


def entity_schema(op: Operation, api: Api, items: str = "") -> dict[str, Any]:
    """The schema of the entity the operation answers with (the item of an array answer, or of
    the array at the `items` pointer)."""
    for response in op.success_responses:
        schema = _object(api.spec.deref(response.schema or {}))
        if items:
            schema = schema_at(schema, split_pointer(items), api)
        if "array" in walk.declared_types(schema):
            schema = _object(api.spec.deref(schema.get("items") or {}))
        schema = walk.merged_object(schema, api.spec.deref)
        if schema.get("properties"):
            return schema
    return {}


def schema_at(schema: Any, tokens: list[str], api: Api) -> dict[str, Any]:
    """The object schema at a path of property names below `schema` ({} when there is none)."""
    node = walk.merged_object(schema, api.spec.deref)
    for token in tokens:
        child = _object(node.get("properties")).get(token)
        node = walk.merged_object(child, api.spec.deref)
    return node


def complete(op: Operation, api: Api, entity: dict[str, Any]) -> dict[str, Any]:
    """The entity with the body schema's defaults for fields not sent, and a value for every
    field the answer requires that nobody sent (server fields such as `created_at`)."""
    body = _object(api.spec.deref(op.body.schema)) if op.body else {}
    for name, prop in _object(body.get("properties")).items():
        prop = _object(api.spec.deref(prop))
        if name not in entity and "default" in prop:
            entity[name] = prop["default"]
    answer = entity_schema(op, api)
    properties = entity_properties(op, api)
    for name in answer.get("required") or ():
        if name not in entity and isinstance(name, str):
            entity[name] = _server_value(properties.get(name, {}))
    return entity


def _server_value(schema: dict[str, Any]) -> Any:
    types = walk.declared_types(schema)
    if "default" in schema:
        return schema["default"]
    if "null" in types or schema.get("nullable") is True:
        return None
    if schema.get("format") == "date-time":
        return clock.now().isoformat(timespec="seconds").replace("+00:00", "Z")
    if schema.get("format") == "date":
        return clock.now().date().isoformat()
    empty: dict[str, Any] = {"integer": 0, "number": 0, "boolean": False, "array": [], "object": {}}
    return next((empty[t] for t in types if t in empty), "")


def entity_field(param: str, properties: dict[str, Any]) -> str:
    """The entity field a parent path parameter names (`projectId` -> `project_id`)."""
    if param in properties:
        return param
    wanted = param.replace("_", "").lower()
    return next((f for f in properties if f.replace("_", "").lower() == wanted), param)


def _pagination(op: Operation) -> Pagination | None:
    names = {p.name for p in op.parameters if p.location == "query"}
    if {"limit", "offset"} <= names:
        return Pagination(style="offset")
    for page in ("page", "page_number"):
        if page in names:
            limit = next((n for n in ("per_page", "page_size", "limit") if n in names), "limit")
            return Pagination(style="page-number", page_param=page, limit_param=limit)
    return None


def _param(segment: str) -> str:
    match = _PARAM.match(segment)
    return match.group(1) if match else segment


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


_MESSAGE_FIELDS = ("message", "detail", "error", "title", "description", "msg")
_STATUS_FIELDS = ("code", "status", "status_code", "statusCode")


def error_body(op: Operation, status: int, message: str, api: Api) -> Any:
    """An error answer shaped like the schema the operation documents for `status` (or its
    default): the message and the status in the fields named for them, every other required
    field filled from its schema."""
    response = op.response_for(status)
    schema = walk.merged_object(response.schema, api.spec.deref) if response else {}
    properties = {
        k: _object(api.spec.deref(v)) for k, v in _object(schema.get("properties")).items()
    }
    if not properties:
        return {"message": message}
    body: dict[str, Any] = {}
    for name, prop in properties.items():
        types = walk.declared_types(prop)
        if name in _MESSAGE_FIELDS and ("string" in types or not types):
            body[name] = message
        elif name in _STATUS_FIELDS and ("integer" in types or "number" in types):
            body[name] = status
        elif name in _STATUS_FIELDS and "string" in types:
            body[name] = str(status)
    for name in schema.get("required") or ():
        if isinstance(name, str) and name not in body:
            body[name] = _server_value(properties.get(name, {}))
    return body
