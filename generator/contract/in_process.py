"""An ASGI app tested in process as if it were served over HTTP, without the cost of HTTP.

Schemathesis' own ASGI transport builds a `requests` session per request and runs each one on a
shared event-loop thread (two thread hand-overs a request, ~2 ms against ~0.05 ms of work in the
mock). Here the schema is loaded as for a live server at MOCK_ORIGIN (no `app`, so Schemathesis
generates what it would for the mock served there: its own scan of the app's modules for string
constants is skipped, while Hypothesis still draws on the literals of every loaded local module,
the mock's included) and only the last hop changes: `requests` prepares every request as for the
network (so checks, curl lines and recordings see the same `PreparedRequest`), and an adapter
hands it to the app on an event loop of the calling thread, with the headers urllib3 and
http.client would add on the wire, in the order they add them.
"""

from __future__ import annotations

import asyncio
import http
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from schemathesis.engine import context as engine_context
from schemathesis.transport.requests import REQUESTS_TRANSPORT, ManagedCookiesSession
from schemathesis.transport.requests import RequestsTransport as _RequestsTransport

_DEFAULT_PORTS = {"http": 80, "https": 443}
_CLIENT = ("127.0.0.1", 50000)  # the peer address the app sees, as a loopback client's
_USER_AGENT = f"python-urllib3/{urllib3.__version__}".encode()  # urllib3's, when none is given
_NO_BODY_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")  # urllib3 frames no empty body for these


def wire_headers(request: requests.PreparedRequest, body: bytes) -> list[tuple[bytes, bytes]]:
    """The header lines urllib3 writes for `request` with `body`, as an ASGI server reads them."""
    given = {_latin1(name).lower() for name in request.headers}
    lines: list[tuple[bytes, bytes]] = []
    if b"host" not in given:
        lines.append((b"host", _host(urlsplit(request.url or "")).encode("latin-1")))
    if b"accept-encoding" not in given:
        lines.append((b"accept-encoding", b"identity"))  # http.client's putrequest
    framed = b"content-length" in given or b"transfer-encoding" in given
    if not framed and (body or (request.method or "GET").upper() not in _NO_BODY_METHODS):
        lines.append((b"content-length", str(len(body)).encode()))
    if b"user-agent" not in given:
        lines.append((b"user-agent", _USER_AGENT))
    lines += [(_latin1(name).lower(), _latin1(value)) for name, value in request.headers.items()]
    return lines


