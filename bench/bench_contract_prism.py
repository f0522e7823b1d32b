"""`contract VENDOR --base-url` against an independent server: Prism mocking each vendor's spec.

Prism answers from the spec's examples and schemas but checks neither credentials nor every
request constraint, and refuses requests in its own way (its own error bodies, 404 and 405 for
what it does not route): the kind of server a report must stay readable against. Per vendor it
records the findings before grouping (one per failing check, operation and pointer) and after
(one per root cause), the headline of drift.md, and every grouped finding's one-line summary.

Usage: .venv/bin/python bench/bench_contract_prism.py [--vendors a,b] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_mock import PRISM, PRISM_VERSION, ensure_prism, free_port  # noqa: E402
from bench.results import write_section  # noqa: E402
from generator import VENDORS  # noqa: E402
from generator.contract.credentials import env_var_names  # noqa: E402
from generator.ir.load import load  # noqa: E402

DUMMY_CREDENTIAL = "prism-accepts-any-credential"


def start_prism(vendor: str, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    spec = REPO / "specs" / f"{vendor}.yaml"
    command = [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "-v", "error"]
    with log.open("ab") as sink:
        proc = subprocess.Popen(command, cwd=REPO, stdout=sink, stderr=sink)
    origin = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(origin, timeout=2)
            return proc, origin
        except httpx.HTTPError:
            time.sleep(0.3)
    stop(proc)
    raise RuntimeError(f"Prism did not come up on specs/{vendor}.yaml (see {log})")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def contract(vendor: str, origin: str, report: Path) -> dict:
    """One default contract run against Prism (which serves the spec's paths without the
    server's path prefix, so its origin is the base URL)."""
    credentials = {name: DUMMY_CREDENTIAL for name in env_var_names(load(vendor))}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "contract", vendor, "--base-url", origin]
        + ["--report", str(report)],
        cwd=REPO,
        env={**os.environ, **credentials, "CI": "true"},
        capture_output=True,
        text=True,
    )
    drift = json.loads((report / "drift.json").read_text())
    markdown = (report / "drift.md").read_text().splitlines()
    return {
        "exit": done.returncode,
        "wall_s": round(time.monotonic() - started, 1),
        "requests": drift["requests"],
        "before_grouping": drift["findings_before_grouping"],
        "after_grouping": len(drift["findings"]),
        "headline": markdown[2],
        "findings": [line for line in done.stdout.splitlines() if line.startswith("DRIFT ")],
    }


def markdown(results: dict[str, dict]) -> str:
    lines = [
        "## Contract runs against Prism (`bench/bench_contract_prism.py`)",
        "",
        f"`python -m generator contract VENDOR --base-url PRISM` with default settings against "
        f"Prism {PRISM_VERSION} mocking `specs/VENDOR.yaml` (an independent server: it checks no "
        "credential and not every request constraint, and refuses in its own way). Findings "
        "before grouping are one per failing check, operation and pointer; after grouping, one "
        "per root cause.",
        "",
        "| vendor | exit | requests | findings before grouping | after grouping | wall s |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for vendor, r in results.items():
        lines.append(
            f"| {vendor} | {r['exit']} | {r['requests']:,} | {r['before_grouping']} | "
            f"{r['after_grouping']} | {r['wall_s']:.1f} |"
        )
    for vendor, r in results.items():
        lines += ["", f"{vendor}: {r['headline']}", ""]
        lines += [f"- {line}" for line in r["findings"]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendors", default=",".join(VENDORS))
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    if not ensure_prism():
        print("bench_contract_prism: Prism is not installed; nothing measured", file=sys.stderr)
        return 1
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for vendor in [v for v in args.vendors.split(",") if v]:
            proc, origin = start_prism(vendor, Path(tmp) / "prism.log")
            try:
                results[vendor] = contract(vendor, origin, Path(tmp) / vendor)
            finally:
                stop(proc)
            r = results[vendor]
            print(
                f"{vendor}: exit {r['exit']}, {r['requests']} requests, "
                f"{r['before_grouping']} findings before grouping, {r['after_grouping']} after",
                flush=True,
            )
            for line in r["findings"]:
                print(f"  {line}", flush=True)
    write_section("bench_contract_prism", markdown(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
