"""Forward compatibility: fields, enum values and nulls the spec does not document parse in a
lax read and are counted on `client.deviations`; `strict=True` refuses each of them."""

from __future__ import annotations

from typing import Any

import pytest
from conftest_runtime import TEAMPULSE_ENTRY, FaultServer, Reply
from timetracking_clients import teampulse
from timetracking_clients._runtime import (
    APIModel,
    APIResponseValidationError,
    OpenEnum,
    OperationSpec,
    SyncAPIClient,
)

TOKEN = "tp-token-0123456789"


class Colour(OpenEnum):
    RED = "red"


class Paint(APIModel):
    colour: Colour
    coats: int = 1


class Can(APIModel):
    paint: Paint
    litres: float


class Shelf(APIModel):
    cans: list[Can]


GET_PAINT = OperationSpec(
    method="GET", path="/paint", operation_id="getPaint", responses={"200": Paint}
)


def paint_client(server: FaultServer, strict: bool) -> SyncAPIClient:
    return SyncAPIClient(base_url=server.url, schemes={}, credentials={}, strict=strict)


def test_lax_read_keeps_extra_fields_and_counts_them() -> None:
    entry = {**TEAMPULSE_ENTRY, "colour": "teal", "approvedBy": "Ann"}
    with FaultServer(lambda seen: Reply(200, entry)) as server:
        client = teampulse.Client(base_url=server.url, access_token=TOKEN)
        first = client.time_entries.get_time_entry(id=1)
        client.time_entries.get_time_entry(id=1)
    assert first.model_extra == {"colour": "teal", "approvedBy": "Ann"}
    assert client.deviations.counts["extra field: TimeEntry.colour"] == 2
    assert client.deviations.total == 4


def test_strict_read_refuses_extra_fields() -> None:
    entry = {**TEAMPULSE_ENTRY, "colour": "teal"}
    with FaultServer(lambda seen: Reply(200, entry)) as server:
        client = teampulse.Client(base_url=server.url, access_token=TOKEN, strict=True)
        with pytest.raises(APIResponseValidationError, match="TimeEntry.colour"):
            client.time_entries.get_time_entry(id=1)
    assert client.deviations.counts["extra field: TimeEntry.colour"] == 1


def test_extra_fields_in_page_items_are_counted() -> None:
    page = {"totalResults": 1, "top": 2, "results": [{**TEAMPULSE_ENTRY, "colour": "teal"}]}
    with FaultServer(lambda seen: Reply(200, page)) as server:
        client = teampulse.Client(base_url=server.url, access_token=TOKEN)
        items = list(client.time_entries.iter_list_time_entries(top=2))
        strict = teampulse.Client(base_url=server.url, access_token=TOKEN, strict=True)
        with pytest.raises(APIResponseValidationError):
            list(strict.time_entries.iter_list_time_entries(top=2))
    assert items[0].model_extra == {"colour": "teal"}
    assert client.deviations.counts["extra field: TimeEntry.colour"] == 1


@pytest.mark.parametrize("strict", [False, True], ids=["lax", "strict"])
def test_unknown_enum_values(strict: bool) -> None:
    with FaultServer(lambda seen: Reply(200, {"colour": "teal"})) as server:
        client = paint_client(server, strict)
        if strict:
            with pytest.raises(APIResponseValidationError, match="unknown enum value"):
                client.request(GET_PAINT).parse()
        else:
            paint: Any = client.request(GET_PAINT).parse()
            assert paint.colour == "teal" and paint.colour.name == "UNKNOWN_teal"
    assert client.deviations.counts["unknown enum value: Colour='teal'"] == 1


@pytest.mark.parametrize("strict", [False, True], ids=["lax", "strict"])
def test_null_where_the_spec_says_non_nullable(strict: bool) -> None:
    with FaultServer(lambda seen: Reply(200, {"colour": "red", "coats": None})) as server:
        client = paint_client(server, strict)
        if strict:
            with pytest.raises(APIResponseValidationError, match="coats"):
                client.request(GET_PAINT).parse()
        else:
            paint: Any = client.request(GET_PAINT).parse()
            assert paint.coats == 1  # left at its default
            assert client.deviations.counts["null where not nullable: getPaint.coats"] == 1


GET_SHELF = OperationSpec(
    method="GET", path="/shelf", operation_id="getShelf", responses={"200": Shelf}
)


@pytest.mark.parametrize("strict", [False, True], ids=["lax", "strict"])
def test_null_in_required_fields_is_kept_as_none(strict: bool) -> None:
    cans = [
        {"paint": {"colour": "red", "coats": 2}, "litres": 2.5},
        {"paint": {"colour": None}, "litres": None},
    ]
    with FaultServer(lambda seen: Reply(200, {"cans": cans})) as server:
        client = SyncAPIClient(base_url=server.url, schemes={}, credentials={}, strict=strict)
        if strict:
            with pytest.raises(APIResponseValidationError, match=r"cans.1.paint.colour.*2 error"):
                client.request(GET_SHELF).parse()
            return
        shelf: Any = client.request(GET_SHELF).parse()
    full, empty = shelf.cans
    assert (full.paint.colour, full.paint.coats, full.litres) == ("red", 2, 2.5)
    assert (empty.paint.colour, empty.paint.coats, empty.litres) == (None, 1, None)
    assert isinstance(empty, Can) and isinstance(empty.paint, Paint)
    assert type(empty).__name__ == "Can"
    assert dict(client.deviations.counts) == {
        "null where not nullable: getShelf.cans.paint.colour": 1,
        "null where not nullable: getShelf.cans.litres": 1,
    }


def test_documented_answers_count_nothing() -> None:
    with FaultServer(lambda seen: Reply(200, TEAMPULSE_ENTRY)) as server:
        client = teampulse.Client(base_url=server.url, access_token=TOKEN, strict=True)
        assert client.time_entries.get_time_entry(id=1).model_extra == {}
    assert not client.deviations
