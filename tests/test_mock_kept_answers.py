"""Kept answers: the mock answers a repeated read from memory only while nothing the answer
depends on has changed (the store, the clock), and each request still passes its own auth and
validation first."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta

from generator.mock import base_path, load_api
from generator.mock.app import build_starlette
from generator.mock.engine import Engine
from generator.mock.store import Store
from generator.mock.testing import MockClient, credentials
from generator.mock.vendors import behaviour_for

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ENTRY = {"username": "tester", "from": "2020-11-02T08:00:00Z", "to": "2020-11-02T09:00:00Z"}


def test_a_read_after_a_write_answers_the_new_state():
    client = MockClient("timetrack")
    try:
        first = client.get("/attendances/1")
        assert client.get("/attendances/1").content == first.content
        client.put("/attendances/1", json={"notes": "changed"})
        assert client.get("/attendances/1").json()["notes"] == "changed"
        listed = client.get("/attendances").json()
        created = client.post("/attendances", json=ENTRY).json()
        assert client.get("/attendances").json() == [*listed, created]
        client.delete("/attendances/1")
        assert client.get("/attendances/1").status_code == 404
    finally:
        client.close()


def test_a_kept_read_still_checks_the_credential_and_the_parameters():
    client = MockClient("teampulse")
    try:
        assert client.get("/timeentries/1").status_code == 200
        refused = client.get(
            "/timeentries/1", auth=False, headers={"Authorization": "WRAP access_token=INVALID"}
        )
        assert refused.status_code == 401
        assert client.get("/timeentries/1", auth=False).status_code == 401
        assert client.get("/timeentries", params={"$top": "-1"}).status_code == 400
        assert client.get("/timeentries/1").status_code == 200
    finally:
        client.close()


class _Ticking:
    """A clock that moves one second per reading without writing to the store."""

    def __init__(self) -> None:
        self.instant = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.instant += timedelta(seconds=1)
        return self.instant


def test_a_read_that_reads_the_clock_is_answered_afresh():
    api = load_api("bamboohr")
    engine = Engine(api, behaviour_for("bamboohr"), Store(), base_path("bamboohr"), _Ticking())
    engine.vendor.seed(engine.store, api)
    http = TestClient(build_starlette(engine, api.spec.document), base_url="http://mock.test")
    headers = credentials(api)[0]
    path = "/api/v1/time-tracking/employees/40342/break-availabilities"
    try:
        first, second = (http.get(path, headers=headers) for _ in range(2))
    finally:
        http.close()
    assert first.status_code == second.status_code == 200
    assert first.json() and first.content != second.content  # calculatedAt moved on
