"""Body credentials: request body properties marked `x-credential` (Papershift's `api_token`).

Schemathesis generates such a property like any other string. Against a live server it must
carry the real credential, so a `before_call` hook puts the credential there just before
sending, and an `after_call` hook puts the generated value back (or the mask, where the body
had none): the case Schemathesis keeps, and the curl line it writes, hold no secret, and the
line shows the property masked by position as a `$VARIABLE`, so it runs as printed. A body
generated to be invalid keeps an absent or non-string credential as it is, so the server's
refusal of it is still what is checked. Schemathesis' example and coverage phases also put
the scheme's query parameter on these operations; it is taken off, as the spec
(`security: []`) says. Schemathesis only has global hooks: one pair serves every registered
schema, does nothing for the others, and is removed with the last one (a hook left behind
would change how later runs in the process generate cases).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import schemathesis
from schemathesis.generation import GenerationMode
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
from schemathesis.specs.openapi.adapter.parameters import ParameterLocation

from generator.contract.credentials import Credentials
from generator.ir import Api

_ABSENT = object()
MASK = "***"
# id(raw schema document) -> {(METHOD, path): (body property, credential value, query name)}
_REGISTRY: dict[int, dict[tuple[str, str], tuple[str, str, str]]] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Changed:
    """What the hook changed in a case for the current call, to be undone after it."""

    field: str  # the body property that carries the credential
    generated: Any  # the value generated for it (_ABSENT, or None: left as generated)


_CHANGED: dict[int, _Changed] = {}  # id(case) -> its changes during the current call


def register(schema: Any, api: Api, credentials: Credentials) -> None:
    values = credentials.wire_values()
    routes = {
        (op.method, op.path): (op.ext.auth_in_body, values[key], api.scheme(key).param_name)
        for op in api.operations
        if op.ext.auth_in_body
        for key in _body_scheme(op.security, values)
    }
    if routes:
        with _LOCK:
            if not _REGISTRY:
                schemathesis.hook("before_call")(_put_credential)
                schemathesis.hook("after_call")(_restore_generated)
            _REGISTRY[id(schema.raw_schema)] = routes


def unregister(schema: Any) -> None:
    with _LOCK:
        if _REGISTRY.pop(id(schema.raw_schema), None) is not None and not _REGISTRY:
            GLOBAL_HOOK_DISPATCHER.unregister(_put_credential)
            GLOBAL_HOOK_DISPATCHER.unregister(_restore_generated)


def _body_scheme(security: tuple[tuple[str, ...], ...], values: dict[str, str]) -> list[str]:
    """The chosen scheme of the alternative the run authenticates with (at most one)."""
    for alternative in security:
        chosen = [key for key in alternative if key in values]
        if chosen:
            return chosen[:1]
    return []


def _route(case: Any) -> tuple[str, str, str] | None:
    routes = _REGISTRY.get(id(case.operation.schema.raw_schema))
    if not routes:
        return None
    return routes.get((case.operation.method.upper(), case.operation.path))


def _keeps_generated(case: Any, field: str) -> bool:
    """No JSON object body, or one generated to be invalid whose credential is absent or not a
    usable string."""
    component = getattr(case.meta, "components", {}).get(ParameterLocation.BODY)
    negative = component is not None and component.mode == GenerationMode.NEGATIVE
    value = case.body.get(field) if isinstance(case.body, dict) else None
    return not isinstance(case.body, dict) or (negative and not (isinstance(value, str) and value))


def _put_credential(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    route = _route(case)
    if route is None:
        return
    field, value, query_name = route
    if isinstance(case.query, dict):  # taken off for good: the case shows what was sent
        case.query.pop(query_name, None)
    generated = None if _keeps_generated(case, field) else case.body.get(field, _ABSENT)
    with _LOCK:
        _CHANGED[id(case)] = _Changed(field, generated)
    if generated is not None:
        case.body[field] = value


def _restore_generated(context: Any, case: Any, response: Any) -> None:
    with _LOCK:
        changed = _CHANGED.pop(id(case), None)
    if changed is None:
        return
    if changed.generated is not None and isinstance(case.body, dict):
        generated = changed.generated
        case.body[changed.field] = MASK if generated is _ABSENT else generated
