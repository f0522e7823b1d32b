"""The `models` module of a generated client, through datamodel-code-generator.

The input is the IR's registry of model classes only (names already decided and safe); spec keys
that tell a code generator to import or execute something were stripped by the IR.
"""

from __future__ import annotations

import ast
import io
import json
import re
import sys
import tokenize
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from generator import cache

if TYPE_CHECKING:
    from generator.ir.model import Api

_OPEN_ENUM = re.compile(r"^class (\w+)\(StrEnum\):", re.MULTILINE)
_PLAIN_MODEL = re.compile(r"^class (\w+)\(BaseModel\):", re.MULTILINE)


# The IR's COMPONENT_PREFIX; not imported from it, to keep this module light before the fork.
_COMPONENTS = "#/components/schemas/"
_SCHEMA_PATH = re.compile(re.escape(_COMPONENTS) + r"([A-Za-z0-9_]+)")
# Schemas the models generator rejects are typed as Any, one at a time, at most this many.
_MAX_FALLBACKS = 25


class ModelGenerationError(Exception):
    def __init__(self, message: str, schema: str | None = None) -> None:
        super().__init__(message)
        self.schema = schema

    def __reduce__(self) -> tuple[type[ModelGenerationError], tuple[str, str | None]]:
        return type(self), (str(self), self.schema)  # crosses from the model worker process


class ModelWriter(Protocol):
    """Runs datamodel-code-generator; requests are answered in the order they were sent."""

    def send(self, schemas: dict[str, Any], version: str) -> None: ...

    def receive(self) -> str: ...


class InlineModelWriter:
    """datamodel-code-generator in this process."""

    def __init__(self) -> None:
        self._requests: list[tuple[dict[str, Any], str]] = []

    def send(self, schemas: dict[str, Any], version: str) -> None:
        self._requests.append((schemas, version))

    def receive(self) -> str:
        return run_datamodel_codegen(*self._requests.pop(0))


def start_models(api: Api, runtime_import: str, writer: ModelWriter) -> Callable[[], str]:
    """Ask `writer` for the models module now; the returned function waits for its source.

    A schema the generator rejects becomes `Any` with a located warning (in `api.warnings`);
    anything else it rejects raises ModelGenerationError with the generator's reason.
    """
    if not api.model_schemas:
        return lambda: '"""No schemas in this spec."""\n\nfrom __future__ import annotations\n'
    unresolvable = _reference_loops(api.model_schemas)
    schemas = {n: s for n, s in api.model_schemas.items() if n not in unresolvable}
    if not schemas:  # nothing for the generator to write: it would refuse the document
        return lambda: _finished(api, "from __future__ import annotations\n", runtime_import)
    writer.send(schemas, api.spec.version)

    def result() -> str:
        for _ in range(_MAX_FALLBACKS):
            try:
                source = writer.receive()
            except ModelGenerationError as err:
                if err.schema not in schemas or schemas[err.schema] == {}:
                    raise
                schemas[err.schema] = {}
                pointer = api.model_origins.get(err.schema, "")
                api.warnings.append(api.spec.error(pointer, f"{err}; typed as Any"))
                writer.send(schemas, api.spec.version)
                continue
            return _finished(api, source, runtime_import)
        raise ModelGenerationError(f"more than {_MAX_FALLBACKS} schemas rejected")

    return result


def _reference_loops(schemas: dict[str, Any]) -> set[str]:
    """Schemas that are only a `$ref` whose chain of bare `$ref`s runs in a circle: no type."""
    looping: set[str] = set()
    for name in schemas:
        seen: set[str] = set()
        current = name
        while current not in seen and set(schemas.get(current) or {}) == {"$ref"}:
            seen.add(current)
            current = str(schemas[current]["$ref"]).removeprefix(_COMPONENTS)
        if current in seen:
            looping.add(name)
    return looping


def _finished(api: Api, source: str, runtime_import: str) -> str:
    """Our post-processing of the library's module (kept on disk: ~0.7 s for Okta's 1 MB)."""
    store = cache.DiskCache.named("models-finished")
    entry = f"{_finished_key(api, source, runtime_import)}.json" if store.folder else ""
    kept = _kept_post_processing(store.get(entry))
    if kept is not None:
        source, notes, classes = kept
    else:
        source, notes, classes = _post_processed(api, source, runtime_import)
        if entry:
            store.put(entry, json.dumps([source, notes, classes]))
    for cls, message in notes:
        api.warnings.append(api.spec.error(api.model_origins.get(cls, ""), message))
    return source + _missing_classes(api, set(api.model_schemas) - set(classes))


