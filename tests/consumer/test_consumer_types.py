"""The consumer suite is code an application developer would write: it passes mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator import GENERATED_DIR, REPO_ROOT


def test_the_consumer_suite_passes_mypy_strict() -> None:
    here = Path(__file__).parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(here / "test_apps.py")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(GENERATED_DIR), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout[-3000:]
