"""Where the time goes: cProfile of generation (Okta, Stripe), of the mock under wrk load and
of a contract run; writes the top entries to bench/PROFILE.md.

    python bench/profile_hot.py   (BENCH_QUICK=1: shorter load; raw profiles in bench/.work/profile)

Generation runs in one process here (datamodel-code-generator inline, caches off) so that the
library's share is visible; `generate` itself forks it into a second process.
"""

from __future__ import annotations

import io
import os
import pstats
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import bench.bench_mock as mock_bench  # noqa: E402
from generator import shared_path  # noqa: E402

OUT = ROOT / "bench" / ".work" / "profile"
PROFILE_MD = ROOT / "bench" / "PROFILE.md"
TOP = 20
# What the profiles say, for the owners of each part (kept by hand; the tables below are rewritten).
FINDINGS = """\
## What the profiles say (numbers from a run on a quiet machine, 2026-12-01 23:03 UTC; the tables below are from the latest run and include other jobs' load)

Generation, Okta (12.5 s under cProfile, one process): datamodel-code-generator 7.9 s (its
parser: `parse_raw` -> `build_definition` 3.5 s, its pipeline passes another 3.8 s); our
post-processing of its module 2.1 s (`models._finished`); loading the YAML 2.1 s
(`loader._load_yaml` 1.8 s, of which `_expanded_size` 0.6 s and `_line_index` 0.2 s); the
templates and ruff the rest. Stripe: the library 6.1 s, loading 2.3 s, post-processing 1.1 s.

- `generator/render/models.py` now parses the library's module once (it was four to five
  `ast.parse` calls and a whole-module tokenize): post-processing Okta 3.35 -> 0.69 s, Stripe
  1.26 -> 0.36 s without any cache, and it is kept on disk for a warm run (2026-12-03). Parsed
  specs are kept too (`.cache/specs`, Okta 2.7 -> 0.1 s warm); a first run still parses the YAML.
- The spec is parsed with Python's cyclic collector paused, and so are the whole `generate`
  command and each model-worker request (2026-12-04): parsing makes a million containers and no
  cycles, and the collector walked the growing tree over and over (Okta's parse 1.4-1.7 -> 0.8-
  1.0 s, Stripe's 1.7-2.1 -> 1.1 s, measured alternately; the library ~5% faster, at most 6 MiB
  more at peak). The alias-bomb guard now measures the expansion only when the line-index walk
  meets a shared node, instead of on every text holding an `&` (Okta and Stripe both do, in
  prose): 0.4-0.6 s less on each.
- A cold Stripe run, py-spy at 200 Hz with subprocesses (2026-12-04): main process imports
  0.34 s, YAML parse 1.0 s, IR 0.18 s; the worker imports the library meanwhile (0.77 s), then
  the library 4.6 s (3.1 s without the sampler); after it, post-processing 0.16 s and ruff.
- Left on a cold run: the library itself (Okta 5.2 s for 1,611 schemas, Stripe 3.1 s for 544,
  without the profiler) after the YAML parse (0.8-1.0 s); its profile is flat (`parse_raw` ->
  `build_definition` about half, structure passes such as `replace_duplicate_name_in_module`
  and `field_imports` most of the rest), with no option that switches a pass off without
  changing the bytes.
- The library's share cannot be split across cores with byte-identical output: the largest
  connected component of the `$ref` graph holds 77% (Okta) / 87% (Stripe) of the schemas
  (`bench/chunk_bound.py`), so two cores could save at most the rest (Okta: 1.36x on the
  library's share, Stripe: none); and the library numbers inline classes across the whole
  set (`Status12`, `FieldLinks28`), so a chunk's names differ from the unchunked module's.

Mock (issue 14), in process, µs of CPU per request, before -> after the changes of 2026-12-03
(the table "Mock, in process" below is the latest run; the bare Starlette app of
bench/bare_app.py costs 11.7 µs per request in the same harness):

- timetrack get by id, whole request: 45 -> 9.5 µs when the answer is kept (36 µs answered
  afresh); papershift page of 25: 236 -> 11 µs kept (230 µs afresh). A repeated read is answered
  from the encoded answer kept for it while the store's version (counted on every change) and
  the clock's readings are unchanged; routing, auth and parameter validation still run.
- auth: 3.7 -> 1.4 µs (two schemes): each scheme's check is compiled once at start-up (names
  resolved, its test picked), one pass over the header, query and body credential.
- routing: 4.3 -> 0.2 µs for a repeated target (route, path values and parsed query kept per
  target), 2.6 µs afresh (routes indexed by method and number of slashes; path values unquoted
  only when they hold a %-escape).
- reading the request: 3.4 -> 2.0 µs (no body read when the headers announce none; the base URL
  kept per host; header names taken as the ASGI server lower-cased them).
- the access log (on by default) cost ~7.6 µs a request as a flushed print; it is now written
  once per event-loop turn (one write for all the requests answered in it). The benchmarks run
  `--quiet`, as the bare app and Prism log nothing per request.
- left, answered afresh: the handler (store read, filter, page, `present`: 8 µs for one entity,
  113 µs for the page of 25, in crud.py and the vendor modules) and the stdlib JSON encoder
  (5 µs, 80-96 µs for the page's 9 KB). orjson encodes that page in ~7 µs, but writes floats
  below 1e-4 differently (`1e-05` -> `0.00001`, `1.5e-07` -> `1.5e-7`) and non-finite ones as
  null, so answers would change bytes; it is not used.

Contract, papershift (issue 14; the tables below are after the change): each case used to go
through Schemathesis' ASGI transport, a new `requests` session per request run on a portal
thread (two thread hand-overs a request: 10.3 s of lock waits, 9.2 s of epoll waits and 0.6 s of
socket writes waking the portal under cProfile; ~1.4-1.7 ms a call). `generator/contract/
in_process.py` now hands the request `requests` prepared to the app on the calling thread's
event loop (0.8-1.0 ms a call, same load; the app itself ~0.05 ms). What is left of 6.7 s of
the run under cProfile: Hypothesis and Schemathesis generating cases (`openapi_cases` 1.9 s,
coverage cases 1.0 s, the stateful loop 1.15 s), the transport 1.7 s (`requests` preparing and
reading 1.4 s), the checks 0.5 s, and Schemathesis' per-operation config (`phases_for`,
`checks_config_for`, `generation_for`: `_diff_base.from_hierarchy` 0.5 s; every operation that
has an `[[operations]]` entry merges the config tree again on each lookup). `st run` pays the
same generation, so 3x its cases/s is out of reach while the cases stay the same. Two
Schemathesis workers (threads) gave no gain (timetrack: 3.9 s run with one, 4.1-4.6 s with two)
and made the run depend on thread timing (383 or 463 requests), so runs keep one.

Contract, sampled with py-spy (100-200 Hz, all threads, default runs, 2026-12-04; cProfile sees
only the main thread, where the run waits for Schemathesis' worker): bamboohr ~10 s is 79%
Schemathesis' scenario loop (Hypothesis drawing cases 50% of it, `requests` preparing each
request and the hand-over to the in-process app 18%, the checks 9%, the mock 4%), 12% imports,
4% the stateful phase; teampulse ~3.5 s is 35% imports (~1.2 s: Schemathesis, Hypothesis,
`requests`), 46% the scenario loop, 16% the stateful phase. A vendor's run stays one process;
`contract --all` runs the vendors side by side, one process each, on both cores.
"""
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
SPECS = {
    "Okta": shared_path() / "bench-specs" / "okta-management.yaml",
    "Stripe": shared_path() / "corpus" / "stripe__spec3.yaml",
}
# Generation with the model writer inline and the caches off, under cProfile, in this process.
GENERATE = """
import sys
from generator.cache import DiskCache
from generator.cli import build_parser
from generator.render.model_cache import CachedModelWriter
from generator.render.models import InlineModelWriter
from generator.render.project import main
args = build_parser().parse_args(["generate", sys.argv[1], "--out", sys.argv[2], "--package", "p"])
main(args, CachedModelWriter(InlineModelWriter(), DiskCache(None)))
"""


