"""Python annotations for JSON schemas, and the registry of model classes behind them.

Every schema that needs a class (components, inline objects of bodies and responses, compositions)
is registered once under a unique PascalCase name; the models module is generated from the
registry by datamodel-code-generator. Annotations refer to classes as `_models.Name`.
"""

from __future__ import annotations

from typing import Any

from generator.ir.names import UniqueNames, pascal_case
from generator.spec.loader import LoadedSpec, SpecError, escape_pointer_token, split_pointer

MODELS_ALIAS = "_models"
COMPONENT_PREFIX = "#/components/schemas/"
# Keywords whose value maps names to schemas, and keywords whose value is data, not schema.
SCHEMA_MAP_KEYWORDS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const"})
# Shapes checked before the models generator sees a schema: a list of what, or a schema.
_LIST_KEYWORDS: dict[str, type | tuple[type, ...]] = {
    "required": str,
    "allOf": dict,
    "oneOf": dict,
    "anyOf": dict,
    "enum": object,
}
_SCHEMA_KEYWORDS = frozenset({"items", "additionalProperties", "not"})
_CODE_KEYS = frozenset({"customTypePath", "customBasePath", "default_factory"})
_SCALARS = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
# Formats the models keep; others (email, uri, hostname...) stay plain strings: their pydantic types
# need optional packages or reject values real servers send.
_KEPT_FORMATS = frozenset(
    {"date", "date-time", "time", "uuid", "binary", "byte", "int32", "int64", "float", "double"}
)
# Keywords dropped from model schemas: a `pattern` may not compile in pydantic's regex engine (or
# exceed its size limit) and would break `import models`; examples are documentation only; a
# discriminator makes subclasses narrow an inherited field (mypy rejects it) and its mapping often
# names schemas that do not match: unions are validated by their members' shapes instead.
_DROPPED_KEYWORDS = frozenset(
    {"pattern", "patternProperties", "example", "examples", "discriminator"}
)
_STRING_FORMATS = {
    "date": "_dt.date",
    "date-time": "_dt.datetime",
    "time": "str",
    "uuid": "_uuid.UUID",
    "binary": "bytes",
}


def is_code_key(key: Any) -> bool:
    """A key that tells datamodel-code-generator to name, import or run something (`x-python-type`,
    `x-datamodel-code-generator-field-name`, `customTypePath`...): never passed on."""
    return isinstance(key, str) and (key.startswith("x-") or key in _CODE_KEYS)


def strip_code_extensions(node: Any) -> Any:
    """Copy of plain data (a default, an enum) without code keys at any depth."""
    if isinstance(node, dict):
        return {k: strip_code_extensions(v) for k, v in node.items() if not is_code_key(k)}
    if isinstance(node, list):
        return [strip_code_extensions(v) for v in node]
    return node