def _kept_post_processing(text: str | None) -> Any:
    """A kept entry's (source, notes, classes); None when there is none or it is damaged."""
    try:
        source, notes, classes = json.loads(text) if text else (None, None, None)
    except (ValueError, TypeError):
        return None
    return (source, notes, classes) if isinstance(source, str) else None


def _finished_key(api: Api, source: str, runtime_import: str) -> str:
    """Covers every input of `_post_processed`: its code (and `ast.unparse`'s, by version)."""
    return cache.key(
        sys.version,
        Path(__file__).read_bytes(),
        runtime_import,
        json.dumps([api.model_alternatives, api.model_utc_fields], sort_keys=True),
        source,
    )


def _post_processed(
    api: Api, source: str, runtime_import: str
) -> tuple[str, list[tuple[str, str]], list[str]]:
    """The module made type-correct and forward compatible, the notes on what was dropped, and
    the names of its classes."""
    source = _annotated_constraints(_strip_header(source))
    module = _Module(ast.parse(source))  # the one parse the steps below share
    edits = _Edits(source)
    notes = _typed_fields(module, edits)
    imports = _add_methods(module, edits, api.model_alternatives, api.model_utc_fields)
    source = _open_enums(edits.applied(), runtime_import)
    source = _forward_compatible(add_import(source, *imports), runtime_import)
    return source, notes, list(module.classes)


def _add_methods(
    module: _Module,
    edits: _Edits,
    alternatives: dict[str, list[list[str]]],
    utc_fields: dict[str, list[str]],
) -> list[str]:
    """Validators at the end of the classes that need them; returns the imports they need."""
    imports: list[str] = []
    for methods, needs in (
        (_either_or_validators(alternatives), _EITHER_OR_IMPORTS),
        (_utc_validators(utc_fields), _UTC_IMPORTS),
    ):
        found = [name for name in methods if name in module.classes]
        for name in found:
            end = module.classes[name].end_lineno or module.classes[name].lineno
            edits.append_to_line(end, "\n" + "".join(f"\n    {line}" for line in methods[name]))
        if found:
            imports += needs
    return imports


_EITHER_OR_IMPORTS = [
    "from typing import Self as _Self",
    "from pydantic import model_validator as _model_validator",
]


def _either_or_validators(alternatives: dict[str, list[list[str]]]) -> dict[str, list[str]]:
    """A validator on each model whose schema requires one key set or another (by JSON name)."""
    return {
        name: [
            '@_model_validator(mode="after")',
            "def _one_alternative_sent(self) -> _Self:",
            "    sent = self.model_dump(by_alias=True, exclude_none=True)",
            f"    if not any(set(keys) <= sent.keys() for keys in {choices!r}):",
            f"        raise ValueError({('send ' + ' or '.join(', '.join(k) for k in choices))!r})",
            "    return self",
        ]
        for name, choices in alternatives.items()
    }


_UTC_IMPORTS = [
    "from typing import Any as _Any",
    "from datetime import datetime as _datetime, timezone as _timezone",
    "from pydantic import ValidationInfo as _ValidationInfo, field_validator as _field_validator",
]


def _utc_validators(utc_fields: dict[str, list[str]]) -> dict[str, list[str]]:
    """Aware date-times of the fields whose pattern demands UTC are kept in UTC, so they are
    written `...Z` (whole seconds: the patterns allow at most milliseconds)."""
    return {
        name: [
            '@_field_validator("*", mode="after")',
            "@classmethod",
            "def _in_utc(cls, value: _Any, info: _ValidationInfo) -> _Any:",
            "    field = cls.model_fields[info.field_name or '']",
            f"    if (field.alias or info.field_name) in {sorted(fields)!r} and isinstance(",
            "        value, _datetime",
            "    ) and value.utcoffset() is not None:",
            "        return value.astimezone(_timezone.utc).replace(microsecond=0)",
            "    return value",
        ]
        for name, fields in utc_fields.items()
    }


