"""Bounds on every answer of a live server: a body larger than the cap (decoded, so a gzip bomb
counts at its real size) and a call longer than its deadline (a body dripping a byte at a time
passes every per-read timeout) are cut off with a one-line reason, never read on.

Schemathesis sends with `requests`, from sessions it makes itself (one per operation, one per
probe of its probing phase, one per re-sent case), so the bound is installed where every
`requests.Session` gets its hooks: while `bounded()` is active, each new session answers with a
response hook that runs before the body is read. It refuses a declared Content-Length over the
cap, and wraps the raw stream so that reading stops at the cap or the deadline; a timer shuts the
socket at the deadline, so a read blocked on a drip ends too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import requests
import requests.sessions

MIB = 1024 * 1024
DEFAULT_MAX_BODY_BYTES = 10 * MIB
DEFAULT_CALL_DEADLINE_S = 60.0


class ResponseCutOff(requests.exceptions.ContentDecodingError):
    """An answer cut off at a limit: Schemathesis reports it as a transport error."""


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    call_deadline_s: float = DEFAULT_CALL_DEADLINE_S


@contextmanager
def bounded(limits: Limits, on_late: Callable[[], None] = lambda: None) -> Iterator[None]:
    """Every `requests.Session` made inside the block bounds its answers by `limits`; `on_late`
    is called (from the sending thread) for each answer cut off at the call deadline."""
    made_by_requests = requests.sessions.default_hooks

    def bounded_hooks() -> dict[str, list[Any]]:
        hooks = made_by_requests()
        hooks["response"].append(lambda response, *a, **k: guard(response, limits, on_late))
        return hooks

    requests.sessions.default_hooks = bounded_hooks
    try:
        yield
    finally:
        requests.sessions.default_hooks = made_by_requests


def guard(
    response: requests.Response, limits: Limits, on_late: Callable[[], None] = lambda: None
) -> requests.Response:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_body_bytes:
        response.raw.shutdown() if hasattr(response.raw, "shutdown") else response.raw.close()
        raise ResponseCutOff(_too_large(limits, f"declares {int(declared) // MIB} MiB"))
    response.raw = _Bounded(response.raw, limits, on_late)
    return response


def _too_large(limits: Limits, what: str) -> str:
    return f"response body above the {limits.max_body_bytes // MIB} MiB cap ({what}): not read on"


class _Bounded:
    """The raw stream, read at most to the cap and until the call's deadline."""

    def __init__(self, raw: Any, limits: Limits, on_late: Callable[[], None]) -> None:
        self._raw, self._limits, self._on_late = raw, limits, on_late
        self._deadline = time.monotonic() + limits.call_deadline_s
        stop = getattr(raw, "shutdown", None) or raw.close
        self._timer = threading.Timer(limits.call_deadline_s, stop)
        self._timer.daemon = True
        self._timer.start()

    def stream(self, amt: int = 65536, decode_content: bool | None = None) -> Iterator[bytes]:
        total = 0
        try:
            for chunk in self._raw.stream(amt, decode_content=decode_content):
                total += len(chunk)
                if total > self._limits.max_body_bytes:
                    raise ResponseCutOff(_too_large(self._limits, "decoded"))
                if time.monotonic() > self._deadline:
                    raise self._late()
                yield chunk
        except requests.exceptions.RequestException:
            raise
        except Exception as exc:  # the socket shut by the timer, or a broken transfer
            if time.monotonic() > self._deadline:
                raise self._late() from None
            raise exc
        finally:
            self._timer.cancel()
            self._raw.close()

    def _late(self) -> ResponseCutOff:
        self._on_late()
        return ResponseCutOff(
            f"the answer took longer than the {self._limits.call_deadline_s:g} s call deadline "
            "(a body that drips): cut off"
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)
