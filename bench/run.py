"""`make bench`: every benchmark; each rewrites its own section of bench/RESULTS.md.

Full mode (under 30 minutes on 2 cores): bench_goals.py (issue 14's table: every goal against
its baseline in the same run), then the peer comparisons (generation against
openapi-python-client and OpenAPI Generator, the mocks against Prism, the client's per-call
overhead against raw httpx) with shorter load runs than their own defaults, the drift diff's
timing (bench_diff.py), and contract runs against Prism as an independent server
(bench_contract_prism.py: findings before and after grouping, each finding's line).
bench_goals.py also writes the contract section, so bench_contract.py is not run twice.

Quick mode (`BENCH_QUICK=1`, under 5 minutes): bench_goals.py only, with fewer rounds and
shorter load runs; the other sections of RESULTS.md keep their last full run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")

# script, extra arguments, environment defaults (a value already set in the environment wins)
FULL = [
    ("bench_goals.py", [], {}),
    ("bench_generate.py", ["--repeat", "2"], {}),
    ("bench_mock.py", [], {"BENCH_SECONDS": "10", "BENCH_ROUNDS": "1"}),
    ("bench_client.py", [], {}),
    ("bench_diff.py", [], {}),
    ("bench_prism_clients.py", [], {}),
    ("bench_contract_prism.py", [], {}),
]
QUICK_PLAN = [("bench_goals.py", [], {})]


def main() -> int:
    failed = []
    started = time.perf_counter()
    for script, args, defaults in QUICK_PLAN if QUICK else FULL:
        print(f"== {script} ({time.perf_counter() - started:.0f} s so far)", flush=True)
        env = {**defaults, **os.environ}
        command = [sys.executable, str(HERE / script), *args]
        if subprocess.run(command, cwd=HERE.parent, env=env).returncode != 0:
            failed.append(script)
    print(f"== done in {(time.perf_counter() - started) / 60:.1f} min", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
