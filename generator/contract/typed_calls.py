"""The call of our generated client that sends a finding's request, shown beside its curl line:
`client.working_sessions.get_working_session(id=1491001)`.

Resource, method and keyword names are the ones the clients are rendered from (the IR of the
vendor's spec); the values are the case's, as sent. The client adds the credential itself
(also a body credential), so the call holds none.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import Api, Operation
from generator.ir.types import TypeRef

_LOCATIONS = {"path": "path_parameters", "query": "query", "header": "headers", "cookie": "cookies"}


def typed_call(api: Api, case: Any) -> str:
    """`client.RESOURCE.METHOD(...)` for the case, or "" when the client has no such operation."""
    op = _operation(api, str(case.operation.method).upper(), case.operation.path)
    if op is None:
        return ""
    # The README examples' rule for a value of a parameter type (a date as datetime.date, not
    # text); the renderer is imported only when a finding needs it (~0.1 s).
    from generator.render.context import _literal_for as literal_for

    args = [
        f"{p.py_name}={literal_for(TypeRef.of(p.annotation), value)}"
        for p in op.parameters
        for value in _sent(getattr(case, _LOCATIONS[p.location], None), p.name, p.location)
    ]
    body = _body(op, case)
    if body:
        args.append(f"body={body}")
    return f"client.{op.resource}.{op.py_name}({', '.join(args)})"


def _operation(api: Api, method: str, path: str) -> Operation | None:
    return next((op for op in api.operations if (op.method, op.path) == (method, path)), None)


def _sent(values: Mapping[str, Any] | None, name: str, location: str) -> list[Any]:
    """The value sent for a parameter ([] when none was)."""
    if not values:
        return []
    if location == "header":  # header names are case-insensitive
        found = [v for k, v in values.items() if k.lower() == name.lower()]
        return found[:1]
    return [values[name]] if name in values else []


def _body(op: Operation, case: Any) -> str:
    body = getattr(case, "body", None)
    if op.body is None or not isinstance(body, dict | list | str | int | float | bool):
        return ""
    if isinstance(body, dict) and op.ext.auth_in_body:
        body = {k: v for k, v in body.items() if k != op.ext.auth_in_body}
    return repr(body)
