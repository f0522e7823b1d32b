"""A generated client against servers that misbehave: each call ends as one of our errors
within bounds the client sets (the test's time is bounded by the client's own timeouts: a
client that ignored them would get the whole answer and the `raises` would fail)."""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Any

import pytest
from conftest_runtime import TEAMPULSE_ENTRY, FaultServer, Reply, Seen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from timetracking_clients import papershift, teampulse
from timetracking_clients._runtime import (
    APIResponseValidationError,
    APITimeoutError,
    RedirectError,
    ResponseTooLargeError,
    RetryPolicy,
)

TOKEN = "tp-token-0123456789"
PS_TOKEN = "ps-token-0123456789"
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, jitter=0)
OCTOBER = {"range_start": "2015-10-01", "range_end": "2015-10-31"}
AT = "2015-10-01T08:30:00+02:00"


def session(number: int) -> dict[str, Any]:
    return {
        "id": number,
        "starts_at": AT,
        "ends_at": AT,
        "updated_at": AT,
        "location_id": 1,
        "employee_id": 1,
        "break_time": 0,
    }


def tp(server: FaultServer, **options: Any) -> teampulse.Client:
    options.setdefault("retry_policy", NO_WAIT)
    return teampulse.Client(base_url=server.url, access_token=TOKEN, **options)


def ps(server: FaultServer, **options: Any) -> papershift.Client:
    options.setdefault("retry_policy", NO_WAIT)
    return papershift.Client(base_url=server.url, api_token=PS_TOKEN, **options)


# -- time --------------------------------------------------------------------------------------
def test_a_dripping_body_ends_at_the_total_timeout_and_is_not_retried() -> None:
    # 300 bytes at 0.05 s each is 15 s; each read is quick, so only a whole-call bound ends it.
    with FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY, drip=0.05)) as server:
        client = tp(server, timeout=5.0, total_timeout=0.5)
        with pytest.raises(APITimeoutError, match="total timeout"):
            client.time_entries.get_time_entry(id=1)
    assert len(server.requests) == 1


def test_a_per_call_float_timeout_bounds_the_whole_call() -> None:
    with (
        FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY, drip=0.05)) as server,
        pytest.raises(APITimeoutError),
    ):
        tp(server).time_entries.get_time_entry(id=1, timeout=0.5)
    assert len(server.requests) == 1


def test_async_dripping_body_ends_at_the_total_timeout() -> None:
    async def call(url: str) -> None:
        async with teampulse.AsyncClient(
            base_url=url, access_token=TOKEN, total_timeout=0.5, retry_policy=NO_WAIT
        ) as client:
            await client.time_entries.get_time_entry(id=1)

    with (
        FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY, drip=0.05)) as server,
        pytest.raises(APITimeoutError),
    ):
        asyncio.run(call(server.url))
    assert len(server.requests) == 1


def test_retry_after_of_days_is_not_slept() -> None:
    sleeps: list[float] = []
    script = [
        Reply(429, {"error": "later"}, {"Retry-After": "999999"}),
        Reply(200, TEAMPULSE_ENTRY),
    ]
    with FaultServer(script) as server:
        client = tp(server, retry_policy=RetryPolicy(), sleep=sleeps.append)
        with pytest.raises(teampulse.errors.RateLimitError) as caught:
            client.time_entries.get_time_entry(id=1)
    assert sleeps == [] and len(server.requests) == 1
    assert caught.value.headers["retry-after"] == "999999"


# -- size --------------------------------------------------------------------------------------
BIG = {**TEAMPULSE_ENTRY, "note": "x" * (2 * 1024 * 1024)}


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_answer_past_max_response_bytes_is_refused(chunked: bool) -> None:
    with FaultServer(lambda seen: Reply(200, BIG, chunked=chunked)) as server:
        client = tp(server, max_response_bytes=1024 * 1024)
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1048576"):
            client.time_entries.get_time_entry(id=1)
    assert len(server.requests) == 1  # not retried


def test_a_gzip_bomb_is_refused_by_its_decompressed_size() -> None:
    bomb = gzip.compress(b'{"note": "' + b"0" * (64 * 1024 * 1024) + b'"}', compresslevel=9)
    assert len(bomb) < 1024 * 1024  # small on the wire, 64 MiB unpacked
    reply = Reply(200, bomb, {"Content-Encoding": "gzip"})
    with FaultServer(lambda seen: reply) as server, pytest.raises(ResponseTooLargeError):
        tp(server).time_entries.get_time_entry(id=1)  # the default cap, 50 MiB


def test_small_gzip_answers_still_read() -> None:
    reply = Reply(
        200, gzip.compress(json.dumps(TEAMPULSE_ENTRY).encode()), {"Content-Encoding": "gzip"}
    )
    with FaultServer(lambda seen: reply) as server:
        assert tp(server).time_entries.get_time_entry(id=1).id == 1


