"""Output formats of `diff`: text, json, markdown (a PR comment), junit, github annotations."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from generator.diff.changes import (
    BREAKING,
    INFO,
    LEVELS,
    NON_BREAKING,
    Change,
    DiffResult,
    max_semver,
)

FORMATS = ("text", "json", "markdown", "junit", "github")
_TITLES = {BREAKING: "Breaking", NON_BREAKING: "Non-breaking", INFO: "Info"}


def render(results: list[DiffResult], fmt: str, fail_levels: set[str]) -> str:
    if fmt == "junit":
        return junit(results, fail_levels)
    writers = {"text": text, "json": as_json, "markdown": markdown, "github": github}
    return writers[fmt](results)


def _semver(results: list[DiffResult]) -> str:
    return max_semver([r.semver for r in results])


def text(results: list[DiffResult]) -> str:
    lines = []
    for result in results:
        lines.append(f"{result.old} -> {result.new}: semver {result.semver}")
        for c in result.sorted_changes():
            where = f" {c.operation}:" if c.operation else ""
            lines.append(f"  {c.location}: {c.level} [{c.scope}] {c.id}:{where} {c.message}")
    return "\n".join(lines) + "\n"


def as_json(results: list[DiffResult]) -> str:
    if len(results) == 1:
        doc: dict[str, object] = _json_one(results[0])
    else:
        doc = {
            "semver": _semver(results),
            "diffs": [_json_one(r) for r in results],
            "changes": [c.as_dict() for r in results for c in r.sorted_changes()],
        }
    return json.dumps(doc, indent=2) + "\n"


def _json_one(result: DiffResult) -> dict[str, object]:
    return {
        "old": result.old,
        "new": result.new,
        "semver": result.semver,
        "changes": [c.as_dict() for c in result.sorted_changes()],
    }


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(results: list[DiffResult]) -> str:
    out = [f"## API diff: semver `{_semver(results)}`", ""]
    for result in results:
        counts = ", ".join(f"{result.count(level)} {level}" for level in LEVELS)
        out += [f"### `{result.old}` → `{result.new}`: `{result.semver}` ({counts})", ""]
        for level in LEVELS:
            changes = [c for c in result.sorted_changes() if c.level == level]
            if not changes:
                continue
            out += [
                f"**{_TITLES[level]}**",
                "",
                "| scope | rule | operation | change | where | pointer |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
            out += [
                f"| {c.scope} | `{c.id}` | {_md(c.operation) or '-'} | {_md(c.message)} "
                f"| `{c.location}` | `{_md(c.pointer) or '/'}` |"
                for c in changes
            ]
            out.append("")
        if not result.changes:
            out += ["No changes.", ""]
    return "\n".join(out)


def junit(results: list[DiffResult], fail_levels: set[str]) -> str:
    cases = []
    failures = 0
    for result in results:
        for c in result.sorted_changes():
            name = quoteattr(f"{c.id} {c.pointer}")
            body = ""
            if c.level in fail_levels:
                failures += 1
                body = f"<failure message={quoteattr(c.message)} type={quoteattr(c.level)}>{escape(c.location)}</failure>"
            cases.append(
                f"    <testcase classname={quoteattr(result.new)} name={name}>{body}</testcase>"
            )
    total = len(cases)
    head = f'<testsuite name="api-diff" tests="{total}" failures="{failures}" errors="0">'
    return (
        "\n".join(
            [
                '<?xml version="1.0" encoding="utf-8"?>',
                "<testsuites>",
                "  " + head,
                *cases,
                "  </testsuite>",
                "</testsuites>",
            ]
        )
        + "\n"
    )


def _annotation_value(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _annotation_property(text: str) -> str:
    return _annotation_value(text).replace(":", "%3A").replace(",", "%2C")


def github(results: list[DiffResult]) -> str:
    kinds = {BREAKING: "error", NON_BREAKING: "warning", INFO: "notice"}
    lines = []
    for result in results:
        for c in result.sorted_changes():
            file, _, line = c.location.rpartition(":")
            file = file.split(":", 2)[-1] if file.startswith("git:") else file
            props = (
                f"file={_annotation_property(file)},line={line},title={_annotation_property(c.id)}"
            )
            lines.append(f"::{kinds[c.level]} {props}::{_annotation_value(_github_message(c))}")
    return "\n".join(lines) + ("\n" if lines else "")


def _github_message(c: Change) -> str:
    return f"{c.operation}: {c.message}" if c.operation else c.message
