"""`python -m generator contract VENDOR ...`: exit 0 without drift, 1 with drift, 2 on setup errors.

Without --base-url the vendor's mock is tested in process (no socket); with one, a live server is
tested with the credentials from the environment, sending only safe methods to a host that is not
this machine unless --allow-writes is given.
"""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from generator.contract import baseline, limits, progress, recording
from generator.contract.arguments import (
    EXIT_DEADLINE,
    EXIT_DRIFT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SETUP,
    EXIT_TERMINATED,
    UsageError,
    check_values,
)
from generator.contract.credentials import Credentials, MissingCredentials, env_var_names, resolve
from generator.contract.diagnosis import diagnose, unreachable
from generator.contract.masking import Masker
from generator.contract.reports import ReportContext, write_reports
from generator.contract.session import (
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_RERUNS,
    RunOptions,
    RunResult,
    SetupError,
    Target,
    run_contract,
    server_prefix,
)
from generator.contract.verdicts import gates
from generator.ir import Api
from generator.ir.load import SourceError, SpecSource, load, source
from generator.spec.loader import SpecError

GRACE_S = 5.0  # for the engine to wind down after a stop
# The origin used in curl lines of in-process runs: `python -m generator mock VENDOR --port 8000`.
MOCK_ORIGIN = "http://127.0.0.1:8000"
STALE_OVERLAY = "overlay.yaml"  # generator/overlay/propose.py's OVERLAY_FILE
CLIENT_PACKAGE = "timetracking_clients"  # generator/render/project.py's PACKAGE, without jinja
def main(args: argparse.Namespace) -> int:
    masker = Masker()
    try:
        src = _source(args)
        api = _load(src)
        options = _options(args, client_api=load(src.vendor) if src.vendor else None)
        credentials = _credentials(api, live=args.base_url is not None)
        masker = Masker.of(credentials, api)
        # Recordings (generator/contract/recording.py): --replay needs no server.
        replaying = recording.replay_target(args, api)
        target, hint = replaying or _target(args, api, src)
        _report_folder(args.report)
        _say(
            f"contract {src.id}: {len(api.operations)} operations against "
            f"{masker.text(target.base_url)}{' (in-process mock)' if target.app else ''}, "
            f"seed {options.seed}, max examples {options.max_examples}",
            err=True,
        )
        # Counts and phase names only: nothing to mask.
        display = progress.for_terminal(len(api.operations))
        with display, _masked_streams(masker), _stop_signals(options.deadline) as stopped_by:
            contract = partial(run_contract, on_progress=display.update)
            result = recording.run(args, api, target, credentials, options, masker, contract)
        result.stopped_by = stopped_by[0] if result.interrupted and stopped_by else ""
        if not result.interrupted or result.traffic.stalled:
            result.setup_problem = diagnose(
                result.traffic,
                base_url=target.base_url,
                server_path=server_prefix(api),
                env_vars=env_var_names(api),
            )
            if result.setup_problem:  # what the checks said is about the setup, not the API
                result.findings, result.notes = [], []
        accepted = _compare_baseline(args, result)
    except (UsageError, SetupError, MissingCredentials, baseline.BaselineError) as exc:
        _say(f"contract: {masker.text(str(exc))}", err=True)
        return EXIT_SETUP
    context = ReportContext(
        vendor=src.id,
        base_url=masker.text(target.base_url),
        spec=api.spec.display_path,
        seed=options.seed,
        reproduce_hint=hint,
        client_import=f"{CLIENT_PACKAGE}.{src.vendor}" if src.vendor else "",
    )
    if args.report:
        try:
            write_reports(Path(args.report), context, result)
            _propose(Path(args.report), api, result)
        except OSError as exc:
            _say(f"contract: cannot write the report to {args.report}: {exc.strerror}", err=True)
            return EXIT_SETUP
    _summary(context, result, args.report)
    if getattr(args, "update_baseline", False) and result.state == "complete":
        baseline.write(args.baseline, result.findings, accepted, result.operations)
        _say(f"baseline: {args.baseline} accepts {len(result.findings)} finding(s)", err=True)
        return EXIT_OK
    return exit_code(result, fail_on_flaky=getattr(args, "fail_on_flaky", False))


