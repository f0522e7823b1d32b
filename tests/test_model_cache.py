"""The model cache: unchanged specs are not re-modelled, and the bytes never depend on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import REPO_ROOT
from generator.cache import DiskCache
from generator.render.model_cache import CachedModelWriter, cache_key
from generator.render.models import InlineModelWriter, start_models
from generator.render.project import formatted, load_api, render_vendor_package


class CountingWriter(InlineModelWriter):
    """The real in-process writer, counting the requests that reach datamodel-code-generator."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def send(self, schemas: dict[str, Any], version: str) -> None:
        self.calls += 1
        super().send(schemas, version)


def test_a_second_run_is_answered_from_the_cache_with_the_same_bytes(tmp_path: Path) -> None:
    uncached = formatted(render_vendor_package(InlineModelWriter()))
    first_inner, second_inner = CountingWriter(), CountingWriter()
    first = formatted(render_vendor_package(CachedModelWriter(first_inner, DiskCache(tmp_path))))
    second_writer = CachedModelWriter(second_inner, DiskCache(tmp_path))
    second = formatted(render_vendor_package(second_writer))
    assert first_inner.calls == 4  # one models module per vendor
    assert second_inner.calls == 0 and second_writer.hits == 4
    assert first == second == uncached


def test_any_change_to_the_schemas_or_version_is_a_new_key() -> None:
    schemas = {"Entry": {"type": "object", "properties": {"hours": {"type": "number"}}}}
    changed = json.loads(json.dumps(schemas))
    changed["Entry"]["properties"]["hours"]["type"] = "string"
    assert cache_key(schemas, "3.1.0") == cache_key(json.loads(json.dumps(schemas)), "3.1.0")
    assert cache_key(schemas, "3.1.0") != cache_key(changed, "3.1.0")
    assert cache_key(schemas, "3.1.0") != cache_key(schemas, "3.0.3")


def test_an_unreadable_entry_is_regenerated(tmp_path: Path) -> None:
    schemas = {"Entry": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    (tmp_path / f"{cache_key(schemas, '3.1.0')}.py").write_bytes(b"\xff\xfe not text")
    inner = CountingWriter()
    writer = CachedModelWriter(inner, DiskCache(tmp_path))
    writer.send(schemas, "3.1.0")
    assert "class Entry" in writer.receive()
    assert inner.calls == 1
    assert "class Entry" in (tmp_path / f"{cache_key(schemas, '3.1.0')}.py").read_text()


def test_no_folder_means_no_cache(tmp_path: Path) -> None:
    schemas = {"Entry": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    inner = CountingWriter()
    writer = CachedModelWriter(inner, DiskCache(None))
    for _ in range(2):
        writer.send(schemas, "3.1.0")
        writer.receive()
    assert inner.calls == 2


def test_post_processing_kept_on_disk_gives_the_same_module_and_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spec whose default is dropped: the warning comes back when the module is read from the
    cache of post-processed modules, and the bytes are those of a run without any cache."""
    spec = REPO_ROOT / "tests/fixtures/hash_operation_ids.yaml"
    monkeypatch.setenv("GENERATOR_CACHE", "off")
    uncached = _models_and_warnings(spec)
    monkeypatch.setenv("GENERATOR_CACHE", "on")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    first, second = _models_and_warnings(spec), _models_and_warnings(spec)
    kept = list((tmp_path / "models-finished").glob("*.json"))
    assert kept  # the second run read it
    assert first == second == uncached
    for damaged in (b"[1, 2", b"7", b'["x"]'):
        kept[0].write_bytes(damaged)
        assert _models_and_warnings(spec) == uncached  # done again, not a traceback
    assert any("does not fit its type; dropped" in w for w in uncached[1])


def _models_and_warnings(spec: Path) -> tuple[str, list[str]]:
    api = load_api(spec)
    source = start_models(api, "pkg._runtime", CachedModelWriter(InlineModelWriter()))()
    return source, [str(w) for w in api.warnings]