class ModelRegistry:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = {}
        self.origins: dict[str, str] = {}  # class name -> JSON pointer of its schema in the spec
        self.warnings: list[SpecError] = []
        self._names = UniqueNames()
        self._by_ref: dict[str, str] = {}
        components = spec.document.get("components") or {}
        schemas = components.get("schemas") if isinstance(components, dict) else None
        for key in schemas if isinstance(schemas, dict) else {}:
            self._by_ref[COMPONENT_PREFIX + escape_pointer_token(key)] = self._names.claim(pascal_case(key))
        for ref in list(self._by_ref):
            self._register(ref)

    # -- classes ---------------------------------------------------------------------------
    def _register(self, ref: str) -> str:
        name = self._by_ref[ref]
        if name not in self.schemas:
            self.schemas[name] = {}  # placeholder first: recursive schemas refer to themselves
            self.origins[name] = ref[1:]
            target = self.spec.resolve_ref(ref, ref[1:]) if self._resolvable(ref) else {}
            self.schemas[name] = self._rewrite(target, ref[1:])
        return name

    def _resolvable(self, ref: str) -> bool:
        try:
            self.spec.resolve_ref(ref)
        except SpecError as err:
            self.warnings.append(err)
            return False
        return True

    def class_for_ref(self, ref: str, at: str) -> str | None:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            self.warnings.append(
                self.spec.error(at, f"remote $ref {ref!r} not followed; using Any")
            )
            return None
        if ref not in self._by_ref:
            hint = split_pointer(ref[1:])[-1] if ref != "#/" else "Root"
            self._by_ref[ref] = self._names.claim(pascal_case(hint))
        return self._register(ref)

    def hoist(self, schema: dict[str, Any], hint: str, at: str) -> str:
        name = self._names.claim(pascal_case(hint))
        self.schemas[name] = {}
        self.origins[name] = at
        self.schemas[name] = self._rewrite(schema, at)
        return name

    def _rewrite(self, node: Any, at: str) -> Any:
        """Schema copy whose refs point at registered classes (`#/components/schemas/<class>`)."""
        if isinstance(node, list):
            return [self._rewrite(v, f"{at}/{i}") for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if is_code_key(key) or key in _DROPPED_KEYWORDS or not _well_formed(key, value):
                continue
            if key == "$ref":
                name = self.class_for_ref(value, at)
                if name is not None:
                    out[key] = COMPONENT_PREFIX + name
            elif key in _DATA_KEYWORDS and _printable(value):
                out[key] = strip_code_extensions(value)
            elif key in _DATA_KEYWORDS:
                continue  # the models generator does not escape every line break in its literals
            elif key in SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
                out[key] = {k: self._rewrite(v, f"{at}/{key}/{k}") for k, v in value.items()}
            else:
                out[key] = self._rewrite(value, f"{at}/{key}")
        return out

    # -- annotations -----------------------------------------------------------------------
    def annotation(self, schema: Any, hint: str, at: str, *, hoist_objects: bool = True) -> str:
        """Python type for a schema; inline objects and compositions become hoisted classes."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        if "$ref" in schema:
            name = self.class_for_ref(schema["$ref"], at)
            return f"{MODELS_ALIAS}.{name}" if name else "Any"
        nullable = schema.get("nullable") is True
        types = schema.get("type")
        type_list = [
            t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)
        ]
        if "null" in type_list:
            nullable = True
            type_list = [t for t in type_list if t != "null"]
        if any(k in schema for k in ("oneOf", "anyOf", "allOf")) or (
            len(type_list) == 1
            and type_list[0] == "object"
            and isinstance(schema.get("properties"), dict)
            and schema["properties"]
        ):
            if not hoist_objects:
                return "Any"
            base = f"{MODELS_ALIAS}.{self.hoist(schema, hint, at)}"
        elif len(type_list) > 1:
            parts = [self._single(dict(schema, type=t), hint, at) for t in type_list]
            base = " | ".join(dict.fromkeys(parts))
            if "Any" in parts:
                base = "Any"
        elif not type_list:
            base = "Any"
        else:
            base = self._single(dict(schema, type=type_list[0]), hint, at)
        if nullable and base != "Any" and not base.endswith("| None"):
            base = f"{base} | None"
        return base

    def _single(self, schema: dict[str, Any], hint: str, at: str) -> str:
        kind = schema.get("type")
        if kind == "string":
            return _STRING_FORMATS.get(str(schema.get("format")), "str")
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            items = schema.get("items")
            inner = self.annotation(items, f"{hint}Item", f"{at}/items")
            return f"list[{inner}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(extra, f"{hint}Value", f"{at}/additionalProperties")
                return f"dict[str, {value}]"
            return "dict[str, Any]"
        return "Any"


def _printable(value: Any) -> bool:
    """True when every string in plain data (keys included) has only printable characters."""
    if isinstance(value, str):
        return value.isprintable()
    if isinstance(value, dict):
        return all(_printable(k) and _printable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_printable(v) for v in value)
    return True


def _well_formed(key: str, value: Any) -> bool:
    """False for a keyword to leave out: a format we don't map, or a value of the wrong shape."""
    if key == "format":
        return isinstance(value, str) and value in _KEPT_FORMATS
    if key in _LIST_KEYWORDS:
        return isinstance(value, list) and all(isinstance(v, _LIST_KEYWORDS[key]) for v in value)
    if key == "type":
        return isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        )
    return not (key in SCHEMA_MAP_KEYWORDS or key in _SCHEMA_KEYWORDS) or isinstance(
        value, dict | bool
    )


