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
import os
import re
import time
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Generic, TypeVar, get_args, get_origin
from urllib.parse import quote, quote_plus, urljoin, urlsplit

import httpx
import pydantic
import pydantic_core

from ._deviations import Deviations, lax_type, recording
from ._errors import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    APIConnectionError,
    MissingCredentialsError,
    NotFoundError,
    PartialFailureError,
    ResponseTooLargeError,
    error_body,
    error_class,
    error_detail,
)
from ._pagination import PageRequest, PageWalker, Pagination
from ._partial import PartialFailure, PartialResult, split_results
from ._pointer import resolve
from ._retry import RETRY_EXCEPTIONS, RetryPolicy

T = TypeVar("T")
log = logging.getLogger(__name__.rsplit(".", 2)[0])

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_TOTAL_TIMEOUT = 120.0  # one attempt, headers to last byte: a dripping body ends here
DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024  # after decompression
DEFAULT_MAX_PAGES = 10_000
MAX_REDIRECTS = 5
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


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a key of per-client plans
class OperationSpec:
    method: str
    path: str
    operation_id: str
    responses: Mapping[str, Any] = field(default_factory=dict)  # status -> type of the body
    errors: Mapping[str, Any] = field(default_factory=dict)  # error status -> documented body
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


class APIResponse(Generic[T]):
    """The HTTP answer to one call; `parse()` reads it into what the plain method returns.

    An error status has already been raised when you hold one of these.
    """

    __slots__ = ("_parsed", "_parser", "http_response", "retries_taken")

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[], T], retries_taken: int = 0
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser
        self._parsed: list[T] = []

    def parse(self) -> T:
        """The body as the operation's return type (read once, then kept)."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def elapsed(self) -> _dt.timedelta:
        """From sending the request to reading the last byte of the answer."""
        return self.http_response.elapsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse {self.status_code} {request.method}>"


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
    a credential must not reach a log from there. URLs are masked by position (the query
    parameters that carry a credential); text a server sent is scrubbed of every live client's
    secrets, since an echo has no position of ours."""

    def __init__(self) -> None:
        super().__init__()
        self.pipelines: weakref.WeakSet[_Pipeline] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        pipelines = list(self.pipelines)
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(_mask_arg(arg, pipelines) for arg in record.args)
            return True
        text = masked = record.getMessage()
        for pipeline in pipelines:
            masked = pipeline.mask(masked)
        if masked != text:
            record.msg, record.args = masked, None
        return True


def _mask_arg(arg: Any, pipelines: list[_Pipeline]) -> Any:
    if not isinstance(arg, httpx.URL):
        return arg
    for pipeline in pipelines:
        arg = httpx.URL(pipeline.mask_url(arg))
    return str(arg)


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


def server_url(template: str, variables: Mapping[str, str | None]) -> str:
    """The server URL with its variables filled in; one without a value is a one-line error."""
    url = template
    for name, value in variables.items():
        if value is None:
            raise APIError(f"the server URL {template} needs {name}=... (or base_url=...)")
        url = url.replace("{" + name + "}", value)
    return url


@dataclass(frozen=True)
class Limits:
    """Bounds on what one call may cost, whatever the server does."""

    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_pages: int = DEFAULT_MAX_PAGES


