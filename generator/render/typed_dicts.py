"""Plain-data forms of request bodies: a `TypedDict` for each object model a body reaches
(`TimeEntryCreateDict`, keyed by the JSON names, since the dict is sent as it is), so that mypy
checks `body={"hours": "six"}` as it checks `TimeEntryCreate(hours="six")`.

Read from the IR's model registry (`Api.model_schemas`, whose refs already name model classes);
written at the end of the models module, after the classes they mirror.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from generator.ir.names import RESERVED, UniqueNames, pascal_case
from generator.ir.types import ANY, COMPONENT_PREFIX, TypeRef, scalar_type
from generator.render.filters import docstring
from generator.render.models import add_import

_DICT_ANY = TypeRef("dict", args=(ANY,))
# Names the annotations of a TypedDict use bare: a key spelled like one is written in the
# functional syntax, where keys are strings and cannot shadow them.
_BARE_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})
_IMPORTS = (
    ("_dt.", "import datetime as _dt"),
    ("_uuid.", "import uuid as _uuid"),
    ("_Sequence[", "from collections.abc import Sequence as _Sequence"),
    ("_Any", "from typing import Any as _Any"),
    ("_Literal[", "from typing import Literal as _Literal"),
    ("_NotRequired[", "from typing import NotRequired as _NotRequired"),
    ("_TypedDict", "from typing import TypedDict as _TypedDict"),
)


@dataclass
class TypedDictClass:
    name: str
    mirrors: str  # what it is the plain form of: a model class, or a model's field
    fields: dict[str, tuple[TypeRef, bool]]  # JSON key -> value type, required
    doc: str = ""  # when not the plain form of `mirrors`


class BodyTypes:
    """The types a request body is accepted as, and the TypedDicts they need."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.classes: dict[str, TypedDictClass] = {}  # by name, in the order first needed
        self._names = UniqueNames([*RESERVED, *schemas])  # `ConfigDict` is pydantic's
        self._by_model: dict[str, TypeRef] = {}
        self._open: set[str] = set()

    def accepted(self, annotation: TypeRef) -> TypeRef:
        """`annotation` with each model class widened to `Model | ModelDict` (or the model's
        other plain form: a list, a Literal of its enum values)."""
        if annotation.kind == "model":
            return self._model(annotation.name)
        if annotation.kind == "union":
            return TypeRef.union(*(self.accepted(a) for a in annotation.args))
        if annotation.kind in ("list", "dict"):
            return _container(annotation.kind, self.accepted(annotation.args[0]))
        return annotation

    def form(self, schema: dict[str, Any], hint: str, label: str) -> TypeRef | None:
        """The fields of the form body of the operation `label` as a TypedDict (no model
        class: the body is sent as it is), or None when its schema is not one object."""
        shape = self._object(schema)
        if shape is None:
            return None
        name = self._typed_dict(hint, label, *shape)
        self.classes[name].doc = f"The form body of `{label}`, keyed by its field names."
        return TypeRef.model(name)

    def _model(self, name: str) -> TypeRef:
        if name in self._by_model:
            return self._by_model[name]
        schema = self.schemas.get(name)
        if name in self._open or not isinstance(schema, dict):
            return TypeRef.model(name)
        shape = self._object(schema)
        if shape is not None:  # named before its fields, which may refer back to it
            typed_dict = self._names.claim(f"{name}Dict")
            self._by_model[name] = TypeRef.union(TypeRef.model(name), TypeRef.model(typed_dict))
            self._fill(typed_dict, name, name, *shape)
            return self._by_model[name]
        self._open.add(name)
        plain = self._plain(schema, name, name)
        self._open.discard(name)
        self._by_model[name] = TypeRef.union(TypeRef.model(name), plain)
        return self._by_model[name]

    def _plain(self, schema: Any, hint: str, mirrors: str) -> TypeRef:
        """The plain-data type of a schema (its refs widened like a body's)."""
        if not isinstance(schema, dict) or not schema:
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            return self._model(ref.removeprefix(COMPONENT_PREFIX))
        nullable = schema.get("nullable") is True
        shape = self._object(schema)
        if shape is not None:
            base = TypeRef.model(self._typed_dict(hint, mirrors, *shape))
        elif isinstance(schema.get("enum"), list) and schema["enum"]:
            base, nullable = _literal(schema["enum"]), nullable or None in schema["enum"]
        elif isinstance(branches := schema.get("oneOf") or schema.get("anyOf"), list):
            base = TypeRef.union(*(self._plain(b, hint, mirrors) for b in branches))
        elif isinstance(schema.get("allOf"), list):
            parts = schema["allOf"]
            base = self._plain(parts[0], hint, mirrors) if len(parts) == 1 else _DICT_ANY
        else:
            types = schema.get("type")
            kinds = [t for t in (types if isinstance(types, list) else [types]) if t != "null"]
            nullable = nullable or kinds != (types if isinstance(types, list) else [types])
            found = [self._single(schema, t, hint, mirrors) for t in kinds if isinstance(t, str)]
            base = TypeRef.union(*found) if found else ANY
        return base.optional() if nullable else base

    def _single(self, schema: dict[str, Any], kind: str, hint: str, mirrors: str) -> TypeRef:
        scalar = scalar_type({**schema, "type": kind})
        if scalar is not None:
            return scalar
        if kind == "array":
            return _container("list", self._plain(schema.get("items"), f"{hint}Item", mirrors))
        extra = schema.get("additionalProperties")
        if kind == "object" and isinstance(extra, dict) and extra:
            return _container("dict", self._plain(extra, f"{hint}Value", mirrors))
        return _DICT_ANY if kind == "object" else ANY

    def _object(
        self, schema: dict[str, Any], depth: int = 0
    ) -> tuple[dict[str, Any], set[str]] | None:
        """Properties and required keys of an object schema (its `allOf` parts merged), or None
        when it is not one object."""
        if depth > 8 or "oneOf" in schema or "anyOf" in schema:
            return None
        own = schema.get("properties")
        parts: list[Any] = schema["allOf"] if isinstance(schema.get("allOf"), list) else []
        if not isinstance(own, dict) and not parts:
            return None
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in parts:
            if _constraint_only(part):
                listed = part.get("required")
                required |= set(listed) if isinstance(listed, list) else set()
                continue
            target = part
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                target = self.schemas.get(part["$ref"].removeprefix(COMPONENT_PREFIX))
            merged = self._object(target, depth + 1) if isinstance(target, dict) else None
            if merged is None:
                return None
            properties.update(merged[0])
            required |= merged[1]
        properties.update({str(k): v for k, v in own.items()} if isinstance(own, dict) else {})
        listed = schema.get("required")
        required |= {k for k in listed if isinstance(k, str)} if isinstance(listed, list) else set()
        return properties, required & set(properties)

    def _typed_dict(
        self, hint: str, mirrors: str, properties: dict[str, Any], required: set[str]
    ) -> str:
        name = self._names.claim(f"{hint}Dict")
        self._fill(name, hint, mirrors, properties, required)
        return name

    def _fill(
        self, name: str, hint: str, mirrors: str, properties: dict[str, Any], required: set[str]
    ) -> None:
        cls = TypedDictClass(name, mirrors, {})
        self.classes[name] = cls
        for key, prop in properties.items():
            if isinstance(prop, dict) and prop.get("readOnly") is True:
                continue  # the server's to set: never sent
            field_hint = f"{hint}{pascal_case(key, 'Field')}"
            within = f"{mirrors}.{key}" if _attribute_key(key) else mirrors
            cls.fields[key] = (self._plain(prop, field_hint, within), key in required)

    def added_to(self, models: str) -> str:
        """The models module with the TypedDict classes at its end (and what they import)."""
        if not self.classes:
            return models
        code = "".join(_class_source(cls) for cls in self.classes.values())
        source = models.rstrip("\n") + "\n" + code
        needed = [line for marker, line in _IMPORTS if marker in code and line not in models]
        return add_import(source, *needed)


