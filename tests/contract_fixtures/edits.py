"""Ways a drift fixture picks requests and changes the faithful server's JSON answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ITEM = "/api/v1/entries/"
Match = Callable[[str, str], bool]
Edit = Callable[[Any], Any]


def item(method: str) -> Match:
    return lambda m, p: m == method and p.startswith(ITEM)


def collection(method: str) -> Match:
    return lambda m, p: m == method and p == "/api/v1/entries"


def set_field(key: str, value: Any) -> Edit:
    """`key` set to `value`, or to `value(old)` when it is callable (`str` changes a type)."""

    def edit(body: Any) -> Any:
        body[key] = value(body[key]) if callable(value) else value
        return body

    return edit


def drop(key: str) -> Edit:
    def edit(body: Any) -> Any:
        body.pop(key, None)
        return body

    return edit


def us_date(body: Any) -> Any:
    year, month, day = body["date"].split("-")
    body["date"] = f"{month}/{day}/{year}"
    return body
