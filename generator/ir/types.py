"""Python annotations for JSON schemas, and the registry of model classes behind them.

Every schema that needs a class (components, inline objects of bodies and responses, compositions)
is registered once under a unique PascalCase name; the models module is generated from the
registry by datamodel-code-generator. Annotations refer to classes as `_models.Name`.
"""

from __future__ import annotations

from typing import Any

from generator.ir.names import UniqueNames, pascal_case, spec_id
from generator.spec.loader import LoadedSpec, SpecError, escape_pointer_token, split_pointer

MODELS_ALIAS = "_models"
# The exception classes of every client's `errors` module; with `<Package>Error`, the names no
# model class takes.
RUNTIME_EXCEPTIONS = frozenset(
    {
        "APIError", "APIResponseValidationError", "ResponseTooLargeError",
        "MissingCredentialsError", "APIConnectionError", "APITimeoutError", "APIStatusError",
        "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
        "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
        "RedirectError", "PartialFailureError",
    }
)
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


class TypeRef(str):
    """A Python type of the generated code: its annotation text, as the IR's `annotation` fields
    hold it and the templates print it, and its structure, so that no consumer parses the text.

    `kind` is `model` (a class of the models module, `name`), `list` / `sequence` / `dict` (of
    `args[0]`; dict keys are `str`), `union` (of `args`, flat, never nested), `scalar` (a leaf
    written as `name`: `int`, `_dt.date`, a `Literal[...]`), `any` or `none`. A `str` so that
    code comparing annotations as text keeps working: equal text means equal structure.
    """

    kind: str
    name: str
    args: tuple[TypeRef, ...]

    def __new__(cls, kind: str, name: str = "", args: tuple[TypeRef, ...] = ()) -> TypeRef:
        self = super().__new__(cls, _render(kind, name, args, MODELS_ALIAS + ".", ""))
        object.__setattr__(self, "__dict__", {"kind": kind, "name": name, "args": args})
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"TypeRef is immutable: {name}")

    def __reduce__(self) -> tuple[Any, ...]:
        return TypeRef, (self.kind, self.name, self.args)

    @classmethod
    def of(cls, annotation: str) -> TypeRef:
        """The structure of an IR annotation: as given when it came from the registry; else one
        of the fixed texts the IR writes for non-JSON bodies (`bytes`, `str`, `dict[str, Any]`),
        kept as a leaf."""
        if isinstance(annotation, TypeRef):
            return annotation
        return _FIXED.get(annotation) or TypeRef("scalar", annotation)

    @classmethod
    def model(cls, name: str) -> TypeRef:
        return cls("model", name)

    @classmethod
    def union(cls, *members: TypeRef) -> TypeRef:
        """`A | B | ...`, flat and without repeats; Any absorbs the rest."""
        flat = [m for member in members for m in (member.args if member.kind == "union" else (member,))]
        unique = list(dict.fromkeys(flat))
        if ANY in unique:
            return ANY
        return unique[0] if len(unique) == 1 else cls("union", args=tuple(unique))

    @property
    def annotation(self) -> str:
        return str.__str__(self)

    @property
    def nullable(self) -> bool:
        return self.kind in ("none", "any") or NONE in self.args

    def optional(self) -> TypeRef:
        """This type, or None."""
        return self if self.nullable else TypeRef.union(self, NONE)

    def without_none(self) -> TypeRef:
        return TypeRef.union(*(a for a in self.args if a != NONE)) if self.kind == "union" else self

    def render(self, models: str = MODELS_ALIAS + ".", typing: str = "") -> str:
        """The annotation with model classes written `{models}Name` (`""` inside the models
        module itself) and `Any`, `Literal`, `Sequence` imported as `{typing}Any`..."""
        return _render(self.kind, self.name, self.args, models, typing)


def _render(kind: str, name: str, args: tuple[TypeRef, ...], models: str, typing: str) -> str:
    if kind == "model":
        return models + name
    inner = [a.render(models, typing) for a in args]
    if kind == "list":
        return f"list[{inner[0]}]"
    if kind == "sequence":
        return f"{typing}Sequence[{inner[0]}]"
    if kind == "dict":
        return f"dict[str, {inner[0]}]"
    if kind == "union":
        return " | ".join(inner)
    if kind == "literal":
        return f"{typing}Literal[{name}]"
    if kind == "any":
        return f"{typing}Any"
    return "None" if kind == "none" else name


ANY = TypeRef("any")
NONE = TypeRef("none")
_FIXED = {t.annotation: t for t in (ANY, NONE, TypeRef("dict", args=(ANY,)))}


