"""The transport every generated client uses: one request pipeline, with sync and async twins.

Everything that does not touch the network (building requests, applying credentials, masking
secrets, reading responses) lives in `_Pipeline`, so the two clients differ only in how they send
and sleep.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as _dt
import enum
import logging
import re
import time
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, get_args, get_origin
from urllib.parse import quote, quote_plus, urljoin, urlsplit

import httpx
import pydantic

from ._errors import APIError, APIStatusError, ErrorClasses, error_body
from ._pagination import PageRequest, PageWalker, Pagination
from ._partial import PartialFailure, PartialResult, split_results
from ._pointer import resolve
from ._retry import RETRY_EXCEPTIONS, RetryPolicy

T = TypeVar("T")
log = logging.getLogger(__name__.rsplit(".", 2)[0])

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
TimeoutTypes = float | httpx.Timeout | None
QueryItems = list[tuple[str, str | int | float | bool | None]]
MASK = "***"
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
_EMPTY_BODIES = frozenset({b"", b"null", b"{}", b"[]"})


class NotGiven:
    """Marks an argument the caller left out (None is a real value for timeouts)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class SecuritySchemeSpec:
    kind: str  # basic | bearer | apiKey
    location: str = "header"  # header | query | cookie
    name: str = "Authorization"
    password: str | None = None  # fixed basic password, the secret being the user name
    format: str | None = None  # e.g. "WRAP access_token={token}"
    arg_name: str = "credential"
    env_var: str | None = None


@dataclass(frozen=True)
class NotFoundRule:
    """`x-not-found`: an answer that means "no such entity" although it is not a 404."""

    empty_body: bool = False
    status: int | None = None
    pointer: str | None = None
    contains: str | None = None


@dataclass(frozen=True)
class OperationSpec:
    method: str
    path: str
    operation_id: str
    responses: Mapping[str, Any] = field(default_factory=dict)  # status -> type of the body
    security: tuple[tuple[str, ...], ...] = ()
    not_found: tuple[NotFoundRule, ...] = ()
    pagination: Pagination | None = None
    partial_failure: PartialFailure | None = None
    auth_in_body: str | None = None
    body_kind: str = "json"  # json | form | multipart | binary | text
    body_media_type: str | None = None

    @property
    def idempotent(self) -> bool:
        return self.method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from."""

    parsed: T
    http: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers


def to_jsonable(value: Any) -> Any:
    """Plain JSON data from models, dates, enums and containers (wire names kept)."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return _datetime_text(value)
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _datetime_text(value: _dt.datetime) -> str:
    """RFC 3339 in the form strict servers accept: an aware value as UTC with `Z` and at most
    milliseconds (the same instant); a naive one as given."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.isoformat()
    utc = value.astimezone(_dt.timezone.utc)
    spec = "milliseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _query_text(value: Any) -> str:
    """One query, header or path value as text (dates in ISO 8601 with their offset)."""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _query_text(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, _dt.datetime):
        return _datetime_text(value)
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return str(to_jsonable(value))


def _query_items(query: Mapping[str, Any]) -> QueryItems:
    items: QueryItems = []
    for name, value in query.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            items.extend((name, _query_text(v)) for v in value)
        elif isinstance(value, dict):
            items.extend((f"{name}[{k}]", _query_text(v)) for k, v in value.items())
        else:
            items.append((name, _query_text(value)))
    return items


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(kind: Any) -> pydantic.TypeAdapter[Any]:
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = pydantic.TypeAdapter(kind)
    return adapter


def _item_type(kind: Any) -> Any:
    """`X` for a response typed `list[X]`, else the type itself."""
    return get_args(kind)[0] if get_origin(kind) is list and get_args(kind) else kind


class _MaskSecretsInLogs(logging.Filter):
    """httpx logs every request URL at INFO level and httpcore the response headers at DEBUG;
    a credential in the query (or echoed by a server) must not reach a log from there. Every
    live client registers here so its secrets are masked in those loggers' records."""

    def __init__(self) -> None:
        super().__init__()
        self.pipelines: weakref.WeakSet[_Pipeline] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        text = masked = record.getMessage()
        for pipeline in list(self.pipelines):
            masked = pipeline.mask(masked)
        if masked != text:
            record.msg, record.args = masked, None
        return True


_LOG_MASK = _MaskSecretsInLogs()
_TRANSPORT_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
for _name in _TRANSPORT_LOGGERS:
    logging.getLogger(_name).addFilter(_LOG_MASK)


