"""`python -m generator diff`: sources (files, git:REV:path), locations, formats and exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator import REPO_ROOT
from generator.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "diff" / "old.yaml"
OLD_TEXT = FIXTURE.read_text(encoding="utf-8")


def _lines_of(text: str, needle: str, after: str = "") -> set[int]:
    """The key's line and its value's first line (the loader's index gives a mapping value's)."""
    line = _line(text, needle, after)
    return {line, line + 1}


def _line(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[: text.index(needle, start)].count("\n") + 1


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    """note removed from TimeEntry (breaking), a summary edited (info), top required (breaking)."""
    text = OLD_TEXT.replace(
        "        note:\n          type: string\n        status:", "        status:"
    ).replace("summary: List time entries", "summary: List the time entries")
    text = text.replace(
        "        - name: top\n          in: query\n",
        "        - name: top\n          in: query\n          required: true\n",
    )
    path = tmp_path / "new.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_report_and_locations(capsys: pytest.CaptureFixture[str], edited: Path) -> None:
    code, out, _ = _run(capsys, str(FIXTURE), str(edited), "--format", "json")
    assert code == 1  # breaking changes, default --fail-on breaking
    doc = json.loads(out)
    assert doc["semver"] == "major"
    assert set(doc["changes"][0]) == {
        "id",
        "level",
        "scope",
        "operation",
        "pointer",
        "location",
        "message",
    }
    by_id = {c["id"]: c for c in doc["changes"]}
    removed = by_id["response-property-removed"]
    assert removed["pointer"] == "/components/schemas/TimeEntry/properties/note"
    # A removal is located in the old file, at the removed property's line.
    file, line = removed["location"].rsplit(":", 1)
    assert file == "tests/fixtures/diff/old.yaml"
    assert int(line) in _lines_of(OLD_TEXT, "note:", "TimeEntry:")
    required = by_id["request-parameter-became-required"]
    new_text = edited.read_text(encoding="utf-8")
    assert required["location"].endswith(f"new.yaml:{_line(new_text, '- name: top')}")
    assert required["operation"] == "GET /time_entries"
    assert by_id["operation-description-changed"]["level"] == "info"
    assert by_id["sdk-parameter-became-required"]["message"] == (
        "client.time_entries.list_time_entries(top=) is now required: pass it"
    )


def test_fail_on_levels(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    docs_only = tmp_path / "docs.yaml"
    docs_only.write_text(
        OLD_TEXT.replace("summary: Get a time entry", "summary: Get one entry"), encoding="utf-8"
    )
    assert _run(capsys, str(FIXTURE), str(docs_only))[0] == 0
    added = tmp_path / "added.yaml"
    added.write_text(
        OLD_TEXT.replace(
            "        project:\n          type: integer\n",
            "        project:\n          type: integer\n        user:\n          type: string\n",
        ),
        encoding="utf-8",
    )
    assert _run(capsys, str(FIXTURE), str(added))[0] == 0
    assert _run(capsys, str(FIXTURE), str(added), "--fail-on", "non-breaking")[0] == 1
    code, out, _ = _run(capsys, str(FIXTURE), str(added), "--format", "json", "--fail-on", "never")
    assert code == 0 and json.loads(out)["semver"] == "minor"
    assert (
        json.loads(_run(capsys, str(FIXTURE), str(docs_only), "--format", "json")[1])["semver"]
        == "patch"
    )


def test_markdown_groups_breaking_first(capsys: pytest.CaptureFixture[str], edited: Path) -> None:
    _, out, _ = _run(
        capsys, str(FIXTURE), str(edited), "--format", "markdown", "--fail-on", "never"
    )
    assert out.startswith("## API diff: semver `major`")
    assert out.index("**Breaking**") < out.index("**Info**")
    assert "| sdk | `sdk-parameter-became-required` | GET /time_entries |" in out


def test_junit_fails_only_at_the_chosen_level(
    capsys: pytest.CaptureFixture[str], edited: Path
) -> None:
    _, out, _ = _run(capsys, str(FIXTURE), str(edited), "--format", "junit")
    suite = ET.fromstring(out).find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("failures", "0")) == len(failed) >= 3
    assert len(cases) > len(failed)  # the info change is a passing case


def test_github_annotations(capsys: pytest.CaptureFixture[str], edited: Path) -> None:
    _, out, _ = _run(capsys, str(FIXTURE), str(edited), "--format", "github")
    line = next(x for x in out.splitlines() if "title=response-property-removed" in x)
    lines = _lines_of(OLD_TEXT, "note:", "TimeEntry:")
    assert any(
        line.startswith(f"::error file=tests/fixtures/diff/old.yaml,line={n},") for n in lines
    )
    assert any(x.startswith("::notice ") for x in out.splitlines())


def test_text_report_and_output_file(
    capsys: pytest.CaptureFixture[str], edited: Path, tmp_path: Path
) -> None:
    report = tmp_path / "diff.md"
    code, out, _ = _run(
        capsys, str(FIXTURE), str(edited), "--format", "markdown", "--output", str(report)
    )
    assert code == 1 and out == ""
    assert report.read_text(encoding="utf-8").startswith("## API diff")
    _, text, _ = _run(capsys, str(FIXTURE), str(edited))
    assert "breaking [wire] response-property-removed:" in text


def test_git_source_reads_the_committed_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys, "git:HEAD:tests/fixtures/diff/old.yaml", str(FIXTURE), "--format", "json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "old": "git:HEAD:tests/fixtures/diff/old.yaml",
        "new": "tests/fixtures/diff/old.yaml",
        "semver": "none",
        "changes": [],
    }


def test_a_vendor_spec_at_a_revision_is_named_as_its_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Names in the SDK come from the file name (Papershift's error body is PapershiftErrorBody
    beside errors.PapershiftError): a committed copy must be read under its own name, or every
    regeneration would see a rename and bump the major version again."""
    code, out, _ = _run(
        capsys, "git:HEAD:specs/papershift.yaml", "specs/papershift.yaml", "--format", "json"
    )
    assert code == 0
    assert [c for c in json.loads(out)["changes"] if c["scope"] == "sdk"] == []


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["only-one.yaml"], "diff needs OLD and NEW"),
        (["missing.yaml", str(FIXTURE)], "missing.yaml: file not found"),
        (
            ["git:no-such-rev-xyz:specs/timetrack.yaml", str(FIXTURE)],
            "git has no such revision or file",
        ),
        (["git:HEAD", str(FIXTURE)], "expected git:REV:PATH"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    code, out, err = _run(capsys, *args)
    assert code == 2 and out == ""
    assert needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_invalid_spec_is_a_located_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\npaths: {\n", encoding="utf-8")
    code, _, err = _run(capsys, str(FIXTURE), str(broken))
    assert code == 2 and "broken.yaml:" in err and "invalid YAML" in err


def test_bad_flag_is_exit_2_from_a_subprocess() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--format", "pdf", "a", "b"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_against_compares_every_vendor_spec_with_a_revision(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, "--against", "HEAD", "specs/timetrack.yaml", "--format", "json")
    assert code in (0, 1), err
    doc = json.loads(out)
    assert doc["old"] == "git:HEAD:specs/timetrack.yaml" and doc["new"] == "specs/timetrack.yaml"


def test_parallel_load_gives_the_same_result(monkeypatch: pytest.MonkeyPatch, edited: Path) -> None:
    from generator.diff import diff_sources, read_source, sources

    monkeypatch.setattr(sources, "PARALLEL_BYTES", 0)
    parallel = diff_sources(*sources.read_sources(str(FIXTURE), str(edited)))
    serial = diff_sources(read_source(str(FIXTURE)), read_source(str(edited)))
    assert parallel.changes == serial.changes and parallel.changes
    with pytest.raises(sources.SourceUsageError, match="file not found"):
        sources.read_sources("missing.yaml", str(edited))


def test_a_spec_the_revision_lacks_is_a_new_api(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "git:HEAD:specs/not-there-yet.yaml", str(FIXTURE), "--format", "json"
    )
    assert code == 0
    (change,) = json.loads(out)["changes"]
    assert (change["id"], change["level"]) == ("spec-added", "non-breaking")



class _ClosedPipe(io.StringIO):
    """stdout after `| head` has exited: every write fails as the OS fails it."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.fd


def test_a_reader_that_stops_early_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`... | head`: the closed pipe ends the command with the shell's SIGPIPE status, and
    without an internal error on stderr."""
    overlay = tmp_path / "title.overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions:\n  - target: $.info\n    update: {description: piped}\n",
        encoding="utf-8",
    )
    spec = str(REPO_ROOT / "specs" / "timetrack.yaml")
    read_end, write_end = os.pipe()
    saved = os.dup(write_end)
    try:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(write_end))
        assert main(["overlay", "apply", str(overlay), spec]) == 141  # the spec to stdout
    finally:
        os.dup2(saved, write_end)
        for fd in (read_end, write_end, saved):
            os.close(fd)
    assert "internal error" not in capsys.readouterr().err
