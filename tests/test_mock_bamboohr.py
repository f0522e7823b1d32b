"""BambooHR mock quirks, in process; every response is checked against the spec."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from generator.mock.testing import MockClient

POLICIES = "/api/v1/time-tracking/break-policies"
RECORD = {
    "timeTrackingId": "rec-1",
    "employeeId": 40342,
    "dateHoursWorked": "2016-08-11",
    "rateType": "REG",
    "hoursWorked": 4.5,
}


@pytest.fixture
def mock():
    client = MockClient("bamboohr")
    yield client
    client.close()


def test_hour_record_lifecycle_and_read_model(mock):
    assert mock.post("/api/v1/timetracking/add", json=RECORD).json() == {"id": "rec-1"}
    got = mock.get("/api/v1/timetracking/record/rec-1").json()
    assert got["employeeId"] == "40342" and got["hoursWorked"] == "4.5000"
    adjusted = mock.put(
        "/api/v1/timetracking/adjust", json={"timeTrackingId": "rec-1", "hoursWorked": 6}
    )
    assert adjusted.status_code == 201
    got = mock.get("/api/v1/timetracking/record/rec-1").json()
    assert (got["hoursWorked"], got["adjustedHours"]) == ("6.0000", "1.5000")
    deleted = mock.delete("/api/v1/timetracking/delete/rec-1")
    assert deleted.json() == {"status": "success", "message": "Record removed"}


def test_unknown_hour_record_get_is_empty_and_delete_is_400(mock):
    got = mock.get("/api/v1/timetracking/record/nope")
    assert got.status_code == 200 and got.json() == {}
    deleted = mock.delete("/api/v1/timetracking/delete/nope")
    assert deleted.status_code == 400 and "not found" in deleted.json()["detail"]


def test_bulk_store_answers_201_with_per_item_results(mock):
    bad = {**RECORD, "timeTrackingId": "rec-2", "hoursWorked": "many"}
    response = mock.post("/api/v1/timetracking/record", json=[RECORD, bad])
    assert response.status_code == 201
    first, second = response.json()
    assert first == {"success": True, "response": {"id": "rec-1", "message": None}}
    assert second["success"] is False and "hoursWorked" in second["response"]["message"]
    assert mock.get("/api/v1/timetracking/record/rec-2").json() == {}


def test_clock_in_out_conflicts(mock):
    clock_in = "/api/v1/time_tracking/employees/40344/clock_in"
    clock_out = "/api/v1/time_tracking/employees/40344/clock_out"
    assert mock.post(clock_out).status_code == 409
    entry = mock.post(clock_in, json={"note": "morning"}).json()
    assert entry["end"] is None and entry["type"] == "clock"
    assert mock.post(clock_in).status_code == 409
    delete = mock.post(
        "/api/v1/time_tracking/clock_entries/delete", json={"clockEntryIds": [entry["id"]]}
    )
    assert delete.status_code == 409
    assert mock.post(clock_out).json()["end"] is not None
    delete = mock.post(
        "/api/v1/time_tracking/clock_entries/delete", json={"clockEntryIds": [entry["id"]]}
    )
    assert delete.status_code == 204


def test_timesheet_entries_range_and_employee_filter(mock):
    today = date.today()
    stored = mock.post(
        "/api/v1/time_tracking/hour_entries/store",
        json={"hours": [{"employeeId": 7, "date": today.isoformat(), "hours": 2.0}]},
    ).json()
    params = {"start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat()}
    listed = mock.get(
        "/api/v1/time_tracking/timesheet_entries", params={**params, "employeeIds": "7"}
    )
    assert [e["id"] for e in listed.json()] == [stored[0]["id"]]
    too_old = {"start": (today - timedelta(days=400)).isoformat(), "end": today.isoformat()}
    assert mock.get("/api/v1/time_tracking/timesheet_entries", params=too_old).status_code == 400
    missing = mock.post(
        "/api/v1/time_tracking/hour_entries/delete", json={"hourEntryIds": [999999]}
    )
    assert missing.status_code == 404


def test_policy_breaks_and_assignments_stay_consistent(mock):
    policy = mock.post(
        POLICIES,
        json={"name": "Night", "employeeIds": [1], "breaks": [{"name": "Meal", "duration": 30}]},
    ).json()
    pid, break_id = policy["id"], policy["breaks"][0]["id"]
    assert mock.post(f"{POLICIES}/{pid}/assign", json={"employeeIds": [2, 3]}).status_code == 204
    assert mock.post(f"{POLICIES}/{pid}/unassign", json={"employeeIds": [3]}).status_code == 204
    people = mock.get(f"{POLICIES}/{pid}/employees").json()
    assert [p["id"] for p in people["data"]] == [1, 2]
    assert mock.put(f"{POLICIES}/{pid}/assign", json={"employeeIds": [5]}).status_code == 204
    assert [p["id"] for p in mock.get(f"{POLICIES}/{pid}/employees").json()["data"]] == [5]
    employee_policies = mock.get("/api/v1/time-tracking/employees/5/break-policies").json()
    assert pid in [p["id"] for p in employee_policies["data"]]
    synced = mock.put(
        f"{POLICIES}/{pid}/sync",
        json={"name": "Night", "breaks": [{"name": "Rest"}], "employeeIds": []},
    ).json()
    assert [b["name"] for b in synced["breaks"]] == ["Rest"] and synced["employeeIds"] == []
    assert mock.get(f"/api/v1/time-tracking/breaks/{break_id}").status_code == 404
    assert mock.delete(f"{POLICIES}/{pid}").status_code == 204
    assert mock.get(f"/api/v1/time-tracking/breaks/{synced['breaks'][0]['id']}").status_code == 404
    assert mock.get(f"{POLICIES}/{pid}").status_code == 404


def test_unassign_from_all_employee_policy_is_400(mock):
    pid = mock.post(POLICIES, json={"name": "All", "allEmployeesAssigned": True}).json()["id"]
    assert mock.post(f"{POLICIES}/{pid}/unassign", json={"employeeIds": [1]}).status_code == 400


def test_break_crud_and_soft_delete(mock):
    pid = mock.post(POLICIES, json={"name": "P"}).json()["id"]
    created = mock.post(f"{POLICIES}/{pid}/breaks", json={"name": "Coffee", "duration": 10})
    assert created.status_code == 201
    bid = created.json()["id"]
    assert (
        mock.patch(f"/api/v1/time-tracking/breaks/{bid}", json={"duration": 15}).json()["duration"]
        == 15
    )
    assert mock.get(f"{POLICIES}/{pid}/breaks").json()["meta"]["totalItems"] == 1
    assert mock.delete(f"/api/v1/time-tracking/breaks/{bid}").status_code == 204
    assert mock.get(f"/api/v1/time-tracking/breaks/{bid}").status_code == 404
    assert mock.get(f"{POLICIES}/{pid}/breaks").json()["data"] == []


def test_invalid_uuid_status_follows_each_operation(mock):
    assert mock.get("/api/v1/time-tracking/breaks/not-a-uuid").status_code == 422
    assert mock.delete("/api/v1/time-tracking/breaks/not-a-uuid").status_code == 400


def test_offset_paging_limit_and_odata_filter(mock):
    for n in range(4):
        mock.post(POLICIES, json={"name": f"Policy {n}"})
    page = mock.get(POLICIES, params={"offset": 1, "limit": 2}).json()
    assert page["meta"] == {"totalItems": 5, "offset": 1, "limit": 2}
    assert page["_links"]["prev"] and page["_links"]["next"]
    assert mock.get(POLICIES, params={"limit": 501}).status_code == 422
    named = mock.get(POLICIES, params={"filter": "name eq 'Policy 2' or name eq 'Policy 3'"}).json()
    assert sorted(p["name"] for p in named["data"]) == ["Policy 2", "Policy 3"]
    assessments = "/api/v1/time-tracking/break-assessments"
    violations = mock.get(assessments, params={"filter": "result eq 'violation'"}).json()["data"]
    assert [a["result"] for a in violations] == ["violation"]
    assert mock.get(assessments, params={"filter": "nosuchfield eq 1"}).status_code == 422


def test_project_defaults_and_conflicts(mock):
    project = mock.post(
        "/api/v1/time_tracking/projects",
        json={"name": "Apollo", "hasTasks": True, "tasks": [{"name": "Design"}]},
    ).json()
    assert project["tasks"][0]["name"] == "Design" and "employeeIds" not in project
    assert mock.post("/api/v1/time_tracking/projects", json={"name": "Apollo"}).status_code == 409
    restricted = mock.post(
        "/api/v1/time_tracking/projects",
        json={"name": "Zeus", "allowAllEmployees": False, "employeeIds": [1]},
    ).json()
    assert restricted["employeeIds"] == [1]


def test_missing_credentials_answer_401_problem_details(mock):
    response = mock.get(POLICIES, auth=False)
    assert response.status_code == 401 and response.json()["status"] == 401
