"""OLD and NEW arguments: a file, or `git:REV:path` read with `git show` (never executed)."""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator.ir.load import load
from generator.ir.model import Api
from generator.spec.loader import SpecError, display_path

GIT_PREFIX = "git:"
MAX_GIT_BYTES = 50_000_000
# Parsing dominates a diff of large specs (Okta's 2.3 MB: ~1 s a side): above this combined
# size OLD is loaded in a forked process while this one loads NEW.
PARALLEL_BYTES = 1_000_000
GIT_TIMEOUT_S = 30


class SourceUsageError(Exception):
    """OLD or NEW names nothing readable: a one-line usage error (exit 2)."""


@dataclass(frozen=True)
class Source:
    api: Api
    display: str  # how locations name the file: a path, or git:REV:path
    path: str  # the repository path (for GitHub annotations)

    def location(self, pointer: str) -> str:
        return f"{self.display}:{self.api.spec.line_of(pointer)}"


def git_show(rev: str, path: str, cwd: Path | None = None) -> bytes | None:
    """The file at REV, or None when REV (or git, or a repository) does not have it."""
    try:
        result = subprocess.run(
            ["git", "show", f"{rev}:{path}"],
            cwd=cwd,
            capture_output=True,
            timeout=GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SourceUsageError(f"git:{rev}:{path}: cannot run git ({exc})") from None
    if result.returncode != 0:
        return None
    if len(result.stdout) > MAX_GIT_BYTES:
        raise SourceUsageError(f"git:{rev}:{path}: larger than {MAX_GIT_BYTES:,} bytes")
    return result.stdout


def read_source(arg: str) -> Source:
    """Load OLD or NEW into the IR; raise SourceUsageError with one line when it cannot be."""
    if arg.startswith(GIT_PREFIX):
        rev, sep, path = arg[len(GIT_PREFIX) :].partition(":")
        if not sep or not rev or not path:
            raise SourceUsageError(
                f"{arg}: expected git:REV:PATH, e.g. git:HEAD:specs/timetrack.yaml"
            )
        data = git_show(rev, path)
        if data is None:
            raise SourceUsageError(f"{arg}: git has no such revision or file")
        return load_bytes(data, Path(path).suffix or ".yaml", arg, path)
    if not Path(arg).is_file():
        raise SourceUsageError(f"{arg}: file not found")
    return _load(Path(arg), display_path(Path(arg)), display_path(Path(arg)))


def load_bytes(data: bytes, suffix: str, display: str, path: str) -> Source:
    """A spec given as bytes (a file at a git revision), loaded like a file."""
    with tempfile.TemporaryDirectory() as scratch:
        # The file's own name: names in the IR (the vendor id, hence `<Id>Error`) come from it.
        file = Path(scratch) / (Path(path).name or f"spec{suffix}")
        file.write_bytes(data)
        return _load(file, display, path)


def _load(file: Path, display: str, path: str) -> Source:
    try:
        api = load(file)
    except SpecError as err:
        raise SourceUsageError(
            f"{display}:{err.line}: {err.pointer or '/'}: {err.message}"
        ) from None
    return Source(api, display, path)


def read_sources(old: str, new: str) -> tuple[Source, Source]:
    """OLD and NEW loaded, the two at once when both are large files and fork is available."""
    sizes = [Path(arg).stat().st_size if Path(arg).is_file() else 0 for arg in (old, new)]
    if sys.platform != "linux" or sum(sizes) < PARALLEL_BYTES or 0 in sizes:
        return read_source(old), read_source(new)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        pending = pool.submit(_read_pickled, old)
        new_source = read_source(new)
        pickled = pending.result()
    return _unpickled(pickled) or read_source(old), new_source


def _unpickled(pickled: bytes | None) -> Source | None:
    if pickled is None:
        return None
    try:
        source = pickle.loads(pickled)
    except Exception:  # e.g. a located warning that does not rebuild: load it here instead
        return None
    return source if isinstance(source, Source) else None


def _read_pickled(arg: str) -> bytes | None:
    """In the forked process: the loaded source, or None when it cannot travel (the parent
    then loads it itself; a SourceUsageError travels as it is)."""
    source = read_source(arg)
    try:
        return pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
