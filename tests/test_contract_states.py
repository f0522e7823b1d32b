"""Run states a CI can gate on: complete, interrupted (SIGINT 130, SIGTERM 143, partial reports)
and setup-error (exit 2, one line), recognised from the traffic itself."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import serve  # noqa: E402
from starlette.responses import JSONResponse, RedirectResponse  # noqa: E402

from generator.cli import main  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SPEC = str(servers.SPEC_PATH)


def _answer_all(response_for):
    """An ASGI app that answers every request with `response_for()`."""

    async def app(scope, receive, send):
        if scope["type"] == "http":
            await response_for()(scope, receive, send)

    return app


def _run(base_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ENTRIES_API_KEY", servers.CANARY)
    report = tmp_path / "report"
    code = main(
        ["contract", "--spec", SPEC, "--base-url", base_url, "--report", str(report)]
        + ["--max-examples", "2", "--no-stateful", "--rate-limit", "1000/s"]
    )
    captured = capsys.readouterr()
    assert servers.CANARY not in captured.out + captured.err
    return code, captured.err, json.loads((report / "drift.json").read_text()), report


def test_a_forgotten_server_path_is_a_setup_error_naming_the_path(tmp_path, monkeypatch, capsys):
    with serve(servers.faithful_app()) as origin:
        code, err, drift, report = _run(origin, tmp_path, monkeypatch, capsys)
    assert code == 2 and drift["state"] == "setup-error" and drift["findings"] == []
    assert "404" in drift["setup_problem"] and "/api/v1" in drift["setup_problem"]
    assert [line for line in err.splitlines() if "setup error" in line] == [
        f"contract: setup error: {drift['setup_problem']}"
    ]
    assert (report / "drift.md").read_text().splitlines()[2].startswith("**Setup error**")


@pytest.mark.parametrize(
    ("status", "words"),
    [(401, "credentials"), (403, "credentials"), (429, "rate limiting")],
)
def test_every_request_refused_is_a_setup_error(status, words, tmp_path, monkeypatch, capsys):
    app = _answer_all(lambda: JSONResponse({"error": "no"}, status_code=status))
    with serve(app) as origin:
        code, _, drift, _ = _run(origin + servers.BASE_PATH, tmp_path, monkeypatch, capsys)
    assert code == 2 and drift["state"] == "setup-error"
    assert words in drift["setup_problem"]
    if status != 429:
        assert "ENTRIES_API_KEY" in drift["setup_problem"]


def test_a_redirect_to_a_login_page_is_a_setup_error(tmp_path, monkeypatch, capsys):
    app = _answer_all(lambda: RedirectResponse("/users/sign_in?next=%2F", status_code=302))
    with serve(app) as origin:
        code, _, drift, _ = _run(origin + servers.BASE_PATH, tmp_path, monkeypatch, capsys)
    assert code == 2 and "login page" in drift["setup_problem"]


def test_a_tls_failure_is_a_setup_error_saying_so(monkeypatch, capsys):
    monkeypatch.setenv("ENTRIES_API_KEY", servers.CANARY)
    with serve(servers.faithful_app()) as origin:
        url = origin.replace("http://", "https://") + servers.BASE_PATH
        code = main(["contract", "--spec", SPEC, "--base-url", url])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "TLS" in err[0], err


def test_a_working_server_is_complete(tmp_path, monkeypatch, capsys):
    with serve(servers.faithful_app()) as origin:
        code, _, drift, report = _run(origin + servers.BASE_PATH, tmp_path, monkeypatch, capsys)
    # The fixture server takes any non-empty key, so only ignored_auth may show.
    assert {f["check"] for f in drift["findings"]} <= {"ignored_auth"}
    assert (code, drift["state"], drift["setup_problem"]) == (
        1 if drift["findings"] else 0,
        "complete",
        "",
    )
    suite = ET.parse(report / "junit.xml").getroot().find("testsuite")
    assert suite.get("state") == "complete"


@pytest.mark.parametrize(("sig", "exit_code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_stopped_run_says_incomplete_everywhere(sig, exit_code, tmp_path):
    report = tmp_path / "report"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "contract", "bamboohr"]
        + ["--report", str(report), "--max-examples", "50"],
        cwd=REPO,
        env={**os.environ, "CI": "true"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)
    process.send_signal(sig)
    _, err = process.communicate(timeout=120)
    assert process.returncode == exit_code, err
    assert "Traceback" not in err
    drift = json.loads((report / "drift.json").read_text())
    assert drift["state"] == "interrupted" and drift["stopped_by"] == sig.name
    headline = (report / "drift.md").read_text().splitlines()[2]
    assert headline.startswith(f"**Incomplete**: the run was stopped by {sig.name}")
    suite = ET.parse(report / "junit.xml").getroot().find("testsuite")
    skipped = [case.find("skipped") for case in suite.iter("testcase")]
    reasons = {s.get("message") for s in skipped if s is not None}
    assert suite.get("state") == "interrupted"
    assert reasons <= {f"not tested: the run was stopped by {sig.name} first"}


def test_junit_of_an_interrupted_run_skips_the_untested_with_the_reason():
    from generator.contract.reports import ReportContext, as_junit, as_markdown
    from generator.contract.session import RunResult

    result = RunResult(operations=["GET /a", "GET /b"], tested={"GET /a"}, interrupted=True)
    result.stopped_by = "SIGTERM"
    ctx = ReportContext(vendor="v", base_url="http://x", spec="s.yaml", seed=1)
    suite = ET.fromstring(as_junit(ctx, result)).find("testsuite")
    skipped = [c.find("skipped") for c in suite.iter("testcase")]
    assert [s.get("message") if s is not None else None for s in skipped] == [
        None,
        "not tested: the run was stopped by SIGTERM first",
    ]
    assert suite.get("state") == "interrupted" and suite.get("failures") == "0"
    assert "**Incomplete**" in as_markdown(ctx, result) and "No drift" not in as_markdown(
        ctx, result
    )
