"""`python -m generator contract`: exit codes, one-line setup errors, reports, masking, Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
CANARY_KEY, CANARY_SECRET = "canaryKEY-7c1e94", "canarySECRET-b25d0a"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _contract(*args: str, env: dict[str, str] | None = None, timeout: float = 240):
    return subprocess.run(
        [sys.executable, "-m", "generator", "contract", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_missing_credentials_with_base_url_is_exit_2_naming_the_variables(monkeypatch, capsys):
    monkeypatch.delenv("TIMETRACK_API_KEY", raising=False)
    monkeypatch.delenv("TIMETRACK_API_SECRET", raising=False)
    code = main(["contract", "timetrack", "--base-url", "http://127.0.0.1:9/api/v2/ext"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "TIMETRACK_API_KEY" in err[0] and "TIMETRACK_API_SECRET" in err[0]


def test_unreachable_server_is_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("TIMETRACK_API_KEY", CANARY_KEY)
    monkeypatch.setenv("TIMETRACK_API_SECRET", CANARY_SECRET)
    url = f"http://127.0.0.1:{_closed_port()}/api/v2/ext"
    assert main(["contract", "timetrack", "--base-url", url]) == 2
    captured = capsys.readouterr()
    assert "cannot reach" in captured.err and "Traceback" not in captured.err
    assert CANARY_KEY not in captured.err + captured.out


@pytest.mark.parametrize(
    "flags",
    [
        ["--max-examples", "0"],
        ["--rate-limit", "fast"],
        ["--base-url", "ftp://example.com"],
        ["--seed", "x"],
        ["--call-deadline", "0"],
    ],
)
def test_bad_flags_are_exit_2(flags, capsys):
    with pytest.raises(SystemExit) as exited:
        code = main(["contract", "timetrack", *flags])
        raise SystemExit(code)
    assert exited.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_mock_run_writes_reports_and_never_shows_the_credential(tmp_path):
    report = tmp_path / "report"
    done = _contract(
        "timetrack",
        "--report",
        str(report),
        "--max-examples",
        "2",
        "--no-stateful",
        "--seed",
        "3",
        env={"TIMETRACK_API_KEY": CANARY_KEY, "TIMETRACK_API_SECRET": CANARY_SECRET},
    )
    assert done.returncode in (0, 1), done.stderr
    drift = json.loads((report / "drift.json").read_text())
    assert {
        "vendor",
        "base_url",
        "spec",
        "seed",
        "operations_tested",
        "requests",
        "duration_s",
        "findings",
        "notes",
    } <= drift.keys()
    assert drift["vendor"] == "timetrack" and drift["seed"] == 3 and drift["requests"] > 0
    assert (done.returncode == 1) == bool(drift["findings"])
    suite = ET.parse(report / "junit.xml").getroot().find("testsuite")
    assert len(suite.findall("testcase")) == drift["operations_tested"] == 5
    assert (report / "drift.md").read_text().startswith("# Contract drift: timetrack")
    everything = done.stdout + done.stderr + "".join(p.read_text() for p in report.iterdir())
    assert CANARY_KEY not in everything and CANARY_SECRET not in everything


def test_ctrl_c_stops_with_a_partial_report(tmp_path):
    report = tmp_path / "report"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "contract",
            "bamboohr",
            "--report",
            str(report),
            "--max-examples",
            "50",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode in (1, 130), err
    assert "Traceback" not in err.split("contract bamboohr", 1)[0]
    drift = json.loads((report / "drift.json").read_text())
    assert drift["interrupted"] is True


def test_a_report_path_that_is_a_file_fails_before_the_run(tmp_path, capsys):
    taken = tmp_path / "report"
    taken.write_text("not a folder")
    started = time.monotonic()
    assert main(["contract", "timetrack", "--report", str(taken)]) == 2
    assert time.monotonic() - started < 30  # refused up front, not after a full run
    err = capsys.readouterr().err
    assert f"cannot write the report to {taken}" in err and "Traceback" not in err
    assert taken.read_text() == "not a folder"


def test_credentials_in_the_base_url_are_refused_and_not_echoed(monkeypatch, capsys):
    monkeypatch.setenv("TIMETRACK_API_KEY", CANARY_KEY)
    monkeypatch.setenv("TIMETRACK_API_SECRET", CANARY_SECRET)
    url = "https://urlUSER-31f7:urlPASS-9d2c@api.example.com/api/v2/ext"
    assert main(["contract", "timetrack", "--base-url", url]) == 2
    err = capsys.readouterr().err
    assert "must not carry credentials" in err
    assert "urlUSER-31f7" not in err and "urlPASS-9d2c" not in err


def test_every_contract_flag_has_help_with_its_default_and_the_exit_codes(capsys):
    from generator.cli import build_parser

    verbs = next(a for a in build_parser()._actions if a.dest == "verb")
    contract = verbs.choices["contract"]
    flags = {a.option_strings[0]: a.help or "" for a in contract._actions if a.option_strings}
    assert {"--baseline", "--reruns", "--exclude-check", "--fail-on-flaky"} <= flags.keys()
    missing = [
        f for f, text in flags.items() if f not in ("-h", "--spec") and "(default" not in text
    ]
    assert missing == []
    with pytest.raises(SystemExit):
        main(["contract", "--help"])
    assert "143 stopped by SIGTERM" in " ".join(capsys.readouterr().out.split())


def test_version_flag(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0 and capsys.readouterr().out.startswith("python -m generator ")


_SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour and text-style escapes


def test_under_ci_progress_is_plain_lines_per_phase_without_escapes():
    done = _contract(
        "papershift", "--max-examples", "1", "--no-stateful", env={"CI": "true", "NO_COLOR": "1"}
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    for phase in ("examples", "coverage", "fuzzing"):
        assert any(
            re.fullmatch(
                rf"contract: {phase} phase done: 6/6 operations, \d+ requests, 0 finding\(s\) so far "
                r"\(\d+\.\d s\)",
                line,
            )
            for line in lines
        ), lines
    assert not any("stateful" in line for line in lines)  # a phase turned off gets no line
    assert "\x1b" not in done.stdout + done.stderr


def _in_a_terminal(env: dict[str, str]) -> str:
    """Everything a run writes to a pseudo-terminal (stdout and stderr both)."""
    import pty
    import select

    master, slave = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    environ.update(env, TERM="xterm-256color", COLUMNS="120")
    command = [sys.executable, "-m", "generator", "contract", "papershift"]
    proc = subprocess.Popen(
        [*command, "--max-examples", "1", "--no-stateful"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=REPO,
        env=environ,
    )
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline:
            if not select.select([master], [], [], 1)[0]:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the run ended and closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        proc.wait(timeout=10)
        os.close(master)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("no_color", [False, True])
def test_a_terminal_gets_a_live_progress_line_coloured_unless_no_color(no_color):
    shown = _in_a_terminal({"NO_COLOR": "1"} if no_color else {})
    assert re.search(
        r"coverage\s+\S+ 6/6 operations \d+ requests 0 finding\(s\)", _SGR.sub("", shown)
    )
    assert "contract: coverage phase done" not in shown  # the plain lines are for logs
    assert "papershift: 0 finding(s)" in shown
    assert bool(_SGR.search(shown)) is not no_color


def test_the_names_the_runner_copies_to_spare_imports_are_the_originals() -> None:
    """runner.py spells two names itself so an in-process run imports neither the renderer nor
    the proposer: a renamed package or overlay file must not leave a stale copy behind."""
    from generator.contract import runner
    from generator.overlay.propose import OVERLAY_FILE
    from generator.render.tree import PACKAGE

    assert (runner.STALE_OVERLAY, runner.CLIENT_PACKAGE) == (OVERLAY_FILE, PACKAGE)
