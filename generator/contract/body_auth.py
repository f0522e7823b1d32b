"""`x-auth-in-body`: operations whose query credential travels as a field of the JSON body.

Schemathesis puts an `apiKey` credential where its scheme says (the query string). For operations
marked `x-auth-in-body: FIELD`, a `before_call` hook moves it into the body just before sending,
so the credential is sent as the vendor documents; an `after_call` hook puts it back, so that the
requests checks derive from the case (ignored_auth removes the credential from where the scheme
says) start from the case as Schemathesis built it. Schemathesis only has global `before_call`
hooks, so one pair of hooks serves every registered schema and does nothing for the others.
"""

from __future__ import annotations

import threading
from typing import Any

import schemathesis

from generator.contract.credentials import Credentials
from generator.ir import Api

# id(raw schema document) -> {(METHOD, path): (body field, query parameter names)}
_REGISTRY: dict[int, dict[tuple[str, str], tuple[str, tuple[str, ...]]]] = {}
_LOCK = threading.Lock()
_installed = False
# id(case) -> query parameter whose value travels in the body during the current call
_MOVED: dict[int, str] = {}


def register(schema: Any, api: Api, credentials: Credentials) -> None:
    query_names = tuple(s.param_name for s in credentials.schemes if s.location == "query")
    routes = {
        (op.method, op.path): (op.ext.auth_in_body, query_names)
        for op in api.operations
        if op.ext.auth_in_body and query_names
    }
    if routes:
        _install()
        with _LOCK:
            _REGISTRY[id(schema.raw_schema)] = routes


def unregister(schema: Any) -> None:
    with _LOCK:
        _REGISTRY.pop(id(schema.raw_schema), None)


def _install() -> None:
    global _installed
    with _LOCK:
        if not _installed:
            schemathesis.hook("before_call")(_move_credential_into_body)
            schemathesis.hook("after_call")(_move_credential_back)
            _installed = True


def _route(case: Any) -> tuple[str, tuple[str, ...]] | None:
    routes = _REGISTRY.get(id(case.operation.schema.raw_schema))
    if not routes or not isinstance(case.query, dict) or not isinstance(case.body, dict):
        return None
    return routes.get((case.operation.method.upper(), case.operation.path))


def as_sent(case: Any) -> Any | None:
    """A copy of `case` with the credential where it was sent (the body), for curl lines;
    None when `case` is not one whose credential moves."""
    route = _route(case)
    if route is None or not any(name in case.query for name in route[1]):
        return None
    sent = case.derive(keep_auth=True)
    _move(sent, route)
    return sent


def _move(case: Any, route: tuple[str, tuple[str, ...]]) -> str | None:
    field, names = route
    for name in names:
        if name in case.query:
            case.body[field] = case.query.pop(name)
            return name
    return None


def _move_credential_into_body(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    route = _route(case)
    moved = _move(case, route) if route is not None else None
    if moved is not None:
        with _LOCK:
            _MOVED[id(case)] = moved


def _move_credential_back(context: Any, case: Any, response: Any) -> None:
    route = _route(case)
    with _LOCK:
        name = _MOVED.pop(id(case), None)
    if route is None or name is None:
        return
    field, _ = route
    if field in case.body:
        case.query[name] = case.body.pop(field)
