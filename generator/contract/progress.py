"""Progress of a contract run, on stderr: a live line on a terminal (phase, operations tested,
requests, findings so far), plain lines where nobody watches a terminal (stdout or stderr not
a TTY, or `CI=true`): one per finished phase, so a CI log shows where the time went.

Colours follow the NO_COLOR convention (https://no-color.org): with it set, the live line is
drawn without colour or text styles (only the cursor moves). stdout keeps the verdict lines.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from types import TracebackType
from typing import TextIO

# Phases that send test cases; the others (probing, schema analysis) are not worth a line.
TESTING_PHASES = ("examples", "coverage", "fuzzing", "stateful", "verdicts")


@dataclass(frozen=True)
class Snapshot:
    """Where a run is: what the progress display shows."""

    phase: str  # Schemathesis' phase name, or "verdicts" while findings are re-sent
    operations_tested: int
    operations: int
    requests: int
    findings: int  # distinct root causes so far
    phase_done: bool = False


class PlainProgress:
    """One line per finished testing phase."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, snapshot: Snapshot) -> None:
        if snapshot.phase not in TESTING_PHASES:
            return
        if snapshot.phase == "verdicts" and not snapshot.phase_done:
            self._say(f"re-sending the failing requests of {snapshot.findings} finding(s)")
        elif snapshot.phase_done:
            self._say(f"{snapshot.phase} phase done: {_counts(snapshot)}")

    def _say(self, text: str) -> None:
        elapsed = time.monotonic() - self.started
        print(f"contract: {text} ({elapsed:.1f} s)", file=self.stream, flush=True)


class LiveProgress:
    """A rich live line: spinner, phase, a bar of operations tested, requests and findings."""

    def __init__(self, stream: TextIO, operations: int, *, colour: bool) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        # color_system=None writes no colour and no style escapes at all (no_color keeps bold).
        console = Console(file=stream, color_system="auto" if colour else None, highlight=False)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[cyan]{task.fields[phase]:<9}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total} operations"),
            TextColumn("{task.fields[requests]} requests"),
            TextColumn("{task.fields[findings]} finding(s)"),
            TimeElapsedColumn(),
            console=console,
            transient=True,  # the summary lines replace it
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.task = self.progress.add_task(
            "contract", total=operations, phase="starting", requests=0, findings=0
        )

    def __enter__(self) -> LiveProgress:
        self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.progress.stop()

    def update(self, snapshot: Snapshot) -> None:
        self.progress.update(
            self.task,
            total=snapshot.operations,
            completed=snapshot.operations_tested,
            phase=snapshot.phase,
            requests=snapshot.requests,
            findings=snapshot.findings,
        )


def _counts(snapshot: Snapshot) -> str:
    return (
        f"{snapshot.operations_tested}/{snapshot.operations} operations, "
        f"{snapshot.requests} requests, {snapshot.findings} finding(s) so far"
    )


def for_terminal(operations: int) -> PlainProgress | LiveProgress:
    """The live display when stdout and stderr are a terminal outside CI, plain lines otherwise."""
    in_ci = os.environ.get("CI", "").lower() not in ("", "0", "false")
    if in_ci or not (_is_tty(sys.stdout) and _is_tty(sys.stderr)):
        return PlainProgress(sys.stderr)
    return LiveProgress(sys.stderr, operations, colour=not os.environ.get("NO_COLOR"))


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or stand-in stream
        return False
