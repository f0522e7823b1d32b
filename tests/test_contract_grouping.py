"""One finding per root cause, stable fingerprints, and curl lines that run as printed."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import run_app  # noqa: E402

from generator.contract.curl import Slot, with_variables  # noqa: E402
from generator.contract.findings import Finding, group  # noqa: E402


def _finding(operation, check="ignored_auth", cause="auth invalid_auth", pointer=""):
    return Finding(
        operation=operation,
        check=check,
        status=404,
        pointer=pointer,
        expected="401 or 403",
        actual="404",
        message="unexpected response to invalid authentication",
        reproduce=f"curl -X GET http://h{operation.split()[1]}",
        cause=cause,
    )


def test_one_finding_per_check_and_cause_listing_every_operation():
    operations = [f"GET /api/v1/r{i}" for i in range(32)]
    found = group([_finding(op) for op in operations] + [_finding("GET /x", cause="status 500")])
    assert len(found) == 2
    auth = next(f for f in found if f.cause == "auth invalid_auth")
    assert list(auth.operations) == sorted(operations) and auth.reproduce.count("curl") == 1


def test_fingerprint_ignores_values_and_order_but_not_the_cause():
    a = group([_finding("GET /a"), _finding("GET /b")])[0]
    b = group([_finding("GET /b"), _finding("GET /a")])[0]
    assert a.fingerprint == b.fingerprint
    other = group([_finding("GET /a", cause="auth no_auth"), _finding("GET /b")])
    assert len({f.fingerprint for f in other}) == 2
    prints = {
        group([_finding("GET /a", "response_schema_conformance", "type:integer", pointer)])[
            0
        ].fingerprint
        for pointer in ("/items/0/n", "/items/7/n")
    }
    assert len(prints) == 1  # array indices are fuzzed values, not part of the id


def _type_drift():
    return servers.Drift(
        servers.faithful_app(),
        match=lambda method, path: method == "GET" and path.startswith("/api/v1/entries/"),
        edit_json=lambda body: {**body, "minutes": str(body["minutes"])},
    )


def test_the_same_drift_has_the_same_fingerprint_under_two_seeds():
    prints = []
    for seed in (1, 7):
        result = run_app(_type_drift(), seed=seed)
        drift = [f for f in result.findings if f.pointer == "/minutes"]
        assert len(drift) == 1, [f.as_dict() for f in result.findings]
        assert drift[0].expected == "integer" and drift[0].cause == "type:integer<-string"
        prints.append(drift[0].fingerprint)
    assert prints[0] == prints[1]


def test_no_expected_field_holds_a_check_title():
    result = run_app(_type_drift(), seed=2)
    for finding in result.findings:
        assert finding.expected and finding.expected != finding.title


def test_curl_lines_carry_the_credential_variable_by_position_and_run_as_printed():
    slots = (
        Slot("header", "X-Api-Key", "ENTRIES_API_KEY"),
        Slot("query", "api_token", "PAPERSHIFT_API_TOKEN"),
        Slot("body", "api_token", "PAPERSHIFT_API_TOKEN"),
    )
    line = (
        'curl -X POST -H \'X-Api-Key: k\' -d \'{"api_token": "k", "kk": "k k"}\' '
        "'http://u:k@127.0.0.1:9/k/x?api_token=k&k=%20k'"
    )
    rewritten = with_variables(line, slots)
    assert rewritten is not None
    env = {"ENTRIES_API_KEY": "HEADER", "PAPERSHIFT_API_TOKEN": "TOKEN", "PATH": "/usr/bin:/bin"}
    echoed = subprocess.run(
        ["bash", "-c", "set -- " + rewritten.removeprefix("curl ") + '; printf "%s\\n" "$@"'],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.splitlines()
    assert echoed == [
        "-X",
        "POST",
        "-H",
        "X-Api-Key: HEADER",
        "-d",
        '{"api_token":"TOKEN","kk":"k k"}',
        "http://***@127.0.0.1:9/k/x?api_token=TOKEN&k=%20k",
    ]
    assert shlex.split(rewritten)[0] == "curl"


def test_findings_of_a_run_show_the_variable_never_the_key():
    result = run_app(_type_drift(), seed=1)
    curls = [f.reproduce for f in result.findings if f.reproduce]
    assert curls and all(servers.CANARY not in c for c in curls)
    assert any("${ENTRIES_API_KEY}" in c for c in curls)


def test_a_token_with_control_characters_stays_one_printable_line_sending_the_same_bytes():
    fuzzed = "$\x1e2'\\\u2028"
    line = f"curl -X POST -d {shlex.quote(fuzzed)} http://127.0.0.1:9/x"
    rewritten = with_variables(line, (Slot("header", "X-Api-Key", "ENTRIES_API_KEY"),))
    assert rewritten is not None and rewritten.isprintable()
    sent = subprocess.run(
        ["bash", "-c", "set -- " + rewritten.removeprefix("curl ") + '; printf "%s" "$4"'],
        capture_output=True,
        check=True,
    ).stdout
    assert sent == fuzzed.encode()


def test_the_plainest_request_stands_for_a_group():
    junk = _finding("DELETE /a")
    junk = Finding(**{**junk.__dict__, "reproduce": "curl -X DELETE -d $'\\x1e' http://h/a"})
    fuzzed = Finding(
        **{**_finding("GET /b").__dict__, "reproduce": "curl 'http://h/b?q=\u00e9\u2028'"}
    )
    plain = Finding(
        **{**_finding("GET /c").__dict__, "reproduce": "curl http://h/c?q=a-longer-one"}
    )
    (found,) = group([junk, fuzzed, plain])
    assert found.reproduce == plain.reproduce
    assert found.operations == ("DELETE /a", "GET /b", "GET /c")


def test_an_auth_probe_shows_its_wrong_credential_not_the_variable():
    """The fixture server takes any key: its ignored_auth finding must show the probe as sent
    (a wrong key), not a valid call with ${ENTRIES_API_KEY}, which would answer 200 anyway."""
    from harness import run_live, serve

    with serve(servers.faithful_app()) as origin:
        result = run_live(origin, max_examples=1, stateful=False, reruns=0)
    probes = [f for f in result.findings if f.check == "ignored_auth"]
    assert probes, [f.check for f in result.findings]
    assert all("X-Api-Key: INVALID" in f.reproduce for f in probes)
    assert not any(
        "ENTRIES_API_KEY" in f.reproduce or servers.CANARY in f.reproduce for f in probes
    )
    assert "invalid credential" in probes[0].message


def test_a_chained_failure_shows_each_request_once_one_per_line():
    """Schemathesis gives a chained failure's steps, then a sample that repeats them one a line."""
    from types import SimpleNamespace

    from schemathesis.openapi.checks import UseAfterFree

    from generator.contract.findings import explain
    from generator.contract.masking import Masker
    from generator.contract.session import _reproduction

    create = "curl -X POST -H 'X-Api-Key: k' -d '{}' http://h/api/v1/entries"
    delete = "curl -X DELETE -H 'X-Api-Key: k' http://h/api/v1/entries/7"
    read = "curl -X GET -H 'X-Api-Key: k' http://h/api/v1/entries/7"
    info = SimpleNamespace(
        steps=[SimpleNamespace(curl=create), SimpleNamespace(curl=delete)],
        code_sample="\n".join([create, delete, read]),
    )
    masker = Masker(slots=(Slot("header", "X-Api-Key", "ENTRIES_API_KEY"),))
    lines = _reproduction(info, masker, None).splitlines()
    assert [line.split()[2] for line in lines] == ["POST", "DELETE", "GET"]
    assert all(line.count("curl ") == 1 and "${ENTRIES_API_KEY}" in line for line in lines)
    failure = UseAfterFree(
        operation="DELETE /entries/{id}",
        message="...",
        free="DELETE /entries/7",
        usage="GET /entries/7",
    )
    explained = explain(failure, 200)
    assert explained.message == (
        "after `DELETE /entries/7` succeeded, `GET /entries/7` still answered 200: the deleted "
        "resource is still there"
    )
    assert explained.expected == "404 (the resource was deleted)" and explained.cause == "ST301"
