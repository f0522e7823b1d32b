"""Generation time against peer generators on the same specs, in the same run.

    python bench/bench_generate.py [--repeat N] [SPEC ...]

Peers (openapi-python-client, OpenAPI Generator's `-g python` through the `openapi-generator-cli`
PyPI wrapper) are installed into bench/.work/peers, never into the project's environment, and run
with that environment's bin/ on PATH as an activated install would (openapi-python-client then
formats its output with ruff, as by default). Each tool runs as a fresh process, the three
interleaved round by round (wall clock, median of N); a peer that refuses a spec is retried with
its documented workaround. Writes its own section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.results import write_section  # noqa: E402
from generator import shared_path  # noqa: E402

WORK = ROOT / "bench" / ".work"
PEERS = WORK / "peers"
SHARED = shared_path()
DEFAULT_SPECS = [
    SHARED / "bench-specs" / "petstore-expanded.yaml",
    SHARED / "bench-specs" / "spotify.yaml",
    SHARED / "bench-specs" / "okta-management.yaml",
    SHARED / "corpus" / "stripe__spec3.yaml",
]
TIMEOUT = 900


@dataclass
class Run:
    tool: str
    seconds: float
    ok: bool
    note: str


def ensure_peers() -> Path:
    """The peers' virtual environment (created on first use)."""
    python = PEERS / "bin" / "python"
    if not (PEERS / "bin" / "openapi-generator-cli").exists():
        venv.create(PEERS, with_pip=True)
        pip = [str(python), "-m", "pip", "install", "--quiet"]
        tools = ["openapi-python-client", "openapi-generator-cli"]
        runtime = ["urllib3", "python-dateutil", "pydantic", "typing-extensions"]  # to import output
        subprocess.run([*pip, *tools, *runtime], check=True)
    return python


def timed(cmd: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {**os.environ, "PATH": f"{PEERS / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["GENERATOR_CACHE"] = "off"  # ours starts cold, as the peers do (they keep nothing)
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    return time.perf_counter() - started, result


def imports(python: Path, folder: Path, package: str) -> bool:
    """True when every module of the generated package imports."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"p = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'): importlib.import_module(m.name)\n"
    )
    result = subprocess.run([str(python), "-c", code], cwd=folder, capture_output=True, timeout=TIMEOUT)
    return result.returncode == 0


def run_ours(spec: Path, out: Path) -> Run:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--package", "bench_client"]
    seconds, result = timed(cmd, ROOT)
    if result.returncode != 0:
        return Run("this generator", seconds, False, result.stderr.strip().splitlines()[-1][:120])
    readme = (out / "README.md").read_text()
    methods = int(m.group(1)) if (m := re.search(r"Operations: (\d+)", readme)) else 0
    ok = imports(Path(sys.executable), out, "bench_client")
    return Run("this generator", seconds, ok, f"{methods} operations" + ("" if ok else ", import fails"))


def run_opc(peers: Path, spec: Path, out: Path) -> Run:
    exe = str(peers.parent / "openapi-python-client")
    base = [exe, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]
    seconds, result = timed(base, WORK)
    note = "default config"
    if result.returncode != 0 or not out.exists():
        config = WORK / "opc-config.yaml"
        config.write_text("literal_enums: true\n", encoding="utf-8")
        seconds, result = timed([*base, "--config", str(config)], WORK)
        note = "literal_enums: true"
    if result.returncode != 0 or not out.exists():
        return Run("openapi-python-client", seconds, False, f"fails ({note})")
    skipped = len(re.findall(r"Unable to parse this part of your OpenAPI document|skipping", result.stdout + result.stderr))
    package = next((p.name for p in out.iterdir() if (p / "__init__.py").exists()), "")
    ok = bool(package) and imports(peers, out, package)
    warn = f", {skipped} parts skipped" if skipped else ""
    return Run("openapi-python-client", seconds, ok, f"{note}{warn}" + ("" if ok else ", import fails"))


def run_openapi_generator(peers: Path, spec: Path, out: Path) -> Run:
    exe = str(peers.parent / "openapi-generator-cli")
    base = [exe, "generate", "-i", str(spec), "-g", "python", "-o", str(out), "--package-name", "bench_peer"]
    shutil.rmtree(out, ignore_errors=True)
    seconds, result = timed(base, WORK)
    note = "default"
    if result.returncode != 0:
        seconds, result = timed([*base, "--skip-validate-spec"], WORK)
        note = "--skip-validate-spec"
    if result.returncode != 0:
        return Run("OpenAPI Generator", seconds, False, f"fails ({note})")
    ok = imports(peers, out, "bench_peer")
    return Run("OpenAPI Generator", seconds, ok, note + ("" if ok else ", import fails"))


def bench_spec(peers: Path, spec: Path, repeat: int) -> list[Run]:
    """The median run of each tool, the tools interleaved round by round."""
    out = WORK / "out" / spec.stem
    tools = [
        lambda: run_ours(spec, out / "ours"),
        lambda: run_opc(peers, spec, out / "opc"),
        lambda: run_openapi_generator(peers, spec, out / "oag"),
    ]
    runs: list[list[Run]] = [[] for _ in tools]
    for _ in range(repeat):
        for tool, done in zip(tools, runs, strict=True):
            done.append(tool())
    medians = [median_run(done) for done in runs]
    for run in medians:
        print(f"{spec.name}: {run}", file=sys.stderr)
    return medians


def median_run(runs: list[Run]) -> Run:
    seconds = statistics.median(run.seconds for run in runs)
    last = runs[-1]
    return Run(last.tool, seconds, all(run.ok for run in runs), last.note)


def table(results: dict[str, list[Run]]) -> str:
    lines = [
        "| spec | tool | seconds | ratio to ours | result |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for spec, runs in results.items():
        ours = runs[0].seconds
        for run in runs:
            ratio = f"{run.seconds / ours:.2f}x" if ours else "-"
            status = "ok" if run.ok else "FAILS"
            lines.append(f"| {spec} | {run.tool} | {run.seconds:.1f} | {ratio} | {status}: {run.note} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path, default=DEFAULT_SPECS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    peers = ensure_peers()
    results = {spec.name: bench_spec(peers, spec, args.repeat) for spec in args.specs}
    body = (
        "## Generation time (bench/bench_generate.py)\n\n"
        f"Wall clock per tool and spec, median of {args.repeat} runs, one fresh process each, the "
        "three tools interleaved round by round on the same machine (2 cores). Ratio > 1 means the "
        "peer is slower. \"ok\" means every module of the written package imports. Ours forks "
        "datamodel-code-generator into a second process at start-up (its import is ~0.8 s); "
        "OpenAPI Generator's JVM is multi-threaded; openapi-python-client runs in one process and "
        "formats with ruff, as ours does. Ours runs with its caches off (`GENERATOR_CACHE=off`): "
        "every run is a first run, as the peers' are.\n\n"
        + table(results)
    )
    write_section("bench_generate", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
