"""Application code written against the public surface only (the READMEs and help())."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import httpx
import pytest
from timetracking_clients import bamboohr, papershift, teampulse, timetrack
from timetracking_clients.bamboohr import models as bh
from timetracking_clients.papershift import models as ps
from timetracking_clients.teampulse import errors as tp_errors
from timetracking_clients.teampulse import models as tp
from timetracking_clients.timetrack import models as tt

CEST = dt.timezone(dt.timedelta(hours=2))


def test_teampulse_hours_are_numbers_and_dates_are_dates(teampulse_url: str) -> None:
    client = teampulse.Client(access_token="token", base_url=teampulse_url)
    created = client.time_entries.create_time_entry(
        body=tp.TimeEntryCreate(
            date=dt.date(2026, 3, 2), hours=6.0, type="Billable", user_id=1, task_id=10
        )
    )
    overtime = created.hours + 0.5
    assert overtime == 6.5
    assert created.date + dt.timedelta(days=1) == dt.date(2026, 3, 3)
    updated = client.time_entries.update_time_entry(
        id=created.id, body=tp.TimeEntryUpdate(hours=overtime)
    )
    assert updated.hours == 6.5
    again = client.time_entries.get_time_entry(id=created.id)
    assert again.hours * 2 == 13.0


def test_teampulse_unknown_entry_is_a_not_found_error(teampulse_url: str) -> None:
    client = teampulse.Client(access_token="token", base_url=teampulse_url)
    with pytest.raises(teampulse.errors.NotFoundError) as raised:
        client.time_entries.get_time_entry(id=999_999)
    assert raised.value.status_code == 404


def test_papershift_update_by_plain_id(papershift_url: str) -> None:
    client = papershift.Client(api_token="token", base_url=papershift_url)
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=CEST)
    created = client.working_sessions.create_working_session(
        body=ps.CreateWorkingSessionRequest(
            working_session=ps.WorkingSessionCreate(
                location_external_id="Company-A",
                working_area_external_id="Area-Alpha",
                user_external_id="User-001",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=8),
            )
        )
    )
    session_id = created.id
    assert isinstance(session_id, int)
    update = ps.WorkingSessionUpdate(
        id=session_id, starts_at=start, ends_at=start + dt.timedelta(hours=9)
    )
    changed = client.working_sessions.update_working_session(
        body=ps.UpdateWorkingSessionRequest(working_session=update)
    )
    assert changed.ends_at - changed.starts_at == dt.timedelta(hours=9)
    with pytest.raises(ValueError):
        ps.WorkingSessionUpdate(starts_at=start, ends_at=start)


def test_timetrack_aware_datetimes_with_an_offset(timetrack_url: str) -> None:
    client = timetrack.Client(api_key="key", api_secret="secret", base_url=timetrack_url)
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=CEST)
    created = client.attendances.create_attendance(
        body=tt.AttendanceCreate(username="ana", from_=start, to=start + dt.timedelta(hours=8))
    )
    assert created.from_ == start
    assert created.to is not None and created.to - created.from_ == dt.timedelta(hours=8)


def test_teampulse_raw_responses_pages_and_error_headers(teampulse_url: str) -> None:
    client = teampulse.Client(access_token="token", base_url=teampulse_url)
    for hours in (1.0, 2.0, 3.0):
        client.time_entries.create_time_entry(
            body=tp.TimeEntryCreate(
                date=dt.date(2026, 3, 2), hours=hours, type="Billable", user_id=1, task_id=10
            )
        )
    raw = client.time_entries.with_raw_response.list_time_entries()
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    page = raw.parse()
    total = sum(entry.hours for entry in page)
    assert total >= 6.0
    pages = list(page.iter_pages())
    assert pages and sum(len(list(p)) for p in pages) >= 3
    with pytest.raises(teampulse.errors.APIStatusError) as raised:
        client.time_entries.get_time_entry(id=424_242)
    error = raised.value
    assert error.status_code == 404
    assert error.response.status_code == 404
    assert "content-type" in error.response.headers


# A TeamPulse time entry as the API documents it.
ENTRY = {
    "id": 7,
    "date": "2026-03-02",
    "hours": 2.5,
    "type": "Billable",
    "userId": 1,
    "taskId": 10,
    "week": 10,
    "createdBy": "ana",
    "createdAt": "2026-03-02T10:00:00",
    "lastModifiedBy": "ana",
    "lastModifiedAt": "2026-03-02T10:00:00",
}


def test_response_models_keep_fields_the_vendor_adds_later() -> None:
    entry = tp.TimeEntry.model_validate({**ENTRY, "approvedBy": "lead"})
    assert entry.model_extra == {"approvedBy": "lead"}


def test_a_placeholder_host_is_never_a_default() -> None:
    """The docs' example account is no host to send real credentials to: say what to give."""
    from timetracking_clients.timetrack import errors as timetrack_errors

    with pytest.raises(timetrack_errors.APIError, match=r"needs account=\.\.\. \(or base_url"):
        timetrack.Client(api_key="key", api_secret="secret")
    timetrack.Client(api_key="key", api_secret="secret", account="acme").close()


def _vendor_that_added_a_field(request: httpx.Request) -> httpx.Response:
    """A TeamPulse server a release ahead of its spec: entries carry an undocumented field."""
    entry = {**ENTRY, "colour": "teal"}
    return httpx.Response(200, json=entry)


