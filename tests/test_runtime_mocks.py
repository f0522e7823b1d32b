"""Generated clients against the in-process vendor mocks: every pagination style (sync and
async), partial failures, not-found quirks, auth placement, typed values and the errors."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from typing import Any

import httpx
import pytest
from conftest_runtime import mock_async_http, mock_http, mock_url
from timetracking_clients import bamboohr, papershift, teampulse, timetrack
from timetracking_clients._runtime import _errors

BAMBOO_KEY = "bamboo-key-0123456789"
TP_TOKEN = "tp-token-0123456789"
PS_TOKEN = "ps-token-0123456789"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def bamboo(sent: list[httpx.Request] | None = None, **creds: str) -> bamboohr.Client:
    creds = creds or {"api_key": BAMBOO_KEY}
    http = mock_http("bamboohr", sent)
    return bamboohr.Client(base_url=mock_url("bamboohr"), http_client=http, **creds)


def query(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


# -- pagination: offset/limit with a total (BambooHR break policies) -----------------------------
def _add_policies(client: bamboohr.Client, count: int) -> None:
    for number in range(count):
        client.break_policies.create_break_policy(body={"name": f"Policy {number}"})


def test_offset_pagination_walks_every_page_and_stops_at_the_total() -> None:
    sent: list[httpx.Request] = []
    client = bamboo(sent)
    _add_policies(client, 4)
    first = client.break_policies.list_break_policies(limit=2)
    total = first.body.meta.total_items
    assert len(first.items) == 2 and first.has_next_page()
    sent.clear()
    names = [policy.name for policy in client.break_policies.iter_list_break_policies(limit=2)]
    assert total == 5 and len(names) == 5 and len(set(names)) == 5
    assert [query(r).get("offset") for r in sent] == [None, "2", "4"]
    assert all(query(r)["limit"] == "2" for r in sent)


def test_offset_pagination_exact_multiple_needs_no_extra_request() -> None:
    sent: list[httpx.Request] = []
    client = bamboo(sent)
    _add_policies(client, 3)
    sent.clear()
    assert len(list(client.break_policies.iter_list_break_policies(limit=2))) == 4
    assert len(sent) == 2


@pytest.mark.anyio
async def test_offset_pagination_async() -> None:
    sent: list[httpx.Request] = []
    async with bamboohr.AsyncClient(
        base_url=mock_url("bamboohr"),
        http_client=mock_async_http("bamboohr", sent),
        api_key=BAMBOO_KEY,
    ) as client:
        for number in range(4):
            await client.break_policies.create_break_policy(body={"name": f"Async {number}"})
        sent.clear()
        items = [p async for p in client.break_policies.iter_list_break_policies(limit=2)]
    assert len(items) == 5
    assert [query(r).get("offset") for r in sent] == [None, "2", "4"]


# -- pagination: OData $top/$skip with totalResults (TeamPulse) ----------------------------------
def teampulse_client(sent: list[httpx.Request]) -> teampulse.Client:
    http = mock_http("teampulse", sent)
    return teampulse.Client(base_url=mock_url("teampulse"), http_client=http, access_token=TP_TOKEN)


def test_odata_pagination_uses_skip_and_stops_at_total_results() -> None:
    sent: list[httpx.Request] = []
    client = teampulse_client(sent)
    total = client.time_entries.list_time_entries(top=100).body.total_results
    sent.clear()
    ids = [entry.id for entry in client.time_entries.iter_list_time_entries(top=2)]
    assert len(ids) == total == 3 and len(set(ids)) == 3
    assert [(query(r)["$top"], query(r).get("$skip")) for r in sent] == [("2", None), ("2", "2")]
    assert sent[0].headers["Authorization"] == f"WRAP access_token={TP_TOKEN}"


def test_odata_pagination_keeps_the_filter_on_every_page() -> None:
    sent: list[httpx.Request] = []
    client = teampulse_client(sent)
    entries = list(client.time_entries.iter_list_time_entries(filter="hours gt 0", top=1))
    assert len(entries) == 3
    assert [query(r)["$filter"] for r in sent] == ["hours gt 0"] * 3


@pytest.mark.anyio
async def test_odata_pagination_async() -> None:
    sent: list[httpx.Request] = []
    async with teampulse.AsyncClient(
        base_url=mock_url("teampulse"),
        http_client=mock_async_http("teampulse", sent),
        access_token=TP_TOKEN,
    ) as client:
        ids = [e.id async for e in client.time_entries.iter_list_time_entries(top=2)]
    assert len(ids) == 3 and len(sent) == 2


# -- pagination: next_page URL (Papershift) ------------------------------------------------------
OCTOBER = {"range_start": dt.date(2015, 10, 1), "range_end": dt.date(2015, 10, 31)}


def papershift_client(sent: list[httpx.Request]) -> papershift.Client:
    http = mock_http("papershift", sent)
    return papershift.Client(base_url=mock_url("papershift"), http_client=http, api_token=PS_TOKEN)


def test_next_url_pagination_follows_next_page_with_the_token_in_the_query() -> None:
    sent: list[httpx.Request] = []
    client = papershift_client(sent)
    first = client.working_sessions.list_working_sessions(**OCTOBER)
    assert len(first.items) == 25 and first.body.next_page is not None
    assert first.has_next_page() and len(first.next_page().items) == 5
    sent.clear()
    ids = [s.id for s in client.working_sessions.iter_list_working_sessions(**OCTOBER)]
    assert len(ids) == len(set(ids)) == 30
    assert len(sent) == 2
    assert query(sent[1])["page"] == "2"
    assert [query(r)["api_token"] for r in sent] == [PS_TOKEN, PS_TOKEN]
    assert str(sent[1].url).count("api_token") == 1


def test_next_url_pagination_stops_on_an_empty_listing() -> None:
    sent: list[httpx.Request] = []
    client = papershift_client(sent)
    empty = {"range_start": dt.date(2001, 1, 1), "range_end": dt.date(2001, 1, 31)}
    assert list(client.working_sessions.iter_list_working_sessions(**empty)) == []
    assert len(sent) == 1


@pytest.mark.anyio
async def test_next_url_pagination_async() -> None:
    sent: list[httpx.Request] = []
    async with papershift.AsyncClient(
        base_url=mock_url("papershift"),
        http_client=mock_async_http("papershift", sent),
        api_token=PS_TOKEN,
    ) as client:
        ids = [s.id async for s in client.working_sessions.iter_list_working_sessions(**OCTOBER)]
    assert len(set(ids)) == 30 and len(sent) == 2


# -- pagination: zero-based page numbers over a bare array (TimeTrack) ---------------------------
def timetrack_client(sent: list[httpx.Request]) -> timetrack.Client:
    http = mock_http("timetrack", sent)
    return timetrack.Client(
        base_url=mock_url("timetrack"),
        http_client=http,
        api_key="tt-key-0123",
        api_secret="tt-s-0123",
    )


def test_page_number_pagination_stops_on_a_short_page() -> None:
    sent: list[httpx.Request] = []
    client = timetrack_client(sent)
    entries = list(client.attendances.iter_list_attendances(limit=2))
    assert len(entries) == len({e.id for e in entries}) == 3
    assert [query(r).get("page_number") for r in sent] == [None, "1"]
    assert sent[0].headers["X-TimeTrack-Api-Key"] == "tt-key-0123"
    assert sent[0].headers["X-TimeTrack-Api-Secret"] == "tt-s-0123"


def test_page_number_pagination_stops_on_an_empty_page() -> None:
    sent: list[httpx.Request] = []
    client = timetrack_client(sent)
    assert len(list(client.attendances.iter_list_attendances(limit=3))) == 3
    assert [query(r).get("page_number") for r in sent] == [None, "1"]


def test_datetime_filters_keep_their_offset() -> None:
    sent: list[httpx.Request] = []
    client = timetrack_client(sent)
    since = dt.datetime(2000, 1, 1, 10, 0, 0, 250_000, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    entries = client.attendances.list_attendances(from_=since)
    assert query(sent[0])["from"] == "2000-01-01T08:00:00.250Z"  # same instant, vendor's format
    assert entries.items and all(e.from_.utcoffset() is not None for e in entries.items)


@pytest.mark.anyio
async def test_page_number_pagination_async() -> None:
    sent: list[httpx.Request] = []
    async with timetrack.AsyncClient(
        base_url=mock_url("timetrack"),
        http_client=mock_async_http("timetrack", sent),
        api_key="k-0123456",
        api_secret="s-0123456",
    ) as client:
        entries = [e async for e in client.attendances.iter_list_attendances(limit=2)]
    assert len(entries) == 3 and len(sent) == 2


# -- pagination: date ranges (BambooHR timesheet entries) ----------------------------------------
def test_date_range_listing_yields_the_bare_array_items() -> None:
    sent: list[httpx.Request] = []
    client = bamboo(sent)
    today = dt.date.today()
    window = {"start": today - dt.timedelta(days=30), "end": today}
    page = client.timesheet_entries.list_timesheet_entries(**window)
    sent.clear()
    entries = list(client.timesheet_entries.iter_list_timesheet_entries(**window))
    assert [e.id for e in entries] == [e.id for e in page.items] and entries
    assert len(sent) == 1
    assert query(sent[0]) == {"start": window["start"].isoformat(), "end": today.isoformat()}


@pytest.mark.anyio
async def test_date_range_listing_async() -> None:
    today = dt.date.today()
    async with bamboohr.AsyncClient(
        base_url=mock_url("bamboohr"), http_client=mock_async_http("bamboohr"), api_key=BAMBOO_KEY
    ) as client:
        entries = [
            e
            async for e in client.timesheet_entries.iter_list_timesheet_entries(
                start=today - dt.timedelta(days=30), end=today
            )
        ]
    assert entries and all(isinstance(e.date, dt.date) for e in entries)


# -- partial failures (BambooHR bulk hour records) -----------------------------------------------
GOOD = {
    "timeTrackingId": "bulk-good-1",
    "employeeId": 40342,
    "dateHoursWorked": "2024-01-02",
    "rateType": "REG",
    "hoursWorked": 2.5,
}
BAD = {"timeTrackingId": "bulk-bad-1", "employeeId": 40342, "hoursWorked": "lots"}


def test_bulk_store_returns_succeeded_and_failed_items_with_messages() -> None:
    client = bamboo()
    result = client.hour_records.create_or_update_time_tracking_hour_records(body=[GOOD, BAD])
    assert not result.ok
    assert [item.response.id for item in result.succeeded] == ["bulk-good-1"]
    [failed] = result.failed
    assert failed.sent == BAD
    assert failed.message and failed.message == failed.result.response.message
    stored = client.hour_records.get_time_tracking_record(id="bulk-good-1")
    assert float(stored.hours_worked or 0) == 2.5


def test_bulk_store_raises_with_both_lists_when_asked() -> None:
    client = bamboo()
    with pytest.raises(bamboohr.errors.PartialFailureError) as caught:
        client.hour_records.create_or_update_time_tracking_hour_records(
            body=[GOOD, BAD], raise_on_partial_failure=True
        )
    error = caught.value
    assert isinstance(error, bamboohr.errors.BamboohrError)
    assert len(error.succeeded) == 1 and len(error.failed) == 1
    assert error.failed[0].sent == BAD
    assert "1 item(s) failed" in str(error)


def test_bulk_store_all_good_does_not_raise() -> None:
    result = bamboo().hour_records.create_or_update_time_tracking_hour_records(
        body=[GOOD], raise_on_partial_failure=True
    )
    assert result.ok and len(result.succeeded) == 1


@pytest.mark.anyio
async def test_bulk_store_async() -> None:
    async with bamboohr.AsyncClient(
        base_url=mock_url("bamboohr"), http_client=mock_async_http("bamboohr"), api_key=BAMBOO_KEY
    ) as client:
        result = await client.hour_records.create_or_update_time_tracking_hour_records(
            body=[BAD, GOOD]
        )
    assert [f.sent for f in result.failed] == [BAD] and len(result.succeeded) == 1


# -- not-found quirks and errors -----------------------------------------------------------------
def test_empty_success_body_is_not_found() -> None:
    with pytest.raises(bamboohr.errors.NotFoundError) as caught:
        bamboo().hour_records.get_time_tracking_record(id="no-such-record")
    assert caught.value.status_code == 200
    assert str(caught.value).startswith("404 Not Found: getTimeTrackingRecord found nothing at ")


def test_400_with_not_found_detail_is_not_found() -> None:
    with pytest.raises(bamboohr.errors.NotFoundError) as caught:
        bamboo().hour_records.delete_time_tracking_hour_record(id="no-such-record")
    assert caught.value.status_code == 400
    assert "not found" in caught.value.body.detail  # the documented error schema, typed


def test_other_400s_stay_bad_requests() -> None:
    with pytest.raises(bamboohr.errors.BadRequestError) as caught:
        bamboo().hour_records.create_time_tracking_hour_record(body={"timeTrackingId": "x"})
    assert not isinstance(caught.value, bamboohr.errors.NotFoundError)


def test_plain_404_is_not_found_for_every_vendor() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(bamboohr.errors.NotFoundError):
        bamboo().break_policies.get_break_policy(id=uuid.uuid4())
    with pytest.raises(teampulse.errors.NotFoundError):
        teampulse_client(sent).time_entries.get_time_entry(id=999_999)
    with pytest.raises(timetrack.errors.NotFoundError):
        timetrack_client(sent).attendances.get_attendance(id=999_999)
    with pytest.raises(papershift.errors.NotFoundError):
        papershift_client(sent).working_sessions.get_working_session(id=999_999)


def test_one_except_clause_catches_every_vendors_not_found() -> None:
    caught = []
    calls = [
        lambda: bamboo().hour_records.get_time_tracking_record(id="missing"),
        lambda: bamboo().hour_records.delete_time_tracking_hour_record(id="missing"),
        lambda: teampulse_client([]).time_entries.get_time_entry(id=999_999),
    ]
    for call in calls:
        try:
            call()
        except _errors.NotFoundError as error:
            caught.append(error)
    assert len(caught) == 3


def test_missing_credentials_raise_before_anything_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEAMPULSE_ACCESS_TOKEN", raising=False)
    sent: list[httpx.Request] = []
    http = mock_http("teampulse", sent)
    client = teampulse.Client(base_url=mock_url("teampulse"), http_client=http)
    with pytest.raises(teampulse.errors.MissingCredentialsError, match="TEAMPULSE_ACCESS_TOKEN"):
        client.time_entries.list_time_entries()
    assert sent == []


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEAMPULSE_ACCESS_TOKEN", "from-env-0123")
    sent: list[httpx.Request] = []
    http = mock_http("teampulse", sent)
    teampulse.Client(
        base_url=mock_url("teampulse"), http_client=http
    ).time_entries.list_time_entries()
    assert sent[0].headers["Authorization"] == "WRAP access_token=from-env-0123"


# -- auth placement ------------------------------------------------------------------------------
def test_bamboohr_basic_and_bearer() -> None:
    sent: list[httpx.Request] = []
    bamboo(sent).break_policies.list_break_policies()
    bamboo(sent, access_token="oauth-token-0123").break_policies.list_break_policies()
    basic, bearer = (r.headers["Authorization"] for r in sent)
    assert basic == "Basic " + base64.b64encode(f"{BAMBOO_KEY}:x".encode()).decode()
    assert bearer == "Bearer oauth-token-0123"


def test_papershift_token_in_query_for_reads_and_in_body_for_writes() -> None:
    sent: list[httpx.Request] = []
    client = papershift_client(sent)
    created = client.working_sessions.create_working_session(
        body={
            "working_session": {
                "location_external_id": "Company-A",
                "working_area_external_id": "Area-Alpha",
                "user_external_id": "User-001",
                "starts_at": "2015-10-31T08:30:00+00:00",
                "ends_at": "2015-10-31T17:30:00+00:00",
                "manual_pause": 60,
            }
        }
    )
    fetched = client.working_sessions.get_working_session(id=created.id)
    write, read = sent
    assert json.loads(write.content)["api_token"] == PS_TOKEN
    assert "api_token" not in write.url.params
    assert read.url.params["api_token"] == PS_TOKEN
    assert fetched.break_time == 3600 and fetched.starts_at.utcoffset() is not None


def test_with_raw_response_returns_the_http_response_and_parses_on_demand() -> None:
    sent: list[httpx.Request] = []
    raw = teampulse_client(sent).time_entries.with_raw_response.get_time_entry(id=1)
    assert raw.status_code == 200 and raw.http_response.request is sent[0]
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.retries_taken == 0 and raw.elapsed.total_seconds() >= 0
    entry = raw.parse()
    assert entry.id == raw.http_response.json()["id"] and raw.parse() is entry


def test_with_raw_response_of_a_list_parses_to_a_page() -> None:
    client = teampulse_client([])
    raw = client.time_entries.with_raw_response.list_time_entries(top=2)
    page = raw.parse()
    assert raw.http_response.json()["totalResults"] == page.body.total_results == 3
    assert [e.id for e in page] == [e.id for p in page.iter_pages() for e in p.items]
    assert len(list(page)) == 3


def test_error_hierarchy_is_complete_for_every_vendor() -> None:
    names = [
        "APIStatusError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "APIConnectionError",
        "APITimeoutError",
        "BadRequestError",
    ]
    for module in (bamboohr, timetrack, teampulse, papershift):
        errors: Any = module.errors
        for name in names:
            cls = getattr(errors, name)
            assert issubclass(cls, getattr(_errors, name)), (module, name)
            assert issubclass(cls, _errors.APIError)
        assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
        assert errors.NotFoundError is _errors.NotFoundError  # one hierarchy, shared
