"""Spec-first SDK factory, mock servers and drift detector for time-tracking vendor APIs."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"
TEMPLATES_DIR = REPO_ROOT / "templates"
GENERATED_DIR = REPO_ROOT / "generated"
# A vendor is a file: one id per `specs/<id>.yaml`, in name order.
VENDORS = tuple(sorted(p.stem for p in SPECS_DIR.glob("*.yaml")))


def vendor_spec_path(vendor: str) -> Path:
    """The spec file of a vendor id (one of VENDORS)."""
    return SPECS_DIR / f"{vendor}.yaml"
