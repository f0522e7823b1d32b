"""`python -m generator diff OLD NEW` and `diff --against REV [SPEC ...]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from packaging.version import InvalidVersion, Version

from generator import SPECS_DIR
from generator.diff.changes import BREAKING, NON_BREAKING, Change, DiffResult
from generator.diff.engine import diff_sources
from generator.diff.formats import FORMATS, render
from generator.diff.sources import (
    GIT_PREFIX,
    SourceUsageError,
    git_show,
    read_source,
    read_sources,
)
from generator.spec.loader import display_path

FAIL_ON = {"breaking": {BREAKING}, "non-breaking": {BREAKING, NON_BREAKING}, "never": set()}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "specs",
        nargs="*",
        metavar="SPEC",
        help="OLD NEW (files or git:REV:path), or with --against the specs to compare",
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        default=None,
        help="compare each SPEC (default: all of specs/) with its version at REV",
    )
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument(
        "--fail-on",
        choices=tuple(FAIL_ON),
        default="breaking",
        help="exit 1 when a change of this level (or worse) is found (default: breaking)",
    )
    parser.add_argument(
        "--acknowledged-by",
        metavar="FILE",
        default=None,
        help="a version file (generated/VERSION): breaking changes pass when its major is "
        "higher than at REV (needs --against)",
    )
    parser.add_argument(
        "--output", metavar="FILE", default=None, help="write the report here instead of stdout"
    )


def pairs(args: argparse.Namespace) -> list[tuple[str, str]]:
    if args.against is None:
        if len(args.specs) != 2:
            raise SourceUsageError(
                "diff needs OLD and NEW (files or git:REV:path), or --against REV [SPEC ...]"
            )
        return [(args.specs[0], args.specs[1])]
    specs = args.specs or [display_path(p) for p in sorted(SPECS_DIR.glob("*.yaml"))]
    return [(f"git:{args.against}:{_repo_path(spec)}", spec) for spec in specs]


def _repo_path(spec: str) -> str:
    return Path(spec).as_posix().removeprefix("./")


def run_pairs(pair_list: list[tuple[str, str]]) -> list[DiffResult]:
    return [_run_pair(old, new) for old, new in pair_list]


def _run_pair(old: str, new: str) -> DiffResult:
    if old.startswith(GIT_PREFIX) and _missing_at_revision(old):
        source = read_source(new)  # a spec the revision does not have yet: a new API
        change = Change(
            "spec-added",
            NON_BREAKING,
            "wire",
            "",
            "",
            source.location(""),
            f"new API {source.api.title!r}",
        )
        return DiffResult(old, new, [change])
    return diff_sources(*read_sources(old, new))


def _missing_at_revision(arg: str) -> bool:
    rev, _, path = arg[len(GIT_PREFIX) :].partition(":")
    return git_show(rev, "") is not None and git_show(rev, path) is None


def acknowledged(args: argparse.Namespace) -> bool:
    """Whether --acknowledged-by FILE (a PEP 440 version file) has a higher major than at REV.
    Raises SourceUsageError when it is not usable."""
    if args.acknowledged_by is None:
        return False
    if args.against is None:
        raise SourceUsageError("--acknowledged-by needs --against REV (the base to compare with)")
    path = Path(args.acknowledged_by)
    try:
        now = Version(path.read_text(encoding="utf-8").strip())
    except (OSError, InvalidVersion) as err:
        raise SourceUsageError(
            f"--acknowledged-by {path}: not a readable PEP 440 version ({err})"
        ) from None
    data = git_show(args.against, _repo_path(str(path)))
    try:
        then = Version(data.decode("utf-8").strip()) if data is not None else None
    except (UnicodeDecodeError, InvalidVersion):
        then = None
    ok = then is None or now.major > then.major
    print(
        f"{path}: {then or 'new'} -> {now}: breaking changes "
        + ("acknowledged" if ok else "NOT acknowledged (bump the major; make generate does)"),
        file=sys.stderr,
    )
    return ok


def main(args: argparse.Namespace) -> int:
    try:
        results = run_pairs(pairs(args))
        fail_levels = set(FAIL_ON[args.fail_on])
        if (
            BREAKING in fail_levels
            and any(r.semver == "major" for r in results)
            and acknowledged(args)
        ):
            fail_levels.discard(BREAKING)
    except SourceUsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    report = render(results, args.format, fail_levels)
    if args.output:
        try:
            Path(args.output).write_text(report, encoding="utf-8")
        except OSError as err:
            print(f"error: --output {args.output}: {err.strerror or err}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(report)
    failed = any(c.level in fail_levels for r in results for c in r.changes)
    return 1 if failed else 0
