"""datamodel-code-generator in a forked process, started before any spec is loaded.

Importing datamodel-code-generator costs ~0.8 s (it builds its pydantic config models), most
of what a small spec takes. Forked at the start of `generate`, the worker pays that import
while this process loads the spec, builds the IR and renders the templates. Where it cannot
fork safely, or the worker dies, the same work runs in this process: the output is the same.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any

from generator import collector
from generator.render.models import (
    InlineModelWriter,
    ModelGenerationError,
    run_datamodel_codegen,
)


class ForkedModelWriter:
    def __init__(self) -> None:
        self._inline = InlineModelWriter()
        self._pending: list[tuple[dict[str, Any], str]] = []
        self._conn: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        # Linux only: macOS system libraries are not fork-safe (CPython spawns there). And never
        # from a process that runs other threads: the child could deadlock on a lock one holds.
        if sys.platform.startswith("linux") and threading.active_count() == 1:
            context = multiprocessing.get_context("fork")
            self._conn, child = context.Pipe()
            self._process = context.Process(target=_serve, args=(child,), daemon=True)
            self._process.start()
            child.close()

    def send(self, schemas: dict[str, Any], version: str) -> None:
        self._pending.append((schemas, version))
        if self._conn is not None:
            try:
                self._conn.send((schemas, version))
            except (OSError, RecursionError, ValueError):  # a dead worker; an unpicklable spec
                self._stop()

    def receive(self) -> str:
        request = self._pending.pop(0)
        if self._conn is not None:
            try:
                ok, payload = self._conn.recv()
            except (OSError, EOFError):
                self._stop()
            else:
                if not ok:
                    raise payload
                return str(payload)
        self._inline.send(*request)
        return self._inline.receive()

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs (None: requests run in this process)."""
        return self._process.pid if self._process is not None else None

    def close(self) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._process = None

    def __enter__(self) -> ForkedModelWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(conn: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    import datamodel_code_generator.config  # noqa: F401  the slow part, done before any request
    import datamodel_code_generator.parser.openapi  # noqa: F401

    gc.freeze()  # what the imports made lives as long as we do: no collection walks it again
    while True:
        try:
            schemas, version = conn.recv()
        except EOFError:
            return
        try:
            with collector.paused():  # Okta: ~5% of the library's time, 2 MiB more at peak
                conn.send((True, run_datamodel_codegen(schemas, version)))
        except ModelGenerationError as err:
            conn.send((False, err))
        gc.collect()  # while the parent finishes the module
