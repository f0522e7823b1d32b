"""Per-call client CPU of generated clients against raw httpx + a pydantic TypeAdapter.

One local HTTP server (its own process, so its CPU is not counted) answers every GET with the
same 20 items. Each client runs in a fresh process of one benchmark venv (same httpx and
pydantic for all) and reports the client process's CPU time per call:

- raw: `httpx.Client.get` + `TypeAdapter(list[Pet]).validate_json` (the floor to beat);
- ours: the petstore client this project generates (`find_pets`), and the TeamPulse vendor
  client (`list_time_entries`, WRAP auth header, 20 entries) against its own raw twin;
- openapi-python-client 0.29 and OpenAPI Generator (python, urllib3) for the same operation;
- async: 1,000 calls at 50 in flight, raw httpx.AsyncClient against our AsyncClient.

Peers are installed at bench time under bench/.work/, never as project dependencies.
Usage: python bench/bench_client.py [--calls N] [--rounds N] [--print-only]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator import shared_path  # noqa: E402

WORK = ROOT / "bench" / ".work" / "client"
SPEC = shared_path("bench-specs", "petstore-expanded.yaml")
TOOLS = WORK / "tools-venv"
RUN = WORK / "run-venv"
ITEMS = 20
PETS = [{"id": i, "name": f"pet-{i}", "tag": "dog" if i % 2 else None} for i in range(ITEMS)]
ENTRIES = {
    "totalResults": ITEMS,
    "top": ITEMS,
    "results": [
        {
            "id": i + 1,
            "date": "2013-10-02",
            "hours": 2.5,
            "type": "Billable",
            "userId": 1,
            "taskId": 10,
            "note": f"entry {i}",
            "week": 40,
            "createdBy": "Paul Smith",
            "createdAt": "2013-06-06T00:00:00",
            "lastModifiedBy": "Paul Smith",
            "lastModifiedAt": "2013-10-09T13:57:28.33",
        }
        for i in range(ITEMS)
    ],
}


# -- the server -------------------------------------------------------------------------------
def serve(port_file: str) -> None:
    """A keep-alive HTTP/1.1 server with canned answers: /pets and /timeentries."""
    bodies = {b"/pets": json.dumps(PETS).encode(), b"/timeentries": json.dumps(ENTRIES).encode()}
    answers = {
        path: b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
        for path, body in bodies.items()
    }
    missing = b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                target = head.split(b" ", 2)[1].split(b"?", 1)[0]
                writer.write(answers.get(target, missing))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        Path(port_file).write_text(str(server.sockets[0].getsockname()[1]))
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# -- the clients (run inside the benchmark venv) ----------------------------------------------
def make_call(kind: str, url: str):  # noqa: ANN201 - returns a zero-argument callable
    if kind in ("raw", "ours"):
        from petstore_ours.models import Pet
    if kind == "raw":
        import httpx
        import pydantic

        http, pets = httpx.Client(), pydantic.TypeAdapter(list[Pet])

        def raw() -> object:
            response = http.get(url + "/pets", params={"limit": ITEMS})
            response.raise_for_status()
            return pets.validate_json(response.content)

        return raw
    if kind == "ours":
        from petstore_ours import Client

        client = Client(base_url=url)
        return lambda: client.default.find_pets(limit=ITEMS)
    if kind == "raw-teampulse":
        import httpx
        import pydantic
        from timetracking_clients.teampulse.models import TimeEntryList

        http, adapter = httpx.Client(), pydantic.TypeAdapter(TimeEntryList)
        headers = {"Authorization": "WRAP access_token=token-0123456789"}

        def raw_teampulse() -> object:
            response = http.get(url + "/timeentries", params={"$top": ITEMS}, headers=headers)
            response.raise_for_status()
            return adapter.validate_json(response.content)

        return raw_teampulse
    if kind == "ours-teampulse":
        from timetracking_clients import teampulse

        client = teampulse.Client(base_url=url, access_token="token-0123456789")
        return lambda: client.time_entries.list_time_entries(top=ITEMS)
    if kind == "openapi-python-client":
        from petstore_opc import Client
        from petstore_opc.api.default import find_pets

        client = Client(base_url=url)
        return lambda: find_pets.sync(client=client, limit=ITEMS)
    if kind == "openapi-generator":
        import petstore_oag

        api = petstore_oag.DefaultApi(petstore_oag.ApiClient(petstore_oag.Configuration(host=url)))
        return lambda: api.find_pets(limit=ITEMS)
    raise SystemExit(f"unknown client {kind}")


def measure(kinds: list[str], url: str, calls: int, batch: int = 50) -> None:
    """Interleave batches of every client in one process, so load drift hits all alike;
    print each client's median per-call CPU over its batches."""
    clients = {kind: make_call(kind, url) for kind in kinds}
    for call in clients.values():
        result = call()
        assert len(getattr(result, "results", result)) == ITEMS, result
        for _ in range(200):
            call()
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(calls // batch):
        for kind, call in clients.items():
            started = time.process_time()
            for _ in range(batch):
                call()
            samples[kind].append((time.process_time() - started) / batch * 1e6)
    print(json.dumps({kind: statistics.median(values) for kind, values in samples.items()}))


def measure_async(url: str, calls: int, in_flight: int, rounds: int) -> None:
    import httpx
    import pydantic
    from petstore_ours import AsyncClient
    from petstore_ours.models import Pet

    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)

    async def run() -> dict[str, list[dict[str, float]]]:
        http, pets = httpx.AsyncClient(limits=limits), pydantic.TypeAdapter(list[Pet])
        client = AsyncClient(base_url=url, http_client=httpx.AsyncClient(limits=limits))

        async def raw() -> object:
            response = await http.get(url + "/pets", params={"limit": ITEMS})
            response.raise_for_status()
            return pets.validate_json(response.content)

        async def ours() -> object:
            return await client.default.find_pets(limit=ITEMS)

        async def burst(call: Any) -> dict[str, float]:
            async def worker(count: int) -> None:
                for _ in range(count):
                    assert len(await call()) == ITEMS

            cpu, wall = time.process_time(), time.perf_counter()
            await asyncio.gather(*(worker(calls // in_flight) for _ in range(in_flight)))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            return {"cpu_us": cpu / calls * 1e6, "calls_per_s": calls / wall}

        results: dict[str, list[dict[str, float]]] = {"raw": [], "ours": []}
        await burst(raw), await burst(ours)  # warm-up: connections, adapters
        for _ in range(rounds):
            results["raw"].append(await burst(raw))
            results["ours"].append(await burst(ours))
        return results

    print(json.dumps(asyncio.run(run())))


# -- setup: generators, venvs -----------------------------------------------------------------
def sh(*args: str | Path, **kwargs: object) -> None:
    subprocess.run([str(a) for a in args], check=True, **kwargs)  # type: ignore[call-overload]


def venv(path: Path, *packages: str) -> Path:
    python = path / "bin" / "python"
    stamp = path / ".installed"
    wanted = " ".join(packages)
    if not stamp.exists() or stamp.read_text() != wanted:
        shutil.rmtree(path, ignore_errors=True)
        sh(sys.executable, "-m", "venv", path)
        sh(python, "-m", "pip", "install", "-q", *packages)
        stamp.write_text(wanted)
    return python


def versions() -> tuple[str, str]:
    import httpx
    import pydantic

    return httpx.__version__, pydantic.VERSION


def setup() -> tuple[Path, Path]:
    """Generate the three petstore clients; return (python of the run venv, PYTHONPATH dir)."""
    WORK.mkdir(parents=True, exist_ok=True)
    httpx_version, pydantic_version = versions()
    run_python = venv(
        RUN,
        f"httpx=={httpx_version}",
        f"pydantic=={pydantic_version}",
        "attrs",
        "python-dateutil",
        "urllib3",
        "typing-extensions",
    )
    tools = venv(TOOLS, "openapi-python-client==0.29.*", "openapi-generator-cli")
    site = WORK / "site"
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir()
    sh(
        sys.executable,
        "-m",
        "generator",
        "generate",
        SPEC,
        "--out",
        WORK / "ours",
        "--package",
        "petstore_ours",
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    shutil.copytree(WORK / "ours" / "petstore_ours", site / "petstore_ours")
    shutil.copytree(ROOT / "generated" / "timetracking_clients", site / "timetracking_clients")
    if not (WORK / "opc" / "client.py").exists():
        sh(
            tools.parent / "openapi-python-client",
            "generate",
            "--path",
            SPEC,
            "--output-path",
            WORK / "opc",
            "--overwrite",
            "--meta",
            "none",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    shutil.copytree(WORK / "opc", site / "petstore_opc")
    if not (WORK / "oag" / "petstore_oag").exists():
        sh(
            tools.parent / "openapi-generator-cli",
            "generate",
            "-i",
            SPEC,
            "-g",
            "python",
            "-o",
            WORK / "oag",
            "--package-name",
            "petstore_oag",
            stdout=subprocess.DEVNULL,
        )
    shutil.copytree(WORK / "oag" / "petstore_oag", site / "petstore_oag")
    return run_python, site


def start_server() -> tuple[subprocess.Popen[bytes], str]:
    port_file = WORK / "port"
    port_file.unlink(missing_ok=True)
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file)])
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return server, f"http://127.0.0.1:{port_file.read_text()}"
        time.sleep(0.05)
    server.kill()
    raise SystemExit("the benchmark server did not start")


def run_child(python: Path, site: Path, *args: str) -> Any:
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [str(python), __file__, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


SYNC_KINDS = [
    "raw",
    "ours",
    "openapi-python-client",
    "openapi-generator",
    "raw-teampulse",
    "ours-teampulse",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000, help="per client and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--serve")
    parser.add_argument("--measure", help="comma-separated client kinds")
    parser.add_argument("--measure-async", action="store_true")
    parser.add_argument("--url")
    parser.add_argument("--print-only", action="store_true", help="leave RESULTS.md as it is")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    if args.measure:
        measure(args.measure.split(","), args.url, args.calls)
        return 0
    if args.measure_async:
        measure_async(args.url, 1000, 50, args.rounds)
        return 0

    python, site = setup()
    server, url = start_server()
    try:
        cpu: dict[str, list[float]] = {kind: [] for kind in SYNC_KINDS}
        for _ in range(args.rounds):
            result = run_child(
                python,
                site,
                "--measure",
                ",".join(SYNC_KINDS),
                "--url",
                url,
                "--calls",
                str(args.calls),
            )
            for kind in SYNC_KINDS:
                cpu[kind].append(result[kind])
        async_runs = run_child(
            python, site, "--measure-async", "--url", url, "--rounds", str(args.rounds)
        )
    finally:
        server.terminate()
        server.wait(10)
    report(cpu, async_runs, args)
    return 0


def report(
    cpu: dict[str, list[float]],
    async_runs: dict[str, list[dict[str, float]]],
    args: argparse.Namespace,
) -> None:
    med = {kind: statistics.median(values) for kind, values in cpu.items()}
    base = {"raw-teampulse": med["raw-teampulse"]}
    rows = [
        ("raw httpx + TypeAdapter (petstore findPets)", "raw", "raw"),
        ("ours: petstore_ours `find_pets`", "ours", "raw"),
        ("openapi-python-client 0.29", "openapi-python-client", "raw"),
        ("OpenAPI Generator python (urllib3)", "openapi-generator", "raw"),
        ("raw httpx + TypeAdapter (TeamPulse timeentries)", "raw-teampulse", "raw-teampulse"),
        ("ours: teampulse `list_time_entries` (WRAP auth)", "ours-teampulse", "raw-teampulse"),
    ]
    lines = [
        "## Generated client per-call overhead (`bench/bench_client.py`)",
        "",
        f"Local keep-alive server in its own process, {ITEMS} items per GET; client process CPU "
        f"per call (user + system), median over {args.rounds} processes of the median of "
        f"50-call batches, all clients interleaved batch by batch ({args.calls} calls each "
        "per process) "
        f"(python {sys.version.split()[0]}, httpx {versions()[0]}, pydantic {versions()[1]}).",
        "",
        "| client | CPU µs/call | vs raw httpx |",
        "| --- | ---: | ---: |",
    ]
    base["raw"] = med["raw"]
    for label, kind, against in rows:
        lines.append(f"| {label} | {med[kind]:.0f} | {med[kind] / base[against]:.3f}x |")
    raw_async = statistics.median(r["cpu_us"] for r in async_runs["raw"])
    ours_async = statistics.median(r["cpu_us"] for r in async_runs["ours"])
    rate = {k: statistics.median(r["calls_per_s"] for r in v) for k, v in async_runs.items()}
    lines += [
        "",
        f"Async, 1,000 calls at 50 in flight (petstore findPets), median of {args.rounds} "
        "alternating bursts in one process:",
        "",
        "| client | CPU µs/call | calls/s | vs raw httpx (CPU) |",
        "| --- | ---: | ---: | ---: |",
        f"| raw httpx.AsyncClient + TypeAdapter | {raw_async:.0f} | {rate['raw']:.0f} | 1.00x |",
        f"| ours: AsyncClient `find_pets` | {ours_async:.0f} | {rate['ours']:.0f} | "
        f"{ours_async / raw_async:.3f}x |",
    ]
    markdown = "\n".join(lines)
    print(markdown)
    if args.print_only:
        return
    sys.path.insert(0, str(ROOT))
    from bench.results import write_section

    write_section("bench_client", markdown)


if __name__ == "__main__":
    socket.setdefaulttimeout(30)
    sys.exit(main())
