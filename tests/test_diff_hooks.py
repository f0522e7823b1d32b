"""The shipped pre-commit hooks and the specs workflow call commands that exist and work."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from generator import REPO_ROOT
from generator.cli import build_parser, main

HOOKS = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
WORKFLOW = yaml.safe_load(
    (REPO_ROOT / ".github" / "workflows" / "specs.yml").read_text(encoding="utf-8")
)
PREFIX = ["python", "-m", "generator"]


def _verb_args(entry: str) -> list[str]:
    words = shlex.split(entry)
    assert words[:3] == PREFIX, entry
    return words[3:]


def test_hook_ids() -> None:
    assert [h["id"] for h in HOOKS] == ["spec-validate", "generate-check", "spec-diff"]
    assert all(h["language"] == "system" for h in HOOKS)


@pytest.mark.parametrize("hook", [h for h in HOOKS if h["pass_filenames"]], ids=lambda h: h["id"])
def test_file_hooks_pass_on_the_committed_specs(
    hook: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    specs = sorted(str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "specs").glob("*.yaml"))
    assert all(re.search(str(hook["files"]), s) for s in specs)
    assert main([*_verb_args(str(hook["entry"])), *specs]) == 0


def test_every_generator_command_in_the_workflow_parses() -> None:
    commands = []
    for job in WORKFLOW["jobs"].values():
        for step in job["steps"]:
            for line in str(step.get("run", "")).splitlines():
                if line.strip().startswith("python -m generator"):
                    commands.append(_verb_args(line.replace('"$BASE"', "origin/main")))
    parsed = [build_parser().parse_args(args) for args in commands]
    assert [(p.verb, p.against, p.format) for p in parsed] == [
        ("diff", "origin/main", "markdown"),
        ("diff", "origin/main", "github"),
    ]
    assert parsed[1].acknowledged_by == "generated/VERSION" and parsed[1].fail_on == "breaking"


def test_the_workflow_keeps_the_wheel() -> None:
    steps = WORKFLOW["jobs"]["dist"]["steps"]
    assert {"run": "make dist"} in steps
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "dist/"
    assert (
        Path(REPO_ROOT / "Makefile")
        .read_text(encoding="utf-8")
        .count("-m build --outdir dist generated")
        == 1
    )
