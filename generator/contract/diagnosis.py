"""Setup problems told apart from drift by the traffic itself.

A run whose every answer is 404, 401/403 or 429, or a redirect to a login page, says nothing about
the API: the base URL, the credentials or the rate limit are wrong. Such a run is a setup error
(exit 2) with one line saying what is wrong and what to try.
"""

from __future__ import annotations

import ssl
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # httpx is imported only when a live URL is checked (~0.2 s)
    import httpx

LOGIN_WORDS = ("login", "signin", "sign-in", "sign_in", "auth", "sso", "oauth")
# Answers cut off at the call deadline before the run is stopped: a server that stalls once
# will stall every case of every phase, each costing a whole deadline.
MAX_LATE_ANSWERS = 3


@dataclass
class Traffic:
    """What the server answered, counted while the run goes."""

    statuses: Counter[int] = field(default_factory=Counter)
    redirects: list[str] = field(default_factory=list)  # Location paths (no query) of 3xx answers
    late: int = 0  # answers cut off at the call deadline
    call_deadline_s: float = 0.0

    def answer_late(self, call_deadline_s: float) -> bool:
        """Count an answer cut off at the deadline; True when the run should stop."""
        self.late += 1
        self.call_deadline_s = call_deadline_s
        return self.stalled

    @property
    def stalled(self) -> bool:
        return self.late >= MAX_LATE_ANSWERS

    def answer(self, status: int, location: str | None) -> None:
        self.statuses[status] += 1
        if 300 <= status < 400 and location:
            self.redirects.append(urlsplit(location).path.lower())

    @property
    def total(self) -> int:
        return sum(self.statuses.values())


def diagnose(traffic: Traffic, *, base_url: str, server_path: str, env_vars: list[str]) -> str:
    """One line naming the setup problem, or "" when the traffic looks like a real run."""
    if traffic.stalled:
        return (
            f"{traffic.late} answers took longer than the {traffic.call_deadline_s:g} s call "
            "deadline (a body that drips, or a stalled server or proxy): the run was stopped; "
            "raise --call-deadline if the server is only slow"
        )
    total = traffic.total
    if total == 0:
        return ""
    only = {status for status in traffic.statuses}
    if only == {404}:
        hint = (
            f"; the spec's server path is {server_path!r}: try --base-url "
            f"{base_url.rstrip('/')}{server_path}"
            if server_path and not urlsplit(base_url).path.rstrip("/").endswith(server_path)
            else "; check --base-url"
        )
        return f"every request ({total}) was answered 404: the base URL is wrong{hint}"
    if only <= {401, 403}:
        names = " / ".join(env_vars) or "the credential variables"
        return (
            f"every request ({total}) was refused with 401/403: the credentials are wrong or lack "
            f"permissions; check {names}"
        )
    if only == {429}:
        return (
            f"every request ({total}) was answered 429: the server is rate limiting this client; "
            "try --rate-limit (e.g. 1/s) or run later"
        )
    redirected = sum(n for status, n in traffic.statuses.items() if 300 <= status < 400)
    if redirected == total and any(w in path for path in traffic.redirects for w in LOGIN_WORDS):
        return (
            "every request was redirected to a login page: the server wants a browser session; "
            "check --base-url points at the API, not the web app, and the credentials"
        )
    return ""


def unreachable(url: str, exc: httpx.HTTPError) -> str:
    """One line for a server that cannot be reached at all."""
    host = urlsplit(url).netloc
    if _is_tls(exc):
        return (
            f"cannot reach {host}: the TLS handshake failed ({_reason(exc)}): check the URL's scheme "
            "(http vs https) and the server's certificate"
        )
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return f"cannot reach {host}: no answer in time; check the host, port and any VPN or proxy"
    return f"cannot reach {host} ({_reason(exc)}): check the host and port, and that it runs"


def _is_tls(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "SSL" in type(seen).__name__:
            return True
        if "ssl" in str(seen).lower() or "certificate" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:160] if text else type(exc).__name__
