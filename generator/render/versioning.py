"""The generated package's version and changelog follow the specs.

`generate` diffs each vendor spec against its version at the last release (the last commit that
changed generated/VERSION, else git HEAD) and bumps the last committed version of the package by the result's semver: major for any breaking change,
minor for additions, patch for documentation. The bump is computed from what HEAD holds, never
from the working copy, so generating twice gives the same bytes; a version raised by hand (to
acknowledge a breaking change early) is kept when it is higher. With no change the committed
version and changelog are kept byte for byte.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version

from generator import GENERATED_DIR, REPO_ROOT, VENDORS, cache, vendor_spec_path

if TYPE_CHECKING:  # generator.diff's package imports its whole engine (~0.15 s): only when diffing
    from generator.diff.changes import DiffResult
    from generator.diff.sources import Source

GIT_TIMEOUT_S = 30

VERSION_FILE = "VERSION"
CHANGELOG_FILE = "CHANGELOG.md"
INITIAL_VERSION = "0.1.0"
CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "Versions follow the vendors' API specs: a breaking change to the wire or to the Python "
    "surface is a major release, an addition a minor one, a documentation change a patch.\n"
)
_LEVEL_TITLES = {
    "breaking": "Breaking",
    "non-breaking": "Added or changed",
    "info": "Documentation",
}


class VersionFileError(Exception):
    """generated/VERSION holds something that is not a PEP 440 version."""


@dataclass(frozen=True)
class Release:
    version: str
    changelog: str

    def files(self) -> dict[str, str]:
        return {VERSION_FILE: self.version + "\n", CHANGELOG_FILE: self.changelog}


def bump(version: str, semver: str) -> str:
    """`1.4.2` bumped by major -> `2.0.0`, minor -> `1.5.0`, patch -> `1.4.3`, none -> itself."""
    major, minor, patch = (list(Version(version).release) + [0, 0, 0])[:3]
    if semver == "major":
        return f"{major + 1}.0.0"
    if semver == "minor":
        return f"{major}.{minor + 1}.0"
    if semver == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return str(Version(version))


def parse_version(text: str, where: str) -> str:
    try:
        return str(Version(text.strip()))
    except InvalidVersion:
        raise VersionFileError(f"{where}: {text.strip()!r} is not a PEP 440 version") from None


def _show(rev: str, rel: str, repo: Path) -> bytes | None:
    """A file at REV, or None when there is no git, no repository or no such file."""
    from generator.diff.sources import SourceUsageError, git_show  # imports the IR builder

    try:
        return git_show(rev, rel, repo)
    except SourceUsageError:
        return None


def _committed(rel: str, repo: Path) -> str | None:
    data = _show("HEAD", rel, repo)
    return data.decode("utf-8") if data is not None else None


def _generated_rel(name: str, out: Path, repo: Path) -> str:
    return (out / name).relative_to(repo).as_posix()


def vendor_specs() -> dict[str, Path]:
    return {vendor: vendor_spec_path(vendor) for vendor in VENDORS}


def release_revision(out: Path, repo: Path) -> str:
    """The commit of the last release: the last one that changed generated/VERSION (its specs
    are what the committed version describes), or HEAD when none did yet. A spec edit committed
    before regenerating is still bumped for."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%H", "--", _generated_rel(VERSION_FILE, out, repo)],
            cwd=repo,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "HEAD"
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "HEAD"


def vendor_diffs(
    repo: Path, specs: dict[str, Path], rev: str = "HEAD"
) -> list[tuple[str, DiffResult | None]]:
    """Each vendor's diff against REV; None for a vendor REV does not have yet."""
    diffs: list[tuple[str, DiffResult | None]] = []
    for vendor, path in specs.items():
        rel = path.relative_to(repo).as_posix()
        old = _show(rev, rel, repo)
        result = None if old is None else _diff(old, f"git:{rev[:12]}:{rel}", rel, path)
        diffs.append((vendor, result))
    return diffs


def _diff(old: bytes, old_display: str, rel: str, path: Path) -> DiffResult | None:
    """The diff of the spec at `path` against its `old` bytes, None when those do not load (a
    new vendor then). Kept in the DiskCache "diffs" for both files and the tool's code, so that
    an unchanged spec is neither loaded twice nor diffed again."""
    from generator.diff.changes import Change, DiffResult
    from generator.diff.engine import diff_sources
    from generator.diff.sources import SourceUsageError, load_bytes, read_source
    from generator.spec.loader import display_path

    new = path.read_bytes()
    store = cache.DiskCache.named("diffs")
    entry = cache.key(cache.tool_key(), old, old_display, rel, new, display_path(path)) + ".json"
    if (text := store.get(entry)) is not None:
        with contextlib.suppress(ValueError, KeyError, TypeError):  # damaged: diffed again
            found = json.loads(text)
            return DiffResult(found["old"], found["new"], [Change(**c) for c in found["changes"]])
    try:
        old_source: Source = load_bytes(old, path.suffix, old_display, rel)
    except SourceUsageError:
        return None  # REV's version does not load: treat it as new
    result = diff_sources(old_source, read_source(str(path)))
    changes = [c.as_dict() for c in result.changes]
    store.put(entry, json.dumps({"old": result.old, "new": result.new, "changes": changes}))
    return result


