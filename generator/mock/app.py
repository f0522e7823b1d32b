"""The ASGI side of a mock: a Starlette app serving `/openapi.json` and, for every other path,
the engine. The engine path is plain ASGI so a request costs little more than its validation.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote_plus

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route as StarletteRoute
from starlette.types import Receive, Scope, Send

from generator.mock.engine import Answer, Engine, addressable, request_base_url, split_target

_BASE_URLS_KEPT = 256  # distinct (scheme, host, root path) whose base URL is remembered


class EngineASGI:
    """Reads a request (any bytes), lets the engine answer, writes the reply."""

    def __init__(self, engine: Engine, access_log: bool = False) -> None:
        self.engine = engine
        self.log = _AccessLog() if access_log else None
        self._base_urls: dict[tuple[Any, ...], str] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        headers = _headers(scope)
        body = b""
        if "content-length" in headers or "transfer-encoding" in headers:  # else none was sent
            body, too_large = await _read_body(receive)
            if too_large:
                body = b"\x00"  # not JSON: answered as an invalid body
        raw_path, query = split_target(scope)
        method = scope.get("method", "GET")
        answer = self.engine.handle(
            method, raw_path, query, headers, body, self._base_url(scope, headers)
        )
        await _send(send, answer, head=method == "HEAD")
        if self.log is not None:
            elapsed = (time.perf_counter() - started) * 1000
            target = masked_target(raw_path, query, self.engine.credential_params)
            self.log.add(f"{method} {target} {answer.status} {elapsed:.1f}ms\n")

    def _base_url(self, scope: Scope, headers: dict[str, str]) -> str:
        """The request's base URL, remembered per host: clients keep sending the same one."""
        host = headers.get("host", "")
        key = (host, scope.get("scheme"), scope.get("root_path"))
        found = self._base_urls.get(key)
        if found is None:
            found = request_base_url(scope, headers, self.engine.prefix)
            if addressable(host) and len(self._base_urls) < _BASE_URLS_KEPT:
                self._base_urls[key] = found  # (else it names the server: not the host's own)
        return found


class _AccessLog:
    """One line per request on stderr, written once per turn of the event loop: under load one
    write carries the lines of every request answered in that turn, instead of one each."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        if not self.lines:
            asyncio.get_running_loop().call_soon(self.flush)
        self.lines.append(line)

    def flush(self) -> None:
        lines, self.lines = self.lines, []
        sys.stderr.write("".join(lines))
        sys.stderr.flush()


def masked_target(path: str, query: str, credential_params: frozenset[str]) -> str:
    """The request target for the log, each credential query parameter's value replaced (by
    its position: the parameter's name, never by looking for the secret's text)."""
    if not query:
        return path
    parts = []
    for part in query.split("&"):
        name, equals, _ = part.partition("=")
        if equals and unquote_plus(name) in credential_params:
            part = f"{name}=***"
        parts.append(part)
    return f"{path}?{'&'.join(parts)}"


async def _read_body(receive: Any) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= (1 << 20):
            chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks), size > (1 << 20)


def _headers(scope: Mapping[str, Any]) -> dict[str, str]:
    # ASGI servers send header names lower-cased (the spec requires it).
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", ())}


async def _send(send: Any, answer: Answer, head: bool = False) -> None:
    await send({"type": "http.response.start", "status": answer.status, "headers": answer.headers})
    await send({"type": "http.response.body", "body": b"" if head else answer.payload})


class MockApp(Starlette):
    """Starlette for `/openapi.json` (and lifespan); every other HTTP request goes straight to
    the engine, which never raises, without the middleware and routing layers."""

    engine_asgi: EngineASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope.get("path", "").endswith("/openapi.json"):
            await self.engine_asgi(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def build_starlette(
    engine: Engine, document: dict[str, Any], access_log: bool = False
) -> Starlette:
    async def openapi(_: Request) -> JSONResponse:
        return JSONResponse(document)

    app = MockApp(routes=[StarletteRoute("/openapi.json", openapi, methods=["GET"])])
    app.router.default = app.engine_asgi = EngineASGI(engine, access_log)
    app.state.engine = engine
    app.state.store = engine.store
    return app
