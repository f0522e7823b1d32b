"""When and how long to wait before trying a request again."""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Failures where the request may not have reached the server, or its answer was lost.
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter; `Retry-After` (seconds or an HTTP date) wins when given.

    A server that asks for a longer wait than `max_retry_after` is not retried: the error
    reaches the caller at once instead of the client sleeping for minutes or retrying early.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def should_retry_status(self, status: int) -> bool:
        return status in RETRY_STATUSES

    def delay(self, attempt: int, response: httpx.Response | None, now: float) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based); None means do not retry."""
        if response is not None:
            retry_after = retry_after_seconds(response.headers, now)
            if retry_after is not None:
                return retry_after if retry_after <= self.max_retry_after else None
        base = min(self.initial_delay * 2.0 ** (attempt - 1), self.max_delay)
        return base * (1 - self.jitter * random.random())


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """The wait a response asks for (`retry-after-ms`, then `Retry-After`), or None."""
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    return parse_retry_after(headers.get("retry-after"), now)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """`Retry-After` as seconds from `now`: delta-seconds or an HTTP date; None when unusable."""
    if not value:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates: HTTP dates are always UTC
        when = when.replace(tzinfo=_dt.timezone.utc)
    return max(0.0, when.timestamp() - now)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return max(0.0, number) if number == number and number != float("inf") else None
