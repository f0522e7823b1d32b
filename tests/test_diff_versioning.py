"""The package version and changelog follow the specs (generator/render/versioning.py), in a
scratch git repository laid out like ours."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.render.versioning import Release, bump, release

FIXTURE = Path(__file__).parent / "fixtures" / "diff" / "old.yaml"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, timeout=60)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path.resolve()
    (root / "specs").mkdir()
    (root / "generated").mkdir()
    (root / "specs" / "acme.yaml").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "specs")
    return root


def _release(repo: Path) -> Release:
    return release(repo / "generated", repo, {"acme": repo / "specs" / "acme.yaml"})


def _write(repo: Path, rel: Release) -> None:
    for name, text in rel.files().items():
        (repo / "generated" / name).write_text(text, encoding="utf-8")


def _commit(repo: Path) -> None:
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "regenerate")


def _edit(repo: Path, old: str, new: str) -> None:
    spec = repo / "specs" / "acme.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("version", "semver", "expected"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("2.0", "none", "2.0"),
        ("1.4.2", "none", "1.4.2"),
    ],
)
def test_bump(version: str, semver: str, expected: str) -> None:
    assert bump(version, semver) == expected


def test_unchanged_specs_keep_version_and_changelog(repo: Path) -> None:
    first = _release(repo)
    assert first.version == "0.1.0"
    _write(repo, first)
    _commit(repo)
    assert _release(repo) == first


def test_breaking_edit_bumps_major_once_and_writes_the_hint(repo: Path) -> None:
    _write(repo, _release(repo))
    _commit(repo)
    _edit(
        repo,
        "        - name: top\n          in: query\n",
        "        - name: top\n          in: query\n          required: true\n",
    )
    bumped = _release(repo)
    assert bumped.version == "1.0.0"
    entry = bumped.changelog.split("\n## ", 1)[1]
    assert entry.startswith("1.0.0\n\n### acme\n\nBreaking:\n")
    assert (
        "- client.time_entries.list_time_entries(top=) is now required: pass it (`GET /time_entries`)"
        in entry
    )
    _write(repo, bumped)
    again = _release(repo)  # generate run twice before committing: never stacked
    assert again == bumped
    _commit(repo)
    assert _release(repo) == bumped  # committed: nothing left to bump


def test_addition_is_minor_and_entries_stack_newest_first(repo: Path) -> None:
    _write(repo, _release(repo))
    _commit(repo)
    _edit(
        repo,
        "        project:\n          type: integer\n",
        "        project:\n          type: integer\n        user:\n          type: string\n",
    )
    minor = _release(repo)
    assert minor.version == "0.2.0"
    _write(repo, minor)
    _commit(repo)
    _edit(repo, "summary: Get a time entry", "summary: Get one time entry")
    patch = _release(repo)
    assert patch.version == "0.2.1"
    assert patch.changelog.index("## 0.2.1") < patch.changelog.index("## 0.2.0")
    assert "Documentation:\n\n- summary changed (`GET /time_entries/{id}`)" in patch.changelog


def test_a_version_raised_by_hand_is_kept(repo: Path) -> None:
    _write(repo, _release(repo))
    _commit(repo)
    (repo / "generated" / "VERSION").write_text("3.0.0\n", encoding="utf-8")
    _edit(repo, "summary: Get a time entry", "summary: Get one time entry")
    assert _release(repo).version == "3.0.0"


def test_a_version_that_is_not_pep440_is_a_clear_error(repo: Path) -> None:
    from generator.render.versioning import VersionFileError

    (repo / "generated" / "VERSION").write_text("1.0.0-public_api-v1\n", encoding="utf-8")
    with pytest.raises(VersionFileError, match="is not a PEP 440 version"):
        _release(repo)


def test_a_spec_edit_committed_before_regenerating_is_still_bumped(repo: Path) -> None:
    _write(repo, _release(repo))
    _commit(repo)
    _edit(repo, "summary: Get a time entry", "summary: Get one time entry")
    _commit(repo)  # the spec alone: generated/ not regenerated yet
    bumped = _release(repo)
    assert bumped.version == "0.1.1"
    _write(repo, bumped)
    _commit(repo)
    assert _release(repo) == bumped


def test_diff_fails_on_a_breaking_change_until_the_major_is_bumped(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main

    (repo / "generated" / "VERSION").write_text("0.4.1\n", encoding="utf-8")
    _commit(repo)
    monkeypatch.chdir(repo)
    _edit(
        repo,
        "        - name: top\n          in: query\n",
        "        - name: top\n          in: query\n          required: true\n",
    )
    args = [
        "diff",
        "--against",
        "HEAD",
        "specs/acme.yaml",
        "--acknowledged-by",
        "generated/VERSION",
    ]
    assert main(args) == 1
    assert "0.4.1 -> 0.4.1: breaking changes NOT acknowledged" in capsys.readouterr().err
    (repo / "generated" / "VERSION").write_text("1.0.0\n", encoding="utf-8")
    assert main(args) == 0
    assert "0.4.1 -> 1.0.0: breaking changes acknowledged" in capsys.readouterr().err
    (repo / "generated" / "VERSION").write_text("one\n", encoding="utf-8")
    assert main(args) == 2
    assert "not a readable PEP 440 version" in capsys.readouterr().err
    explicit = [
        "diff",
        "git:HEAD:specs/acme.yaml",
        "specs/acme.yaml",
        "--acknowledged-by",
        "generated/VERSION",
    ]
    assert main(explicit) == 2
    assert "--acknowledged-by needs --against REV" in capsys.readouterr().err


def test_outside_a_git_checkout_the_files_are_kept(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    (root / "specs").mkdir()
    (root / "generated").mkdir()
    (root / "specs" / "acme.yaml").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "generated" / "VERSION").write_text("2.3.0\n", encoding="utf-8")
    kept = release(root / "generated", root, {"acme": root / "specs" / "acme.yaml"})
    assert kept.version == "2.3.0"
    assert kept.changelog.startswith("# Changelog")


def test_a_diff_kept_in_the_cache_gives_the_same_release(
    repo: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(repo, _release(repo))
    _commit(repo)
    _edit(repo, "summary: Get a time entry", "summary: Get one time entry")
    monkeypatch.setenv("GENERATOR_CACHE", "off")
    uncached = _release(repo)
    assert uncached.version == "0.1.1"
    monkeypatch.setenv("GENERATOR_CACHE", "on")
    kept = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(kept))
    assert _release(repo) == uncached  # diffed, and kept
    (entry,) = (kept / "diffs").iterdir()
    assert _release(repo) == uncached  # read back
    for damaged in ("[1, 2", "7", '{"old": 1}'):
        entry.write_text(damaged)
        assert _release(repo) == uncached  # diffed again, not a traceback
    _edit(repo, "summary: List time entries", "summary: List the time entries")
    assert _release(repo).changelog != uncached.changelog  # another spec: diffed again
    assert len(list((kept / "diffs").iterdir())) == 2
