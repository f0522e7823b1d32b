"""Retries, timeouts, connection failures and hostile pagination against a real local server.

Sleeps go through an injected `sleep` (and `clock` for HTTP dates), so the tests assert the
exact delays the client chose without waiting for them.
"""

from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest
from conftest_runtime import TEAMPULSE_ENTRY, FaultServer, Reply, Seen
from timetracking_clients import bamboohr, papershift, teampulse, timetrack
from timetracking_clients._runtime import APIResponseValidationError, RetryPolicy, SyncAPIClient
from timetracking_clients.teampulse import resources as tp_resources
from timetracking_clients.teampulse.client import SCHEMES as TP_SCHEMES

NO_JITTER = RetryPolicy(max_retries=2, initial_delay=0.5, jitter=0.0)
TOKEN = "tp-token-0123456789"


def teampulse_client(server: FaultServer, **options: Any) -> tuple[teampulse.Client, list[float]]:
    sleeps: list[float] = []
    options.setdefault("retry_policy", NO_JITTER)
    client = teampulse.Client(
        base_url=server.url, access_token=TOKEN, sleep=sleeps.append, **options
    )
    return client, sleeps


def test_429_with_retry_after_seconds_waits_that_long_then_succeeds() -> None:
    script = [Reply(429, {"error": "slow down"}, {"Retry-After": "3"}), Reply(200, TEAMPULSE_ENTRY)]
    with FaultServer(script) as server:
        client, sleeps = teampulse_client(server)
        entry = client.time_entries.get_time_entry(id=1)
    assert entry.id == 1
    assert sleeps == [3.0]
    assert len(server.requests) == 2


def test_retry_after_http_date_is_measured_against_the_injected_clock() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 7, usegmt=True)
    script = [Reply(503, None, {"Retry-After": date}), Reply(200, TEAMPULSE_ENTRY)]
    sleeps: list[float] = []
    with FaultServer(script) as server:
        api = SyncAPIClient(
            base_url=server.url,
            schemes=TP_SCHEMES,
            credentials={"wrap": TOKEN},
            retry_policy=NO_JITTER,
            sleep=sleeps.append,
            clock=lambda: now,
        )
        result = api.request(tp_resources.GET_TIME_ENTRY, path={"id": 1})
    assert result.parse().id == 1
    assert result.retries_taken == 1
    assert sleeps == [7.0]


def test_503_then_success_backs_off_exponentially_with_jitter_inside_its_band() -> None:
    policy = RetryPolicy(max_retries=3, initial_delay=0.5, jitter=0.25)
    script = [Reply(503), Reply(502), Reply(504), Reply(200, TEAMPULSE_ENTRY)]
    with FaultServer(script) as server:
        client, sleeps = teampulse_client(server, retry_policy=policy)
        assert client.time_entries.get_time_entry(id=1).id == 1
    assert len(server.requests) == 4
    for delay, base in zip(sleeps, [0.5, 1.0, 2.0], strict=True):
        assert base * 0.75 <= delay <= base


def test_retries_stop_at_max_retries_and_raise_the_vendor_error() -> None:
    with FaultServer(lambda seen: Reply(503, {"error": "down"})) as server:
        client, sleeps = teampulse_client(server, retry_policy=RetryPolicy(max_retries=2, jitter=0))
        with pytest.raises(teampulse.errors.InternalServerError) as caught:
            client.time_entries.get_time_entry(id=1)
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]
    assert caught.value.status_code == 503
    assert caught.value.body == {"error": "down"}


def test_max_retries_zero_sends_once() -> None:
    with FaultServer(lambda seen: Reply(429, {"error": "x"}, {"Retry-After": "1"})) as server:
        client, sleeps = teampulse_client(server, max_retries=0, retry_policy=None)
        with pytest.raises(teampulse.errors.RateLimitError):
            client.time_entries.get_time_entry(id=1)
    assert len(server.requests) == 1
    assert sleeps == []


def test_retry_after_longer_than_the_cap_raises_at_once() -> None:
    with FaultServer([Reply(429, {"error": "x"}, {"Retry-After": "3600"})]) as server:
        client, sleeps = teampulse_client(server)
        with pytest.raises(teampulse.errors.RateLimitError):
            client.time_entries.get_time_entry(id=1)
    assert len(server.requests) == 1
    assert sleeps == []


def test_other_errors_are_not_retried() -> None:
    with FaultServer([Reply(500, {"error": "bug"}), Reply(200, TEAMPULSE_ENTRY)]) as server:
        client, sleeps = teampulse_client(server)
        with pytest.raises(teampulse.errors.InternalServerError):
            client.time_entries.get_time_entry(id=1)
    assert len(server.requests) == 1