def _missing_classes(api: Api, missing: set[str]) -> str:
    """`Any` classes for registered schemas the generator wrote no class for (a `$ref` cycle)."""
    for name in sorted(missing):
        pointer = api.model_origins.get(name, "")
        api.warnings.append(
            api.spec.error(pointer, "schema is only $refs that never reach a type; typed as Any")
        )
    if not missing:
        return ""
    imports = "\nfrom typing import Any as _Any\n\nfrom pydantic import RootModel as _RootModel\n"
    return imports + "".join(
        f"\n\nclass {n}(_RootModel[_Any]):\n    root: _Any\n" for n in sorted(missing)
    )


def run_datamodel_codegen(schemas: dict[str, Any], version: str) -> str:
    """datamodel-code-generator's module for `schemas`, before our post-processing."""
    from datamodel_code_generator import generate  # ~0.8 s to import: only where it runs

    document: dict[str, Any] = {
        "openapi": version if version.startswith("3.") else "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = generate(document, **_options())
    except Exception as exc:  # the library's own errors are not one hierarchy
        found = _SCHEMA_PATH.search(str(exc))
        message = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise ModelGenerationError(message, found.group(1) if found else None) from None
    if not isinstance(source, str):
        raise ModelGenerationError("datamodel-code-generator produced several modules")
    return source


def _options() -> dict[str, Any]:
    from datamodel_code_generator import (
        DataModelType,
        InputFileType,
        OpenAPIScope,
        PythonVersion,
    )

    return {
        "input_file_type": InputFileType.OpenAPI,
        "openapi_scopes": [OpenAPIScope.Schemas],
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "use_annotated": True,
        "field_constraints": True,
        "snake_case_field": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "use_subclass_enum": True,
        "disable_timestamp": True,
        "use_schema_description": True,
        "use_field_description": True,
        "capitalise_enum_members": True,
        "use_double_quotes": True,
        "allow_population_by_field_name": True,
        "allow_remote_refs": False,
        "set_default_enum_member": True,
        "formatters": [],
    }


_CONSTRAINED = {"constr": "str", "conint": "int", "confloat": "float", "conbytes": "bytes"}
_CONSTRAINED_CALL = re.compile(r"\b(?:{})\(".format("|".join([*_CONSTRAINED, "conlist"])))


def _annotated_constraints(source: str) -> str:
    """`constr(pattern=...)` (which type checkers reject) -> `Annotated[str, Field(pattern=...)]`."""
    if not _CONSTRAINED_CALL.search(source):  # most modules have none: spare a parse
        return source
    tree = ast.parse(source)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in (*_CONSTRAINED, "conlist")
    ]
    if not calls:
        return source
    data = source.encode("utf-8")  # ast offsets count UTF-8 bytes
    offsets = _line_offsets(data)
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset), reverse=True):
        start = offsets[call.lineno - 1] + call.col_offset
        end = offsets[(call.end_lineno or call.lineno) - 1] + (call.end_col_offset or 0)
        data = data[:start] + _annotated(call).encode("utf-8") + data[end:]
    return _ensure_imports(data.decode("utf-8"))


def _annotated(call: ast.Call) -> str:
    assert isinstance(call.func, ast.Name)
    kwargs = ", ".join(ast.unparse(k) for k in call.keywords)
    if call.func.id == "conlist":
        inner = ast.unparse(call.args[0]) if call.args else "Any"
        return f"Annotated[list[{inner}], Field({kwargs})]"
    return f"Annotated[{_CONSTRAINED[call.func.id]}, Field({kwargs})]"


def _line_offsets(data: bytes) -> list[int]:
    offsets, total = [], 0
    for line in data.splitlines(keepends=True):
        offsets.append(total)
        total += len(line)
    return offsets


def _ensure_imports(source: str) -> str:
    header = "from typing import Annotated, Any\nfrom pydantic import Field\n"
    return source.replace(
        "from __future__ import annotations\n", "from __future__ import annotations\n" + header, 1
    )


