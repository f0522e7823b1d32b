"""Every next-page URL a mock hands out, followed as given, walks the whole list once, with the
caller's filters kept and path parameters filled (BambooHR `_links.next.href`, Papershift
`next_page`; TeamPulse and TimeTrack page by parameters and hand out no links)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.mock.testing import MockClient

NextLink = Callable[[Any], str | None]


def _walk(
    client: MockClient, path: str, params: dict[str, Any], items: str, next_link: NextLink
) -> list[Any]:
    """Ids of every item on every page, following the links exactly as handed out."""
    body = client.get(path, params=params).json()
    ids = [item["id"] for item in body[items]]
    while (url := next_link(body)) is not None:
        query = parse_qs(urlsplit(url).query)
        for name, value in params.items():
            if name not in ("limit", "page", "offset"):
                assert query.get(name) == [str(value)], f"{url} dropped {name}"
        assert "{" not in url, url
        reply = client.http.get(url, headers=client.headers)
        assert reply.status_code == 200, (url, reply.text)
        body = reply.json()
        ids += [item["id"] for item in body[items]]
    return ids


@pytest.fixture
def bamboohr():
    client = MockClient("bamboohr")
    yield client
    client.close()


def _href(body: Any) -> str | None:
    link = body["_links"]["next"]
    return link["href"] if link else None


def test_bamboohr_next_links_under_a_path_parameter_walk_the_list(bamboohr):
    policies = bamboohr.get("/api/v1/time-tracking/break-policies").json()["data"]
    path = f"/api/v1/time-tracking/break-policies/{policies[0]['id']}/employees"
    everyone = [e["id"] for e in bamboohr.get(path, params={"limit": 100}).json()["data"]]
    assert len(everyone) >= 2
    assert _walk(bamboohr, path, {"limit": 1}, "data", _href) == everyone


def test_bamboohr_next_links_keep_the_filter(bamboohr):
    path = "/api/v1/time-tracking/break-assessments"
    wanted = {"filter": "employeeId eq 40342"}
    everyone = bamboohr.get(path, params={**wanted, "limit": 100}).json()["data"]
    assert len(everyone) >= 2
    walked = _walk(bamboohr, path, {**wanted, "limit": 1}, "data", _href)
    assert walked == [e["id"] for e in everyone]


def test_papershift_next_page_walks_the_range_for_one_user():
    client = MockClient("papershift")
    try:
        for number in range(30):
            for user in (1, 5):
                session = {
                    "location_id": 8006,
                    "working_area_id": 12,
                    "user_id": user,
                    "external_id": f"U{user}-{number}",
                    "starts_at": f"2015-11-{1 + number % 28:02d}T08:30:00+00:00",
                    "ends_at": f"2015-11-{1 + number % 28:02d}T17:30:00+00:00",
                }
                created = client.post("/working_sessions", json={"working_session": session})
                assert created.status_code == 200, created.text
        params = {"range_start": "2015-11-01", "range_end": "2015-11-30", "user_id": 1}
        walked = _walk(
            client, "/working_sessions", params, "working_sessions", lambda b: b["next_page"]
        )
    finally:
        client.close()
    assert len(walked) == 30 and len(set(walked)) == 30
