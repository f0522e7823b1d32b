"""Load test of the stateful mock servers against Prism 5.14.2 mocking the same spec.

For each vendor, our mock (`python -m generator mock VENDOR --quiet`, one uvicorn process with
request validation and state) and Prism (`prism mock specs/VENDOR.yaml -v error`, its fastest
setting), neither logging requests, get the same requests from wrk: 64 connections on one wrk
thread for BENCH_SECONDS (default 30) per run, on a get-by-id, list pages and a create. Prism
answers the spec's examples, whose list pages hold one entry, so a list page of one entry is the
like-for-like row. Runs alternate between the two servers for
BENCH_ROUNDS rounds (default 3); the table gives the median requests per second and the ratio.

Each wrk run counts its requests in a fixed window of whole seconds and then switches to a
cheap GET until wrk stops, so every create it sent has been answered when wrk ends. Afterwards
the creates are counted again through the mock's list endpoint: that number must equal the
number of creates sent, and every answer (creates and reads) must be 2xx.

All traffic goes to 127.0.0.1; the script starts and stops every server itself. wrk comes from
Debian (installed here with apt-get when missing), Prism under bench/.work/ with npm.
Usage: python bench/bench_mock.py   (env: BENCH_SECONDS, BENCH_ROUNDS, BENCH_VENDORS)
"""

from __future__ import annotations

