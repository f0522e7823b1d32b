"""Form bodies (`application/x-www-form-urlencoded`) are typed like JSON ones: a TypedDict of the
fields that mypy checks, sent form-encoded."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator import REPO_ROOT
from tests.servers import serving
from tests.test_generate import generate

SPEC = REPO_ROOT / "tests" / "fixtures" / "form_bodies.yaml"

APP = textwrap.dedent(
    """
    import sys

    from charges import Client, models

    client = Client(base_url=sys.argv[1])
    body: models.CreateChargeBodyDict = {
        "amount": 250,
        "currency": "eur",
        "tags": ["a", "b"],
    }
    charge = client.charges.create_charge(body=body)
    cents: int = charge.amount + 1
    print(charge.id, cents)
    """
)


def _generate(tmp_path: Path) -> Path:
    out = tmp_path / "client"
    result = generate(str(SPEC), "--out", str(out), "--package", "charges")
    assert result.returncode == 0, result.stderr
    return out


def _mypy(out: Path, script: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
        env={"MYPYPATH": str(out), "PATH": "/usr/bin:/bin"},
    )


def test_a_form_body_is_a_checked_typed_dict_sent_form_encoded(tmp_path: Path) -> None:
    out = _generate(tmp_path)
    resources = (out / "charges" / "resources.py").read_text(encoding="utf-8")
    assert "body: _models.CreateChargeBodyDict," in resources
    models = (out / "charges" / "models.py").read_text(encoding="utf-8")
    assert "The form body of `POST /charges`, keyed by its field names." in models
    assert "class CreateChargeBody(" not in models  # no model class: the dict is sent as it is

    good, wrong = tmp_path / "good.py", tmp_path / "wrong.py"
    good.write_text(APP)
    wrong.write_text(APP.replace('"amount": 250', '"amount": "six"').replace('"eur"', '"gbp"'))
    assert _mypy(out, good).returncode == 0, _mypy(out, good).stdout
    refused = _mypy(out, wrong).stdout
    assert 'item "amount" has type "int"' in refused
    assert 'item "currency" has type "Literal[\'eur\', \'usd\']"' in refused

    received: list[list[tuple[str, str]]] = []

    async def charge(request: Request) -> JSONResponse:
        fields = parse_qsl((await request.body()).decode())
        received.append(fields)
        return JSONResponse({"id": "ch_1", "amount": int(dict(fields)["amount"])})

    with serving(Starlette(routes=[Route("/charges", charge, methods=["POST"])])) as url:
        ran = subprocess.run(
            [sys.executable, str(good), url],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env={"PYTHONPATH": f"{out}:{REPO_ROOT}", "PATH": "/usr/bin:/bin"},
        )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["ch_1", "251"]
    assert received == [[("amount", "250"), ("currency", "eur"), ("tags", "a"), ("tags", "b")]]