def _propose(report: Path, api: Api, result: RunResult) -> None:
    """The proposed spec fix (generator/overlay/propose.py): REPORT_DIR/overlay.yaml, written
    when a finding can be absorbed; without findings only a stale one is removed (the proposer
    and its YAML writer take ~0.15 s to import)."""
    if not result.findings:
        (report / STALE_OVERLAY).unlink(missing_ok=True)
        return
    from generator.overlay.propose import write_proposal

    write_proposal(report, api, result.findings, api.spec.display_path)


def _compare_baseline(args: argparse.Namespace, result: RunResult) -> list[baseline.Accepted]:
    """Label findings new/known and list the fixed ones, when --baseline is given."""
    path = getattr(args, "baseline", None)
    if getattr(args, "update_baseline", False) and not path:
        raise UsageError("--update-baseline needs --baseline FILE (the file to write)")
    if not path:
        return []
    accepted = baseline.load(path)
    compared = baseline.compare(result.findings, accepted, operations=result.operations)
    result.findings = compared.findings
    if result.state == "complete":  # a partial run cannot say what is fixed
        result.fixed = [{"fingerprint": a.fingerprint, "reason": a.reason} for a in compared.fixed]
    for gone in compared.expired:
        result.errors.append(f"baseline entry {gone.fingerprint} expired on {gone.expires}")
    return accepted


def exit_code(result: RunResult, *, fail_on_flaky: bool = False) -> int:
    """2 for a setup error, 130/143 for SIGINT/SIGTERM, 1 for new drift, else 0."""
    if result.state == "setup-error":
        return EXIT_SETUP
    if result.state == "interrupted":
        return {"SIGTERM": EXIT_TERMINATED, "deadline": EXIT_DEADLINE}.get(
            result.stopped_by, EXIT_INTERRUPTED
        )
    failing = [
        f
        for f in result.findings
        if not f.baseline.startswith(baseline.KNOWN) and gates(f, fail_on_flaky=fail_on_flaky)
    ]
    return EXIT_DRIFT if failing else EXIT_OK


@contextmanager
def _stop_signals(deadline: float | None = None) -> Iterator[list[str]]:
    """SIGINT, SIGTERM (what CI runners send on timeout) and the run deadline (SIGALRM) stop the
    run the way Ctrl-C does, so that the partial results are reported; the list receives what
    stopped it. The engine then gets GRACE_S to wind down; a second signal, or the grace running
    out (a request stuck on a dripping body), abandons the wind-down."""
    stopped_by: list[str] = []

    def stop(signum: int, frame: Any) -> None:
        if not stopped_by:
            stopped_by.append(
                "deadline" if signum == signal.SIGALRM else signal.Signals(signum).name
            )
        signal.setitimer(signal.ITIMER_REAL, GRACE_S)
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield stopped_by  # signal handlers can only be set from the main thread
        return
    stops = (signal.SIGINT, signal.SIGTERM, signal.SIGALRM)
    saved = {sig: signal.signal(sig, stop) for sig in stops}
    if deadline:
        signal.setitimer(signal.ITIMER_REAL, deadline)
    try:
        yield stopped_by
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _report_folder(report: str | None) -> None:
    """Create the report folder before the run, so that a bad --report fails in a second."""
    if report is None:
        return
    try:
        Path(report).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot write the report to {report}: {exc.strerror}") from None


def _source(args: argparse.Namespace) -> SpecSource:
    try:
        return source(args.vendor, getattr(args, "spec", None))
    except SourceError as exc:
        raise UsageError(str(exc)) from None


def _load(src: SpecSource) -> Api:
    try:
        return load(src)
    except SpecError as exc:
        raise UsageError(f"cannot load the spec: {exc}") from None


def _options(args: argparse.Namespace, client_api: Api | None = None) -> RunOptions:
    check_values(args)
    excluded = tuple(getattr(args, "exclude_check", None) or ())
    unknown = sorted(set(excluded) - set(check_names()))
    if unknown:
        raise UsageError(
            f"--exclude-check: unknown check {unknown[0]!r}; one of {', '.join(check_names())}"
        )
    reruns = getattr(args, "reruns", None)
    call_deadline = getattr(args, "call_deadline", None)
    return RunOptions(
        seed=args.seed,
        max_examples=DEFAULT_MAX_EXAMPLES if args.max_examples is None else args.max_examples,
        stateful=not args.no_stateful,
        rate_limit=getattr(args, "rate_limit", None),
        reruns=DEFAULT_RERUNS if reruns is None else reruns,
        exclude_checks=excluded,
        deadline=getattr(args, "deadline", None),
        answer_limits=(
            limits.Limits() if call_deadline is None else limits.Limits(call_deadline_s=call_deadline)
        ),
        client_api=client_api,
    )


