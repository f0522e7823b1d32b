"""`python -m generator validate`: clean on our specs, located problems on broken copies."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import REPO_ROOT, VENDORS, shared_path, vendor_spec_path
from generator.spec.loader import SpecError, load_spec
from generator.spec.validate import validate_file

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<pointer>/[^:]*): (?P<message>.+)$")


def run_validate(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", *map(str, paths)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )


def broken_copy(tmp_path: Path, vendor: str, old: str, new: str, count: int = 1) -> Path:
    text = vendor_spec_path(vendor).read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {vendor}.yaml"
    path = tmp_path / f"{vendor}-broken.yaml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_specs_are_valid(vendor: str) -> None:
    assert validate_file(vendor_spec_path(vendor)) == []


def test_cli_exit_zero_on_the_four_specs() -> None:
    result = run_validate()
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_wrong_type_keyword_is_located(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "timetrack", "type: integer", "type: integr")
    result = run_validate(path)
    assert result.returncode == 1
    problems = [LINE.match(line) for line in result.stdout.splitlines()]
    assert problems and all(problems), result.stdout
    first = problems[0]
    assert first is not None
    assert first["pointer"].endswith("/type")
    assert "integr" in first["message"]
    line_text = path.read_text().splitlines()[int(first["line"]) - 1]
    assert "integr" in line_text


def test_duplicate_operation_id_names_both_places(tmp_path: Path) -> None:
    old, new = "\n      operationId: getTimeEntry", "\n      operationId: listTimeEntries"
    path = broken_copy(tmp_path, "teampulse", old, new)
    problems = [str(p) for p in validate_file(path)]
    assert any("duplicate operationId 'listTimeEntries'" in p for p in problems), problems


def test_missing_summary_tag_and_2xx_are_reported(tmp_path: Path) -> None:
    text = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '404':
          description: nope
"""
    path = tmp_path / "lint.yaml"
    path.write_text(text)
    assert validate_file(path) == []  # a file outside specs/: plain OpenAPI validity only
    messages = [p.message for p in validate_file(path, strict=True)]
    assert "operation has no tag" in messages
    assert "operation has no summary" in messages
    assert "no 2xx response documented" in messages
    assert "error response has no body schema" in messages


PETSTORE = shared_path("bench-specs", "petstore-expanded.yaml")


def test_profiles_default_outside_specs_and_strict_on_request() -> None:
    default = run_validate(PETSTORE)
    assert default.returncode == 0, default.stdout
    assert "(default profile)" in default.stderr
    strict = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--strict", str(PETSTORE)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert strict.returncode == 1
    assert "(strict profile)" in strict.stderr
    lines = strict.stdout.splitlines()
    assert len(lines) == 8 and all(LINE.match(line) for line in lines)
    assert sum("operation has no tag" in line for line in lines) == 4


def test_our_specs_get_the_strict_profile(tmp_path: Path) -> None:
    result = run_validate()
    assert result.returncode == 0
    assert result.stderr.count("(strict profile)") == len(VENDORS)


@pytest.mark.parametrize(
    ("old", "new", "pointer_end", "message"),
    [
        (
            "offset-param: offset",
            "offest-param: offset",
            "/x-pagination/offest-param",
            "unknown key 'offest-param'",
        ),
        (
            "style: offset,",
            "style: offsets,",
            "/x-pagination/style",
            "unknown pagination style 'offsets'",
        ),
        ("max-days: 365", "max-days: a year", "/x-pagination/max-days", "must be an integer"),
        (
            "x-resource: {name: hour-records, action: create",
            "x-resource: {name: hour-records, action: make",
            "/x-resource/action",
            "unknown action 'make'",
        ),
    ],
)
def test_extension_mistakes_are_located(
    tmp_path: Path, old: str, new: str, pointer_end: str, message: str
) -> None:
    """A typo in an x- extension used to pass validate and be silently defaulted."""
    path = broken_copy(tmp_path, "bamboohr", old, new)
    problems = validate_file(path, strict=False)  # extensions are checked in every profile
    found = [p for p in problems if p.pointer.endswith(pointer_end)]
    assert found and message in found[0].message, problems
    assert found[0].line > 1
    line = path.read_text(encoding="utf-8").splitlines()[found[0].line - 1]
    assert new in line  # FILE:LINE points at the mistake


