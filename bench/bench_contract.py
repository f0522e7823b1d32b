"""Benchmark the contract runner (`make bench`).

1. Wall time of a full `python -m generator contract VENDOR` for every vendor against its
   in-process mock, default settings (issue 14: all four under 20 s on a 2-core machine).
   Then the same four as one `python -m generator contract --all` (the runs spread over the
   cores), once.
2. Test cases per second, against a plain `st run` of the same spec, same seed and the same
   max-examples, against the same mock served over HTTP (`python -m generator mock`).

Usage: .venv/bin/python bench/bench_contract.py [--vendors a,b] [--no-st] [--no-all]
       [--rounds N (odd)] [--json FILE] [--no-results]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.results import write_section  # noqa: E402
from generator import VENDORS, vendor_spec_path  # noqa: E402
from generator.contract.credentials import resolve  # noqa: E402
from generator.contract.session import DEFAULT_MAX_EXAMPLES  # noqa: E402
from generator.ir import build_api  # noqa: E402
from generator.spec.loader import load_spec  # noqa: E402

ST = Path(sys.executable).with_name("st")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ours(vendor: str, workdir: Path) -> dict:
    report = workdir / f"ours-{vendor}"
    started, cpu = time.monotonic(), _children_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "contract", vendor, "--report", str(report)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    wall, cpu = time.monotonic() - started, _children_cpu() - cpu
    figures = _drift_figures(report)
    return {
        "exit": done.returncode,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        **figures,
        # On the whole command's wall time, as for `st run`: the report's duration_s leaves
        # out the interpreter start and imports (~1.2-1.5 s) that st's wall time includes.
        "cases_per_s": round(figures["cases"] / wall, 1) if wall else 0.0,
    }


def _drift_figures(report: Path) -> dict:
    """Cases (requests sent), run seconds and findings of one vendor's REPORT/drift.json."""
    drift = json.loads((report / "drift.json").read_text())
    return {
        "cases": drift["requests"],
        "run_s": drift["duration_s"],
        "findings": len(drift["findings"]),
    }


def ours_all(workdir: Path) -> dict:
    """`contract --all` once, default settings, seed 1: wall and CPU (the children's) seconds,
    exit code, cases per vendor."""
    report = workdir / "ours-all"
    started, cpu = time.monotonic(), _children_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "contract", "--all", "--seed", "1"]
        + ["--report", str(report)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    wall, cpu = time.monotonic() - started, _children_cpu() - cpu
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "exit": done.returncode,
        "per_vendor": {v: _drift_figures(report / v)["cases"] for v in VENDORS},
    }


def _toml_config(vendor: str) -> str:
    api = build_api(load_spec(vendor_spec_path(vendor)))
    lines = []
    for key, entry in resolve(api, {}, live=False).schemathesis_auth().items():
        lines.append(f'[auth.openapi."{key}"]')
        lines += [f"{name} = {json.dumps(value)}" for name, value in entry.items()]
    return "\n".join(lines) + "\n"