def _teampulse_answering(
    handler: Callable[[httpx.Request], httpx.Response], strict: bool
) -> teampulse.Client:
    """A TeamPulse client whose every call the given function answers."""
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return teampulse.Client(
        access_token="token",
        base_url="https://pulse.example/api/v1",
        http_client=http,
        strict=strict,
    )


def _vendor_that_sends_nulls(request: httpx.Request) -> httpx.Response:
    """A TeamPulse server that answers null in fields its spec says always hold a value."""
    return httpx.Response(200, json={**ENTRY, "hours": None, "createdBy": None})


@pytest.mark.parametrize("strict", [False, True])
def test_nulls_where_the_spec_says_a_value_must_be(strict: bool) -> None:
    client = _teampulse_answering(_vendor_that_sends_nulls, strict)
    if strict:
        with pytest.raises(tp_errors.APIResponseValidationError, match="hours"):
            client.time_entries.get_time_entry(id=7)
        return
    entry = client.time_entries.get_time_entry(id=7)
    assert entry.model_dump()["hours"] is None and entry.model_dump()["created_by"] is None
    assert isinstance(entry, tp.TimeEntry) and entry.date == dt.date(2026, 3, 2)
    assert client.deviations.total == 2
    assert sorted(client.deviations.counts) == [
        "null where not nullable: getTimeEntry.createdBy",
        "null where not nullable: getTimeEntry.hours",
    ]


@pytest.mark.parametrize("strict", [False, True])
def test_lax_clients_count_what_strict_clients_refuse(strict: bool) -> None:
    client = _teampulse_answering(_vendor_that_added_a_field, strict)
    if strict:
        with pytest.raises(tp_errors.APIResponseValidationError):
            client.time_entries.get_time_entry(id=7)
        return
    entry = client.time_entries.get_time_entry(id=7)
    assert entry.hours * 2 == 5.0 and entry.model_extra == {"colour": "teal"}
    assert client.deviations.total == 1
    assert "colour" in client.deviations.last[0]


# -- bodies as plain dicts: keys and value types checked by mypy like a model's -----------------


def test_teampulse_entry_created_from_a_dict(teampulse_url: str) -> None:
    client = teampulse.Client(access_token="token", base_url=teampulse_url)
    body: tp.TimeEntryCreateDict = {
        "date": dt.date(2026, 3, 2),
        "hours": 6.5,
        "type": "Billable",
        "userId": 1,
        "taskId": 10,
    }
    created = client.time_entries.create_time_entry(body=body)
    assert created.hours - 0.5 == 6.0 and created.date == dt.date(2026, 3, 2)
    changed = client.time_entries.update_time_entry(id=created.id, body={"note": "review"})
    assert changed.note == "review" and changed.hours == 6.5


def test_papershift_nested_dicts_with_aware_datetimes(papershift_url: str) -> None:
    client = papershift.Client(api_token="token", base_url=papershift_url)
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=CEST)
    created = client.working_sessions.create_working_session(
        body={
            "working_session": {
                "location_external_id": "Company-A",
                "working_area_external_id": "Area-Alpha",
                "user_external_id": "User-001",
                "starts_at": start,
                "ends_at": start + dt.timedelta(hours=8),
            }
        }
    )
    assert created.starts_at == start
    session: ps.WorkingSessionUpdateDict = {
        "id": created.id,
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=7),
    }
    changed = client.working_sessions.update_working_session(body={"working_session": session})
    assert changed.ends_at - changed.starts_at == dt.timedelta(hours=7)


def test_timetrack_dict_keys_are_the_wire_names(timetrack_url: str) -> None:
    """`from` is a Python keyword: the model calls it `from_`, the dict keeps the JSON name."""
    client = timetrack.Client(api_key="key", api_secret="secret", base_url=timetrack_url)
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=CEST)
    body: tt.AttendanceCreateDict = {
        "username": "ana",
        "from": start,
        "to": start + dt.timedelta(hours=8),
        "minutesBreak": 30,
    }
    created = client.attendances.create_attendance(body=body)
    assert created.from_ == start
    assert created.to is not None and created.to - created.from_ == dt.timedelta(hours=8)


def test_bamboohr_a_list_body_of_dicts_and_models(bamboohr_url: str) -> None:
    client = bamboohr.Client(api_key="key", base_url=bamboohr_url)
    records: list[bh.TimeTrackingRecordDict] = [
        {
            "timeTrackingId": f"shift-{day}",
            "employeeId": 1,
            "dateHoursWorked": dt.date(2026, 3, day),
            "rateType": "REG",
            "hoursWorked": 7.5,
        }
        for day in (2, 3)
    ]
    result = client.hour_records.create_or_update_time_tracking_hour_records(body=records)
    assert result.ok and len(result.succeeded) == 2
    again = client.hour_records.create_or_update_time_tracking_hour_records(
        body=[
            records[0],
            bh.TimeTrackingRecord(
                time_tracking_id="shift-4",
                employee_id=1,
                date_hours_worked=dt.date(2026, 3, 4),
                rate_type=bh.RateType.REG,
                hours_worked=8.0,
            ),
        ]
    )
    assert len(again.succeeded) == 2