class _Pipeline:
    """Builds requests and reads responses; shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        schemes: Mapping[str, SecuritySchemeSpec],
        credentials: Mapping[str, str | None],
        errors: ErrorClasses,
        timeout: TimeoutTypes,
        retry: RetryPolicy,
        clock: Callable[[], float],
        default_headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.schemes = dict(schemes)
        self.credentials = {k: v for k, v in credentials.items() if v and k in self.schemes}
        self.errors = errors
        self.timeout = timeout
        self.retry = retry
        self.clock = clock
        self.default_headers = dict(default_headers or {})
        self.auth_values = {k: self._auth_value(k, v) for k, v in self.credentials.items()}
        self.secrets = self._secret_forms()
        _LOG_MASK.pipelines.add(self)

    def __repr__(self) -> str:
        return f"<client base_url={self.base_url!r} credentials={sorted(self.credentials)}>"

    # -- secrets -------------------------------------------------------------------------------
    def _auth_value(self, key: str, secret: str) -> str:
        """What goes on the wire for one credential: header value, query or body value."""
        scheme = self.schemes[key]
        if scheme.kind == "basic":
            user, password = secret, scheme.password
            if password is None and ":" in secret:
                user, password = secret.split(":", 1)
            pair = f"{user}:{password or ''}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        if scheme.kind == "bearer":
            return f"Bearer {secret}"
        return scheme.format.replace("{token}", secret) if scheme.format else secret

    def _secret_forms(self) -> list[str]:
        """Every spelling of a secret that may show up in a URL, a body or an echoed header."""
        forms: set[str] = set()
        for key, secret in self.credentials.items():
            forms.update({secret, quote(secret, safe=""), quote_plus(secret)})
            if self.schemes[key].kind == "basic":
                forms.add(self.auth_values[key].removeprefix("Basic "))
        return sorted((f for f in forms if f), key=len, reverse=True)

    def mask(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def mask_data(self, value: Any) -> Any:
        """`value` (a parsed body) with every secret in its strings masked."""
        if isinstance(value, str):
            return self.mask(value)
        if isinstance(value, dict):
            return {self.mask(str(k)): self.mask_data(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.mask_data(v) for v in value]
        return value

    def request_line(self, request: httpx.Request) -> str:
        return self.mask(f"{request.method} {request.url}")

    # -- building ------------------------------------------------------------------------------
    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: OperationSpec,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        target: str | httpx.URL = self._url(op, path) if url is None else self._follow(url)
        if extra_query:
            query = {**(query or {}), **extra_query}
        params = _query_items(query) if query else []
        all_headers = dict(self.default_headers)
        if headers:
            all_headers.update({k: _query_text(v) for k, v in headers.items() if v is not None})
        if cookies:
            jar = {k: _query_text(v) for k, v in cookies.items() if v is not None}
        else:
            jar = {}
        if op.security:
            body = self._apply_auth(op, all_headers, params, jar, body)
        if jar:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        if extra_headers:
            all_headers.update(extra_headers)
        if url is not None and params:  # httpx's params= would replace the link's own query
            target, params = httpx.URL(target).copy_merge_params(params), []
        return http.build_request(
            op.method,
            target,
            params=params or None,
            headers=all_headers,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            **self._content(op, body, all_headers),
        )

    def _url(self, op: OperationSpec, path: Mapping[str, Any] | None) -> str:
        if "{" not in op.path:
            return self.base_url + op.path
        values = path or {}

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if values.get(name) is None:
                raise APIError(f"{op.operation_id}: missing path parameter {name!r}")
            return quote(_query_text(values[name]), safe="")

        return self.base_url + _PATH_PARAM.sub(fill, op.path)

    def _follow(self, url: str) -> str:
        """A next-page link (absolute or relative) may only lead back to the API's own host:
        credentials go with it. Credentials it carries in its query are dropped and applied
        afresh, so a link never sends a stale or foreign secret."""
        absolute = urljoin(self.base_url + "/", url)
        ours, theirs = urlsplit(self.base_url), urlsplit(absolute)
        if (theirs.scheme, theirs.netloc) != (ours.scheme, ours.netloc):
            raise self.errors.invalid_response(
                f"refusing to follow a link to another host: {self.mask(absolute)}"
            )
        drop = {s.name for s in self.schemes.values() if s.location == "query"}
        link = httpx.URL(absolute)
        kept: QueryItems = [(k, v) for k, v in link.params.multi_items() if k not in drop]
        return str(link.copy_with(query=None).copy_merge_params(kept))

    @staticmethod
    def _content(op: OperationSpec, body: Any, headers: dict[str, str]) -> dict[str, Any]:
        if body is None:
            return {}
        if op.body_kind == "json":
            return {"json": to_jsonable(body)}
        if op.body_kind == "form":
            return {"data": to_jsonable(body)}
        if op.body_kind == "multipart":
            data = to_jsonable(body)
            files = {k: v for k, v in data.items() if isinstance(v, bytes | tuple)}
            rest = {k: v for k, v in data.items() if k not in files}
            return {"data": rest, "files": files}
        headers.setdefault("Content-Type", op.body_media_type or "application/octet-stream")
        return {"content": body if isinstance(body, bytes) else str(body).encode()}

    def _apply_auth(
        self,
        op: OperationSpec,
        headers: dict[str, str],
        params: QueryItems,
        cookies: dict[str, str],
        body: Any,
    ) -> Any:
        for key in self._chosen_schemes(op):
            scheme, value = self.schemes[key], self.auth_values[key]
            if scheme.kind in ("basic", "bearer"):
                headers["Authorization"] = value
            elif scheme.location == "query" and op.auth_in_body and op.body_kind == "json":
                body = {**to_jsonable(body or {}), op.auth_in_body: value}
            elif scheme.location == "query":
                params.append((scheme.name, value))
            elif scheme.location == "cookie":
                cookies[scheme.name] = value
            else:
                headers[scheme.name] = value
        return body

    def _chosen_schemes(self, op: OperationSpec) -> tuple[str, ...]:
        for requirement in op.security:
            if all(k in self.credentials for k in requirement):
                return requirement
        options = " or ".join(
            " + ".join(self._credential_hint(k) for k in requirement) for requirement in op.security
        )
        raise self.errors.missing_credentials(f"{op.operation_id} needs credentials: {options}")

    def _credential_hint(self, key: str) -> str:
        scheme = self.schemes.get(key)
        if scheme is None:
            return key
        env = f" (or ${scheme.env_var})" if scheme.env_var else ""
        return f"{scheme.arg_name}=...{env}"

    # -- sending -------------------------------------------------------------------------------
    def log(self, request: httpx.Request, status: int | str, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("%s -> %s in %.1f ms", self.request_line(request), status, elapsed)

    def retry_delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before another try, or None when the call must not be retried."""
        if attempt > self.retry.max_retries:
            return None
        if response is not None and not self.retry.should_retry_status(response.status_code):
            return None
        return self.retry.delay(attempt, response, self.clock())

    def connection_error(self, request: httpx.Request, exc: Exception) -> APIError:
        line = self.request_line(request)
        reason = self.mask(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        if isinstance(exc, httpx.TimeoutException):
            return self.errors.timeout(f"timed out: {line}: {reason}")
        return self.errors.connection(f"connection failed: {line}: {reason}")

    # -- reading -------------------------------------------------------------------------------
    def check(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> None:
        """Raise the error an answer stands for: an error status or a not-found quirk."""
        if response.status_code >= 400 or (op.not_found and self._empty_not_found(op, response)):
            raise self._status_error(op, request, response)

    def read(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> Any:
        """The parsed body of a success, or the error it stands for (raised)."""
        self.check(op, request, response)
        status = response.status_code
        kind = self._body_type(op, status)
        if kind is None or status == 204:
            return None
        if kind is bytes:
            return response.content
        if kind is str:
            return response.text
        if not response.content:
            return None
        try:
            return _adapter(kind).validate_json(response.content)
        except pydantic.ValidationError as exc:
            raise self._invalid(op, exc) from None

    def page_items(
        self,
        op: OperationSpec,
        walker: PageWalker,
        request: httpx.Request,
        response: httpx.Response,
    ) -> tuple[Any, list[Any]]:
        """The body of one page and the raw items in it."""
        self.check(op, request, response)
        body = response.json() if response.content else None
        items = walker.items(body)
        if items is None:
            where = walker.spec.items or "the body"
            line = self.request_line(request)
            raise self.errors.invalid_response(
                f"{op.operation_id}: the page holds no list at {where}: {line}"
            )
        return body, items

    def validate_item(self, op: OperationSpec, adapter: pydantic.TypeAdapter[T], item: Any) -> T:
        try:
            return adapter.validate_python(item)
        except pydantic.ValidationError as exc:
            raise self._invalid(op, exc) from None

    def _invalid(self, op: OperationSpec, exc: pydantic.ValidationError) -> APIError:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        return self.errors.invalid_response(
            self.mask(
                f"{op.operation_id}: the response does not match the spec: {where}: "
                f"{first['msg']} ({exc.error_count()} error(s))"
            )
        )

    def _body_type(self, op: OperationSpec, status: int) -> Any:
        responses = op.responses
        code = str(status)
        if code in responses:
            return responses[code]
        for key in (f"{code[0]}XX", f"{code[0]}xx", "default"):
            if key in responses:
                return responses[key]
        return Any

    def _empty_not_found(self, op: OperationSpec, response: httpx.Response) -> bool:
        """A success whose empty body the spec declares a not-found answer."""
        if not any(rule.empty_body for rule in op.not_found):
            return False
        content = response.content
        return len(content) < 16 and content.strip() in _EMPTY_BODIES

    def _status_not_found(self, op: OperationSpec, status: int, body: Any) -> bool:
        for rule in op.not_found:
            if rule.status != status:
                continue
            found = resolve(body, rule.pointer) if rule.pointer else body
            if rule.contains is None:
                return True
            if found is not None and rule.contains.lower() in str(found).lower():
                return True
        return False

    def _status_error(
        self, op: OperationSpec, request: httpx.Request, response: httpx.Response
    ) -> APIStatusError:
        body = error_body(response)
        status = response.status_code
        if status < 400 or self._status_not_found(op, status, body):
            cls = self.errors.not_found
        else:
            cls = self.errors.for_status(status)
        if self.secrets and any(s in response.text for s in self.secrets):
            body = self.mask_data(body)
        detail = self.mask(str(body))[:300] if body not in (None, "") else response.reason_phrase
        line = self.request_line(request)
        return cls(f"{status} for {line}: {detail}", status=status, body=body, request_line=line)

    def read_partial(
        self, op: OperationSpec, request: httpx.Request, response: httpx.Response, sent: Any
    ) -> PartialResult[Any]:
        """A bulk answer split into succeeded and failed items (one result or a list)."""
        assert op.partial_failure is not None
        self.check(op, request, response)
        raw = response.json() if response.content else []
        raw_items = raw if isinstance(raw, list) else [raw]
        adapter = _adapter(_item_type(self._body_type(op, response.status_code)))
        parsed = [self.validate_item(op, adapter, item) for item in raw_items]
        return split_results(op.partial_failure, raw_items, parsed, to_jsonable(sent))

    def raise_partial(self, op: OperationSpec, result: PartialResult[Any]) -> None:
        if result.failed:
            messages = "; ".join(str(f.message) for f in result.failed[:5])
            raise self.errors.partial_failure(
                self.mask(f"{op.operation_id}: {len(result.failed)} item(s) failed: {messages}"),
                succeeded=result.succeeded,
                failed=result.failed,
            )

    def repeated_page(self, op: OperationSpec, request: httpx.Request) -> None:
        log.warning(
            "%s: the server answered a page it had sent before; stopping: %s",
            op.operation_id,
            self.request_line(request),
        )


class SyncAPIClient:
    """Sends requests with retries and reads the answers (httpx.Client underneath)."""

    def __init__(
        self,
        *,
        base_url: str,
        schemes: Mapping[str, SecuritySchemeSpec],
        credentials: Mapping[str, str | None],
        errors: ErrorClasses,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._pipe = _Pipeline(
            base_url=base_url,
            schemes=schemes,
            credentials=credentials,
            errors=errors,
            timeout=timeout,
            retry=retry_policy or RetryPolicy(max_retries=max_retries),
            clock=clock,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()
        self._sleep = sleep

    def __repr__(self) -> str:
        return repr(self._pipe)

    def close(self) -> None:
        """Close the connection pool (a caller's own `http_client` stays open)."""
        if self._owns_http:
            self._http.close()

    def request(
        self,
        op: OperationSpec,
        *,
        retry: bool | None = None,
        raise_on_partial_failure: bool = False,
        **parts: Any,
    ) -> APIResponse[Any]:
        """One call; `retry` overrides the default (retry only idempotent methods)."""
        pipe = self._pipe
        request = pipe.build(self._http, op, **parts)
        response = self._send(request, op.idempotent if retry is None else retry)
        if op.partial_failure is None:
            return APIResponse(pipe.read(op, request, response), response)
        result = pipe.read_partial(op, request, response, parts.get("body"))
        if raise_on_partial_failure:
            pipe.raise_partial(op, result)
        return APIResponse(result, response)

    def _send(self, request: httpx.Request, retryable: bool) -> httpx.Response:
        pipe = self._pipe
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = self._http.send(request)
            except RETRY_EXCEPTIONS as exc:
                pipe.log(request, type(exc).__name__, started)
                wait = pipe.retry_delay(attempt, None) if retryable else None
                if wait is None:
                    raise pipe.connection_error(request, exc) from None
                self._sleep(wait)
                continue
            except httpx.RequestError as exc:
                raise pipe.connection_error(request, exc) from None
            pipe.log(request, response.status_code, started)
            if retryable and response.status_code >= 400:
                wait = pipe.retry_delay(attempt, response)
                if wait is not None:
                    self._sleep(wait)
                    continue
            return response

    def iterate(self, op: OperationSpec, item_type: Any, **parts: Any) -> Iterator[Any]:
        """Every item of every page of a list operation."""
        assert op.pagination is not None
        pipe = self._pipe
        walker = PageWalker(op.pagination, parts.pop("query", None) or {})
        adapter = _adapter(item_type)
        page: PageRequest | None = walker.first()
        while page is not None:
            request = pipe.build(self._http, op, query=page.query, url=page.url, **parts)
            response = self._send(request, op.idempotent)
            body, items = pipe.page_items(op, walker, request, response)
            if walker.repeated(items):
                pipe.repeated_page(op, request)
                return
            for item in items:
                yield pipe.validate_item(op, adapter, item)
            page = walker.next(body, items)


class AsyncAPIClient:
    """The async twin of SyncAPIClient (httpx.AsyncClient underneath)."""

    def __init__(
        self,
        *,
        base_url: str,
        schemes: Mapping[str, SecuritySchemeSpec],
        credentials: Mapping[str, str | None],
        errors: ErrorClasses,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._pipe = _Pipeline(
            base_url=base_url,
            schemes=schemes,
            credentials=credentials,
            errors=errors,
            timeout=timeout,
            retry=retry_policy or RetryPolicy(max_retries=max_retries),
            clock=clock,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()
        self._sleep = sleep

    def __repr__(self) -> str:
        return repr(self._pipe)

    async def close(self) -> None:
        """Close the connection pool (a caller's own `http_client` stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def request(
        self,
        op: OperationSpec,
        *,
        retry: bool | None = None,
        raise_on_partial_failure: bool = False,
        **parts: Any,
    ) -> APIResponse[Any]:
        """One call; `retry` overrides the default (retry only idempotent methods)."""
        pipe = self._pipe
        request = pipe.build(self._http, op, **parts)
        response = await self._send(request, op.idempotent if retry is None else retry)
        if op.partial_failure is None:
            return APIResponse(pipe.read(op, request, response), response)
        result = pipe.read_partial(op, request, response, parts.get("body"))
        if raise_on_partial_failure:
            pipe.raise_partial(op, result)
        return APIResponse(result, response)

    async def _send(self, request: httpx.Request, retryable: bool) -> httpx.Response:
        pipe = self._pipe
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = await self._http.send(request)
            except RETRY_EXCEPTIONS as exc:
                pipe.log(request, type(exc).__name__, started)
                wait = pipe.retry_delay(attempt, None) if retryable else None
                if wait is None:
                    raise pipe.connection_error(request, exc) from None
                await self._sleep(wait)
                continue
            except httpx.RequestError as exc:
                raise pipe.connection_error(request, exc) from None
            pipe.log(request, response.status_code, started)
            if retryable and response.status_code >= 400:
                wait = pipe.retry_delay(attempt, response)
                if wait is not None:
                    await self._sleep(wait)
                    continue
            return response

    async def iterate(self, op: OperationSpec, item_type: Any, **parts: Any) -> AsyncIterator[Any]:
        """Every item of every page of a list operation."""
        assert op.pagination is not None
        pipe = self._pipe
        walker = PageWalker(op.pagination, parts.pop("query", None) or {})
        adapter = _adapter(item_type)
        page: PageRequest | None = walker.first()
        while page is not None:
            request = pipe.build(self._http, op, query=page.query, url=page.url, **parts)
            response = await self._send(request, op.idempotent)
            body, items = pipe.page_items(op, walker, request, response)
            if walker.repeated(items):
                pipe.repeated_page(op, request)
                return
            for item in items:
                yield pipe.validate_item(op, adapter, item)
            page = walker.next(body, items)
