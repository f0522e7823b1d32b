"""When and how long to wait before trying a request again."""

from __future__ import annotations

import random
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter; `Retry-After` (seconds or an HTTP date) wins when given."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def should_retry_status(self, status: int) -> bool:
        return status in RETRY_STATUSES

    def delay(self, attempt: int, response: httpx.Response | None, now: float) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"), now)
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        base = min(self.initial_delay * 2.0 ** (attempt - 1), self.max_delay)
        return base * (1 - self.jitter * random.random())


def parse_retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)