# --- Field defaults and overrides that type checkers reject --------------------------------------
#
# datamodel-code-generator writes (1) a spec `default` as a raw literal even when the field's type is
# an enum, a RootModel or an unrelated type (`created: AwareDatetime | None = "Assigned"`), and (2) a
# subclass (an `allOf` extension of a base schema) that redeclares an inherited field with another
# type. `_typed_fields` reads the module's own AST (never executes it) and:
#   - rewrites a literal default into the field's type: the enum member with that value
#     (`Color.RED`), or `Root.model_construct(<literal>)` for a RootModel over a matching type; the
#     literal is re-emitted by `ast.unparse`, i.e. always an escaped Python literal;
#   - drops a default no type of the field can hold (to `None`, widening the type if needed), with
#     a warning: pydantic does not validate defaults, so it was a wrong value at run time too;
#   - marks a redeclared field `# type: ignore[assignment]` when it is a genuine narrowing of the
#     JSON value: under `allOf` an instance satisfies both the base and the extension, and pydantic
#     replaces the inherited field by the subclass's declaration (validated as the narrower type);
#     mypy still reports it since the Python classes are unrelated (a `dict[str, Any]` refined into
#     a model, or `HrefObject` where the base has `HrefObjectSelfLink`, an `allOf` copy of it).
#     Only when both types are understood, mypy would reject them, and both hold the same JSON kinds;
#     a contradictory redeclaration (a string refined into an object) is left alone, with a warning.

# pydantic and standard types that are classes for a type checker too (not `Annotated[str, ...]`
# like `EmailStr`), so no literal default is one; with the JSON kind of their values.
_SPECIAL_KINDS = {
    **dict.fromkeys(
        ["AwareDatetime", "NaiveDatetime", "datetime", "date", "time", "timedelta", "UUID"],
        "string",
    ),
    **dict.fromkeys(["AnyUrl", "AnyHttpUrl", "HttpUrl", "IPv4Address", "IPv6Address"], "string"),
    "Decimal": "number",
}
_ENUM_BASES = {"Enum", "StrEnum", "IntEnum", "OpenEnum"}
_LITERAL_KINDS: dict[type, str] = {
    str: "string",
    bytes: "string",
    bool: "boolean",
    int: "number",
    float: "number",
}
_BUILTIN_KINDS = {
    "str": "string",
    "bytes": "string",
    "int": "number",
    "float": "number",
    "bool": "boolean",
}


class _Module:
    """What the type checks need of the generated module's classes."""

    def __init__(self, tree: ast.Module) -> None:
        self.classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        self.bases = {
            name: [b.id for b in node.bases if isinstance(b, ast.Name)]
            for name, node in self.classes.items()
        }
        self.roots: dict[str, ast.expr] = {}  # RootModel class -> its root type
        self.enums: dict[str, dict[object, str]] = {}  # enum class -> value -> member
        for name, node in self.classes.items():
            for base in node.bases:
                if (
                    isinstance(base, ast.Subscript)
                    and isinstance(base.value, ast.Name)
                    and base.value.id == "RootModel"
                ):
                    self.roots[name] = base.slice
            if self.ancestors(name) & _ENUM_BASES:
                members = [
                    s for s in node.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                ]
                self.enums[name] = {
                    s.value.value: s.targets[0].id
                    for s in reversed(members)  # the first member of a value wins
                    if isinstance(s.targets[0], ast.Name) and isinstance(s.value, ast.Constant)
                }

    def ancestors(self, name: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.bases.get(name, []))
        while todo:
            base = todo.pop()
            if base not in seen:
                seen.add(base)
                todo.extend(self.bases.get(base, []))
        return seen

    def fields(self, name: str) -> dict[str, ast.AnnAssign]:
        return {
            s.target.id: s
            for s in self.classes[name].body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        }

    def inherited(self, name: str, field: str) -> ast.AnnAssign | None:
        """The nearest declaration of `field` in a base class of `name` (depth-first, left to right)."""
        for base in self.bases.get(name, []):
            if base in self.classes:
                found = self.fields(base).get(field) or self.inherited(base, field)
                if found is not None:
                    return found
        return None

    def kinds(self, atom: ast.expr) -> set[str] | None:
        """The JSON kinds a type's values take; None when the type is not understood."""
        name = atom.id if isinstance(atom, ast.Name) else None
        if isinstance(atom, ast.Constant) and atom.value is None:
            return {"null"}
        if isinstance(atom, ast.Subscript) and isinstance(atom.value, ast.Name):
            head = atom.value.id
            if head == "Literal":
                values = (
                    _atoms(atom.slice) if not isinstance(atom.slice, ast.Tuple) else atom.slice.elts
                )
                if all(
                    isinstance(v, ast.Constant) and type(v.value) in _LITERAL_KINDS for v in values
                ):
                    return {
                        _LITERAL_KINDS[type(v.value)] for v in values if isinstance(v, ast.Constant)
                    }
                return None
            return {"dict": {"object"}, "list": {"array"}}.get(head)
        if name is None:
            return None
        if name == "Any":
            return {"any"}
        if name in _BUILTIN_KINDS:
            return {_BUILTIN_KINDS[name]}
        if name in _SPECIAL_KINDS:
            return {_SPECIAL_KINDS[name]}
        if name in self.roots:
            found: set[str] = set()
            for inner in _atoms(self.roots[name]):
                inner_kinds = self.kinds(inner)
                if inner_kinds is None:
                    return None
                found |= inner_kinds
            return found
        if name in self.enums:
            members = self.enums[name]
            return {_LITERAL_KINDS.get(type(v), "any") for v in members} or None
        return {"object"} if "BaseModel" in self.ancestors(name) else None

    def subtype(self, sub: ast.expr, sup: ast.expr) -> bool | None:
        """Whether mypy takes `sub` for `sup`; None when not sure."""
        if ast.dump(sub) == ast.dump(sup):
            return True
        names = [a.id if isinstance(a, ast.Name) else None for a in (sub, sup)]
        if "Any" in names:
            return True
        if any(_is_none(a) for a in (sub, sup)):
            return False
        low, high = names
        if low is None or high is None:
            return None if (self.kinds(sub) is None or self.kinds(sup) is None) else False
        if (low, high) in {("int", "float"), ("bool", "int"), ("bool", "float")}:
            return True
        if low in self.classes:
            lineage = self.ancestors(low)
            if lineage & {"StrEnum", "OpenEnum"}:
                lineage |= {"str"}
            if lineage & {"IntEnum", "int"}:
                lineage |= {"int", "float"}
            if high in lineage:
                return True
            if not lineage <= set(self.classes) | {
                "BaseModel",
                "RootModel",
                *_ENUM_BASES,
                "str",
                "int",
                "float",
            }:
                return None
            return False
        if low in _BUILTIN_KINDS or low in _SPECIAL_KINDS:
            return False if high in self.classes or high in _BUILTIN_KINDS else None
        return None


