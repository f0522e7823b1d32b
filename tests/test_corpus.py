"""Every real spec in ../shared/corpus and ../shared/bench-specs: a package that compiles and whose
modules all import, or (for a spec the validator rejects) a clear, located error.

One test per spec so that pytest-xdist spreads them; generation runs in process (no interpreter
start-up per spec) and the largest specs also go through `mypy --strict`.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from generator import shared_path
from generator.ir.names import readable_operation_id
from generator.render.project import GenerationError, formatted, render_standalone

SPECS = sorted(
    [p for p in shared_path("corpus").iterdir() if p.suffix in (".json", ".yaml")]
    + sorted(shared_path("bench-specs").glob("*.yaml"))
)
# Rejected by openapi-spec-validator (see the corpus MANIFEST): a located error is acceptable.
INVALID = {
    "heyapi__full-3.1.yaml",
    "heyapi__opencode.yaml",
    "heyapi__zoom-video-sdk.json",
    "ojsg__petstore_customized.yaml",
    "opc__baseline_openapi_3.0.json",
    "opc__baseline_openapi_3.1.yaml",
    "opc__optional-path-param.yaml",
}
# Large specs (100+ operations or 400+ KB) whose generated package must also pass `mypy --strict`
# (7-15 s each). Okta needs the default and allOf-override repairs of generator/render/models.py.
MYPY_CLEAN = {
    "okta-management.yaml",
    "spotify.yaml",
    "twilio__twilio_api_v2010.yaml",
    "stripe__spec3.yaml",
    "jira__platform-swagger.v3.json",
    "discord__openapi.json",
    "heyapi__clerk-2025-11-10.yaml",
    "apisguru31__vercel.com__0.0.1.json",
    "heyapi__dutchie.json",
    "netbox__openapi.yaml",
    "authentik__schema.yaml",
    "apisguru31__adyen.com-ManagementService-v3__3.json",
    "heyapi__opencode.yaml",
    "readme__star-trek.yaml",
    "ojsg__3_1_0_unit_test_spec.yaml",
}
LOCATED = re.compile(r"^[^:\n]+:\d+: /\S*: .+")


def package_name(spec: Path) -> str:
    return "corpus_" + re.sub(r"\W", "_", spec.stem).lower()


def write(files: dict[str, str], root: Path) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def import_all(root: Path, package: str) -> list[str]:
    """Import every module of the package from `root`, any warning an error (a user's `-W error`
    or pytest `filterwarnings = error` would see it); returns their names, then forgets them."""
    names = sorted(
        f"{package}.{p.relative_to(root / package).with_suffix('').as_posix().replace('/', '.')}"
        for p in (root / package).rglob("*.py")
    )
    sys.path.insert(0, str(root))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for name in names:
                importlib.import_module(name.removesuffix(".__init__"))
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
    return names


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_generates_an_importable_package(spec: Path, tmp_path: Path) -> None:
    package = package_name(spec)
    try:
        files = formatted(render_standalone(spec, package))
    except GenerationError as err:
        assert spec.name in INVALID, f"valid spec failed: {err}"
        assert LOCATED.match(str(err)), f"error is not located: {err}"
        return
    for rel, text in files.items():
        if rel.endswith(".py"):
            compile(text, rel, "exec")
    write(files, tmp_path)
    assert f"{package}.models" in import_all(tmp_path, package)
    if spec.name in MYPY_CLEAN:
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout[-3000:]
        methods = re.findall(r"^    (?:async )?def ([a-z]\w*)\(", files[f"{package}/resources.py"], re.M)
        assert methods and all(readable_operation_id(m) for m in methods), "hash-like names"


def test_corpus_is_present() -> None:
    assert len(SPECS) == 62, [p.name for p in SPECS]
