"""Findings, masking, credentials and the three report writers, without running Schemathesis."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from generator import vendor_spec_path
from generator.contract.credentials import MissingCredentials, resolve
from generator.contract.findings import Finding, Note, dedupe
from generator.contract.masking import Masker
from generator.contract.reports import ReportContext, as_junit, as_markdown, write_reports
from generator.contract.session import RunResult
from generator.ir import build_api
from generator.spec.loader import load_spec


def _finding(
    operation="GET /api/v1/entries",
    pointer="/entries/0/minutes",
    check="response_schema_conformance",
):
    return Finding(
        operation=operation,
        check=check,
        status=200,
        pointer=pointer,
        expected="integer",
        actual='"90"',
        message="`/entries/0/minutes` should be integer",
        reproduce="curl -X GET http://x/api/v1/entries",
        title="Response violates schema",
        code="ST108",
    )


def test_dedupe_one_finding_per_operation_check_and_generalised_pointer():
    found = dedupe(
        [
            _finding(pointer="/entries/3/minutes"),
            _finding(pointer="/entries/0/minutes"),
            _finding(pointer="/total"),
            _finding(check="status_code_conformance", pointer=""),
        ]
    )
    assert [(f.check, f.pointer) for f in found] == [
        ("response_schema_conformance", "/entries/3/minutes"),
        ("response_schema_conformance", "/total"),
        ("status_code_conformance", ""),
    ]


def test_masker_hides_named_parameters_and_userinfo_by_position():
    masker = Masker(["api_token", "X-Api-Key"])
    text = (
        "curl -H 'X-Api-Key: other' 'http://u:pw@h/p?api_token=s3cr3t%2F%2B%3D&a=1' "
        "-d '{\"api_token\": \"anything\"}' {'x-api-key': 'repr'} my-x-api-key: kept"
    )
    masked = masker.text(text)
    for secret in ("s3cr3t", "other", "anything", "repr", "u:pw"):
        assert secret not in masked
    assert "api_token=***&a=1" in masked and "X-Api-Key: ***" in masked
    assert "http://***@h/p" in masked and "my-x-api-key: kept" in masked


def test_credentials_come_from_the_spec_named_variables():
    api = build_api(load_spec(vendor_spec_path("timetrack")))
    with pytest.raises(MissingCredentials) as missing:
        resolve(api, {}, live=True)
    assert "TIMETRACK_API_KEY and TIMETRACK_API_SECRET" in str(missing.value)
    creds = resolve(api, {"TIMETRACK_API_KEY": "k", "TIMETRACK_API_SECRET": "s"}, live=True)
    assert set(creds.values.values()) == {"k", "s"}
    assert resolve(api, {}, live=False).values  # the mock takes a placeholder


def _result(findings, notes=()):
    result = RunResult(
        operations=["GET /api/v1/entries", "POST /api/v1/entries", "DELETE /api/v1/x"]
    )
    result.tested = {"GET /api/v1/entries", "POST /api/v1/entries"}
    result.findings, result.notes = list(findings), list(notes)
    result.requests, result.duration_s = 42, 1.5
    return result


CTX = ReportContext(vendor="entries", base_url="http://x/api/v1", spec="specs/x.yaml", seed=1)


def test_markdown_lists_findings_notes_and_untested():
    text = as_markdown(
        CTX,
        _result(
            [_finding(), _finding(operation="POST /api/v1/entries", pointer="/total")],
            [Note("GET /api/v1/entries", "undocumented_property", "/x", "extra `/x`")],
        ),
    )
    assert text.index("in GET /api/v1/entries") < text.index("in POST /api/v1/entries")
    assert "**2 finding(s) in 2 operation(s)**" in text and "```sh\ncurl -X GET" in text
    assert "## Not tested\n\nnot tested in this run:\n\n- DELETE /api/v1/x" in text
    assert "## Notes (not drift)" in text


def test_junit_has_one_case_per_operation():
    root = ET.fromstring(as_junit(CTX, _result([_finding()])))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == ["GET /api/v1/entries", "POST /api/v1/entries", "DELETE /api/v1/x"]
    assert cases["GET /api/v1/entries"].find("failure") is not None
    assert cases["POST /api/v1/entries"].find("failure") is None
    assert cases["DELETE /api/v1/x"].find("skipped") is not None


def test_json_report_keeps_the_fixed_shape(tmp_path):
    write_reports(tmp_path, CTX, _result([_finding()]))
    data = json.loads((tmp_path / "drift.json").read_text())
    assert data["operations_tested"] == 2 and data["requests"] == 42
    assert set(data["findings"][0]) >= {
        "operation",
        "check",
        "status",
        "pointer",
        "expected",
        "actual",
        "message",
        "reproduce",
    }
    assert {p.name for p in tmp_path.iterdir()} == {
        "drift.json",
        "drift.md",
        "junit.xml",
        "drift.sarif",
    }
