"""`overlay apply`: Overlay documents (the Overlay specification's own examples and ours) applied
to a hand-written YAML spec change only the nodes they target, keep every other line, and leave
an `x-observed` entry on each changed node."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator import vendor_spec_path
from generator.cli import main
from generator.overlay.apply import annotation_parts, apply_file, read_round_trip

FIXTURES = Path(__file__).parent / "overlay_fixtures"
PETS = FIXTURES / "pets.yaml"
TODAY = "2026-12-01"


def _applied(name: str, spec: Path = PETS) -> tuple[str, dict]:
    text, _ = apply_file(FIXTURES / name, spec, today=TODAY)
    return text, YAML(typ="safe").load(text)


def _removed_and_added(before: str, after: str) -> tuple[list[str], list[str]]:
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return [d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")]


@pytest.mark.parametrize("vendor", ["papershift", "teampulse", "timetrack"])
def test_round_trip_without_changes_is_byte_identical(vendor):
    path = vendor_spec_path(vendor)
    assert read_round_trip(path).dump() == path.read_text(encoding="utf-8")


def test_targeted_example_changes_only_its_targets():
    text, doc = _applied("targeted.overlay.yaml")
    assert doc["paths"]["/foo"]["get"]["description"] == "This is the new description"
    assert doc["paths"]["/bar"]["get"]["description"] == "This is the updated description"
    assert doc["paths"]["/bar"]["post"] == {
        "description": "This is an updated description of a child object",
        "x-safe": False,
    }
    assert "x-observed" in doc["paths"]["/bar"]  # on the target, not inside the update
    removed, added = _removed_and_added(PETS.read_text(), text)
    assert removed == ["      description: Old foo.", "      description: Old bar."]
    # Comments, quoting, flow style and key order of everything else stay as written.
    for line in (
        "  title: Pets   # a comment that must survive",
        "# The pets and their owners.",
        '        "200": {description: OK}',
        "        id: {type: integer}   # the pet's id",
    ):
        assert line in text.splitlines()
    assert not any("title" in line or "Pet" in line for line in added)


def test_each_changed_node_gets_one_x_observed_entry():
    _, doc = _applied("targeted.overlay.yaml")
    entries = doc["paths"]["/foo"]["get"]["x-observed"]
    assert len(entries) == 1
    assert entries[0]["date"] == TODAY
    assert len(entries[0]["fingerprint"]) == 12
    assert "Targeted Overlay" in entries[0]["seen"]


def test_wildcard_example_updates_every_match_and_filters_parameters():
    _, doc = _applied("wildcard.overlay.yaml")
    assert all(item["get"]["x-safe"] is True for item in doc["paths"].values())
    filter_param, dummy = doc["paths"]["/pets"]["get"]["parameters"]
    assert filter_param["schema"] == {"type": "string", "$ref": "#/components/schemas/filterSchema"}
    assert "$ref" not in dummy["schema"]
    # The parameter is an object: its x-observed sits on it, not in its schema.
    assert "x-observed" in filter_param and "x-observed" not in filter_param["schema"]


def test_array_examples_append_and_remove():
    _, doc = _applied("arrays.overlay.yaml")
    names = [p["name"] for p in doc["paths"]["/pets"]["get"]["parameters"]]
    assert names == ["filter", "newParam"]
    # A removed array item leaves its note on the operation that held the list.
    assert len(doc["paths"]["/pets"]["get"]["x-observed"]) == 2


def test_structured_example_merges_from_the_root_and_null_is_a_placeholder():
    _, doc = _applied("structured.overlay.yaml")
    assert doc["info"]["x-overlay-applied"] == "structured-overlay"
    assert doc["info"]["title"] == "Pets"
    assert doc["paths"]["/"]["summary"] == "The root resource"
    assert doc["paths"]["/"]["get"]["x-rate-limit"] == 100
    assert doc["paths"]["/pets"]["get"]["summary"] == "Retrieve a list of pets"
    assert doc["components"]["schemas"]["Pet"]["required"] == ["id", "name"]
    assert "tags" not in doc
    assert "x-observed" in doc  # the root changed


def test_traits_example_selects_by_filter():
    _, doc = _applied("traits.overlay.yaml")
    assert [p["name"] for p in doc["paths"]["/foo"]["get"]["parameters"]] == ["top", "skip"]
    assert "parameters" not in doc["paths"]["/bar"]["get"]


def test_overlay_1_1_scalars_concatenation_and_copy():
    _, doc = _applied("v11.overlay.yaml")
    assert doc["paths"]["/foo"]["get"]["description"] == "Replaced foo."
    assert doc["paths"]["/pets"]["get"]["tags"] == ["pets"]
    assert doc["components"]["schemas"]["Pet"]["required"] == ["id", "name", "tag"]
    assert doc["paths"]["/other"]["get"]["description"] == "Old bar."


def test_overlay_1_0_replaces_arrays(tmp_path):
    overlay = tmp_path / "o.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.components.schemas.Pet\n    update: {required: [id]}\n"
    )
    text, _ = apply_file(overlay, PETS, today=TODAY)
    assert "      required: [id]" in text.splitlines()


def test_x_observed_never_lands_in_a_map_of_names():
    doc = YAML(typ="safe").load(PETS.read_text())
    pet = ["components", "schemas", "Pet"]
    assert annotation_parts(doc, [*pet, "properties"]) == pet
    assert annotation_parts(doc, [*pet, "properties", "id"]) == [*pet, "properties", "id"]
    assert annotation_parts(doc, ["paths", "/pets", "get", "responses", "200", "content"]) == [
        "paths",
        "/pets",
        "get",
        "responses",
        "200",
    ]
    assert annotation_parts(doc, [*pet, "required"]) == pet


def test_json_spec_comes_back_as_json(tmp_path):
    spec = tmp_path / "pets.json"
    spec.write_text(json.dumps(YAML(typ="safe").load(PETS.read_text())))
    text, _ = apply_file(FIXTURES / "targeted.overlay.yaml", spec, today=TODAY)
    assert json.loads(text)["paths"]["/foo"]["get"]["description"] == "This is the new description"


def _overlay(tmp_path: Path, actions: str, version: str = "1.0.0") -> Path:
    path = tmp_path / "bad.overlay.yaml"
    path.write_text(f"overlay: {version}\ninfo: {{title: t, version: '1'}}\nactions:\n{actions}")
    return path


@pytest.mark.parametrize(
    "actions, code, expected",
    [
        (
            "  - target: $.paths['/nope']\n    update: {x-a: 1}\n",
            1,
            "actions[0]: $.paths['/nope'] selects nothing",
        ),
        (
            "  - target: $.info\n    update: {x-a: 1}\n  - target: '$.paths[?'\n    remove: true\n",
            1,
            "actions[1]: bad JSONPath",
        ),
        (
            "  - target: $.info.title\n    update: New\n",
            1,
            "actions[0]: $['info']['title'] is a scalar",
        ),
        ("  - target: $.info\n    update: [1]\n", 1, "actions[0]: $['info'] is an object"),
        ("  - target: paths\n    update: {}\n", 2, "actions[0]: target must be a JSONPath"),
        ("  - target: $.info\n", 2, "actions[0]: needs update, copy or remove"),
        ("  - target: $\n    remove: true\n", 1, "actions[0]: the document root cannot be removed"),
    ],
)
def test_errors_are_one_line_naming_file_and_action(tmp_path, capsys, actions, code, expected):
    overlay = _overlay(tmp_path, actions)
    out = tmp_path / "out.yaml"
    assert main(["overlay", "apply", str(overlay), str(PETS), "--out", str(out)]) == code
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert str(overlay) in err and expected in err, err
    assert "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, update: {}}]\n",
            "/overlay: expected an Overlay version",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n",
            "/actions: needs at least one action",
        ),
        ("overlay: 1.0.0\nactions: [{target: $, update: {}}]\n", "/info: needs a title"),
        ("overlay: 1.0.0\n  bad: [\n", "cannot read the overlay"),
    ],
)
def test_bad_overlay_documents_are_usage_errors(tmp_path, capsys, text, expected):
    overlay = tmp_path / "o.yaml"
    overlay.write_text(text)
    assert main(["overlay", "apply", str(overlay), str(PETS)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and expected in err and str(overlay) in err, err


def test_missing_spec_is_a_usage_error(tmp_path, capsys):
    assert (
        main(
            ["overlay", "apply", str(FIXTURES / "targeted.overlay.yaml"), str(tmp_path / "x.yaml")]
        )
        == 2
    )
    assert "cannot read the spec" in capsys.readouterr().err


def test_cli_writes_stdout_without_out(capsys):
    assert main(["overlay", "apply", str(FIXTURES / "targeted.overlay.yaml"), str(PETS)]) == 0
    captured = capsys.readouterr()
    assert "This is the new description" in captured.out
    assert "3 action(s) applied, 3 node(s) changed" in captured.err
