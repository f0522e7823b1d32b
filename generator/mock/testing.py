"""Helpers for tests that drive a mock in process: credentials built from the spec's security
schemes, and a client that checks every response against the spec's response schemas."""

from __future__ import annotations

import base64
import json
import warnings
from typing import Any

import httpx

from generator.ir.model import Api
from generator.mock import create_app
from generator.mock.schemas import SchemaCompiler, Validator

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def credentials(api: Api, token: str = "test-token") -> tuple[dict[str, str], dict[str, str]]:
    """(headers, query) that satisfy the first security requirement of the API's operations."""
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    first = next((op.security[0] for op in api.operations if op.security), ())
    for key in first:
        scheme = api.scheme(key)
        if scheme.kind == "basic":
            user_pass = f"{token}:{scheme.basic_password or 'x'}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(user_pass).decode()
        elif scheme.kind == "bearer":
            headers["Authorization"] = f"Bearer {token}"
        elif scheme.location == "query":
            query[scheme.param_name] = token
        else:
            fmt = scheme.credential_format or "{token}"
            headers[scheme.param_name] = fmt.replace("{token}", token)
    return headers, query


class ResponseChecker:
    """Validates a response body against the schema its operation documents for the status."""

    def __init__(self, app: Any) -> None:
        self.engine = app.state.engine
        self.compiler = SchemaCompiler(self.engine.api.spec.document)
        self._validators: dict[tuple[str, int], Validator] = {}

    def problem(
        self, method: str, path: str, status: int, body: Any, query: dict[str, Any] | None = None
    ) -> str | None:
        try:
            route, _ = self.engine._match(
                method, path, {k: [str(v)] for k, v in (query or {}).items()}
            )
        except Exception:  # unknown route or method: the vendor's error body, not a spec response
            return None
        response = route.op.response_for(status)
        if response is None:
            return f"{method} {path}: status {status} is not documented"
        if response.media_type is None:
            return None if body is None else f"{method} {path}: {status} must have no body"
        key = (route.op.operation_id, status)
        if key not in self._validators:
            self._validators[key] = self.compiler.compile(response.schema)
        found = self._validators[key].problem(body)
        return f"{method} {path} {status}: {found}" if found else None


class MockClient:
    """An in-process client of a fresh mock that sends credentials and asserts conformance."""

    def __init__(
        self, vendor: Any, *, seed: int = 0, state_path: Any = None, **options: Any
    ) -> None:
        self.app = create_app(vendor, seed=seed, state_path=state_path, **options)
        self.api = self.app.state.engine.api
        self.prefix = self.app.state.engine.prefix
        self.headers, self.query = credentials(self.api)
        self.checker = ResponseChecker(self.app)
        self.http = TestClient(self.app, base_url="http://mock.test")

    def request(
        self, method: str, path: str, *, auth: bool = True, **kwargs: Any
    ) -> httpx.Response:
        headers = {**(self.headers if auth else {}), **kwargs.pop("headers", {})}
        params = {**(self.query if auth else {}), **kwargs.pop("params", {})}
        if auth and self.query and isinstance(kwargs.get("json"), dict) and method != "GET":
            kwargs["json"] = {**self.query, **kwargs["json"]}
        response = self.http.request(
            method, self.prefix + path, headers=headers, params=params, **kwargs
        )
        body = json.loads(response.content) if response.content else None
        problem = self.checker.problem(
            method, self.prefix + path, response.status_code, body, params
        )
        assert problem is None, problem
        return response

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.http.close()
        self.app.state.store.close()
