"""Any spec, end to end: a spec of no vendor of ours and with no x- keys gets a typed client that
passes `mypy --strict`, a stateful mock (`mock --spec`) that client works against, and a clean
`contract --spec` run against that mock."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import REPO_ROOT, shared_path
from generator.ir.load import SpecSource
from generator.mock import create_app
from tests.servers import serving

PROJECTS = REPO_ROOT / "tests" / "fixtures" / "projects.yaml"

# What an application developer writes after reading the client's README, nothing more.
CONSUMER = textwrap.dedent(
    """
    from __future__ import annotations

    import datetime
    import sys

    from projects import Client, errors, models

    client = Client(bearer="token", base_url=sys.argv[1])

    project = client.projects.create_project(body=models.ProjectInput(name="Website"))
    assert project.id >= 1 and project.billable is True and project.client is None
    age: datetime.timedelta = datetime.datetime.now(datetime.UTC) - project.created_at
    assert age.days < 400

    changed = client.projects.update_project(
        project_id=project.id, body=models.ProjectPatch(client="ACME")
    )
    assert (changed.name, changed.client) == ("Website", "ACME")

    entry = client.entries.create_entry(
        project_id=project.id,
        body=models.EntryInput(date=datetime.date(2026, 11, 30), hours=1.5, note=None),
    )
    total: float = sum(e.hours for e in client.entries.list_entries(project_id=project.id))
    assert total == entry.hours + 0.0 == 1.5
    assert (entry.date + datetime.timedelta(days=1)).isoformat() == "2026-12-01"

    client.projects.delete_project(project_id=project.id)
    try:
        client.projects.get_project(project_id=project.id)
    except errors.NotFoundError as error:
        assert error.status_code == 404
    else:
        raise AssertionError("a deleted project is still there")
    print("ok")
    """
)


def _generate(tmp_path: Path, spec: Path = PROJECTS, package: str = "projects") -> Path:
    out = tmp_path / "client"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--out",
            str(out),
            "--package",
            package,
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_the_client_of_a_plain_spec_type_checks_and_works_against_its_mock(tmp_path: Path) -> None:
    out = _generate(tmp_path)
    app = tmp_path / "app.py"
    app.write_text(CONSUMER)
    env = {"PYTHONPATH": f"{out}:{REPO_ROOT}", "PATH": "/usr/bin:/bin"}
    typed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            str(app),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "MYPYPATH": str(out)},
    )
    assert typed.returncode == 0, typed.stdout
    for _ in range(2):  # a fresh mock each time: the same code runs twice with fresh ids
        with serving(create_app(SpecSource(PROJECTS))) as url:
            ran = subprocess.run(
                [sys.executable, str(app), url + "/v1"],
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
            )
        assert ran.returncode == 0 and ran.stdout.strip() == "ok", ran.stderr


@pytest.mark.parametrize(
    ("spec", "stateful", "operations"),
    [
        (PROJECTS, True, 7),
        (PROJECTS, False, 7),
        (shared_path("bench-specs", "petstore-expanded.yaml"), True, 4),
    ],
    ids=["projects-stateful", "projects", "petstore-expanded"],
)
def test_contract_spec_against_its_own_mock_finds_no_drift(
    tmp_path: Path, spec: Path, stateful: bool, operations: int
) -> None:
    args = [sys.executable, "-m", "generator", "contract", "--spec", str(spec)]
    result = subprocess.run(
        args + ["--report", str(tmp_path)] + ([] if stateful else ["--no-stateful"]),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads((tmp_path / "drift.json").read_text())
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["findings"] == [] and report["operations_tested"] == operations


def test_a_renamed_operation_keeps_its_old_method_as_a_warning_alias(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = PROJECTS.read_text(encoding="utf-8")
    text = text.replace(
        "      operationId: createProject\n",
        "      operationId: addProject\n      x-previous-operation-ids: [createProject]\n",
    ).replace(
        "      operationId: deleteProject\n",
        "      operationId: deleteProject\n      deprecated: true\n",
    )
    spec = tmp_path / "projects.yaml"
    spec.write_text(text, encoding="utf-8")
    out = _generate(tmp_path, spec, "renamed")
    monkeypatch.syspath_prepend(str(out))
    from renamed import Client, models  # type: ignore[import-not-found]

    with serving(create_app(SpecSource(spec))) as url:
        client = Client(bearer="token", base_url=url + "/v1")
        with pytest.warns(
            DeprecationWarning, match=r"create_project\(\) is deprecated; use add_project\(\)"
        ):
            old = client.projects.create_project(body=models.ProjectInput(name="Old name"))
        new = client.projects.add_project(body=models.ProjectInput(name="New name"))
        assert (old.name, new.name, new.id) == ("Old name", "New name", old.id + 1)
        with pytest.warns(DeprecationWarning, match="DELETE /projects/{projectId}` is deprecated"):
            client.projects.delete_project(project_id=old.id)
        client.close()