class _Pipeline:
    """Builds requests and reads responses; shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        schemes: Mapping[str, SecuritySchemeSpec],
        credentials: Mapping[str, str | None],
        timeout: TimeoutTypes,
        retry: RetryPolicy,
        clock: Callable[[], float],
        default_headers: Mapping[str, str] | None,
        strict: bool,
        limits: Limits,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.schemes = dict(schemes)
        self.credentials = self._resolve(credentials)
        self.timeout = timeout
        self.timeout_phases = httpx.Timeout(timeout).as_dict()  # built once, not per call
        self.retry = retry
        self.clock = clock
        self.default_headers = dict(default_headers or {})
        self.strict = strict
        self.limits = limits
        self.deviations = Deviations()
        self.auth_values = {k: self._auth_value(k, v) for k, v in self.credentials.items()}
        self.secrets = self._secret_forms()
        self.query_secrets = {
            s.name
            for k, s in self.schemes.items()
            if s.location == "query" and s.kind not in ("basic", "bearer")
        }
        self.header_secrets = {"authorization", "cookie", "proxy-authorization"} | {
            s.name.lower() for s in self.schemes.values() if s.location == "header"
        }
        self._placements: dict[OperationSpec, _Placement] = {}
        self._fixed_urls: dict[OperationSpec, httpx.URL] = {}
        _LOG_MASK.pipelines.add(self)

    def _resolve(self, credentials: Mapping[str, str | None]) -> dict[str, str]:
        """The credentials given, else those in the schemes' environment variables."""
        found: dict[str, str] = {}
        for key, scheme in self.schemes.items():
            value = credentials.get(key)
            if value is None and scheme.env_var:
                value = os.environ.get(scheme.env_var)
            if value:
                found[key] = value
        return found

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
        """Every spelling of a secret a server may echo back into its answer."""
        forms: set[str] = set()
        for key, secret in self.credentials.items():
            forms.update({secret, quote(secret, safe=""), quote_plus(secret)})
            if self.schemes[key].kind == "basic":
                forms.add(self.auth_values[key].removeprefix("Basic "))
        return sorted((f for f in forms if f), key=len, reverse=True)

    def mask(self, text: str) -> str:
        """Server text (an echo has no position of ours) with our secrets scrubbed."""
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

    def mask_url(self, url: httpx.URL) -> str:
        """The URL with the query parameters that carry a credential masked, and any
        user:password dropped: by position, whatever the secret's text."""
        if url.userinfo:
            url = url.copy_with(username=None, password=None)
        if not url.query or not self.query_secrets:
            return str(url)
        items: QueryItems = [
            (k, MASK if k in self.query_secrets else v) for k, v in url.params.multi_items()
        ]
        text = str(url.copy_with(query=None).copy_merge_params(items))
        return text.replace(quote_plus(MASK), MASK)

    def request_line(self, request: httpx.Request) -> str:
        return f"{request.method} {self.mask_url(request.url)}"

    def masked_request(self, request: httpx.Request) -> httpx.Request:
        """A copy of `request` for errors: credential headers, query parameters masked, no body."""
        headers = [
            (k, MASK if k.lower() in self.header_secrets else v)
            for k, v in request.headers.multi_items()
        ]
        return httpx.Request(request.method, self.mask_url(request.url), headers=headers)

    def masked_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        headers = [
            (k, self.mask(v))
            for k, v in response.headers.multi_items()
            if k.lower() != "content-encoding"  # the content below is already decoded
        ]
        content = response.content
        if self.secrets and any(s in response.text for s in self.secrets):
            content = self.mask(response.text).encode()
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=content,
            request=self.masked_request(request),
            extensions={"reason_phrase": response.reason_phrase.encode()},
        )

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
        placed = self._placement(op)
        if headers:  # the call's header parameters, then the credential headers over them
            given = {k: _query_text(v) for k, v in headers.items() if v is not None}
            all_headers = {**self.default_headers, **given, **placed.credential_headers}
        else:
            all_headers = dict(placed.headers)
        params += placed.query
        jar = {k: _query_text(v) for k, v in cookies.items() if v is not None} if cookies else {}
        jar.update(placed.cookies)
        if placed.body:
            body = {**to_jsonable(body or {}), **placed.body}
        if jar:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        if extra_headers:
            all_headers.update(extra_headers)
        if params and url is not None:  # httpx's params= would replace the link's own query
            target, params = httpx.URL(target).copy_merge_params(params), []
        elif params and not http.params:  # in the URL text, httpx parses the URL once, not twice
            target, params = f"{target}?{httpx.QueryParams(params)}", []
        elif not params and url is None and "{" not in op.path:
            target = self._fixed_url(op)
        return http.build_request(
            op.method,
            target,
            params=params or None,
            headers=all_headers,
            extensions=self._timeouts(timeout),
            **self._content(op, body, all_headers),
        )

    def _timeouts(self, timeout: TimeoutTypes | NotGiven) -> dict[str, Any]:
        """The request's timeout extensions: httpx's per-phase ones and our whole-attempt one."""
        if isinstance(timeout, NotGiven):
            return {"timeout": self.timeout_phases}
        phases = httpx.Timeout(timeout).as_dict()
        return {"timeout": phases, "total_timeout": _total(timeout, self.limits.total_timeout)}

    def _fixed_url(self, op: OperationSpec) -> httpx.URL:
        """The URL of an operation without path parameters, parsed on its first call only."""
        fixed = self._fixed_urls.get(op)
        if fixed is None:
            fixed = self._fixed_urls[op] = httpx.URL(self.base_url + op.path)
        return fixed

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

    def _same_origin(self, url: str) -> str | None:
        """`url` made absolute, or None when it leads to another host than the API's."""
        absolute = urljoin(self.base_url + "/", url)
        ours, theirs = urlsplit(self.base_url), urlsplit(absolute)
        return absolute if (theirs.scheme, theirs.netloc) == (ours.scheme, ours.netloc) else None

    def _follow(self, url: str) -> str:
        """A next-page link (absolute or relative) may only lead back to the API's own host:
        credentials go with it. Credentials it carries in its query are dropped and applied
        afresh, so a link never sends a stale or foreign secret."""
        absolute = self._same_origin(url)
        if absolute is None:
            shown = self.mask_url(httpx.URL(urljoin(self.base_url + "/", url)))
            raise APIResponseValidationError(f"refusing to follow a link to another host: {shown}")
        link = httpx.URL(absolute)
        kept: QueryItems = [
            (k, v) for k, v in link.params.multi_items() if k not in self.query_secrets
        ]
        return str(link.copy_with(query=None).copy_merge_params(kept))

    def redirect(
        self,
        http: httpx.Client | httpx.AsyncClient,
        request: httpx.Request,
        response: httpx.Response,
    ) -> httpx.Request | None:
        """The request a redirect leads to when it stays on the API's host, else None (the 3xx
        then reaches the caller as a RedirectError; credentials never go to another host)."""
        location = response.headers.get("location")
        target = self._same_origin(location) if location else None
        if target is None:
            return None
        method, content = request.method, request.content
        if response.status_code == 303 or (response.status_code in (301, 302) and method == "POST"):
            method, content = "GET", b""
        headers = [
            (k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"
        ]
        redirected = http.build_request(method, target, headers=headers, content=content or None)
        redirected.extensions = dict(request.extensions)
        return redirected

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

    def _placement(self, op: OperationSpec) -> _Placement:
        """Where `op`'s credentials go with this client's: worked out on its first call."""
        placed = self._placements.get(op)
        if placed is None:
            placed = self._placements[op] = self._place(op)
        return placed

    def _place(self, op: OperationSpec) -> _Placement:
        placed = _Placement()
        for key in self._chosen_schemes(op) if op.security else ():
            scheme, value = self.schemes[key], self.auth_values[key]
            if scheme.kind in ("basic", "bearer"):
                placed.credential_headers["Authorization"] = value
            elif scheme.location == "query" and op.auth_in_body and op.body_kind == "json":
                placed.body[op.auth_in_body] = value
            elif scheme.location == "query":
                placed.query.append((scheme.name, value))
            elif scheme.location == "cookie":
                placed.cookies[scheme.name] = value
            else:
                placed.credential_headers[scheme.name] = value
        placed.headers.update(self.default_headers)
        placed.headers.update(placed.credential_headers)
        return placed

    def _chosen_schemes(self, op: OperationSpec) -> tuple[str, ...]:
        for requirement in op.security:
            if all(k in self.credentials for k in requirement):
                return requirement
        options = " or ".join(
            " + ".join(self._credential_hint(k) for k in requirement) for requirement in op.security
        )
        raise MissingCredentialsError(f"{op.operation_id} needs credentials: {options}")

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

    def deadline(self, request: httpx.Request) -> float | None:
        total = request.extensions.get("total_timeout", self.limits.total_timeout)
        return None if total is None else time.monotonic() + total

    def check_size(self, request: httpx.Request, response: httpx.Response, size: int) -> None:
        """Raise when an answer is (or announces itself) larger than the client accepts."""
        limit = self.limits.max_response_bytes
        if size > limit:
            response.close()
            raise ResponseTooLargeError(
                f"the answer is larger than max_response_bytes={limit}: {self.request_line(request)}"
            )

    def check_announced_size(self, request: httpx.Request, response: httpx.Response) -> None:
        length = response.headers.get("content-length", "")
        too_large = length.isdigit() and int(length) > self.limits.max_response_bytes
        if too_large and "content-encoding" not in response.headers:
            self.check_size(request, response, int(length))

    def check_deadline(
        self, request: httpx.Request, response: httpx.Response, deadline: float | None
    ) -> None:
        if deadline is not None and time.monotonic() > deadline:
            response.close()
            raise APITimeoutError(
                f"timed out: the whole call took longer than its total timeout: "
                f"{self.request_line(request)}"
            )

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
            return APITimeoutError(f"timed out: {line}: {reason}")
        if isinstance(exc, httpx.DecodingError):
            return APIResponseValidationError(f"the answer cannot be decoded: {line}: {reason}")
        return APIConnectionError(f"connection failed: {line}: {reason}")

    # -- reading -------------------------------------------------------------------------------
    def check(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> None:
        """Raise the error an answer stands for: an error status, a redirect not followed, or
        a not-found quirk."""
        status = response.status_code
        if status >= 300 or (op.not_found and self._empty_not_found(op, response)):
            raise self._status_error(op, request, response)

    def parser(
        self, op: OperationSpec, request: httpx.Request, response: httpx.Response
    ) -> Callable[[], Any]:
        if op.partial_failure is not None:
            return partial(self.read_partial, op, request, response)
        return partial(self.read, op, request, response)

    def read(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> Any:
        """The parsed body of a success."""
        status = response.status_code
        kind = self._body_type(op, status)
        if kind is None or status == 204:
            return None
        if kind is bytes:
            return response.content
        if kind is str:
            return self.text(op, request, response)
        if not response.content:
            return None
        with recording() as found:
            try:
                value = _adapter(kind).validate_json(response.content)
            except pydantic.ValidationError as exc:
                value = self._lax(op, request, kind, self.json(op, request, response), exc)
        if found:
            self.deviate(op, request, found)
        return value

    def text(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> str:
        try:
            return response.content.decode(response.encoding or "utf-8")
        except (UnicodeDecodeError, LookupError):
            raise APIResponseValidationError(
                f"{op.operation_id}: the answer is not valid text: {self.request_line(request)}"
            ) from None

    def json(self, op: OperationSpec, request: httpx.Request, response: httpx.Response) -> Any:
        """The JSON body; invalid UTF-8 or JSON (a truncated answer) is our validation error."""
        if not response.content:
            return None
        try:
            return pydantic_core.from_json(response.content)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both
            raise APIResponseValidationError(
                f"{op.operation_id}: the answer is not valid JSON ({type(exc).__name__} at "
                f"byte {getattr(exc, 'pos', getattr(exc, 'start', '?'))}): "
                f"{self.request_line(request)}"
            ) from None

    def _lax(
        self,
        op: OperationSpec,
        request: httpx.Request,
        kind: Any,
        data: Any,
        exc: pydantic.ValidationError,
    ) -> Any:
        """A lax read of a body whose only faults are nulls the spec calls non-nullable (each
        counted): a field with a default gets its default, a required field is kept as None;
        anything else is an error."""
        errors = exc.errors(include_url=False)
        if self.strict or not all(e.get("input", ...) is None and e["loc"] for e in errors):
            raise self._invalid(op, request, exc) from None
        for error in errors:
            _drop(data, error["loc"])
        try:
            value = _adapter(lax_type(kind)).validate_python(data)
        except pydantic.ValidationError:
            raise self._invalid(op, request, exc) from None
        for error in errors:
            self.deviations.add("null where not nullable", _where(op, error["loc"]))
        return value

    def deviate(self, op: OperationSpec, request: httpx.Request, found: list[str]) -> None:
        """Count what a body held beyond the spec; in strict mode, refuse it."""
        for entry in found:
            kind, where = entry.split("\0", 1)
            self.deviations.add(kind, where)
        if self.strict:
            listed = "; ".join(sorted({e.replace("\0", ": ") for e in found})[:5])
            raise APIResponseValidationError(
                self.mask(
                    f"{op.operation_id}: the answer holds what the spec does not document "
                    f"(strict mode): {listed} ({self.request_line(request)})"
                )
            )

    def page_items(
        self, op: OperationSpec, walker: PageWalker, request: httpx.Request, body: Any
    ) -> list[Any]:
        """The items of one page (its body read as the operation's response type)."""
        items = walker.items(body)
        if items is None:
            where = walker.spec.items or "the body"
            line = self.request_line(request)
            raise APIResponseValidationError(
                f"{op.operation_id}: the page holds no list at {where}: {line}"
            )
        return items

    def validate_items(
        self, op: OperationSpec, request: httpx.Request, kind: Any, items: list[Any]
    ) -> list[Any]:
        adapter = _adapter(kind)
        with recording() as found:
            try:
                parsed = [adapter.validate_python(item) for item in items]
            except pydantic.ValidationError:
                found.clear()  # read again, item by item: count nothing twice
                parsed = [self._item(op, request, kind, item) for item in items]
        if found:
            self.deviate(op, request, found)
        return parsed

    def _item(self, op: OperationSpec, request: httpx.Request, kind: Any, item: Any) -> Any:
        try:
            return _adapter(kind).validate_python(item)
        except pydantic.ValidationError as exc:
            return self._lax(op, request, kind, item, exc)

    def _invalid(
        self, op: OperationSpec, request: httpx.Request, exc: pydantic.ValidationError
    ) -> APIError:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        return APIResponseValidationError(
            self.mask(
                f"{op.operation_id}: the response does not match the spec: {where}: "
                f"{first['msg']} ({exc.error_count()} error(s)) ({self.request_line(request)})"
            )
        )

    def _body_type(
        self, op: OperationSpec, status: int, types: Mapping[str, Any] | None = None
    ) -> Any:
        responses = op.responses if types is None else types
        code = str(status)
        if code in responses:
            return responses[code]
        for key in (f"{code[0]}XX", f"{code[0]}xx", "default"):
            if key in responses:
                return responses[key]
        return Any if types is None else None

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
        raw = error_body(response)
        status = response.status_code
        if self.secrets and any(s in response.text for s in self.secrets):
            raw = self.mask_data(raw)
        line = self.request_line(request)
        masked = self.masked_response(request, response)
        if status < 300:
            path = self.mask_url(request.url.copy_with(query=None))
            message = (
                f"404 Not Found: {op.operation_id} found nothing at {path} (the API answers "
                f"{status} {response.reason_phrase} with an empty body for that) ({line})"
            )
            return NotFoundError(message, response=masked, body=raw)
        cls = NotFoundError if self._status_not_found(op, status, raw) else error_class(status)
        if 300 <= status < 400:
            where = response.headers.get("location")
            target = self.mask_url(httpx.URL(where)) if where else "no Location"
            detail = f"redirect to {target} not followed (credentials stay on the API's host)"
        else:
            detail = self.mask(error_detail(raw))[:300] if raw not in (None, "") else ""
        head = f"{status} {response.reason_phrase}"
        message = f"{head}: {detail} ({line})" if detail else f"{head} ({line})"
        return cls(message, response=masked, body=self._typed_error(op, status, raw))

    def _typed_error(self, op: OperationSpec, status: int, body: Any) -> Any:
        kind = self._body_type(op, status, op.errors) if op.errors else None
        if kind is None or body is None:
            return body
        try:
            return _adapter(kind).validate_python(body)
        except pydantic.ValidationError:
            return body

    def read_partial(
        self,
        op: OperationSpec,
        request: httpx.Request,
        response: httpx.Response,
        sent: Any = None,
        raise_on_failure: bool = False,
    ) -> PartialResult[Any]:
        """A bulk answer split into succeeded and failed items (one result or a list)."""
        assert op.partial_failure is not None
        raw = self.json(op, request, response) or []
        raw_items = raw if isinstance(raw, list) else [raw]
        kind = _item_type(self._body_type(op, response.status_code))
        parsed = self.validate_items(op, request, kind, raw_items)
        result = split_results(op.partial_failure, raw_items, parsed, to_jsonable(sent))
        if raise_on_failure and result.failed:
            messages = "; ".join(str(f.message) for f in result.failed[:5])
            raise PartialFailureError(
                self.mask(f"{op.operation_id}: {len(result.failed)} item(s) failed: {messages}"),
                succeeded=result.succeeded,
                failed=result.failed,
            )
        return result

    def repeated_page(self, op: OperationSpec, request: httpx.Request) -> None:
        log.warning(
            "%s: the server answered a page it had sent before; stopping: %s",
            op.operation_id,
            self.request_line(request),
        )

    def page_cap(self, op: OperationSpec, request: httpx.Request) -> APIError:
        return APIResponseValidationError(
            f"{op.operation_id}: stopped after max_pages={self.limits.max_pages} pages, the "
            f"server still offering more: {self.request_line(request)}"
        )


@dataclass
class _Placement:
    """One operation's credentials, placed: headers (with the client's default headers), query
    parameters, cookies and JSON body properties."""

    headers: dict[str, str] = field(default_factory=dict)
    credential_headers: dict[str, str] = field(default_factory=dict)
    query: QueryItems = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    body: dict[str, str] = field(default_factory=dict)


def _total(timeout: TimeoutTypes, default: float | None) -> float | None:
    """A per-call float timeout bounds the whole attempt too."""
    if isinstance(timeout, int | float):
        return float(timeout)
    return default


def _drop(data: Any, loc: tuple[int | str, ...]) -> None:
    node = data
    for part in loc[:-1]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return
    if isinstance(node, dict):
        node.pop(loc[-1], None)


def _where(op: OperationSpec, loc: tuple[int | str, ...]) -> str:
    return op.operation_id + "." + ".".join(str(p) for p in loc if not isinstance(p, int))


@dataclass
class _PageCall:
    """What every page of one listing shares."""

    op: OperationSpec
    walker: PageWalker
    item_type: Any
    parts: dict[str, Any]
    retryable: bool
    typed_body: bool  # the page's body type types its items too (else each item is read)
    pages: int = 0


class _Page(Generic[T]):
    def __init__(
        self,
        call: _PageCall,
        response: httpx.Response,
        raw: Any,
        items: list[T],
        following: PageRequest | None,
        pipe: _Pipeline,
    ) -> None:
        self.items = items
        self.http_response = response
        self._raw = raw
        self._call = call
        self._following = following
        self._pipe = pipe
        self._next: Any = None  # the next page, once fetched (walking twice sends nothing new)

    @property
    def body(self) -> Any:
        """The whole page as the operation's response model (totals, links)."""
        return self._raw

    def has_next_page(self) -> bool:
        return self._following is not None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        more = ", more" if self._following is not None else ""
        return f"<{type(self).__name__} of {len(self.items)} item(s){more}>"


class SyncPage(_Page[T]):
    """One page of a list operation. Iterating it yields every item of this page and of the
    pages after it; `next_page()` and `iter_pages()` walk page by page."""

    _client: SyncAPIClient

    def next_page(self) -> SyncPage[T]:
        if self._following is None:
            raise APIError("this is the last page: check has_next_page() first")
        if self._next is None:
            self._next = self._client.fetch_page(self._call, self._following)
        return self._next  # type: ignore[no-any-return]

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page = self
        while True:
            yield page
            if page._following is None:
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """The async twin of SyncPage: `async for item in page` walks every page."""

    _client: AsyncAPIClient

    async def next_page(self) -> AsyncPage[T]:
        if self._following is None:
            raise APIError("this is the last page: check has_next_page() first")
        if self._next is None:
            self._next = await self._client.fetch_page(self._call, self._following)
        return self._next  # type: ignore[no-any-return]

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = self
        while True:
            yield page
            if page._following is None:
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def _next_request(
    pipe: _Pipeline, call: _PageCall, request: httpx.Request, body: Any, items: list[Any]
) -> PageRequest | None:
    """The request for the page after this one; None at the end, or when the server sent a
    page it had sent before (a one-page listing is never fingerprinted)."""
    following = call.walker.next(body, items)
    if (following is not None or call.pages > 1) and call.walker.repeated(items):
        pipe.repeated_page(call.op, request)
        return None
    if following is not None and call.pages >= pipe.limits.max_pages:
        raise pipe.page_cap(call.op, request)
    return following


class SyncAPIClient:
    """Sends requests with retries and reads the answers (httpx.Client underneath)."""

    def __init__(
        self,
        *,
        base_url: str,
        schemes: Mapping[str, SecuritySchemeSpec],
        credentials: Mapping[str, str | None],
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict: bool = False,
        limits: Limits | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._pipe = _Pipeline(
            base_url=base_url,
            schemes=schemes,
            credentials=credentials,
            timeout=timeout,
            retry=retry_policy or RetryPolicy(max_retries=max_retries),
            clock=clock,
            default_headers=default_headers,
            strict=strict,
            limits=limits or Limits(),
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()
        self._sleep = sleep or time.sleep

    @property
    def deviations(self) -> Deviations:
        return self._pipe.deviations

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
        response, request, retries = self._send(request, op.idempotent if retry is None else retry)
        pipe.check(op, request, response)
        if op.partial_failure is None:
            return APIResponse(response, partial(pipe.read, op, request, response), retries)
        parse = partial(
            pipe.read_partial, op, request, response, parts.get("body"), raise_on_partial_failure
        )
        return APIResponse(response, parse, retries)

    def _send(
        self, request: httpx.Request, retryable: bool
    ) -> tuple[httpx.Response, httpx.Request, int]:
        """The answer (body read within the limits), the request it answers (after same-host
        redirects) and the number of retries it took."""
        pipe = self._pipe
        attempt = redirects = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = self._attempt(request)
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
            if response.is_redirect and redirects < MAX_REDIRECTS:
                following = pipe.redirect(self._http, request, response)
                if following is not None:
                    request, redirects, attempt = following, redirects + 1, attempt - 1
                    continue
            if retryable and response.status_code >= 400:
                wait = pipe.retry_delay(attempt, response)
                if wait is not None:
                    self._sleep(wait)
                    continue
            return response, request, attempt - 1

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        """Send once and read the body, bounded in size and in total time."""
        pipe = self._pipe
        deadline = pipe.deadline(request)
        response = self._http.send(request, stream=True, follow_redirects=False)
        try:
            pipe.check_announced_size(request, response)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                pipe.check_size(request, response, size)
                pipe.check_deadline(request, response, deadline)
                chunks.append(chunk)
        finally:
            response.close()
        response._content = b"".join(chunks)
        return response

    def list_page(
        self, op: OperationSpec, item_type: Any, *, retry: bool | None = None, **parts: Any
    ) -> APIResponse[SyncPage[Any]]:
        """The first page of a list operation; its `parse()` is a page that walks the rest."""
        assert op.pagination is not None
        walker = PageWalker(op.pagination, parts.pop("query", None) or {})
        retryable = op.idempotent if retry is None else retry
        typed = self._pipe._body_type(op, 200) not in (Any, None)
        call = _PageCall(op, walker, item_type, parts, retryable, typed)
        first = walker.first()
        request = self._pipe.build(self._http, op, query=first.query, url=first.url, **parts)
        response, request, retries = self._send(request, retryable)
        self._pipe.check(op, request, response)
        return APIResponse(response, partial(self._page, call, request, response), retries)

    def fetch_page(self, call: _PageCall, page: PageRequest) -> SyncPage[Any]:
        request = self._pipe.build(
            self._http, call.op, query=page.query, url=page.url, **call.parts
        )
        response, request, _ = self._send(request, call.retryable)
        self._pipe.check(call.op, request, response)
        return self._page(call, request, response)

    def _page(
        self, call: _PageCall, request: httpx.Request, response: httpx.Response
    ) -> SyncPage[Any]:
        pipe = self._pipe
        call.pages += 1
        body = pipe.read(call.op, request, response)
        items = pipe.page_items(call.op, call.walker, request, body)
        following = _next_request(pipe, call, request, body, items)
        if following is None and call.walker.was_repeated:
            items = []
        if call.typed_body is False:
            items = pipe.validate_items(call.op, request, call.item_type, items)
        page: SyncPage[Any] = SyncPage(call, response, body, items, following, pipe)
        page._client = self
        return page

    def iterate(self, op: OperationSpec, item_type: Any, **parts: Any) -> Iterator[Any]:
        """Every item of every page of a list operation."""
        first = self.list_page(op, item_type, **parts)
        yield from first.parse()


class AsyncAPIClient:
    """The async twin of SyncAPIClient (httpx.AsyncClient underneath)."""

    def __init__(
        self,
        *,
        base_url: str,
        schemes: Mapping[str, SecuritySchemeSpec],
        credentials: Mapping[str, str | None],
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict: bool = False,
        limits: Limits | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._pipe = _Pipeline(
            base_url=base_url,
            schemes=schemes,
            credentials=credentials,
            timeout=timeout,
            retry=retry_policy or RetryPolicy(max_retries=max_retries),
            clock=clock,
            default_headers=default_headers,
            strict=strict,
            limits=limits or Limits(),
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()
        self._sleep = sleep or asyncio.sleep

    @property
    def deviations(self) -> Deviations:
        return self._pipe.deviations

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
        response, request, retries = await self._send(
            request, op.idempotent if retry is None else retry
        )
        pipe.check(op, request, response)
        if op.partial_failure is None:
            return APIResponse(response, partial(pipe.read, op, request, response), retries)
        parse = partial(
            pipe.read_partial, op, request, response, parts.get("body"), raise_on_partial_failure
        )
        return APIResponse(response, parse, retries)

    async def _send(
        self, request: httpx.Request, retryable: bool
    ) -> tuple[httpx.Response, httpx.Request, int]:
        """The answer (body read within the limits), the request it answers (after same-host
        redirects) and the number of retries it took."""
        pipe = self._pipe
        attempt = redirects = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = await self._attempt(request)
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
            if response.is_redirect and redirects < MAX_REDIRECTS:
                following = pipe.redirect(self._http, request, response)
                if following is not None:
                    request, redirects, attempt = following, redirects + 1, attempt - 1
                    continue
            if retryable and response.status_code >= 400:
                wait = pipe.retry_delay(attempt, response)
                if wait is not None:
                    await self._sleep(wait)
                    continue
            return response, request, attempt - 1

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        """Send once and read the body, bounded in size and in total time."""
        pipe = self._pipe
        deadline = pipe.deadline(request)
        if deadline is None:
            return await self._read(request, None)
        try:
            async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                return await self._read(request, deadline)
        except TimeoutError:
            raise APITimeoutError(
                "timed out: the whole call took longer than its total timeout: "
                + pipe.request_line(request)
            ) from None

    async def _read(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        pipe = self._pipe
        response = await self._http.send(request, stream=True, follow_redirects=False)
        try:
            pipe.check_announced_size(request, response)
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                pipe.check_size(request, response, size)
                pipe.check_deadline(request, response, deadline)
                chunks.append(chunk)
        finally:
            await response.aclose()
        response._content = b"".join(chunks)
        return response

    async def list_page(
        self, op: OperationSpec, item_type: Any, *, retry: bool | None = None, **parts: Any
    ) -> APIResponse[AsyncPage[Any]]:
        """The first page of a list operation; its `parse()` is a page that walks the rest."""
        assert op.pagination is not None
        walker = PageWalker(op.pagination, parts.pop("query", None) or {})
        retryable = op.idempotent if retry is None else retry
        typed = self._pipe._body_type(op, 200) not in (Any, None)
        call = _PageCall(op, walker, item_type, parts, retryable, typed)
        first = walker.first()
        request = self._pipe.build(self._http, op, query=first.query, url=first.url, **parts)
        response, request, retries = await self._send(request, retryable)
        self._pipe.check(op, request, response)
        return APIResponse(response, partial(self._page, call, request, response), retries)

    async def fetch_page(self, call: _PageCall, page: PageRequest) -> AsyncPage[Any]:
        request = self._pipe.build(
            self._http, call.op, query=page.query, url=page.url, **call.parts
        )
        response, request, _ = await self._send(request, call.retryable)
        self._pipe.check(call.op, request, response)
        return self._page(call, request, response)

    def _page(
        self, call: _PageCall, request: httpx.Request, response: httpx.Response
    ) -> AsyncPage[Any]:
        pipe = self._pipe
        call.pages += 1
        body = pipe.read(call.op, request, response)
        items = pipe.page_items(call.op, call.walker, request, body)
        following = _next_request(pipe, call, request, body, items)
        if following is None and call.walker.was_repeated:
            items = []
        if call.typed_body is False:
            items = pipe.validate_items(call.op, request, call.item_type, items)
        page: AsyncPage[Any] = AsyncPage(call, response, body, items, following, pipe)
        page._client = self
        return page

    async def iterate(self, op: OperationSpec, item_type: Any, **parts: Any) -> AsyncIterator[Any]:
        """Every item of every page of a list operation."""
        first = await self.list_page(op, item_type, **parts)
        async for item in first.parse():
            yield item
