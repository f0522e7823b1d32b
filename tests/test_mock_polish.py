"""Mock polish: a locked state file, a damaged one named in one line, a seeded clock, the access
log with credentials masked, and clean 400s for unreadable bodies, filters and branch errors."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from generator import REPO_ROOT
from generator.mock import load_api, odata
from generator.mock.schemas import SchemaCompiler
from generator.mock.store import Store
from generator.mock.testing import MockClient, credentials

TIME_ENTRY = {"date": "2013-10-02", "hours": 6, "type": "Billable", "userId": 1, "taskId": 10}


def _start(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", *args, "--port", "0"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    return err


def _refused(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "mock", *args, "--port", "0"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_a_second_mock_on_the_same_state_is_refused_naming_file_and_holder(tmp_path: Path):
    state = str(tmp_path / "same.db")
    first, url = _start("teampulse", "--state", state, "--quiet")
    try:
        assert url.startswith("http://127.0.0.1:")
        line = _refused("teampulse", "--state", state)
        assert state in line and f"pid {first.pid}" in line
    finally:
        _stop(first)
    second, url = _start("teampulse", "--state", state, "--quiet")  # the lock went with it
    assert url.startswith("http://127.0.0.1:")
    _stop(second)


def test_ids_come_from_the_database_and_continue_after_a_restart(tmp_path: Path):
    state = tmp_path / "ids.db"
    first = Store(state_path=state, owner="x")
    assert [first.next_number("entries"), first.next_number("entries")] == [1, 2]
    first.close()
    again = Store(state_path=state, owner="x")
    assert again.next_number("entries") == 3
    again.close()


def test_a_damaged_state_file_is_a_one_line_error_naming_it(tmp_path: Path):
    state = tmp_path / "damaged.db"
    Store(state_path=state, owner="teampulse").close()
    with sqlite3.connect(state) as db:
        db.execute("INSERT INTO entities VALUES ('timeentries', '7', '{\"id\": 7, \"da')")
    line = _refused("teampulse", "--state", str(state))
    assert str(state) in line and "not valid JSON" in line and "Traceback" not in line


def _replies(seed: int) -> list[bytes]:
    client = MockClient("teampulse", seed=seed, seeded_clock=True)
    try:
        created = client.post("/timeentries", json=TIME_ENTRY)
        key = created.json()["id"]
        updated = client.put(f"/timeentries/{key}", json={"hours": 3})
        listed = client.get("/timeentries")
        return [created.content, updated.content, listed.content]
    finally:
        client.close()


def test_a_seeded_clock_makes_every_byte_reproducible():
    first, again, other = _replies(7), _replies(7), _replies(8)
    assert first == again
    assert b"2026-01-01T15:00" in first[0]  # seed 7: seven hours after the seeded epoch
    assert first[0] != other[0]


def test_the_cli_logs_each_request_with_the_credential_masked():
    process, url = _start("papershift")
    try:
        reply = httpx.get(f"{url}/working_sessions", params={"api_token": "s3cr3t-value", "x": "1"})
    finally:
        err = _stop(process)
    line = next(line for line in err.splitlines() if line.startswith("GET "))
    path, status, elapsed = line.split()[1:]
    assert path == "/public_api/v1/working_sessions?api_token=***&x=1"
    assert status == str(reply.status_code) and elapsed.endswith("ms")
    assert "s3cr3t" not in err


def test_quiet_and_in_process_mocks_log_nothing(capsys: pytest.CaptureFixture[str]):
    client = MockClient("teampulse")
    try:
        assert client.get("/timeentries").status_code == 200
    finally:
        client.close()
    assert capsys.readouterr().err == ""
    process, url = _start("teampulse", "--quiet")
    httpx.get(f"{url}/timeentries", headers=credentials(load_api("teampulse"))[0])
    assert _stop(process) == ""


def test_malformed_json_on_a_papershift_write_is_400_not_401():
    client = MockClient("papershift")
    try:
        reply = client.http.post(
            client.prefix + "/working_sessions",
            content=b'{"api_token": "t", "working_session": {',
            headers={"content-type": "application/json"},
        )
    finally:
        client.close()
    assert reply.status_code == 400
    assert "not valid JSON" in reply.text and "API Key" not in reply.text


def test_a_bad_odata_filter_is_a_clean_message():
    with pytest.raises(odata.ODataError) as raised:
        odata.parse_filter("hours ( 3", ["hours"])
    assert str(raised.value) == "expected a comparison operator (eq, ne, gt, ge, lt, le), got '('"
    client = MockClient("teampulse")
    try:
        reply = client.get("/timeentries", params={"$filter": "hours ( 3"})
    finally:
        client.close()
    assert reply.status_code == 400 and "paren" not in reply.text and "'('" in reply.text


def test_branch_errors_do_not_quote_the_whole_value():
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "required": ["a"]}]}
    validator = SchemaCompiler({}).compile({"properties": {"x": schema}})
    problem = validator.problem({"x": {"long": "v" * 200}})
    assert problem == ("/x", "matches none of the allowed shapes (anyOf)")


def test_a_killed_mock_frees_its_state_and_keeps_acknowledged_writes(tmp_path: Path):
    state = str(tmp_path / "killed.db")
    process, url = _start("teampulse", "--state", state, "--quiet")
    auth, _ = credentials(load_api("teampulse"))
    created = httpx.post(f"{url}/timeentries", json=TIME_ENTRY, headers=auth)
    assert created.status_code == 201
    process.kill()  # SIGKILL: no clean-up runs
    process.communicate(timeout=10)
    again, url = _start("teampulse", "--state", state, "--quiet")
    try:
        key = created.json()["id"]
        assert httpx.get(f"{url}/timeentries/{key}", headers=auth).json() == created.json()
        second = httpx.post(f"{url}/timeentries", json=TIME_ENTRY, headers=auth).json()
        assert second["id"] != key  # the database hands out the next id
    finally:
        _stop(again)