def plain_st(vendor: str, workdir: Path) -> dict:
    mock = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", vendor, "--port", "0", "--seed", "1"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        url = mock.stdout.readline().strip()
        config = workdir / f"st-{vendor}.toml"
        config.write_text(_toml_config(vendor))
        started = time.monotonic()
        done = subprocess.run(
            [
                str(ST),
                "--config-file",
                str(config),
                "run",
                str(vendor_spec_path(vendor)),
                "--url",
                url,
                "--seed",
                "1",
                "-n",
                str(DEFAULT_MAX_EXAMPLES),
                "--no-color",
            ],
            cwd=workdir,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        wall = time.monotonic() - started
    finally:
        mock.terminate()
        mock.wait(timeout=10)
    found = re.search(r"Test cases:\s*([\d,]+) generated", done.stdout)
    cases = int(found.group(1).replace(",", "")) if found else 0
    return {
        "exit": done.returncode,
        "wall_s": round(wall, 2),
        "cases": cases,
        "cases_per_s": round(cases / wall, 1) if wall else 0.0,
    }


def medians(rows: list[dict]) -> dict:
    """Each figure's median over the rounds (the lower middle one: an observed value)."""
    return {key: statistics.median_low(row[key] for row in rows) for key in rows[0]}


def markdown(
    results: dict[str, dict], total: float, total_cpu: float, together: dict | None = None
) -> str:
    lines = [
        "## Contract runs (`bench/bench_contract.py`)",
        "",
        "`python -m generator contract VENDOR` against the in-process mock, default settings (all "
        "phases and checks, stateful links, seed 1), one run per vendor; against a plain `st run` "
        "of the same spec, seed and max-examples over HTTP against the same mock served by "
        "`python -m generator mock` (its exit code counts documented 4xx answers as failures). "
        "Cases/s for both is the cases over the whole command's wall time, the interpreter's "
        "start and imports included.",
        "",
        "| vendor | ours wall s | ours cases | ours cases/s | findings | `st run` wall s | `st run` cases/s | cases/s ours / st | `st run` exit |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for vendor, r in results.items():
        o, st = r["ours"], r.get("st")
        row = f"| {vendor} | {o['wall_s']:.1f} | {o['cases']:,} | {o['cases_per_s']:.0f} | {o['findings']} |"
        if st:
            ratio = o["cases_per_s"] / st["cases_per_s"] if st["cases_per_s"] else 0.0
            row += f" {st['wall_s']:.1f} | {st['cases_per_s']:.0f} | {ratio:.2f}x | {st['exit']} |"
        else:
            row += " - | - | - | - |"
        lines.append(row)
    lines += [
        "",
        f"All {len(results)} vendors one after another: {total:.1f} s wall, {total_cpu:.1f} s CPU (goal: under 20 s wall; cases/s at least 3x `st run`).",
    ]
    if together is not None:
        cases = ", ".join(f"{v} {n:,}" for v, n in together["per_vendor"].items())
        lines.append(
            f"All at once, `python -m generator contract --all` (one process per vendor, as many "
            f"at a time as there are cores): {together['wall_s']:.1f} s wall, "
            f"{together['cpu_s']:.1f} s CPU, exit {together['exit']}; cases {cases}."
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendors", default=",".join(VENDORS))
    parser.add_argument("--no-st", action="store_true", help="skip the plain `st run` comparison")
    parser.add_argument("--no-all", action="store_true", help="skip the `contract --all` run")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument(
        "--no-results", action="store_true", help="leave bench/RESULTS.md as it is (while working)"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="runs of each (alternating); the medians are shown"
    )
    args = parser.parse_args()
    vendors = [v for v in args.vendors.split(",") if v]
    runs: dict[str, dict[str, list[dict]]] = {v: {"ours": [], "st": []} for v in vendors}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for _ in range(args.rounds):
            for vendor in vendors:
                runs[vendor]["ours"].append(ours(vendor, workdir))
                if not args.no_st:
                    runs[vendor]["st"].append(plain_st(vendor, workdir))
        together = None if args.no_all else ours_all(workdir)
    results = {
        vendor: {tool: medians(rows) for tool, rows in by_tool.items() if rows}
        for vendor, by_tool in runs.items()
    }
    total = sum(r["ours"]["wall_s"] for r in results.values())
    total_cpu = sum(r["ours"]["cpu_s"] for r in results.values())
    print(
        f"{'vendor':<11} {'ours wall s':>11} {'cpu s':>6} {'cases':>6} {'cases/s':>8} {'exit':>4}"
        + ("" if args.no_st else f" | {'st wall s':>9} {'cases':>6} {'cases/s':>8} {'exit':>4}")
    )
    for vendor, r in results.items():
        o = r["ours"]
        line = f"{vendor:<11} {o['wall_s']:>11} {o['cpu_s']:>6} {o['cases']:>6} {o['cases_per_s']:>8} {o['exit']:>4}"
        if "st" in r:
            s = r["st"]
            line += f" | {s['wall_s']:>9} {s['cases']:>6} {s['cases_per_s']:>8} {s['exit']:>4}"
        print(line)
    print(
        f"all {len(vendors)} vendors, contract in process, default settings: {total:.1f} s wall, "
        f"{total_cpu:.1f} s CPU (goal < 20 s wall; CPU time shows the cost on a busy machine)"
    )
    if together:
        cases = ", ".join(f"{v} {n}" for v, n in together["per_vendor"].items())
        print(
            f"contract --all ({os.cpu_count()} CPUs): {together['wall_s']:.1f} s wall, "
            f"{together['cpu_s']:.1f} s CPU, exit {together['exit']}; cases: {cases}"
        )
    if not args.no_results:
        write_section("bench_contract", markdown(results, total, total_cpu))
    if args.json:
        summary = {"total_wall_s": total, "total_cpu_s": total_cpu, "vendors": results}
        if together:
            summary["all"] = together
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