def _atoms(annotation: ast.expr) -> list[ast.expr]:
    """The members of a union, with `Annotated[...]` unwrapped."""
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _atoms(annotation.left) + _atoms(annotation.right)
    if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name):
        if annotation.value.id == "Annotated" and isinstance(annotation.slice, ast.Tuple):
            return _atoms(annotation.slice.elts[0])
        if annotation.value.id == "Optional":
            return [*_atoms(annotation.slice), ast.Constant(None)]
    return [annotation]


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _literal(node: ast.expr) -> object:
    """The value of a literal default (a constant, a negative number, a dict or a list); else a sentinel."""
    if isinstance(node, ast.Constant | ast.Dict | ast.List) or (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
    ):
        try:
            value = ast.literal_eval(node)
        except (ValueError, TypeError):
            return _NOT_LITERAL
        return _NOT_LITERAL if value is Ellipsis else value
    return _NOT_LITERAL


_NOT_LITERAL = object()


def _holds(module: _Module, atom: ast.expr, value: object) -> bool | None:
    """Whether the type `atom` takes the literal `value` as it is; None when not understood."""
    if isinstance(atom, ast.Name) and atom.id == "Any":
        return True
    if _is_none(atom):
        return value is None
    kinds = module.kinds(atom)
    if kinds is None:
        return None
    if isinstance(atom, ast.Subscript) and isinstance(atom.value, ast.Name):
        if atom.value.id == "Literal":
            values = atom.slice.elts if isinstance(atom.slice, ast.Tuple) else [atom.slice]
            return any(
                isinstance(v, ast.Constant) and v.value == value and type(v.value) is type(value)
                for v in values
            )
        return isinstance(value, {"dict": dict, "list": list}[atom.value.id])
    if isinstance(atom, ast.Name) and atom.id in _BUILTIN_KINDS:
        accepted = {
            "str": (str,),
            "bytes": (bytes,),
            "int": (int,),
            "float": (int, float),
            "bool": (bool,),
        }
        return isinstance(value, accepted[atom.id])
    return False  # a class or a special string type: never a raw literal


