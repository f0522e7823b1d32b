"""`contract --all`: every vendor's run in its own process, output in one block per vendor, a
summary table, the most severe exit code; one-target flags refused; a stop reaches every child."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import VENDORS
from generator.cli import build_parser
from generator.contract.all_vendors import longest_first, meaning, merged_exit, shared_flags
from generator.ir.load import load

REPO = Path(__file__).resolve().parent.parent
QUICK = ["--max-examples", "2", "--no-stateful"]


def _contract(*words: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "contract", *words],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "CI": "true"},
    )


def _blocks(out: str) -> dict[str, list[str]]:
    """Each vendor's block of output, by the vendor of its header line."""
    blocks: dict[str, list[str]] = {}
    current: list[str] = []
    for line in out.splitlines():
        if line.startswith("== "):
            current = blocks.setdefault(line[3:].split(":")[0], [])
        elif line.startswith("vendor "):
            break  # the summary table
        else:
            current.append(line)
    return blocks


def _shared_baseline(path: Path) -> Path:
    """One entry of timetrack's (it names its operation), one of any run (it names none)."""
    operation = next(iter(_labels("timetrack")))
    path.write_text(
        json.dumps(
            {
                "findings": [
                    {"fingerprint": "a" * 16, "reason": "timetrack's", "operations": [operation]},
                    {"fingerprint": "b" * 16, "reason": "anyone's"},
                ]
            }
        )
    )
    return path


def _labels(vendor: str) -> list[str]:
    """The vendor's operations as a run labels them (METHOD /server-prefix/path)."""
    from generator.contract.session import _label

    api = load(vendor)
    return [_label(api, op) for op in api.operations]


def test_all_vendors_each_get_a_report_folder_a_block_and_a_summary_row(tmp_path):
    report = tmp_path / "reports"
    shared = _shared_baseline(tmp_path / "baseline.json")
    done = _contract(
        "--all", *QUICK, "--seed", "3", "--report", str(report), "--baseline", str(shared)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    for vendor in VENDORS:
        drift = json.loads((report / vendor / "drift.json").read_text())
        assert (drift["vendor"], drift["state"], drift["seed"]) == (vendor, "complete", 3)
        # a shared baseline: each vendor lists as fixed only its own entries and everyone's
        fixed = {entry["reason"] for entry in drift["fixed"]}
        assert fixed == ({"timetrack's", "anyone's"} if vendor == "timetrack" else {"anyone's"})
    blocks = _blocks(done.stdout)
    assert sorted(blocks) == sorted(VENDORS)
    for vendor, lines in blocks.items():  # no other vendor's line inside a block
        assert f"{vendor}: 0 finding(s)" in "\n".join(lines)
        assert not [line for line in lines if any(f"{o}:" in line for o in VENDORS if o != vendor)]
    rows = {line.split()[0]: line.split() for line in done.stdout.splitlines()[-5:-1]}
    assert {vendor: rows[vendor][1:6] for vendor in VENDORS} == {
        vendor: ["0", "no", "new", "drift", "0"] for vendor in VENDORS
    }


@pytest.mark.parametrize(
    "flag",
    [
        ["--spec", "specs/timetrack.yaml"],
        ["--base-url", "http://127.0.0.1:9"],
        ["--record", "x.har"],
        ["--replay", "x.har"],
        ["--update-baseline"],
    ],
)
def test_a_one_target_flag_with_all_is_a_usage_error_naming_it(flag):
    done = _contract("--all", *flag, timeout=30)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"contract: {flag[0]} names one target and cannot be used with --all "
        f"(run `contract VENDOR {flag[0]} ...` for that vendor)"
    ]


def test_a_vendor_and_all_together_is_a_usage_error():
    done = _contract("timetrack", "--all", timeout=30)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "contract: --all tests every vendor: give either VENDOR (timetrack) or --all"
    ]


def test_jobs_without_all_is_a_usage_error():
    done = _contract("timetrack", "--jobs", "2", timeout=30)
    assert (done.returncode, done.stderr.strip()) == (
        2,
        "contract: --jobs needs --all (a single vendor's run is one process)",
    )


def test_a_failing_child_makes_the_run_fail_and_its_reason_is_shown(tmp_path):
    # Check names are Schemathesis': only a child, which imports it, can refuse one.
    done = _contract("--all", "--exclude-check", "bogus", "--report", str(tmp_path), timeout=60)
    assert done.returncode == 2
    blocks = _blocks(done.stdout)
    assert sorted(blocks) == sorted(VENDORS)
    for lines in blocks.values():
        assert len(lines) == 1 and lines[0].startswith("contract: --exclude-check: unknown check")
    assert "2  setup error" in done.stdout


