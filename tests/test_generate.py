"""`python -m generator generate`: a deterministic, typed, installable client package."""

from __future__ import annotations

import datetime
import importlib
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import GENERATED_DIR, REPO_ROOT, VENDORS, shared_path
from generator.mock import base_path, create_app
from generator.render.project import PACKAGE, formatted, render_vendor_package
from tests.servers import serving

BENCH_SPECS = shared_path("bench-specs")


def generate(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", *args],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
    )


def test_generated_is_up_to_date_and_rendering_is_deterministic() -> None:
    first = formatted(render_vendor_package())
    second = formatted(render_vendor_package())
    assert first == second
    for rel, text in first.items():
        assert (GENERATED_DIR / rel).read_text(encoding="utf-8") == text, f"stale: generated/{rel}"
    assert (GENERATED_DIR / PACKAGE / "py.typed").exists()


def test_the_cli_with_its_forked_model_worker_writes_the_same_package() -> None:
    # Models from the forked worker vs the tree rendered in process: no recorded tree or models.
    result = generate("--check", env={"GENERATOR_CACHE": "off"})
    assert result.returncode == 0, result.stdout + result.stderr


def in_a_fresh_process(code: str) -> None:
    """Run `code` in a new interpreter: the model worker forks only from a single-threaded
    process, and the test process holds Schemathesis' process-wide ASGI portal thread."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]


WORKER_SETUP = """
    import os, signal
    from generator.render.model_worker import ForkedModelWriter
    from generator.render.models import InlineModelWriter, ModelGenerationError

    SCHEMAS = {"Entry": {"type": "object", "properties": {"id": {"type": "integer"}}}}
