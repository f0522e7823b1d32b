"""The `models` module of a generated client, through datamodel-code-generator.

The input is the IR's registry of model classes only (names already decided and safe); spec keys
that tell a code generator to import or execute something were stripped by the IR.
"""

from __future__ import annotations

import ast
import re
import warnings
from typing import Any

from datamodel_code_generator import (
    DataModelType,
    InputFileType,
    OpenAPIScope,
    PythonVersion,
    generate,
)

from generator.ir.model import Api

_OPEN_ENUM = re.compile(r"^class (\w+)\(StrEnum\):", re.MULTILINE)


_SCHEMA_PATH = re.compile(r"#/components/schemas/([A-Za-z0-9_]+)")
# Schemas the models generator rejects are typed as Any, one at a time, at most this many.
_MAX_FALLBACKS = 25


class ModelGenerationError(Exception):
    def __init__(self, message: str, schema: str | None = None) -> None:
        super().__init__(message)
        self.schema = schema


def render_models(api: Api, runtime_import: str) -> str:
    """Source of the models module; raises ModelGenerationError with the generator's reason.

    A schema the generator rejects becomes `Any` with a located warning (in `api.warnings`).
    """
    if not api.model_schemas:
        return '"""No schemas in this spec."""\n\nfrom __future__ import annotations\n'
    schemas = dict(api.model_schemas)
    for _ in range(_MAX_FALLBACKS):
        try:
            source = _generate(schemas, api.spec.version)
            break
        except ModelGenerationError as err:
            if err.schema not in schemas or schemas[err.schema] == {}:
                raise
            schemas[err.schema] = {}
            pointer = api.model_origins.get(err.schema, "")
            api.warnings.append(api.spec.error(pointer, f"{err}; typed as Any"))
    else:
        raise ModelGenerationError(f"more than {_MAX_FALLBACKS} schemas rejected")
    source = _open_enums(_annotated_constraints(_strip_header(source)), runtime_import)
    return source + _missing_classes(api, set(schemas) - model_class_names(source))


def _missing_classes(api: Api, missing: set[str]) -> str:
    """`Any` classes for registered schemas the generator wrote no class for (a `$ref` cycle)."""
    for name in sorted(missing):
        pointer = api.model_origins.get(name, "")
        api.warnings.append(api.spec.error(pointer, "schema is only a reference to itself; typed as Any"))
    if not missing:
        return ""
    imports = "\nfrom typing import Any as _Any\n\nfrom pydantic import RootModel as _RootModel\n"
    return imports + "".join(f"\n\nclass {n}(_RootModel[_Any]):\n    root: _Any\n" for n in sorted(missing))


def _generate(schemas: dict[str, Any], version: str) -> str:
    document: dict[str, Any] = {
        "openapi": version if version.startswith("3.") else "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = generate(document, **_OPTIONS)
    except Exception as exc:  # the library's own errors are not one hierarchy
        found = _SCHEMA_PATH.search(str(exc))
        message = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise ModelGenerationError(message, found.group(1) if found else None) from None
    if not isinstance(source, str):
        raise ModelGenerationError("datamodel-code-generator produced several modules")
    return source


_OPTIONS: dict[str, Any] = {
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


def _annotated_constraints(source: str) -> str:
    """`constr(pattern=...)` (which type checkers reject) -> `Annotated[str, Field(pattern=...)]`."""
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
    tree = ast.parse(source)
    last_import = max(
        node.end_lineno or 0 for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)
    )
    lines = source.splitlines()
    lines.insert(last_import, f"from {runtime_import}._enums import OpenEnum")
    return "\n".join(lines) + "\n"


def model_class_names(source: str) -> set[str]:
    return {n.name for n in ast.parse(source).body if isinstance(n, ast.ClassDef)}
