"""The generic mock engine: one routing table built from the IR, precompiled validators, auth,
dispatch to x-resource CRUD or to a vendor's handler, and error bodies in the vendor's shape.

Nothing here knows a vendor: vendor behaviour comes from the spec's `x-` extensions and from
the `VendorBehaviour` hooks.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sys
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

from generator.ir.credentials import names_at, placements
from generator.ir.extensions import Pagination, ResourceBinding
from generator.ir.model import Api, Operation, Parameter, SecurityScheme
from generator.mock import crud
from generator.mock.clock import Clock, WallClock
from generator.mock.clock import using as using_clock
from generator.mock.infer import Inferred, entity_properties, infer, spec_has_resources
from generator.mock.infer import error_body as infer_error_body
from generator.mock.schemas import SchemaCompiler, Validator, coerce_text, coerce_values
from generator.mock.store import Store
from generator.mock.vendor import NO_BODY, Handler, MockError, Reply, VendorBehaviour
from generator.spec import walk

REJECTED_MARK = "INVALID"
_TARGETS_KEPT = 4096  # request targets whose route and values are remembered
_PATH_PARAM = re.compile(r"\{([^{}/]+)\}")
_SAFE_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")


@dataclass(frozen=True)
class ParamSpec:
    param: Parameter
    validator: Validator
    item_schema: dict[str, Any]

    @property
    def name(self) -> str:
        return self.param.name


@dataclass
class Route:
    """One operation, compiled: everything a request needs, computed once."""

    op: Operation
    pattern: re.Pattern[str]
    literal_segments: int
    params: tuple[ParamSpec, ...]
    body_validator: Validator
    security: tuple[tuple[SecurityScheme, ...], ...]
    statuses: frozenset[int]
    raw_parameters: dict[str, dict[str, Any]]
    item_validator: Validator = field(default_factory=lambda: Validator(None))
    resource: ResourceBinding | None = None
    inferred: Inferred | None = None  # a spec without x-resource: the resource its path implies
    handler: Handler | None = None
    id_schema: dict[str, Any] = field(default_factory=dict)
    path_names: tuple[str, ...] = ()
    response_fields: tuple[str, ...] = ()  # properties of the entity the operation answers with
    page_echoes: tuple[tuple[str, str], ...] = ()  # list-body fields echoing offset/limit
    deref: Any = None
    _reply_shapes: dict[int, tuple[bool, tuple[tuple[str, dict[str, Any]], ...]]] = field(
        default_factory=dict
    )

    @property
    def auth_in_body(self) -> str | None:
        return self.op.ext.auth_in_body

    @cached_property
    def body_fields(self) -> frozenset[str] | None:
        """Top-level fields the request body documents (None: a free-form body). A vendor ignores
        fields it does not know, so the mock neither stores nor echoes them."""
        if self.op.body is None or self.deref is None:
            return None
        names: set[str] = set()
        for schema in walk.parts(self.op.body.schema, self.deref):
            if schema.get("additionalProperties") not in (None, False):
                return None
            names.update(schema.get("properties") or {})
        return frozenset(names) or None

    @cached_property
    def header_names(self) -> tuple[str, ...]:
        """Lower-case names of the header parameters."""
        return tuple(spec.name.lower() for spec in self.params if spec.param.location == "header")

    @property
    def pagination(self) -> Pagination | None:
        if self.op.ext.pagination is None and self.inferred is not None:
            return self.inferred.pagination
        return self.op.ext.pagination

    @cached_property
    def success_status(self) -> int:
        codes = sorted(s for s in self.statuses if 200 <= s < 300)
        return codes[0] if codes else 200

    def documents(self, status: int) -> bool:
        return status in self.statuses

    def first_documented(self, *candidates: int, default: int) -> int:
        return next((s for s in candidates if s in self.statuses), default)

    @cached_property
    def invalid_status(self) -> int:
        """Status for a request that breaks the spec: 400, else 422, else another 4xx."""
        others = sorted(s for s in self.statuses if 400 <= s < 500 and s not in (401, 403, 404))
        return self.first_documented(400, 422, default=others[0] if others else 400)

    @cached_property
    def invalid_path_status(self) -> int:
        """A malformed path parameter names no entity: 404 unless 400/422 is documented."""
        if self.documents(400) or self.documents(422) or not self.documents(404):
            return self.invalid_status
        return 404

    @cached_property
    def auth_status(self) -> int:
        return self.first_documented(401, 403, default=401)

    def has_body(self, status: int) -> bool:
        return self.reply_shape(status)[0]

    def reply_shape(self, status: int) -> tuple[bool, tuple[tuple[str, dict[str, Any]], ...]]:
        """(whether `status` has a body, its required headers): computed once per status."""
        shape = self._reply_shapes.get(status)
        if shape is None:
            response = self.op.response_for(status)
            headers = tuple(
                (name, _as_dict(self.deref(header)))
                for name, header in (response.headers.items() if response else ())
            )
            shape = (
                response is not None and response.media_type is not None,
                tuple((name, h) for name, h in headers if h.get("required")),
            )
            self._reply_shapes[status] = shape
        return shape


@dataclass
class Call:
    """One request after validation, as handlers see it."""

    route: Route
    engine: Engine
    params: dict[str, Any]
    body: Any
    base_url: str
    query_string: str
    path: str  # the request's path under the API root, as sent (path parameters filled)

    @property
    def op(self) -> Operation:
        return self.route.op

    @property
    def store(self) -> Store:
        return self.engine.store

    @property
    def vendor(self) -> VendorBehaviour:
        return self.engine.vendor

    def invalid(self, message: str, field: str | None = None) -> MockError:
        return MockError(self.route.invalid_status, message, field=field)


class Engine:
    def __init__(
        self,
        api: Api,
        vendor: VendorBehaviour,
        store: Store,
        prefix: str,
        clock: Clock | None = None,
    ) -> None:
        self.api = api
        self.vendor = vendor
        self.store = store
        self.prefix = prefix.rstrip("/")
        self.clock: Clock = clock or WallClock()
        self.credential_params = names_at(placements(api), "query", "body")
        compiler = SchemaCompiler(api.spec.document)
        self.infers_resources = not spec_has_resources(api)
        self.routes = sorted(
            (self._compile(op, compiler) for op in api.operations),
            key=lambda r: -r.literal_segments,
        )
        self.routes_by_method: dict[str, list[Route]] = {}
        # The routes a path can match: same method, same number of slashes (in their order).
        self._routes_by_shape: dict[tuple[str, int], list[Route]] = {}
        for route in self.routes:
            self.routes_by_method.setdefault(route.op.method, []).append(route)
            shape = (route.op.method, _slashes(route.op.path))
            self._routes_by_shape.setdefault(shape, []).append(route)
        checks = {s.key: _Credential(s) for s in api.security_schemes}
        self._security = {
            id(r): tuple(tuple(checks[s.key] for s in needed) for needed in r.security)
            for r in self.routes
        }
        self._clock = _WatchedClock(self.clock)
        self._targets: dict[tuple[str, str, str], Any] = {}
        self._kept = _KeptAnswers()

    # -- building ----------------------------------------------------------------------------
    def _compile(self, op: Operation, compiler: SchemaCompiler) -> Route:
        deref = self.api.spec.deref
        segments = [s for s in op.path.split("/") if s]
        regex = "".join("/" + _segment_regex(s) for s in segments)
        trailing = "/" if op.path.endswith("/") and segments else ""
        params = tuple(
            ParamSpec(
                p,
                compiler.compile(p.schema),
                _as_dict(deref(p.schema.get("items", {}))) if isinstance(p.schema, dict) else {},
            )
            for p in op.parameters
        )
        security = tuple(
            tuple(self.api.scheme(key) for key in requirement) for requirement in op.security
        )
        statuses = frozenset(int(r.status) for r in op.responses if r.status.isdigit())
        route = Route(
            op=op,
            pattern=re.compile("^" + (regex or "") + trailing + "$"),
            literal_segments=sum(1 for s in segments if not _PATH_PARAM.search(s)),
            params=params,
            body_validator=compiler.compile(_container_schema(op)),
            item_validator=compiler.compile(_item_schema(op, deref)),
            security=security,
            statuses=statuses,
            raw_parameters=self._raw_parameters(op),
        )
        route.resource = op.ext.resource
        if self.infers_resources:
            route.inferred = infer(op, self.api)
            route.resource = route.inferred.resource if route.inferred else None
        route.handler = self.vendor.handlers.get(op.operation_id) or crud.handler_for(route)
        route.id_schema = self._id_schema(route)
        route.path_names = tuple(_PATH_PARAM.findall(op.path))
        items = route.pagination.items if route.pagination else ""
        route.response_fields = tuple(entity_properties(op, self.api, items))
        route.page_echoes = crud.page_echoes(op, route.pagination, self.api)
        route.deref = deref
        return route

    def _raw_parameters(self, op: Operation) -> dict[str, dict[str, Any]]:
        """Parameter objects as written (the IR keeps no parameter extensions)."""
        spec = self.api.spec
        path_item_pointer = op.pointer.rsplit("/", 1)[0]
        found: dict[str, dict[str, Any]] = {}
        for pointer in (path_item_pointer, op.pointer):
            try:
                node = spec.deref(spec.resolve_pointer(pointer))
            except (KeyError, Exception):
                continue
            for raw in node.get("parameters") or [] if isinstance(node, dict) else []:
                raw = _as_dict(spec.deref(raw))
                if isinstance(raw.get("name"), str):
                    found[raw["name"]] = raw
        return found

    def _id_schema(self, route: Route) -> dict[str, Any]:
        """Schema of the entity id, from the 2xx response of a create (or any) operation."""
        if route.resource is None:
            return {}
        if route.inferred is not None:
            return self._inferred_id_schema(route)
        for other in self.api.operations:
            other_res = other.ext.resource
            if other_res is None or other_res.name != route.resource.name:
                continue
            for response in other.success_responses:
                schema = _as_dict(self.api.spec.deref(response.schema or {}))
                props = _as_dict(schema.get("properties"))
                if route.resource.id_field in props:
                    return _as_dict(self.api.spec.deref(props[route.resource.id_field]))
        return {}

    def _inferred_id_schema(self, route: Route) -> dict[str, Any]:
        assert route.resource is not None
        id_field = route.resource.id_field
        found = entity_properties(route.op, self.api).get(id_field)
        if found is None:
            param = next((p for p in route.op.parameters if p.name == id_field), None)
            found = _as_dict(self.api.spec.deref(param.schema)) if param else {}
        return found

    # -- serving -----------------------------------------------------------------------------
    def handle(
        self,
        method: str,
        raw_path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        base_url: str,
    ) -> Answer:
        """Answer one request, encoded. Never raises."""
        route: Route | None = None
        try:
            route, path_params, query_values = self._routed(method, raw_path, query)
            return self._call(
                route, path_params, query, query_values, headers, body, base_url, raw_path
            )
        except MockError as error:
            return encoded(self.error_reply(route, error))
        except Exception:  # a bug: answer 500 in the vendor's shape, and say so on stderr
            traceback.print_exc(file=sys.stderr)
            return encoded(self.error_reply(route, MockError(500, "internal mock error")))

    def _routed(
        self, method: str, raw_path: str, query: str
    ) -> tuple[Route, dict[str, str], dict[str, list[str]]]:
        """(route, path values, query values) of a request target, remembered for the targets
        clients repeat (the values are shared: read them, never change them)."""
        key = (method, raw_path, query)
        found = self._targets.get(key)
        if found is None:
            query_values = _query_values(query)
            found = (*self._match(method, raw_path, query_values), query_values)
            if len(self._targets) < _TARGETS_KEPT and len(raw_path) + len(query) < 2048:
                self._targets[key] = found
        return found

    def _match(
        self, method: str, raw_path: str, query: dict[str, list[str]]
    ) -> tuple[Route, dict[str, str]]:
        if not raw_path.startswith(self.prefix + "/") and raw_path != self.prefix:
            raise MockError(404, "no such route")
        tail = self.vendor.rewrite_path(method, raw_path[len(self.prefix) :], query)
        for route in self._routes_by_shape.get((method, tail.count("/")), ()):
            match = route.pattern.match(tail)
            if match:
                return route, self._path_values(route, match)
        allowed: list[str] = []
        for route in self.routes:
            match = route.pattern.match(tail)
            if not match:
                continue
            if route.op.method == method:
                return route, self._path_values(route, match)
            allowed.append(route.op.method)
        if allowed:
            raise _MethodNotAllowed(sorted(set(allowed)))
        raise MockError(404, "no such route")

    @staticmethod
    def _path_values(route: Route, match: re.Match[str]) -> dict[str, str]:
        return {
            name: unquote(value, errors="replace") if "%" in value else value
            for name, value in zip(route.path_names, match.groups(), strict=False)
        }

    def _call(
        self,
        route: Route,
        path_params: dict[str, str],
        query: str,
        query_values: dict[str, list[str]],
        headers: dict[str, str],
        raw_body: bytes,
        base_url: str,
        raw_path: str,
    ) -> Answer:
        body, body_error = self._parse_body(route, headers, raw_body)
        body_credential: Any = None
        if route.auth_in_body and isinstance(body, dict):
            body_credential = body.pop(route.auth_in_body, None)
        elif route.auth_in_body and body_error:
            # The credential was to be read from this body: a body that cannot be read is the
            # client's mistake (400), not a missing credential.
            raise MockError(route.invalid_status, body_error)
        self._check_auth(route, headers, query_values, body_credential)
        if body_error:
            raise MockError(route.invalid_status, body_error)
        params = self._params(route, path_params, query_values, headers)
        problem = route.body_validator.problem(body) if body is not NO_BODY else None
        if problem:
            pointer, message = problem
            raise MockError(route.invalid_status, f"body{pointer}: {message}", field=pointer)
        body_value = None if body is NO_BODY else body
        path = raw_path[len(self.prefix) :]
        if route.op.method != "GET":
            return self._run(Call(route, self, params, body_value, base_url, query, path))
        # A read answers the same bytes to the same request for as long as the store holds
        # the same state and the handler reads no clock: such answers are kept, not redone.
        key = (id(route), raw_path, query, base_url, raw_body, _header_values(route, headers))
        with self.store.lock:
            kept = self._kept.get(key, self.store.version)
            if kept is None:
                kept = self._run(Call(route, self, params, body_value, base_url, query, path), key)
        return kept

    def _run(self, call: Call, key: tuple[Any, ...] | None = None) -> Answer:
        """The handler's answer, kept under `key` when the handler changed nothing and read no
        clock."""
        store, clock, route = self.store, self._clock, call.route
        assert route.handler is not None
        with store.lock:
            version, readings = store.version, clock.readings
            with using_clock(clock):
                reply = route.handler(call)
            answer = encoded(self._finish(route, reply))
            if key is not None and store.version == version and clock.readings == readings:
                self._kept.put(key, version, answer)
        return answer

    @staticmethod
    def _parse_body(route: Route, headers: dict[str, str], raw: bytes) -> tuple[Any, str | None]:
        """(body or NO_BODY, problem): problems are reported after the auth check."""
        if route.op.body is None or not raw.strip():
            if route.op.body is not None and route.op.body.required:
                return NO_BODY, "a JSON request body is required"
            return NO_BODY, None
        content_type = headers.get("content-type", "").lower()
        if content_type and "json" not in content_type:
            return NO_BODY, "the request body must be application/json"
        try:
            text = raw.decode(json.detect_encoding(raw), "surrogatepass")
            return _DECODER.decode(text), None
        except (ValueError, RecursionError):
            return NO_BODY, "the request body is not valid JSON"

    def _check_auth(
        self,
        route: Route,
        headers: dict[str, str],
        query: dict[str, list[str]],
        body_credential: Any,
    ) -> None:
        alternatives = self._security[id(route)]
        if not alternatives:
            return
        for needed in alternatives:  # each credential is checked once, in one pass
            if all(check.accepts(headers, query, body_credential) for check in needed):
                return
        raise MockError(route.auth_status, "missing or invalid credentials")

    def _params(
        self,
        route: Route,
        path_params: dict[str, str],
        query: dict[str, list[str]],
        headers: dict[str, str],
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for spec in route.params:
            p = spec.param
            raw: list[str] | None
            if p.location == "path":
                raw = [path_params[p.name]] if p.name in path_params else None
            elif p.location == "query":
                raw = query.get(p.name)
            elif p.location == "header":
                raw = [headers[p.name.lower()]] if p.name.lower() in headers else None
            else:
                continue
            if raw is None:
                if p.required:
                    raise MockError(route.invalid_status, f"{p.name} is required", field=p.name)
                if p.has_default:
                    values[p.name] = p.default
                continue
            explode = p.explode if p.explode is not None else p.location == "query"
            value = (
                coerce_values(raw, p.schema, spec.item_schema, explode)
                if p.location == "query"
                else coerce_text(raw[-1], p.schema)
            )
            problem = spec.validator.problem(value)
            if problem:
                status = route.invalid_path_status if p.location == "path" else route.invalid_status
                raise MockError(status, f"{p.name}: {problem[1]}", field=p.name)
            values[p.name] = value
        return values

    def _finish(self, route: Route, reply: Reply) -> Reply:
        if not route.has_body(reply.status):
            reply.body = NO_BODY
        self._fill_required_headers(route, reply)
        return reply

    def _fill_required_headers(self, route: Route | None, reply: Reply) -> None:
        if route is None:
            return
        required = route.reply_shape(reply.status)[1]
        sent = {h.lower() for h in reply.headers} if required else set()
        for name, header in required:
            if name.lower() in sent:
                continue
            schema = _as_dict(self.api.spec.deref(header.get("schema", {})))
            example = header.get("example", schema.get("example"))
            if isinstance(example, str):
                reply.headers[name] = example

    def error_reply(self, route: Route | None, error: MockError) -> Reply:
        if 200 <= error.status < 300:  # a documented "not found" that answers an empty 2xx
            return Reply(error.status, {})
        if isinstance(error, _MethodNotAllowed):
            return Reply(405, self.vendor.error_body(error), {"Allow": ", ".join(error.allowed)})
        reply = Reply(error.status, self.vendor.error_body(error))
        if route is not None and self.infers_resources:  # no quirks: the documented shape
            reply.body = infer_error_body(route.op, error.status, error.message, self.api)
        if route is not None:
            if not route.has_body(error.status) and route.documents(error.status):
                reply.body = NO_BODY
            self._fill_required_headers(route, reply)
        return reply


class Answer(NamedTuple):
    """A reply as it goes on the wire: status, header pairs and the encoded body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    payload: bytes


