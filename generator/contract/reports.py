"""Writers over one RunResult: drift.json (machines), drift.md (people), junit.xml (CI dashboards).

Every string has already been masked by the session; the writers add no data of their own.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.contract.findings import Finding
from generator.contract.session import RunResult


@dataclass(frozen=True)
class ReportContext:
    vendor: str
    base_url: str  # masked
    spec: str  # spec path as shown to users
    seed: int
    reproduce_hint: str = ""  # how to get a server the curl lines work against
    client_import: str = ""  # import path of our generated client for the API, if there is one


def as_json(ctx: ReportContext, result: RunResult) -> dict[str, Any]:
    return {
        "state": result.state,
        "stopped_by": result.stopped_by,
        "setup_problem": result.setup_problem,
        "vendor": ctx.vendor,
        "base_url": ctx.base_url,
        "spec": ctx.spec,
        "seed": ctx.seed,
        "operations_tested": len(result.tested),
        "requests": result.requests,
        "duration_s": result.duration_s,
        "interrupted": result.interrupted,
        "findings": [f.as_dict() for f in result.findings],
        "findings_before_grouping": result.findings_before_grouping,
        "notes": [n.as_dict() for n in result.notes],
        "errors": result.errors,
        "fixed": result.fixed,
        "excluded_checks": result.excluded,
    }


def _by_operation(findings: list[Finding]) -> dict[str, list[Finding]]:
    """Each operation's findings (a grouped finding counts for every operation it lists)."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        for operation in finding.operations or (finding.operation,):
            grouped[operation].append(finding)
    return grouped


def headline(ctx: ReportContext, result: RunResult) -> str:
    """The verdict first: Incomplete, Setup error, N finding(s) or No drift."""
    tested = (
        f"{len(result.tested)} of {len(result.operations)} operations tested with "
        f"{result.requests} requests in {result.duration_s} s"
    )
    if result.state == "setup-error":
        return (
            f"**Setup error**: {result.setup_problem}. Nothing was learnt about drift ({tested})."
        )
    found = (
        f"{len(result.findings)} finding(s) in {len(_by_operation(result.findings))} operation(s)"
    )
    if result.state == "interrupted":
        return (
            f"**Incomplete**: the run was stopped by {_stopper(result)}; {found} so far, {tested}."
        )
    verdict = f"**{found}**" if result.findings else "**No drift**: the server matches the spec"
    return f"{verdict}{_breakdown(result.findings)}. Spec `{ctx.spec}`, server `{ctx.base_url}`, seed {ctx.seed}: {tested}."


def _breakdown(findings: list[Finding]) -> str:
    """ " (2 new, 1 known; 1 flaky)" when baselines or verdicts apply."""
    new = sum(1 for f in findings if f.baseline == "new")
    known = sum(1 for f in findings if f.baseline.startswith("known"))
    flaky = sum(1 for f in findings if f.verdict == "flaky")
    parts = [f"{new} new, {known} known"] if new or known else []
    parts += [f"{flaky} flaky"] if flaky else []
    return f" ({'; '.join(parts)})" if parts else ""


def _stopper(result: RunResult) -> str:
    return {"deadline": "the run deadline", "": "an interrupt"}.get(
        result.stopped_by, result.stopped_by
    )


def _untested_reason(result: RunResult) -> str:
    if result.state == "interrupted":
        return f"not tested: the run was stopped by {_stopper(result)} first"
    if result.state == "setup-error":
        return f"not tested: setup error ({result.setup_problem})"
    return "not tested in this run"


def _md_code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`" if text else "(whole response)"


def as_markdown(ctx: ReportContext, result: RunResult) -> str:
    lines = [f"# Contract drift: {ctx.vendor}", "", headline(ctx, result), ""]
    if result.state == "interrupted":
        lines += ["> The run was interrupted: this report is partial.", ""]
    if ctx.reproduce_hint and result.findings:
        lines += [f"To reproduce: {ctx.reproduce_hint}", ""]
    if ctx.client_import and any(f.typed_call for f in result.findings):
        lines += [
            "Each request is shown as a curl line and, where our client has the operation, as "
            f"a call of `client = {ctx.client_import}.Client(...)` (same credential variables).",
            "",
        ]
    if result.findings:
        lines += ["## Findings", ""]
    for f in result.findings:
        lines += _md_finding(f)
    untested = [op for op in result.operations if op not in result.tested]
    if untested:
        lines += ["## Not tested", "", _untested_reason(result) + ":", ""]
        lines += [f"- {op}" for op in untested] + [""]
    if result.fixed:
        lines += ["## Fixed since the baseline", ""]
        lines += [f"- `{a['fingerprint']}`: {a['reason']}" for a in result.fixed] + [""]
    if result.excluded:
        lines += ["## Checks not run", ""] + [f"- {line}" for line in result.excluded] + [""]
    if result.notes:
        lines += ["## Notes (not drift)", ""]
        lines += [f"- {n.operation}: {n.message}" for n in result.notes] + [""]
    if result.errors:
        lines += ["## Errors while testing", ""] + [f"- {e}" for e in result.errors] + [""]
    return "\n".join(lines)


def _md_finding(f: Finding) -> list[str]:
    status = f" (HTTP {f.status})" if f.status is not None else ""
    operations = f.operations or (f.operation,)
    where = operations[0] if len(operations) == 1 else f"{len(operations)} operations"
    lines = [
        f"### {f.title}{status} in {where}" + (f": {_md_code(f.pointer)}" if f.pointer else ""),
        "",
        f"- Fingerprint: `{f.fingerprint}`"
        + "".join(f", {label}" for label in (f.verdict, f.baseline) if label),
        f"- What changed: {f.message}.",
        f"- Expected: {_md_code(f.expected)}; actual: {_md_code(f.actual)}.",
        f"- Check: `{f.check}` ({f.code}; `st explain {f.code}` tells more).",
    ]
    if f.location:
        lines.append(f"- Spec: `{f.location}`")
    if len(operations) > 1:
        lines += ["- Operations:"] + [f"  - {op}" for op in operations]
    lines += ["", "```sh", f.reproduce or "# no request to show", "```", ""]
    return lines + (["```python", f.typed_call, "```", ""] if f.typed_call else [])


