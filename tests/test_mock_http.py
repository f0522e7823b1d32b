"""The `mock` verb over real HTTP: one ready line, SIGTERM exits 0, state survives a restart."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from generator import REPO_ROOT

SESSION = {
    "location_id": 8006,
    "working_area_id": 12,
    "user_id": 1,
    "external_id": "HTTP-1",
    "starts_at": "2015-11-02T08:30:00+00:00",
    "ends_at": "2015-11-02T17:30:00+00:00",
}


def _start(vendor: str, *extra: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", vendor, "--port", "0", *extra],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=10)


def test_serves_state_over_http_and_keeps_it_across_restart(tmp_path: Path):
    state = str(tmp_path / "papershift.db")
    process, url = _start("papershift", "--state", state)
    try:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/public_api/v1")
        created = httpx.post(
            f"{url}/working_sessions", json={"api_token": "t", "working_session": SESSION}
        )
        assert created.status_code == 200
        _send_garbage(url)
        listed = httpx.get(
            f"{url}/working_sessions/", params={"api_token": "t", "external_id": "HTTP-1"}
        )
        assert listed.json()["id"] == created.json()["id"]
    finally:
        assert _stop(process) == 0
    assert process.stdout.read() == ""  # exactly one line on stdout
    process, url = _start("papershift", "--state", state)
    try:
        again = httpx.get(
            f"{url}/working_sessions/", params={"api_token": "t", "external_id": "HTTP-1"}
        )
        assert again.json()["id"] == created.json()["id"]
    finally:
        assert _stop(process) == 0


def _send_garbage(url: str) -> None:
    host, port = url.split("//")[1].split("/")[0].split(":")
    for payload in (
        b"\xff\xfe\x00GET /\r\n\r\n",
        b"GET /public_api/v1/\xc3\x28?\xff=\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
    ):
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(payload)
            sock.recv(1024)


def test_bad_state_path_is_a_one_line_usage_error(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "mock",
            "timetrack",
            "--state",
            str(tmp_path / "no" / "x.db"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_a_port_out_of_range_is_a_usage_error(port: str):
    result = subprocess.run(
        [sys.executable, "-m", "generator", "mock", "timetrack", "--port", port],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "is not a port number" in result.stderr and "Traceback" not in result.stderr