# -- broken bodies -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        b'{"totalResults": 1, "results": [{"id": 1, "note": "\xff\xfe"}]}',
        b'{"totalResults": 3, "res',
    ],
    ids=["invalid-utf8", "truncated"],
)
def test_broken_json_is_our_validation_error_for_pages_and_single_reads(raw: bytes) -> None:
    with FaultServer(lambda seen: Reply(200, raw)) as server:
        client = tp(server)
        with pytest.raises(APIResponseValidationError):
            list(client.time_entries.iter_list_time_entries(top=2))
        with pytest.raises(APIResponseValidationError):
            client.time_entries.get_time_entry(id=1)


# -- redirects ---------------------------------------------------------------------------------
def test_a_redirect_to_another_host_is_an_error_and_sends_nothing_there() -> None:
    with FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY)) as other:
        target = f"{other.url}/timeentries/1?keep=1"
        with FaultServer(lambda seen: Reply(302, None, {"Location": target})) as server:
            client = tp(server)
            with pytest.raises(RedirectError) as caught:
                client.time_entries.get_time_entry(id=1)
            with pytest.raises(RedirectError):
                client.time_entries.list_time_entries(top=2)  # a list never returns None
            with pytest.raises(RedirectError):
                list(client.time_entries.iter_list_time_entries(top=2))
    assert other.requests == []
    assert caught.value.status_code == 302
    assert str(caught.value).startswith(f"302 Found: redirect to {target} not followed")
    assert caught.value.response.request.headers["authorization"] == "***"


def test_a_redirect_on_the_same_host_is_followed_with_credentials() -> None:
    def reply(seen: Seen) -> Reply:
        if seen.path == "/timeentries/1":
            return Reply(307, None, {"Location": "/v2/timeentries/1"})
        return Reply(200, TEAMPULSE_ENTRY)

    with FaultServer(reply) as server:
        raw = tp(server).time_entries.with_raw_response.get_time_entry(id=1)
    assert raw.parse().id == 1 and raw.retries_taken == 0
    assert [r.path for r in server.requests] == ["/timeentries/1", "/v2/timeentries/1"]
    assert (
        server.requests[1].headers["authorization"] == server.requests[0].headers["authorization"]
    )


# -- page walks --------------------------------------------------------------------------------
def _endless(server_url: str) -> Any:
    def reply(seen: Seen) -> Reply:
        page = int(dict(seen.query).get("page", 1))
        sessions = [session(page)]
        return Reply(
            200,
            {
                "working_sessions": sessions,
                "next_page": f"{server_url}/working_sessions?page={page + 1}",
            },
        )

    return reply


def test_an_endless_chain_of_fresh_next_links_stops_at_max_pages() -> None:
    box: dict[str, str] = {}
    with FaultServer(lambda seen: _endless(box["url"])(seen)) as server:
        box["url"] = server.url
        client = ps(server, max_pages=5)
        with pytest.raises(APIResponseValidationError, match="max_pages=5"):
            list(client.working_sessions.iter_list_working_sessions(**OCTOBER))
    assert len(server.requests) == 5


def test_pages_walk_sync_and_async_with_next_page() -> None:
    def two_pages(seen: Seen) -> Reply:
        page = int(dict(seen.query).get("page", 1))
        link = f"{box['url']}/working_sessions?page=2" if page == 1 else None
        sessions = [session(page * 10 + i) for i in range(2)]
        return Reply(200, {"working_sessions": sessions, "next_page": link})

    async def walk(url: str) -> list[int]:
        async with papershift.AsyncClient(base_url=url, api_token=PS_TOKEN) as client:
            first = await client.working_sessions.list_working_sessions(**OCTOBER)
            assert first.has_next_page()
            second = await first.next_page()
            assert not second.has_next_page()
            return [s.id async for s in first]

    box: dict[str, str] = {}
    with FaultServer(two_pages) as server:
        box["url"] = server.url
        first = ps(server).working_sessions.list_working_sessions(**OCTOBER)
        assert [s.id for s in first.items] == [10, 11]
        assert [[s.id for s in p.items] for p in first.iter_pages()] == [[10, 11], [20, 21]]
        assert [s.id for s in first] == [10, 11, 20, 21]
        assert asyncio.run(walk(server.url)) == [10, 11, 20, 21]


# -- masking by position -----------------------------------------------------------------------
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    secret=st.one_of(
        st.text(st.characters(codec="ascii", exclude_categories=["Cc"]), min_size=1, max_size=64),
        st.sampled_from(
            ["w", "o", "working", "sessions", "1", "http", "api_token", "127.0.0.1", ":", "/"]
        ),
    )
)
def test_masking_is_by_position_for_any_secret(secret: str) -> None:
    with FaultServer(lambda seen: Reply(404, None)) as server:
        client = papershift.Client(base_url=server.url, api_token=secret, max_retries=0)
        with pytest.raises(papershift.errors.NotFoundError) as caught:
            client.working_sessions.get_working_session(id=1)
    expected = f"GET {server.url}/working_sessions/?id=1&api_token=***"
    assert str(caught.value) == f"404 Not Found ({expected})"
    assert str(caught.value.response.request.url) == expected.removeprefix("GET ")
