"""The drift loop of issue 12: run the contract against a drifted server, propose an overlay, apply
it, validate the patched spec, run again against the same drifted server with the patched spec:
no finding is left. A server error is never absorbed, and no overlay hides one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from edits import collection, drop, item, set_field, us_date  # noqa: E402
from harness import FIXTURE_API, run_app  # noqa: E402

from generator.ir import build_api  # noqa: E402
from generator.overlay.apply import apply_file  # noqa: E402
from generator.overlay.propose import OVERLAY_FILE, fingerprint, propose, write_proposal  # noqa: E402
from generator.spec.loader import load_spec  # noqa: E402
from generator.spec.validate import validate_file  # noqa: E402

TODAY = "2026-12-01"


def _status(value):
    def edit(body):
        body["status"] = value
        return body

    return edit


# name -> (Drift arguments, stateful phase needed to reach the drifted operation)
ABSORBABLE = {
    "field type changes": (dict(match=item("GET"), edit_json=set_field("minutes", str)), True),
    "field becomes null": (dict(match=item("GET"), edit_json=set_field("user", None)), True),
    "required field disappears": (dict(match=collection("POST"), edit_json=drop("user")), False),
    "status code changes": (dict(match=collection("POST"), status=200), False),
    "content type changes": (dict(match=collection("GET"), content_type="text/csv"), False),
    "date format changes": (dict(match=collection("POST"), edit_json=us_date), False),
}
SERVER_ERROR = (
    dict(
        match=item("PUT"), status=500, raw_body=b"Internal Server Error", content_type="text/plain"
    ),
    True,
)
HTML_ERROR = (
    dict(
        match=collection("POST"),
        status=502,
        raw_body=b"<html><body>Bad gateway</body></html>",
        content_type="text/html",
    ),
    False,
)


def _run(drift, stateful, api=FIXTURE_API, seed=1):
    app = servers.Drift(servers.faithful_app(), **drift)
    return run_app(app, api, max_examples=2, stateful=stateful, seed=seed)


@pytest.mark.parametrize("name", list(ABSORBABLE))
def test_proposed_overlay_absorbs_the_drift(tmp_path, name):
    drift, stateful = ABSORBABLE[name]
    before = _run(drift, stateful)
    assert before.findings, "the drift must be found first"
    overlay = write_proposal(tmp_path, FIXTURE_API, before.findings, "entries.yaml", TODAY)
    assert overlay == tmp_path / OVERLAY_FILE
    text, changes = apply_file(overlay, servers.SPEC_PATH, today=TODAY)
    assert changes
    patched = tmp_path / "patched.yaml"
    patched.write_text(text, encoding="utf-8")
    assert validate_file(patched) == []
    after = _run(drift, stateful, build_api(load_spec(patched)))
    assert after.findings == [], [(f.check, f.pointer, f.actual) for f in after.findings]


def test_the_faithful_server_still_passes_the_patched_spec(tmp_path):
    """Absorbing a drift widens the spec; it must not make the faithful server drift."""
    drift, stateful = ABSORBABLE["date format changes"]
    overlay = write_proposal(tmp_path, FIXTURE_API, _run(drift, stateful).findings, "e.yaml", TODAY)
    patched = tmp_path / "patched.yaml"
    patched.write_text(apply_file(overlay, servers.SPEC_PATH, today=TODAY)[0], encoding="utf-8")
    result = run_app(servers.faithful_app(), build_api(load_spec(patched)), max_examples=2)
    assert result.findings == []


@pytest.mark.parametrize("drift", [SERVER_ERROR, HTML_ERROR], ids=["500", "html-502"])
def test_server_errors_are_never_absorbed(tmp_path, drift):
    result = _run(*drift)
    assert any((f.status or 0) >= 500 for f in result.findings)
    proposals, refusals = propose(FIXTURE_API, result.findings)
    assert proposals == []
    assert {r.fingerprint for r in refusals} == {fingerprint(f) for f in result.findings}
    (tmp_path / OVERLAY_FILE).write_text("stale")
    assert write_proposal(tmp_path, FIXTURE_API, result.findings, "e.yaml", TODAY) is None
    assert not (tmp_path / OVERLAY_FILE).exists()


def test_no_overlay_hides_a_server_error(tmp_path):
    """Even a hand-written overlay that documents the 500 leaves the server-error finding."""
    overlay = tmp_path / "hide.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: hide it, version: '1'}\nactions:\n"
        "  - target: $.paths['/entries/{id}'].put.responses\n"
        "    update:\n      '500': {description: Server error, content: {text/plain: {schema: {type: string}}}}\n"
    )
    patched = tmp_path / "patched.yaml"
    patched.write_text(apply_file(overlay, servers.SPEC_PATH, today=TODAY)[0], encoding="utf-8")
    result = _run(*SERVER_ERROR, build_api(load_spec(patched)))
    assert ("PUT /api/v1/entries/{id}", "not_a_server_error") in {
        (f.operation, f.check) for f in result.findings
    }


def test_each_action_carries_fingerprint_and_masked_evidence(tmp_path):
    drift, stateful = ABSORBABLE["field type changes"]
    findings = _run(drift, stateful).findings
    overlay = write_proposal(tmp_path, FIXTURE_API, findings, "entries.yaml", TODAY)
    text = overlay.read_text()
    finding = next(f for f in findings if f.pointer == "/minutes")
    mark = fingerprint(finding)
    lines = text.splitlines()
    comment = next(i for i, line in enumerate(lines) if line.startswith(f"  # {mark} "))
    assert "[response_schema_conformance] /minutes" in lines[comment]
    assert (
        lines[comment + 1].startswith('  # observed: "') and "(spec: integer)" in lines[comment + 1]
    )
    doc = YAML(typ="safe").load(text)
    assert doc["overlay"] == "1.0.0"
    action = doc["actions"][0]
    assert action["target"] == "$.components.schemas.Entry.properties.minutes"
    assert action["update"] == {"type": ["integer", "string"]}
    assert action["x-observed"]["fingerprint"] == mark
    assert servers.CANARY not in text


def test_fingerprints_do_not_depend_on_the_seed():
    drift, stateful = ABSORBABLE["required field disappears"]
    one = {fingerprint(f) for f in _run(drift, stateful, seed=1).findings}
    two = {fingerprint(f) for f in _run(drift, stateful, seed=5).findings}
    assert one == two and len(one) == 1


def test_x_observed_records_the_finding_next_to_the_changed_node(tmp_path):
    drift, stateful = ABSORBABLE["required field disappears"]
    findings = _run(drift, stateful).findings
    overlay = write_proposal(tmp_path, FIXTURE_API, findings, "entries.yaml", TODAY)
    text, _ = apply_file(overlay, servers.SPEC_PATH, today="2030-01-01")
    entry = YAML(typ="safe").load(text)["components"]["schemas"]["Entry"]
    assert "user" not in entry["required"]
    (observed,) = entry["x-observed"]
    assert observed["fingerprint"] == fingerprint(findings[0])
    assert observed["date"] == TODAY  # the day of the run that saw it
    assert "/user" in observed["seen"]


def test_loop_on_a_vendor_spec_keeps_it_strictly_valid(tmp_path):
    """Papershift's hand-written spec: the patched copy differs only at the drifted field, passes
    the house rules, and the drifted mock then matches it."""
    from generator import vendor_spec_path
    from generator.ir.load import load
    from generator.mock import base_path, create_app

    api, spec = load("papershift"), vendor_spec_path("papershift")

    def drifted():
        return servers.Drift(
            create_app("papershift", seed=1),
            match=lambda m, p: m == "PUT" and p.endswith("/working_sessions"),
            edit_json=lambda body: {**body, "id": "gone"},
        )

    options = dict(
        base_path=base_path("papershift"),
        environ={"PAPERSHIFT_API_TOKEN": servers.CANARY},
        max_examples=5,
        stateful=False,
    )
    before = run_app(drifted(), api, **options)
    assert {(f.check, f.pointer) for f in before.findings} == {
        ("response_schema_conformance", "/id")
    }
    overlay = write_proposal(tmp_path, api, before.findings, "specs/papershift.yaml", TODAY)
    text, _ = apply_file(overlay, spec, today=TODAY)
    patched = tmp_path / "papershift.yaml"
    patched.write_text(text, encoding="utf-8")
    assert validate_file(patched, strict=True) == []
    added = [line for line in text.splitlines() if line not in spec.read_text().splitlines()]
    assert added[0] == "          type: [integer, string]" and len(added) == 5, added
    assert run_app(drifted(), build_api(load_spec(patched)), **options).findings == []