def profiled(name: str, command: list[str], env: dict[str, str] | None = None) -> Path:
    target = OUT / f"{name}.prof"
    cmd = [sys.executable, "-m", "cProfile", "-o", str(target), *command]
    subprocess.run(
        cmd, cwd=ROOT, env={**os.environ, **(env or {})}, check=True, capture_output=True
    )
    return target


def generation(name: str, spec: Path) -> Path:
    script = OUT / "generate_inline.py"
    script.write_text(GENERATE, encoding="utf-8")
    out = OUT / f"out-{name}"
    shutil.rmtree(out, ignore_errors=True)
    return profiled(
        f"generate-{name}", [str(script), str(spec), str(out)], {"GENERATOR_CACHE": "off"}
    )


def mock_under_load() -> Path:
    """The timetrack mock under cProfile while wrk sends get-by-id requests, then SIGINT."""
    target = OUT / "mock-timetrack.prof"
    vendor = mock_bench.VENDORS["timetrack"]
    mock_bench.SECONDS = 5 if QUICK else 15
    cmd = [
        sys.executable,
        "-m",
        "cProfile",
        "-o",
        str(target),
        "-m",
        "generator",
        "mock",
        "timetrack",
        "--quiet",
        "--port",
        "0",
        "--seed",
        "1",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    base = proc.stdout.readline().decode().strip()
    try:
        wrk = mock_bench.ensure_wrk()
        for op in vendor.ops:
            mock_bench.load(wrk, base, vendor, op)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    return target


# The mock's request path in process, stage by stage: each stage called on its own with the
# inputs of one request, CPU time per call (best of rounds), then the whole ASGI call as served,
# once answered from the kept answer and once with the kept answers dropped before each call.
MOCK_STAGES = """
import sys, time
from generator.mock import app as app_module, create_app, engine as engine_module
from generator.mock.clock import using

CASES = {
    "timetrack get by id": ("timetrack", "/api/v2/ext/attendances/1", b"",
        [(b"x-timetrack-api-key", b"k"), (b"x-timetrack-api-secret", b"s")]),
    "papershift page of 25": ("papershift", "/public_api/v1/working_sessions",
        b"range_start=2015-10-01&range_end=2015-10-31&api_token=bench", []),
}

def best(fn, n=3000, rounds=7):
    fn()
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(n):
            fn()
        times.append((time.process_time() - started) / n * 1e6)
    return min(times)

def stages(vendor, path, query, extra):
    app = create_app(vendor, seed=1, seeded_clock=True)
    asgi, engine = app.engine_asgi, app.state.engine
    scope = {"type": "http", "server": ("127.0.0.1", 8000), "scheme": "http", "method": "GET",
             "root_path": "", "path": path, "raw_path": path.encode(), "query_string": query,
             "headers": [(b"host", b"127.0.0.1:8000"), *extra, (b"accept", b"*/*")]}
    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}
    async def send(message):
        pass
    def served():
        call = asgi(scope, receive, send)
        try:
            call.send(None)
        except StopIteration:
            pass
    def served_afresh():
        engine.store.version += 1  # as after a write: the kept answers no longer hold
        served()
    headers = app_module._headers(scope)
    raw_path, text = engine_module.split_target(scope)
    values = engine_module._query_values(text)
    route, path_params = engine._match("GET", raw_path, values)
    params = engine._params(route, path_params, values, headers)
    call = engine_module.Call(route, engine, params, None, "http://h", text, path)
    def handler():
        with engine.store.lock, using(engine.clock):
            return route.handler(call)
    reply = handler()
    return {
        "read the request (headers, target, base URL)": best(lambda: (
            app_module._headers(scope), engine_module.split_target(scope),
            asgi._base_url(scope, headers))),
        "route and query values, target kept (_routed)": best(
            lambda: engine._routed("GET", raw_path, text)),
        "route and query values, afresh (_query_values, _match)": best(lambda: engine._match(
            "GET", raw_path, engine_module._query_values(text))),
        "auth (_check_auth)": best(lambda: engine._check_auth(route, headers, values, None)),
        "parameters: coerce and validate (_params)": best(
            lambda: engine._params(route, path_params, values, headers)),
        "handler: store, filter, page, present": best(handler),
        "JSON encoding (stdlib C encoder)": best(lambda: engine_module.encoded(reply)),
        "whole request as served, kept answer": best(served),
        "whole request as served, answered afresh": best(served_afresh),
    }

for case, request in CASES.items():
    for stage, micros in stages(*request).items():
        print(f"{case}\t{stage}\t{micros:.1f}")
"""


def mock_stages(root: Path = ROOT) -> dict[str, dict[str, float]]:
    """µs per request per stage of the mock in the tree at `root`, per case."""
    out = subprocess.run(
        [sys.executable, "-c", MOCK_STAGES], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    table: dict[str, dict[str, float]] = {}
    for line in out.splitlines():
        case, stage, micros = line.split("\t")
        table.setdefault(stage, {})[case] = float(micros)
    return table


def stages_section(table: dict[str, dict[str, float]]) -> str:
    cases = list(next(iter(table.values())))
    lines = [
        "## Mock, in process: µs per request per stage (`mock_stages`)",
        "",
        "Each stage called alone with one request's inputs (CPU time, best of 7 rounds of 3,000 "
        "calls, no profiler); the last two rows are the whole ASGI call as uvicorn makes it.",
        "",
        "| stage | " + " | ".join(cases) + " |",
        "| --- |" + " ---: |" * len(cases),
    ]
    lines += [
        f"| {stage} | " + " | ".join(f"{row[case]:.1f}" for case in cases) + " |"
        for stage, row in table.items()
    ]
    return "\n".join(lines) + "\n"


# The contract run under cProfile in every thread (Schemathesis runs the cases in worker threads).
CONTRACT = """
import cProfile, sys, threading
from generator.cli import main
profiles = []
_run = threading.Thread.run
def run(self):
    profile = cProfile.Profile()
    profiles.append(profile)
    profile.runcall(_run, self)
threading.Thread.run = run
main_profile = cProfile.Profile()
code = main_profile.runcall(main, ["contract", "papershift", "--report", sys.argv[2]])
import pstats
stats = pstats.Stats(main_profile)
for profile in profiles:
    stats.add(profile)
stats.dump_stats(sys.argv[1])
"""


def contract() -> Path:
    script = OUT / "contract_threads.py"
    script.write_text(CONTRACT, encoding="utf-8")
    target = OUT / "contract-papershift.prof"
    command = [sys.executable, str(script), str(target), str(OUT / "contract-report")]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return target


def top(path: Path, sort: str) -> str:
    stream = io.StringIO()
    stats = pstats.Stats(str(path), stream=stream)
    stats.strip_dirs().sort_stats(sort).print_stats(TOP)
    lines = stream.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    total = next((line.strip() for line in lines if "function calls" in line), "")
    return total + "\n\n" + "\n".join(line.rstrip() for line in lines[start:] if line.strip())


def section(title: str, path: Path) -> str:
    return (
        f"## {title}\n\nRaw profile: `{path.relative_to(ROOT)}` (open with `python -m pstats`).\n\n"
        f"By cumulative time:\n\n```\n{top(path, 'cumulative')}\n```\n\n"
        f"By own time:\n\n```\n{top(path, 'tottime')}\n```\n"
    )


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    profiles = [
        (f"Generation, {name} (one process, caches off)", generation(name, spec))
        for name, spec in SPECS.items()
    ]
    profiles.append(("Mock, timetrack under wrk (get by id, list, create)", mock_under_load()))
    profiles.append(("Contract, papershift, default settings (all threads together)", contract()))
    body = stages_section(mock_stages()) + "\n"
    body += "\n".join(section(title, path) for title, path in profiles)
    PROFILE_MD.write_text(
        "# Profiles (`bench/profile_hot.py`)\n\n"
        f"cProfile, {started}; the times include cProfile's own overhead (roughly 2x on "
        "call-heavy code), so read them as shares, not as speeds. The summary of what they say "
        "is in bench/RESULTS.md's goals section.\n\n" + FINDINGS + "\n" + body,
        encoding="utf-8",
    )
    print(f"wrote {PROFILE_MD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