def release_inputs(
    out: Path = GENERATED_DIR, repo: Path = REPO_ROOT, specs: dict[str, Path] | None = None
) -> list[str] | None:
    """What `release()` reads besides the specs as they are now: the working VERSION and
    CHANGELOG, and which git objects the files it shows at HEAD and at the release revision
    are (a commit that changes none of them keeps the answer). None when git cannot say."""
    specs = vendor_specs() if specs is None else specs
    rev = release_revision(out, repo)
    rels = [p.relative_to(repo).as_posix() for p in specs.values()]
    committed = [_generated_rel(name, out, repo) for name in (VERSION_FILE, CHANGELOG_FILE)]
    names = [f"HEAD:{rel}" for rel in committed + rels] + [f"{rev}:{rel}" for rel in rels]
    try:
        found = subprocess.run(
            ["git", "cat-file", "--batch-check"],
            cwd=repo,
            input="\n".join(names) + "\n",
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if found.returncode != 0:
        return None
    working = [out / VERSION_FILE, out / CHANGELOG_FILE]
    return [found.stdout] + [p.read_text(encoding="utf-8") if p.is_file() else "" for p in working]


def release(
    out: Path = GENERATED_DIR, repo: Path = REPO_ROOT, specs: dict[str, Path] | None = None
) -> Release:
    """The version and changelog generated/ should hold for the specs as they are now."""
    specs = vendor_specs() if specs is None else specs
    working_file, changelog_file = out / VERSION_FILE, out / CHANGELOG_FILE
    if _committed_specs(repo, specs) == 0:
        # Not a checkout with history (a source tarball): nothing to diff against; keep the files.
        version = (
            parse_version(working_file.read_text(encoding="utf-8"), str(working_file))
            if working_file.is_file()
            else INITIAL_VERSION
        )
        text = (
            changelog_file.read_text(encoding="utf-8")
            if changelog_file.is_file()
            else CHANGELOG_HEADER
        )
        return Release(version, text)
    committed_version = _committed(_generated_rel(VERSION_FILE, out, repo), repo)
    committed_changelog = _committed(_generated_rel(CHANGELOG_FILE, out, repo), repo)
    base = (
        parse_version(committed_version, f"git:HEAD:{VERSION_FILE}")
        if committed_version
        else INITIAL_VERSION
    )
    working = (
        parse_version(working_file.read_text(encoding="utf-8"), str(working_file))
        if working_file.is_file()
        else base
    )
    from generator.diff.changes import max_semver

    changelog = committed_changelog or CHANGELOG_HEADER
    diffs = vendor_diffs(repo, specs, release_revision(out, repo))
    semver = max_semver(["minor" if d is None else d.semver for _, d in diffs])
    version = str(max(Version(bump(base, semver)), Version(working)))
    if semver == "none":
        return Release(version, changelog)
    return Release(version, insert_entry(changelog, changelog_entry(version, diffs)))


def _committed_specs(repo: Path, specs: dict[str, Path]) -> int:
    return sum(
        _show("HEAD", p.relative_to(repo).as_posix(), repo) is not None for p in specs.values()
    )


def changelog_entry(version: str, diffs: list[tuple[str, DiffResult | None]]) -> str:
    from generator.diff.changes import LEVELS

    lines = [f"## {version}", ""]
    for vendor, result in diffs:
        if result is not None and not result.changes:
            continue
        lines += [f"### {vendor}", ""]
        if result is None:
            lines += ["- New client.", ""]
            continue
        for level in LEVELS:
            changes = [c for c in result.sorted_changes() if c.level == level]
            if changes:
                lines += [f"{_LEVEL_TITLES[level]}:", ""]
                lines += [
                    f"- {c.message}" + (f" (`{c.operation}`)" if c.operation else "")
                    for c in changes
                ]
                lines.append("")
    return "\n".join(lines)


def insert_entry(changelog: str, entry: str) -> str:
    """The entry above the newest one (after the header)."""
    head, sep, rest = changelog.partition("\n## ")
    return f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if sep else "")
