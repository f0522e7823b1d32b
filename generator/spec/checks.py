"""The checks of `validate`: openapi-spec-validator, with spec patterns on safe regex engines,
plus our lint rules (the house rules only in the strict profile).

Imported only when a verdict is not cached: the validators cost ~0.2 s to import.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator import cache
from generator.ir import extensions
from generator.ir.model import HTTP_METHODS
from generator.ir.types import SCHEMA_MAP_KEYWORDS
from generator.spec.loader import LoadedSpec, SpecError, join_pointer

_TOP_LEVEL = {
    "openapi",
    "info",
    "paths",
    "components",
    "servers",
    "security",
    "tags",
    "webhooks",
    "externalDocs",
    "jsonSchemaDialect",
}
_SPEC_URI = "urn:spec"


def _pointer(path: Any) -> str:
    return join_pointer("", *[str(p) for p in path])


@functools.lru_cache(maxsize=4096)
def _pattern_checker(pattern: str) -> Any:
    """A checker for one spec `pattern` on Rust's regex engines, which do not backtrack without
    bound: Python's `re` would take hours on `^(a+)+$` against a long near-miss example."""
    try:
        return jsonschema_rs.validator_for({"pattern": pattern})
    except ValueError:
        raise ValueError(
            f"pattern {pattern!r} is not a regular expression this tool can check"
        ) from None


