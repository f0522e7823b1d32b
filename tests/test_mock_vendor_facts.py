"""What the vendor quirk modules still hold agrees with the spec (the IR), and facts the spec
states (range limits, answer fields) come from it rather than from a copy in the module."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from generator.mock import load_api
from generator.mock.infer import entity_properties
from generator.mock.testing import MockClient
from generator.mock.vendor import MockError
from generator.mock.vendors import papershift, timetrack
from generator.mock.vendors.bamboohr import common as bamboohr

ENTRIES = "/api/v1/time_tracking/timesheet_entries"
SESSION = {  # a Papershift working session naming the demo account's location, area and user
    "location_id": 8006,
    "working_area_id": 12,
    "user_id": 1,
    "starts_at": "2015-10-05T08:00:00Z",
    "ends_at": "2015-10-05T12:00:00Z",
}


def _route(client: MockClient, operation_id: str) -> Any:
    return next(r for r in client.app.state.engine.routes if r.op.operation_id == operation_id)


@pytest.mark.parametrize(
    ("vendor", "collections"),
    [
        ("timetrack", {timetrack.COLLECTION}),
        ("papershift", {papershift.COLLECTION}),
        (
            "bamboohr",
            {bamboohr.RECORDS, bamboohr.ENTRIES, bamboohr.PROJECTS}
            | {bamboohr.POLICIES, bamboohr.BREAKS, bamboohr.ASSESSMENTS},
        ),
    ],
)
def test_store_collections_are_the_specs_resources(vendor, collections):
    """Seed data and quirk handlers name the store by the spec's `x-resource` names."""
    named = {op.ext.resource.name for op in load_api(vendor).operations if op.ext.resource}
    assert collections <= named


def test_teampulse_create_answers_the_get_operations_url():
    client = MockClient("teampulse")
    try:
        created = client.post(
            "/timeentries",
            json={"date": "2013-10-02", "hours": 1, "type": "Billable", "userId": 1, "taskId": 10},
        )
        location = created.headers["Location"]
        assert location.endswith(f"/api/v1/timeentries/{created.json()['id']}")
        assert client.get(location.split("/api/v1", 1)[1]).json() == created.json()
    finally:
        client.close()


def test_timetrack_deleted_error_is_the_specs_example():
    api = load_api("timetrack")
    get = next(op for op in api.operations if op.operation_id == "getAttendance")
    node = api.spec.resolve_pointer(f"{get.pointer}/responses/404")
    example = node["content"]["application/json"]["examples"]["deleted"]["value"]["errors"][0]
    assert (example["code"], example["title"]) == (timetrack.DELETED_CODE, timetrack.DELETED_TITLE)


def test_teampulse_demo_data_is_the_specs_documented_list():
    api = load_api("teampulse")
    listing = next(op for op in api.operations if op.operation_id == "listTimeEntries")
    answer = api.spec.resolve_pointer(f"{listing.pointer}/responses/200")
    example = api.spec.deref(answer)["content"]["application/json"]["examples"]["seed"]["value"]
    client = MockClient("teampulse")
    try:
        assert client.get("/timeentries").json() == example
    finally:
        client.close()


def test_a_lookup_value_names_one_entity():
    """x-resource lookup: a second create with a taken external_id is refused, the first stays."""
    client = MockClient("papershift")
    try:
        session = {**SESSION, "external_id": "once"}
        first = client.post("/working_sessions", json={"working_session": session}).json()
        again = client.post("/working_sessions", json={"working_session": session})
        assert again.status_code == 422 and "external_id" in again.json()["response"]
        found = client.get("/working_sessions/", params={"external_id": "once"}).json()
        assert found["id"] == first["id"]
    finally:
        client.close()


@pytest.fixture
def bamboo():
    client = MockClient("bamboohr")
    yield client
    client.close()


