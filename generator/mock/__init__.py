"""Stateful mock servers built from the vendor specs (one loader, one IR, one generic engine).

`create_app(vendor)` gives an ASGI app that serves the spec's operations under the path
prefix of its first server URL, plus the spec itself at `/openapi.json`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.ir import Api
from generator.ir.load import SpecSource, load, source


def _source(served: str | SpecSource) -> SpecSource:
    return served if isinstance(served, SpecSource) else source(served)


def load_api(served: str | SpecSource) -> Api:
    """The IR of a vendor's spec (or any spec), built once per process."""
    return load(_source(served))


def base_path(served: str | SpecSource) -> str:
    """The path prefix of the spec's first server URL ("" when it has none)."""
    return _prefix(load_api(served))


def _prefix(api: Api) -> str:
    if not api.servers:
        return ""
    return urlsplit(api.servers[0].default_url).path.rstrip("/")


def create_app(
    served: str | SpecSource,
    *,
    seed: int = 0,
    state_path: str | Path | None = None,
    seeded_clock: bool = False,
    access_log: bool = False,
) -> Any:
    """A fresh mock app of a vendor id or a SpecSource (any spec, optionally with a vendor's
    quirks) with its own store (seeded demo data unless restored). `seeded_clock`: timestamps
    derived from the seed instead of the wall clock; `access_log`: one line per request on
    stderr."""
    from generator.mock.app import build_starlette
    from generator.mock.clock import SeededClock, WallClock
    from generator.mock.clock import using as using_clock
    from generator.mock.engine import Engine
    from generator.mock.store import Store
    from generator.mock.vendor import VendorBehaviour
    from generator.mock.vendors import behaviour_for

    src = _source(served)
    api = load(src)
    behaviour = behaviour_for(src.vendor) if src.vendor else VendorBehaviour()
    store = Store(seed=seed, state_path=state_path, owner=src.id)
    clock = SeededClock(seed, store) if seeded_clock else WallClock()
    if store.is_empty:
        with using_clock(clock):
            behaviour.seed(store, api)
        store.mark_seeded()
    engine = Engine(api, behaviour, store, _prefix(api), clock)
    return build_starlette(engine, api.spec.document, access_log)


__all__ = ["base_path", "create_app", "load_api"]
