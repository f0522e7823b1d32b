"""Each finding's failing case sent again (3 times by default): `reproducible` when every re-run
fails the same check, `flaky` when one passes. A case that cannot be re-sent on its own (a step of
a stateful chain, a check that needs the engine, a re-run answered with another status, as when
the resource is gone) is `not re-run` and gates like a reproducible one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from generator.contract.findings import Finding

DEFAULT_RERUNS = 3
REPRODUCIBLE, FLAKY, NOT_RERUN = "reproducible", "flaky", "not re-run"


@dataclass(frozen=True)
class FailingCase:
    """What a finding needs to be sent again."""

    case: Any  # schemathesis Case
    check: str
    headers: dict[str, Any]
    chained: bool  # part of a stateful chain: meaningless alone
    status: int | None  # the failing answer's status: a re-run answered otherwise says nothing


def _check_function(name: str) -> Any:
    from schemathesis import checks as core
    from schemathesis.specs.openapi import checks as openapi

    return getattr(core, name, None) or getattr(openapi, name, None)


def _fails(failing: FailingCase, timeout: float) -> bool | None:
    """True when the re-sent case fails its check again, False when it passes, None if unknown."""
    from schemathesis.core.failures import Failure, FailureGroup

    check = _check_function(failing.check)
    if check is None:
        return None
    try:
        response = failing.case.call(headers=failing.headers, timeout=timeout)
    except Exception:  # the transport's errors: a re-run that got no answer says nothing
        return None
    if failing.status is not None and response.status_code != failing.status:
        return None  # the resource is gone, say: not the same situation
    try:
        failing.case.validate_response(response, checks=[check], headers=failing.headers)
    except (Failure, FailureGroup):
        return True
    except Exception:  # a check that needs the engine's context
        return None
    return False


def verdict(failing: FailingCase | None, reruns: int, timeout: float) -> str:
    if failing is None or failing.chained or reruns < 1:
        return NOT_RERUN
    outcomes = [_fails(failing, timeout) for _ in range(reruns)]
    if None in outcomes:
        return NOT_RERUN
    return REPRODUCIBLE if all(outcomes) else FLAKY


def label(
    findings: list[Finding],
    cases: dict[tuple[str, str, str], FailingCase],
    reruns: int = DEFAULT_RERUNS,
    timeout: float = 10.0,
) -> list[Finding]:
    """The findings with their verdicts."""
    return [replace(f, verdict=verdict(cases.get(f.root_cause), reruns, timeout)) for f in findings]


def gates(finding: Finding, *, fail_on_flaky: bool) -> bool:
    """Whether a finding fails the run: flaky ones only when asked."""
    return fail_on_flaky or finding.verdict != FLAKY
