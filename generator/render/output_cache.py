"""The whole generated/ tree, kept for its inputs: with nothing changed, `generate` renders nothing.

The key covers everything the tree is made from: the vendor specs, what the release (VERSION,
CHANGELOG.md) is computed from (the working files and the git objects `versioning.release()`
reads), the templates, and `cache.tool_key()`: the generator's own source, the installed
distributions (so datamodel-code-generator, Jinja and ruff versions count) and the Python
version. A hit gives
the files and the warnings of the run that recorded them; they are then compared with, or
written to, generated/ exactly as freshly rendered files are, so `--check` still fails on a
stale or hand-edited tree. Where git cannot say what the release reads, nothing is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict, dataclass

from generator import GENERATED_DIR, REPO_ROOT, TEMPLATES_DIR, VENDORS, cache, vendor_spec_path
from generator.render import versioning
from generator.render.tree import PACKAGE, GenerationError, finish

FORMAT = "generated-tree 1"  # raise when what is recorded changes shape


@dataclass(frozen=True)
class Output:
    files: dict[str, str]
    warnings: list[str]


def vendor_tree_key() -> str | None:
    """The key of generated/ for everything it is made from now; None when it cannot be told
    or nothing is kept (GENERATOR_CACHE=off)."""
    if _store().folder is None:
        return None
    release = versioning.release_inputs()
    if release is None:
        return None
    specs = [vendor_spec_path(vendor) for vendor in VENDORS]
    return cache.key(
        FORMAT,
        cache.tool_key(),
        str(REPO_ROOT),
        os.getcwd(),  # warnings name files relative to it
        *release,
        *(part for spec in specs for part in (spec.name, spec.read_bytes())),
        *cache.tree_parts(TEMPLATES_DIR),
    )


def _store() -> cache.DiskCache:
    return cache.DiskCache.named("generated", max_entries=4)  # ~0.5 MB each


def recorded(key: str | None) -> Output | None:
    text = _store().get(f"{key}.json") if key else None
    if text is None:
        return None
    try:
        found = json.loads(text)
        return Output(dict(found["files"]), list(found["warnings"]))
    except (ValueError, KeyError, TypeError):
        return None


def record(key: str | None, output: Output) -> None:
    """Keep `output` for the inputs it was rendered from (`key`, taken before rendering) if
    they are still the same: an input edited while rendering keeps nothing."""
    if key is not None and key == vendor_tree_key():
        _store().put(f"{key}.json", json.dumps(asdict(output)))


def record_written(before: str | None, output: Output) -> None:
    """After `generate` wrote `output`: writing it may have changed inputs of the release
    (generated/VERSION), and the tree is what they render to (generating twice changes
    nothing), so it is kept for them too and the next run finds it."""
    after = vendor_tree_key()
    if before is not None and after is not None and after != before:
        _store().put(f"{after}.json", json.dumps(asdict(output)))


def answer(args: argparse.Namespace) -> int | None:
    """`generate [--check]` of generated/ from the recorded tree; None when there is none."""
    if args.specs or args.out:
        return None  # standalone clients are not kept
    started = time.perf_counter()
    key = vendor_tree_key()
    output = recorded(key)
    if output is None:
        return None
    for line in output.warnings:
        print(line, file=sys.stderr)
    try:
        code = finish(GENERATED_DIR, output.files, [PACKAGE], args.check, started)
    except GenerationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if not args.check:
        record_written(key, output)  # as a rendered tree is: writing may have raised VERSION
    return code
