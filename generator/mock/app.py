"""The ASGI side of a mock: a Starlette app serving `/openapi.json` and, for every other path,
the engine. The engine path is plain ASGI so a request costs little more than its validation.
"""

from __future__ import annotations

import json
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

from generator.mock.engine import Engine, request_base_url, split_target
from generator.mock.vendor import NO_BODY, Reply

_JSON = b"application/json"
# One encoder for every reply: json.dumps with options would build a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class EngineASGI:
    """Reads a request (any bytes), lets the engine answer, writes the reply."""

    def __init__(self, engine: Engine, access_log: bool = False) -> None:
        self.engine = engine
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body, too_large = await _read_body(receive)
        headers = _headers(scope)
        raw_path, query = split_target(scope)
        base_url = request_base_url(scope, headers, self.engine.prefix)
        if too_large:
            body = b"\x00"  # not JSON: answered as an invalid body
        started = time.perf_counter()
        method = scope.get("method", "GET")
        _, reply = self.engine.handle(method, raw_path, query, headers, body, base_url)
        await _send(send, reply, head=method == "HEAD")
        if self.access_log:
            elapsed = (time.perf_counter() - started) * 1000
            target = masked_target(raw_path, query, self.engine.credential_params)
            print(f"{method} {target} {reply.status} {elapsed:.1f}ms", file=sys.stderr, flush=True)


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
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


async def _send(send: Any, reply: Reply, head: bool = False) -> None:
    headers = [
        (k.lower().encode("latin-1"), v.encode("latin-1", "replace"))
        for k, v in reply.headers.items()
    ]
    payload = b""
    if reply.body is not NO_BODY:
        payload = _ENCODER.encode(reply.body).encode()
        headers.append((b"content-type", _JSON))
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else payload})


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
