"""SDK rules: the public surface of the generated package, computed from the IR (resources,
methods and their keyword arguments, return types, model classes and fields). A renamed
operationId, a moved tag or a renamed schema breaks importers even when the wire is unchanged."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.changes import BREAKING, NON_BREAKING
from generator.diff.context import DiffContext, as_dict
from generator.diff.wire import path_key
from generator.ir.model import Operation
from generator.ir.names import snake_case
from generator.ir.types import COMPONENT_PREFIX
from generator.spec.loader import join_pointer

SDK = "sdk"
# Old operationIds the generated client keeps as methods that warn (DeprecationWarning) for one
# major version; a rename that lists its old id there breaks no caller yet.
PREVIOUS_IDS_KEY = "x-previous-operation-ids"


def _call(op: Operation) -> str:
    return f"client.{op.resource}.{op.py_name}()"


def compare(ctx: DiffContext) -> None:
    _resources(ctx)
    _methods(ctx)
    _models(ctx)


def _resources(ctx: DiffContext) -> None:
    old = {r.attr_name: r for r in ctx.old.api.resources}
    new = {r.attr_name: r for r in ctx.new.api.resources}
    for name in sorted(set(old) - set(new)):
        at = old[name].operations[0].pointer
        ctx.add(
            "sdk-resource-removed",
            BREAKING,
            SDK,
            "",
            at,
            f"resource client.{name} removed",
            side="old",
        )
    for name in sorted(set(new) - set(old)):
        ctx.add(
            "sdk-resource-added",
            NON_BREAKING,
            SDK,
            "",
            new[name].operations[0].pointer,
            f"resource client.{name} added",
        )


def _methods(ctx: DiffContext) -> None:
    old = {(op.method, path_key(op.path)): op for op in ctx.old.api.operations}
    new = {(op.method, path_key(op.path)): op for op in ctx.new.api.operations}
    old_calls = {_call(op) for op in old.values()}
    new_calls = {_call(op) for op in new.values()}
    for key in sorted(set(old) - set(new)):
        op = old[key]
        if _call(op) not in new_calls:
            ctx.add(
                "sdk-method-removed",
                BREAKING,
                SDK,
                op.label,
                op.pointer,
                f"{_call(op)} removed",
                side="old",
            )
    for key in sorted(set(new) - set(old)):
        op = new[key]
        if _call(op) not in old_calls:
            ctx.add(
                "sdk-method-added", NON_BREAKING, SDK, op.label, op.pointer, f"{_call(op)} added"
            )
    for key in sorted(set(old) & set(new)):
        a, b = old[key], new[key]
        if _call(a) != _call(b) and a.operation_id in previous_ids(ctx, b):
            ctx.add(
                "sdk-method-renamed-with-alias",
                NON_BREAKING,
                SDK,
                b.label,
                b.pointer,
                f"{_call(a)} is now {_call(b)}; the old name stays as a deprecated alias "
                "until the next major version: rename the calls",
            )
        elif _call(a) != _call(b):
            ctx.add(
                "sdk-method-renamed",
                BREAKING,
                SDK,
                b.label,
                b.pointer,
                f"{_call(a)} is now {_call(b)} (operationId or tag changed): rename the calls",
            )
        if b.deprecated and not a.deprecated:
            ctx.add(
                "sdk-method-deprecated",
                NON_BREAKING,
                SDK,
                b.label,
                b.pointer,
                f"{_call(b)} is deprecated",
            )
        _signature(ctx, a, b)


def previous_ids(ctx: DiffContext, op: Operation) -> list[str]:
    """`x-previous-operation-ids` of an operation: old names kept as deprecated aliases."""
    raw = as_dict(ctx.new.api.spec.resolve_pointer(op.pointer))
    ids = raw.get(PREVIOUS_IDS_KEY)
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _signature(ctx: DiffContext, old: Operation, new: Operation) -> None:
    call = _call(new)[:-2]
    a = {p.py_name: p for p in old.parameters}
    b = {p.py_name: p for p in new.parameters}
    for name in sorted(set(a) - set(b)):
        ctx.add(
            "sdk-parameter-removed",
            BREAKING,
            SDK,
            new.label,
            join_pointer(old.pointer, "parameters"),
            f"{call}({name}=) removed: drop the argument",
            side="old",
        )
    for name in sorted(set(b) - set(a)):
        at = join_pointer(new.pointer, "parameters")
        if b[name].required:
            ctx.add(
                "sdk-parameter-added-required",
                BREAKING,
                SDK,
                new.label,
                at,
                f"{call}({name}=) is now required: pass it",
            )
        else:
            ctx.add(
                "sdk-parameter-added",
                NON_BREAKING,
                SDK,
                new.label,
                at,
                f"{call}({name}=) added (optional)",
            )
    for name in sorted(set(a) & set(b)):
        at = join_pointer(new.pointer, "parameters", name)
        if b[name].required and not a[name].required:
            ctx.add(
                "sdk-parameter-became-required",
                BREAKING,
                SDK,
                new.label,
                at,
                f"{call}({name}=) is now required: pass it",
            )
        elif a[name].required and not b[name].required:
            ctx.add(
                "sdk-parameter-became-optional",
                NON_BREAKING,
                SDK,
                new.label,
                at,
                f"{call}({name}=) is now optional",
            )
        if a[name].annotation != b[name].annotation and accepts(
            b[name].annotation, a[name].annotation
        ):
            ctx.add(
                "sdk-parameter-type-widened",
                NON_BREAKING,
                SDK,
                new.label,
                at,
                f"{call}({name}=) now also accepts {b[name].annotation} (was {a[name].annotation})",
            )
        elif a[name].annotation != b[name].annotation:
            ctx.add(
                "sdk-parameter-type-changed",
                BREAKING,
                SDK,
                new.label,
                at,
                f"{call}({name}=) type {a[name].annotation} is now {b[name].annotation}",
            )
    old_body, new_body = old.body, new.body
    at = join_pointer(new.pointer, "requestBody")
    if old_body and new_body and old_body.annotation != new_body.annotation:
        ctx.add(
            "sdk-body-type-changed",
            BREAKING,
            SDK,
            new.label,
            at,
            f"{call}(body=) type {old_body.annotation} is now {new_body.annotation}",
        )
    elif new_body and new_body.required and not (old_body and old_body.required):
        ctx.add(
            "sdk-parameter-added-required",
            BREAKING,
            SDK,
            new.label,
            at,
            f"{call}(body=) is now required: pass it",
        )
    elif old_body and not new_body:
        ctx.add(
            "sdk-parameter-removed",
            BREAKING,
            SDK,
            new.label,
            join_pointer(old.pointer, "requestBody"),
            f"{call}(body=) removed: drop the argument",
            side="old",
        )
    if old.result_annotation != new.result_annotation:
        ctx.add(
            "sdk-return-type-changed",
            BREAKING,
            SDK,
            new.label,
            join_pointer(new.pointer, "responses"),
            f"{call}() now returns {new.result_annotation} (was {old.result_annotation})",
        )


def accepts(new: str, old: str) -> bool:
    """Whether an argument typed `new` takes every value `old` took (a wider input type)."""
    new_parts = {p.strip() for p in new.split("|")}
    return new == "Any" or all(
        p.strip() in new_parts or (p.strip() == "int" and "float" in new_parts)
        for p in old.split("|")
    )


def _models(ctx: DiffContext) -> None:
    old, new = ctx.old.api.model_schemas, ctx.new.api.model_schemas
    added = set(new) - set(old)
    by_shape = {_shape(new[name]): name for name in sorted(added)}
    renamed_to: set[str] = set()
    for name in sorted(set(old) - set(new)):
        at = ctx.old.api.model_origins.get(name, "/components/schemas")
        target = by_shape.get(_shape(old[name]))
        if target and target not in renamed_to:
            renamed_to.add(target)
            ctx.add(
                "sdk-model-renamed",
                BREAKING,
                SDK,
                "",
                ctx.new.api.model_origins.get(target, at),
                f"model {name} is now {target}: rename the imports",
            )
        else:
            ctx.add("sdk-model-removed", BREAKING, SDK, "", at, f"model {name} removed", side="old")
    for name in sorted(added - renamed_to):
        ctx.add(
            "sdk-model-added",
            NON_BREAKING,
            SDK,
            "",
            ctx.new.api.model_origins.get(name, ""),
            f"model {name} added",
        )
    for name in sorted(set(old) & set(new)):
        _fields(ctx, name, old[name], new[name])


def _shape(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


def _fields(ctx: DiffContext, model: str, old: Any, new: Any) -> None:
    a, b = _field_map(old), _field_map(new)
    origin = ctx.new.api.model_origins.get(model, "")
    old_origin = ctx.old.api.model_origins.get(model, origin)
    for name in sorted(set(a) - set(b)):
        ctx.add(
            "sdk-model-field-removed",
            BREAKING,
            SDK,
            "",
            join_pointer(old_origin, "properties", a[name][2]),
            f"{model}.{name} removed",
            side="old",
        )
    for name in sorted(set(b) - set(a)):
        at = join_pointer(origin, "properties", b[name][2])
        if b[name][1]:
            ctx.add(
                "sdk-model-field-added-required",
                BREAKING,
                SDK,
                "",
                at,
                f"{model}({name}=) is now required: pass it",
            )
        else:
            ctx.add("sdk-model-field-added", NON_BREAKING, SDK, "", at, f"{model}.{name} added")
    for name in sorted(set(a) & set(b)):
        (old_type, old_req, _), (new_type, new_req, wire) = a[name], b[name]
        at = join_pointer(origin, "properties", wire)
        if old_type != new_type:
            ctx.add(
                "sdk-model-field-type-changed",
                BREAKING,
                SDK,
                "",
                at,
                f"{model}.{name} type {old_type} is now {new_type}",
            )
        if new_req and not old_req:
            ctx.add(
                "sdk-model-field-became-required",
                BREAKING,
                SDK,
                "",
                at,
                f"{model}({name}=) is now required: pass it",
            )
        elif old_req and not new_req:
            ctx.add(
                "sdk-model-field-became-optional",
                BREAKING,
                SDK,
                "",
                at,
                f"{model}.{name} may now be None: handle it",
            )


def _field_map(schema: Any) -> dict[str, tuple[str, bool, str]]:
    """Python field name -> (type, required, property name) of a model class."""
    schema = as_dict(schema)
    required = {r for r in schema.get("required") or [] if isinstance(r, str)}
    return {
        snake_case(str(prop)): (field_type(node), prop in required, str(prop))
        for prop, node in as_dict(schema.get("properties")).items()
    }


def field_type(node: Any) -> str:
    """A field's type, spelled the way it reads in the models (class names for references)."""
    node = as_dict(node)
    ref = node.get("$ref")
    if isinstance(ref, str):
        return ref.removeprefix(COMPONENT_PREFIX)
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(node.get(key), list):
            return " | ".join(field_type(v) for v in node[key])
    raw = node.get("type")
    types = [t for t in (raw if isinstance(raw, list) else [raw]) if isinstance(t, str)]
    if node.get("nullable") is True:
        types.append("null")
    parts = [f"list[{field_type(node.get('items'))}]" if t == "array" else t for t in types]
    if isinstance(node.get("enum"), list):
        parts = parts or ["enum"]
    return " | ".join(parts) or "Any"
