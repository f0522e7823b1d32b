"""What a call puts on the wire, against a real local server: query values whatever their
characters, the caller's own httpx client defaults, header precedence and per-call timeouts."""

from __future__ import annotations

import httpx
from conftest_runtime import TEAMPULSE_ENTRY, FaultServer, Reply, Seen
from timetracking_clients import teampulse
from timetracking_clients._runtime import SyncAPIClient
from timetracking_clients.teampulse import resources as tp_resources
from timetracking_clients.teampulse.client import SCHEMES as TP_SCHEMES

TOKEN = "tp-token-0123456789"
AWKWARD = "note eq 'a&b=c/d?e%f #g+h ü'"


def listing(seen: Seen) -> Reply:
    if seen.path.endswith("/1"):
        return Reply(200, TEAMPULSE_ENTRY)
    return Reply(200, {"totalResults": 1, "top": 1, "results": [TEAMPULSE_ENTRY]})


def test_query_values_arrive_exactly_as_given() -> None:
    with FaultServer(listing) as server:
        client = teampulse.Client(base_url=server.url, access_token=TOKEN)
        page = client.time_entries.list_time_entries(
            filter=AWKWARD, top=5, extra_query={"tag": ["x y", "z/w"], "empty": ""}
        )
    assert len(page.items) == 1
    assert server.requests[0].query == [
        ("$filter", AWKWARD),
        ("$top", "5"),
        ("tag", "x y"),
        ("tag", "z/w"),
        ("empty", ""),
    ]


def test_the_callers_http_client_keeps_its_default_params_and_headers() -> None:
    with FaultServer(listing) as server:
        http = httpx.Client(params={"tenant": "t1"}, headers={"X-App": "app"})
        client = teampulse.Client(base_url=server.url, access_token=TOKEN, http_client=http)
        client.time_entries.list_time_entries(top=5)
        client.time_entries.get_time_entry(id=1)
        client.time_entries.list_time_entries()
    listed, got, listed_again = server.requests
    assert sorted(listed.query) == [("$top", "5"), ("tenant", "t1")]
    assert got.query == [("tenant", "t1")] and got.path == "/timeentries/1"
    assert listed_again.query == [("tenant", "t1")] and listed_again.path == "/timeentries"
    assert all(seen.headers["x-app"] == "app" for seen in server.requests)


def test_a_per_call_timeout_replaces_the_clients_for_that_call_only() -> None:
    with FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY, delay=0.3)) as server:
        client = teampulse.Client(base_url=server.url, access_token=TOKEN, max_retries=0)
        assert client.time_entries.get_time_entry(id=1).id == 1
        try:
            client.time_entries.get_time_entry(id=1, timeout=0.05)
        except teampulse.errors.APITimeoutError:
            pass
        else:
            raise AssertionError("a 0.05 s call timeout let a 0.3 s answer through")
        assert client.time_entries.get_time_entry(id=1).id == 1


def test_header_parameters_go_between_default_and_credential_headers() -> None:
    with FaultServer(listing) as server:
        api = SyncAPIClient(
            base_url=server.url,
            schemes=TP_SCHEMES,
            credentials={"wrap": TOKEN},
            default_headers={"X-App": "app", "X-Trace": "default"},
        )
        for _ in range(2):  # the second call reuses what the first worked out
            api.request(
                tp_resources.GET_TIME_ENTRY,
                path={"id": 1},
                headers={"X-Trace": 7, "Authorization": "not mine", "X-None": None},
            )
        api.request(tp_resources.GET_TIME_ENTRY, path={"id": 1})
    for seen in server.requests[:2]:
        assert seen.headers["authorization"] == f"WRAP access_token={TOKEN}"
        assert seen.headers["x-trace"] == "7" and seen.headers["x-app"] == "app"
        assert "x-none" not in seen.headers
    assert server.requests[2].headers["x-trace"] == "default"
    assert server.requests[2].headers["authorization"] == f"WRAP access_token={TOKEN}"
