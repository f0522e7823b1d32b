"""Bounds on every answer of a live server: a body larger than the cap (decoded, so a gzip bomb
counts at its real size) and a call longer than its deadline (a body dripping a byte at a time
passes every per-read timeout) are cut off with a one-line reason, never read on.

Schemathesis sends with `requests`; a global `before_call` hook adds a response hook to the
requests of registered schemas. The hook runs before the body is read: it refuses a declared
Content-Length over the cap, and wraps the raw stream so that reading stops at the cap or the
deadline; a timer shuts the socket at the deadline, so a read blocked on a drip ends too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import requests
import schemathesis

MIB = 1024 * 1024
DEFAULT_MAX_BODY_BYTES = 10 * MIB
DEFAULT_CALL_DEADLINE_S = 60.0


class ResponseCutOff(requests.exceptions.ContentDecodingError):
    """An answer cut off at a limit: Schemathesis reports it as a transport error."""


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    call_deadline_s: float = DEFAULT_CALL_DEADLINE_S


_REGISTRY: dict[int, Limits] = {}
_LOCK = threading.Lock()
_installed = False


def register(schema: Any, limits: Limits) -> None:
    global _installed
    with _LOCK:
        _REGISTRY[id(schema.raw_schema)] = limits
        if not _installed:
            schemathesis.hook("before_call")(_add_response_hook)
            _installed = True


def unregister(schema: Any) -> None:
    with _LOCK:
        _REGISTRY.pop(id(schema.raw_schema), None)


def _add_response_hook(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    limits = _REGISTRY.get(id(case.operation.schema.raw_schema))
    if limits is not None:
        kwargs["hooks"] = {"response": [lambda response, *a, **k: guard(response, limits)]}


def guard(response: requests.Response, limits: Limits) -> requests.Response:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_body_bytes:
        response.raw.shutdown() if hasattr(response.raw, "shutdown") else response.raw.close()
        raise ResponseCutOff(_too_large(limits, f"declares {int(declared) // MIB} MiB"))
    response.raw = _Bounded(response.raw, limits)
    return response


def _too_large(limits: Limits, what: str) -> str:
    return f"response body above the {limits.max_body_bytes // MIB} MiB cap ({what}): not read on"


class _Bounded:
    """The raw stream, read at most to the cap and until the call's deadline."""

    def __init__(self, raw: Any, limits: Limits) -> None:
        self._raw, self._limits = raw, limits
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
                    raise ResponseCutOff(self._late())
                yield chunk
        except requests.exceptions.RequestException:
            raise
        except Exception as exc:  # the socket shut by the timer, or a broken transfer
            if time.monotonic() > self._deadline:
                raise ResponseCutOff(self._late()) from None
            raise exc
        finally:
            self._timer.cancel()
            self._raw.close()

    def _late(self) -> str:
        return (
            f"the answer took longer than the {self._limits.call_deadline_s:g} s call deadline "
            "(a body that drips): cut off"
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)
