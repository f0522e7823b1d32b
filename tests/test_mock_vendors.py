"""TimeTrack, TeamPulse and Papershift mock quirks, in process; responses checked against the spec."""

from __future__ import annotations

import pytest

from generator.mock.testing import MockClient

ENTRY = {
    "username": "tester",
    "from": "2020-11-02T08:00:00.000Z",
    "to": "2020-11-02T16:00:00.000Z",
    "minutesBreak": 30,
    "details": "from the example",
}
TIME_ENTRY = {"date": "2013-10-02", "hours": 6, "type": "Billable", "userId": 1, "taskId": 10}
SESSION = {
    "location_external_id": "Company-A",
    "working_area_external_id": "Area-Alpha",
    "user_external_id": "User-001",
    "starts_at": "2015-11-02T08:30:00+00:00",
    "ends_at": "2015-11-02T17:30:00+00:00",
    "manual_pause": 60,
    "external_id": "WS-9",
}


@pytest.fixture
def timetrack():
    client = MockClient("timetrack")
    yield client
    client.close()


@pytest.fixture
def teampulse():
    client = MockClient("teampulse")
    yield client
    client.close()


@pytest.fixture
def papershift():
    client = MockClient("papershift")
    yield client
    client.close()


# -- TimeTrack ---------------------------------------------------------------------------------
def test_timetrack_create_maps_aliases_and_derives_minutes(timetrack):
    created = timetrack.post("/attendances", json=ENTRY)
    assert created.status_code == 201
    entry = created.json()
    assert (entry["user"], entry["notes"], entry["breakMinutes"], entry["workedMinutes"]) == (
        "tester",
        "from the example",
        30,
        450,
    )
    updated = timetrack.put(f"/attendances/{entry['id']}", json={"notes": "changed"}).json()
    assert updated["notes"] == "changed" and updated["from"] == ENTRY["from"]


def test_timetrack_delete_marks_deleted(timetrack):
    key = timetrack.post("/attendances", json=ENTRY).json()["id"]
    assert timetrack.delete(f"/attendances/{key}").status_code == 204
    for method in ("GET", "DELETE"):
        gone = timetrack.request(method, f"/attendances/{key}")
        assert gone.status_code == 404 and gone.json()["errors"][0]["code"] == 15020
    assert key not in [e["id"] for e in timetrack.get("/attendances").json()]


def test_timetrack_list_filters(timetrack):
    timetrack.post("/attendances", json=ENTRY)
    by_username = timetrack.get("/attendances", params={"username": "jdoe"}).json()
    by_user = timetrack.get("/attendances", params={"user": "jdoe"}).json()
    assert by_username == by_user and {e["user"] for e in by_user} == {"jdoe"}
    window = {"from": "2020-11-01T00:00:00Z", "to": "2020-11-30T00:00:00Z"}
    assert [e["from"] for e in timetrack.get("/attendances", params=window).json()] == [
        ENTRY["from"]
    ]
    assert len(timetrack.get("/attendances", params={"limit": 1, "page_number": 1}).json()) == 1


def test_timetrack_requires_both_headers(timetrack):
    only_key = {"X-TimeTrack-Api-Key": "k"}
    response = timetrack.get("/attendances", auth=False, headers=only_key)
    assert response.status_code == 401 and response.json()["errors"][0]["status"] == 401


# -- TeamPulse ---------------------------------------------------------------------------------
def test_teampulse_create_computes_week_and_server_fields(teampulse):
    created = teampulse.post("/timeentries", json={**TIME_ENTRY, "date": "2021-01-03"})
    entry = created.json()
    assert created.status_code == 201 and created.headers["Location"].endswith(
        f"/timeentries/{entry['id']}"
    )
    assert (
        entry["week"] == 53 and entry["createdBy"] and entry["createdAt"] == entry["lastModifiedAt"]
    )
    updated = teampulse.put(f"/timeentries/{entry['id']}", json={"date": "2013-10-02"}).json()
    assert updated["week"] == 40 and updated["hours"] == 6
    assert teampulse.delete(f"/timeentries/{entry['id']}").status_code == 200
    assert teampulse.get(f"/timeentries/{entry['id']}").status_code == 404


