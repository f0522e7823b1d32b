"""Pure parts of the runtime: Retry-After parsing, backoff, page walking, bulk results, enums."""

from __future__ import annotations

import datetime as dt
import email.utils

import httpx
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st
from timetracking_clients._runtime import OpenEnum, Pagination, PartialFailure, RetryPolicy
from timetracking_clients._runtime._pagination import PageWalker
from timetracking_clients._runtime._partial import NO_RESULT, split_results
from timetracking_clients._runtime._retry import parse_retry_after

NOW = 1_700_000_000.0


def test_retry_after_seconds_dates_and_garbage() -> None:
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after(" 1.5 ", NOW) == 1.5
    assert parse_retry_after(email.utils.formatdate(NOW + 30, usegmt=True), NOW) == 30.0
    assert parse_retry_after(email.utils.formatdate(NOW - 30, usegmt=True), NOW) == 0.0
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:50 -0000", NOW) == 30.0
    for junk in (None, "", "soon", "nan", "inf"):
        assert parse_retry_after(junk, NOW) is None
    assert parse_retry_after("-5", NOW) == 0.0


def test_retry_after_ms_header_wins_and_long_waits_are_refused() -> None:
    policy = RetryPolicy(max_retry_after=60)
    both = httpx.Response(429, headers={"retry-after-ms": "250", "retry-after": "9"})
    assert policy.delay(1, both, NOW) == 0.25
    assert policy.delay(1, httpx.Response(429, headers={"retry-after": "61"}), NOW) is None


@given(attempt=st.integers(1, 30))
def test_backoff_grows_and_stays_within_jitter_and_cap(attempt: int) -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=0.25)
    base = min(0.5 * 2 ** (attempt - 1), 8.0)
    delay = policy.delay(attempt, httpx.Response(503), NOW)
    assert delay is not None and base * 0.75 <= delay <= base


OFFSET = Pagination(
    style="offset", offset_param="offset", limit_param="limit", items="/data", total="/meta/total"
)


def test_offset_walker_prefers_total_over_short_pages() -> None:
    walker = PageWalker(OFFSET, {"limit": 100, "filter": None})
    assert walker.first().query == {"limit": 100}
    capped = [{"id": i} for i in range(50)]  # the server caps pages at 50
    page = walker.next({"data": capped, "meta": {"total": 120}}, capped)
    assert page is not None and page.query == {"limit": 100, "offset": 50}
    page = walker.next({"data": capped, "meta": {"total": 120}}, capped)
    assert page is not None and page.query["offset"] == 100
    assert walker.next({"data": capped[:20], "meta": {"total": 120}}, capped[:20]) is None


def test_offset_walker_without_total_stops_on_short_or_empty_page() -> None:
    spec = Pagination(style="offset", offset_param="$skip", limit_param="$top", items="")
    walker = PageWalker(spec, {"$top": 2})
    assert walker.next([1, 2], [1, 2]) is not None
    assert walker.next([3], [3]) is None
    assert PageWalker(spec, {}).next([], []) is None


def test_walker_detects_repeated_pages_and_missing_items() -> None:
    walker = PageWalker(OFFSET, {})
    assert walker.items({"data": [1]}) == [1]
    assert walker.items(None) == []
    assert walker.items({"rows": []}) is None
    assert not walker.repeated([{"id": 1}, {"id": 2}])
    assert not walker.repeated([{"id": 3}])
    assert walker.repeated([{"id": 1}, {"id": 2}])


def test_page_number_walker_counts_from_the_first_page() -> None:
    spec = Pagination(
        style="page-number", page_param="page_number", limit_param="limit", first_page=0
    )
    walker = PageWalker(spec, {"limit": 2})
    pages = [walker.next([1, 2], [1, 2]), walker.next([3, 4], [3, 4])]
    assert [p.query["page_number"] for p in pages if p] == [1, 2]
    assert walker.next([5], [5]) is None


def test_next_url_walker_never_follows_a_link_twice() -> None:
    spec = Pagination(style="next-url", items="/rows", next="/next")
    walker = PageWalker(spec, {})
    first = walker.next({"rows": [1], "next": "http://h/p?page=2"}, [1])
    assert first is not None and first.url == "http://h/p?page=2"
    assert walker.next({"rows": [2], "next": "http://h/p?page=2"}, [2]) is None
    assert walker.next({"rows": [2], "next": None}, [2]) is None


@given(days=st.integers(1, 2000), max_days=st.integers(1, 400))
def test_date_range_windows_cover_the_range_exactly_once(days: int, max_days: int) -> None:
    spec = Pagination(style="date-range", start_param="start", end_param="end", max_days=max_days)
    start = dt.date(2020, 1, 1)
    end = start + dt.timedelta(days=days - 1)
    walker = PageWalker(spec, {"start": start, "end": end, "employeeIds": "1"})
    covered: list[dt.date] = []
    page = walker.first()
    while page is not None:
        first = dt.date.fromisoformat(page.query["start"])
        last = dt.date.fromisoformat(page.query["end"])
        assert page.query["employeeIds"] == "1"
        assert 0 <= (last - first).days < max_days
        covered.extend(first + dt.timedelta(days=i) for i in range((last - first).days + 1))
        page = walker.next([], [])
    assert covered == [start + dt.timedelta(days=i) for i in range(days)]


RESULT = PartialFailure(success="/success", message="/response/message", id="/response/id")


def test_split_results_pairs_results_with_what_was_sent() -> None:
    raw = [
        {"success": True, "response": {"id": "a"}},
        {"success": False, "response": {"id": "b", "message": "bad hours"}},
    ]
    result = split_results(RESULT, raw, raw, [{"n": 1}, {"n": 2}, {"n": 3}])
    assert result.succeeded == [raw[0]]
    assert [(f.message, f.id, f.sent) for f in result.failed] == [
        ("bad hours", "b", {"n": 2}),
        (NO_RESULT, None, {"n": 3}),  # no result came back for it: not dropped
    ]


def test_split_results_single_result_stands_for_the_whole_list() -> None:
    raw = [{"success": False, "response": {"message": "locked"}}]
    result = split_results(RESULT, raw, raw, [{"n": 1}, {"n": 2}])
    assert [f.sent for f in result.failed] == [{"n": 1}, {"n": 2}]
    assert split_results(RESULT, [], [], None).ok


class Colour(OpenEnum):
    RED = "red"


class Paint(pydantic.BaseModel):
    colour: Colour
    others: list[Colour] = []


def test_open_enum_keeps_values_added_later_through_pydantic() -> None:
    paint = Paint.model_validate_json('{"colour": "teal", "others": ["red", "plum"]}')
    assert paint.colour == "teal" and isinstance(paint.colour, Colour)
    assert paint.others[0] is Colour.RED and paint.others[1].name == "UNKNOWN_plum"
    assert Paint.model_validate({"colour": "teal"}).colour.value == "teal"
    assert paint.model_dump(mode="json") == {"colour": "teal", "others": ["red", "plum"]}
    with pytest.raises(pydantic.ValidationError):
        Paint.model_validate_json('{"colour": 5}')
