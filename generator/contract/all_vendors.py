"""`python -m generator contract --all`: every vendor's contract run, each in its own process
(`python -m generator contract VENDOR ...`), at most --jobs at a time, the longest first.

Each vendor's output is captured and printed as one block when its run ends, then a summary table
(vendor, exit code and meaning, findings from DIR/VENDOR/drift.json with --report, wall seconds).
The exit code is the most severe of the vendors'. SIGINT/SIGTERM are passed on to the running
children, which write their partial reports as a single run does; the parent waits for them
(within STOP_WAIT_S, then kills), prints what finished and exits 130/143.

This module imports no Schemathesis: the parent only schedules and reports.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from generator import REPO_ROOT, VENDORS
from generator.contract.arguments import (
    EXIT_DEADLINE,
    EXIT_DRIFT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SETUP,
    EXIT_TERMINATED,
    ONE_TARGET_FLAGS,
    UsageError,
    add_arguments,
    check_values,
)

PARENT_ONLY = ("all", "jobs", "report")  # flags the parent consumes (--report DIR/VENDOR)
STOP_WAIT_S = 15.0  # a stopped child's wind-down (runner.GRACE_S) and partial reports
POLL_S = 0.05
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a child gets when its parent dies
MEANINGS = {
    EXIT_OK: "no new drift",
    EXIT_DRIFT: "new drift",
    EXIT_SETUP: "setup error",
    EXIT_DEADLINE: "stopped by --deadline",
    EXIT_INTERRUPTED: "stopped by SIGINT",
    EXIT_TERMINATED: "stopped by SIGTERM",
}
# Least to most severe. A crash or a kill (any other code) counts as a setup error: that vendor
# was not tested.
SEVERITY = (EXIT_OK, EXIT_DRIFT, EXIT_DEADLINE, EXIT_SETUP, EXIT_TERMINATED, EXIT_INTERRUPTED)
STOP_EXITS = {signal.SIGINT: EXIT_INTERRUPTED, signal.SIGTERM: EXIT_TERMINATED}


@dataclass
class VendorRun:
    vendor: str
    command: list[str]
    output: IO[bytes] = field(default_factory=tempfile.TemporaryFile)
    process: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    started_at: float = 0.0  # time.time(), to tell this run's drift.json from an older one
    wall_s: float = 0.0
    code: int | None = None  # None: not started, or not ended


def main(args: argparse.Namespace) -> int:
    try:
        _check_usage(args)
        vendors = longest_first(VENDORS)
    except UsageError as exc:
        print(f"contract: {exc}", file=sys.stderr)
        return EXIT_SETUP
    flags = shared_flags(args)
    runs = [VendorRun(v, child_command(v, flags, args.report)) for v in vendors]
    jobs = args.jobs or max(1, os.cpu_count() or 1)
    print(
        f"contract --all: {len(runs)} vendors, {jobs} at a time, longest first: "
        f"{', '.join(vendors)}",
        file=sys.stderr,
        flush=True,
    )
    started = time.monotonic()
    with _stop_signals() as stopped_by:
        _run(runs, jobs, stopped_by)
    _print_summary(runs, args.report, time.monotonic() - started)
    if stopped_by:
        return STOP_EXITS[stopped_by[0]]
    return merged_exit([run.code for run in runs if run.code is not None])


def _check_usage(args: argparse.Namespace) -> None:
    if not args.all:
        raise UsageError("--jobs needs --all (a single vendor's run is one process)")
    if args.vendor is not None:
        raise UsageError(f"--all tests every vendor: give either VENDOR ({args.vendor}) or --all")
    for flag in ONE_TARGET_FLAGS:
        if getattr(args, flag.lstrip("-").replace("-", "_"), None) not in (None, False):
            raise UsageError(
                f"{flag} names one target and cannot be used with --all "
                f"(run `contract VENDOR {flag} ...` for that vendor)"
            )
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    check_values(args)


def longest_first(vendors: tuple[str, ...]) -> list[str]:
    """Vendors by their operation count, most first (a run's cost grows with it), then by id."""
    from generator.ir.load import load
    from generator.spec.loader import SpecError

    def cost(vendor: str) -> int:
        try:
            return len(load(vendor).operations)
        except SpecError:
            return 0  # its own run reports the broken spec

    return sorted(vendors, key=lambda vendor: (-cost(vendor), vendor))


def shared_flags(args: argparse.Namespace) -> list[str]:
    """The contract flags the user gave that apply to every vendor, as command-line words."""
    parser = argparse.ArgumentParser(add_help=False)
    add_arguments(parser)
    words: list[str] = []
    for action in parser._actions:
        value = getattr(args, action.dest, action.default)
        if action.dest in PARENT_ONLY or value == action.default:
            continue
        flag = action.option_strings[0]
        if action.nargs == 0:  # store_true
            words.append(flag)
        else:
            for one in value if isinstance(value, list) else [value]:
                words += [flag, str(one)]
    return words


def child_command(vendor: str, flags: list[str], report: str | None) -> list[str]:
    command = [sys.executable, "-m", "generator", "contract", vendor, *flags]
    if report is not None:
        command += ["--report", str(Path(report) / vendor)]
    return command


def merged_exit(codes: list[int]) -> int:
    """The most severe of the vendors' exit codes (0 when there are none)."""
    ranked = [code if code in SEVERITY else EXIT_SETUP for code in codes]
    return max(ranked, key=SEVERITY.index, default=EXIT_OK)


def meaning(code: int | None) -> str:
    if code is None:
        return "not started"
    if code < 0:
        return f"killed by {_signal_name(-code)}"
    return MEANINGS.get(code, "crashed")


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _run(runs: list[VendorRun], jobs: int, stopped_by: list[signal.Signals]) -> None:
    waiting, running = list(runs), list[VendorRun]()
    try:
        while (waiting or running) and not stopped_by:
            while waiting and len(running) < jobs:
                running.append(_start(waiting.pop(0)))
            for run in [run for run in running if run.process and run.process.poll() is not None]:
                running.remove(run)
                _finish(run)
            time.sleep(POLL_S)
    finally:
        if running:
            _stop(running, stopped_by[0] if stopped_by else signal.SIGTERM)


def _start(run: VendorRun) -> VendorRun:
    run.started, run.started_at = time.monotonic(), time.time()
    # Its own session: a Ctrl-C on the terminal reaches the parent only, which passes on one
    # signal (a second one would cut the child's partial reports short).
    run.process = subprocess.Popen(
        run.command,
        stdin=subprocess.DEVNULL,
        stdout=run.output,
        stderr=subprocess.STDOUT,
        env=_child_env(),
        start_new_session=True,
        preexec_fn=_ends_with(os.getpid()) if sys.platform.startswith("linux") else None,
    )
    return run


def _ends_with(parent: int) -> Callable[[], None]:
    """Linux: the child is sent SIGTERM when this process dies, even by SIGKILL (a CI job's
    timeout), and stops as on any SIGTERM: partial reports, exit 143. Its own session keeps it
    out of the terminal's process group, so nothing else would reach it."""

    def arrange() -> None:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before the line above
            os.kill(os.getpid(), signal.SIGTERM)

    return arrange


def _child_env() -> dict[str, str]:
    """The children import this very checkout's `generator`, wherever the command is run from."""
    paths = [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _finish(run: VendorRun) -> None:
    assert run.process is not None
    run.code = run.process.returncode
    run.wall_s = time.monotonic() - run.started
    _print_block(run)


def _stop(running: list[VendorRun], signum: signal.Signals) -> None:
    """Pass the stop on, wait for the partial reports (bounded), kill what is left."""
    for run in running:
        assert run.process is not None
        run.process.send_signal(signum)  # a no-op for one that ended meanwhile
    deadline = time.monotonic() + STOP_WAIT_S
    for run in running:
        assert run.process is not None
        try:
            run.process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            run.process.kill()
            run.process.wait()
        _finish(run)


@contextmanager
def _stop_signals() -> Iterator[list[signal.Signals]]:
    """SIGINT and SIGTERM end the scheduling loop; the list receives the first one."""
    stopped_by: list[signal.Signals] = []

    def stop(signum: int, frame: Any) -> None:
        if not stopped_by:
            stopped_by.append(signal.Signals(signum))

    saved = {sig: signal.signal(sig, stop) for sig in STOP_EXITS}
    try:
        yield stopped_by
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _print_block(run: VendorRun) -> None:
    run.output.seek(0)
    text = run.output.read().decode("utf-8", errors="replace")
    run.output.close()
    header = f"== {run.vendor}: exit {run.code} ({meaning(run.code)}), {run.wall_s:.1f} s =="
    sys.stdout.write(f"{header}\n{text}{'' if text.endswith(chr(10)) or not text else chr(10)}")
    sys.stdout.flush()


def findings_count(report: str | None, run: VendorRun) -> int | None:
    """The findings in DIR/VENDOR/drift.json, when this run wrote one."""
    if report is None or run.code is None:
        return None
    path = Path(report) / run.vendor / "drift.json"
    try:
        if path.stat().st_mtime < run.started_at:
            return None  # an earlier run's
        return len(json.loads(path.read_text(encoding="utf-8"))["findings"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _print_summary(runs: list[VendorRun], report: str | None, wall_s: float) -> None:
    width = max(len(run.vendor) for run in runs)
    lines = [f"{'vendor':<{width}}  {'exit':>4}  {'meaning':<22}  {'findings':>8}  {'wall s':>6}"]
    for run in runs:
        count = findings_count(report, run)
        lines.append(
            f"{run.vendor:<{width}}  {'-' if run.code is None else run.code:>4}  "
            f"{meaning(run.code):<22}  {'-' if count is None else count:>8}  "
            f"{'-' if run.code is None else f'{run.wall_s:.1f}':>6}"
        )
    lines.append(f"all {len(runs)} vendors: {wall_s:.1f} s wall")
    print("\n".join(lines), flush=True)
