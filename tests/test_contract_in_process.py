"""The in-process transport (generator/contract/in_process.py) hands an app what an HTTP server
would: the same method, target, header lines and body bytes as urllib3 sends over a socket to
uvicorn, and `requests` gets back the same answer (less the `date` and `server` headers uvicorn
adds of its own)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

from harness import run_app, serve  # noqa: E402

from generator import vendor_spec_path  # noqa: E402
from generator.contract.in_process import AppAdapter, attach  # noqa: E402
from generator.ir import build_api  # noqa: E402
from generator.mock import base_path, create_app  # noqa: E402
from generator.spec.loader import load_spec  # noqa: E402

SERVER_HEADERS = ("date", "server")  # uvicorn's own
UA = {"User-Agent": "schemathesis/4"}
REQUESTS = [  # (method, path, keyword arguments of requests.Request)
    ("GET", "/api/entries", {"params": {"q": "a b&c", "n": [1, 2]}, "headers": UA}),
    ("GET", "/api/entries/caf\u00e9 %2F x", {"headers": {"X-Name": "caf\u00e9"}}),  # urllib3's UA
    ("POST", "/api/entries", {"json": {"name": "\u00fcber", "n": 1.5}, "headers": UA}),
    ("PUT", "/api/entries/1", {"data": {"name": "x y", "tags": ["a", "b"]}, "headers": UA}),
    ("PATCH", "/api/entries/1", {"data": "plain \u00e9 text", "headers": UA}),
    ("POST", "/api/files", {"files": {"file": ("a.txt", b"\x00\x01bytes")}, "headers": UA}),
    ("DELETE", "/api/entries/1", {"headers": {**UA, "Authorization": "Bearer t"}}),
    ("HEAD", "/api/entries", {"headers": UA}),
    ("OPTIONS", "/api/entries", {"headers": {**UA, "Host": "example.test:8443"}}),
]


class Recorder:
    """Answers every request with what it saw, and keeps the ASGI view of it."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        keys = ("method", "path", "raw_path", "query_string", "headers", "scheme")
        self.seen.append({**{key: scope[key] for key in keys}, "body": body})
        answer = b'{"seen": %d}' % len(self.seen)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(answer)).encode()),
            (b"set-cookie", b"a=1; Path=/"),
            (b"set-cookie", b"b=2; Path=/"),
            (b"x-note", b"\xe9t\xe9"),
        ]
        await send({"type": "http.response.start", "status": 201, "headers": headers})
        await send({"type": "http.response.body", "body": answer})


PLACEHOLDER = "http://127.0.0.1:1"


def _session(adapter: Any = None) -> requests.Session:
    session = requests.Session()
    session.trust_env = False
    if adapter is not None:
        session.mount("http://", adapter)
    return session


def _exchange(session: requests.Session, origin: str, prepared: Any) -> Any:
    prepared = prepared.copy()
    prepared.url = prepared.url.replace(PLACEHOLDER, origin)
    response = session.send(prepared, allow_redirects=False)
    cookies = sorted(response.cookies.items())
    headers = [(k, v) for k, v in response.raw.headers.items() if k not in SERVER_HEADERS]
    return response.status_code, response.reason, headers, cookies, response.content


def _wire(prepared: Any) -> tuple[dict[str, Any], Any, str]:
    """What uvicorn hands the app, what `requests` gets back, and the origin it was served on."""
    recorder = Recorder()
    with serve(recorder) as origin:
        answer = _exchange(_session(), origin, prepared)
    (seen,) = recorder.seen
    return seen, answer, origin


def _in_process(prepared: Any, origin: str) -> tuple[dict[str, Any], Any]:
    recorder = Recorder()
    adapter = AppAdapter(recorder)
    try:
        answer = _exchange(_session(adapter), origin, prepared)
    finally:
        adapter.close()
    (seen,) = recorder.seen
    return seen, answer


@pytest.mark.parametrize(("method", "path", "parts"), REQUESTS, ids=lambda v: str(v)[:30])
def test_the_app_sees_what_uvicorn_reads_off_the_wire(
    method: str, path: str, parts: dict[str, Any]
) -> None:
    prepared = requests.Request(method, PLACEHOLDER + path, **parts).prepare()  # once: a
    seen_wire, answer_wire, origin = _wire(prepared)  # multipart boundary is random
    seen_here, answer_here = _in_process(prepared, origin)
    assert seen_here == seen_wire
    assert answer_here == answer_wire


def test_a_schemathesis_case_reaches_the_app_with_the_engine_session_settings() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/api/entries": {"get": {"responses": {"201": {"description": "made"}}}}},
    }
    config = schemathesis.config.SchemathesisConfig.from_dict({"base-url": "http://127.0.0.1:8000"})
    recorder = Recorder()
    schema = attach(schemathesis.openapi.from_dict(document, config=config), recorder)
    try:
        operation = next(iter(schema.get_all_operations())).ok()
        session = requests.Session()
        session.headers = {"X-Config": "on"}  # type: ignore[assignment]
        session.cookies.set("flavour", "oat")
        response = operation.Case().call(session=session)
    finally:
        schema.app_transport.close()
    (seen,) = recorder.seen
    headers = dict(seen["headers"])
    assert response.status_code == 201
    assert headers[b"host"] == b"127.0.0.1:8000"
    assert headers[b"x-config"] == b"on"
    assert headers[b"cookie"] == b"flavour=oat"
    assert response.request.url == "http://127.0.0.1:8000/api/entries"


def test_an_in_process_run_sends_nothing_over_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Schemathesis' probes come with a session of their own: they reach the app as well, and
    not whatever listens on the schema's origin (127.0.0.1:8000)."""
    connected: list[Any] = []
    connect = socket.socket.connect

    def recorded(sock: socket.socket, address: Any) -> None:
        connected.append(address)
        connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", recorded)
    mock, probes = create_app("teampulse", seed=1), []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if any(name == b"x-schemathesis-probe" for name, _ in scope.get("headers", [])):
            probes.append(scope["path"])
        await mock(scope, receive, send)

    api = build_api(load_spec(vendor_spec_path("teampulse")))
    result = run_app(app, api, base_path=base_path("teampulse"), max_examples=2)
    assert result.requests > 0 and not result.findings
    assert connected == []
    assert len(probes) == 2, probes  # NullByteInHeader and UnsafePathDecoder