def test_unknown_operation_extension_is_a_house_rule(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "teampulse", "x-pagination:", "x-pagniation:")
    assert not any("unknown extension" in p.message for p in validate_file(path, strict=False))
    problems = validate_file(path, strict=True)
    assert any(p.message == "unknown extension 'x-pagniation'" for p in problems), problems


def test_example_that_does_not_match_its_schema(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "papershift", "manual_pause: 60", "manual_pause: sixty")
    problems = validate_file(path)
    assert any("example does not match its schema" in p.message for p in problems), problems
    assert all(p.line > 1 for p in problems)


def test_unresolved_ref_is_located(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "teampulse", "#/components/schemas/TimeEntry'", "#/components/schemas/Nope'"
    )
    problems = validate_file(path)
    assert any("unresolved $ref" in p.message and "Nope" in p.message for p in problems), problems


@pytest.mark.parametrize(
    "content",
    ["openapi: 3.1.0\ninfo: {title: x\n  bad: [", "- just\n- a list\n", "a: 1\na: 2\n", "\x00\x01"],
)
def test_broken_files_get_one_line_and_no_traceback(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(content)
    result = run_validate(path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert LINE.match(result.stdout.splitlines()[0]) or result.stdout.startswith(str(path))


def test_missing_file(tmp_path: Path) -> None:
    result = run_validate(tmp_path / "nope.yaml")
    assert result.returncode == 1
    assert "file not found" in result.stdout


def _alias_levels(levels: int, fan_out: int = 9) -> str:
    """A spec whose schemas nest YAML aliases: `fan_out ** levels` leaves once expanded."""
    lines = [
        "openapi: 3.1.0",
        'info: {title: t, version: "1"}',
        "paths: {}",
        "components:",
        "  schemas:",
    ]
    lines.append('    L0: &l0 {type: string, description: "leaf"}')
    for level in range(1, levels + 1):
        props = ", ".join(f"p{i}: *l{level - 1}" for i in range(fan_out))
        lines.append(f"    L{level}: &l{level} {{type: object, properties: {{{props}}}}}")
    return "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(_alias_levels(9), encoding="utf-8")  # ~390 million nodes once expanded
    for command in (
        ["validate", str(bomb)],
        ["generate", str(bomb), "--out", str(tmp_path / "out")],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "generator", *command],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,  # it used to walk the expanded tree for hours
        )
        assert result.returncode == 1
        assert "YAML aliases expand this document past" in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


def test_moderate_yaml_aliases_still_load(tmp_path: Path) -> None:
    spec = tmp_path / "aliases.yaml"
    spec.write_text(_alias_levels(3), encoding="utf-8")  # 9 ** 3 leaves: a spec may share a little
    loaded = load_spec(spec)
    leaf = loaded.resolve_pointer(
        "/components/schemas/L3/properties/p8/properties/p0/properties/p4"
    )
    assert leaf == {"type": "string", "description": "leaf"}


def test_wrong_default_is_located(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path,
        "timetrack",
        "minimum: 0\n            default: 0",
        "minimum: 0\n            default: soon",
    )
    result = run_validate(path)
    assert result.returncode == 1
    defaults = [
        line for line in result.stdout.splitlines() if "default does not match its schema" in line
    ]
    assert defaults, result.stdout
    found = LINE.match(defaults[0])
    assert found is not None and found["pointer"].endswith("/default")
    assert "'soon' is not of type 'integer'" in found["message"]


def test_a_backtracking_pattern_cannot_hang_validate(tmp_path: Path) -> None:
    near_miss = "a" * 40 + "!"  # Python's re needs ~2**40 steps to reject this for ^(a+)+$
    spec = tmp_path / "redos.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        'info: {title: t, version: "1"}\n'
        "paths:\n"
        "  /x:\n"
        "    get:\n"
        "      parameters:\n"
        "        - name: q\n"
        "          in: query\n"
        f'          schema: {{type: string, pattern: "^(a+)+$", default: "{near_miss}"}}\n'
        "      responses:\n"
        '        "200":\n'
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        '              schema: {type: object, patternProperties: {"^(a+)+$": {type: integer}}}\n'
        f'              example: {{"{near_miss}": "x", "aaa": "not a number"}}\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(spec)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert (
        f"/default: default does not match its schema: '{near_miss}' does not match"
        in result.stdout
    )
    assert "/example/aaa: example does not match its schema: 'not a number'" in result.stdout


