"""`python -m generator validate`: openapi-spec-validator plus the project's own lint rules.

Every problem is a SpecError printed as `FILE:LINE: JSON-POINTER: message`. The checks live in
`generator.spec.checks`; this module picks the profile and keeps verdicts in a cache keyed by
the file, the profile, the checking code and the validators' versions.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from pathlib import Path

from generator import SPECS_DIR, VENDORS, cache, vendor_spec_path
from generator.spec.loader import SpecError, display_path, load_spec


def is_house_spec(path: str | Path) -> bool:
    """Whether a file is one of our vendor specs, which the strict profile applies to."""
    return Path(path).resolve().parent == SPECS_DIR.resolve()


# What a verdict depends on besides the file: the checking code and the validators' versions
# (those of every installed distribution: listing them is cheaper than reading four's metadata).
_HERE = Path(__file__).parent
_CHECKING_CODE = (
    _HERE / "checks.py",
    _HERE / "loader.py",
    _HERE.parent / "ir" / "extensions.py",
    _HERE.parent / "ir" / "types.py",
    _HERE.parent / "ir" / "model.py",
)


def _verdict_key(path: Path, text: bytes, strict: bool) -> str:
    return cache.key(
        display_path(path),
        text,
        str(strict),
        *cache.installed_distributions(),
        *(code.read_bytes() for code in _CHECKING_CODE),
    )


def validate_file(path: str | Path, strict: bool | None = None) -> list[SpecError]:
    """All problems of one spec file, structural first; an unreadable file is one problem.
    `strict` adds the house rules; by default they apply to the files in specs/ only. A file
    checked before with the same code and validators gets its recorded verdict."""
    strict = is_house_spec(path) if strict is None else strict
    try:
        text = Path(path).read_bytes()
    except OSError:
        text = b""
    verdicts = cache.DiskCache.named("validate")
    entry = f"{_verdict_key(Path(path), text, strict)}.json"
    cached = verdicts.get(entry)
    if cached is not None:
        with contextlib.suppress(ValueError, TypeError):  # a damaged entry: validated again
            return [SpecError(*fields) for fields in json.loads(cached)]
    try:
        spec = load_spec(path)
    except SpecError as err:
        return [err]
    from generator.spec import checks

    problems = checks.problems(spec, strict)
    verdicts.put(entry, json.dumps([dataclasses.astuple(p) for p in problems]))
    return problems


def default_specs() -> list[Path]:
    return [vendor_spec_path(v) for v in VENDORS]


def main(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.specs] or default_specs()
    count = 0
    for path in paths:
        strict = args.strict or is_house_spec(path)
        problems = validate_file(path, strict)
        for problem in problems:
            print(problem)
        count += len(problems)
        verdict = f"{len(problems)} problem(s)" if problems else "valid"
        profile = "strict" if strict else "default"
        print(f"{display_path(path)}: {verdict} ({profile} profile)", file=sys.stderr)
    if count:
        print(f"{count} problem(s) in {len(paths)} spec(s)", file=sys.stderr)
        return 1
    print(f"{len(paths)} spec(s) valid", file=sys.stderr)
    return 0
