"""A small content-addressed disk cache for results that depend only on their inputs.

Used where a result costs far more than hashing its inputs (datamodel-code-generator's models,
a spec's validation). The key must cover every input, the tool code included: `key()` hashes
the parts it is given. `GENERATOR_CACHE=off` turns every cache off; `GENERATOR_CACHE_DIR` moves
them (default: `.cache/` in the repo, which git ignores).
"""

from __future__ import annotations

import hashlib
import os
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


class DiskCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @classmethod
    def named(cls, name: str) -> DiskCache:
        """The cache `name` in the configured place, or a disabled one."""
        if os.environ.get("GENERATOR_CACHE", "").lower() in ("0", "off", "no", "false"):
            return cls(None)
        root = Path(os.environ.get("GENERATOR_CACHE_DIR") or REPO_ROOT / ".cache")
        return cls(root / name)

    def get(self, entry: str) -> str | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / entry).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, entry: str, text: str) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f".{entry}.{os.getpid()}.tmp"
            partial.write_text(text, encoding="utf-8")
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
        for old in entries[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
