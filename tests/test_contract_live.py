"""Live-server behaviour over real HTTP: safe methods only without --allow-writes, Retry-After is
honoured, and the credential never shows in findings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import run_live, serve  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402


class Recorder:
    """Remembers the method of every request; answers the first `throttle` requests with 429."""

    def __init__(self, app, throttle: int = 0) -> None:
        self.app, self.throttle, self.methods = app, throttle, []

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            self.methods.append(scope["method"])
            if self.throttle > 0:
                self.throttle -= 1
                response = JSONResponse(
                    {"error": "slow down"}, status_code=429, headers={"Retry-After": "1"}
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def test_without_allow_writes_only_safe_methods_are_sent():
    recorder = Recorder(servers.faithful_app())
    with serve(recorder) as origin:
        result = run_live(origin, allow_writes=False, max_examples=2)
    assert set(recorder.methods) <= {"GET", "HEAD", "OPTIONS"}
    assert "GET /api/v1/entries" in result.tested
    assert not any(op.startswith(("POST", "PUT", "DELETE")) for op in result.tested)


def test_retry_after_is_honoured_and_429_is_not_drift():
    recorder = Recorder(servers.faithful_app(), throttle=2)
    with serve(recorder) as origin:
        result = run_live(origin, allow_writes=False, max_examples=2, stateful=False)
    assert recorder.throttle == 0
    assert not [f for f in result.findings if f.status == 429]


def test_live_drift_found_and_credential_masked():
    drifting = servers.Drift(
        servers.faithful_app(),
        match=lambda m, p: m == "GET" and p == "/api/v1/entries",
        edit_json=lambda body: {**body, "total": str(body["total"])},
    )
    with serve(drifting) as origin:
        result = run_live(origin, max_examples=2, stateful=False)
    finding = next(f for f in result.findings if f.pointer == "/total")
    assert finding.operation == "GET /api/v1/entries"
    assert '"X-Api-Key: ${ENTRIES_API_KEY}"' in finding.reproduce
    dumped = json.dumps([f.as_dict() for f in result.findings])
    assert servers.CANARY not in dumped