def _converted(
    module: _Module, atom: ast.expr, value: object, literal: str, before: int
) -> str | None:
    """Source of the default `value` (written `literal`) as a value of the class `atom` (its enum
    member, or a RootModel over it), if there is one; only for a class defined before line `before`
    (a default is evaluated with its class). `model_construct` does not validate: no import error.
    """
    if not isinstance(atom, ast.Name) or atom.id not in module.classes:
        return None
    if module.classes[atom.id].lineno >= before:
        return None
    if atom.id in module.enums:
        for member_value, member in module.enums[atom.id].items():
            if member_value == value and type(member_value) is type(value):
                return f"{atom.id}.{member}"
        return None
    if atom.id in module.roots:
        for inner in _atoms(module.roots[atom.id]):
            converted = (
                literal
                if _holds(module, inner, value)
                else _converted(module, inner, value, literal, before)
            )
            if converted is not None:
                return f"{atom.id}.model_construct({converted})"
    return None


_LINE_ENDS = (tokenize.NEWLINE, tokenize.NL)


class _Edits:
    """Replacements in the module's UTF-8 bytes (ast offsets count bytes); texts inserted at the
    same place keep the order they were added in."""

    def __init__(self, source: str) -> None:
        self.data = source.encode("utf-8")
        self.lines = self.data.splitlines(keepends=True)
        self.offsets = _line_offsets(self.data)
        self.edits: list[tuple[int, int, str]] = []

    def replace(self, node: ast.expr, text: str) -> None:
        start = self.offsets[node.lineno - 1] + node.col_offset
        end = self.offsets[(node.end_lineno or node.lineno) - 1] + (node.end_col_offset or 0)
        self.edits.append((start, end, text))

    def append_to_line(self, lineno: int, text: str) -> None:
        end = self.offsets[lineno - 1] + len(self.lines[lineno - 1].rstrip(b"\r\n"))
        self.edits.append((end, end, text))

    def ends_in_code(self, stmt: ast.stmt) -> bool:
        """Whether the statement's first line ends outside any string (a comment may go there)."""
        text = b"".join(self.lines[stmt.lineno - 1 : stmt.end_lineno or stmt.lineno])
        tokens = tokenize.generate_tokens(io.StringIO(text.decode("utf-8").lstrip()).readline)
        try:
            return any(t.type in _LINE_ENDS and t.start[0] == 1 for t in tokens)
        except (tokenize.TokenError, SyntaxError):
            return False

    def applied(self) -> str:
        pieces, done = [], 0
        for start, end, text in sorted(self.edits, key=lambda edit: edit[:2]):  # stable
            pieces += [self.data[done:start], text.encode("utf-8")]
            done = max(done, end)
        pieces.append(self.data[done:])
        return b"".join(pieces).decode("utf-8")


def _typed_fields(module: _Module, edits: _Edits) -> list[tuple[str, str]]:
    """Defaults converted into (or dropped for) their field's type and genuine narrowings marked.

    Returns (class, message) notes for the defaults dropped or overrides left.
    """
    notes: list[tuple[str, str]] = []
    for name, node in module.classes.items():
        if name in module.enums or name in module.roots:
            continue
        fields = module.fields(name)
        for field, stmt in fields.items():
            where = f"{name}.{field}"
            note = _fix_default(module, edits, stmt, node.lineno, where)
            if note is None:
                note = _mark_override(module, edits, stmt, name, field)
            if note is not None:
                notes.append((name, note))
        if any(field.startswith(_PYDANTIC_PREFIXES) for field in fields):
            _allow_pydantic_prefixes(edits, node)
    return notes


# pydantic warns at import about fields named model_dump*/model_validate* unless the class opts
# out; datamodel-code-generator has already renamed the fields that would shadow a method.
_PYDANTIC_PREFIXES = ("model_dump", "model_validate")


def _allow_pydantic_prefixes(edits: _Edits, cls: ast.ClassDef) -> None:
    for stmt in cls.body:
        if (
            isinstance(stmt, ast.Assign)
            and [ast.unparse(t) for t in stmt.targets] == ["model_config"]
            and isinstance(stmt.value, ast.Call)
        ):
            kept = [ast.unparse(k) for k in stmt.value.keywords if k.arg != "protected_namespaces"]
            edits.replace(stmt.value, f"ConfigDict({', '.join([*kept, 'protected_namespaces=()'])})")
            return
    last = cls.body[-1]
    config = "\n    model_config = ConfigDict(protected_namespaces=())"
    edits.append_to_line(last.end_lineno or last.lineno, config)