def test_post_is_not_retried_unless_the_call_opts_in() -> None:
    body = {"date": "2013-10-02", "hours": 1.5, "type": "Billable", "userId": 1, "taskId": 10}
    with FaultServer([Reply(503), Reply(201, TEAMPULSE_ENTRY)]) as server:
        client, sleeps = teampulse_client(server)
        with pytest.raises(teampulse.errors.InternalServerError):
            client.time_entries.create_time_entry(body=body)
        assert len(server.requests) == 1
        api = client._client
        created = api.request(tp_resources.CREATE_TIME_ENTRY, body=body, retry=True)
    assert created.parse().id == 1
    assert len(server.requests) == 2
    assert server.requests[0].json() == server.requests[1].json() == body


def test_get_can_opt_out_of_retries() -> None:
    with FaultServer([Reply(503), Reply(200, TEAMPULSE_ENTRY)]) as server:
        client, sleeps = teampulse_client(server)
        with pytest.raises(teampulse.errors.InternalServerError):
            client._client.request(
                tp_resources.GET_TIME_ENTRY, path={"id": 1}, retry=False
            )
    assert len(server.requests) == 1


def test_slow_response_hits_the_per_call_timeout_and_is_retried() -> None:
    script = [Reply(200, TEAMPULSE_ENTRY, delay=10.0), Reply(200, TEAMPULSE_ENTRY)]
    with FaultServer(script) as server:
        client, sleeps = teampulse_client(server)
        entry = client.time_entries.get_time_entry(id=1, timeout=0.5)
    assert entry.id == 1
    assert len(server.requests) == 2
    assert sleeps == [0.5]


def test_client_timeout_applies_and_raises_the_vendor_timeout_error() -> None:
    with FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY, delay=2.0)) as server:
        client, sleeps = teampulse_client(server, timeout=0.1, max_retries=0, retry_policy=None)
        with pytest.raises(teampulse.errors.APITimeoutError) as caught:
            client.time_entries.get_time_entry(id=1)
    assert isinstance(caught.value, teampulse.errors.APIConnectionError)
    assert "GET " + server.url + "/timeentries/1" in str(caught.value)
    assert len(server.requests) == 1


def test_timeouts_are_on_by_default() -> None:
    client = teampulse.Client(base_url="http://127.0.0.1:9", access_token=TOKEN)
    request = client._client._pipe.build(
        client._client._http, tp_resources.GET_TIME_ENTRY, path={"id": 1}
    )
    timeout = request.extensions["timeout"]
    assert timeout["read"] is not None and timeout["connect"] is not None
    assert 0 < timeout["connect"] <= 30 and 0 < timeout["read"] <= 120


def test_connection_reset_is_retried_then_reported_as_connection_error() -> None:
    with FaultServer([Reply(reset=True), Reply(200, TEAMPULSE_ENTRY)]) as server:
        client, sleeps = teampulse_client(server)
        assert client.time_entries.get_time_entry(id=1).id == 1
    assert len(server.requests) == 2
    assert sleeps == [0.5]

    with FaultServer(lambda seen: Reply(reset=True)) as server:
        client, sleeps = teampulse_client(server)
        with pytest.raises(teampulse.errors.APIConnectionError) as caught:
            client.time_entries.get_time_entry(id=1)
    assert not isinstance(caught.value, teampulse.errors.APITimeoutError)
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_refused_connection_is_retried_and_raises_connection_error() -> None:
    with FaultServer([]) as server:
        url = server.url
    client = teampulse.Client(base_url=url, access_token=TOKEN, sleep=(sleeps := []).append)
    with pytest.raises(teampulse.errors.APIConnectionError):
        client.time_entries.get_time_entry(id=1)
    assert len(sleeps) == 2


def _odata_page_ignoring_skip(seen: Seen) -> Reply:
    top = int(dict(seen.query).get("$top", 2))
    items = [{**TEAMPULSE_ENTRY, "id": i} for i in range(1, top + 1)]
    return Reply(200, {"totalResults": 100, "top": top, "results": items})


def test_server_repeating_an_offset_page_stops_without_duplicates() -> None:
    with FaultServer(_odata_page_ignoring_skip) as server:
        client, _ = teampulse_client(server)
        ids = [entry.id for entry in client.time_entries.iter_list_time_entries(top=2)]
    assert ids == [1, 2]
    assert len(server.requests) == 2
    assert [dict(r.query)["$skip"] for r in server.requests[1:]] == ["2"]


def test_server_repeating_a_page_number_stops() -> None:
    entry = {"id": 1, "user": "tester", "from": "2024-01-01T08:00:00.000Z", "to": None}
    with FaultServer(lambda seen: Reply(200, [entry])) as server:
        client = timetrack.Client(base_url=server.url, api_key="k-1234567", api_secret="s-1234567")
        items = list(client.attendances.iter_list_attendances(limit=1))
    assert len(items) == 1
    assert len(server.requests) == 2