def test_a_value_no_run_can_use_is_refused_once_before_any_run_starts():
    done = _contract("--all", "--max-examples", "0", "--reruns", "-1", timeout=30)
    assert (done.returncode, done.stderr.strip(), done.stdout) == (
        2,
        "contract: --max-examples must be at least 1",
        "",
    )


def test_the_most_severe_exit_code_wins():
    assert merged_exit([]) == 0
    assert merged_exit([0, 0]) == 0
    assert merged_exit([0, 1, 0]) == 1
    assert merged_exit([1, 124]) == 124
    assert merged_exit([1, 2, 124]) == 2
    assert merged_exit([0, -9]) == 2  # a killed child: that vendor was not tested
    assert merged_exit([2, 143, 130]) == 130
    assert (meaning(-9), meaning(1), meaning(None), meaning(77)) == (
        "killed by SIGKILL",
        "new drift",
        "not started",
        "crashed",
    )


def test_flags_for_every_vendor_are_passed_on_and_the_parents_are_not():
    words = ["contract", "--all", "--jobs", "2", "--report", "r", "--seed", "3", "--no-stateful"]
    words += ["--exclude-check", "a", "--exclude-check", "b", "--baseline", "b.yaml"]
    args = build_parser("contract").parse_args(words)
    assert shared_flags(args) == [
        "--seed", "3", "--no-stateful", "--baseline", "b.yaml",
        "--exclude-check", "a", "--exclude-check", "b",
    ]  # fmt: skip


def test_the_vendor_with_most_operations_goes_first():
    counts = {vendor: len(load(vendor).operations) for vendor in VENDORS}
    order = longest_first(VENDORS)
    assert [counts[vendor] for vendor in order] == sorted(counts.values(), reverse=True)


def _running_with(marker: str) -> list[int]:
    """Processes whose command line holds `marker` (the test's own report folder)."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if marker in cmdline.read_bytes().decode(errors="replace"):
                pids.append(int(cmdline.parent.name))
        except OSError:
            continue
    return pids


def _two_runs_under_way(report: Path, output: int) -> tuple[subprocess.Popen[str], list[str]]:
    """`contract --all --jobs 2 --report REPORT` started, once its first two runs are under way."""
    parent = subprocess.Popen(
        [sys.executable, "-m", "generator", "contract", "--all", "--jobs", "2"]
        + ["--report", str(report)],
        cwd=REPO,
        stdout=output,
        stderr=output,
        text=True,
        env={**os.environ, "CI": "true"},
    )
    first_two = longest_first(VENDORS)[:2]
    waited = time.monotonic() + 60
    while not all((report / v).is_dir() for v in first_two) and time.monotonic() < waited:
        time.sleep(0.1)
    time.sleep(1.5)  # both runs under way
    return parent, first_two


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc")
def test_sigint_stops_every_child_with_partial_reports_and_exits_130(tmp_path):
    report = tmp_path / "stopped"
    parent, first_two = _two_runs_under_way(report, subprocess.PIPE)
    parent.send_signal(signal.SIGINT)
    out, err = parent.communicate(timeout=60)
    assert parent.returncode == 130, out + err
    assert "Traceback" not in out + err
    assert _running_with(str(report)) == []
    for vendor in first_two:
        assert json.loads((report / vendor / "drift.json").read_text())["state"] == "interrupted"
    assert "130  stopped by SIGINT" in out


def test_updating_a_shared_baseline_keeps_the_other_vendors_entries(tmp_path):
    from generator.contract import baseline
    from generator.contract.findings import Finding

    shared = _shared_baseline(tmp_path / "baseline.json")
    operation = _labels("bamboohr")[0]
    finding = Finding(operation, "status_code_conformance", 500, "", "", "", "boom", "")
    baseline.write(shared, [finding], baseline.load(shared), _labels("bamboohr"))
    entries = json.loads(shared.read_text())["findings"]
    assert [(e["fingerprint"], e.get("operations")) for e in entries] == [
        ("a" * 16, [next(iter(_labels("timetrack")))]),  # timetrack's: kept
        (finding.fingerprint, [operation]),  # anyone's: not seen by this run, so fixed: gone
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG)")
def test_a_killed_parent_takes_its_children_with_it(tmp_path):
    """SIGKILL cannot be passed on; the children, each in its own session, get SIGTERM from
    the kernel instead and stop as on any SIGTERM, with partial reports."""
    report = tmp_path / "orphaned"
    parent, first_two = _two_runs_under_way(report, subprocess.DEVNULL)
    parent.kill()
    parent.wait(timeout=10)
    waited = time.monotonic() + 30
    while _running_with(str(report)) and time.monotonic() < waited:
        time.sleep(0.2)
    assert _running_with(str(report)) == []
    for vendor in first_two:
        assert json.loads((report / vendor / "drift.json").read_text())["state"] == "interrupted"