# One encoder for every reply: json.dumps with options would build a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def encoded(reply: Reply) -> Answer:
    headers = [
        (k.lower().encode("latin-1"), v.encode("latin-1", "replace"))
        for k, v in reply.headers.items()
    ]
    payload = b""
    if reply.body is not NO_BODY:
        payload = _ENCODER.encode(reply.body).encode()
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(payload)).encode()))
    return Answer(reply.status, headers, payload)


class _KeptAnswers:
    """The answers to reads at one version of the store, up to a bounded size; a newer version
    starts afresh."""

    LIMIT = 32 << 20  # bytes of payload and key text

    def __init__(self) -> None:
        self.version = -1
        self.answers: dict[tuple[Any, ...], Answer] = {}
        self.size = 0

    def get(self, key: tuple[Any, ...], version: int) -> Answer | None:
        return self.answers.get(key) if version == self.version else None

    def put(self, key: tuple[Any, ...], version: int, answer: Answer) -> None:
        size = len(answer.payload) + len(key[1]) + len(key[2]) + len(key[4]) + 256
        if size > self.LIMIT // 8:
            return
        if version != self.version or self.size + size > self.LIMIT:
            self.version, self.answers, self.size = version, {}, 0
        self.answers[key] = answer
        self.size += size


class _WatchedClock:
    """The engine's clock, counting its readings: an answer that read the time is not kept."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.readings = 0

    def now(self) -> datetime:
        self.readings += 1
        return self.clock.now()


def _header_values(route: Route, headers: dict[str, str]) -> tuple[str | None, ...]:
    """The values of the route's header parameters (the only headers a handler sees)."""
    names = route.header_names
    return tuple(headers.get(name) for name in names) if names else ()