class ModelRegistry:
    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = {}
        self.origins: dict[str, str] = {}  # class name -> JSON pointer of its schema in the spec
        self.warnings: list[SpecError] = []
        # class name -> the JSON key sets of which one must be sent (`anyOf: [{required: [id]},
        # {required: [external_id]}]`): one model, alternatives optional, the rule a validator
        self.alternatives: dict[str, list[list[str]]] = {}
        # class name -> JSON names of its date-time properties whose pattern demands UTC (`Z$`)
        self.utc_fields: dict[str, list[str]] = {}
        self._names = UniqueNames()
        self._by_ref: dict[str, str] = {}
        components = spec.document.get("components") or {}
        schemas = components.get("schemas") if isinstance(components, dict) else None
        exceptions = {*RUNTIME_EXCEPTIONS, pascal_case(spec_id(spec.path), "Api") + "Error"}
        for key in schemas if isinstance(schemas, dict) else {}:
            name = pascal_case(key)
            if name in exceptions:  # `models.PapershiftError` next to `errors.PapershiftError`
                name += "Body"
            self._by_ref[COMPONENT_PREFIX + escape_pointer_token(key)] = self._names.claim(name)
        for ref in list(self._by_ref):
            if self._plain_target(ref) is None:
                self._register(ref)

    # -- classes ---------------------------------------------------------------------------
    def _register(self, ref: str) -> str:
        name = self._by_ref[ref]
        if name not in self.schemas:
            self.schemas[name] = {}  # placeholder first: recursive schemas refer to themselves
            self.origins[name] = ref[1:]
            target = self.spec.resolve_ref(ref, ref[1:]) if self._resolvable(ref) else {}
            self._note_utc_fields(name, target)
            self.schemas[name] = self._either_or(name, self._rewrite(target, ref[1:]))
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
        self._note_utc_fields(name, schema)
        self.schemas[name] = self._either_or(name, self._rewrite(schema, at))
        return name

    def _note_utc_fields(self, name: str, schema: Any) -> None:
        properties = schema.get("properties") if isinstance(schema, dict) else None
        found = [
            key
            for key, prop in (properties.items() if isinstance(properties, dict) else ())
            if _demands_utc(self._resolved(prop))
        ]
        if found:
            self.utc_fields[name] = found

    def _resolved(self, schema: Any) -> Any:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            try:
                return {**self.spec.resolve_ref(schema["$ref"]), **schema}
            except SpecError:
                return {}
        return schema

    def _either_or(self, name: str, schema: Any) -> Any:
        """An object whose `anyOf`/`oneOf` branches only require one key or another loses the
        branches (which would make one class per branch and a union of them) and keeps the rule."""
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            return schema
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if (
                isinstance(branches, list)
                and branches
                and all(isinstance(b, dict) and set(b) == {"required"} for b in branches)
            ):
                self.alternatives[name] = [list(b["required"]) for b in branches]
                return {k: v for k, v in schema.items() if k != keyword}
        return schema

    def rewritten(self, schema: dict[str, Any], at: str) -> dict[str, Any]:
        """A copy of `schema` whose refs name registered classes, itself no class."""
        return dict(self._rewrite(schema, at))

    def _rewrite(self, node: Any, at: str) -> Any:
        """Schema copy whose refs point at registered classes (`#/components/schemas/<class>`)."""
        if isinstance(node, list):
            return [self._rewrite(v, f"{at}/{i}") for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and (plain := self._plain_target(node["$ref"])) is not None:
            return self._rewrite({**plain, **{k: v for k, v in node.items() if k != "$ref"}}, at)
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
            elif key in _NESTED_VALUE_KEYWORDS:
                out[key] = _unconstrained(self._rewrite(value, f"{at}/{key}"))
            elif key in SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
                out[key] = {k: self._rewrite(v, f"{at}/{key}/{k}") for k, v in value.items()}
            else:
                out[key] = self._rewrite(value, f"{at}/{key}")
        return out

    def _plain_target(self, ref: Any, depth: int = 0) -> dict[str, Any] | None:
        """The schema behind `ref` when it is a plain value (a scalar, or a union of scalars):
        such a schema gets no wrapper class; its uses are typed as the value itself."""
        if not isinstance(ref, str) or not ref.startswith("#/") or depth > 8:
            return None
        try:
            target = self.spec.resolve_ref(ref)
        except SpecError:
            return None
        return target if self._is_plain(target, depth) else None

    def _is_plain(self, schema: Any, depth: int) -> bool:
        if not isinstance(schema, dict) or not schema or "enum" in schema or "const" in schema:
            return False
        if "$ref" in schema:
            return self._plain_target(schema["$ref"], depth + 1) is not None
        branches = schema.get("oneOf") or schema.get("anyOf")
        if "allOf" in schema or "properties" in schema:
            return False
        if branches is not None:
            return isinstance(branches, list) and all(self._is_plain(b, depth + 1) for b in branches)
        types = schema.get("type")
        kinds = types if isinstance(types, list) else [types]
        return bool(kinds) and all(k in ("string", "integer", "number", "boolean", "null") for k in kinds)

    # -- annotations -----------------------------------------------------------------------
    def annotation(self, schema: Any, hint: str, at: str, *, hoist_objects: bool = True) -> str:
        """The annotation of a schema's type, for the IR's `annotation` fields: a TypeRef, so
        `TypeRef.of(annotation)` gives its structure back."""
        return self.type_ref(schema, hint, at, hoist_objects=hoist_objects)

    def type_ref(
        self, schema: Any, hint: str, at: str, *, hoist_objects: bool = True
    ) -> TypeRef:
        """Python type for a schema; inline objects and compositions become hoisted classes."""
        if not isinstance(schema, dict) or not schema:
            return ANY
        if "$ref" in schema and (plain := self._plain_target(schema["$ref"])) is not None:
            return self.type_ref(plain, hint, at)
        if "$ref" in schema:
            name = self.class_for_ref(schema["$ref"], at)
            return TypeRef.model(name) if name else ANY
        nullable = schema.get("nullable") is True
        types = schema.get("type")
        type_list = [
            t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)
        ]
        if "null" in type_list:
            nullable = True
            type_list = [t for t in type_list if t != "null"]
        branches = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(branches, list) and "allOf" not in schema and self._is_plain(schema, 0):
            parts = [self.type_ref(b, hint, at) for b in branches]
            base = TypeRef.union(*(p.without_none() for p in parts))
            return base.optional() if nullable or any(p.nullable for p in parts) else base
        if any(k in schema for k in ("oneOf", "anyOf", "allOf")) or (
            len(type_list) == 1
            and type_list[0] == "object"
            and isinstance(schema.get("properties"), dict)
            and schema["properties"]
        ):
            if not hoist_objects:
                return ANY
            base = TypeRef.model(self.hoist(schema, hint, at))
        elif type_list:
            base = TypeRef.union(*(self._single(dict(schema, type=t), hint, at) for t in type_list))
        else:
            base = ANY
        return base.optional() if nullable else base

    def _single(self, schema: dict[str, Any], hint: str, at: str) -> TypeRef:
        kind = schema.get("type")
        if (scalar := scalar_type(schema)) is not None:
            return scalar
        if kind == "array":
            items = schema.get("items")
            return TypeRef("list", args=(self.type_ref(items, f"{hint}Item", f"{at}/items"),))
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = ANY
            if isinstance(extra, dict) and extra:
                value = self.type_ref(extra, f"{hint}Value", f"{at}/additionalProperties")
            return TypeRef("dict", args=(value,))
        return ANY


