"""`python -m generator mock VENDOR`: serve a vendor's mock on a port.

Prints exactly one line, the base URL, once the socket accepts connections; runs until
SIGINT/SIGTERM and exits 0. Setup problems (bad --state, port in use) are one line on stderr
and exit 2.
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

import uvicorn

from generator.ir.load import SourceError, source
from generator.mock import base_path, create_app
from generator.mock.store import StateFileError
from generator.spec.loader import SpecError

EXIT_OK, EXIT_USAGE = 0, 2


def main(args: argparse.Namespace) -> int:
    try:
        served = source(args.vendor, args.spec)
        app = create_app(
            served,
            seed=args.seed if args.seed is not None else 0,
            state_path=args.state,
            seeded_clock=args.seed is not None,
            access_log=not args.quiet,
        )
        sock = _bind(args.host, args.port)
    except (StateFileError, SpecError, SourceError, OSError) as error:
        print(f"mock: {error}", file=sys.stderr)
        return EXIT_USAGE
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}{base_path(served)}"
    server = _Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"), url
    )
    try:
        server.run(sockets=[sock])  # uvloop and httptools when installed ("auto")
    finally:
        app.state.store.close()
    return EXIT_OK


class _Server(uvicorn.Server):
    """Announces the base URL on stdout once startup is complete."""

    def __init__(self, config: uvicorn.Config, url: str) -> None:
        super().__init__(config)
        self.url = url

    def handle_exit(self, sig: int, frame: Any) -> None:
        # A stop signal is the normal way to end a mock: shut down and exit 0, without
        # uvicorn re-raising the signal afterwards.
        super().handle_exit(sig, frame)
        self._captured_signals.clear()

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(self.url, flush=True)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: the event loop sets TCP_NODELAY only on sockets that say TCP, and
    # without it every reply waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise OSError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    sock.set_inheritable(True)
    return sock
