"""Spec-first SDK factory, mock servers and drift detector for time-tracking vendor APIs."""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"
TEMPLATES_DIR = REPO_ROOT / "templates"
GENERATED_DIR = REPO_ROOT / "generated"
# The vendor documents, real specs and Adyen histories the tests and benchmarks read; the one
# setting that moves them (see README).
SHARED_ENV = "TIMETRACKING_SHARED_DIR"


class SharedMissing(FileNotFoundError):
    """The shared material is not where the setting says: one line saying what to set."""


def shared_path(*parts: str) -> Path:
    """A path inside the shared material (`../shared` beside the repo unless $SHARED_ENV says)."""
    root = Path(os.environ.get(SHARED_ENV) or REPO_ROOT.parent / "shared")
    path = root.joinpath(*parts)
    if not path.exists():
        raise SharedMissing(
            f"{path} not found: put the shared material (seeds, corpus, bench-specs, evolution) "
            f"at {REPO_ROOT.parent / 'shared'} or set {SHARED_ENV}=/path/to/shared"
        )
    return path


# A vendor is a file: one id per `specs/<id>.yaml`, in name order.
VENDORS = tuple(sorted(p.stem for p in SPECS_DIR.glob("*.yaml")))


def vendor_spec_path(vendor: str) -> Path:
    """The spec file of a vendor id (one of VENDORS)."""
    return SPECS_DIR / f"{vendor}.yaml"
