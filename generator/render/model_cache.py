"""A content-addressed cache of datamodel-code-generator's output.

The library is most of what `generate` costs, and its output depends only on the schemas it is
sent, the OpenAPI version, its own version and our options (generator/render/models.py). So an
answer is stored under the hash of exactly those, and a spec that did not change is not
re-modelled. Post-processing still runs on every answer: the bytes written are the same with or
without the cache. `GENERATOR_CACHE=off` turns it off; `GENERATOR_CACHE_DIR` moves it.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import REPO_ROOT
from generator.render.models import ModelWriter

_MODELS_SOURCE = Path(__file__).with_name("models.py")
MAX_ENTRIES = 64  # a few specs' worth; the oldest entries go first


def cache_folder() -> Path | None:
    """Where answers are kept (None: caching is off)."""
    if os.environ.get("GENERATOR_CACHE", "").lower() in ("0", "off", "no", "false"):
        return None
    return Path(os.environ.get("GENERATOR_CACHE_DIR") or REPO_ROOT / ".cache" / "models")


def cache_key(schemas: dict[str, Any], version: str) -> str:
    digest = hashlib.sha256()
    digest.update(metadata.version("datamodel-code-generator").encode())
    digest.update(_MODELS_SOURCE.read_bytes())
    digest.update(version.encode())
    digest.update(json.dumps(schemas, sort_keys=True, default=repr).encode())
    return digest.hexdigest()


class CachedModelWriter:
    """Answers requests it has seen from disk and passes the others to `inner`, in order."""

    def __init__(self, inner: ModelWriter, folder: Path | None = None) -> None:
        self.inner = inner
        self.folder = folder
        self._pending: list[tuple[str, str | None]] = []
        self.hits = 0

    def send(self, schemas: dict[str, Any], version: str) -> None:
        key = cache_key(schemas, version) if self.folder else ""
        cached = self._read(key)
        self._pending.append((key, cached))
        if cached is None:
            self.inner.send(schemas, version)

    def receive(self) -> str:
        key, cached = self._pending.pop(0)
        if cached is not None:
            self.hits += 1
            return cached
        source = self.inner.receive()  # a rejection is not cached: it raises through
        self._write(key, source)
        return source

    def _read(self, key: str) -> str | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / f"{key}.py").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _write(self, key: str, source: str) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f"{key}.{os.getpid()}.tmp"
            partial.write_text(source, encoding="utf-8")
            os.replace(partial, self.folder / f"{key}.py")  # readers never see half a file
            self._prune()
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _prune(self) -> None:
        assert self.folder is not None
        entries = sorted(self.folder.glob("*.py"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
