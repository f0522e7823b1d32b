"""A cache of datamodel-code-generator's output, so that an unchanged spec is not re-modelled.

The library is most of what `generate` costs, and its output depends only on the schemas it is
sent, the OpenAPI version, its own version and our options (generator/render/models.py): the key
covers exactly those. Post-processing still runs on every answer, so the bytes written are the
same with or without the cache.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import cache
from generator.render.models import ModelWriter

_MODELS_SOURCE = Path(__file__).with_name("models.py")


def cache_key(schemas: dict[str, Any], version: str) -> str:
    return cache.key(
        metadata.version("datamodel-code-generator"),
        _MODELS_SOURCE.read_bytes(),
        version,
        json.dumps(schemas, sort_keys=True, default=repr),
    )


class CachedModelWriter:
    """Answers requests it has seen from disk and passes the others to `inner`, in order."""

    def __init__(self, inner: ModelWriter, store: cache.DiskCache | None = None) -> None:
        self.inner = inner
        self.store = store or cache.DiskCache.named("models")
        self._pending: list[tuple[str, str | None]] = []
        self.hits = 0

    def send(self, schemas: dict[str, Any], version: str) -> None:
        entry = f"{cache_key(schemas, version)}.py" if self.store.folder else ""
        cached = self.store.get(entry)
        self._pending.append((entry, cached))
        if cached is None:
            self.inner.send(schemas, version)

    def receive(self) -> str:
        entry, cached = self._pending.pop(0)
        if cached is not None:
            self.hits += 1
            return cached
        source = self.inner.receive()  # a rejection is not cached: it raises through
        self.store.put(entry, source)
        return source
