"""One loader for every entry point, typed x- extensions and derived credential variables."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from generator import REPO_ROOT, VENDORS, vendor_spec_path
from generator.ir.extensions import NotFoundRule, Pagination
from generator.ir.load import SourceError, load, source
from generator.ir.names import spec_id
from generator.spec.loader import SpecError

PROJECTS = """openapi: 3.1.0
info: {title: Projects, version: "1"}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
    key: {type: apiKey, in: header, name: X-Key}
    other_key: {type: apiKey, in: query, name: k}
    login: {type: http, scheme: basic}
paths: {}
"""


def test_vendor_ids_are_the_files_in_specs() -> None:
    assert set(VENDORS) == {p.stem for p in (REPO_ROOT / "specs").glob("*.yaml")}
    assert tuple(sorted(VENDORS)) == VENDORS


def test_every_entry_point_gets_the_same_ir() -> None:
    """A vendor id and its file are one source: built once, the same object."""
    assert load("timetrack") is load(vendor_spec_path("timetrack"))


def test_an_unknown_vendor_suggests_the_close_one() -> None:
    with pytest.raises(SourceError, match="did you mean 'papershift'"):
        source("papershfit")


def test_an_unsupported_version_is_refused_by_load(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text('swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n')
    with pytest.raises(SpecError, match="unsupported OpenAPI version '2.0'") as caught:
        load(path)
    assert caught.value.file.endswith("old.yaml")


def test_typed_extensions_of_the_vendor_specs() -> None:
    """The values every consumer now reads, with the spec's own words and our defaults."""
    sessions = load("papershift").operation("listWorkingSessions").ext.pagination
    assert sessions == Pagination(
        style="next-url",
        items="/working_sessions",
        next="/next_page",
        page_param="page",
        first_page=1,
        page_size=25,
    )
    attendances = load("timetrack").operations
    paged = [op.ext.pagination for op in attendances if op.ext.pagination]
    assert [p.first_page for p in paged] == [0]
    bamboo = load("bamboohr")
    assert any(NotFoundRule(empty_body=True) in op.ext.not_found for op in bamboo.operations)
    filters = [p.ext.filter_fields for op in load("teampulse").operations for p in op.parameters]
    assert any(f and "hours" in f for f in filters)
    assert all(op.ext.resource for op in bamboo.operations)


def test_extension_problems_reach_the_ir_warnings(tmp_path: Path) -> None:
    text = vendor_spec_path("teampulse").read_text(encoding="utf-8")
    path = tmp_path / "teampulse.yaml"
    path.write_text(text.replace("top-param: $top", "top-parameter: $top", 1), encoding="utf-8")
    api = load(path)
    assert any("unknown key 'top-parameter'" in w.message for w in api.warnings)
    paged = next(op for op in api.operations if op.ext.pagination)
    assert paged.ext.pagination is not None and paged.ext.pagination.top_param == "$top"


def test_credential_variables_are_derived_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "My-Projects.v2.yaml"
    path.write_text(PROJECTS)
    schemes = {s.key: s for s in load(path).security_schemes}
    assert spec_id(path) == "my_projects"
    assert schemes["token"].env_var == "MY_PROJECTS_ACCESS_TOKEN"
    assert schemes["key"].env_var == "MY_PROJECTS_API_KEY"
    assert schemes["other_key"].env_var == "MY_PROJECTS_OTHER_KEY_API_KEY"
    assert (schemes["login"].env_var, schemes["login"].password_env) == (
        "MY_PROJECTS_USERNAME",
        "MY_PROJECTS_PASSWORD",
    )
    # A vendor's own names win.
    assert load("papershift").security_schemes[0].env_var == "PAPERSHIFT_API_TOKEN"


@pytest.mark.parametrize("verb", ["mock", "contract"])
def test_a_mistyped_vendor_is_one_line_and_exit_2(verb: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", verb, "timetrak"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "did you mean 'timetrack'" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_rendering_twice_warns_the_same_and_leaves_the_shared_ir_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """load() shares one IR per file; what a render warns must not pile up in it."""
    from generator.render.project import render_standalone

    path = tmp_path / "loops.yaml"
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components: {schemas: {Loop: {$ref: '#/components/schemas/Loop'}, N: {type: integer}}}\n"
    )
    before = list(load(path).warnings)
    outputs = []
    for _ in range(2):
        outputs.append(render_standalone(path, "loops"))
        assert capsys.readouterr().err.count("typed as Any") == 1
    assert outputs[0] == outputs[1]
    assert load(path).warnings == before


def test_a_mistyped_verb_or_choice_gets_a_suggestion() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--format", "jsn", "a.yaml", "b.yaml"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith("did you mean 'json'?")
    assert "Traceback" not in result.stderr


def test_an_ir_with_warnings_travels_between_processes(tmp_path: Path) -> None:
    """diff loads OLD in a worker process and pickles it back; a located warning (a frozen
    dataclass exception) must survive that, or OLD is loaded a second time."""
    error = SpecError("spec.yaml", 3, "/paths", "unresolved $ref")
    assert pickle.loads(pickle.dumps(error)) == error
    spec = tmp_path / "broken.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/nowhere'}\n"
    )
    api = load(spec)
    assert api.warnings
    assert pickle.loads(pickle.dumps(api)).warnings == api.warnings
