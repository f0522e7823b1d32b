"""Baselines: known findings do not fail the run, new ones do, fixed ones are listed; checks can
be excluded per run, each exclusion shown with its reason."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import serve  # noqa: E402

from generator.cli import main  # noqa: E402
from generator.contract import baseline  # noqa: E402
from generator.contract.findings import Finding  # noqa: E402


def _finding(pointer):
    return Finding("GET /a", "response_schema_conformance", 200, pointer, "integer", '"1"', "m", "")


def test_compare_separates_new_known_fixed_and_expired():
    known, new = _finding("/known"), _finding("/new")
    accepted = [
        baseline.Accepted(known.fingerprint, "vendor ticket 12"),
        baseline.Accepted("0" * 16, "was fixed"),
        baseline.Accepted(new.fingerprint, "old excuse", dt.date(2020, 1, 1)),
    ]
    compared = baseline.compare([known, new], accepted, today=dt.date(2026, 1, 1))
    assert [f.baseline for f in compared.findings] == ["known: vendor ticket 12", "new"]
    assert [a.fingerprint for a in compared.fixed] == ["0" * 16]
    assert [a.reason for a in compared.expired] == ["old excuse"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("findings: [{reason: x}]", "fingerprint"),
        ("findings: [{fingerprint: ab}]", "reason"),
        ("findings: [{fingerprint: ab, reason: x, expires: soon}]", "YYYY-MM-DD"),
        ("findings: {a: 1}", "list"),
        ("findings: [", "not valid"),
    ],
)
def test_a_bad_baseline_is_one_line_naming_the_file(tmp_path, text, words):
    path = tmp_path / "baseline.yaml"
    path.write_text(text)
    with pytest.raises(baseline.BaselineError) as error:
        baseline.load(path)
    assert str(path) in str(error.value) and words in str(error.value)
    assert "\n" not in str(error.value)


@pytest.fixture(scope="module")
def origin():
    """The fixture server takes any non-empty key: ignored_auth is a finding every run."""
    with serve(servers.faithful_app()) as url:
        yield url


@pytest.fixture
def run(origin, tmp_path, monkeypatch):
    monkeypatch.setenv("ENTRIES_API_KEY", servers.CANARY)

    def drifting_run(*flags):
        report = tmp_path / "report"
        code = main(
            ["contract", "--spec", str(servers.SPEC_PATH), "--base-url", origin + "/api/v1"]
            + ["--report", str(report), "--max-examples", "2", "--no-stateful"]
            + ["--reruns", "0", "--rate-limit", "1000/s", *flags]
        )
        return code, json.loads((report / "drift.json").read_text()), report

    return drifting_run


def test_update_then_rerun_is_known_and_exit_0(run, tmp_path, capsys):
    code, drift, _ = run()
    assert code == 1 and drift["findings"]
    base = tmp_path / "baseline.yaml"
    code, drift, _ = run("--baseline", str(base), "--update-baseline")
    assert code == 0 and base.exists()
    written = baseline.load(base)
    assert {a.fingerprint for a in written} == {f["fingerprint"] for f in drift["findings"]}
    code, drift, report = run("--baseline", str(base))
    assert code == 0
    assert drift["findings"] and all(f["baseline"].startswith("known") for f in drift["findings"])
    assert "known" in (report / "drift.md").read_text().splitlines()[2]


def test_an_unknown_fingerprint_is_fixed_and_a_missing_one_new(run, tmp_path, capsys):
    base = tmp_path / "baseline.json"
    base.write_text(json.dumps({"findings": [{"fingerprint": "f" * 16, "reason": "gone now"}]}))
    code, drift, report = run("--baseline", str(base))
    assert drift["fixed"] == [{"fingerprint": "f" * 16, "reason": "gone now"}]
    assert "## Fixed since the baseline" in (report / "drift.md").read_text()
    assert code == 1 and drift["findings"]
    assert all(f["baseline"] == "new" for f in drift["findings"])


def test_excluded_checks_are_not_run_and_say_why(run, capsys):
    code, drift, report = run("--exclude-check", "ignored_auth")
    assert code == 0 and drift["findings"] == []
    assert "`ignored_auth` everywhere: --exclude-check" in drift["excluded_checks"]
    assert "## Checks not run" in (report / "drift.md").read_text()


def test_an_unknown_check_name_is_a_usage_error(capsys):
    assert main(["contract", "papershift", "--exclude-check", "no_such_check"]) == 2
    err = capsys.readouterr().err
    assert "no_such_check" in err and len(err.strip().splitlines()) == 1
