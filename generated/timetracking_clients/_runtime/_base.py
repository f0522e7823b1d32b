"""The transport every generated client uses: one request pipeline, with sync and async twins.

Everything that does not touch the network (building requests, applying credentials, masking
secrets, reading responses) lives in `_Pipeline`, so the two clients differ only in how they send
and sleep.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import enum
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import quote, urlsplit

import httpx
import pydantic

from ._errors import APIError, APIStatusError, ErrorClasses, error_body
from ._pagination import PageRequest, PageWalker, Pagination
from ._partial import PartialFailure, PartialResult, split_results
from ._pointer import resolve
from ._retry import RetryPolicy

T = TypeVar("T")
log = logging.getLogger(__name__.rsplit(".", 2)[0])

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
TimeoutTypes = float | httpx.Timeout | None
QueryItems = list[tuple[str, str | int | float | bool | None]]
MASK = "***"
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


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
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _query_text(value: Any) -> str:
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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
        self.credentials = {k: v for k, v in credentials.items() if v}
        self.errors = errors
        self.timeout = timeout
        self.retry = retry
        self.clock = clock
        self.default_headers = dict(default_headers or {})
        self.secrets = sorted(self.credentials.values(), key=len, reverse=True)

    def __repr__(self) -> str:
        return f"<client base_url={self.base_url!r} credentials={sorted(self.credentials)}>"

    # -- secrets -------------------------------------------------------------------------------
    def mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK).replace(quote(secret, safe=""), MASK)
        return text

    def request_line(self, request: httpx.Request) -> str:
        return self.mask(f"{request.method} {request.url}")

    # -- building ------------------------------------------------------------------------------
    def build(
        self,
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
        target = self._url(op, path or {}) if url is None else self._same_origin(url)
        params = _query_items({**(query or {}), **(extra_query or {})})
        all_headers = {**self.default_headers}
        all_headers.update({k: _query_text(v) for k, v in (headers or {}).items() if v is not None})
        jar = {k: _query_text(v) for k, v in (cookies or {}).items() if v is not None}
        body = self._apply_auth(op, all_headers, params, jar, body)
        all_headers.update(extra_headers or {})
        if jar:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        timeout_value = self.timeout if isinstance(timeout, NotGiven) else timeout
        return httpx.Request(
            op.method,
            httpx.URL(target).copy_merge_params(params) if params else target,
            headers=all_headers,
            extensions={"timeout": httpx.Timeout(timeout_value).as_dict()},
            **self._content(op, body),
        )

    def _url(self, op: OperationSpec, path: Mapping[str, Any]) -> str:
        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if path.get(name) is None:
                raise APIError(f"{op.operation_id}: missing path parameter {name!r}")
            return quote(_query_text(path[name]), safe="")

        return self.base_url + _PATH_PARAM.sub(fill, op.path)

    def _same_origin(self, url: str) -> str:
        """A next-page link may only lead back to the API's own host: credentials go with it."""
        ours, theirs = urlsplit(self.base_url), urlsplit(url)
        if (theirs.scheme, theirs.netloc) != (ours.scheme, ours.netloc):
            raise APIError(f"refusing to follow a link to another host: {self.mask(url)}")
        drop = {s.name for s in self.schemes.values() if s.location == "query"}
        kept: QueryItems = [(k, v) for k, v in httpx.URL(url).params.multi_items() if k not in drop]
        return str(httpx.URL(url).copy_with(query=None).copy_merge_params(kept))

    def _content(self, op: OperationSpec, body: Any) -> dict[str, Any]:
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
        content = body if isinstance(body, bytes) else str(body).encode()
        media = op.body_media_type or "application/octet-stream"
        return {"content": content, "headers": {"Content-Type": media}}

    def _apply_auth(
        self,
        op: OperationSpec,
        headers: dict[str, str],
        params: QueryItems,
        cookies: dict[str, str],
        body: Any,
    ) -> Any:
        for key in self._chosen_schemes(op):
            scheme, secret = self.schemes[key], self.credentials[key]
            if scheme.kind == "basic":
                user, password = secret, scheme.password
                if password is None and ":" in secret:
                    user, password = secret.split(":", 1)
                token = httpx.BasicAuth(user, password or "")._auth_header
                headers["Authorization"] = token
            elif scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
            else:
                value = scheme.format.replace("{token}", secret) if scheme.format else secret
                if scheme.location == "query" and op.auth_in_body and op.body_kind == "json":
                    body = {**to_jsonable(body or {}), op.auth_in_body: value}
                elif scheme.location == "query":
                    params.append((scheme.name, value))
                elif scheme.location == "cookie":
                    cookies[scheme.name] = value
                else:
                    headers[scheme.name] = value
        return body

    def _chosen_schemes(self, op: OperationSpec) -> tuple[str, ...]:
        if not op.security:
            return ()
        for requirement in op.security:
            if all(k in self.credentials and k in self.schemes for k in requirement):
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
        return f"{scheme.arg_name}={env}"

    # -- reading -------------------------------------------------------------------------------
    def log(self, request: httpx.Request, status: int | str, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("%s -> %s in %.1f ms", self.request_line(request), status, elapsed)

    def read(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> Any:
        """The parsed body of a success, or the error it stands for (raised)."""
        status = response.status_code
        if status >= 400 or self._matches_not_found(op, response):
            raise self._status_error(op, request, response)
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
            raise APIError(
                f"{op.operation_id}: the response does not match the spec: "
                f"{self.mask(str(exc).splitlines()[0])} ({exc.error_count()} error(s))"
            ) from None

    def _body_type(self, op: OperationSpec, status: int) -> Any:
        code = str(status)
        for key in (code, f"{code[0]}XX", f"{code[0]}xx", "default"):
            if key in op.responses:
                return op.responses[key]
        return Any

    def _matches_not_found(self, op: OperationSpec, response: httpx.Response) -> bool:
        if not op.not_found:
            return False
        body = error_body(response)
        for rule in op.not_found:
            if rule.empty_body and response.status_code < 300 and body in (None, "", {}, []):
                return True
            if rule.status == response.status_code:
                found = resolve(body, rule.pointer) if rule.pointer else body
                if rule.contains is None or rule.contains.lower() in str(found).lower():
                    return True
        return False

    def _status_error(
        self, op: OperationSpec, request: httpx.Request, response: httpx.Response
    ) -> APIStatusError:
        body = error_body(response)
        status = response.status_code
        cls = (
            self.errors.not_found
            if self._matches_not_found(op, response)
            else self.errors.for_status(status)
        )
        detail = self.mask(str(body))[:300] if body not in (None, "") else response.reason_phrase
        line = self.request_line(request)
        return cls(f"{status} for {line}: {detail}", status=status, body=body, request_line=line)

    def connection_error(self, request: httpx.Request, exc: Exception) -> APIError:
        line = self.request_line(request)
        if isinstance(exc, httpx.TimeoutException):
            return self.errors.timeout(f"timed out: {line}")
        return self.errors.connection(f"connection failed: {line}: {type(exc).__name__}")

    def partial(self, op: OperationSpec, response: httpx.Response, parsed: Any, sent: Any) -> Any:
        assert op.partial_failure is not None
        items = parsed if isinstance(parsed, list) else [parsed]
        raw = response.json()
        result: PartialResult[Any] = split_results(
            op.partial_failure, raw, items, to_jsonable(sent)
        )
        return result

    def raise_partial(self, op: OperationSpec, result: PartialResult[Any]) -> None:
        if result.failed:
            messages = "; ".join(str(f.message) for f in result.failed[:5])
            raise self.errors.partial_failure(
                self.mask(f"{op.operation_id}: {len(result.failed)} item(s) failed: {messages}"),
                succeeded=result.succeeded,
                failed=result.failed,
            )


def _retry_allowed(op: OperationSpec, retry: bool | None) -> bool:
    return op.idempotent if retry is None else retry


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
        self._http = http_client or httpx.Client()
        self._sleep = sleep

    def __repr__(self) -> str:
        return repr(self._pipe)

    def close(self) -> None:
        self._http.close()

    def request(
        self,
        op: OperationSpec,
        *,
        retry: bool | None = None,
        raise_on_partial_failure: bool = False,
        **parts: Any,
    ) -> APIResponse[Any]:
        request = self._pipe.build(op, **parts)
        response = self._send(op, request, _retry_allowed(op, retry))
        parsed = self._pipe.read(op, request, response)
        if op.partial_failure is not None:
            parsed = self._pipe.partial(op, response, parsed, parts.get("body"))
            if raise_on_partial_failure:
                self._pipe.raise_partial(op, parsed)
        return APIResponse(parsed, response)

    def _send(self, op: OperationSpec, request: httpx.Request, retryable: bool) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            can_retry = retryable and attempt <= self._pipe.retry.max_retries
            try:
                response = self._http.send(request)
                response.read()
            except httpx.TransportError as exc:
                self._pipe.log(request, type(exc).__name__, started)
                if not can_retry:
                    raise self._pipe.connection_error(request, exc) from None
                self._sleep(self._pipe.retry.delay(attempt, None, self._pipe.clock()))
                continue
            self._pipe.log(request, response.status_code, started)
            if can_retry and self._pipe.retry.should_retry_status(response.status_code):
                self._sleep(self._pipe.retry.delay(attempt, response, self._pipe.clock()))
                continue
            return response

    def iterate(self, op: OperationSpec, item_type: Any, **parts: Any) -> Iterator[Any]:
        """Every item of every page of a list operation."""
        assert op.pagination is not None
        walker = PageWalker(op.pagination, parts.pop("query", None) or {})
        page: PageRequest | None = walker.first()
        adapter = _adapter(item_type)
        while page is not None:
            request = self._pipe.build(op, query=page.query, url=page.url, **parts)
            response = self._send(op, request, True)
            self._pipe.read(op, request, response)
            body = response.json() if response.content else None
            items = walker.items(body)
            for item in items:
                yield adapter.validate_python(item)
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
        self._http = http_client or httpx.AsyncClient()
        self._sleep = sleep

    def __repr__(self) -> str:
        return repr(self._pipe)

    async def close(self) -> None:
        await self._http.aclose()

    async def request(
        self,
        op: OperationSpec,
        *,
        retry: bool | None = None,
        raise_on_partial_failure: bool = False,
        **parts: Any,
    ) -> APIResponse[Any]:
        request = self._pipe.build(op, **parts)
        response = await self._send(op, request, _retry_allowed(op, retry))
        parsed = self._pipe.read(op, request, response)
        if op.partial_failure is not None:
            parsed = self._pipe.partial(op, response, parsed, parts.get("body"))
            if raise_on_partial_failure:
                self._pipe.raise_partial(op, parsed)
        return APIResponse(parsed, response)

    async def _send(
        self, op: OperationSpec, request: httpx.Request, retryable: bool
    ) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            can_retry = retryable and attempt <= self._pipe.retry.max_retries
            try:
                response = await self._http.send(request)
                await response.aread()
            except httpx.TransportError as exc:
                self._pipe.log(request, type(exc).__name__, started)
                if not can_retry:
                    raise self._pipe.connection_error(request, exc) from None
                await self._sleep(self._pipe.retry.delay(attempt, None, self._pipe.clock()))
                continue
            self._pipe.log(request, response.status_code, started)
            if can_retry and self._pipe.retry.should_retry_status(response.status_code):
                await self._sleep(self._pipe.retry.delay(attempt, response, self._pipe.clock()))
                continue
            return response

    async def iterate(self, op: OperationSpec, item_type: Any, **parts: Any) -> AsyncIterator[Any]:
        assert op.pagination is not None
        walker = PageWalker(op.pagination, parts.pop("query", None) or {})
        page: PageRequest | None = walker.first()
        adapter = _adapter(item_type)
        while page is not None:
            request = self._pipe.build(op, query=page.query, url=page.url, **parts)
            response = await self._send(op, request, True)
            self._pipe.read(op, request, response)
            body = response.json() if response.content else None
            items = walker.items(body)
            for item in items:
                yield adapter.validate_python(item)
            page = walker.next(body, items)