def test_bamboohr_range_limit_is_the_specs_max_days(bamboo):
    assert not hasattr(bamboohr, "MAX_RANGE_DAYS")
    max_days = _route(bamboo, "listTimesheetEntries").pagination.max_days
    today = datetime.now(bamboohr.COMPANY_ZONE).date()
    within = {"start": (today - timedelta(days=max_days - 1)).isoformat(), "end": today.isoformat()}
    beyond = {"start": (today - timedelta(days=max_days + 2)).isoformat(), "end": today.isoformat()}
    assert bamboo.get(ENTRIES, params=within).status_code == 200
    refused = bamboo.get(ENTRIES, params=beyond)
    assert refused.status_code == 400 and f"last {max_days} days" in refused.text


def test_bamboohr_entry_answers_carry_the_response_schemas_fields(bamboo):
    today = datetime.now(bamboohr.COMPANY_ZONE).date().isoformat()
    stored = bamboo.post(
        "/api/v1/time_tracking/hour_entries/store",
        json={"hours": [{"employeeId": 7, "date": today, "hours": 2.0}]},
    ).json()
    route = _route(bamboo, "createOrUpdateTimesheetHourEntries")
    assert set(stored[0]) == set(entity_properties(route.op, bamboo.api))
    listed = bamboo.get(ENTRIES, params={"start": today, "end": today}).json()
    listing = _route(bamboo, "listTimesheetEntries")
    assert set(listed[0]) == set(entity_properties(listing.op, bamboo.api))


def test_bamboohr_filters_the_listed_items_documented_fields(bamboo):
    """The documents name no filter fields for policies and breaks: any documented field of the
    listed items filters, and an undocumented one is refused."""
    assert not hasattr(bamboohr, "POLICY_FILTER_FIELDS")
    policies = "/api/v1/time-tracking/break-policies"
    for field in _route(bamboo, "listBreakPolicies").response_fields:
        assert bamboo.get(policies, params={"filter": f"{field} eq null"}).status_code == 200
    refused = bamboo.get(policies, params={"filter": "employeeIds eq 1"})
    assert refused.status_code == 422


def test_papershift_answers_carry_the_response_schemas_fields():
    assert not hasattr(papershift, "_SHAPES")
    client = MockClient("papershift")
    try:
        created = client.post("/working_sessions", json={"working_session": SESSION}).json()
        documented = entity_properties(_route(client, "createWorkingSession").op, client.api)
        assert set(created) == set(documented)
        days = {"range_start": "2015-10-05", "range_end": "2015-10-05"}
        listed = client.get("/working_sessions", params=days).json()["working_sessions"]
        listing = _route(client, "listWorkingSessions")
        items = entity_properties(listing.op, client.api, listing.pagination.items)
        assert created in listed and all(set(item) == set(items) for item in listed)
    finally:
        client.close()


def test_papershift_401_body_is_the_specs_example():
    api = load_api("papershift")
    for op in api.operations:
        node = api.spec.resolve_pointer(f"{op.pointer}/responses/401")
        example = node["content"]["application/json"]["example"]
        assert papershift.Behaviour().error_body(MockError(401, "any")) == example


def test_papershift_demo_account_holds_what_the_specs_examples_name():
    """The demo account's locations, areas, users and tags are the ones the documented requests
    and answers name, so every documented write succeeds against a fresh mock."""
    api = load_api("papershift")
    tables = {"location": papershift.LOCATIONS, "working_area": papershift.WORKING_AREAS}
    tables["user"] = papershift.USERS
    for op in api.operations:
        sent = (op.body.example or {}).get("working_session", {}) if op.body else {}
        for kind, known in tables.items():
            assert sent.get(f"{kind}_id", next(iter(known))) in known
            assert sent.get(f"{kind}_external_id", known[next(iter(known))]) in known.values()
    get = next(op for op in api.operations if op.operation_id == "getWorkingSession")
    answer = api.spec.resolve_pointer(f"{get.pointer}/responses/200")
    for tag in answer["content"]["application/json"]["example"]["filters"]:
        assert papershift.TAGS[tag["id"]] == tag


def test_papershift_page_size_comes_from_the_spec():
    assert not any(isinstance(v, int) and v == 25 for v in vars(papershift).values())
