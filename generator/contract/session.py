"""Drive Schemathesis over one spec and one server, and turn its event stream into findings.

The spec comes from the one loader (a LoadedSpec); Schemathesis gets a copy of the parsed document,
never the file. The server is an ASGI app tested in process, or a base URL tested over HTTP.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

from generator.contract import body_auth, in_process, limits
from generator.contract.credentials import Credentials
from generator.contract.diagnosis import Traffic
from generator.contract.findings import Finding, Note, dedupe, explain, group, plainness
from generator.contract.locations import locate_all
from generator.contract.masking import Masker
from generator.contract.notes import undocumented_properties
from generator.contract.progress import Snapshot
from generator.contract.typed_calls import typed_call
from generator.contract.verdicts import DEFAULT_RERUNS, FailingCase, label
from generator.ir import Api, Operation

DEFAULT_MAX_EXAMPLES = 5  # a full run of all four vendors stays under 60 s on 2 cores
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Checks that send methods other than the operation's own (as does the coverage phase's
# "unexpected methods" part): never aimed at a live host without --allow-writes.
WRITING_CHECKS = ("unsupported_method", "allow_header_conformance")
NOTES_PER_RESPONSE_KIND = 20
POSITIVE_EXPECTED_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


class SetupError(Exception):
    """The run could not start (bad spec for Schemathesis, unreachable server): one-line reason."""


@dataclass(frozen=True)
class Target:
    """The server under test."""

    base_url: str  # with the spec's path prefix; used for requests (live) and curl lines
    app: Any = None  # ASGI app tested in process; None for a live server
    live: bool = False
    allow_writes: bool = True
    # The in-process mocks take any non-empty credential, so "wrong credential accepted" is not drift.
    accepts_any_credential: bool = False


@dataclass(frozen=True)
class RunOptions:
    seed: int = 1
    max_examples: int = DEFAULT_MAX_EXAMPLES
    stateful: bool = True
    rate_limit: str | None = None
    workers: int = 1
    request_timeout: float = 10.0
    reruns: int = DEFAULT_RERUNS  # re-runs of each finding's failing case (0: no verdicts)
    exclude_checks: tuple[str, ...] = ()  # --exclude-check: off for the whole run
    deadline: float | None = None  # seconds for the whole run (the CLI enforces it)
    answer_limits: limits.Limits = field(default_factory=limits.Limits)  # per live answer
    client_api: Api | None = None  # the IR our generated client has: findings show its call


@dataclass
class RunResult:
    operations: list[str]  # labels of every operation in the spec, in spec order
    tested: set[str] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # problems that are not drift (one line each)
    requests: int = 0
    duration_s: float = 0.0
    interrupted: bool = False
    stopped_by: str = ""  # "SIGINT" or "SIGTERM" when interrupted
    setup_problem: str = ""  # one line when the traffic shows a setup error, not drift
    traffic: Traffic = field(default_factory=Traffic)
    fixed: list[dict[str, str]] = field(default_factory=list)  # baseline entries no longer seen
    excluded: list[str] = field(default_factory=list)  # checks not run, each with its reason
    findings_before_grouping: int = 0  # one per operation, check and pointer

    @property
    def state(self) -> str:
        """complete, interrupted or setup-error: what every report says first."""
        if self.setup_problem:
            return "setup-error"
        return "interrupted" if self.interrupted else "complete"


def server_prefix(api: Api) -> str:
    return urlsplit(api.base_url).path.rstrip("/")


def operation_label(api: Api, label: str) -> str:
    """Schemathesis label ("GET /entries") -> report label with the server prefix."""
    method, _, path = label.partition(" ")
    return f"{method} {server_prefix(api)}{path}"


def _config(
    api: Api, target: Target, credentials: Credentials, options: RunOptions
) -> SchemathesisConfig:
    checks: dict[str, Any] = {"enabled": True}
    phases: dict[str, Any] = {"stateful": {"enabled": options.stateful}}
    checks.update({name: {"enabled": False} for name in options.exclude_checks})
    if target.live and not target.allow_writes:
        checks.update({name: {"enabled": False} for name in WRITING_CHECKS})
        phases["coverage"] = {"unexpected-methods": []}
    data: dict[str, Any] = {
        "seed": options.seed,
        "base-url": target.base_url,
        "workers": options.workers,
        # Unknown query parameters are ignored by every real API: not worth calling drift.
        "generation": {
            "max-examples": options.max_examples,
            "database": "none",
            "allow-extra-parameters": False,
        },
        "checks": checks,
        "phases": phases,
        # Schemathesis' sanitizer hides whole fields whose names merely contain words such as
        # "session"; the Masker hides the credentials' own positions instead.
        "output": {"sanitization": {"enabled": False}},
        "request-timeout": options.request_timeout,
        # Redirects are answers to report, never followed: a follow would carry the credential
        # headers to whatever host the server names.
        "max-redirects": 0,
        "operations": _operation_overrides(api),
    }
    auth = credentials.schemathesis_auth()
    if auth:
        data["auth"] = {"openapi": auth}
    if options.rate_limit:
        data["rate-limit"] = options.rate_limit
    elif target.live:
        data["rate-limit"] = "auto"  # wait as long as Retry-After says on 429
    return SchemathesisConfig.from_dict(data)


def _operation_overrides(api: Api) -> list[dict[str, Any]]:
    """A schema-valid request may still break a rule OpenAPI cannot state (one of two parameters,
    a dependency between fields); the spec then documents the 4xx it gets. Such an answer is the
    documented behaviour, not a rejection of valid data.

    Operations with the same overrides share one entry: Schemathesis matches every entry against
    the operation of each case it configures (BambooHR, 32 operations: 144,000 filter matches
    with one entry per operation, 23,000 shared)."""
    alike: dict[str, tuple[dict[str, Any], list[str]]] = {}
    for op in api.operations:
        checks: dict[str, Any] = {name: {"enabled": False} for name in skipped_checks(op)}
        documented = [r.status for r in op.responses if r.status in ("400", "409", "422")]
        if documented:
            statuses = [*POSITIVE_EXPECTED_STATUSES, *documented]
            checks["positive_data_acceptance"] = {"expected-statuses": statuses}
        if checks:
            alike.setdefault(json.dumps(checks, sort_keys=True), (checks, []))[1].append(
                op.operation_id
            )
    return [{"include-operation-id": ids, "checks": checks} for checks, ids in alike.values()]


def skipped_checks(op: Operation) -> list[str]:
    """Checks the spec turns off for one operation (`x-contract.skip-checks`, with a reason):
    e.g. a bulk endpoint documented to answer 2xx with per-item failures for invalid items."""
    return list(op.ext.contract.skip_checks)


def excluded_checks(api: Api, options: RunOptions) -> list[str]:
    """Every check this run does not apply, with the reason: per run, then per operation."""
    lines = [f"`{name}` everywhere: --exclude-check" for name in options.exclude_checks]
    for op in api.operations:
        if op.ext.contract.skip_checks:
            names = ", ".join(f"`{name}`" for name in op.ext.contract.skip_checks)
            reason = op.ext.contract.reason or "no reason given"
            lines.append(f"{names} on {_label(api, op)}: x-contract, {reason}")
    return lines


def build_schema(api: Api, target: Target, credentials: Credentials, options: RunOptions) -> Any:
    try:
        schema: Any = schemathesis.openapi.from_dict(
            copy.deepcopy(api.spec.document), config=_config(api, target, credentials, options)
        )
    except Exception as exc:  # Schemathesis' loader errors have no common base worth naming
        raise SetupError(f"Schemathesis cannot load {api.spec.display_path}: {exc}") from None
    if target.app is not None:
        schema = in_process.attach(schema, target.app)
    if target.live and not target.allow_writes:
        # exclude, not include: Schemathesis ORs include filters with the `[[operations]]` ones.
        writes = {op.method for op in api.operations} - set(SAFE_METHODS)
        if writes:
            schema = schema.exclude(method=sorted(writes))
    body_auth.register(schema, api, credentials)
    return schema


class _Collector:
    """Folds the engine's events into a RunResult."""

    def __init__(
        self,
        api: Api,
        target: Target,
        masker: Masker,
        result: RunResult,
        options: RunOptions,
        on_progress: Callable[[Snapshot], None] | None = None,
    ) -> None:
        self.api, self.target, self.masker, self.result = api, target, masker, result
        self.timeout, self.client_api = options.request_timeout, options.client_api
        self.on_progress, self.phase = on_progress, ""
        self.causes: set[tuple[str, str, str]] = set()  # root causes found so far
        self.by_route = {(op.method, op.path): op for op in api.operations}
        self.findings: list[Finding] = []
        self.notes: list[Note] = []
        self.noted: dict[tuple[str, int], int] = {}
        self.cases: dict[tuple[tuple[str, str, str], str], FailingCase] = {}  # by (cause, curl)

    def handle(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            self.scenario(event.recorder)
            self.report()
        elif isinstance(event, events.PhaseStarted) and event.phase.is_enabled:
            self.phase = event.phase.name.value
            self.report()
        elif isinstance(event, events.PhaseFinished) and event.phase.is_enabled:
            self.report(phase_done=True)
        elif isinstance(event, events.Interrupted):
            self.result.interrupted = True
        elif isinstance(event, events.NonFatalError):
            self.result.errors.append(self.masker.text(f"{event.label}: {_one_line(event.value)}"))
        elif isinstance(event, events.FatalError):
            raise SetupError(self.masker.text(_one_line(event.exception)))

    def scenario(self, recorder: Any) -> None:
        for case_id, node in recorder.cases.items():
            interaction = recorder.interactions.get(case_id)
            if interaction is None:
                continue
            self.result.requests += 1
            self.result.tested.add(operation_label(self.api, node.value.operation.label))
            if interaction.response is not None:
                response = interaction.response
                location = (response.headers.get("location") or [None])[0]
                self.result.traffic.answer(response.status_code, location)
                self.note_redirect(response.status_code, location)
                self.note_extras(node.value, response)
        for case_id, checks in recorder.checks.items():
            for check in checks:
                if check.failure_info is not None:
                    self.failure(recorder, case_id, check.name, check.failure_info)

    def failure(self, recorder: Any, case_id: str, check: str, info: Any) -> None:
        failure = info.failure
        node = recorder.cases.get(case_id)
        if self._expected(failure, node.value if node is not None else None):
            return
        interaction = recorder.interactions.get(case_id)
        status = getattr(failure, "status_code", None)
        if status is None and interaction is not None and interaction.response is not None:
            status = interaction.response.status_code
        explanation = explain(failure, status)
        chained = any(step.case_id != case_id for step in getattr(info, "steps", None) or [])
        label = operation_label(self.api, failure.operation or recorder.label)
        finding = Finding(
            operation=label,
            check=check,
            status=status,
            pointer=self.masker.text(explanation.pointer),
            expected=self.masker.text(explanation.expected),
            actual=self.masker.text(explanation.actual),
            message=self.masker.text(explanation.message),
            reproduce=_reproduction(info, self.masker, _wrong_credential(failure)),
            title=failure.title,
            code=failure.code,
            cause=self.masker.text(explanation.cause),
            typed_call=self.masker.text(self.typed_call(node, chained, failure)),
        )
        self.findings.append(finding)
        self.causes.add(finding.root_cause)
        if node is not None and (finding.root_cause, finding.reproduce) not in self.cases:
            self.cases[(finding.root_cause, finding.reproduce)] = FailingCase(
                case=node.value,
                check=check,
                headers=dict(recorder.find_request_headers(case_id=case_id) or {}),
                chained=chained,
                status=status,
            )

    def typed_call(self, node: Any, chained: bool, failure: Any) -> str:
        """Our client's call for a single request the spec allows, sent as the client would
        (not an authentication probe, a method or data the spec rules out, nor a chain)."""
        if self.client_api is None or node is None or chained:
            return ""
        case = node.value
        probe = getattr(failure, "scenario", None) is not None
        if probe or _unnamed_method(case) or _negative(case):
            return ""
        return typed_call(self.client_api, case)

    def _expected(self, failure: Any, case: Any) -> bool:
        """Failures that are how the target is meant to behave, not drift."""
        kind = type(failure).__name__
        status = getattr(failure, "status_code", None) or 0
        scenario = getattr(getattr(failure, "scenario", None), "value", None)
        if self.target.accepts_any_credential and scenario == "invalid_auth":
            return True
        # A method the spec never names is drift only when the server accepts it: a 405 without
        # Allow, a 404, 403 or 501 is a gateway or framework refusing it in its own way, whatever
        # check (status, server error, content type) would otherwise complain about the refusal.
        if kind == "UnsupportedMethodResponse" or _unnamed_method(case):
            return not (kind == "UnsupportedMethodResponse" and 200 <= status < 300)
        # The spec promises nothing about requests it calls invalid beyond the statuses it
        # documents: another 4xx is the server refusing them in its own way (422 for 400).
        if kind == "UndefinedStatusCode" and 400 <= status < 500 and _negative(case):
            return True
        # A live server that keeps answering 429 after the waits is throttling, not drifting.
        return self.target.live and status == 429

    def note_redirect(self, status: int, location: str | None) -> None:
        """A redirect to another host is reported once per host; it is never followed."""
        if not (300 <= status < 400 and location):
            return
        host = urlsplit(location).netloc
        if host and host != urlsplit(self.target.base_url).netloc:
            line = self.masker.text(
                f"the server redirected ({status}) to another host, {host}; not followed, so "
                "no credential was sent there"
            )
            if line not in self.result.errors:
                self.result.errors.append(line)

    def note_extras(self, case: Any, response: Any) -> None:
        operation = self.by_route.get((case.operation.method.upper(), case.operation.path))
        status = response.status_code
        if operation is None or not 200 <= status < 300:
            return
        seen = self.noted.get((operation.label, status), 0)
        if seen >= NOTES_PER_RESPONSE_KIND:
            return
        self.noted[(operation.label, status)] = seen + 1
        documented = operation.response_for(status)
        body = _json_body(response)
        if documented is None or documented.schema is None or body is None:
            return
        label = f"{operation.method} {server_prefix(self.api)}{operation.path}"
        for pointer in undocumented_properties(self.api.spec, documented.schema, body):
            self.notes.append(
                Note(
                    label,
                    "undocumented_property",
                    self.masker.text(pointer),
                    f"the {status} response has a field the spec does not document: "
                    f"`{self.masker.text(pointer)}`",
                )
            )

    def report(self, *, phase_done: bool = False) -> None:
        if self.on_progress is not None:
            result = self.result
            self.on_progress(
                Snapshot(
                    self.phase,
                    len(result.tested),
                    len(result.operations),
                    result.requests,
                    len(self.causes),
                    phase_done,
                )
            )

    def finish(self, reruns: int) -> None:
        by_label = {_label(self.api, op): op for op in self.api.operations}
        per_operation = dedupe(self.findings, prefer=plainness)
        self.result.findings_before_grouping = len(per_operation)
        self.result.findings = locate_all(self.api.spec, group(per_operation), by_label)
        self.result.notes = dedupe(self.notes)
        if reruns and not self.result.interrupted and self.result.findings:
            self.phase = "verdicts"
            self.report()
            # Each finding's verdict re-sends the very request its reproduction shows.
            shown = {
                f.root_cause: self.cases.get((f.root_cause, f.reproduce))
                for f in self.result.findings
            }
            cases = {cause: case for cause, case in shown.items() if case is not None}
            self.result.findings = label(self.result.findings, cases, reruns, self.timeout)
            self.report(phase_done=True)


def _negative(case: Any) -> bool:
    """Whether the case was generated to break the spec (negative data)."""
    meta = getattr(case, "meta", None)
    return meta is not None and meta.generation.mode.is_negative


def _unnamed_method(case: Any) -> bool:
    """Whether the case was sent with a method other than its operation's own."""
    return case is not None and str(case.method).upper() != str(case.operation.method).upper()


def _reproduction(info: Any, masker: Masker, wrong_credential: str | None) -> str:
    """curl lines of the requests the failure needs (a stateful chain: create, then get), oldest
    first, ending with the failing one; credentials as `$VARIABLE`s by position."""
    steps = getattr(info, "steps", None) or []
    samples = [step.curl for step in steps] + [info.code_sample or ""]
    # A chained failure's own sample repeats its steps, one command a line.
    lines = [
        masker.curl(line, wrong_credential=wrong_credential)
        for sample in samples
        for line in sample.splitlines()
        if line
    ]
    return "\n".join(dict.fromkeys(lines))


def _wrong_credential(failure: Any) -> str | None:
    """What the curl line shows for an authentication probe's deliberately wrong credential
    (never the secret; the mocks refuse any credential containing INVALID)."""
    scenario = getattr(getattr(failure, "scenario", None), "value", None)
    return "INVALID" if scenario in ("invalid_auth", "generated_auth") else None


def _json_body(response: Any) -> Any:
    try:
        return response.json()
    except Exception:  # not JSON: content checks report that, notes have nothing to say
        return None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def run_contract(
    api: Api,
    target: Target,
    credentials: Credentials,
    options: RunOptions,
    masker: Masker,
    on_progress: Callable[[Snapshot], None] | None = None,
) -> RunResult:
    """Run every phase Schemathesis has (examples, coverage, fuzzing, stateful) and collect drift."""
    result = RunResult(operations=[_label(api, op) for op in api.operations])
    result.excluded = excluded_checks(api, options)
    schema = build_schema(api, target, credentials, options)
    collector = _Collector(api, target, masker, result, options, on_progress)
    started = time.monotonic()
    stream = from_schema(schema).execute()

    def late() -> None:
        if result.traffic.answer_late(options.answer_limits.call_deadline_s):
            stream.stop()  # a stalled server: each further case would cost a whole deadline

    # Answers over a socket are bounded; the in-process app is ours, and answers every request.
    if target.app is None:
        bounds: AbstractContextManager[None] = limits.bounded(options.answer_limits, late)
    else:
        bounds = in_process.probes_answered_by(schema.app_transport)
    try:
        with bounds:
            _drive(stream, collector, result, options)
    finally:
        body_auth.unregister(schema)
        if target.app is not None:
            schema.app_transport.close()
        result.duration_s = round(time.monotonic() - started, 2)
    return result


def _drive(stream: Any, collector: _Collector, result: RunResult, options: RunOptions) -> None:
    try:
        for event in stream:
            collector.handle(event)
    except KeyboardInterrupt:
        result.interrupted = True
        stream.stop()
        try:
            for event in stream:  # the engine winds down and reports what it finished
                collector.handle(event)
        except KeyboardInterrupt:  # a second stop, or the grace ran out: report what we have
            result.errors.append("the run did not wind down in time; results are partial")
    try:
        collector.finish(options.reruns)  # re-runs need the body_auth hooks registered
    except KeyboardInterrupt:
        result.interrupted = True
        collector.finish(0)


def _label(api: Api, op: Operation) -> str:
    return f"{op.method} {server_prefix(api)}{op.path}"
