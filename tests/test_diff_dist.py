"""`make dist`'s build: the wheel of generated/ installs into a fresh venv and every vendor
imports from it (not from the repository)."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

from generator import GENERATED_DIR, VENDORS


def test_wheel_installs_into_a_fresh_venv_and_imports_every_vendor(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--wheel",
            "--sdist",
            "--outdir",
            str(out),
            str(GENERATED_DIR),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("timetracking_clients-*.whl")
    assert len(list(out.glob("timetracking_clients-*.tar.gz"))) == 1
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(
            next(n for n in names if n.endswith(".dist-info/METADATA"))
        ).decode()
    assert "Requires-Dist: httpx" in metadata and "Requires-Dist: pydantic" in metadata
    assert all(f"timetracking_clients/{v}/client.py" in names for v in VENDORS)
    assert "timetracking_clients/py.typed" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The runtime dependencies come from this interpreter's site-packages (no index needed);
    # the package itself only from the wheel.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.strip()
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    imports = "; ".join(f"import timetracking_clients.{v} as m{i}" for i, v in enumerate(VENDORS))
    check = f"{imports}; import timetracking_clients as t; print(t.__file__)"
    result = subprocess.run(
        [str(python), "-W", "error", "-c", check],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().startswith(site)
