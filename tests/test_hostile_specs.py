"""Hostile specs: names and strings built to break or hijack generated code.

Random specs (hypothesis) put keywords, dunders, quotes, triple quotes, backslashes, newlines,
Jinja delimiters, unicode and leading digits into every name and string a spec has. The generated
package must parse, import, and contain no call or statement that came from the spec (checked on
its syntax tree), and nothing the spec says may reach datamodel-code-generator as an instruction.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import json
import sys
import tomllib
import warnings
from pathlib import Path
from typing import Any

import datamodel_code_generator
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.render.project import formatted, render_standalone

CANARY = "PWNED_CANARY"
PAYLOADS = [
    "class", "def", "None", "True", "import", "lambda", "match", "_", "__init__", "__class__",
    "__import__", "self", "model_config", "model_dump", "dict", "json", "schema", "fields",
    "Field", "BaseModel", "Any", "_models", "_base", "NOT_GIVEN", "response", "body", "timeout",
    "close", "1st", "0", "", " ", "-", "getThing", "get_thing", "GetThing", "VLAN", "Vlan",
    "\"", "'", '"""', "'''", "\\", "\\n", "\n", "\r", "\r\n# comment", "\x00", "\u2028", "\t",
    "{{ 7*7 }}", "{% raw %}", "{# c #}", "${x}", "%s", "f'{x}'", "ünïcødé", "名前", "🙂",
    f"\"); __import__('sys').modules.setdefault('{CANARY}', 1); (\"",
    f"'''\nimport sys; sys.modules['{CANARY}'] = 1\n'''",
    f'"""\nimport sys; sys.modules["{CANARY}"] = 1\n"""',
    f"x\n    __import__('sys').modules['{CANARY}'] = 1\n",
    f"a\r__import__('sys').modules['{CANARY}'] = 1",
    "{{ config.__class__.__init__.__globals__ }}",
]
texts = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=12))
names = st.one_of(st.sampled_from(PAYLOADS), st.text(min_size=1, max_size=10))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), texts)


@st.composite
def schemas(draw: st.DrawFn, refs: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "object", "array", "enum", "ref", "union"]))
    common = {"description": draw(texts), "title": draw(texts)}
    if kind == "ref" and refs:
        return {"$ref": "#/components/schemas/" + draw(st.sampled_from(refs)).replace("~", "~0").replace("/", "~1")}
    if kind == "object":
        props = draw(st.dictionaries(names, st.just({"type": "string"}), max_size=4))
        return {**common, "type": "object", "properties": {
            k: {**v, "default": draw(texts), "description": draw(texts), "x-python-type": CANARY}
            for k, v in props.items()
        }, "required": list(props)[:1]}
    if kind == "array":
        return {**common, "type": "array", "items": {"type": "string", "pattern": draw(texts)}}
    if kind == "enum":
        return {**common, "type": "string", "enum": draw(st.lists(texts, min_size=1, max_size=4, unique=True))}
    if kind == "union":
        return {"oneOf": [{"type": "string"}, {"type": "integer", "default": draw(st.integers())}]}
    return {**common, "type": kind, "default": draw(scalars), "example": draw(scalars)}


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    component_names = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    components = {n: draw(schemas(component_names)) for n in component_names}
    paths: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        segment = draw(names).replace("{", "").replace("}", "")
        operation = {
            "operationId": draw(names),
            "summary": draw(texts),
            "description": draw(texts),
            "tags": [draw(names)],
            "parameters": [
                {"name": draw(names), "in": draw(st.sampled_from(["query", "header", "cookie"])),
                 "description": draw(texts), "schema": draw(schemas(component_names))}
                for _ in range(draw(st.integers(0, 3)))
            ],
            "responses": {"200": {"description": draw(texts), "content": {
                "application/json": {"schema": draw(schemas(component_names))}}}},
        }
        if draw(st.booleans()):
            operation["requestBody"] = {"content": {"application/json": {"schema": draw(schemas(component_names))}}}
        paths.setdefault("/" + segment, {})[draw(st.sampled_from(["get", "post", "put"]))] = operation
    return {
        "openapi": draw(st.sampled_from(["3.0.3", "3.1.0"])),
        "info": {"title": draw(texts), "version": draw(texts), "description": draw(texts)},
        "servers": [{"url": draw(texts), "description": draw(texts)}],
        "tags": [{"name": draw(names), "description": draw(texts)}],
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {draw(names): {"type": "apiKey", "in": "header", "name": draw(texts)}},
        },
    }


