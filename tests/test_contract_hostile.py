"""Hostile servers end bounded: the run deadline stops a body that drips and a Retry-After of
days, with a partial report, never a hang; redirects are reported and never followed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import serve  # noqa: E402
from starlette.responses import RedirectResponse  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BOUND_S = 60  # far above deadline + grace; a hang would reach the subprocess timeout instead


def _contract(origin: str, report: Path, *flags: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "contract", "--spec", str(servers.SPEC_PATH)]
        + ["--base-url", origin + servers.BASE_PATH, "--report", str(report), *flags],
        cwd=REPO,
        env={**os.environ, "ENTRIES_API_KEY": servers.CANARY, "CI": "true"},
        capture_output=True,
        text=True,
        timeout=BOUND_S * 2,
    )
    return done, time.monotonic() - started


def test_a_dripping_body_is_stopped_by_the_run_deadline(tmp_path):
    with serve(servers.dripping_app()) as origin:
        done, elapsed = _contract(origin, tmp_path, "--deadline", "4", "--max-examples", "1")
    assert done.returncode == 124, done.stderr
    drift = json.loads((tmp_path / "drift.json").read_text())
    assert drift["state"] == "interrupted" and drift["stopped_by"] == "deadline"
    assert "run deadline" in (tmp_path / "drift.md").read_text().splitlines()[2]
    assert "Traceback" not in done.stderr and servers.CANARY not in done.stdout + done.stderr
    assert elapsed < BOUND_S


def test_a_body_dripping_a_byte_a_second_is_stopped_by_the_call_deadline_alone(tmp_path):
    with serve(servers.dripping_app(seconds_per_byte=1.0)) as origin:
        done, elapsed = _contract(origin, tmp_path, "--call-deadline", "2", "--max-examples", "1")
    assert done.returncode == 2, done.stderr
    drift = json.loads((tmp_path / "drift.json").read_text())
    assert drift["state"] == "setup-error"
    assert "longer than the 2 s call deadline" in drift["setup_problem"]
    assert any("2 s call deadline (a body that drips): cut off" in e for e in drift["errors"])
    assert "Traceback" not in done.stderr and servers.CANARY not in done.stdout + done.stderr
    # 3 answers cut at 2 s each, plus start-up: far below one answer of the 10,000-byte drip
    assert elapsed < BOUND_S


def test_a_retry_after_of_days_is_stopped_by_the_run_deadline(tmp_path):
    with serve(servers.retry_after_app()) as origin:
        done, elapsed = _contract(origin, tmp_path, "--deadline", "4", "--max-examples", "1")
    assert done.returncode == 124, done.stderr
    assert json.loads((tmp_path / "drift.json").read_text())["stopped_by"] == "deadline"
    assert elapsed < BOUND_S


def test_a_redirect_to_another_host_is_reported_and_not_followed(tmp_path, monkeypatch):
    seen: list[str] = []

    async def other_host(scope, receive, send):
        if scope["type"] == "http":
            seen.append(dict(scope["headers"]).get(b"x-api-key", b"").decode())
            await RedirectResponse("/", status_code=200)(scope, receive, send)

    with serve(other_host) as elsewhere:
        target = elsewhere.replace("127.0.0.1", "localhost")

        async def redirecting(scope, receive, send):
            if scope["type"] == "http":
                await RedirectResponse(target + "/steal", status_code=307)(scope, receive, send)

        with serve(redirecting) as origin:
            done, _ = _contract(origin, tmp_path, "--max-examples", "1", "--no-stateful")
    drift = json.loads((tmp_path / "drift.json").read_text())
    assert seen == []  # nothing reached the other host, let alone the key
    assert any("redirected (307) to another host" in e for e in drift["errors"]), drift["errors"]
    assert servers.CANARY not in json.dumps(drift)
    assert done.returncode in (1, 2)


def _live(app, **limits):
    from harness import run_live

    from generator.contract.limits import Limits

    with serve(app) as origin:
        started = time.monotonic()
        result = run_live(
            origin, max_examples=1, stateful=False, reruns=0, answer_limits=Limits(**limits)
        )
        return result, time.monotonic() - started


def test_a_huge_body_is_cut_at_the_cap_and_said_so():
    for declared in (True, False):
        app = servers.huge_app(200 * 1024 * 1024, declared=declared)
        result, elapsed = _live(app, max_body_bytes=1024 * 1024)
        assert any("1 MiB cap" in e for e in result.errors), result.errors
        assert elapsed < BOUND_S


def test_a_gzip_bomb_is_cut_at_its_decoded_size():
    result, elapsed = _live(
        servers.huge_app(64 * 1024 * 1024, declared=True, gzip_bomb=True),
        max_body_bytes=1024 * 1024,
    )
    assert any("cap (decoded)" in e for e in result.errors), result.errors
    assert elapsed < BOUND_S
