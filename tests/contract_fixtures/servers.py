"""Servers for testing the contract runner: a faithful one over `entries.yaml`, and a wrapper that
makes any ASGI app drift from its spec in one known way.

The faithful server answers exactly as `entries.yaml` says (including 400 for every malformed input),
so a contract run against it must find nothing; each drift must be found every time.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SPEC_PATH = Path(__file__).with_name("entries.yaml")
BASE_PATH = "/api/v1"
CANARY = "canary-SECRET-4f1d2c"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_formats = FormatChecker()


@_formats.checks("date")
def _is_date(value: object) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


_ENTRY_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["user", "date", "minutes"],
    "properties": {
        "user": {"type": "string", "minLength": 1, "maxLength": 40},
        "date": {"type": "string", "format": "date"},
        "minutes": {"type": "integer", "minimum": 0, "maximum": 1440},
        "note": {"type": ["string", "null"], "maxLength": 200},
    },
}
_body_validator = Draft202012Validator(_ENTRY_INPUT, format_checker=_formats)


def _error(status: int, text: str) -> JSONResponse:
    return JSONResponse({"error": text}, status_code=status)


def _positive_int(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and int(text) >= 1 else None


def faithful_app() -> Starlette:
    """The entries API exactly as `entries.yaml` describes it, mounted under BASE_PATH."""
    store: dict[int, dict[str, Any]] = {}
    ids = itertools.count(1)

    def authorized(request: Request) -> bool:
        return bool(request.headers.get("x-api-key"))

    async def read_body(request: Request) -> tuple[dict[str, Any] | None, JSONResponse | None]:
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return None, _error(400, "body is not JSON")
        if next(_body_validator.iter_errors(body), None) is not None:
            return None, _error(400, "body does not match EntryInput")
        return body, None

    async def entries(request: Request) -> Response:
        if not authorized(request):
            return _error(401, "missing API key")
        if request.method == "POST":
            body, problem = await read_body(request)
            if problem:
                return problem
            entry_id = next(ids)
            store[entry_id] = {
                "id": entry_id,
                "note": None,
                **body,
                "created_at": datetime(2024, 1, 1, 12).isoformat() + "Z",
            }
            return JSONResponse(store[entry_id], status_code=201)
        query = request.query_params
        start, end, limit = query.get("from", ""), query.get("to", ""), query.get("limit", "25")
        if not (_is_date(start) and _is_date(end)):
            return _error(400, "from and to must be dates")
        if _positive_int(limit) is None or int(limit) > 100:
            return _error(400, "limit must be 1..100")
        found = [e for e in store.values() if start <= e["date"] <= end][: int(limit)]
        return JSONResponse({"entries": found, "total": len(found)})

    async def entry(request: Request) -> Response:
        if not authorized(request):
            return _error(401, "missing API key")
        entry_id = _positive_int(request.path_params["id"])
        if entry_id is None:
            return _error(400, "id must be a positive integer")
        if request.method == "PUT":
            body, problem = await read_body(request)
            if problem:
                return problem
        if entry_id not in store:
            return _error(404, "no such entry")
        if request.method == "GET":
            return JSONResponse(store[entry_id])
        if request.method == "PUT":
            store[entry_id] = {
                "id": entry_id,
                "note": None,
                **body,
                "created_at": store[entry_id]["created_at"],
            }
            return JSONResponse(store[entry_id])
        del store[entry_id]
        return Response(status_code=204)

    routes = [
        Route("/entries", entries, methods=["GET", "POST"]),
        Route("/entries/{id}", entry, methods=["GET", "PUT", "DELETE"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(404, "no such route")

    return Starlette(routes=[Mount(BASE_PATH, routes=routes)], exception_handlers={404: not_found})


# -- drift --------------------------------------------------------------------------------------
JsonEdit = Callable[[Any], Any]


class Drift:
    """ASGI middleware that rewrites the responses of one operation in one known way.

    `match(method, path)` picks the responses to change; `edit_json` rewrites a decoded JSON body,
    `status` / `content_type` replace the status code / Content-Type of 2xx responses.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        match: Callable[[str, str], bool],
        edit_json: JsonEdit | None = None,
        status: int | None = None,
        content_type: str | None = None,
        raw_body: bytes | None = None,
    ) -> None:
        self.app, self.match = app, match
        self.edit_json, self.status, self.content_type, self.raw_body = (
            edit_json,
            status,
            content_type,
            raw_body,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.match(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await self._send_changed(start, b"".join(chunks), send)

        await self.app(scope, receive, capture)

    async def _send_changed(self, start: dict[str, Any], body: bytes, send: Send) -> None:
        status = start["status"]
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if 200 <= status < 300:
            if self.edit_json is not None and body:
                body = json.dumps(self.edit_json(json.loads(body))).encode()
            if self.raw_body is not None:
                body = self.raw_body
            if self.status is not None:
                status = self.status
            if self.content_type is not None:
                headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
                headers.append((b"content-type", self.content_type.encode()))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def flip_first_scalar(recorded: list[str]) -> JsonEdit:
    """An edit that changes the type of the first string or number in a body (a vendor-agnostic
    type drift) and records the JSON pointer it changed."""

    def walk(value: Any, pointer: str) -> tuple[Any, bool]:
        if isinstance(value, bool) or value is None:
            return value, False
        if isinstance(value, int | float):
            recorded.append(pointer)
            return str(value), True
        if isinstance(value, str):
            recorded.append(pointer)
            return [value], True
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, member in list(items):
            token = str(key).replace("~", "~0").replace("/", "~1")
            changed, done = walk(member, f"{pointer}/{token}")
            if done:
                value[key] = changed
                return value, True
        return value, False

    return lambda body: walk(body, "")[0]


# -- hostile servers ----------------------------------------------------------------------------
def dripping_app(seconds_per_byte: float = 0.5, size: int = 10_000) -> ASGIApp:
    """Announces a JSON body of `size` bytes and sends it one byte at a time: every read gets a
    byte before any read timeout, so only a whole-call or run deadline ends the request."""
    import asyncio

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % size)]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for _ in range(size):
            await send({"type": "http.response.body", "body": b" ", "more_body": True})
            await asyncio.sleep(seconds_per_byte)
        await send({"type": "http.response.body", "body": b""})

    return app


def retry_after_app(seconds: int = 999_999) -> ASGIApp:
    """Answers every request 429 with a Retry-After of days."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            response = JSONResponse(
                {"error": "slow down"}, status_code=429, headers={"Retry-After": str(seconds)}
            )
            await response(scope, receive, send)

    return app


def huge_app(size: int, *, declared: bool, gzip_bomb: bool = False) -> ASGIApp:
    """A 200-style answer of `size` bytes of JSON-ish filler, sent in 64 KiB chunks, with or
    without Content-Length; `gzip_bomb` sends it gzip-compressed (a tiny transfer that
    decompresses to `size`)."""
    import gzip

    bomb = gzip.compress(b" " * size, compresslevel=9) if gzip_bomb else b""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        chunk = b" " * 65536
        headers = [(b"content-type", b"application/json")]
        if gzip_bomb:
            body = bomb
            headers += [(b"content-encoding", b"gzip"), (b"content-length", b"%d" % len(body))]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if declared:
            headers.append((b"content-length", b"%d" % size))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for _ in range(size // len(chunk)):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    return app
