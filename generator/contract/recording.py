"""Recordings of contract runs: `contract --record FILE` and `contract --replay FILE [--spec FILE]`.

A recording is a HAR 1.2 file (what browsers' devtools export and import, so a person can open it
in one; written with the `harfile` package). Every exchange of the run is kept: the request as
sent, the response as received, and its timing. Credentials are masked by position before a byte
is written: the headers that carry one (the spec's header schemes, Authorization, Cookie,
Set-Cookie), the query parameters of query schemes, the body properties marked `x-credential`,
and the userinfo of a URL. The secret's text is never searched for.

Replay needs no server: each recorded response is re-checked against a spec (the one recorded,
or a patched copy) with Schemathesis' response checks, and the failures become findings exactly
as in a live run. Checks that need a new request (negative data, authentication probes) have
nothing to re-check in a recording and do not run.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import harfile
import requests
import schemathesis

from generator.contract.credentials import Credentials
from generator.ir import Api
from generator.ir.credentials import names_at, placements

MASK = "***"
MAX_BODY_BYTES = 1 << 20  # a recorded body is cut past 1 MiB (and no longer replays)
ALWAYS_MASKED_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
MAX_REPLAY_BYTES = 512 << 20
_LOCK = threading.Lock()
_ACTIVE: list[Recorder] = []
_installed = False


class RecordingError(Exception):
    """A recording that cannot be written or read: a one-line reason."""


@dataclass(frozen=True)
class Positions:
    """Where a credential travels: header, query and body-field names (lower-case headers)."""

    headers: frozenset[str]
    query: frozenset[str]
    body_fields: frozenset[str]

    @classmethod
    def of(cls, api: Api, credentials: Credentials) -> Positions:
        found = placements(api, tuple(credentials.schemes) or api.security_schemes)
        headers = {name.lower() for name in names_at(found, "header")}
        return cls(
            frozenset(headers | ALWAYS_MASKED_HEADERS),
            names_at(found, "query"),
            names_at(found, "body"),
        )

    def header(self, name: str, value: str) -> str:
        return MASK if name.lower() in self.headers else value

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2]
        if "@" in parts.netloc:
            netloc = f"{MASK}@{netloc}"
        query = urlencode(
            [(k, MASK if k in self.query else v) for k, v in parse_qsl(parts.query, True)],
            safe="*",
        )
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))

    def body(self, text: str, media_type: str) -> str:
        """Mask the credential fields of a JSON or form body, whatever Content-Type it was sent
        with (negative tests send JSON as text/plain), and the credential parameters of every
        URL in a JSON body (a next-page link that repeats the query)."""
        if not text:
            return text
        try:
            data = json.loads(text)
        except ValueError:
            data = _NOT_JSON
        if data is not _NOT_JSON:
            masked = self.data(data)
            return text if masked == data else json.dumps(masked, ensure_ascii=False)
        pairs = parse_qsl(text, keep_blank_values=True)
        if "x-www-form-urlencoded" in media_type or any(k in self.body_fields for k, _ in pairs):
            return urlencode([(k, MASK if k in self.body_fields else v) for k, v in pairs])
        return text

    def data(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: MASK if k in self.body_fields else self.data(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, str) and self.query and "=" in value:
            return self.urls_in(value)
        return value

    def urls_in(self, text: str) -> str:
        """`text` with every URL in it (absolute, or a path with a query) masked by `url()`."""
        if not self.query:
            return text
        return _URL.sub(lambda m: self.url(m.group(0)), text)


_NOT_JSON = object()
_URL = re.compile(r"(?:https?://|/)[^\s<>\"']*\?[^\s<>\"']*")


# -- recording ----------------------------------------------------------------------------------


@dataclass
class Recorder:
    """Collects the exchanges of one run while it is active (see `recording()`)."""

    positions: Positions
    entries: list[dict[str, Any]] = field(default_factory=list)

    def exchange(self, response: Any) -> None:
        request = response.request
        elapsed_ms = round(float(response.elapsed or 0) * 1000, 3)
        started = datetime.now(UTC) - timedelta(milliseconds=elapsed_ms)
        self.entries.append(
            {
                "startedDateTime": started,
                "time": elapsed_ms,
                "request": self.har_request(request),
                "response": self.har_response(response),
                "timings": harfile.Timings(send=0, wait=elapsed_ms, receive=0),
            }
        )

    def har_request(self, request: Any) -> harfile.Request:
        headers = [(str(k), str(v)) for k, v in (request.headers or {}).items()]
        media = next((v for k, v in headers if k.lower() == "content-type"), "")
        body = request.body
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else (body or "")
        url = self.positions.url(str(request.url))
        query = parse_qsl(urlsplit(url).query, True)
        return harfile.Request(
            method=str(request.method),
            url=url,
            httpVersion="HTTP/1.1",
            headers=[harfile.Record(name=k, value=self.positions.header(k, v)) for k, v in headers],
            queryString=[harfile.Record(name=k, value=v) for k, v in query],
            postData=harfile.PostData(mimeType=media, text=self.positions.body(text, media))
            if text
            else None,
            bodySize=len(text.encode()),
        )

    def har_response(self, response: Any) -> harfile.Response:
        headers = [(k, v) for k, values in response.headers.items() for v in values]
        media = next((v for k, v in headers if k.lower() == "content-type"), "")
        content = response.content or b""
        comment = None
        if len(content) > MAX_BODY_BYTES:
            content, comment = content[:MAX_BODY_BYTES], "body cut at 1 MiB"
        try:
            text, encoding = self.positions.body(content.decode("utf-8"), media), None
        except UnicodeDecodeError:
            text, encoding = base64.b64encode(content).decode(), "base64"
        return harfile.Response(
            status=response.status_code,
            statusText=str(getattr(response, "message", "") or ""),
            httpVersion=f"HTTP/{response.http_version}",
            headers=[
                harfile.Record(name=k, value=self.positions.urls_in(self.positions.header(k, v)))
                for k, v in headers
            ],
            content=harfile.Content(
                size=len(response.content or b""), mimeType=media, text=text, encoding=encoding
            ),
            bodySize=len(response.content or b""),
            comment=comment,
        )

    def write(self, path: Path, title: str) -> None:
        try:
            with harfile.HarFile.open(
                path,
                creator=harfile.Creator(name="timetracking-sdk-factory contract", version="1"),
                comment=title,
            ) as har:
                for entry in self.entries:
                    har.add_entry(**entry)
        except OSError as exc:
            raise RecordingError(f"cannot write the recording {path}: {exc.strerror}") from None


def _after_call(context: Any, case: Any, response: Any) -> None:
    with _LOCK:
        active = list(_ACTIVE)
    for recorder in active:
        recorder.exchange(response)


def _install() -> None:
    global _installed
    with _LOCK:
        if not _installed:
            schemathesis.hook("after_call")(_after_call)
            _installed = True


@contextlib.contextmanager
def recording(
    path: str | Path, api: Api, credentials: Credentials, title: str
) -> Iterator[Recorder]:
    """Record every exchange Schemathesis makes inside the block, then write the HAR file."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.touch()
    except OSError as exc:
        raise RecordingError(f"cannot write the recording {path}: {exc.strerror}") from None
    recorder = Recorder(Positions.of(api, credentials))
    _install()
    with _LOCK:
        _ACTIVE.append(recorder)
    try:
        yield recorder
    finally:
        with _LOCK:
            _ACTIVE.remove(recorder)
        recorder.write(target, title)