def _fix_default(
    module: _Module, edits: _Edits, stmt: ast.AnnAssign, class_line: int, where: str
) -> str | None:
    """Converts a literal default the field's type does not hold; a note if it is dropped."""
    if stmt.value is None or (value := _literal(stmt.value)) is _NOT_LITERAL:
        return None
    atoms = _atoms(stmt.annotation)
    if any(_holds(module, atom, value) is not False for atom in atoms):
        return None  # held as it is, or a type not understood: left to the type checker
    literal = ast.unparse(stmt.value)  # a literal re-emitted: escaped, never spec text as code
    for atom in atoms:
        converted = _converted(module, atom, value, literal, class_line)
        if converted is not None:
            edits.replace(stmt.value, converted)
            return None
    edits.replace(stmt.value, "None")
    if not any(_is_none(a) for a in atoms):
        target = _widened_target(stmt.annotation)
        edits.replace(target, f"{ast.unparse(target)} | None")
    return f"default {literal[:60]} of {where} does not fit its type; dropped"


def _mark_override(
    module: _Module,
    edits: _Edits,
    stmt: ast.AnnAssign,
    name: str,
    field: str,
) -> str | None:
    """`# type: ignore[assignment]` on a redeclaration mypy rejects but that narrows the JSON value."""
    base = module.inherited(name, field)
    if base is None:
        return None
    atoms, base_atoms = _atoms(stmt.annotation), _atoms(base.annotation)
    verdicts = [[module.subtype(a, b) for b in base_atoms] for a in atoms]
    if any(v is None for row in verdicts for v in row) or all(any(row) for row in verdicts):
        return None  # compatible for mypy, or not understood
    kinds = [module.kinds(a) for a in atoms]
    base_kinds = [module.kinds(b) for b in base_atoms]
    if any(k is None for k in kinds + base_kinds):
        return None
    sub = set().union(*(k for k in kinds if k is not None))
    sup = set().union(*(k for k in base_kinds if k is not None))
    if "any" not in sup and not sub <= sup:
        return f"{name}.{field} redeclares an inherited field with a contradictory type"
    if edits.ends_in_code(stmt):
        edits.append_to_line(stmt.lineno, "  # type: ignore[assignment]")
    return None


def _widened_target(annotation: ast.expr) -> ast.expr:
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        return annotation.slice.elts[0]
    return annotation


def _strip_header(source: str) -> str:
    lines = source.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return (
        '"""Models of the API (generated with datamodel-code-generator)."""\n'
        + "\n".join(lines)
        + "\n"
    )


def _open_enums(source: str, runtime_import: str) -> str:
    """String enums accept values the vendor adds later (see `_runtime._enums.OpenEnum`)."""
    if not _OPEN_ENUM.search(source):
        return source
    source = _OPEN_ENUM.sub(r"class \1(OpenEnum):", source)
    return add_import(source, f"from {runtime_import}._enums import OpenEnum")


def add_import(source: str, *new: str) -> str:
    """`source` with the import lines `new` after its last import, in their order (one parse
    of the module however many there are)."""
    if not new:
        return source
    lines = source.splitlines()
    end = _imports_end(lines)
    lines[end:end] = new
    return "\n".join(lines) + "\n"


def _imports_end(lines: list[str]) -> int:
    """The index after the module's last import, read from its header only (the first class or
    function ends it): parsing a large models module costs ~0.4 s a time."""
    end = index = 0
    while index < len(lines) and not lines[index].startswith(("class ", "def ", "@")):
        if lines[index].startswith(("import ", "from ")):
            if lines[index].rstrip().endswith("("):  # a parenthesized import ends at ")"
                while not lines[index].rstrip().endswith(")") and index + 1 < len(lines):
                    index += 1
            end = index + 1
        index += 1
    return end


def _forward_compatible(source: str, runtime_import: str) -> str:
    """Models keep the fields a vendor adds later (`_runtime._deviations.APIModel`: extra
    fields allowed, reachable as `model_extra`, and counted as deviations)."""
    if not _PLAIN_MODEL.search(source):
        return source
    source = _PLAIN_MODEL.sub(r"class \1(APIModel):", source)
    return add_import(source, f"from {runtime_import}._deviations import APIModel")
