"""Helpers for the runtime tests: a scripted HTTP server on 127.0.0.1 and mock-backed clients.

`FaultServer` answers each request with the next `Reply` of its script (or with what a function
of the request returns), so a test can inject 429s, 503s, slow answers and connection resets
and then assert what the client sent. Use it as a context manager: the test that starts it
stops it.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx is what the clients use
    from starlette.testclient import TestClient

from generator.mock import base_path, create_app

TEAMPULSE_ENTRY = {
    "id": 1,
    "date": "2013-10-02",
    "hours": 2.5,
    "type": "Billable",
    "userId": 1,
    "taskId": 10,
    "note": None,
    "week": 40,
    "createdBy": "Paul Smith",
    "createdAt": "2013-06-06T00:00:00",
    "lastModifiedBy": "Paul Smith",
    "lastModifiedAt": "2013-10-09T13:57:28.33",
}


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON data, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    reset: bool = False  # drop the connection with a TCP reset instead of answering
    drip: float = 0.0  # seconds between body bytes (a server that never quite finishes)
    chunked: bool = False  # no Content-Length: the size is known only by reading


@dataclass
class Seen:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Script = list[Reply] | Callable[[Seen], Reply]


class FaultServer:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.connections: set[socket.socket] = set()  # open keep-alive connections, closed on exit
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._http.daemon_threads = False  # so that server_close() joins the handler threads
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self._http.shutdown()
        with self._lock:
            for connection in self.connections:
                _hang_up(connection)
        self._http.server_close()  # joins the handler threads
        self._thread.join(5)

    def reply_for(self, seen: Seen) -> Reply:
        with self._lock:
            self.requests.append(seen)
            if callable(self.script):
                return self.script(seen)
            if not self.script:
                return Reply(500, {"error": "script exhausted"})
            return self.script.pop(0)


def _hang_up(connection: socket.socket) -> None:
    """End a keep-alive connection so that its handler thread's read returns."""
    with suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)


def _handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def setup(self) -> None:
            super().setup()
            with server._lock:
                if server.stopping.is_set():  # accepted just before the server stopped
                    _hang_up(self.connection)
                server.connections.add(self.connection)

        def finish(self) -> None:
            with server._lock:
                server.connections.discard(self.connection)
            super().finish()

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            parts = urlsplit(self.path)
            seen = Seen(
                self.command,
                parts.path,
                parse_qsl(parts.query, keep_blank_values=True),
                {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length) if length else b"",
            )
            reply = server.reply_for(seen)
            if reply.delay and server.stopping.wait(reply.delay):
                return
            if reply.reset:
                linger = struct.pack("ii", 1, 0)
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self.close_connection = True
                self.connection.close()
                return
            raw = reply.body if isinstance(reply.body, bytes) else b""
            if reply.body is not None and not isinstance(reply.body, bytes):
                raw = json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            if reply.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(raw)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            with suppress(OSError):  # the client may hang up on a body it refuses
                self._body(raw, reply)

        def _body(self, raw: bytes, reply: Reply) -> None:
            if reply.drip:
                for index in range(len(raw)):
                    if server.stopping.wait(reply.drip):
                        return
                    self.wfile.write(raw[index : index + 1])
                    self.wfile.flush()
            elif reply.chunked:
                for start in range(0, len(raw), 65536):
                    part = raw[start : start + 65536]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.wfile.write(raw)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

    return Handler


@contextmanager
def fault_server(script: Script) -> Iterator[FaultServer]:
    with FaultServer(script) as server:
        yield server


def mock_http(vendor: str, sent: list[httpx.Request] | None = None) -> TestClient:
    """An httpx client (Starlette's TestClient) wired to a fresh in-process vendor mock."""
    client = TestClient(create_app(vendor, seed=0), base_url="http://testserver")
    if sent is not None:
        client.event_hooks = {"request": [sent.append], "response": []}
    return client


def mock_async_http(vendor: str, sent: list[httpx.Request] | None = None) -> httpx.AsyncClient:
    async def record(request: httpx.Request) -> None:
        if sent is not None:
            sent.append(request)

    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(vendor, seed=0)),
        base_url="http://testserver",
        event_hooks={"request": [record]},
    )


def mock_url(vendor: str) -> str:
    return "http://testserver" + base_path(vendor)