def _matches(pattern: str, text: str) -> bool:
    return bool(_pattern_checker(pattern).is_valid(text))


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not _matches(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if _matches(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _with_safe_patterns(validator_class: Any) -> Any:
    return validators.extend(
        validator_class, {"pattern": _pattern, "patternProperties": _pattern_properties}
    )


_SAFE_OAS30 = _with_safe_patterns(OAS30Validator)
_SAFE_OAS31 = _with_safe_patterns(OAS31Validator)


class _SafeV30Defaults(keywords.OpenAPIV30ValueValidator):
    value_validator_cls = _SAFE_OAS30


class _SafeV31Defaults(keywords.OpenAPIV31ValueValidator):
    value_validator_cls = _SAFE_OAS31


class _SafeV30SpecValidator(OpenAPIV30SpecValidator):
    """openapi-spec-validator checks `default` values against their schemas: with safe patterns."""

    keyword_validators = {**OpenAPIV30SpecValidator.keyword_validators, "default": _SafeV30Defaults}


class _SafeV31SpecValidator(OpenAPIV31SpecValidator):
    """openapi-spec-validator checks `default` values against their schemas: with safe patterns."""

    keyword_validators = {**OpenAPIV31SpecValidator.keyword_validators, "default": _SafeV31Defaults}


def structural_problems(spec: LoadedSpec) -> Iterator[SpecError]:
    """openapi-spec-validator's findings, located where it gives a full path."""
    version = spec.version
    if version.startswith("3.1"):
        validator_cls: Any = _SafeV31SpecValidator
    elif version.startswith("3.0"):
        validator_cls = _SafeV30SpecValidator
    else:
        yield spec.error("/openapi", f"unsupported OpenAPI version {version!r} (3.0 or 3.1)")
        return
    try:
        errors = list(validator_cls(spec.document).iter_errors())
    except Exception as exc:  # the validator itself can trip over hostile input
        yield spec.error("", f"spec validator failed: {type(exc).__name__}: {exc}")
        return
    for err in errors:
        path = list(err.path)
        message = err.message.splitlines()[0]
        if path and str(path[0]) in _TOP_LEVEL:
            yield spec.error(_pointer(path), message)
        else:
            where = f" (at {_pointer(path)} of a schema)" if path else ""
            yield spec.error("", f"{message}{where}")


class _Linter:
    def __init__(self, spec: LoadedSpec, strict: bool) -> None:
        self.spec = spec
        self.strict = strict
        self.doc = spec.document
        oas30 = spec.version.startswith("3.0")
        self.schema_validator: Any = _SAFE_OAS30 if oas30 else _SAFE_OAS31
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource(_SPEC_URI, resource)

    def problems(self) -> Iterator[SpecError]:
        yield from self.unresolved_refs()
        yield from self.schema_problems()
        seen_ids: dict[str, str] = {}
        for at, op in _operations(self.doc):
            yield from self.operation_id_problems(op, at, seen_ids)
            if self.strict:
                yield from self.house_rules(op, at)
        yield from self.example_problems()
        yield from self.default_problems()
        if self.strict:
            yield from self.stray_key_problems()
        yield from self.extension_problems()

    def extension_problems(self) -> Iterator[SpecError]:
        """Our `x-` extensions with unknown keys, styles or wrongly typed values (build_api parses
        them the same way: one parser, so validate and the IR never disagree)."""
        found: list[SpecError] = []
        report = extensions.collector(self.spec, found)
        for at, op in _operations(self.doc):
            extensions.parse_operation(op, at, report)
            for i, param in enumerate(op.get("parameters") or []):
                if isinstance(param, dict):
                    extensions.parse_parameter(param, f"{at}/parameters/{i}", report)
        for i, server in enumerate(self.doc.get("servers") or []):
            variables = server.get("variables") if isinstance(server, dict) else None
            for name, var in variables.items() if isinstance(variables, dict) else ():
                if isinstance(var, dict):
                    at = join_pointer("/servers", i, "variables", name)
                    extensions.parse_server_variable(var, at, report)
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        for key, scheme in schemes.items() if isinstance(schemes, dict) else ():
            if isinstance(scheme, dict):
                at = join_pointer("/components/securitySchemes", key)
                extensions.parse_scheme(scheme, at, report)
        api_keys = frozenset(
            key
            for key, scheme in (schemes.items() if isinstance(schemes, dict) else ())
            if isinstance(scheme, dict) and scheme.get("type") == "apiKey"
        )
        for at, schema in self.schema_locations():
            for sub_at, sub in _subschemas(at, schema):
                extensions.parse_credential(sub, sub_at, api_keys, report)
        yield from found

    def unresolved_refs(self) -> Iterator[SpecError]:
        stack: list[tuple[str, Any]] = [("", self.doc)]
        while stack:
            at, node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    try:
                        self.spec.resolve_ref(ref, f"{at}/$ref")
                    except SpecError as err:
                        yield err
                stack.extend((join_pointer(at, k), v) for k, v in node.items())
            elif isinstance(node, list):
                stack.extend((join_pointer(at, i), v) for i, v in enumerate(node))

    def schema_locations(self) -> Iterator[tuple[str, Any]]:
        """Every schema the document declares: components and the `schema` of any holder."""
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        if isinstance(schemas, dict):
            for name, schema in schemas.items():
                yield join_pointer("/components/schemas", name), schema
        for at, holder in self.example_holders():
            if isinstance(holder.get("schema"), dict):
                yield f"{at}/schema", holder["schema"]

    def schema_problems(self) -> Iterator[SpecError]:
        self.invalid_schemas: set[str] = set()
        if not self.spec.version.startswith("3.1"):
            return  # 3.0 schemas are checked in place by openapi-spec-validator
        verdicts = _MetaVerdicts(self.spec)
        for at, schema in self.schema_locations():
            for pointer, message, invalid in verdicts.of(schema):
                if invalid:
                    self.invalid_schemas.add(at)
                yield self.spec.error(at + str(pointer), str(message))
        verdicts.keep()

    def stray_key_problems(self) -> Iterator[SpecError]:
        """A schema key with no value and a space in it is nearly always half of a YAML flow
        mapping cut at an unquoted comma (`{description: a, b}` reads as `b: null`)."""
        for root_at, root in self.schema_locations():
            for at, schema in _subschemas(root_at, root):
                for key, value in schema.items():
                    if value is None and isinstance(key, str) and " " in key.strip():
                        yield self.spec.error(
                            join_pointer(at, key),
                            f"stray key {key!r} with no value: quote the text before it (an "
                            "unquoted comma or colon in a YAML flow mapping starts a new key)",
                        )

    def operation_id_problems(
        self, op: dict[str, Any], at: str, seen_ids: dict[str, str]
    ) -> Iterator[SpecError]:
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            if self.strict:
                yield self.spec.error(at, "operation has no operationId")
        elif op_id in seen_ids:
            yield self.spec.error(
                f"{at}/operationId", f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})"
            )
        else:
            seen_ids[op_id] = at

    def house_rules(self, op: dict[str, Any], at: str) -> Iterator[SpecError]:
        """What the strict profile asks of our own specs beyond OpenAPI: one resource group, a
        summary, documented success and error bodies, and no extension nothing reads."""
        found: list[SpecError] = []
        extensions.unknown_keys(
            op, extensions.OPERATION_KEYS, at, extensions.collector(self.spec, found)
        )
        yield from found
        if not op.get("tags"):
            yield self.spec.error(at, "operation has no tag")
        if not op.get("summary"):
            yield self.spec.error(at, "operation has no summary")
        raw_responses = op.get("responses")
        responses: dict[str, Any] = raw_responses if isinstance(raw_responses, dict) else {}
        statuses = [str(s) for s in responses]
        if not any(s.startswith("2") for s in statuses):
            yield self.spec.error(f"{at}/responses", "no 2xx response documented")
        errors = [s for s in statuses if s[:1] in ("4", "5") or s == "default"]
        if not errors:
            yield self.spec.error(f"{at}/responses", "no error response documented")
        for status in errors:
            yield from self.error_response_problems(responses[status], f"{at}/responses/{status}")

    def error_response_problems(self, response: Any, at: str) -> Iterator[SpecError]:
        try:
            response = self.spec.deref(response, at)
        except SpecError:
            return  # reported by unresolved_refs
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not any(
            isinstance(m, dict) and m.get("schema") for m in content.values()
        ):
            yield self.spec.error(at, "error response has no body schema")

    def example_problems(self) -> Iterator[SpecError]:
        """Every example next to a schema must validate against that schema."""
        for at, holder in self.example_holders():
            schema_at = f"{at}/schema" if "schema" in holder else at
            if "example" in holder:
                yield from self.check_example(holder["example"], schema_at, f"{at}/example")
            examples = holder.get("examples")
            if isinstance(examples, dict) and "schema" in holder:
                for name, ex in examples.items():
                    ex_at = join_pointer(f"{at}/examples", name)
                    try:
                        ex = self.spec.deref(ex, ex_at)
                    except SpecError:
                        continue
                    if isinstance(ex, dict) and "value" in ex:
                        yield from self.check_example(ex["value"], schema_at, f"{ex_at}/value")

    def default_problems(self) -> Iterator[SpecError]:
        """Every `default` must validate against the schema it belongs to (openapi-spec-validator
        checks them too, but does not say where)."""
        for root_at, root in self.schema_locations():
            for at, schema in _subschemas(root_at, root):
                if "default" in schema:
                    yield from self.check_example(schema["default"], at, f"{at}/default", "default")

    def example_holders(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Media types and parameters with a schema, and component schemas with `example`."""
        stack: list[tuple[str, Any]] = [("", self.doc)]
        while stack:
            at, node = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("schema"), dict) or (
                    at.startswith("/components/schemas/") and at.count("/") == 3
                ):
                    yield at, node
                stack.extend(
                    (join_pointer(at, k), v)
                    for k, v in node.items()
                    if k not in ("example", "examples")
                )
            elif isinstance(node, list):
                stack.extend((join_pointer(at, i), v) for i, v in enumerate(node))

    def check_example(
        self, value: Any, schema_at: str, example_at: str, what: str = "example"
    ) -> Iterator[SpecError]:
        if any(bad == schema_at or bad.startswith(schema_at + "/") for bad in self.invalid_schemas):
            return  # the schema itself is reported
        validator = self.schema_validator(
            {"$ref": f"{_SPEC_URI}#{schema_at}"},
            registry=self.registry,
            format_checker=self.schema_validator.FORMAT_CHECKER,
        )
        try:
            errors: list[ValidationError] = list(validator.iter_errors(value))
        except Exception as exc:
            if self.invalid_schemas:
                return  # a consequence of a schema problem reported above
            message = f"{what} cannot be checked: {exc}".splitlines()[0]
            yield self.spec.error(example_at, message)
            return
        for err in errors:
            inside = _pointer(err.absolute_path)
            yield self.spec.error(
                example_at + inside, f"{what} does not match its schema: {err.message}"
            )


# Keywords whose value is a schema, or a list of schemas (maps: SCHEMA_MAP_KEYWORDS).
_ONE_SCHEMA = (
    "items",
    "not",
    "if",
    "then",
    "else",
    "additionalProperties",
    "unevaluatedProperties",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "additionalItems",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def _subschemas(at: str, schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """`schema` and every schema nested in it (not through `$ref`), with their pointers."""
    stack: list[tuple[str, Any]] = [(at, schema)]
    while stack:
        at, node = stack.pop()
        if not isinstance(node, dict):
            continue
        yield at, node
        for key in _ONE_SCHEMA:
            stack.append((join_pointer(at, key), node.get(key)))
        for key in _SCHEMA_LISTS:
            if isinstance(node.get(key), list):
                stack.extend((join_pointer(at, key, i), sub) for i, sub in enumerate(node[key]))
        for key in sorted(SCHEMA_MAP_KEYWORDS):  # a set: sorted, so problems keep one order
            if isinstance(node.get(key), dict):
                stack.extend((join_pointer(at, key, name), sub) for name, sub in node[key].items())


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every operation object of the document with its pointer."""
    paths = doc.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        for method in HTTP_METHODS if isinstance(item, dict) else ():
            if isinstance(item.get(method), dict):
                yield join_pointer("/paths", path, method), item[method]


Problem = list[Any]  # [pointer inside the schema, message, whether the schema is invalid]


class _MetaVerdicts:
    """Each schema's problems against the 2020-12 metaschema (the slowest of our checks: its
    `$dynamicRef`s), kept per spec file in the DiskCache "metaschema" by the schema's JSON
    text, so that after an edit only the schemas that changed are checked again. A verdict
    depends only on the schema; the entry's key covers this module and the libraries."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.store = cache.DiskCache.named("metaschema")
        code = Path(__file__).read_bytes()
        self.entry = cache.key(code, *cache.installed_distributions(), spec.display_path)
        try:
            self.known: dict[str, list[Problem]] = json.loads(self.store.get(self.entry) or "{}")
        except ValueError:
            self.known = {}
        if not isinstance(self.known, dict):
            self.known = {}
        self.loaded = set(self.known)
        self.used: dict[str, list[Problem]] = {}
        self.meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)

    def of(self, schema: Any) -> list[Problem]:
        """[pointer inside the schema, message, whether the schema is invalid] of each problem."""
        try:
            digest = cache.key(json.dumps(schema, ensure_ascii=False))
        except (TypeError, ValueError, RecursionError):
            return self._check(schema)  # a value JSON cannot spell: checked every time
        if digest not in self.known:
            self.known[digest] = self._check(schema)
        self.used[digest] = self.known[digest]
        return self.used[digest]

    def _check(self, schema: Any) -> list[Problem]:
        try:
            errors = list(self.meta.iter_errors(schema))
        except Exception as exc:
            return [["", f"schema cannot be checked: {exc}".splitlines()[0], False]]
        return [
            [_pointer(err.absolute_path), f"invalid schema: {err.message}".splitlines()[0], True]
            for err in errors
        ]

    def keep(self) -> None:
        """Record the verdicts of the schemas the spec has now, if they are not what was read."""
        if set(self.used) != self.loaded:
            self.store.put(self.entry, json.dumps(self.used))


def lint(spec: LoadedSpec, strict: bool = True) -> list[SpecError]:
    return list(_Linter(spec, strict).problems())


def problems(spec: LoadedSpec, strict: bool) -> list[SpecError]:
    """Every problem of a loaded spec: structural first, then ours not already reported."""
    structural = list(structural_problems(spec))
    own = lint(spec, strict)
    located = [p for p in structural if p.pointer]
    # The validator cannot place problems inside schemas; ours can, so keep its unplaced ones
    # only when ours found nothing (a problem is never dropped silently).
    unplaced = [p for p in structural if not p.pointer] if not own else []
    seen = {str(p) for p in located}
    return located + unplaced + [p for p in own if str(p) not in seen]
