"""Every diff rule on a fixture pair: tests/fixtures/diff/old.yaml and a copy edited one way."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import diff_sources, read_source

FIXTURE = Path(__file__).parent / "fixtures" / "diff" / "old.yaml"
BASE: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
Edit = Callable[[dict[str, Any]], None]


def _list(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/time_entries"]["get"]


def _create(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/time_entries"]["post"]


def _entry(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["TimeEntry"]


def _new_entry(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["NewTimeEntry"]


def _param(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in _list(doc)["parameters"] if p["name"] == name)


def diff_edit(tmp_path: Path, edit: Edit) -> Any:
    doc = copy.deepcopy(BASE)
    edit(doc)
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return diff_sources(read_source(str(FIXTURE)), read_source(str(new)))


def _rename_tag(doc: dict[str, Any]) -> None:
    for op in (_list(doc), _create(doc), doc["paths"]["/time_entries/{id}"]["get"]):
        op["tags"] = ["Entries"]
    doc["tags"] = [{"name": "Entries"}]


def _rename_schema(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    schemas["Entry"] = schemas.pop("TimeEntry")
    text = yaml.safe_dump(doc).replace(
        "#/components/schemas/TimeEntry", "#/components/schemas/Entry"
    )
    doc.clear()
    doc.update(yaml.safe_load(text))


def _second_success(doc: dict[str, Any]) -> None:
    _create(doc)["responses"]["200"] = {"description": "Already there"}


def _widen_hours(doc: dict[str, Any]) -> None:
    _entry(doc)["properties"]["id"]["type"] = "number"


def _move_top(doc: dict[str, Any]) -> None:
    _param(doc, "top")["in"] = "header"


def _require_top(doc: dict[str, Any]) -> None:
    _param(doc, "top")["required"] = True


def _remove_server(doc: dict[str, Any]) -> None:
    doc["servers"] = []


# (edit, rule id, level, scope, semver of the whole diff)
CASES: list[tuple[str, Edit, str, str, str, str]] = [
    (
        "operation removed",
        lambda d: d["paths"]["/time_entries/{id}"].pop("get"),
        "operation-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "operation added",
        lambda d: d["paths"].__setitem__(
            "/projects",
            {
                "get": {
                    "operationId": "listProjects",
                    "tags": ["Projects"],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        ),
        "operation-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "operation deprecated",
        lambda d: _list(d).__setitem__("deprecated", True),
        "operation-deprecated",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "path parameter renamed only",
        lambda d: (
            d["paths"].__setitem__("/time_entries/{entry_id}", d["paths"].pop("/time_entries/{id}"))
            or d["paths"]["/time_entries/{entry_id}"]["get"]["parameters"][0].__setitem__(
                "name", "entry_id"
            )
        ),
        "sdk-parameter-removed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "summary edited",
        lambda d: _list(d).__setitem__("summary", "List the entries"),
        "operation-description-changed",
        "info",
        "wire",
        "patch",
    ),
    (
        "required query parameter added",
        lambda d: _list(d)["parameters"].append(
            {"name": "user", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "request-parameter-added-required",
        "breaking",
        "wire",
        "major",
    ),
    (
        "optional query parameter added",
        lambda d: _list(d)["parameters"].append(
            {"name": "user", "in": "query", "schema": {"type": "string"}}
        ),
        "request-parameter-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "query parameter removed",
        lambda d: _list(d)["parameters"].pop(1),
        "request-parameter-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "parameter moved to a header",
        _move_top,
        "request-parameter-location-changed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "parameter became required",
        _require_top,
        "request-parameter-became-required",
        "breaking",
        "wire",
        "major",
    ),
    (
        "parameter type changed",
        lambda d: _param(d, "top")["schema"].__setitem__("type", "string"),
        "request-type-changed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "parameter type widened",
        lambda d: _param(d, "top")["schema"].__setitem__("type", "number"),
        "request-type-widened",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "kwarg type widened",
        lambda d: _param(d, "top")["schema"].__setitem__("type", "number"),
        "sdk-parameter-type-widened",
        "non-breaking",
        "sdk",
        "minor",
    ),
    (
        "parameter maximum lowered",
        lambda d: _param(d, "top")["schema"].__setitem__("maximum", 50),
        "request-constraint-narrowed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "parameter maximum raised",
        lambda d: _param(d, "top")["schema"].__setitem__("maximum", 500),
        "request-constraint-widened",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "request enum narrowed",
        lambda d: _param(d, "state")["schema"].__setitem__("enum", ["open"]),
        "request-enum-value-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request enum widened",
        lambda d: _param(d, "state")["schema"]["enum"].append("archived"),
        "request-enum-value-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "request body required property added",
        lambda d: _new_entry(d)["required"].append("project"),
        "request-property-became-required",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request body new required property",
        lambda d: (
            _new_entry(d)["properties"].__setitem__("user", {"type": "string"})
            or _new_entry(d)["required"].append("user")
        ),
        "request-property-added-required",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request body type narrowed",
        lambda d: _new_entry(d)["properties"]["hours"].__setitem__("type", "integer"),
        "request-type-narrowed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request body type widened",
        lambda d: _new_entry(d)["properties"]["project"].__setitem__("type", "number"),
        "request-type-widened",
        "non-breaking",
        "wire",
        "major",
    ),
    (
        "required request body added",
        lambda d: _list(d).__setitem__(
            "requestBody",
            {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
        ),
        "request-body-added-required",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request body removed",
        lambda d: _create(d).pop("requestBody"),
        "request-body-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request media type changed",
        lambda d: _create(d)["requestBody"].__setitem__(
            "content", {"application/xml": _create(d)["requestBody"]["content"]["application/json"]}
        ),
        "request-media-type-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "response media type added",
        lambda d: _list(d)["responses"]["200"]["content"].__setitem__(
            "text/csv", {"schema": {"type": "string"}}
        ),
        "response-media-type-added",
        "breaking",
        "wire",
        "major",
    ),
    (
        "request media type added",
        lambda d: _create(d)["requestBody"]["content"].__setitem__(
            "application/x-www-form-urlencoded", {"schema": {"type": "object"}}
        ),
        "request-media-type-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "request property removed",
        lambda d: _new_entry(d)["properties"].pop("project"),
        "request-property-removed",
        "non-breaking",
        "wire",
        "major",  # the SDK model lost a field
    ),
    (
        "request property removed from a closed schema",
        lambda d: (
            _new_entry(d)["properties"].pop("project")
            and _new_entry(d).__setitem__("additionalProperties", False)
        ),
        "request-property-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "response property removed",
        lambda d: _entry(d)["properties"].pop("note"),
        "response-property-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "response property added",
        lambda d: _entry(d)["properties"].__setitem__("user", {"type": "string"}),
        "response-property-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    ("response type widened", _widen_hours, "response-type-widened", "breaking", "wire", "major"),
    (
        "response type changed",
        lambda d: _entry(d)["properties"]["hours"].__setitem__("type", "string"),
        "response-type-changed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "response type narrowed",
        lambda d: _entry(d)["properties"]["hours"].__setitem__("type", "integer"),
        "response-type-narrowed",
        "non-breaking",
        "wire",
        "major",
    ),
    (
        "response nullable added",
        lambda d: _entry(d)["properties"]["note"].__setitem__("nullable", True),
        "response-nullable-added",
        "breaking",
        "wire",
        "major",
    ),
    (
        "response enum value added",
        lambda d: _entry(d)["properties"]["status"]["enum"].append("rejected"),
        "response-enum-value-added",
        "breaking",
        "wire",
        "major",
    ),
    (
        "response enum value removed",
        lambda d: _entry(d)["properties"]["status"].__setitem__("enum", ["draft"]),
        "response-enum-value-removed",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "response property became optional",
        lambda d: _entry(d).__setitem__("required", ["id"]),
        "response-property-became-optional",
        "breaking",
        "wire",
        "major",
    ),
    (
        "success status removed",
        lambda d: _create(d)["responses"].__setitem__("200", _create(d)["responses"].pop("201")),
        "response-success-status-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "success status added",
        _second_success,
        "response-success-status-added",
        "breaking",
        "wire",
        "major",
    ),
    (
        "error status added",
        lambda d: _list(d)["responses"].__setitem__("429", {"description": "Slow down"}),
        "response-status-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "error status removed",
        lambda d: _list(d)["responses"].pop("404"),
        "response-status-removed",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "response media type changed",
        lambda d: d["paths"]["/time_entries/{id}"]["get"]["responses"]["200"].__setitem__(
            "content", {"text/csv": {"schema": {"type": "string"}}}
        ),
        "response-media-type-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "security scheme changed",
        lambda d: d["components"]["securitySchemes"]["apiKey"].__setitem__("name", "Authorization"),
        "security-scheme-changed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "security scheme removed",
        lambda d: (
            d["components"]["securitySchemes"].__setitem__(
                "bearer", d["components"]["securitySchemes"].pop("apiKey")
            )
            or d.__setitem__("security", [{"bearer": []}])
        ),
        "security-scheme-removed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "operation security changed",
        lambda d: (
            d["components"]["securitySchemes"].__setitem__(
                "basic", {"type": "http", "scheme": "basic"}
            )
            or _list(d).__setitem__("security", [{"basic": []}])
        ),
        "operation-security-changed",
        "breaking",
        "wire",
        "major",
    ),
    (
        "operation security alternative added",
        lambda d: (
            d["components"]["securitySchemes"].__setitem__(
                "basic", {"type": "http", "scheme": "basic"}
            )
            or _list(d).__setitem__("security", [{"apiKey": []}, {"basic": []}])
        ),
        "operation-security-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    ("last server removed", _remove_server, "server-removed", "breaking", "wire", "major"),
    (
        "server replaced",
        lambda d: d.__setitem__("servers", [{"url": "https://api.example.com/v2"}]),
        "server-removed",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "server added",
        lambda d: d["servers"].append({"url": "https://eu.example.com/v1"}),
        "server-added",
        "non-breaking",
        "wire",
        "minor",
    ),
    (
        "info description edited",
        lambda d: d["info"].__setitem__("description", "Now documented"),
        "api-description-changed",
        "info",
        "wire",
        "patch",
    ),
    # SDK scope: the wire is the same, the Python surface is not.
    (
        "operationId renamed",
        lambda d: _list(d).__setitem__("operationId", "listEntries"),
        "sdk-method-renamed",
        "breaking",
        "sdk",
        "major",
    ),
    ("tag moved", _rename_tag, "sdk-method-renamed", "breaking", "sdk", "major"),
    ("tag moved: resource gone", _rename_tag, "sdk-resource-removed", "breaking", "sdk", "major"),
    (
        "tag moved: resource added",
        _rename_tag,
        "sdk-resource-added",
        "non-breaking",
        "sdk",
        "major",
    ),
    ("schema renamed", _rename_schema, "sdk-model-renamed", "breaking", "sdk", "major"),
    ("required kwarg", _require_top, "sdk-parameter-became-required", "breaking", "sdk", "major"),
    (
        "new required kwarg",
        lambda d: _list(d)["parameters"].append(
            {"name": "user", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "sdk-parameter-added-required",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "new optional kwarg",
        lambda d: _list(d)["parameters"].append(
            {"name": "user", "in": "query", "schema": {"type": "string"}}
        ),
        "sdk-parameter-added",
        "non-breaking",
        "sdk",
        "minor",
    ),
    (
        "kwarg removed",
        lambda d: _list(d)["parameters"].pop(1),
        "sdk-parameter-removed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "kwarg type changed",
        lambda d: _param(d, "top")["schema"].__setitem__("type", "string"),
        "sdk-parameter-type-changed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "method removed",
        lambda d: d["paths"]["/time_entries/{id}"].pop("get"),
        "sdk-method-removed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "method added",
        lambda d: d["paths"]["/time_entries/{id}"].__setitem__(
            "delete",
            {
                "operationId": "deleteTimeEntry",
                "tags": ["Time Entries"],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {"204": {"description": "gone"}},
            },
        ),
        "sdk-method-added",
        "non-breaking",
        "sdk",
        "minor",
    ),
    (
        "return type changed",
        lambda d: d["paths"]["/time_entries/{id}"]["get"]["responses"]["200"]["content"][
            "application/json"
        ].__setitem__("schema", {"type": "string"}),
        "sdk-return-type-changed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "body type changed",
        lambda d: _create(d)["requestBody"]["content"]["application/json"].__setitem__(
            "schema", {"$ref": "#/components/schemas/TimeEntry"}
        ),
        "sdk-body-type-changed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "model removed",
        lambda d: (
            _create(d)["requestBody"]["content"]["application/json"].__setitem__(
                "schema", {"type": "object"}
            )
            or d["components"]["schemas"].pop("NewTimeEntry")
        ),
        "sdk-model-removed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "model added",
        lambda d: d["components"]["schemas"].__setitem__(
            "Project", {"type": "object", "properties": {"id": {"type": "integer"}}}
        ),
        "sdk-model-added",
        "non-breaking",
        "sdk",
        "minor",
    ),
    (
        "model field removed",
        lambda d: _entry(d)["properties"].pop("note"),
        "sdk-model-field-removed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "model field added",
        lambda d: _entry(d)["properties"].__setitem__("user", {"type": "string"}),
        "sdk-model-field-added",
        "non-breaking",
        "sdk",
        "minor",
    ),
    (
        "model field added required",
        lambda d: (
            _new_entry(d)["properties"].__setitem__("user", {"type": "string"})
            or _new_entry(d)["required"].append("user")
        ),
        "sdk-model-field-added-required",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "model field type changed",
        lambda d: _entry(d)["properties"]["hours"].__setitem__("type", "string"),
        "sdk-model-field-type-changed",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "model field became optional",
        lambda d: _entry(d).__setitem__("required", ["id"]),
        "sdk-model-field-became-optional",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "model field became required",
        lambda d: _new_entry(d)["required"].append("note"),
        "sdk-model-field-became-required",
        "breaking",
        "sdk",
        "major",
    ),
    (
        "method deprecated",
        lambda d: _list(d).__setitem__("deprecated", True),
        "sdk-method-deprecated",
        "non-breaking",
        "sdk",
        "minor",
    ),
]


@pytest.mark.parametrize(
    ("rule", "level", "scope", "semver", "edit"),
    [pytest.param(c[2], c[3], c[4], c[5], c[1], id=c[0]) for c in CASES],
)
def test_rule(tmp_path: Path, rule: str, level: str, scope: str, semver: str, edit: Edit) -> None:
    result = diff_edit(tmp_path, edit)
    found = [c for c in result.changes if c.id == rule]
    assert found, f"{rule} not reported; got {[c.id for c in result.changes]}"
    assert {c.level for c in found} == {level}
    assert {c.scope for c in found} == {scope}
    assert result.semver == semver


def test_unchanged_spec_has_no_changes(tmp_path: Path) -> None:
    result = diff_edit(tmp_path, lambda d: None)
    assert result.changes == []
    assert result.semver == "none"


def test_renamed_operation_id_is_wire_neutral(tmp_path: Path) -> None:
    result = diff_edit(tmp_path, lambda d: _list(d).__setitem__("operationId", "listEntries"))
    assert [c for c in result.changes if c.scope == "wire"] == []
    (renamed,) = [c for c in result.changes if c.id == "sdk-method-renamed"]
    assert (
        "client.time_entries.list_time_entries() is now client.time_entries.list_entries()"
        in renamed.message
    )


def test_required_kwarg_message_names_the_call(tmp_path: Path) -> None:
    result = diff_edit(tmp_path, _require_top)
    (change,) = [c for c in result.changes if c.id == "sdk-parameter-became-required"]
    assert change.message == "client.time_entries.list_time_entries(top=) is now required: pass it"
    assert change.operation == "GET /time_entries"


def test_path_parameter_rename_is_not_a_wire_change(tmp_path: Path) -> None:
    def rename(d: dict[str, Any]) -> None:
        d["paths"]["/time_entries/{entry_id}"] = d["paths"].pop("/time_entries/{id}")
        d["paths"]["/time_entries/{entry_id}"]["get"]["parameters"][0]["name"] = "entry_id"

    result = diff_edit(tmp_path, rename)
    assert [c.id for c in result.changes if c.scope == "wire"] == []


def test_request_widening_does_not_break_but_response_widening_does(tmp_path: Path) -> None:
    request = diff_edit(
        tmp_path, lambda d: _new_entry(d)["properties"]["project"].__setitem__("type", "number")
    )
    assert request.count("breaking") == 1  # only the SDK: the model field's type changed
    assert [c.id for c in request.changes if c.level == "breaking"] == [
        "sdk-model-field-type-changed"
    ]
    response = diff_edit(tmp_path, _widen_hours)
    assert "response-type-widened" in {c.id for c in response.changes if c.level == "breaking"}


def test_request_body_became_required(tmp_path: Path) -> None:
    """The fixture's create body is required: diffed from a copy where it is optional."""
    doc = copy.deepcopy(BASE)
    _create(doc)["requestBody"]["required"] = False
    old = tmp_path / "old.yaml"
    old.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    result = diff_sources(read_source(str(old)), read_source(str(FIXTURE)))
    assert {c.id for c in result.changes} >= {"request-body-became-required"}
    assert result.semver == "major"


def test_rename_that_keeps_the_old_id_as_an_alias_is_not_breaking(tmp_path: Path) -> None:
    def rename(d: dict[str, Any]) -> None:
        _list(d)["operationId"] = "listEntries"
        _list(d)["x-previous-operation-ids"] = ["listTimeEntries"]

    result = diff_edit(tmp_path, rename)
    assert [(c.id, c.level) for c in result.changes] == [
        ("sdk-method-renamed-with-alias", "non-breaking")
    ]
    assert result.semver == "minor"
