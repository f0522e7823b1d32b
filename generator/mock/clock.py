"""The mock's clock: the wall clock, or one derived from `--seed` so every byte is reproducible.

Handlers read the time through `now()`, which asks the clock of the mock serving the current
request (a context variable the engine sets), so mocks in one process keep their own clocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol

SEEDED_EPOCH = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
_TICKS = "__clock__"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...


class WallClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class Counter(Protocol):
    def next_number(self, counter: str, start: int = 1) -> int: ...


class SeededClock:
    """Starts at an hour of 2026 chosen by the seed and moves one second per reading; the
    readings are counted in the store, so a restart on the same state keeps moving forward."""

    def __init__(self, seed: int, ticks: Counter) -> None:
        self.start = SEEDED_EPOCH + timedelta(hours=seed % (365 * 24))
        self.ticks = ticks

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.ticks.next_number(_TICKS))


_CURRENT: ContextVar[Clock | None] = ContextVar("mock_clock", default=None)
_WALL = WallClock()


def now(zone: tzinfo = UTC) -> datetime:
    """The current instant of the serving mock's clock (the wall clock outside a request)."""
    return (_CURRENT.get() or _WALL).now().astimezone(zone)


@contextmanager
def using(clock: Clock) -> Iterator[None]:
    token = _CURRENT.set(clock)
    try:
        yield
    finally:
        _CURRENT.reset(token)