# -- replay -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    method: str
    url: str
    request_headers: dict[str, str]
    request_body: str
    status: int
    headers: dict[str, list[str]]
    content: bytes
    elapsed_s: float


def read_recording(path: str | Path) -> list[Exchange]:
    file = Path(path)
    try:
        if file.stat().st_size > MAX_REPLAY_BYTES:
            raise RecordingError(f"{path}: larger than {MAX_REPLAY_BYTES >> 20} MiB")
        log = json.loads(file.read_text(encoding="utf-8"))["log"]
        return [_exchange(entry) for entry in log["entries"]]
    except OSError as exc:
        raise RecordingError(f"cannot read the recording {path}: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RecordingError(
            f"{path}: not a HAR 1.2 recording ({type(exc).__name__}: {exc})"
        ) from None


def _exchange(entry: dict[str, Any]) -> Exchange:
    request, response = entry["request"], entry["response"]
    headers: dict[str, list[str]] = {}
    for record in response.get("headers", []):
        headers.setdefault(record["name"], []).append(record["value"])
    content = response.get("content", {})
    text = content.get("text", "") or ""
    body = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode()
    return Exchange(
        method=request["method"].upper(),
        url=request["url"],
        request_headers={r["name"]: r["value"] for r in request.get("headers", [])},
        request_body=(request.get("postData") or {}).get("text", ""),
        status=int(response["status"]),
        headers=headers,
        content=body,
        elapsed_s=float(entry.get("time", 0)) / 1000,
    )


REPLAYED_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)


def _check_functions() -> dict[str, Any]:
    from schemathesis import checks as core
    from schemathesis.specs.openapi import checks as openapi

    return {name: getattr(core, name, None) or getattr(openapi, name) for name in REPLAYED_CHECKS}