"""


def test_model_worker_reports_a_rejected_schema_and_survives_it() -> None:
    in_a_fresh_process(WORKER_SETUP + """
    with ForkedModelWriter() as writer:
        assert writer.pid is not None
        writer.send({"Broken": {"type": "object", "properties": []}}, "3.1.0")
        try:
            writer.receive()
            raise AssertionError("no error")
        except ModelGenerationError as rejected:
            assert rejected.schema == "Broken", rejected.schema
        writer.send(SCHEMAS, "3.1.0")
        assert "class Entry(BaseModel)" in writer.receive()
        assert writer.pid is not None
    """)


def test_model_worker_that_dies_is_replaced_by_in_process_generation() -> None:
    in_a_fresh_process(WORKER_SETUP + """
    inline = InlineModelWriter()
    inline.send(SCHEMAS, "3.1.0")
    with ForkedModelWriter() as writer:
        assert writer.pid is not None
        os.kill(writer.pid, signal.SIGKILL)
        writer.send(SCHEMAS, "3.1.0")
        assert writer.receive() == inline.receive()
        assert writer.pid is None
    """)


def test_generated_package_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", PACKAGE],
        cwd=GENERATED_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_generated_package_installs_with_pip(tmp_path: Path) -> None:
    target = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(GENERATED_DIR),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    installed = target / PACKAGE
    assert (installed / "py.typed").exists()
    for vendor in VENDORS:
        assert (installed / vendor / "README.md").exists()
    code = f"import {PACKAGE}.bamboohr, sys; print({PACKAGE}.__file__)"
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(str(target))


@pytest.mark.parametrize("vendor", VENDORS)
def test_client_shape(vendor: str) -> None:
    module = importlib.import_module(f"{PACKAGE}.{vendor}")
    client = module.Client(base_url="http://127.0.0.1:9")
    assert hasattr(module, "AsyncClient")
    assert issubclass(module.NotFoundError, importlib.import_module(PACKAGE).NotFoundError)
    resources = [name for name in vars(client) if not name.startswith("_")]
    assert resources, "no resources on the client"
    client.close()


def test_standalone_generation_and_check(tmp_path: Path) -> None:
    out = tmp_path / "petstore"
    petstore = (str(BENCH_SPECS / "petstore-expanded.yaml"), "--out", str(out), "--package", "petstore")
    result = generate(*petstore)
    assert result.returncode == 0, result.stderr
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import petstore; c = petstore.Client(base_url='http://x'); "
            "print(sorted(n for n in dir(c.default) if not n.startswith('_')), "
            "sorted(n for n in dir(c.default.with_raw_response) if not n.startswith('_')))",
        ],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    # petstore-expanded has no tags: its four operations land on the `default` resource.
    for method in ("find_pets", "add_pet", "find_pet_by_id", "delete_pet"):
        assert run.stdout.count(f"'{method}'") == 2, run.stdout  # plain and with_raw_response
    check = generate(*petstore, "--check")
    assert check.returncode == 0, check.stderr
    (out / "petstore" / "client.py").write_text("# edited\n")
    stale = generate(*petstore, "--check")
    assert stale.returncode == 1
    assert "petstore/client.py" in stale.stdout


@pytest.mark.parametrize(
    "args, message, status",
    [
        (["nope.yaml", "--out", "x"], "file not found", 1),
        (
            ["specs/timetrack.yaml", "--out", "x", "--package", "class"],
            "not a valid Python package name",
            2,
        ),
        (["specs/timetrack.yaml"], "needs exactly one SPEC and --out", 2),
        (["specs/timetrack.yaml", "--out", "README.md"], "--out README.md: is a file, not a folder", 2),
        (
            ["specs/timetrack.yaml", "--out", "README.md/client"],
            "README.md/client: cannot write the client: Not a directory",
            1,
        ),
    ],
)
def test_bad_input_gets_one_line_and_no_traceback(args: list[str], message: str, status: int) -> None:
    result = generate(*args)
    assert result.returncode == status, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def readme_code(vendor: str) -> str:
    text = (GENERATED_DIR / PACKAGE / vendor / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, f"{vendor} README has no python example"
    return "\n".join(blocks)


@pytest.mark.parametrize("vendor", VENDORS)
def test_readme_example_runs_against_the_mock(vendor: str, tmp_path: Path) -> None:
    code = readme_code(vendor)
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    with serving(create_app(vendor, seed=1)) as url:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(GENERATED_DIR), str(REPO_ROOT)]),
            f"{vendor.upper()}_BASE_URL": url + base_path(vendor),
            "BAMBOOHR_API_KEY": "demo-key",
            "TIMETRACK_API_KEY": "demo-key",
            "TIMETRACK_API_SECRET": "demo-secret",
            "TEAMPULSE_ACCESS_TOKEN": "demo-token",
            "PAPERSHIFT_API_TOKEN": "demo-token",
        }
        for _ in range(2):  # twice on one mock: the example makes fresh ids, no clashes
            result = subprocess.run(
                [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60
            )
            assert result.returncode == 0, (
                f"{vendor} README example failed:\n{code}\n{result.stderr[-2000:]}"
            )
            assert result.stdout.strip(), "the example printed nothing"


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    scripts = []
    for vendor in VENDORS:
        script = tmp_path / f"example_{vendor}.py"
        script.write_text(readme_code(vendor), encoding="utf-8")
        scripts.append(str(script))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *scripts],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(GENERATED_DIR)},
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_hash_operation_ids_and_an_untypable_default_give_a_strict_clean_client(
    tmp_path: Path,
) -> None:
    spec = "tests/fixtures/hash_operation_ids.yaml"
    result = generate(spec, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (
        f"{spec}:20: /paths/~1employees~1{{employeeId}}~1compensation/get/responses/200/content: "
        "warning: default 978 of GetEmployeeCompensationResponse.currency does not fit its type; "
        "dropped"
    ) in result.stderr
    package = tmp_path / "hash_operation_ids"
    resources = (package / "resources.py").read_text(encoding="utf-8")
    assert "def get_employee_compensation(" in resources
    assert not re.search(r"def \w*(db49fb29|5c2b5515)", resources)
    models = (package / "models.py").read_text(encoding="utf-8")
    assert "currency: str | None = None" in models
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "hash_operation_ids"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:]


def test_public_model_types_are_plain_python() -> None:
    import datetime as dt

    from timetracking_clients.papershift import models as papershift
    from timetracking_clients.teampulse import models as teampulse

    fields = teampulse.TimeEntryCreate.model_fields
    assert fields["hours"].annotation is float
    assert fields["date"].annotation is dt.date
    start = dt.datetime(2026, 3, 2, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    update = papershift.WorkingSessionUpdate(id=5, starts_at=start, ends_at=start)
    assert update.model_dump(exclude_none=True)["id"] == 5
    with pytest.raises(ValueError, match="send id or external_id"):
        papershift.WorkingSessionUpdate(starts_at=start, ends_at=start)


def test_an_aware_datetime_with_any_offset_is_sent_in_utc_where_the_spec_demands_z() -> None:
    import datetime as dt

    from timetracking_clients.timetrack import models as timetrack

    start = dt.datetime(2026, 3, 2, 11, 30, 5, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    body = timetrack.AttendanceCreate(username="ana", from_=start, to=start + dt.timedelta(hours=8))
    sent = body.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert sent["from"] == "2026-03-02T09:30:05Z"
    assert sent["to"] == "2026-03-02T17:30:05Z"


# Words that tell of how the specs were written (our sources, folders and reasoning), not of the API.
_PROCESS_TEXT = re.compile(
    r"\bseeds?\b|\.\./shared|shared/vendor-docs|vendor-docs/|third-party clients?|x-choices"
    r"|our choice|we had to",
    re.IGNORECASE,
)


def test_generated_text_tells_the_vendors_story_not_ours() -> None:
    leaks = [
        f"{path.relative_to(GENERATED_DIR)}:{number}: {match.group(0)}"
        for path in sorted(GENERATED_DIR.rglob("*"))
        if path.suffix in (".py", ".md", ".toml") and "build" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in [_PROCESS_TEXT.search(line)]
        if match
    ]
    assert not leaks, "\n".join(leaks[:20])


def test_docstrings_wrap_at_100_columns_and_escape_only_what_ends_the_literal() -> None:
    import ast

    from generator.render.filters import docstring

    text = 'Say "hi". ' * 30 + '\n\nArgs:\n    body: ' + "many words " * 20 + '\n    x: a """ b \\ "q"'
    literal = docstring(text, 8)
    lines = literal.splitlines()
    assert all(len(" " * 8 + line.lstrip()) <= 100 for line in lines)
    assert '"hi"' in literal and '\\"hi\\"' not in literal
    assert lines[0].startswith('"""Say "hi".')
    assert any(line.startswith(" " * 16 + "many words") for line in lines)  # hanging indent
    assert " ".join(ast.literal_eval(literal).split()) == " ".join(text.split())
    assert ast.literal_eval(docstring('ends in a quote "')) == 'ends in a quote "'


