"""generated/ recorded for its inputs (generator/render/output_cache.py): a hit answers
`generate` and `--check` without rendering, and never hides a stale or hand-edited tree.

Runs the CLI in a scratch git checkout of the generator, templates, specs and generated/, with
a cache folder of its own. A hit is told from a miss by the recorded entry: a miss records
(rewrites) it, a hit only reads it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from generator import REPO_ROOT
from generator.cache import DiskCache
from generator.render.project import CompiledTemplates
from generator.render.versioning import release_inputs

CLIENT = "generated/timetracking_clients/timetrack/client.py"


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=root,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checkout")
    skip = shutil.ignore_patterns("__pycache__", "build", "*.egg-info")
    for name in ("generator", "templates", "specs", "generated"):
        shutil.copytree(REPO_ROOT / name, root / name, ignore=skip)
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "copy")
    return root


def generate(root: Path, *args: str, cache: str = "on") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GENERATOR_CACHE_DIR": str(root / ".cache"), "GENERATOR_CACHE": cache}
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", *args],
        cwd=root,  # runs the checkout's copy of the generator
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def entries(root: Path) -> dict[str, int]:
    """The recorded trees, each with the time it was last written."""
    folder = root / ".cache" / "generated"
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir() if not p.name.startswith(".")}


def edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text


def test_a_hit_still_fails_check_on_a_hand_edited_tree_and_generate_repairs_it(
    checkout: Path,
) -> None:
    first = generate(checkout, "--check")
    assert first.returncode == 0, first.stdout + first.stderr
    recorded = entries(checkout)
    assert len(recorded) == 1
    client = checkout / CLIENT
    original = edit(client, '"""', '"""Edited by hand. ')
    stale = generate(checkout, "--check")
    assert stale.returncode == 1
    assert stale.stdout.splitlines() == [f"stale: {CLIENT}"]
    written = generate(checkout)
    assert written.returncode == 0, written.stderr
    assert "1 changed" in written.stderr
    assert client.read_text(encoding="utf-8") == original
    assert entries(checkout) == recorded  # both answered from the record


@pytest.mark.parametrize(
    ("rel", "old", "new"),
    [
        (
            "specs/timetrack.yaml",
            "title: TimeTrack Attendance",
            "title: TimeTrack Edited Attendance",
        ),
        ("templates/api/client.py.j2", '"""', '"""Edited template. '),
        ("generator/render/filters.py", '"""', '"""Edited code. '),
    ],
)
def test_a_changed_spec_template_or_generator_is_rendered_again(
    checkout: Path, rel: str, old: str, new: str
) -> None:
    assert generate(checkout, "--check").returncode == 0
    before = entries(checkout)
    original = edit(checkout / rel, old, new)
    try:
        check = generate(checkout, "--check")
        assert set(entries(checkout)) - set(before), "a new record for the new inputs"
    finally:
        (checkout / rel).write_text(original, encoding="utf-8")
    if rel.startswith("generator/"):
        assert check.returncode == 0, check.stdout + check.stderr  # a docstring: same output
    else:
        assert check.returncode == 1
        assert f"stale: {CLIENT}" in check.stdout.splitlines()


def test_a_version_raised_by_hand_is_an_input(checkout: Path) -> None:
    assert generate(checkout, "--check").returncode == 0
    version = checkout / "generated" / "VERSION"
    version.write_text("9.0.0\n", encoding="utf-8")
    try:
        written = generate(checkout)
        assert written.returncode == 0, written.stderr
        assert version.read_text(encoding="utf-8") == "9.0.0\n"
        assert 'version = "9.0.0"' in (checkout / "generated" / "pyproject.toml").read_text()
    finally:
        _git(checkout, "checkout", "--", "generated")
    assert generate(checkout, "--check").returncode == 0


def test_the_tree_generate_writes_is_recorded_for_the_version_it_wrote(checkout: Path) -> None:
    spec, version = checkout / "specs" / "timetrack.yaml", checkout / "generated" / "VERSION"
    committed = version.read_text(encoding="utf-8")
    original = edit(spec, "title: TimeTrack Attendance", "title: TimeTrack Edited Attendance")
    try:
        assert generate(checkout).returncode == 0
        assert version.read_text(encoding="utf-8") != committed  # bumped: a new input
        written = entries(checkout)
        check = generate(checkout, "--check")
        assert check.returncode == 0, check.stdout + check.stderr
        assert entries(checkout) == written  # answered from the record
        uncached = generate(checkout, "--check", cache="off")
        assert uncached.returncode == 0, uncached.stdout  # which is what rendering gives
    finally:
        spec.write_text(original, encoding="utf-8")
        _git(checkout, "checkout", "--", "generated")


def test_a_generate_answered_from_the_record_records_the_version_it_wrote(checkout: Path) -> None:
    """`--check` first records the edited spec's tree for the committed VERSION; `generate` is
    then answered from that record and raises VERSION, and the `--check` after it is answered
    from a record too (it used to render everything again)."""
    spec, version = checkout / "specs" / "timetrack.yaml", checkout / "generated" / "VERSION"
    committed = version.read_text(encoding="utf-8")
    original = edit(spec, "title: TimeTrack Attendance", "title: TimeTrack Answered Attendance")
    try:
        assert generate(checkout, "--check").returncode == 1  # stale: recorded, not written
        assert generate(checkout).returncode == 0
        assert version.read_text(encoding="utf-8") != committed
        written = entries(checkout)
        check = generate(checkout, "--check")
        assert check.returncode == 0, check.stdout + check.stderr
        assert entries(checkout) == written
    finally:
        spec.write_text(original, encoding="utf-8")
        _git(checkout, "checkout", "--", "generated")


def test_outside_a_git_checkout_nothing_is_recorded(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "acme.yaml"
    spec.parent.mkdir()
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    assert release_inputs(tmp_path / "generated", tmp_path, {"acme": spec}) is None


def test_compiled_templates_are_reused_until_the_template_changes(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    template = folder / "hello.j2"
    template.write_text("Hello {{ name }}!", encoding="utf-8")
    store = DiskCache(tmp_path / "compiled")

    def render() -> str:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(folder)), bytecode_cache=CompiledTemplates(store)
        )
        return env.get_template("hello.j2").render(name="you")

    assert render() == "Hello you!"
    (entry,) = (tmp_path / "compiled").iterdir()
    entry.write_bytes(entry.read_bytes()[:-7])  # damaged: compiled again
    assert render() == "Hello you!"
    template.write_text("Bye {{ name }}.", encoding="utf-8")
    assert render() == "Bye you."