def check_names() -> list[str]:
    """Names Schemathesis gives its checks (for --exclude-check)."""
    from schemathesis.checks import CHECKS, load_all_checks

    load_all_checks()
    return list(CHECKS.get_all_names())


def _credentials(api: Api, *, live: bool) -> Credentials:
    return resolve(api, live=live)


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _target(args: argparse.Namespace, api: Api, src: SpecSource) -> tuple[Target, str]:
    if args.base_url is None:
        # VENDOR --spec FILE tests the vendor's own mock against FILE; --spec alone, FILE's mock.
        served = source(src.vendor) if src.vendor else src
        return _mock_target(served, args.seed, api)
    url = args.base_url.rstrip("/")
    parts = urlsplit(url)
    if "@" in parts.netloc:  # not echoed: what precedes the @ is a credential
        raise UsageError(
            "--base-url must not carry credentials (user:password@host); "
            "set the vendor's credential variables instead"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"--base-url must be an http(s) URL, got {args.base_url!r}")
    _ensure_reachable(url)
    loopback = is_loopback(url)
    target = Target(base_url=url, live=True, allow_writes=args.allow_writes or loopback)
    if not target.allow_writes:
        _say(
            "contract: only GET, HEAD and OPTIONS are sent to a non-local host "
            "(--allow-writes sends the rest)",
            err=True,
        )
    return target, ""


def _mock_target(served: SpecSource, seed: int, api: Api) -> tuple[Target, str]:
    try:
        from generator.mock import base_path, create_app
    except ImportError as exc:
        raise UsageError(f"the mock server is not available: {exc}") from None
    try:
        prefix = base_path(served)
    except Exception:  # a mock without base_path falls back to the spec's server prefix
        prefix = server_prefix(api)
    app = create_app(served, seed=seed)
    what = served.vendor or f"--spec {served.path}"
    hint = (
        f"start the mock with `python -m generator mock {what} --port 8000 --seed {seed}`; "
        "the curl lines below are aimed at it"
    )
    return Target(base_url=MOCK_ORIGIN + prefix, app=app, accepts_any_credential=True), hint


def _ensure_reachable(url: str) -> None:
    import httpx  # ~0.2 s to import: only live runs need it

    try:
        httpx.head(url, timeout=10.0, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise UsageError(unreachable(url, exc)) from None


class _MaskingStream:
    """Stands in for stdout/stderr while the run goes: an in-process server's own output (say, a
    traceback that quotes a request) must not show a credential either."""

    def __init__(self, stream: TextIO, masker: Masker) -> None:
        self.stream, self.masker = stream, masker

    def write(self, text: str) -> int:
        return self.stream.write(self.masker.text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextmanager
def _masked_streams(masker: Masker) -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _MaskingStream(saved[0], masker), _MaskingStream(saved[1], masker)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _say(text: str, *, err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


def _summary(ctx: ReportContext, result: RunResult, report_dir: str | None) -> None:
    for f in result.findings:
        where = f" {f.pointer}" if f.pointer else ""
        others = len(f.operations) - 1
        more = f" (+{others} more operation(s))" if others > 0 else ""
        _say(f"DRIFT {f.fingerprint} {f.operation}{more} [{f.check}]{where}: {f.message}")
    state = {
        "interrupted": f" (interrupted by {result.stopped_by or 'SIGINT'}, partial)",
        "setup-error": " (setup error)",
    }.get(result.state, "")
    if result.setup_problem:
        _say(f"contract: setup error: {result.setup_problem}", err=True)
    _say(
        f"{ctx.vendor}: {len(result.findings)} finding(s), {len(result.notes)} note(s), "
        f"{len(result.tested)}/{len(result.operations)} operations, {result.requests} requests, "
        f"{result.duration_s} s{state}"
    )
    for error in result.errors[:5]:
        _say(f"error: {error}", err=True)
    if report_dir:
        _say(f"report: {report_dir}/drift.md")
