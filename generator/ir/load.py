"""The one way every entry point turns a vendor id or a spec file into the IR.

`generate`, `mock`, `contract` and `diff` all call `load()`: the same version check, the same
errors (a located SpecError, never a traceback), the same cache.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator import SPECS_DIR, VENDORS, vendor_spec_path
from generator.ir.build import build_api
from generator.ir.model import Api
from generator.ir.names import spec_id
from generator.spec.loader import LoadedSpec, SpecError, display_path, load_spec

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class SourceError(Exception):
    """A VENDOR / --spec combination that names nothing: a one-line usage error."""


@dataclass(frozen=True)
class SpecSource:
    """Where an API comes from: a vendor of ours, a file, or a vendor tested with another file
    (a patched copy or a branch's version of its spec), which keeps the vendor's quirks."""

    path: Path
    vendor: str | None = None

    @property
    def id(self) -> str:
        """The vendor id, or for any other file its safe stem (`<ID>_API_KEY` and friends)."""
        return self.vendor or spec_id(self.path)


def source(vendor: str | None = None, spec: str | Path | None = None) -> SpecSource:
    """Resolve a VENDOR argument and/or a --spec FILE; a wrong one is a SpecError naming it."""
    if vendor is not None and vendor not in VENDORS:
        close = difflib.get_close_matches(vendor, VENDORS, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise SourceError(
            f"unknown vendor {vendor!r}: {hint}known: {', '.join(VENDORS)} "
            f"(vendors are the files in {display_path(SPECS_DIR)}/; any other OpenAPI file "
            "works with --spec FILE)"
        )
    if spec is not None:
        return SpecSource(Path(spec), vendor)
    if vendor is None:
        raise SourceError("give a vendor id or --spec FILE")
    return SpecSource(vendor_spec_path(vendor), vendor)


def load(src: SpecSource | str | Path) -> Api:
    """The IR of a vendor id (`"timetrack"`), a file path or a SpecSource; built once per
    process and file version. Raises SpecError for an unreadable file or an unsupported
    version, SourceError for an unknown vendor id."""
    if isinstance(src, str) and _ID.match(src) and not Path(src).exists():
        src = source(vendor=src)
    path = src.path if isinstance(src, SpecSource) else Path(src)
    resolved = path.resolve()
    return _load(resolved, resolved.stat().st_mtime_ns if resolved.exists() else 0)


@lru_cache(maxsize=16)
def _load(path: Path, _mtime: int) -> Api:
    spec = load_spec(path)
    check_version(spec)
    try:
        return build_api(spec)
    except RecursionError:
        raise SpecError(
            display_path(path), 0, "", "schemas are nested too deeply to generate"
        ) from None


def check_version(spec: LoadedSpec) -> None:
    if not spec.version.startswith(("3.0", "3.1")):
        raise spec.error(
            "/openapi", f"unsupported OpenAPI version {spec.version!r} (3.0 or 3.1 are supported)"
        )
