"""The contract runner catches each known drift every time, and calls benign changes no drift.

Each drift fixture wraps the faithful fixture server (tests/contract_fixtures/servers.py) and
changes one thing; the finding must name the operation, the check and the JSON pointer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from edits import collection, drop, item, set_field, us_date  # noqa: E402
from harness import run_app  # noqa: E402

from generator import vendor_spec_path  # noqa: E402
from generator.ir import build_api  # noqa: E402
from generator.mock import base_path, create_app  # noqa: E402
from generator.spec.loader import load_spec  # noqa: E402

DRIFTS = {
    "field type changes": (
        dict(match=item("GET"), edit_json=set_field("minutes", str)),
        "GET /api/v1/entries/{id}",
        "response_schema_conformance",
        "/minutes",
        True,
    ),
    "required field disappears": (
        dict(match=collection("POST"), edit_json=drop("user")),
        "POST /api/v1/entries",
        "response_schema_conformance",
        "/user",
        False,
    ),
    "status code changes": (
        dict(match=collection("POST"), status=200),
        "POST /api/v1/entries",
        "status_code_conformance",
        "",
        False,
    ),
    "content type changes": (
        dict(match=collection("GET"), content_type="text/csv"),
        "GET /api/v1/entries",
        "content_type_conformance",
        "",
        False,
    ),
    "server errors appear": (
        dict(
            match=item("PUT"),
            status=500,
            raw_body=b"Internal Server Error",
            content_type="text/plain",
        ),
        "PUT /api/v1/entries/{id}",
        "not_a_server_error",
        "",
        True,
    ),
    "date format changes": (
        dict(match=collection("POST"), edit_json=us_date),
        "POST /api/v1/entries",
        "response_schema_conformance",
        "/date",
        False,
    ),
}


@pytest.mark.parametrize("name", list(DRIFTS))
def test_drift_is_found_with_operation_check_and_pointer(name):
    drift, operation, check, pointer, stateful = DRIFTS[name]
    result = run_app(
        servers.Drift(servers.faithful_app(), **drift), max_examples=2, stateful=stateful
    )
    found = {(f.operation, f.check, f.pointer) for f in result.findings}
    assert (operation, check, pointer) in found, found
    finding = next(f for f in result.findings if (f.operation, f.check) == (operation, check))
    assert finding.message and finding.expected and finding.actual
    assert finding.reproduce.startswith("curl ")
    assert all(f.operation == operation for f in result.findings), found


def test_type_drift_says_expected_and_actual():
    drift, *_ = DRIFTS["field type changes"]
    result = run_app(servers.Drift(servers.faithful_app(), **drift), max_examples=2)
    finding = next(f for f in result.findings if f.pointer == "/minutes")
    assert finding.expected == "integer"
    assert finding.actual.startswith('"')
    assert "should be integer" in finding.message


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_faithful_server_has_no_drift(seed):
    result = run_app(servers.faithful_app(), seed=seed, max_examples=3)
    assert result.findings == []
    assert result.tested == set(result.operations)
    assert result.requests > 50


def _add_field_and_reorder(body):
    if isinstance(body, dict):
        body = dict(reversed(list(body.items())))
        body["vendor_added"] = {"nested": True}
    return body


def test_added_field_and_reordered_keys_are_notes_not_drift():
    app = servers.Drift(
        servers.faithful_app(),
        match=lambda m, p: p.startswith("/api/v1/entries"),
        edit_json=_add_field_and_reorder,
    )
    result = run_app(app, max_examples=3)
    assert result.findings == []
    noted = {(n.operation, n.pointer) for n in result.notes}
    assert ("GET /api/v1/entries/{id}", "/vendor_added") in noted


def test_same_seed_same_findings():
    drift, *_ = DRIFTS["required field disappears"]
    runs = [
        run_app(
            servers.Drift(servers.faithful_app(), **drift), seed=7, max_examples=3, stateful=False
        )
        for _ in range(2)
    ]
    assert [f.key for f in runs[0].findings] == [f.key for f in runs[1].findings]
    assert runs[0].requests == runs[1].requests


def test_curl_line_sends_a_body_credential_in_the_body():
    """Papershift's writes take api_token in the JSON body (x-credential); the curl line must
    show the request as it was sent, with the token masked."""
    api = build_api(load_spec(vendor_spec_path("papershift")))
    drift = servers.Drift(
        create_app("papershift", seed=1),
        match=lambda m, p: m == "PUT" and p.endswith("/working_sessions"),
        edit_json=lambda body: {**body, "id": "gone"},
    )
    result = run_app(
        drift,
        api,
        base_path=base_path("papershift"),
        environ={"PAPERSHIFT_API_TOKEN": servers.CANARY},
        max_examples=5,
        stateful=False,
    )
    finding = next(
        f for f in result.findings if f.operation.startswith("PUT ") and f.pointer == "/id"
    )
    curl = finding.reproduce.splitlines()[-1]
    url = curl.split()[-1]
    assert "api_token" not in url, curl
    assert '\\"api_token\\":\\"${PAPERSHIFT_API_TOKEN}\\"' in curl, curl
    assert servers.CANARY not in finding.reproduce


def _answering_unnamed_methods(status: int):
    """The faithful server, except that a method the spec never names for a path (TRACE, PATCH,
    ...) gets `status` with no Allow header, as gateways and frameworks answer."""
    from starlette.responses import JSONResponse, PlainTextResponse

    app = servers.faithful_app()
    named = {f"{servers.BASE_PATH}/entries": {"GET", "POST"}}

    async def answering(scope, receive, send):
        methods = named.get(scope.get("path", ""), {"GET", "PUT", "DELETE"})
        if scope["type"] == "http" and scope["method"] not in methods:
            refusal = PlainTextResponse("not here", status_code=status)
            response = JSONResponse({"ok": True}, status_code=status) if status < 300 else refusal
            await response(scope, receive, send)
            return
        await app(scope, receive, send)

    return answering


@pytest.mark.parametrize("status", [404, 403, 405, 501])
def test_a_method_the_spec_never_names_refused_in_the_servers_own_way_is_not_drift(status):
    result = run_app(_answering_unnamed_methods(status), max_examples=1, stateful=False, reruns=0)
    assert result.requests > 0
    assert result.findings == []


def test_a_method_the_spec_never_names_accepted_with_2xx_is_drift():
    result = run_app(_answering_unnamed_methods(200), max_examples=1, stateful=False, reruns=0)
    assert [f.check for f in result.findings] == ["unsupported_method"]
    assert "returned 200" in result.findings[0].message


def _papershift_drifting(match) -> list:
    api = build_api(load_spec(vendor_spec_path("papershift")))
    drift = servers.Drift(
        create_app("papershift", seed=1), match=match, edit_json=lambda b: {**b, "id": "gone"}
    )
    result = run_app(
        drift,
        api,
        base_path=base_path("papershift"),
        environ={"PAPERSHIFT_API_TOKEN": servers.CANARY},
        max_examples=3,
        stateful=False,
        reruns=0,
        client_api=api,
    )
    return [f for f in result.findings if f.pointer == "/id"]


def _resolves_on_the_generated_client(call: str) -> None:
    """The call parses, and its resource and method exist on the committed client."""
    import ast

    from timetracking_clients.papershift import Client

    node = ast.parse(call, mode="eval").body
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    resource = node.func.value
    assert isinstance(resource, ast.Attribute) and resource.value.id == "client"
    client = Client(base_url="http://127.0.0.1:9", api_token="t")
    assert callable(getattr(getattr(client, resource.attr), node.func.attr))


def test_a_finding_shows_the_same_request_as_a_call_of_our_client():
    findings = _papershift_drifting(lambda m, p: m == "GET" and p.endswith("/working_sessions/"))
    call = findings[0].typed_call
    assert call.startswith("client.working_sessions.get_working_session(id="), call
    _resolves_on_the_generated_client(call)


def test_a_body_credential_stays_out_of_the_typed_call():
    findings = _papershift_drifting(lambda m, p: m == "PUT" and p.endswith("/working_sessions"))
    call = next(f.typed_call for f in findings if f.operation.startswith("PUT "))
    assert call.startswith("client.working_sessions.update_working_session("), call
    assert "body={" in call and "api_token" not in call and servers.CANARY not in call
    _resolves_on_the_generated_client(call)


def _refusing_with(status: int):
    """The faithful server, except that it refuses invalid input with `status` (the spec says
    400), as frameworks answering 422 do."""
    app = servers.faithful_app()

    async def refusing(scope, receive, send):
        async def changed(message):
            if message["type"] == "http.response.start" and message["status"] == 400:
                message = {**message, "status": status}
            await send(message)

        await app(scope, receive, changed)

    return refusing


def test_an_undocumented_4xx_to_a_request_the_spec_calls_invalid_is_not_drift():
    result = run_app(_refusing_with(422), max_examples=2, stateful=False, reruns=0)
    assert result.traffic.statuses[422] > 0
    assert [f for f in result.findings if f.check == "status_code_conformance"] == []