class _MethodNotAllowed(MockError):
    def __init__(self, allowed: list[str]) -> None:
        super().__init__(405, "method not allowed")
        self.allowed = allowed


def _container_schema(op: Operation) -> dict[str, Any] | None:
    """The body schema the engine enforces. A partial-failure bulk call (`x-partial-failure`)
    answers bad items one by one, so only its array shape is checked up front."""
    if op.body is None:
        return None
    if op.ext.partial_failure and op.body.schema.get("type") == "array":
        return {"type": "array"}
    return op.body.schema


def _item_schema(op: Operation, deref: Any) -> dict[str, Any] | None:
    if op.body is None or op.body.schema.get("type") != "array":
        return None
    return _as_dict(deref(op.body.schema.get("items", {}))) or None


def _slashes(path: str) -> int:
    """The slashes of a request path that matches the route of `path` (its empty segments
    dropped, as the route's pattern drops them)."""
    segments = [s for s in path.split("/") if s]
    return len(segments) + (1 if path.endswith("/") and segments else 0)


def _segment_regex(segment: str) -> str:
    parts = _PATH_PARAM.split(segment)  # literal, name, literal, name, ...
    return "".join("([^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _query_values(query: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    if "%" in query or "+" in query:
        pairs = parse_qsl(query, keep_blank_values=True, errors="replace")
    else:  # nothing to decode: what parse_qsl would give, without its overhead
        pairs = [part.partition("=")[::2] for part in query.split("&") if part]
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    return values


class _Credential:
    """One security scheme's check, its names resolved once: whether a usable credential was
    sent, i.e. a non-empty one that does not say INVALID (so clients and contract tests can
    provoke the documented 401/403 on purpose)."""

    def __init__(self, scheme: SecurityScheme) -> None:
        self.name = scheme.param_name
        self.header = scheme.param_name.lower()
        self.basic, self.bearer = scheme.kind == "basic", scheme.kind == "bearer"
        before, token, after = (scheme.credential_format or "").partition("{token}")
        self.wrapper = (before.lower(), after, len(before) + len(after)) if token else None
        self._sent = self._sent_in_header
        if scheme.kind == "apiKey" and scheme.location == "query":
            self._sent = self._sent_in_query
        elif scheme.kind == "apiKey" and scheme.location == "cookie":
            self._sent = self._sent_in_cookie

    def accepts(self, headers: dict[str, str], query: dict[str, list[str]], in_body: Any) -> bool:
        header = headers.get(self.header, "")
        in_query = query.get(self.name, ())
        if REJECTED_MARK in header or (isinstance(in_body, str) and REJECTED_MARK in in_body):
            return False
        if in_query and any(REJECTED_MARK in text for text in in_query):
            return False
        if self.basic and REJECTED_MARK in _basic_user(header):
            return False
        return self._sent(headers, header, in_query, in_body)

    def _sent_in_query(
        self, headers: dict[str, str], header: str, in_query: Any, in_body: Any
    ) -> bool:
        sent = (in_query[-1] if in_query else "") or in_body
        return isinstance(sent, str) and bool(sent.strip())

    def _sent_in_cookie(
        self, headers: dict[str, str], header: str, in_query: Any, in_body: Any
    ) -> bool:
        return f"{self.name}=" in headers.get("cookie", "")

    def _sent_in_header(
        self, headers: dict[str, str], header: str, in_query: Any, in_body: Any
    ) -> bool:
        value = header.strip()
        if self.basic:
            return _basic_user(value) != ""
        if self.bearer:
            return value[:7].lower() == "bearer " and bool(value[7:].strip())
        if self.wrapper is not None:
            before, after, length = self.wrapper
            return (
                value.lower().startswith(before) and value.endswith(after) and len(value) > length
            )
        return bool(value)


def _basic_user(value: str) -> str:
    if value[:6].lower() != "basic ":
        return ""
    try:
        decoded = base64.b64decode(value[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return ""
    return decoded.split(":", 1)[0]


def addressable(host: str) -> bool:
    """Whether a Host header may be written into links (else the server's address is)."""
    return _SAFE_HOST.match(host) is not None


def request_base_url(scope: Mapping[str, Any], headers: dict[str, str], prefix: str) -> str:
    """Absolute URL of the API root as the client addressed it (for links such as next_page)."""
    scheme = scope.get("scheme", "http")
    host = headers.get("host", "")
    if not addressable(host):
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scheme}://{host}{scope.get('root_path', '')}{prefix}"


def split_target(scope: Mapping[str, Any]) -> tuple[str, str]:
    """(raw path, query string) of a request, tolerant of any bytes."""
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else scope.get("path", "/")
    path = path.split("?", 1)[0]
    query = scope.get("query_string", b"")
    query_text = query.decode("utf-8", errors="replace") if isinstance(query, bytes) else ""
    if not path.startswith("/"):
        path = urlsplit(path).path or "/"
    return path, query_text