import base64
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PRISM_VERSION = "5.14.2"
PRISM = WORK / "node_modules" / ".bin" / "prism"
SECONDS = int(os.environ.get("BENCH_SECONDS", "30"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = 64
# Which tree's mock to run (another checkout, to measure a change); default this one.
MOCK_ROOT = Path(os.environ.get("BENCH_MOCK_ROOT", ROOT))

sys.path.insert(0, str(ROOT))
from bench.results import write_section  # noqa: E402


@dataclass
class Op:
    name: str
    method: str
    path: str  # under the mock's base URL; Prism serves the spec's paths without the prefix
    body: dict[str, Any] | None = None


@dataclass
class Vendor:
    name: str
    headers: dict[str, str]
    ops: list[Op]  # the first is a cheap GET (also wrk's tail), the last the create
    count_path: str  # list of the created entries, without the page parameters
    page_param: str
    first_page: int
    extra: dict[str, str] = field(default_factory=dict)  # more page query parameters
    bisect_size: int = 0  # page size, when reading every page would take too long
    page_step: int = 1  # the page parameter counts entries (an offset) in steps of this size
    items: str = ""  # key of the entries in a list answer ("" when the answer is the list)


VENDORS = {
    "timetrack": Vendor(
        "timetrack",
        headers={"X-TimeTrack-Api-Key": "bench-key", "X-TimeTrack-Api-Secret": "bench-secret"},
        ops=[
            Op("get by id", "GET", "/attendances/1"),
            Op("list, a page of 1", "GET", "/attendances?limit=1"),
            Op(
                "create",
                "POST",
                "/attendances",
                {
                    "username": "bench",
                    "from": "2030-01-15T08:00:00.000Z",
                    "to": "2030-01-15T16:00:00.000Z",
                    "minutesBreak": 30,
                },
            ),
        ],
        count_path="/attendances?username=bench",
        page_param="page_number",
        first_page=0,
        extra={"limit": "1000"},
    ),
    "papershift": Vendor(
        "papershift",
        headers={},
        ops=[
            Op("get by id", "GET", "/working_sessions/?id=1491001&api_token=bench"),
            Op(
                "list, a page of 1",
                "GET",
                "/working_sessions?range_start=2015-10-01&range_end=2015-10-01&api_token=bench",
            ),
            Op(
                "list, a page of 25 (Prism: 1)",
                "GET",
                "/working_sessions?range_start=2015-10-01&range_end=2015-10-31&api_token=bench",
            ),
            Op(
                "create",
                "POST",
                "/working_sessions",
                {
                    "api_token": "bench",  # writes carry it in the body (x-credential)
                    "working_session": {
                        "starts_at": "2030-01-15T08:00:00Z",
                        "ends_at": "2030-01-15T16:00:00Z",
                        "location_id": 8006,
                        "working_area_id": 12,
                        "user_id": 1,
                        "manual_pause": 30,
                    }
                },
            ),
        ],
        count_path="/working_sessions?range_start=2030-01-15&range_end=2030-01-15&api_token=bench",
        page_param="page",
        first_page=1,
        bisect_size=25,
        items="working_sessions",
    ),
    "teampulse": Vendor(
        "teampulse",
        headers={"Authorization": "WRAP access_token=bench"},
        ops=[
            Op("get by id", "GET", "/timeentries/1"),
            Op("list, a page of 1", "GET", "/timeentries?$top=1"),
            Op(
                "create",
                "POST",
                "/timeentries",
                {
                    "date": "2030-01-15",
                    "hours": 8,
                    "type": "Billable",
                    "userId": 1,
                    "taskId": 10,
                    "note": "bench",
                },
            ),
        ],
        count_path="/timeentries",  # every entry: the count before the load is subtracted
        page_param="$skip",
        first_page=0,
        extra={"$top": "1000"},
        page_step=1000,
        items="results",
    ),
    # BambooHR: the break policies (a create + list pair; the hour-record create is a bulk
    # upsert). The get reads the policy the spec documents, which the mock seeds from its example
    # (Prism answers that example).
    "bamboohr": Vendor(
        "bamboohr",
        headers={"Authorization": "Basic " + base64.b64encode(b"bench-key:x").decode()},
        ops=[
            Op(
                "get break policy by id",
                "GET",
                "/api/v1/time-tracking/break-policies/0199de9b-6bcb-77e7-941d-3caf74b9a372",
            ),
            Op(
                "list break policies, a page of 1",
                "GET",
                "/api/v1/time-tracking/break-policies?limit=1",
            ),
            Op(
                "create break policy",
                "POST",
                "/api/v1/time-tracking/break-policies",
                {
                    "name": "bench",
                    "description": "load bench",
                    "allEmployeesAssigned": False,
                    "employeeIds": [40342],
                },
            ),
        ],
        count_path="/api/v1/time-tracking/break-policies",  # every policy, minus the count before
        page_param="offset",
        first_page=0,
        extra={"limit": "500"},
        page_step=500,
        items="data",
    ),
}

# wrk script: the op's request during a window of whole seconds, then a cheap GET (args[2])
# until wrk stops, so no counted request is still in flight at the end. Prints the counts.
LUA = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  start = os.time() + 1
  stop = start + tonumber(args[1])
  warm, counted = 0, 0
  main = wrk.format()
  local headers = {}
  for name, value in pairs(wrk.headers) do
    if name ~= "Content-Type" then headers[name] = value end
  end
  tail = wrk.format("GET", args[2], headers, "")  -- "": nil would mean wrk.body
end
function request()
  local now = os.time()
  if now < start then warm = warm + 1 return main end
  if now < stop then counted = counted + 1 return main end
  return tail
end
function done(summary, latency, requests)
  local w, c = 0, 0
  for _, t in ipairs(threads) do w = w + t:get("warm") c = c + t:get("counted") end
  -- wrk calls request() once before the run to check the script: that one was never sent
  io.write(string.format("BENCH warm=%d counted=%d\\n", w - 1, c))
end
"""


@dataclass
class Run:
    rate: float  # counted requests / window
    sent: int  # every request of the op (warm-up included)
    errors: int  # non-2xx answers + socket errors, over the whole wrk run


# -- tools -------------------------------------------------------------------------------------
def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk missing: trying apt-get install -y wrk", flush=True)
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "wrk"]):
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as error:
            sys.exit(
                f"bench_mock: wrk is required and could not be installed ({error}); "
                "install it with `apt-get install wrk`"
            )
    return shutil.which("wrk") or sys.exit("bench_mock: wrk still not found after apt-get")


def ensure_prism() -> bool:
    if PRISM.exists():
        return True
    WORK.mkdir(parents=True, exist_ok=True)
    command = ["npm", "install", "--prefix", str(WORK), f"@stoplight/prism-cli@{PRISM_VERSION}"]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"bench_mock: cannot install Prism ({error}); measuring our mock only", flush=True)
    return PRISM.exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- servers -----------------------------------------------------------------------------------
class Server:
    def __init__(self, command: list[str], cwd: Path) -> None:
        self.log = (WORK / "mock-bench.log").open("ab")
        self.proc = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.PIPE, stderr=self.log, stdin=subprocess.DEVNULL
        )
        self.base = ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def start_ours(vendor: str) -> Server:
    # --quiet: no access log, as Prism at -v error and the bare app log nothing per request.
    command = [sys.executable, "-m", "generator", "mock", vendor, "--port", "0", "--seed", "1"]
    server = Server([*command, "--quiet"], MOCK_ROOT)
    assert server.proc.stdout is not None
    line = server.proc.stdout.readline().decode().strip()
    if not line.startswith("http://127.0.0.1:"):
        server.stop()
        sys.exit(f"bench_mock: our {vendor} mock did not start (see {server.log.name})")
    server.base = line
    return server


def start_prism(vendor: Vendor) -> tuple[Server | None, str]:
    """Prism on the vendor's spec, or (None, why) when it does not come up."""
    port = free_port()
    spec = ROOT / "specs" / f"{vendor.name}.yaml"
    command = [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "-v", "error"]
    server = Server(command, ROOT)
    server.base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            server.stop()
            return None, f"Prism exited with {server.proc.returncode} on specs/{vendor.name}.yaml"
        try:
            httpx.request(
                "GET", server.base + vendor.ops[0].path, headers=vendor.headers, timeout=2
            )
            return server, ""
        except httpx.HTTPError:
            time.sleep(0.3)
    server.stop()
    return None, "Prism did not answer within 60 s"


# -- load --------------------------------------------------------------------------------------
def load(wrk: str, base: str, vendor: Vendor, op: Op) -> Run:
    script = WORK / "mock-bench.lua"
    script.write_text(LUA + _request_lua(op), encoding="utf-8")
    tail = _url_path(base + vendor.ops[0].path)
    # One wrk thread: the Lua counts assume it (see LUA).
    command = [wrk, "-t1", f"-c{CONNECTIONS}", f"-d{SECONDS + 3}s", "--timeout", "10s"]
    for name, value in vendor.headers.items():
        command += ["-H", f"{name}: {value}"]
    command += ["-s", str(script), base + op.path, "--", str(SECONDS), tail]
    out = subprocess.run(command, capture_output=True, text=True, timeout=SECONDS + 120).stdout
    counts = re.search(r"BENCH warm=(\d+) counted=(\d+)", out)
    if counts is None:
        sys.exit(f"bench_mock: unexpected wrk output:\n{out}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    errors += sum(int(n) for n in sockets.groups()) if sockets else 0
    if errors and os.environ.get("BENCH_DEBUG"):
        print(out, flush=True)
    warm, counted = int(counts.group(1)), int(counts.group(2))
    return Run(counted / SECONDS, warm + counted, errors)


def _request_lua(op: Op) -> str:
    lines = [f'wrk.method = "{op.method}"']
    if op.body is not None:
        lines.append(f"wrk.body = {json.dumps(json.dumps(op.body))}")
        lines.append('wrk.headers["Content-Type"] = "application/json"')
    return "\n".join(lines) + "\n"


def _url_path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


# -- state check -------------------------------------------------------------------------------
def count_listed(base: str, vendor: Vendor) -> int:
    """Entries the list endpoint shows for `count_path`, read page by page (distinct ids).

    Papershift pages hold 25 entries and each costs a pass over the whole store, so there the
    first page that is not full is found by bisection instead of reading every page.
    """
    with httpx.Client(base_url=base, headers=vendor.headers, timeout=120) as client:

        def page(number: int) -> list[dict[str, Any]]:
            query = urlencode({vendor.page_param: number * vendor.page_step, **vendor.extra})
            joiner = "&" if "?" in vendor.count_path else "?"
            response = client.get(f"{vendor.count_path}{joiner}{query}")
            response.raise_for_status()
            body = response.json()
            return body[vendor.items] if vendor.items else body

        if vendor.bisect_size:  # pages first..k-1 are full, page k is not: find k
            size, first = vendor.bisect_size, vendor.first_page

            def full(number: int) -> bool:
                return len(page(number)) == size

            low, high = first - 1, first  # invariant: low is full (or before the first page)
            while full(high):
                low, high = high, first + 2 * (high - first + 1)
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if full(middle) else (low, middle)
            return (high - first) * size + len({e["id"] for e in page(high)})
        ids: set[Any] = set()
        number, total = vendor.first_page, 0
        while items := page(number):
            ids.update(e["id"] for e in items)
            total += len(items)
            number += 1
        if len(ids) != total:
            raise AssertionError(f"{total - len(ids)} duplicate ids in the {vendor.name} list")
        return total


# -- report ------------------------------------------------------------------------------------
@dataclass
class Row:
    vendor: str
    op: str
    ours: list[Run] = field(default_factory=list)
    prism: list[Run] = field(default_factory=list)


def median(runs: list[Run]) -> float:
    return statistics.median(r.rate for r in runs) if runs else 0.0


def bench_vendor(wrk: str, vendor: Vendor, with_prism: bool) -> tuple[list[Row], str, bool]:
    ours = start_ours(vendor.name)
    prism, why = start_prism(vendor) if with_prism else (None, "Prism not installed")
    rows = [Row(vendor.name, op.name) for op in vendor.ops]
    try:
        before = count_listed(ours.base, vendor)
        for op, row in zip(vendor.ops, rows, strict=True):
            for round_ in range(ROUNDS):
                order = [("ours", ours), ("prism", prism)]
                for who, server in order if round_ % 2 == 0 else order[::-1]:
                    if server is None:
                        continue
                    run = load(wrk, server.base, vendor, op)
                    (row.ours if who == "ours" else row.prism).append(run)
                    print(
                        f"{vendor.name:10} {op.name:26} {who:5} {run.rate:8.0f} req/s "
                        f"errors {run.errors}",
                        flush=True,
                    )
        created = sum(r.sent for r in rows[-1].ours)
        listed = count_listed(ours.base, vendor) - before
    finally:
        ours.stop()
        if prism is not None:
            prism.stop()
    errors = sum(r.errors for row in rows for r in row.ours)
    ok = created == listed and errors == 0
    state = (
        f"- {vendor.name}: {created:,} creates sent and answered 2xx, {listed:,} new entries "
        f"listed afterwards; {errors} non-2xx or socket errors in all runs against our mock: "
        f"{'consistent' if ok else 'NOT CONSISTENT'}."
    )
    if why:
        state += f" Prism: {why}."
    return rows, state, ok


def markdown(rows: list[Row], states: list[str], started_load: str) -> str:
    lines = [
        "## Mock servers under load (`bench/bench_mock.py`)",
        "",
        f"wrk 4.1, one thread, {CONNECTIONS} connections, {SECONDS} s per run, {ROUNDS} run(s) per "
        f"server alternating; median requests/s. Ours: `python -m generator mock VENDOR` (one "
        f"uvicorn process, uvloop + httptools, request validation, auth and state on, `--quiet`: "
        f"no access log, as Prism at `-v error` logs no request; a repeated "
        f"read is answered from the encoded answer kept for it until the state changes, after "
        f"auth and validation). Prism "
        f"{PRISM_VERSION}: `prism mock specs/VENDOR.yaml -v error` (its fastest setting; "
        f"stateless, validates requests, answers the spec's examples: its list pages hold one "
        f"entry). Same requests to both.",
        "",
        "| vendor | operation | ours req/s | Prism req/s | ours / Prism | errors ours / Prism |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        ours, prism = median(row.ours), median(row.prism)
        ratio = f"{ours / prism:.1f}x" if prism else "n/a"
        errors = f"{sum(r.errors for r in row.ours)} / " + (
            str(sum(r.errors for r in row.prism)) if row.prism else "n/a"
        )
        lines.append(
            f"| {row.vendor} | {row.op} | {ours:,.0f} | "
            f"{f'{prism:,.0f}' if row.prism else 'n/a'} | {ratio} | {errors} |"
        )
    lines += [
        "",
        "State after the load (creates counted again through the list endpoint):",
        "",
        *states,
        "",
        f"Machine: {os.cpu_count()} cores shared with other jobs (load average {started_load} "
        f"at the start), Python {platform.python_version()}, wrk on the same cores as the "
        "servers: absolute numbers are noise, the ratios are the result. Runs: "
        f"`BENCH_SECONDS={SECONDS} BENCH_ROUNDS={ROUNDS} python bench/bench_mock.py`.",
    ]
    return "\n".join(lines)


def main() -> int:
    wrk = ensure_wrk()
    with_prism = ensure_prism()
    names = os.environ.get("BENCH_VENDORS", "timetrack,papershift,teampulse,bamboohr").split(",")
    started_load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    rows: list[Row] = []
    states: list[str] = []
    all_ok = True
    for name in names:
        vendor_rows, state, ok = bench_vendor(wrk, VENDORS[name.strip()], with_prism)
        rows += vendor_rows
        states.append(state)
        all_ok &= ok
        print(state, flush=True)
    write_section("bench_mock", markdown(rows, states, started_load))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
