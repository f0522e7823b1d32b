"""Precompiled JSON Schema validators and parameter coercion for the mock engine.

Every schema of the spec is compiled once, when the app is built; a request only runs the
compiled Rust validators. Nested `$ref`s resolve against the whole spec document, which is
registered once under `SPEC_URI`.
"""

from __future__ import annotations

import math
import re
from typing import Any

import jsonschema_rs

from generator.spec import walk

SPEC_URI = "urn:mock-spec"
_INTEGER = re.compile(r"^-?[0-9]{1,4000}$")
_NUMBER = re.compile(r"^-?[0-9]{1,30}(\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?$")


class SchemaCompiler:
    """Compiles schemas of one spec document (an OpenAPI 3.1 document: JSON Schema 2020-12)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.registry = jsonschema_rs.Registry([(SPEC_URI, document)])

    def compile(self, schema: dict[str, Any] | None) -> Validator:
        if not schema:
            return Validator(None)
        absolute = _absolute_refs(schema)
        return Validator(
            jsonschema_rs.Draft202012Validator(
                absolute, validate_formats=True, registry=self.registry
            )
        )


class Validator:
    """A compiled schema; `problem(value)` is None when the value is valid."""

    def __init__(self, compiled: Any) -> None:
        self._compiled = compiled

    def problem(self, value: Any) -> tuple[str, str] | None:
        """(JSON pointer of the bad value, message) of the first error, or None."""
        if self._compiled is None or self._compiled.is_valid(value):
            return None
        for error in self._compiled.iter_errors(value):
            pointer = "".join(f"/{part}" for part in error.instance_path)
            return pointer, _message(error)
        return None


_BRANCH_MESSAGES = {
    "AnyOf": "matches none of the allowed shapes (anyOf)",
    "OneOfNotValid": "matches none of the allowed shapes (oneOf)",
    "OneOfMultipleValid": "matches more than one of the allowed shapes (oneOf)",
}


def _message(error: Any) -> str:
    """The validator's message, without the whole value a branch keyword would quote."""
    branch = _BRANCH_MESSAGES.get(type(error.kind).__name__)
    return branch if branch else str(error.message)[:300]


# OpenAPI's integer formats are ranges (JSON Schema leaves unknown formats unchecked); tools such
# as Schemathesis send values past them as invalid data, which the vendor would refuse.
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _absolute_refs(node: Any) -> Any:
    """Copy of a schema whose local `#...` refs point into the registered spec document, with
    the range of an `int32`/`int64` format spelled out as minimum/maximum."""
    if isinstance(node, dict):
        copy = {
            key: (SPEC_URI + value)
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolute_refs(value)
            for key, value in node.items()
        }
        bounds = _INTEGER_RANGES.get(str(node.get("format")))
        if bounds is not None:
            copy.setdefault("minimum", bounds[0])
            copy.setdefault("maximum", bounds[1])
        return copy
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node


def coerce_text(text: str, schema: dict[str, Any]) -> Any:
    """Turn a query, path or header string into the JSON value its schema asks for.

    A string that fits no declared type stays a string, so the validator rejects it.
    """
    types = walk.declared_types(schema)
    for kind in types:
        value = _coerce_one(text, kind)
        if value is not _NO_VALUE:
            return value
    return text


_NO_VALUE = object()


def _coerce_one(text: str, kind: str) -> Any:
    if kind == "integer" and _INTEGER.match(text):
        return int(text)
    if kind == "number" and _NUMBER.match(text):
        number = float(text)
        if not math.isfinite(number):
            return _NO_VALUE
        return int(number) if number.is_integer() and "." not in text else number
    if kind == "number" and _INTEGER.match(text):
        return int(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "null" and text in ("", "null"):
        return None
    if kind == "string":
        return text
    return _NO_VALUE


def coerce_values(
    values: list[str], schema: dict[str, Any], item_schema: dict[str, Any], explode: bool
) -> Any:
    """A query parameter's value(s) as JSON: arrays from repeats (explode) or commas."""
    if "array" in walk.declared_types(schema):
        items = values if explode else [part for v in values for part in v.split(",")]
        return [coerce_text(item, item_schema) for item in items]
    return coerce_text(values[-1], schema)
