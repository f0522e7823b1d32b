"""A canary secret never shows up in exception text, repr, error bodies, tracebacks or logs,
even when the server echoes everything the client sent back into its answers."""

from __future__ import annotations

import base64
import json
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote_plus

import pytest
from conftest_runtime import TEAMPULSE_ENTRY, FaultServer, Reply, Seen
from timetracking_clients import bamboohr, papershift, teampulse, timetrack
from timetracking_clients._runtime import APIError, RetryPolicy

CANARY = "canary+S3cr3t/value=42"
FORMS = [CANARY, quote_plus(CANARY), base64.b64encode(f"{CANARY}:x".encode()).decode()]
FAST = RetryPolicy(max_retries=1, initial_delay=0, jitter=0)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def logs() -> Iterator[Records]:
    handler = Records()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def echo(status: int) -> Callable[[Seen], Reply]:
    """A server that puts everything it received (query, headers, body) into its answer."""

    def reply(seen: Seen) -> Reply:
        received = {
            "detail": f"bad request {seen.query} {seen.headers}",
            "query": seen.query,
            "headers": seen.headers,
            "body": seen.body.decode(),
        }
        return Reply(status, received, {"X-Echo": json.dumps(seen.query)})

    return reply


def assert_clean(*texts: Any) -> None:
    for text in texts:
        for form in FORMS:
            assert form not in str(text), f"secret leaked: {str(text)[:300]}"


def assert_clean_error(error: BaseException) -> None:
    formatted = "".join(traceback.format_exception(error))
    body = json.dumps(getattr(error, "body", None), default=str)
    assert_clean(str(error), repr(error), error.args, formatted, body)
    assert_clean(getattr(error, "failed", ""))
    response = getattr(error, "response", None)
    if response is not None:
        assert_clean(response.request.url, response.request.headers, response.headers)
        assert_clean(response.text)


def clients(url: str) -> list[Any]:
    return [
        bamboohr.Client(base_url=url, api_key=CANARY, retry_policy=FAST, sleep=lambda s: None),
        bamboohr.Client(base_url=url, access_token=CANARY, retry_policy=FAST, sleep=lambda s: None),
        timetrack.Client(
            base_url=url, api_key=CANARY, api_secret=CANARY, retry_policy=FAST, sleep=lambda s: None
        ),
        teampulse.Client(
            base_url=url, access_token=CANARY, retry_policy=FAST, sleep=lambda s: None
        ),
        papershift.Client(base_url=url, api_token=CANARY, retry_policy=FAST, sleep=lambda s: None),
    ]


def one_call(client: Any) -> Any:
    if isinstance(client, bamboohr.Client):
        return client.break_policies.list_break_policies(limit=1)
    if isinstance(client, timetrack.Client):
        return client.attendances.list_attendances(limit=1)
    if isinstance(client, teampulse.Client):
        return client.time_entries.get_time_entry(id=1)
    return client.working_sessions.get_working_session(id=1)


@pytest.mark.parametrize("status", [400, 401, 404, 429, 500, 503])
def test_error_answers_echoing_the_secret_are_masked(status: int, logs: Records) -> None:
    with FaultServer(echo(status)) as server:
        for client in clients(server.url):
            assert_clean(repr(client), repr(client._client), str(vars(client._client)))
            with pytest.raises(APIError) as caught:
                one_call(client)
            assert_clean_error(caught.value)
            assert getattr(caught.value, "status_code", None) == status
    assert len(server.requests) >= 5
    assert any("***" in line for line in logs.lines)
    assert_clean(*logs.lines)


def test_papershift_secret_in_body_and_next_link_is_masked(logs: Records) -> None:
    with FaultServer(echo(422)) as server:
        client = papershift.Client(base_url=server.url, api_token=CANARY)
        with pytest.raises(papershift.errors.UnprocessableEntityError) as caught:
            client.working_sessions.create_working_session(body={"working_session": {}})
    assert json.loads(server.requests[0].body)["api_token"] == CANARY
    assert_clean_error(caught.value)
    assert_clean(*logs.lines)

    foreign = {
        "working_sessions": [{"id": 1}],
        "next_page": f"http://evil.test/?api_token={CANARY}",
    }
    with FaultServer(lambda seen: Reply(200, foreign)) as server:
        client = papershift.Client(base_url=server.url, api_token=CANARY)
        op = papershift.resources.LIST_WORKING_SESSIONS
        with pytest.raises(APIError) as refused:
            list(client._client.iterate(op, dict, query={}))
    assert_clean_error(refused.value)
    assert_clean(*logs.lines)


def test_connection_errors_and_timeouts_are_masked(logs: Records) -> None:
    with FaultServer(lambda seen: Reply(reset=True)) as server:
        client = papershift.Client(base_url=server.url, api_token=CANARY, max_retries=0)
        with pytest.raises(papershift.errors.APIConnectionError) as reset:
            client.working_sessions.get_working_session(id=1)
    with FaultServer(lambda seen: Reply(200, {}, delay=2.0)) as server:
        client = papershift.Client(
            base_url=server.url, api_token=CANARY, timeout=0.1, max_retries=0
        )
        with pytest.raises(papershift.errors.APITimeoutError) as slow:
            client.working_sessions.get_working_session(id=1)
    for error in (reset.value, slow.value):
        assert_clean_error(error)
        assert "api_token=***" in str(error)
    assert_clean(*logs.lines)


def test_invalid_success_bodies_echoing_the_secret_are_masked(logs: Records) -> None:
    bad = {**TEAMPULSE_ENTRY, "id": CANARY, "note": CANARY}
    with FaultServer(lambda seen: Reply(200, bad)) as server:
        client = teampulse.Client(base_url=server.url, access_token=CANARY)
        with pytest.raises(APIError) as caught:
            client.time_entries.get_time_entry(id=1)
    assert "id" in str(caught.value)
    assert_clean_error(caught.value)
    assert_clean(*logs.lines)


def test_debug_log_has_method_masked_url_status_and_duration(logs: Records) -> None:
    with FaultServer(
        lambda seen: Reply(200, {"working_sessions": [], "next_page": None})
    ) as server:
        client = papershift.Client(base_url=server.url, api_token=CANARY)
        op = papershift.resources.LIST_WORKING_SESSIONS
        list(client._client.iterate(op, dict, query={"range_start": "2015-10-01"}))
    ours = [line for line in logs.lines if line.startswith("timetracking_clients DEBUG")]
    assert len(ours) == 1
    assert (
        f"GET {server.url}/working_sessions?range_start=2015-10-01&api_token=*** -> 200 in "
        in ours[0]
    )
    assert ours[0].endswith(" ms")
    assert_clean(*logs.lines)