_counter = itertools.count()
# Names a generated module may call besides its own classes and functions.
ALLOWED_CALLS = {
    "Field", "ConfigDict", "RootModel", "TypeVar", "Generic", "super", "isinstance", "str",
    "dict", "list", "tuple", "type", "frozenset", "set", "len", "getattr", "repr", "int",
    "_TypedDict",  # a body TypedDict whose keys are no Python names: keys and types as strings
}


def generate(spec: dict[str, Any], root: Path) -> tuple[str, dict[str, str]]:
    package = f"hostile_{next(_counter)}"
    path = root / f"{package}.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    files = formatted(render_standalone(path, package))
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return package, files


def defined_names(files: dict[str, str]) -> set[str]:
    found = set()
    for rel, text in files.items():
        if rel.endswith(".py"):
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                    found.add(node.name)
    return found


def assert_no_spec_code(rel: str, text: str, own: set[str]) -> None:
    """Module and class bodies hold only imports, definitions, assignments and docstrings; every
    call in the module names one of the package's own definitions or a known library callable."""
    tree = ast.parse(text)
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for stmt in body:
            docstring = isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            allowed = (ast.Import, ast.ImportFrom, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef,
                       ast.Assign, ast.AnnAssign, ast.Pass)
            assert docstring or isinstance(stmt, allowed), f"{rel}: {ast.unparse(stmt)[:200]}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            while isinstance(func, ast.Attribute):
                if func.attr in own or func.attr in ALLOWED_CALLS:
                    break
                func = func.value
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            assert name in own or name in ALLOWED_CALLS or _runtime_call(node), f"{rel}: {ast.unparse(node)[:200]}"


def _runtime_call(node: ast.Call) -> bool:
    """Calls on the shared runtime or the client's attributes (`_base.X(...)`, `self._client.y`)."""
    text = ast.unparse(node.func)
    return text.startswith(("_base.", "_pagination.", "_partial.", "_errors.", "self.", "os.environ.",
                            "pydantic.", "httpx.", "super()."))


def import_package(root: Path, package: str) -> None:
    sys.path.insert(0, str(root))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # an import-time warning breaks users of -W error
            for path in sorted((root / package).rglob("*.py")):
                module = path.relative_to(root).with_suffix("").as_posix().replace("/", ".")
                importlib.import_module(module.removesuffix(".__init__"))
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]


# No shrinking: each example runs the whole generator; a failure still prints its spec.
@settings(
    max_examples=20,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=specs())
def test_hostile_spec_generates_inert_importable_code(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("hostile")
    package, files = generate(spec, root)
    own = defined_names(files)
    for rel, text in files.items():
        if rel.endswith(".py") and "/_runtime/" not in rel:  # the runtime is rendered without spec data
            assert_no_spec_code(rel, text, own)
    tomllib.loads(files["pyproject.toml"])
    import_package(root, package)
    assert CANARY not in sys.modules


def test_jinja_in_a_spec_is_inert(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "{{ 1111*3 }} {% if 1 %}yes{% endif %}", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "get", "summary": "{{ 2222*3 }}", "responses": {"204": {"description": "ok"}}}}},
    }
    _, files = generate(spec, tmp_path)
    text = "".join(files.values())
    assert "{{ 1111*3 }}" in text and "{{ 2222*3 }}" in text and "{% if 1 %}" in text
    assert "3333" not in text and "6666" not in text


