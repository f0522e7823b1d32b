"""Recordings: `contract --record` writes a HAR 1.2 file with every exchange and no credential;
`contract --replay` re-checks it against a spec with no server and finds what the live run found."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, quote_plus

import pytest

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import FIXTURE_API, run_app  # noqa: E402
from test_overlay_loop import ABSORBABLE, SERVER_ERROR  # noqa: E402

from generator.cli import main  # noqa: E402
from generator.contract.credentials import resolve  # noqa: E402
from generator.contract.recording import (  # noqa: E402
    MASK,
    Positions,
    read_recording,
    recording,
    replay,
)
from generator.ir import build_api  # noqa: E402
from generator.ir.load import load  # noqa: E402
from generator.mock import base_path, create_app  # noqa: E402
from generator.overlay.apply import apply_file  # noqa: E402
from generator.overlay.propose import write_proposal  # noqa: E402
from generator.spec.loader import load_spec  # noqa: E402

DRIFTS = {**ABSORBABLE, "server errors appear": SERVER_ERROR}


def _recorded(tmp_path: Path, drift: dict, stateful: bool, api=FIXTURE_API, environ=None, **kw):
    environ = environ or {"ENTRIES_API_KEY": servers.CANARY}
    credentials = resolve(api, environ, live=False)
    har = tmp_path / "run.har"
    with recording(har, api, credentials, "test run"):
        app = servers.Drift(kw.pop("app", None) or servers.faithful_app(), **drift)
        result = run_app(app, api, environ=environ, max_examples=2, stateful=stateful, **kw)
    return har, result


def _keys(findings):
    return {(f.operation, f.check, f.pointer) for f in findings}


@pytest.mark.parametrize("name", list(DRIFTS))
def test_replay_reproduces_the_findings_offline(tmp_path, name):
    drift, stateful = DRIFTS[name]
    har, live = _recorded(tmp_path, drift, stateful)
    offline = replay(FIXTURE_API, read_recording(har))
    assert live.findings and _keys(offline.findings) == _keys(live.findings)
    assert offline.tested == live.tested
    finding = offline.findings[0]
    assert finding.message and finding.reproduce.startswith("curl -X ")


def test_recording_is_har_1_2_with_every_exchange_and_its_timing(tmp_path):
    drift, stateful = DRIFTS["status code changes"]
    har, live = _recorded(tmp_path, drift, stateful)
    log = json.loads(har.read_text())["log"]
    assert log["version"] == "1.2"
    entries = log["entries"]
    assert len(entries) >= len(live.tested) and len(entries) <= live.requests
    for entry in entries:
        assert entry["request"]["method"] and entry["request"]["url"].startswith("http://127.0.0.1")
        assert isinstance(entry["response"]["status"], int)
        assert entry["time"] >= 0 and entry["timings"]["wait"] == entry["time"]
    assert {e["request"]["method"] for e in entries} >= {"GET", "POST", "PUT", "DELETE"}


def _no_trace(text: str, secret: str) -> None:
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(secret.encode()).decode(),
    }
    for form in forms:
        assert form not in text, form
    assert secret[len(secret) // 2 :] not in text  # not even a part of it


def test_canary_header_credential_leaves_no_trace(tmp_path):
    drift, stateful = DRIFTS["field type changes"]
    har, _ = _recorded(tmp_path, drift, stateful)
    text = har.read_text()
    _no_trace(text, servers.CANARY)
    headers = [h for e in json.loads(text)["log"]["entries"] for h in e["request"]["headers"]]
    assert {h["value"] for h in headers if h["name"].lower() == "x-api-key"} == {MASK}


def test_canary_body_and_query_credential_leave_no_trace(tmp_path):
    """Papershift sends api_token in the query of reads and in the JSON body of writes."""
    api = load("papershift")
    environ = {"PAPERSHIFT_API_TOKEN": servers.CANARY}
    drift = dict(match=lambda m, p: False)
    har, result = _recorded(
        tmp_path,
        drift,
        False,
        api=api,
        environ=environ,
        app=create_app("papershift", seed=1),
        base_path=base_path("papershift"),
    )
    text = har.read_text()
    _no_trace(text, servers.CANARY)
    entries = json.loads(text)["log"]["entries"]
    query = [q for e in entries for q in e["request"]["queryString"] if q["name"] == "api_token"]
    bodies = [
        json.loads(e["request"]["postData"]["text"])
        for e in entries
        if e["request"].get("postData") and e["request"]["postData"]["text"].startswith("{")
    ]
    assert query and {q["value"] for q in query} == {MASK}
    assert any(body.get("api_token") == MASK for body in bodies if isinstance(body, dict))


def test_positions_mask_url_userinfo_query_and_body_fields():
    positions = Positions(
        frozenset({"x-key", "authorization"}), frozenset({"token"}), frozenset({"secret"})
    )
    assert (
        positions.url("https://user:pw@host.test/a?token=s3&x=1")
        == f"https://{MASK}@host.test/a?token={MASK}&x=1"
    )
    assert positions.header("X-Key", "s3") == MASK and positions.header("Accept", "a") == "a"
    assert json.loads(positions.body('{"secret": "s3", "n": 1}', "application/json")) == {
        "secret": MASK,
        "n": 1,
    }
    assert (
        positions.body("secret=s3&n=1", "application/x-www-form-urlencoded")
        == f"secret={MASK.replace('*', '%2A')}&n=1"
    )


def test_replay_against_the_patched_spec_has_no_findings(tmp_path):
    drift, stateful = DRIFTS["field type changes"]
    har, live = _recorded(tmp_path, drift, stateful)
    overlay = write_proposal(tmp_path, FIXTURE_API, live.findings, "entries.yaml", "2026-12-01")
    patched = tmp_path / "patched.yaml"
    patched.write_text(apply_file(overlay, servers.SPEC_PATH)[0], encoding="utf-8")
    assert replay(build_api(load_spec(patched)), read_recording(har)).findings == []


def test_cli_record_then_replay(tmp_path, capsys, monkeypatch):
    """`contract --spec FILE --record` against the spec's in-process mock, then `--replay` with no
    server: the same findings in drift.json."""
    monkeypatch.setenv("ENTRIES_API_KEY", servers.CANARY)
    har, live, offline = tmp_path / "r.har", tmp_path / "live", tmp_path / "offline"
    spec = str(servers.SPEC_PATH)
    args = ["contract", "--spec", spec, "--max-examples", "2", "--no-stateful"]
    code = main([*args, "--record", str(har), "--report", str(live)])
    assert (
        main(["contract", "--spec", spec, "--replay", str(har), "--report", str(offline)]) == code
    )
    assert "replay of" in capsys.readouterr().err

    def keys(folder):
        findings = json.loads((folder / "drift.json").read_text())["findings"]
        return {(f["operation"], f["check"], f["pointer"]) for f in findings}

    assert keys(offline) == keys(live)
    _no_trace(har.read_text(), servers.CANARY)


@pytest.mark.parametrize(
    "extra, content, expected",
    [
        (["--base-url", "http://127.0.0.1:9"], None, "--replay takes no --base-url"),
        ([], "not json", "not a HAR 1.2 recording"),
        ([], None, "cannot read the recording"),
    ],
)
def test_cli_replay_errors_are_one_line(tmp_path, capsys, monkeypatch, extra, content, expected):
    monkeypatch.setenv("ENTRIES_API_KEY", servers.CANARY)
    har = tmp_path / "r.har"
    if content is not None:
        har.write_text(content)
    code = main(["contract", "--spec", str(servers.SPEC_PATH), "--replay", str(har), *extra])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert expected in err[-1] and "Traceback" not in "\n".join(err)


def test_record_to_an_unwritable_place_fails_before_the_run(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    code = main(["contract", "--spec", str(servers.SPEC_PATH), "--record", str(blocker / "r.har")])
    assert code == 2
    assert "cannot write the recording" in capsys.readouterr().err


def test_args_namespace_without_recording_flags_runs_as_before():
    """Callers that build their own argparse Namespace (no --record/--replay) still work."""
    from generator.contract.recording import replay_target

    assert replay_target(SimpleNamespace(), FIXTURE_API) is None
