"""Each finding's failing case is sent again: reproducible, or flaky (which does not gate)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "contract_fixtures"))

import servers  # noqa: E402
from harness import run_app  # noqa: E402

from generator.contract.verdicts import gates  # noqa: E402


def _total_as_text(every: int):
    """Drift on the list's `total`, in one response out of `every`."""
    counter = itertools.count(1)

    def edit(body):
        return {**body, "total": str(body["total"])} if next(counter) % every == 0 else body

    return servers.Drift(
        servers.faithful_app(),
        match=lambda method, path: method == "GET" and path == "/api/v1/entries",
        edit_json=edit,
    )


def _total_finding(result):
    return next(f for f in result.findings if f.pointer == "/total")


def test_a_drift_on_every_answer_is_reproducible_and_gates():
    finding = _total_finding(run_app(_total_as_text(1), seed=1, stateful=False))
    assert finding.verdict == "reproducible"
    assert gates(finding, fail_on_flaky=False)


def test_a_server_failing_one_request_in_three_is_flaky_and_does_not_gate():
    finding = _total_finding(run_app(_total_as_text(3), seed=1, stateful=False))
    assert finding.verdict == "flaky"
    assert not gates(finding, fail_on_flaky=False) and gates(finding, fail_on_flaky=True)


def test_no_reruns_no_verdicts():
    finding = _total_finding(run_app(_total_as_text(1), seed=1, stateful=False, reruns=0))
    assert finding.verdict == "" and gates(finding, fail_on_flaky=False)