def replay(api: Api, exchanges: list[Exchange]) -> Any:
    """A RunResult for the recorded exchanges checked against `api`'s spec, without a server."""
    from schemathesis.core.failures import Failure, FailureGroup

    from generator.contract import body_auth
    from generator.contract.findings import Finding, dedupe, explain
    from generator.contract.session import (
        RunOptions,
        RunResult,
        Target,
        build_schema,
        operation_label,
        server_prefix,
        skipped_checks,
    )

    result = RunResult(
        operations=[f"{op.method} {server_prefix(api)}{op.path}" for op in api.operations]
    )
    prefix = server_prefix(api)
    origin = exchanges[0].url if exchanges else api.base_url
    parts = urlsplit(origin)
    schema = build_schema(
        api,
        Target(base_url=f"{parts.scheme}://{parts.netloc}{prefix}"),
        Credentials(),
        RunOptions(),
    )
    skipped = {(op.method, op.path): set(skipped_checks(op)) for op in api.operations}
    checks = _check_functions()
    findings: list[Finding] = []
    try:
        for exchange in exchanges:
            path = urlsplit(exchange.url).path
            if prefix and path.startswith(prefix):
                path = path[len(prefix) :]
            operation = schema.find_operation_by_path(exchange.method.lower(), path)
            if operation is None:  # a probe with a method the path does not have
                continue
            result.requests += 1
            label = operation_label(api, operation.label)
            result.tested.add(label)
            case = operation.Case(
                path_parameters=_path_parameters(operation.path, path),
                query=dict(parse_qsl(urlsplit(exchange.url).query, True)),
            )
            response = _response(exchange)
            off = skipped.get((operation.method.upper(), operation.path), set())
            for name, check in checks.items():
                if name in off:
                    continue
                try:
                    case.validate_response(response, checks=[check])
                except (FailureGroup, Failure) as exc:
                    for failure in getattr(exc, "exceptions", [exc]):
                        if isinstance(failure, Failure):
                            findings.append(_finding(label, name, failure, exchange, explain))
    finally:
        body_auth.unregister(schema)
    result.findings = dedupe(findings)
    return result


def _path_parameters(template: str, path: str) -> dict[str, str]:
    """The values of `{name}` segments: `/entries/{id}` and `/entries/7` -> {"id": "7"}."""
    names = re.findall(r"{([^}]+)}", template)
    pattern = "".join(
        "([^/]+)" if i % 2 else re.escape(piece)
        for i, piece in enumerate(re.split(r"({[^}]+})", template))
    )
    match = re.fullmatch(pattern, path)
    return (
        {name: unquote(value) for name, value in zip(names, match.groups(), strict=True)}
        if match
        else {}
    )


def _finding(label: str, check: str, failure: Any, exchange: Exchange, explain: Any) -> Any:
    from generator.contract.findings import Finding

    status = getattr(failure, "status_code", None) or exchange.status
    explanation = explain(failure, status)
    return Finding(
        operation=label,
        check=check,
        status=status,
        pointer=explanation.pointer,
        expected=explanation.expected,
        actual=explanation.actual,
        message=explanation.message,
        reproduce=_curl(exchange),
        title=failure.title,
        code=failure.code,
    )


def _curl(exchange: Exchange) -> str:
    """The recorded request as a curl line (already masked when it was recorded)."""
    quote = lambda text: "'" + text.replace("'", "'\\''") + "'"  # noqa: E731
    line = [f"curl -X {exchange.method}"]
    for name, value in exchange.request_headers.items():
        if name.lower() not in ("content-length", "host", "accept-encoding", "connection"):
            line.append(f"-H {quote(f'{name}: {value}')}")
    if exchange.request_body:
        line.append(f"-d {quote(exchange.request_body)}")
    line.append(quote(exchange.url))
    return " ".join(line)


def _response(exchange: Exchange) -> Any:
    from schemathesis.core.transport import Response

    request = requests.Request(
        exchange.method,
        exchange.url,
        headers=exchange.request_headers,
        data=exchange.request_body or None,
    ).prepare()
    return Response(
        status_code=exchange.status,
        headers=exchange.headers,
        content=exchange.content,
        request=request,
        elapsed=exchange.elapsed_s,
        verify=True,
    )


# -- the hooks of `contract` (generator/contract/runner.py) ------------------------------------


def replay_target(args: Any, api: Api) -> tuple[Any, str] | None:
    """For --replay, the target shown in the report (no server is started or reached)."""
    from generator.contract.session import SetupError, Target

    path = getattr(args, "replay", None)
    if path is None:
        return None
    if args.base_url or getattr(args, "record", None):
        raise SetupError("--replay takes no --base-url or --record: it re-checks a recording")
    return Target(
        base_url=f"replay of {path}"
    ), f"the curl lines are the requests recorded in {path}"


def run(
    args: Any,
    api: Api,
    target: Any,
    credentials: Credentials,
    options: Any,
    masker: Any,
    run_contract: Any,
) -> Any:
    """Replay a recording (--replay), or run the contract, recording it when --record says."""
    from generator.contract.session import SetupError

    try:
        if getattr(args, "replay", None):
            return replay(api, read_recording(args.replay))
        if getattr(args, "record", None):
            title = (
                f"contract run of {api.spec.display_path} against {masker.text(target.base_url)}"
            )
            with recording(args.record, api, credentials, title):
                return run_contract(api, target, credentials, options, masker)
    except RecordingError as exc:
        raise SetupError(str(exc)) from None
    return run_contract(api, target, credentials, options, masker)