def test_server_repeating_a_next_url_stops() -> None:
    def same_next(seen: Seen) -> Reply:
        page = int(dict(seen.query).get("page", 1))
        sessions = [_session(page)]
        return Reply(200, {"working_sessions": sessions, "next_page": f"{server.url}/ws?page=2"})

    with FaultServer(same_next) as server:
        client = papershift.Client(base_url=server.url, api_token="pt-123456789")
        ops = papershift.resources.LIST_WORKING_SESSIONS
        items = list(client._client.iterate(ops, dict, query={"range_start": "2015-10-01"}))
    assert [item.id for item in items] == [1, 2]
    assert len(server.requests) == 2  # the link to page 2 came again: it is not followed twice
    assert server.requests[1].path == "/ws"
    assert ("api_token", "pt-123456789") in server.requests[1].query


def _session(number: int) -> dict[str, Any]:
    at = "2015-10-01T08:30:00+02:00"
    return {
        "id": number,
        "starts_at": at,
        "ends_at": at,
        "updated_at": at,
        "location_id": 1,
        "employee_id": 1,
        "break_time": 0,
    }


def test_next_url_to_another_host_is_refused() -> None:
    script = [Reply(200, {"working_sessions": [_session(1)], "next_page": "http://evil.test/x"})]
    with FaultServer(script) as server:
        client = papershift.Client(base_url=server.url, api_token="pt-123456789")
        ops = papershift.resources.LIST_WORKING_SESSIONS
        with pytest.raises(APIResponseValidationError, match="another host"):
            list(client._client.iterate(ops, dict, query={}))
    assert len(server.requests) == 1


def test_page_without_items_where_the_spec_says_is_an_error_not_an_empty_list() -> None:
    with FaultServer([Reply(200, {"totalResults": 3, "top": 2, "rows": []})]) as server:
        client, _ = teampulse_client(server)
        with pytest.raises(APIResponseValidationError, match="results"):
            list(client.time_entries.iter_list_time_entries(top=2))


def test_async_retries_on_429_with_injected_sleep() -> None:
    import asyncio

    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main(url: str) -> int:
        async with teampulse.AsyncClient(
            base_url=url, access_token=TOKEN, sleep=sleep, retry_policy=NO_JITTER
        ) as client:
            entry = await client.time_entries.get_time_entry(id=1)
            return entry.id

    script = [
        Reply(429, None, {"Retry-After": "2"}),
        Reply(reset=True),
        Reply(200, TEAMPULSE_ENTRY),
    ]
    with FaultServer(script) as server:
        assert asyncio.run(main(server.url)) == 1
    assert sleeps == [2.0, 1.0]
    assert len(server.requests) == 3


def test_async_timeout_raises_vendor_timeout_error() -> None:
    import asyncio

    async def main(url: str) -> None:
        client = teampulse.AsyncClient(base_url=url, access_token=TOKEN, timeout=0.1, max_retries=0)
        try:
            await client.time_entries.get_time_entry(id=1)
        finally:
            await client.close()

    with (
        FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY, delay=2.0)) as server,
        pytest.raises(teampulse.errors.APITimeoutError),
    ):
        asyncio.run(main(server.url))


def test_user_http_client_is_left_open_by_close() -> None:
    with FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY)) as server, httpx.Client() as http:
        with teampulse.Client(base_url=server.url, access_token=TOKEN, http_client=http) as client:
            client.time_entries.get_time_entry(id=1)
        assert not http.is_closed
        assert http.get(server.url).status_code == 200


def test_date_range_longer_than_max_days_is_split_into_windows() -> None:
    import datetime as dt

    def one_entry_per_window(seen: Seen) -> Reply:
        start = dict(seen.query)["start"]
        entry = {"id": len(server.requests), "employeeId": 1, "type": "hour", "date": start}
        return Reply(200, [entry])

    with FaultServer(one_entry_per_window) as server:
        client = bamboohr.Client(base_url=server.url, api_key="key-0123456789")
        start = dt.date(2024, 1, 1)
        entries = list(
            client.timesheet_entries.iter_list_timesheet_entries(
                start=start, end=start + dt.timedelta(days=399), employee_ids="7"
            )
        )
    windows = [(dict(r.query)["start"], dict(r.query)["end"]) for r in server.requests]
    assert windows == [("2024-01-01", "2024-12-30"), ("2024-12-31", "2025-02-03")]
    assert all(dict(r.query)["employeeIds"] == "7" for r in server.requests)
    assert [e.date for e in entries] == [dt.date(2024, 1, 1), dt.date(2024, 12, 31)]


def test_status_errors_carry_the_response_headers_body_and_request_id() -> None:
    headers = {"X-Request-Id": "req-42", "Retry-After": "1"}
    with FaultServer(lambda seen: Reply(404, {"message": "no time entry 7"}, headers)) as server:
        client, _ = teampulse_client(server)
        with pytest.raises(teampulse.errors.NotFoundError) as caught:
            client.time_entries.get_time_entry(id=7)
    error = caught.value
    assert error.status_code == 404 and error.request_id == "req-42"
    assert error.headers["retry-after"] == "1"
    assert error.response.json() == {"message": "no time entry 7"}
    assert str(error) == f"404 Not Found: no time entry 7 (GET {server.url}/timeentries/7)"
    assert error.response.request.headers["authorization"] == "***"
    assert isinstance(error, teampulse.errors.APIStatusError)
