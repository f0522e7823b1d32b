"""The generic engine: routing, 405/404, auth, determinism, persistence, threads, fuzzing, OData."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import VENDORS
from generator.mock import base_path, create_app
from generator.mock.odata import ODataError, order, parse_filter, parse_orderby
from generator.mock.store import StateFileError
from generator.mock.testing import MockClient

ENTRY = {"username": "tester", "from": "2020-11-02T08:00:00Z", "to": "2020-11-02T09:00:00Z"}


def test_base_paths_follow_the_first_server_url():
    assert {v: base_path(v) for v in VENDORS} == {
        "bamboohr": "",
        "timetrack": "/api/v2/ext",
        "teampulse": "/api/v1",
        "papershift": "/public_api/v1",
    }


@pytest.mark.parametrize("vendor", VENDORS)
def test_openapi_json_served_without_auth(vendor):
    client = MockClient(vendor)
    assert client.http.get("/openapi.json").json()["openapi"].startswith("3.1")
    client.close()


def test_unsupported_method_answers_405_with_allow():
    client = MockClient("timetrack")
    response = client.http.patch(client.prefix + "/attendances/1", headers=client.headers)
    assert response.status_code == 405 and response.headers["Allow"] == "DELETE, GET, PUT"
    assert client.http.get(client.prefix + "/nowhere").status_code == 404
    assert client.http.get("/outside/the/prefix").status_code == 404
    client.close()


def test_credential_saying_invalid_is_refused():
    client = MockClient("teampulse")
    refused = client.get(
        "/timeentries", auth=False, headers={"Authorization": "WRAP access_token=INVALID"}
    )
    assert refused.status_code == 401
    wrong_scheme = client.get("/timeentries", auth=False, headers={"Authorization": "Bearer abc"})
    assert wrong_scheme.status_code == 401
    client.close()


def test_same_seed_same_data_and_ids():
    def snapshot(seed):
        client = MockClient("bamboohr", seed=seed)
        created = client.post("/api/v1/time-tracking/break-policies", json={"name": "X"}).json()[
            "id"
        ]
        listed = client.get("/api/v1/time-tracking/break-policies").json()["data"]
        client.close()
        return created, [p["id"] for p in listed]

    assert snapshot(7) == snapshot(7)
    assert snapshot(7) != snapshot(8)


def test_state_survives_a_restart(tmp_path):
    state = tmp_path / "state.db"
    first = MockClient("timetrack", state_path=state)
    key = first.post("/attendances", json=ENTRY).json()["id"]
    first.delete("/attendances/1")
    first.close()
    second = MockClient("timetrack", state_path=state)
    assert second.get(f"/attendances/{key}").json()["user"] == "tester"
    assert second.get("/attendances/1").status_code == 404
    assert second.post("/attendances", json=ENTRY).json()["id"] == key + 1
    second.close()


def test_state_file_of_another_vendor_or_not_sqlite_is_refused(tmp_path):
    state = tmp_path / "state.db"
    create_app("teampulse", state_path=state).state.store.close()
    with pytest.raises(StateFileError, match="teampulse"):
        create_app("timetrack", state_path=state)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(StateFileError):
        create_app("timetrack", state_path=junk)
    assert sqlite3.connect(state).execute("select count(*) from entities").fetchone()[0] == 3


def test_concurrent_creates_keep_every_entity():
    client = MockClient("teampulse")
    body = {"date": "2013-10-02", "hours": 1, "type": "Billable", "userId": 1, "taskId": 10}

    def create_many():
        for _ in range(25):
            assert client.post("/timeentries", json=body).status_code == 201

    threads = [threading.Thread(target=create_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    listed = client.get("/timeentries").json()
    assert listed["totalResults"] == 3 + 200
    assert len({e["id"] for e in listed["results"]}) == 203
    client.close()


_FUZZ_APPS = {vendor: create_app(vendor) for vendor in VENDORS}


def _call_asgi(app, method: str, raw_path: bytes, query: bytes, headers: list, body: bytes) -> int:
    """Send one request straight to the ASGI app (no client library cleaning the bytes)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": raw_path.decode("latin-1"),
        "raw_path": raw_path,
        "query_string": query,
        "root_path": "",
        "headers": headers,
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 1),
    }
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent[0]["status"]


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    vendor=st.sampled_from(VENDORS),
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "BREW"]),
    path=st.sampled_from(
        [
            b"/api/v1/timeentries/1",
            b"/api/v2/ext/attendances/",
            b"/public_api/v1/working_sessions",
            b"/api/v1/timetracking/record",
            b"/api/v1/time-tracking/break-policies/",
        ]
    ),
    suffix=st.binary(max_size=20),
    query=st.binary(max_size=40),
    header=st.binary(max_size=30),
    body=st.binary(max_size=80)
    | st.just(b'{"a": NaN}')
    | st.just(b"[" * 5000)
    | st.just(b"1" * 5000),
)
def test_no_byte_sequence_crashes_a_mock(vendor, method, path, suffix, query, header, body):
    headers = [
        (b"authorization", b"Basic " + header),
        (b"x-timetrack-api-key", header),
        (b"x-timetrack-api-secret", b"s"),
        (b"content-type", b"application/json"),
        (b"host", header),
    ]
    status = _call_asgi(_FUZZ_APPS[vendor], method, path + suffix, query, headers, body)
    assert status < 500


# -- OData -------------------------------------------------------------------------------------
ROWS = [
    {"id": 1, "name": "a", "hours": 2.5, "day": "2024-01-02"},
    {"id": 2, "name": "b'c", "hours": None, "day": "2024-01-01"},
    {"id": 3, "name": "a", "hours": 8, "day": "2024-01-03"},
]


@pytest.mark.parametrize(
    ("expression", "ids"),
    [
        ("id eq 1", [1]),
        ("id ne 1", [2, 3]),
        ("hours gt 2.5", [3]),
        ("hours ge 2.5", [1, 3]),
        ("hours lt 8", [1]),
        ("hours le 8 and name eq 'a'", [1, 3]),
        ("id eq 1 or id eq 2", [1, 2]),
        ("not (name eq 'a')", [2]),
        ("name eq 'b''c'", [2]),
        ("day gt 2024-01-01", [1, 3]),
        ("hours eq null", [2]),
        ("2 lt id", [3]),
    ],
)
def test_odata_filter(expression, ids):
    keep = parse_filter(expression, ["id", "name", "hours", "day"])
    assert [r["id"] for r in ROWS if keep(r)] == ids


@pytest.mark.parametrize(
    "expression",
    [
        "",
        "id",
        "id eq",
        "x eq 1",
        "id eq 1 and",
        "(id eq 1",
        "id xx 1",
        "id eq 1)",
        "(" * 100 + "id eq 1" + ")" * 100,
    ],
)
def test_odata_filter_errors(expression):
    with pytest.raises(ODataError):
        parse_filter(expression, ["id"])


def test_odata_orderby():
    ordered = order(ROWS, parse_orderby("name desc, hours", ["id", "name", "hours"]))
    assert [r["id"] for r in ordered] == [2, 1, 3]
    with pytest.raises(ODataError):
        parse_orderby("id sideways", ["id"])
