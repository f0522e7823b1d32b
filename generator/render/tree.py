"""Comparing and writing a generated tree: what `generate` and `generate --check` do with the
files once they have them (rendered now, or recorded for the same inputs by output_cache)."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from generator.render.versioning import CHANGELOG_FILE, VERSION_FILE
from generator.spec.loader import display_path

PACKAGE = "timetracking_clients"


class GenerationError(Exception):
    """A problem that stops generation; the message names the file and what is wrong."""


def existing_files(out: Path, packages: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    root_files = ["pyproject.toml", "README.md"]
    if PACKAGE in packages:
        root_files += [VERSION_FILE, CHANGELOG_FILE]
    for path in [out / name for name in root_files]:
        if path.is_file():
            found[path.name] = path.read_text(encoding="utf-8")
    for package in packages:
        for path in (out / package).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                found[path.relative_to(out).as_posix()] = path.read_text(
                    encoding="utf-8", errors="replace"
                )
    return found


def write_tree(out: Path, files: dict[str, str], packages: list[str]) -> int:
    """Write changed files and remove stale ones; returns how many files changed."""
    current = existing_files(out, packages)
    changed = 0
    for rel in sorted(set(current) - set(files)):
        (out / rel).unlink()
        changed += 1
    for rel, text in sorted(files.items()):
        if current.get(rel) != text:
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text, encoding="utf-8")
            changed += 1
    for package in packages:
        for cache in (out / package).rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
    return changed


def stale_files(out: Path, files: dict[str, str], packages: list[str]) -> list[str]:
    current = existing_files(out, packages)
    return sorted(rel for rel in set(current) | set(files) if current.get(rel) != files.get(rel))


def finish(
    out: Path, files: dict[str, str], packages: list[str], check: bool, started: float
) -> int:
    """`--check`: exit 1 naming each stale file; otherwise write the tree and say so."""
    if check:
        stale = stale_files(out, files, packages)
        for rel in stale:
            print(f"stale: {display_path(out / rel)}")
        if stale:
            print(f"{display_path(out)} is stale: run 'make generate'", file=sys.stderr)
            return 1
        print(f"{display_path(out)} is up to date", file=sys.stderr)
        return 0
    try:
        changed = write_tree(out, files, packages)
    except OSError as err:
        where = display_path(Path(err.filename)) if err.filename else display_path(out)
        raise GenerationError(f"{where}: cannot write the client: {err.strerror or err}") from None
    elapsed = time.perf_counter() - started
    print(
        f"wrote {display_path(out)}: {len(files)} files, {changed} changed, {elapsed:.1f}s",
        file=sys.stderr,
    )
    return 0