def test_schemas_made_only_of_looping_refs_become_any(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document whose schemas are all bare `$ref` loops still generates (the models library refuses it)."""
    ref = "#/components/schemas/"
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": ref + "Via"}}}}}}}},
        "components": {"schemas": {"Loop": {"$ref": ref + "Loop"}, "Via": {"$ref": ref + "Loop"}}},
    }
    monkeypatch.syspath_prepend(str(tmp_path))
    package, files = generate(spec, tmp_path)
    models = importlib.import_module(f"{package}.models")
    assert models.Via.model_validate({"any": 1}).root == {"any": 1}
    assert models.Loop.model_validate([1]).root == [1]
    assert capsys.readouterr().err.count("never reach a type; typed as Any") == 2
    spec["components"]["schemas"]["Real"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    package, files = generate(spec, tmp_path)
    assert importlib.import_module(f"{package}.models").Real(n=1).n == 1


def test_fields_in_pydantic_reserved_prefixes_import_without_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`model_dump*` / `model_validate*` properties: pydantic warns at import unless told not to
    (a client imported under `-W error` would fail)."""
    reserved = {"model_dump": {"type": "string"}, "model_validate_json": {"type": "integer"}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Child"}}}}}}}},
        "components": {"schemas": {
            "Parent": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Child": {"allOf": [{"$ref": "#/components/schemas/Parent"},
                                {"type": "object", "properties": {**reserved, "model_dump_extra": {"type": "string"}}}]},
            "Plain": {"type": "object", "properties": reserved},
        }},
    }
    monkeypatch.syspath_prepend(str(tmp_path))
    package, _ = generate(spec, tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        models = importlib.import_module(f"{package}.models")
    wire = {"model_dump": "a", "model_validate_json": 1, "model_dump_extra": "b", "name": "n"}
    assert models.Child.model_validate(wire).model_dump(by_alias=True, exclude_none=True) == wire
    plain = models.Plain.model_validate(wire)  # fields it does not declare are kept as extras
    assert plain.model_dump(by_alias=True, exclude_none=True) == wire
    assert plain.model_extra == {"model_dump_extra": "b", "name": "n"}


def test_models_generator_gets_no_code_keys_or_remote_refs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    real = datamodel_code_generator.generate

    def spy(document: Any, **options: Any) -> Any:
        seen.append(json.loads(json.dumps(document)))
        return real(document, **options)

    monkeypatch.setattr(datamodel_code_generator, "generate", spy)
    hostile = {
        "type": "object",
        "x-python-type": "os.system", "x-python-import": {"import": "os"},
        "customTypePath": "os.system", "customBasePath": "os.Base", "default_factory": "os.system",
        "x-datamodel-code-generator-field-name": "__class__", "x-is-base-class": True,
        "properties": {
            "a": {"type": "string", "x-python-type": "os.system", "default": {"x-python-type": "os"}},
            "b": {"$ref": "https://evil.example/schema.json"},
            "c": {"$ref": "./local.yaml#/Thing"},
            "d": {"type": "string", "format": "email", "pattern": "(?<=x)y{1,100000}"},
        },
    }
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}}}}}}},
        "components": {"schemas": {"Evil": hostile}},
    }
    package, files = generate(spec, tmp_path)
    assert seen, "datamodel-code-generator was not called"
    for key, value in _walk(seen[0]):
        assert not key.startswith("x-") and key not in ("customTypePath", "customBasePath", "default_factory"), key
        if key == "$ref":
            assert value.startswith("#/components/schemas/"), value
        assert key not in ("pattern", "format") or value in ("date", "date-time", "uuid"), (key, value)
    import_package(tmp_path, package)


def _walk(node: Any) -> list[tuple[str, Any]]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((str(key), value))
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found