def test_teampulse_odata_filter_order_and_paging(teampulse):
    teampulse.post(
        "/timeentries", json={**TIME_ENTRY, "hours": 2, "taskId": 11, "note": "it's short"}
    )
    page = teampulse.get(
        "/timeentries",
        params={
            "$filter": "(hours ge 6 and taskId eq 10) or note eq 'it''s short'",
            "$orderby": "date desc,id",
            "$top": 2,
            "$skip": 1,
        },
    ).json()
    assert page["totalResults"] == 4 and page["top"] == 2
    assert [e["date"] for e in page["results"]] == ["2013-10-03", "2013-10-02"]
    assert (
        teampulse.get("/timeentries", params={"$filter": "hours ne 6"}).json()["totalResults"] == 1
    )
    assert (
        teampulse.get("/timeentries", params={"$filter": "hours lt 6 and id le 3"}).json()[
            "results"
        ]
        == []
    )
    assert teampulse.get("/tasks/11/timeentries").json()["totalResults"] == 1
    assert teampulse.get("/timeentries", params={"$filter": "secret eq 1"}).status_code == 400


def test_teampulse_missing_token_gets_wrap_challenge(teampulse):
    response = teampulse.get("/timeentries", auth=False)
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("WRAP ")


# -- Papershift --------------------------------------------------------------------------------
def test_papershift_create_get_by_id_or_external_id(papershift):
    created = papershift.post("/working_sessions", json={"working_session": SESSION}).json()
    assert created["starts_at"] == "2015-11-02T09:30:00+01:00" and created["break_time"] == 3600
    assert created["employee_id"] == 1 and created["location_id"] == 8006
    by_id = papershift.get("/working_sessions/", params={"id": created["id"]}).json()
    by_external = papershift.get("/working_sessions/", params={"external_id": "WS-9"}).json()
    assert by_id == by_external and by_id["breaks"] == [] and "secure_id" in by_id
    wire_form = papershift.get("/working_sessions", params={"external_id": "WS-9"})
    assert wire_form.json()["id"] == created["id"]


def test_papershift_update_confirm_delete(papershift):
    key = papershift.post("/working_sessions", json={"working_session": SESSION}).json()["id"]
    change = {
        "id": str(key),
        "starts_at": "2015-11-02T07:00:00Z",
        "ends_at": "2015-11-02T15:00:00Z",
        "manual_pause": 50,
        "filters_id": 67087,
    }
    updated = papershift.put("/working_sessions", json={"working_session": change}).json()
    assert updated["break_time"] == 3000 and updated["starts_at"] == "2015-11-02T08:00:00+01:00"
    confirmed = papershift.put(
        "/working_sessions/confirm", json={"working_session": {"external_id": "WS-9"}}
    )
    assert confirmed.json()["filters"][0]["title"] == "Berater"
    lookup = {"working_session": {"id": key}}
    assert papershift.delete("/working_sessions", json=lookup).json() == {}
    assert papershift.delete("/working_sessions", json=lookup).status_code == 404


def test_papershift_range_pages_of_25_with_absolute_next_page(papershift):
    params = {"range_start": "2015-10-01", "range_end": "2015-10-31"}
    first = papershift.get("/working_sessions", params=params).json()
    assert len(first["working_sessions"]) == 25
    assert first["next_page"].startswith("http://mock.test/public_api/v1/working_sessions?")
    assert "api_token=test-token" in first["next_page"] and "page=2" in first["next_page"]
    second = papershift.http.get(first["next_page"]).json()
    assert len(second["working_sessions"]) == 5 and second["next_page"] is None
    only_user_5 = papershift.get("/working_sessions", params={**params, "user_id": 5}).json()
    assert {s["employee_id"] for s in only_user_5["working_sessions"]} == {5}
    by_external = papershift.get(
        "/working_sessions", params={**params, "user_external_id": "User-005"}
    )
    assert by_external.json() == only_user_5
    assert papershift.get("/working_sessions", params={**params, "tags": "0"}).status_code == 400


def test_papershift_token_in_body_and_documented_401(papershift):
    body = {"api_token": "secret", "working_session": SESSION}
    assert papershift.post("/working_sessions", auth=False, json=body).status_code == 200
    refused = papershift.post("/working_sessions", auth=False, json={"working_session": SESSION})
    assert refused.status_code == 401 and refused.json() == {"response": "API Key not found!"}
    unknown = {**SESSION, "user_external_id": "nobody", "external_id": "WS-10"}
    assert (
        papershift.post("/working_sessions", json={"working_session": unknown}).status_code == 422
    )


def test_undocumented_request_fields_are_neither_stored_nor_echoed(teampulse) -> None:
    created = teampulse.post("/timeentries", json={**TIME_ENTRY, "injected": "x"})
    assert created.status_code == 201
    entry = created.json()
    assert "injected" not in entry
    updated = teampulse.put(f"/timeentries/{entry['id']}", json={"note": "n", "other": 1}).json()
    assert updated["note"] == "n" and "other" not in updated
    assert "other" not in teampulse.get(f"/timeentries/{entry['id']}").json()