def test_a_cached_verdict_is_the_same_and_an_edit_invalidates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    path = broken_copy(tmp_path, "papershift", "manual_pause: 60", "manual_pause: sixty")
    first = validate_file(path)
    (entry,) = (tmp_path / "cache" / "validate").iterdir()
    assert validate_file(path) == first and first
    for damaged in ("[[1, 2", "7", '[["one field"]]'):
        entry.write_text(damaged)
        assert validate_file(path) == first  # validated again, not a traceback
    assert validate_file(path, strict=True) == first  # the profile is part of the key
    path.write_text(vendor_spec_path("papershift").read_text(encoding="utf-8"), encoding="utf-8")
    assert validate_file(path) == []


def test_metaschema_verdicts_kept_per_schema_give_the_same_problems_after_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = broken_copy(tmp_path, "timetrack", "type: integer", "type: integr")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    first = validate_file(path)
    (entry,) = (tmp_path / "cache" / "metaschema").iterdir()
    kept = entry.read_bytes()
    assert any("integr" in p.message for p in first)
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit: the verdict is redone\n")
    assert validate_file(path) == first  # each schema's verdict read back
    assert entry.read_bytes() == kept
    path.write_text(path.read_text(encoding="utf-8").replace("type: integr", "type: integer"))
    fixed = validate_file(path)
    monkeypatch.setenv("GENERATOR_CACHE", "off")
    assert fixed == validate_file(path) == []


def test_a_parsed_spec_is_kept_by_its_text_and_a_damaged_entry_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = broken_copy(tmp_path, "papershift", "manual_pause: 60", "manual_pause: 61")
    monkeypatch.setenv("GENERATOR_CACHE", "off")
    parsed = load_spec(path)
    monkeypatch.setenv("GENERATOR_CACHE", "on")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    for _ in range(2):  # parsed and kept, then read back
        again = load_spec(path)
        assert (again.document, again.lines) == (parsed.document, parsed.lines)
    (entry,) = (tmp_path / "cache" / "specs").iterdir()
    entry.write_bytes(entry.read_bytes()[:100])
    assert load_spec(path).document == parsed.document
    path.write_text(path.read_text(encoding="utf-8").replace("61", "62"), encoding="utf-8")
    assert load_spec(path).document != parsed.document
    assert len(list((tmp_path / "cache" / "specs").iterdir())) == 2


def test_a_comma_in_an_unquoted_flow_mapping_is_a_stray_key(tmp_path: Path) -> None:
    """`{type: number, description: Pay per hour, for example 15.00.}` loses half its text."""
    path = broken_copy(
        tmp_path,
        "bamboohr",
        'payRate: {type: number, description: "Optional pay per hour, for example 15.00."}',
        "payRate: {type: number, description: Optional pay per hour, for example 15.00.}",
    )
    problems = [p for p in validate_file(path, strict=True) if "stray key" in p.message]
    assert [p.pointer.rsplit("/", 1)[-1] for p in problems] == ["for example 15.00."]
    assert "payRate" in path.read_text(encoding="utf-8").splitlines()[problems[0].line - 1]


def test_loading_leaves_the_cyclic_collector_as_it_was(tmp_path: Path) -> None:
    """The collector is paused while a spec parses: on again afterwards, also after a refusal."""
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(_alias_levels(9), encoding="utf-8")
    good = tmp_path / "aliases.yaml"
    good.write_text(_alias_levels(3), encoding="utf-8")
    assert gc.isenabled()
    load_spec(good)
    assert gc.isenabled()
    with pytest.raises(SpecError, match="alias bomb"):
        load_spec(bomb)
    assert gc.isenabled()
    other = tmp_path / "other.yaml"
    other.write_text(_alias_levels(2), encoding="utf-8")
    gc.disable()
    try:
        load_spec(other)
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()
