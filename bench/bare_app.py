"""The bare baseline for the mock's req/s: Starlette on uvicorn (uvloop + httptools), one fixed
JSON body for every GET path, no validation, no state, no auth.

    python bench/bare_app.py PORT BODY_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def build(body: bytes) -> Starlette:
    async def answer(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/{path:path}", answer)])


def main() -> None:
    port, body_file = int(sys.argv[1]), Path(sys.argv[2])
    app = build(body_file.read_bytes())
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
        lifespan="off",
    )


if __name__ == "__main__":
    main()