def as_junit(ctx: ReportContext, result: RunResult) -> bytes:
    """One test case per operation of the spec: failed when it drifted, skipped when untested."""
    grouped = _by_operation(result.findings)
    suite = ET.Element(
        "testsuite",
        name=f"contract.{ctx.vendor}",
        tests=str(len(result.operations)),
        failures=str(len(grouped)),
        skipped=str(len([op for op in result.operations if op not in result.tested])),
        state=result.state,
        time=str(result.duration_s),
    )
    for operation in result.operations:
        case = ET.SubElement(suite, "testcase", classname=f"contract.{ctx.vendor}", name=operation)
        if operation in grouped:
            findings = grouped[operation]
            failure = ET.SubElement(
                case, "failure", message=f"{len(findings)} finding(s)", type="drift"
            )
            failure.text = "\n\n".join(
                f"{f.check} {f.pointer or '(whole response)'}: {f.message}\n"
                f"expected {f.expected}, actual {f.actual}\n{f.reproduce}"
                + (f"\n{f.typed_call}" if f.typed_call else "")
                for f in findings
            )
        elif operation not in result.tested:
            ET.SubElement(case, "skipped", message=_untested_reason(result))
    if result.state == "setup-error":
        error = ET.SubElement(suite, "system-err")
        error.text = f"setup error: {result.setup_problem}"
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def as_sarif(ctx: ReportContext, result: RunResult) -> dict[str, Any]:
    """SARIF 2.1.0: one result per finding, located at the spec line it contradicts, so code
    scanning annotates the spec; known and flaky findings are notes, new ones errors."""
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for f in result.findings:
        rules.setdefault(
            f.check,
            {
                "id": f.check,
                "name": f.check,
                "shortDescription": {"text": f.title or f.check},
            },
        )
        results.append(_sarif_result(ctx, f))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "ttsdk contract",
                "rules": list(rules.values()),
            }
        },
        "invocations": [
            {
                "executionSuccessful": result.state == "complete",
                "properties": {"state": result.state, "seed": ctx.seed, "server": ctx.base_url},
            }
        ],
        "results": results,
    }
    if result.state != "complete":
        reason = result.setup_problem or f"stopped by {_stopper(result)}"
        run["invocations"][0]["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": f"{result.state}: {reason}"}}
        ]
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _sarif_result(ctx: ReportContext, f: Finding) -> dict[str, Any]:
    file, _, line = (f.location or f"{ctx.spec}:1").rpartition(":")
    quiet = f.baseline.startswith("known") or f.verdict == "flaky"
    operations = ", ".join(f.operations or (f.operation,))
    pointer = f" at {f.pointer}" if f.pointer else ""
    return {
        "ruleId": f.check,
        "level": "note" if quiet else "error",
        "message": {
            "text": f"{operations}{pointer}: {f.message} (expected {f.expected}, actual {f.actual})"
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": file},
                    "region": {"startLine": int(line) if line.isdigit() else 1},
                }
            }
        ],
        "partialFingerprints": {"contractFinding/v1": f.fingerprint},
        "properties": {
            "verdict": f.verdict,
            "baseline": f.baseline,
            "operations": list(f.operations or (f.operation,)),
        },
    }


def write_reports(directory: Path, ctx: ReportContext, result: RunResult) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "drift.json").write_text(
        json.dumps(as_json(ctx, result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (directory / "drift.md").write_text(as_markdown(ctx, result), encoding="utf-8")
    (directory / "junit.xml").write_bytes(as_junit(ctx, result))
    (directory / "drift.sarif").write_text(
        json.dumps(as_sarif(ctx, result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