# A scalar inside a list or a union cannot carry its constraints in the models generator's output
# without a wrapper class (`Id(RootModel[int])`): there it is typed as the plain scalar instead,
# and the server judges the bounds.
_NESTED_VALUE_KEYWORDS = frozenset({"items", "oneOf", "anyOf"})
_CONSTRAINTS = frozenset(
    {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
     "maxLength"}
)


def scalar_type(schema: dict[str, Any]) -> TypeRef | None:
    """The type of a schema of one scalar `type` (formats mapped), else None."""
    kind = schema.get("type")
    if kind == "string":
        return TypeRef("scalar", _STRING_FORMATS.get(str(schema.get("format")), "str"))
    if kind in _SCALARS:
        return NONE if kind == "null" else TypeRef("scalar", _SCALARS[kind])
    return None


def _demands_utc(schema: Any) -> bool:
    """A date-time whose pattern ends in `Z$`: sent converted to UTC, written with `Z`."""
    return (
        isinstance(schema, dict)
        and schema.get("format") == "date-time"
        and str(schema.get("pattern", "")).endswith("Z$")
    )


def _unconstrained(node: Any) -> Any:
    if isinstance(node, list):
        return [_unconstrained(v) for v in node]
    if isinstance(node, dict) and node.get("type") in ("string", "integer", "number"):
        return {k: v for k, v in node.items() if k not in _CONSTRAINTS}
    return node


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


