"""Proposal rules on findings of a 3.0 spec with `$ref` and `allOf`: each absorbable finding becomes
an action at the schema that defines the field (followed through refs and allOf branches), and
what OpenAPI 3.0 cannot say in place is refused, not guessed."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.contract.findings import Finding
from generator.ir.load import load
from generator.overlay.apply import apply_file
from generator.overlay.propose import propose, render

SPEC = Path(__file__).parent / "overlay_fixtures" / "things-3.0.yaml"
THING = "$.components.schemas.Thing.allOf[1]"


def _finding(pointer, expected, actual, check="response_schema_conformance", status=200):
    return Finding(
        operation="GET /v2/things",
        check=check,
        status=status,
        pointer=pointer,
        expected=expected,
        actual=actual,
        message=f"{pointer} drifted",
        reproduce="curl -X GET 'https://things.example.test/v2/things'",
    )


@pytest.mark.parametrize(
    "finding, target, update",
    [
        (
            _finding("/items/3/state", 'one of ["done", "new"]', '"archived"'),
            f"{THING}.properties.state",
            {"enum": ["new", "done", "archived"]},
        ),
        (
            _finding("/items/0/size", "integer", "null"),
            f"{THING}.properties.size",
            {"nullable": True},
        ),
        (
            _finding("/items/0/size", "present (required)", "missing"),
            THING,
            {"required": ["state"]},
        ),
        (
            _finding("/items/0/id", "present (required)", "missing"),
            "$.components.schemas.Base.required",
            None,
        ),
        (
            _finding("", "one of 200", "404", check="status_code_conformance", status=404),
            "$.paths['/things'].get.responses",
            {"404": {"description": "Observed: the server answers 404."}},
        ),
    ],
)
def test_rules_find_the_defining_schema(finding, target, update):
    (proposal,), refusals = propose(load(SPEC), [finding])
    assert refusals == []
    (step,) = proposal.steps
    assert (step.target, step.update) == (target, update)


@pytest.mark.parametrize(
    "finding, reason",
    [
        (_finding("/items/0/size", "integer", '"12"'), "OpenAPI 3.0 cannot widen a type"),
        (
            _finding("", "a status below 500", "503", check="not_a_server_error", status=503),
            "server error",
        ),
        (
            _finding("", "application/json", "text/html", check="content_type_conformance"),
            "HTML page",
        ),
        (_finding("", "rejection (400)", "200", check="negative_data_rejection"), "no spec change"),
        (_finding("/nowhere/x", "integer", '"1"'), "cannot find the schema"),
    ],
)
def test_what_cannot_be_absorbed_is_refused_with_a_reason(finding, reason):
    proposals, (refusal,) = propose(load(SPEC), [finding])
    assert proposals == []
    assert reason in refusal.reason


def test_two_missing_fields_of_one_object_make_a_consistent_change(tmp_path):
    findings = [
        _finding("/items/0/size", "present (required)", "missing"),
        _finding("/items/0/state", "present (required)", "missing"),
    ]
    api = load(SPEC)
    proposals, _ = propose(api, findings)
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(render(api, proposals, [], "things-3.0.yaml", "2026-12-01"))
    text, _ = apply_file(overlay, SPEC)
    thing = YAML(typ="safe").load(text)["components"]["schemas"]["Thing"]["allOf"][1]
    assert "required" not in thing
