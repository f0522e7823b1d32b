"""The `contract` verb's flags (argparse only: building the parser imports no Schemathesis)."""

from __future__ import annotations

import argparse
import re

# The contract verb's exit codes (here, not in runner.py, so that `--all` can name them without
# importing Schemathesis).
EXIT_OK, EXIT_DRIFT, EXIT_SETUP, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
EXIT_DEADLINE = 124  # as timeout(1): the run deadline stopped it
# Flags that name one target: meaningless for every vendor at once, refused with --all.
ONE_TARGET_FLAGS = ("--spec", "--base-url", "--record", "--replay", "--update-baseline")

_RATE = re.compile(r"^[1-9][0-9]*/[smhd]$")


class UsageError(Exception):
    """A one-line reason to exit 2."""


def check_values(args: argparse.Namespace) -> None:
    """Refuse flag values no run can use (UsageError), before anything starts: one check for a
    single vendor's run and for `--all`, which would otherwise hear it once per vendor."""
    if args.max_examples is not None and args.max_examples < 1:
        raise UsageError("--max-examples must be at least 1")
    rate = getattr(args, "rate_limit", None)
    if rate is not None and not _RATE.match(rate):
        raise UsageError(f"--rate-limit must look like 10/s, 100/m, 1000/h or 5000/d, got {rate!r}")
    reruns = getattr(args, "reruns", None)
    if reruns is not None and reruns < 0:
        raise UsageError("--reruns must be 0 or more")
    for flag, seconds in (
        ("--deadline", getattr(args, "deadline", None)),
        ("--call-deadline", getattr(args, "call_deadline", None)),
    ):
        if seconds is not None and seconds <= 0:
            raise UsageError(f"{flag} must be a number of seconds above 0")


EXIT_CODES = (
    "exit codes: 0 no new drift; 1 new drift; 2 setup error (bad flags, spec, credentials, "
    "unreachable server, every request refused, answers stalling past --call-deadline); 130 "
    "stopped by SIGINT; 143 stopped by SIGTERM (both write partial reports); 124 stopped by "
    "--deadline; with --all, the most severe of the vendors' codes"
)


def add_arguments(contract: argparse.ArgumentParser) -> None:
    contract.epilog = EXIT_CODES
    add = contract.add_argument
    add(
        "--all",
        action="store_true",
        help="test every vendor (no VENDOR), each in its own process, the longest first; each "
        "vendor's output is printed as one block when it ends, then a summary table "
        "(default: the one VENDOR given)",
    )
    add(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="with --all: vendors tested at the same time (default: the number of CPUs)",
    )
    add(
        "--base-url",
        default=None,
        metavar="URL",
        help="live server to test, with the spec's path prefix (default: the vendor's mock, in "
        "process); credentials come from the spec's variables",
    )
    add(
        "--report",
        default=None,
        metavar="DIR",
        help="write drift.json/md/sarif and junit.xml to DIR, to DIR/VENDOR/ with --all "
        "(default: none, summary on stdout only)",
    )
    add(
        "--max-examples",
        type=int,
        default=None,
        metavar="N",
        help="examples per operation and phase (default: 5)",
    )
    add("--seed", type=int, default=1, metavar="N", help="random seed (default: 1)")
    add("--no-stateful", action="store_true", help="skip the stateful phase (default: run it)")
    add(
        "--allow-writes",
        action="store_true",
        help="send POST/PUT/PATCH/DELETE to a non-local host (default: only GET/HEAD/OPTIONS)",
    )
    add(
        "--rate-limit",
        default=None,
        metavar="N/UNIT",
        help="e.g. 10/s, 100/m (default: none in process; live: follow Retry-After)",
    )
    add(
        "--reruns",
        type=int,
        default=None,
        metavar="N",
        help="re-send each finding's failing case N times to tell reproducible from flaky; "
        "0 turns it off (default: 3)",
    )
    add(
        "--fail-on-flaky",
        action="store_true",
        help="flaky findings fail the run too (default: reported, exit 0)",
    )
    add(
        "--baseline",
        default=None,
        metavar="FILE",
        help="JSON/YAML of accepted findings (fingerprint, reason, optional expires); only new "
        "findings fail the run (default: none)",
    )
    add(
        "--update-baseline",
        action="store_true",
        help="write --baseline FILE accepting every current finding, keeping given reasons "
        "(default: off)",
    )
    add(
        "--exclude-check",
        action="append",
        default=None,
        metavar="NAME",
        help="do not run Schemathesis check NAME in this run; repeatable (default: all checks)",
    )
    add(
        "--deadline",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop the whole run after SECONDS and report what was tested, exit 124 "
        "(default: no deadline)",
    )
    add(
        "--call-deadline",
        type=float,
        default=None,
        metavar="SECONDS",
        help="longest one answer of a live server may take, body included; a slower one (a "
        "body that drips) is cut off and reported (default: 60)",
    )
    add(
        "--record",
        default=None,
        metavar="FILE",
        help="write every exchange to FILE, HAR 1.2, credentials masked (default: off)",
    )
    add(
        "--replay",
        default=None,
        metavar="FILE",
        help="re-check a recording, no server needed (default: off)",
    )