def _latin1(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("latin-1")


def _host(parts: Any) -> str:
    host = parts.hostname or ""
    shown = f"[{host}]" if ":" in host else host
    port = parts.port
    return shown if port is None or port == _DEFAULT_PORTS.get(parts.scheme) else f"{shown}:{port}"


def _body(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")  # urllib3's to_bytes
    if isinstance(body, bytes):
        return body
    if hasattr(body, "read"):
        data = body.read()
        return data.encode("utf-8") if isinstance(data, str) else data
    return b"".join(c.encode("utf-8") if isinstance(c, str) else c for c in body)


def scope_of(request: requests.PreparedRequest, body: bytes) -> dict[str, Any]:
    """The ASGI scope an HTTP server (uvicorn) builds for `request` received on the wire."""
    parts = urlsplit(request.url or "")
    target = request.path_url
    raw_path, _, query = target.partition("?")
    port = parts.port or _DEFAULT_PORTS[parts.scheme]
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "server": (parts.hostname or "", port),
        "client": _CLIENT,
        "scheme": parts.scheme,
        "method": (request.method or "GET").upper(),
        "root_path": "",
        "path": unquote(raw_path),
        "raw_path": raw_path.encode("ascii"),
        "query_string": query.encode("ascii"),
        "headers": wire_headers(request, body),
    }


class _Exchange:
    """One request's ASGI conversation: the body in, the answer out."""

    def __init__(self, body: bytes) -> None:
        self.body: bytes | None = body
        self.status = 0
        self.headers: list[tuple[str, str]] = []
        self.chunks: list[bytes] = []
        self.done = asyncio.Event()

    async def receive(self) -> dict[str, Any]:
        if self.body is None:  # the request was read: the client waits for the answer
            await self.done.wait()
            return {"type": "http.disconnect"}
        body, self.body = self.body, None
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = [
                (name.decode("latin-1"), value.decode("latin-1"))
                for name, value in message.get("headers", [])
            ]
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                self.done.set()


class _OriginalResponse:
    """What `requests` reads cookies from (http.client's response, which urllib3 wraps)."""

    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self.msg = http.client.HTTPMessage()
        for name, value in headers:
            self.msg[name] = value

    def isclosed(self) -> bool:
        return True

    def close(self) -> None:
        pass


class AppAdapter(HTTPAdapter):
    """A `requests` adapter that answers from an ASGI app on the calling thread's event loop."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app
        self.loops: list[asyncio.AbstractEventLoop] = []
        self._local = threading.local()
        self._lock = threading.Lock()

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        body = _body(request.body)
        scope = scope_of(request, body)
        exchange = _Exchange(body)
        seconds = timeout[1] if isinstance(timeout, tuple) else timeout
        try:
            self._loop().run_until_complete(self._answer(scope, exchange, seconds))
        except TimeoutError:
            error = f"Read timed out. (read timeout={seconds})"
            raise requests.exceptions.ReadTimeout(error, request=request) from None
        if not exchange.status:
            raise requests.exceptions.ConnectionError("the app sent no answer", request=request)
        method = scope["method"]
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(b"" if method == "HEAD" else b"".join(exchange.chunks)),
            headers=urllib3.HTTPHeaderDict(exchange.headers),
            status=exchange.status,
            version=11,
            reason=_reason(exchange.status),
            preload_content=False,
            original_response=_OriginalResponse(exchange.headers),  # type: ignore[arg-type]
            request_method=method,
        )
        return self.build_response(request, raw)

    async def _answer(self, scope: dict[str, Any], exchange: _Exchange, seconds: Any) -> None:
        async with asyncio.timeout(seconds):
            await self.app(scope, exchange.receive, exchange.send)

    def _loop(self) -> asyncio.AbstractEventLoop:
        loop = getattr(self._local, "loop", None)
        if loop is None:
            loop = self._local.loop = asyncio.new_event_loop()
            with self._lock:
                self.loops.append(loop)
        return loop

    def close(self) -> None:
        with self._lock:
            loops, self.loops = self.loops, []
        for loop in loops:
            loop.close()
        super().close()


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


class AppTransport(_RequestsTransport):
    """Schemathesis' `requests` transport, with every request answered by one ASGI app.

    The engine's network session lends its settings (headers, auth, cookies) to a session of this
    transport's, one per thread, that never reads the environment (proxies, .netrc): nothing
    here goes through a proxy, and the credentials are the run's own."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self._copy_serializers_from(REQUESTS_TRANSPORT)
        self.adapter = AppAdapter(app)
        self._local = threading.local()

    def send(self, case: Any, *, session: requests.Session | None = None, **kwargs: Any) -> Any:
        own = self._session()
        own.headers = dict(session.headers) if session is not None else {}  # type: ignore[assignment]
        own.auth = session.auth if session is not None else None
        if session is not None and session.cookies:
            own.cookies.update(session.cookies)  # cleared after the call, as the engine's are
        return super().send(case, session=own, **kwargs)

    def _session(self) -> requests.Session:
        own = getattr(self._local, "session", None)
        if own is None:
            own = self._local.session = ManagedCookiesSession()
            own.trust_env = False
            own.mount("http://", self.adapter)
            own.mount("https://", self.adapter)
        return own

    def close(self) -> None:
        self.adapter.close()


class _Lent(HTTPAdapter):
    """The app's adapter, lent to a session that closes its adapters when done with them."""

    def __init__(self, adapter: AppAdapter) -> None:
        super().__init__()
        self.adapter = adapter

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        return self.adapter.send(request, *args, **kwargs)

    def close(self) -> None:
        pass  # the transport closes the app's adapter after the run


@contextmanager
def probes_answered_by(transport: AppTransport) -> Iterator[None]:
    """Sessions Schemathesis makes for itself during a run (its probing phase sends two
    requests with one, not through the transport) reach the app too: else they would go over
    the network to the schema's origin, someone else's server on 127.0.0.1:8000, with the
    run's headers."""
    original = engine_context.make_session

    def make_session(*args: Any, **kwargs: Any) -> requests.Session:
        session = original(*args, **kwargs)
        session.trust_env = False
        for prefix in ("http://", "https://"):
            session.mount(prefix, _Lent(transport.adapter))
        return session

    engine_context.make_session = make_session
    try:
        yield
    finally:
        engine_context.make_session = original


def attach(schema: Any, app: Any) -> Any:
    """The schema with its requests answered by `app` (the schema itself has no app)."""
    transport = AppTransport(app)
    in_process = type(
        f"InProcess{type(schema).__name__}",
        (type(schema),),
        {"transport": property(lambda _: transport), "app_transport": transport},
    )
    schema.__class__ = in_process
    return schema