def _constraint_only(part: Any) -> bool:
    """An `allOf` part that adds no properties, only rules (`required`, or `anyOf` branches
    that each require other keys)."""
    if not isinstance(part, dict) or {"properties", "$ref", "allOf"} & part.keys():
        return False
    branches = [*(part.get("anyOf") or []), *(part.get("oneOf") or [])]
    return all(isinstance(b, dict) and not {"properties", "$ref"} & b.keys() for b in branches)


def _container(kind: str, inner: TypeRef) -> TypeRef:
    """`list[...]` of plain values; a `Sequence` where models or dicts go (a list is invariant:
    a `list[Dict]` would not pass for a `list[Model | Dict]`)."""
    if kind == "list" and _names_a_class(inner):
        return TypeRef("sequence", args=(inner,))
    return TypeRef(kind, args=(inner,))


def _names_a_class(annotation: TypeRef) -> bool:
    return annotation.kind == "model" or any(_names_a_class(a) for a in annotation.args)


def _literal(values: list[Any]) -> TypeRef:
    kept = [v for v in values if isinstance(v, str | int) and v is not None]
    if not kept or len(kept) != len([v for v in values if v is not None]):
        return ANY
    return TypeRef("literal", ", ".join(repr(v) for v in dict.fromkeys(kept)))


def _value(annotation: TypeRef, required: bool) -> str:
    text = annotation.render(models="", typing="_")
    return text if required else f"_NotRequired[{text}]"


def _class_source(cls: TypedDictClass) -> str:
    doc = cls.doc or f"`{cls.mirrors}` as plain data, keyed by the JSON names."
    if all(_attribute_key(key) for key in cls.fields):
        body = [f"    {key}: {_value(t, req)}" for key, (t, req) in cls.fields.items()]
        return f"\n\nclass {cls.name}(_TypedDict):\n    {docstring(doc)}\n\n" + "\n".join(body) + "\n"
    items = [f"    {key!r}: {_value(t, req)!r}," for key, (t, req) in cls.fields.items()]
    return f"\n\n# {doc}\n{cls.name} = _TypedDict(\n    {cls.name!r},\n    {{\n" + "\n".join(
        f"    {item}" for item in items
    ) + "\n    },\n)\n"


def _attribute_key(key: str) -> bool:
    """A key that can be written as a class attribute without changing meaning."""
    return (
        key.isidentifier()
        and key.isascii()
        and not keyword.iskeyword(key)
        and not key.startswith("_")
        and key not in _BARE_NAMES
        and key[0].islower()
    )

