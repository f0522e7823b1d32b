"""A small content-addressed disk cache for results that depend only on their inputs.

Used where a result costs far more than hashing its inputs (datamodel-code-generator's models,
a spec's validation). The key must cover every input, the tool code included: `key()` hashes
the parts it is given. `GENERATOR_CACHE=off` turns every cache off; `GENERATOR_CACHE_DIR` moves
them (default: `.cache/` in the repo, which git ignores).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path

from generator import REPO_ROOT

MAX_ENTRIES = 64  # per cache: a few specs' worth; the oldest entries go first


def key(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))  # so that ("ab", "c") != ("a", "bc")
        digest.update(data)
    return digest.hexdigest()


def installed_distributions() -> list[str]:
    """Every installed distribution as its metadata folder's name (`jinja2-3.1.6.dist-info`),
    so a key over them changes when any library is added, removed or upgraded. Listing the
    folders takes a millisecond; reading each one's metadata would take ~0.2 s."""
    found: list[str] = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found += [f"{entry}/{n}" for n in names if n.endswith((".dist-info", ".egg-info"))]
    return sorted(found)


def tree_parts(folder: Path) -> list[str | bytes]:
    """Each file's path (relative to `folder`) and bytes, in path order, caches left out: the
    part of a key that stands for a folder of code or templates."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [part for p in files for part in (p.relative_to(folder).as_posix(), p.read_bytes())]


@functools.cache
def tool_key() -> str:
    """A key over the whole tool as this process runs it: the generator's source, every
    installed distribution and the Python version. For results that depend on much of the
    code (a diff, the whole generated tree): any change to it misses."""
    return key(sys.version, *installed_distributions(), *tree_parts(REPO_ROOT / "generator"))


class DiskCache:
    def __init__(self, folder: Path | None, max_entries: int = MAX_ENTRIES) -> None:
        self.folder = folder
        self.max_entries = max_entries

    @classmethod
    def named(cls, name: str, max_entries: int = MAX_ENTRIES) -> DiskCache:
        """The cache `name` in the configured place, or a disabled one."""
        if os.environ.get("GENERATOR_CACHE", "").lower() in ("0", "off", "no", "false"):
            return cls(None)
        root = Path(os.environ.get("GENERATOR_CACHE_DIR") or REPO_ROOT / ".cache")
        return cls(root / name, max_entries)

    def get(self, entry: str) -> str | None:
        data = self.get_bytes(entry)
        try:
            return data.decode("utf-8") if data is not None else None
        except UnicodeDecodeError:
            return None

    def put(self, entry: str, text: str) -> None:
        self.put_bytes(entry, text.encode("utf-8"))

    def get_bytes(self, entry: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / entry).read_bytes()
        except OSError:
            return None

    def put_bytes(self, entry: str, data: bytes) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f".{entry}.{os.getpid()}.tmp"
            partial.write_bytes(data)
            os.replace(partial, self.folder / entry)  # readers never see half a file
            self._prune()
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _prune(self) -> None:
        assert self.folder is not None
        entries = sorted(
            (p for p in self.folder.iterdir() if not p.name.startswith(".")),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in entries[self.max_entries :]:
            old.unlink(missing_ok=True)
