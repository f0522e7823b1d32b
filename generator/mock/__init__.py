"""Stateful mock servers built from the vendor specs (one loader, one IR, one generic engine).

`create_app(vendor)` gives an ASGI app that serves the spec's operations under the path
prefix of its first server URL, plus the spec itself at `/openapi.json`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator import vendor_spec_path
from generator.ir import Api, build_api
from generator.spec.loader import load_spec


@lru_cache(maxsize=8)
def load_api(vendor: str) -> Api:
    """The IR of a vendor's spec, built once per process."""
    return build_api(load_spec(vendor_spec_path(vendor)))


def base_path(vendor: str) -> str:
    """The path prefix of the spec's first server URL ("" when it has none)."""
    return _prefix(load_api(vendor))


def _prefix(api: Api) -> str:
    if not api.servers:
        return ""
    return urlsplit(api.servers[0].default_url).path.rstrip("/")


def create_app(vendor: str, *, seed: int = 0, state_path: str | Path | None = None) -> Any:
    """A fresh mock app of `vendor` with its own store (seeded demo data unless restored)."""
    from generator.mock.app import build_starlette
    from generator.mock.engine import Engine
    from generator.mock.store import Store
    from generator.mock.vendors import behaviour_for

    api = load_api(vendor)
    behaviour = behaviour_for(vendor)
    store = Store(seed=seed, state_path=state_path, owner=vendor)
    if store.is_empty:
        behaviour.seed(store)
        store.mark_seeded()
    engine = Engine(api, behaviour, store, _prefix(api))
    return build_starlette(engine, api.spec.document)


__all__ = ["base_path", "create_app", "load_api"]
