"""`x-auth-in-body`: operations whose query credential travels as a field of the JSON body.

Schemathesis puts an `apiKey` credential where its scheme says (the query string). For operations
marked `x-auth-in-body: FIELD`, a `before_call` hook moves it into the body just before sending,
so the credential is sent as the vendor documents, and a request whose credential was removed (the
ignored_auth check) really goes out without one. Schemathesis only has global `before_call` hooks,
so one hook serves every registered schema and does nothing for the others.
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


def register(schema: Any, api: Api, credentials: Credentials) -> None:
    query_names = tuple(s.param_name for s in credentials.schemes if s.location == "query")
    routes = {
        (op.method, op.path): (str(op.extensions["x-auth-in-body"]), query_names)
        for op in api.operations
        if op.extensions.get("x-auth-in-body") and query_names
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
            _installed = True


def _move_credential_into_body(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    routes = _REGISTRY.get(id(case.operation.schema.raw_schema))
    if not routes:
        return
    route = routes.get((case.operation.method.upper(), case.operation.path))
    if route is None or not isinstance(case.query, dict):
        return
    field, names = route
    for name in names:
        if name in case.query:
            value = case.query.pop(name)
            if isinstance(case.body, dict):
                case.body[field] = value
