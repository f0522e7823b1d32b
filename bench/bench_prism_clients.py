"""Our generated clients against Prism serving our spec: does an independent mock accept them?

Prism validates every request against the spec it serves (parameters, body, security) and
answers 422 (or 401) to one that does not match. A client that sends its credential where the
vendor wants it, in a way the spec states, gets 2xx from it on every operation. This script
calls every Papershift operation once with the generated client, against Prism serving
`specs/papershift.yaml` and, in the same run, the spec as it was before the body credential was
stated as a body property (revision BEFORE, read with git), and writes the answers per
operation to bench/RESULTS.md.

Usage: python bench/bench_prism_clients.py   (needs npm for Prism, and git for the old spec)
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated"))

from timetracking_clients.papershift import Client  # noqa: E402
from timetracking_clients.papershift.errors import APIStatusError  # noqa: E402

from bench import bench_mock  # noqa: E402
from bench.results import write_section  # noqa: E402

BEFORE = "ab65764"  # the last revision whose writes sent api_token through x-auth-in-body
SESSION = {
    "location_external_id": "Company-A",
    "working_area_external_id": "Area-Alpha",
    "user_external_id": "User-001",
    "starts_at": "2015-10-31T08:30:00+00:00",
    "ends_at": "2015-10-31T17:30:00+00:00",
    "manual_pause": 60,
}
CALLS: dict[str, Callable[[Client], Any]] = {
    "listWorkingSessions": lambda c: c.working_sessions.list_working_sessions(
        range_start=date(2015, 10, 1), range_end=date(2015, 10, 31)
    ),
    "getWorkingSession": lambda c: c.working_sessions.get_working_session(id=1491029),
    "createWorkingSession": lambda c: c.working_sessions.create_working_session(
        body={"working_session": SESSION}
    ),
    "updateWorkingSession": lambda c: c.working_sessions.update_working_session(
        body={
            "working_session": {
                "id": 1491029,
                "starts_at": SESSION["starts_at"],
                "ends_at": SESSION["ends_at"],
            }
        }
    ),
    "confirmWorkingSession": lambda c: c.working_sessions.confirm_working_session(
        body={"working_session": {"id": 1491029}}
    ),
    "deleteWorkingSession": lambda c: c.working_sessions.delete_working_session(
        body={"working_session": {"id": 1491029}}
    ),
}


def start_prism(spec: Path) -> bench_mock.Server:
    port = bench_mock.free_port()
    command = [str(bench_mock.PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port)]
    server = bench_mock.Server([*command, "-v", "error"], ROOT)
    server.base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            break
        try:
            httpx.get(server.base + "/", timeout=2)
            return server
        except httpx.HTTPError:
            time.sleep(0.3)
    server.stop()
    sys.exit(f"bench_prism_clients: Prism did not come up on {spec}")


def answers(spec: Path) -> dict[str, str]:
    """Operation id -> Prism's answer to our client's call ("200" or "422: why")."""
    server = start_prism(spec)
    try:
        with Client(base_url=server.base, api_token="bench-token", max_retries=0) as client:
            return {op_id: _answer(call, client) for op_id, call in CALLS.items()}
    finally:
        server.stop()


def _answer(call: Callable[[Client], Any], client: Client) -> str:
    try:
        call(client)
    except APIStatusError as error:
        detail = error.body if isinstance(error.body, dict) else {}
        return f"{error.status_code}: {str(detail.get('detail', ''))[:90]}".rstrip(": ")
    return "2xx"


def old_spec() -> Path:
    text = subprocess.run(
        ["git", "show", f"{BEFORE}:specs/papershift.yaml"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    path = bench_mock.WORK / "papershift-before.yaml"
    path.write_bytes(text)
    return path


def main() -> int:
    if not bench_mock.ensure_prism():
        print("bench_prism_clients: Prism could not be installed; nothing measured")
        return 1
    before = answers(old_spec())
    after = answers(ROOT / "specs" / "papershift.yaml")
    rows = [f"| {op} | {before[op]} | {after[op]} |" for op in CALLS]
    accepted = sum(1 for a in after.values() if a == "2xx")
    accepted_before = sum(1 for a in before.values() if a == "2xx")
    write_section(
        "bench_prism_clients",
        "\n".join(
            [
                "## Our Papershift client against Prism (`bench/bench_prism_clients.py`)",
                "",
                f"Prism {bench_mock.PRISM_VERSION} serving the spec validates each request; one "
                "call per operation with the generated client (credential `api_token`).",
                f"Before: the spec at {BEFORE} (writes marked `x-auth-in-body`, the credential "
                "declared in the query only); now: `specs/papershift.yaml` (writes `security: []`"
                " and a required `api_token` body property marked `x-credential`).",
                "",
                "| operation | before | now |",
                "| --- | --- | --- |",
                *rows,
                "",
                f"Accepted: {accepted_before} of {len(CALLS)} before, {accepted} of "
                f"{len(CALLS)} now.",
            ]
        ),
    )
    print(
        f"bench_prism_clients: accepted {accepted_before}/{len(CALLS)} before, "
        f"{accepted}/{len(CALLS)} now"
    )
    return 0 if accepted == len(CALLS) else 1


if __name__ == "__main__":
    sys.exit(main())
