"""Run the contract session over the fixture spec or a vendor mock, in process."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import servers
import uvicorn

from generator.contract.credentials import resolve
from generator.contract.masking import Masker
from generator.contract.session import RunOptions, RunResult, Target, run_contract
from generator.ir import Api, build_api
from generator.spec.loader import load_spec

FIXTURE_API: Api = build_api(load_spec(servers.SPEC_PATH))


def run_app(
    app: Any,
    api: Api = FIXTURE_API,
    *,
    base_path: str = servers.BASE_PATH,
    environ: dict[str, str] | None = None,
    **options: Any,
) -> RunResult:
    credentials = resolve(api, environ or {"ENTRIES_API_KEY": servers.CANARY}, live=False)
    masker = Masker.of(credentials, api)
    target = Target(
        base_url="http://127.0.0.1:8000" + base_path, app=app, accepts_any_credential=True
    )
    options.setdefault("max_examples", 5)
    return run_contract(api, target, credentials, RunOptions(**options), masker)


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app over HTTP on a free loopback port; yields its origin."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the fixture server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def run_live(base_url: str, *, allow_writes: bool = True, **options: Any) -> RunResult:
    credentials = resolve(FIXTURE_API, {"ENTRIES_API_KEY": servers.CANARY}, live=True)
    masker = Masker.of(credentials, FIXTURE_API)
    target = Target(base_url=base_url + servers.BASE_PATH, live=True, allow_writes=allow_writes)
    options.setdefault("max_examples", 3)
    return run_contract(FIXTURE_API, target, credentials, RunOptions(**options), masker)
