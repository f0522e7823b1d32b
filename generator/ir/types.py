"""Python annotations for JSON schemas, and the registry of model classes behind them.

Every schema that needs a class (components, inline objects of bodies and responses, compositions)
is registered once under a unique PascalCase name; the models module is generated from the
registry by datamodel-code-generator. Annotations refer to classes as `_models.Name`.
"""

from __future__ import annotations

from typing import Any

from generator.ir.names import UniqueNames, pascal_case
from generator.spec.loader import LoadedSpec, SpecError, split_pointer

MODELS_ALIAS = "_models"
COMPONENT_PREFIX = "#/components/schemas/"
# Keywords whose value maps names to schemas, and keywords whose value is data, not schema.
_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const"})
_SCALARS = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_STRING_FORMATS = {
    "date": "_dt.date",
    "date-time": "_dt.datetime",
    "time": "str",
    "uuid": "_uuid.UUID",
    "binary": "bytes",
}


def strip_code_extensions(node: Any) -> Any:
    """Copy of a schema without keys that tell a code generator to import or run something."""
    if isinstance(node, dict):
        return {
            k: strip_code_extensions(v)
            for k, v in node.items()
            if not (isinstance(k, str) and k.startswith(("x-python", "x-enum-varnames")))
            and k not in ("customTypePath", "customBasePath", "default_factory")
        }
    if isinstance(node, list):
        return [strip_code_extensions(v) for v in node]
    return node


class ModelRegistry:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = {}
        self.warnings: list[SpecError] = []
        self._names = UniqueNames()
        self._by_ref: dict[str, str] = {}
        components = spec.document.get("components") or {}
        schemas = components.get("schemas") if isinstance(components, dict) else None
        for key in schemas if isinstance(schemas, dict) else {}:
            self._by_ref[COMPONENT_PREFIX + _escape(key)] = self._names.claim(pascal_case(key))
        for ref in list(self._by_ref):
            self._register(ref)

    # -- classes ---------------------------------------------------------------------------
    def _register(self, ref: str) -> str:
        name = self._by_ref[ref]
        if name not in self.schemas:
            self.schemas[name] = {}  # placeholder first: recursive schemas refer to themselves
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
        self.schemas[name] = self._rewrite(schema, at)
        return name

    def _rewrite(self, node: Any, at: str) -> Any:
        """Schema copy whose refs point at registered classes (`#/components/schemas/<class>`)."""
        if isinstance(node, list):
            return [self._rewrite(v, f"{at}/{i}") for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in strip_code_extensions(node).items():
            if key == "$ref":
                name = self.class_for_ref(value, at)
                if name is not None:
                    out[key] = COMPONENT_PREFIX + name
            elif key in _DATA_KEYWORDS or str(key).startswith("x-"):
                out[key] = value
            elif key in _SCHEMA_MAPS and isinstance(value, dict):
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
        type_list = types if isinstance(types, list) else [types] if types else []
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
            base = self._single(schema, hint, at)
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


def _escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")