def test_readme_code_spans_hold_no_markdown_escapes() -> None:
    spans = [
        span
        for readme in sorted(GENERATED_DIR.rglob("README.md"))
        for span in re.findall(r"`([^`\n]+)`", readme.read_text(encoding="utf-8"))
    ]
    assert any(span == "POST /api/v1/time_tracking/clock_entries/store" for span in spans)
    assert not [s for s in spans if re.search(r"\\[_*\[\]<>|#]", s)]


BODY_SHAPES_APP = '''
import datetime as dt
import json
import uuid

import httpx

from body_shapes import Client, models

sent: list[object] = []


def answer(request: httpx.Request) -> httpx.Response:
    sent.append(json.loads(request.content))
    return httpx.Response(201 if request.url.path == "/folders" else 204)


client = Client(base_url="http://api.test", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
child: models.FolderCreateDict = {"name": "2026", "root": False, "colour": models.Colour.GREEN}
client.default.create_folder(
    body={
        "name": "shifts",
        "parent_id": 7,
        "colour": "red",
        "labels": {"team": "a"},
        "children": [child, models.FolderCreate(name="old", root=True)],
        "owner": {"email": "ana@example.com", "since": dt.date(2026, 3, 2)},
    }
)
start = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
ref = uuid.UUID("12345678-1234-5678-1234-567812345678")
shifts: list[models.ShiftDict] = [{"from": start, "shift-ref": ref, "minutes": 30}]
client.default.import_shifts(body=shifts)
client.default.import_shifts(body=[*shifts, models.Shift(from_=start, shift_ref=ref)])
print(json.dumps(sent))
'''


def test_dict_bodies_of_every_shape_type_check_and_are_sent_as_json(tmp_path: Path) -> None:
    """A body's TypedDict covers allOf parts, enums (members or values), maps, nested and
    recursive objects, keys that are no Python names and lists of dicts or models, and leaves
    out read-only fields; its dates,
    UUIDs and enum members go out in their JSON form, aware datetimes in UTC."""
    result = generate("tests/fixtures/body_shapes.yaml", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    models = (tmp_path / "body_shapes" / "models.py").read_text(encoding="utf-8")
    folder_dict = models.split("class FolderCreateDict(", 1)[1].split("\n\n\n", 1)[0]
    assert "\n    name: str" in folder_dict and "\n    id:" not in folder_dict  # read-only: not sent
    (tmp_path / "app.py").write_text(BODY_SHAPES_APP, encoding="utf-8")
    run = subprocess.run([sys.executable, "app.py"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    folder, shifts, mixed = json.loads(run.stdout)
    assert folder["colour"] == "red" and folder["owner"]["since"] == "2026-03-02"
    assert folder["children"] == [
        {"name": "2026", "root": False, "colour": "green"},
        {"name": "old", "root": True},
    ]
    wire_shift = {"from": "2026-03-02T07:30:00Z", "shift-ref": "12345678-1234-5678-1234-567812345678"}
    assert shifts == [{**wire_shift, "minutes": 30}]
    assert mixed[0] == shifts[0] and mixed[1]["shift-ref"] == wire_shift["shift-ref"]
    as_sent = datetime.datetime.fromisoformat(mixed[1]["from"])  # a model keeps the offset
    assert as_sent == datetime.datetime(2026, 3, 2, 7, 30, tzinfo=datetime.UTC)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
