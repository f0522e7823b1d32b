"""Walking every page of a list operation, for each pagination style a spec can declare.

A walker is pure state: it says which request comes next given the last page. The sync and
async iterators in `_base` drive it, so both share one implementation of the rules.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from typing import Any

import pydantic_core

from ._pointer import resolve


@dataclass(frozen=True)
class Pagination:
    """The `x-pagination` extension of one operation."""

    style: str  # offset | odata | page-number | next-url | date-range
    items: str = ""
    offset_param: str | None = None
    limit_param: str | None = None
    total: str | None = None
    page_param: str | None = None
    first_page: int = 1
    next: str | None = None
    start_param: str | None = None
    end_param: str | None = None
    max_days: int | None = None


@dataclass(frozen=True)
class PageRequest:
    query: dict[str, Any]
    url: str | None = None  # an absolute next-page URL replaces path and query


class PageWalker:
    def __init__(self, spec: Pagination, query: dict[str, Any]) -> None:
        self.spec = spec
        self.query = {k: v for k, v in query.items() if v is not None}
        self._seen: set[bytes] = set()
        self._seen_urls: set[str] = set()
        self._window_end: _dt.date | None = None
        self.was_repeated = False
        self.items_seen = 0

    def items(self, body: Any) -> list[Any] | None:
        """The page's items; None when the body holds no list where the spec says."""
        if body is None:
            return []
        found = resolve(body, self.spec.items)
        return found if isinstance(found, list) else None

    def first(self) -> PageRequest:
        if self.spec.style == "date-range":
            return self._window(self._date(self.spec.start_param))
        return PageRequest(dict(self.query))

    def next(self, body: Any, items: list[Any]) -> PageRequest | None:
        """The request for the page after `body`, or None when the walk is over."""
        if self.spec.style == "date-range":
            return self._next_window()
        if not items:
            return None
        self.items_seen += len(items)
        if self.spec.style == "next-url":
            return self._next_url(body)
        if self.spec.style == "page-number":
            return self._next_page_number(items)
        return self._next_offset(body, items)

    def repeated(self, items: list[Any]) -> bool:
        """Whether these items came before: a server that answers the same page again (say, one
        that ignores the offset) must neither make us loop forever nor yield duplicates."""
        if not items or self.spec.style == "date-range":
            return False
        text = pydantic_core.to_json(items, fallback=str)
        fingerprint = hashlib.blake2b(text, digest_size=16).digest()
        if fingerprint in self._seen:
            self.was_repeated = True
            return True
        self._seen.add(fingerprint)
        return False

    def _short(self, items: list[Any]) -> bool:
        """Fewer items than the page size asked for: this was the last page."""
        value = self.query.get(self.spec.limit_param or "")
        limit = int(value) if isinstance(value, int | str) and str(value).isdigit() else None
        return limit is not None and len(items) < limit

    def _next_offset(self, body: Any, items: list[Any]) -> PageRequest | None:
        param = self.spec.offset_param or "offset"
        offset = int(self.query.get(param) or 0) + len(items)
        total = resolve(body, self.spec.total) if self.spec.total else None
        if isinstance(total, int):
            # A known total wins over page length: servers may cap the page size below the limit.
            if offset >= total:
                return None
        elif self._short(items):
            return None
        self.query[param] = offset
        return PageRequest(dict(self.query))

    def _next_page_number(self, items: list[Any]) -> PageRequest | None:
        if self._short(items):
            return None
        param = self.spec.page_param or "page"
        self.query[param] = int(self.query.get(param, self.spec.first_page)) + 1
        return PageRequest(dict(self.query))

    def _next_url(self, body: Any) -> PageRequest | None:
        """The link to the next page; never one seen before (a cycle), nor one past the total
        the server announced (an endless chain of fresh links)."""
        total = resolve(body, self.spec.total) if self.spec.total else None
        if isinstance(total, int) and self.items_seen >= total:
            return None
        url = resolve(body, self.spec.next or "/next")
        if not isinstance(url, str) or not url or url in self._seen_urls:
            return None
        self._seen_urls.add(url)
        return PageRequest({}, url=url)

    def _date(self, param: str | None) -> _dt.date:
        value = self.query.get(param or "")
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        return _dt.date.fromisoformat(str(value)[:10])

    def _window(self, start: _dt.date) -> PageRequest:
        end = self._date(self.spec.end_param)
        if self.spec.max_days:
            end = min(end, start + _dt.timedelta(days=self.spec.max_days - 1))
        self._window_end = end
        query = dict(self.query)
        query[self.spec.start_param or "start"] = start.isoformat()
        query[self.spec.end_param or "end"] = end.isoformat()
        return PageRequest(query)

    def _next_window(self) -> PageRequest | None:
        if self._window_end is None or self._window_end >= self._date(self.spec.end_param):
            return None
        return self._window(self._window_end + _dt.timedelta(days=1))
