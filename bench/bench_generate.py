"""Generation time against peer generators on the same specs, in the same run.

    python bench/bench_generate.py [--repeat N] [SPEC ...]

Peers (openapi-python-client, OpenAPI Generator's `-g python` through the `openapi-generator-cli`
PyPI wrapper) are installed into bench/.work/peers, never into the project's environment. Each tool
runs as a fresh process (wall clock, best of N); a peer that refuses a spec is retried with its
documented workaround. Writes its own section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PEERS = WORK / "peers"
RESULTS = ROOT / "bench" / "RESULTS.md"
BEGIN, END = "<!-- bench_generate -->", "<!-- /bench_generate -->"
SHARED = ROOT.parent / "shared"
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
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
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
    methods = len(re.findall(r"^    def \w+_raw\(", (out / "bench_client" / "resources.py").read_text(), re.M))
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
    out = WORK / "out" / spec.stem
    tools = [
        lambda: run_ours(spec, out / "ours"),
        lambda: run_opc(peers, spec, out / "opc"),
        lambda: run_openapi_generator(peers, spec, out / "oag"),
    ]
    best: list[Run] = []
    for tool in tools:
        runs = [tool() for _ in range(repeat)]
        best.append(min(runs, key=lambda r: r.seconds))
        print(f"{spec.name}: {best[-1]}", file=sys.stderr)
    return best


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


def write_section(body: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    section = f"{BEGIN}\n{body}\n{END}"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path, default=DEFAULT_SPECS)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    peers = ensure_peers()
    results = {spec.name: bench_spec(peers, spec, args.repeat) for spec in args.specs}
    body = (
        "## Generation time (bench/bench_generate.py)\n\n"
        f"Wall clock per tool and spec, best of {args.repeat}, one process each, same machine and run; "
        "ratio > 1 means the peer is slower. \"ok\" means every module of the written package imports.\n\n"
        + table(results)
    )
    write_section(body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
