"""A credential carried as a JSON body property (`x-credential`), as Papershift's writes do.

The spec states it the way standard tools read it (the writes have `security: []` and a required
`api_token` body property), and the IR maps it back to the `apiToken` scheme: clients fill it in
from their credential, the mock checks it, the contract runner sends the real one and never
prints it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from starlette.types import Message, Receive, Scope, Send

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from conftest_runtime import mock_http  # noqa: E402
from harness import run_app  # noqa: E402

from generator import vendor_spec_path  # noqa: E402
from generator.diff.engine import diff_sources  # noqa: E402
from generator.diff.sources import load_bytes  # noqa: E402
from generator.ir import build_api  # noqa: E402
from generator.ir.credentials import Placement, placements  # noqa: E402
from generator.mock import base_path, create_app  # noqa: E402
from generator.spec.loader import load_spec  # noqa: E402
from generator.spec.validate import validate_file  # noqa: E402

WRITES = ("createWorkingSession", "updateWorkingSession", "confirmWorkingSession")


def _papershift() -> Any:
    return build_api(load_spec(vendor_spec_path("papershift")))


def test_the_ir_maps_the_body_property_to_its_scheme() -> None:
    api = _papershift()
    for op_id in (*WRITES, "deleteWorkingSession"):
        op = api.operation(op_id)
        assert op.security == (("apiToken",),), op_id
        assert op.ext.auth_in_body == "api_token"
        assert op.body is not None
        assert "api_token" not in op.body.schema["properties"]
        assert "api_token" not in op.body.schema["required"]
        assert "api_token" not in (op.body.example or {})
    assert api.operation("listWorkingSessions").ext.auth_in_body is None
    for name in ("CreateWorkingSessionRequest", "UpdateWorkingSessionRequest"):
        schema = api.model_schemas[name]
        assert list(schema["properties"]) == ["working_session"], name
        assert schema["required"] == ["working_session"]


def test_the_spec_says_it_as_standard_tools_read_it() -> None:
    """No private key is needed to send it: the writes take no query credential and the body
    schema requires the property."""
    document = load_spec(vendor_spec_path("papershift")).document
    create = document["paths"]["/working_sessions"]["post"]
    assert create["security"] == []
    body = document["components"]["schemas"]["CreateWorkingSessionRequest"]
    assert "api_token" in body["required"]


def test_validate_names_a_marker_of_an_unknown_scheme(tmp_path: Path) -> None:
    text = vendor_spec_path("papershift").read_text()
    broken = tmp_path / "papershift.yaml"
    broken.write_text(text.replace("x-credential: apiToken", "x-credential: apiTokn"))
    problems = [str(p) for p in validate_file(broken, strict=False)]
    assert any(
        "/components/schemas/ApiToken/x-credential" in p and "apiTokn" in p for p in problems
    ), problems


def test_the_mock_checks_the_body_credential() -> None:
    prefix = base_path("papershift")
    body = {
        "working_session": {
            "location_id": 8006,
            "working_area_id": 12,
            "user_id": 1,
            "starts_at": "2026-01-05T08:00:00+00:00",
            "ends_at": "2026-01-05T16:00:00+00:00",
        }
    }
    with mock_http("papershift") as http:
        missing = http.post(f"{prefix}/working_sessions", json=body)
        sent = http.post(f"{prefix}/working_sessions", json={**body, "api_token": "t0k"})
        refused = http.post(f"{prefix}/working_sessions", json={**body, "api_token": "INVALID"})
    assert missing.status_code == 401
    assert sent.status_code == 200, sent.text
    assert "api_token" not in sent.json()
    assert refused.status_code == 401


class _BodyTokens:
    """ASGI middleware that keeps the `api_token` of every JSON request body it passes on."""

    def __init__(self, app: Any) -> None:
        self.app, self.seen = app, []  # type: ignore[var-annotated]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        try:
            decoded = json.loads(raw) if raw else None
        except ValueError:
            decoded = None
        if isinstance(decoded, dict) and "api_token" in decoded:
            self.seen.append(decoded["api_token"])

        async def replay() -> Message:
            return {"type": "http.request", "body": raw, "more_body": False}

        await self.app(scope, replay, send)


def test_the_contract_runner_sends_the_real_credential_in_the_body_and_prints_none() -> None:
    recorder = _BodyTokens(create_app("papershift", seed=1))
    drift = servers.Drift(
        recorder,
        match=lambda m, p: m == "PUT" and p.endswith("/working_sessions"),
        edit_json=lambda body: {**body, "id": "gone"},
    )
    result = run_app(
        drift,
        _papershift(),
        base_path=base_path("papershift"),
        environ={"PAPERSHIFT_API_TOKEN": servers.CANARY},
        max_examples=5,
        stateful=False,
    )
    assert servers.CANARY in recorder.seen
    assert recorder.seen.count(servers.CANARY) > len(recorder.seen) // 2, recorder.seen[:20]
    finding = next(f for f in result.findings if f.operation.startswith("PUT "))
    curl = finding.reproduce.splitlines()[-1]
    assert '\\"api_token\\":\\"${PAPERSHIFT_API_TOKEN}\\"' in curl, curl
    assert servers.CANARY not in json.dumps([vars(f) for f in result.findings], default=str)


def _query_credential_spec(text: str) -> str:
    """The same API as a spec would say it without `x-credential`: every operation takes the
    root `security` (the query scheme) and no body names the credential."""
    for written, unsaid in (
        ("      security: []  # the credential is the body's api_token property\n", ""),
        ("required: [api_token, working_session]", "required: [working_session]"),
        ('        api_token: {$ref: "#/components/schemas/ApiToken"}\n', ""),
        ("              api_token: YOUR_API_TOKEN\n", ""),
    ):
        assert written in text, written
        text = text.replace(written, unsaid)
    return text


def test_moving_the_credential_into_the_body_schema_changes_no_wire_or_sdk_surface() -> None:
    current = vendor_spec_path("papershift")
    text = current.read_text()
    old = load_bytes(_query_credential_spec(text).encode(), ".yaml", "old", str(current))
    new = load_bytes(text.encode(), ".yaml", "new", str(current))
    result = diff_sources(old, new)
    assert [c.level for c in result.changes if c.level != "info"] == [], result.changes
    assert any(c.id == "request-credential-property-added" for c in result.changes)


def test_one_placement_model_says_where_every_credential_travels() -> None:
    """The mock's log masking, the recordings, the curl lines and the generated README all read
    these placements."""
    papershift = placements(_papershift())
    assert Placement("apiToken", "query", "api_token") in papershift
    (body,) = [p for p in papershift if p.location == "body"]
    assert (body.scheme, body.name) == ("apiToken", "api_token")
    assert sorted(body.operations) == sorted((*WRITES, "deleteWorkingSession"))
    bamboohr = build_api(load_spec(vendor_spec_path("bamboohr")))
    assert {(p.location, p.name) for p in placements(bamboohr)} == {("header", "Authorization")}
    readme = (
        Path(__file__).parents[1] / "generated/timetracking_clients/papershift/README.md"
    ).read_text()
    assert "as the JSON body's `api_token` by `update_working_session()`" in readme
