"""`python -m generator VERB ...`: the fixed command line (see docs/architecture.md).

This module only parses arguments; each verb lives in its own package and is imported lazily so
that `validate` does not pay for the mock server or Schemathesis.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import traceback
from collections.abc import Sequence

from generator import VENDORS, collector

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a process ended by SIGPIPE


DESCRIPTION = (
    "Spec-first SDK factory, stateful mock servers and drift detector for time-tracking vendor "
    "APIs (and any OpenAPI 3.0/3.1 file)."
)
_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}{_suggestion(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _suggestion(message: str) -> str:
    """`; did you mean 'generate'?` for a mistyped verb or choice."""
    found = _INVALID_CHOICE.search(message)
    if found is None:
        return ""
    choices = re.findall(r"'([^']*)'", found.group(2))
    close = difflib.get_close_matches(found.group(1), choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _port(text: str) -> int:
    port = int(text) if text.isdigit() else -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port number (0-65535; 0 picks a free one)"
        )
    return port


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "vendor",
        nargs="?",
        metavar="VENDOR",
        help=f"vendor id, one of: {', '.join(VENDORS)} (optional with --spec)",
    )
    parser.add_argument(
        "--spec",
        metavar="FILE",
        default=None,
        help="OpenAPI 3.0/3.1 file to use instead of the vendor's spec (a patched copy, a "
        "branch's version, or any other API); with VENDOR, the vendor's auth and quirks apply",
    )


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("timetracking-sdk-factory")
    except metadata.PackageNotFoundError:
        return "(not installed)"


class _VersionAction(argparse.Action):
    """`--version`: the installed version is looked up only when asked (importlib.metadata
    costs ~40 ms of imports that no verb needs)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; given the VERB about to run, only the parts it needs (diff's
    arguments import the diff engine, ~0.1 s that the other verbs need not pay)."""
    invoked = os.path.basename(sys.argv[0]) if sys.argv else ""
    prog = "ttsdk" if invoked == "ttsdk" else "python -m generator"
    parser = _Parser(prog=prog, description=DESCRIPTION)
    parser.add_argument("--version", action=_VersionAction, help="show the version")
    verbs = parser.add_subparsers(dest="verb", required=True, parser_class=_Parser)

    validate = verbs.add_parser("validate", help="validate specs (default: all of specs/)")
    validate.add_argument(
        "specs", nargs="*", metavar="SPEC", help="OpenAPI 3.0/3.1 files (default: all of specs/)"
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help="also apply the house rules (tags, summaries, error schemas, known x- keys); "
        "always on for the files in specs/",
    )

    generate = verbs.add_parser("generate", help="generate client code")
    generate.add_argument(
        "specs",
        nargs="*",
        metavar="SPEC",
        help="one OpenAPI file for a standalone client (with --out); default: the vendor specs",
    )
    generate.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when the output is stale"
    )
    generate.add_argument(
        "--out", metavar="DIR", help="output folder of a standalone client (default: generated/)"
    )
    generate.add_argument(
        "--package",
        metavar="NAME",
        help="import name of the standalone client (default: from the file name)",
    )

    mock = verbs.add_parser("mock", help="serve a stateful mock of a vendor or of any spec")
    _add_source(mock)
    mock.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    mock.add_argument(
        "--port", type=_port, default=0, help="port to listen on; 0 picks a free one (default: 0)"
    )
    mock.add_argument(
        "--seed",
        type=int,
        default=None,
        help="ids and timestamps derived from this number (every reply reproducible)",
    )
    mock.add_argument("--state", default=None, help="SQLite file that keeps state across restarts")
    mock.add_argument("--quiet", action="store_true", help="no access log line per request")

    contract = verbs.add_parser("contract", help="fuzz a server against a vendor spec or any spec")
    _add_source(contract)
    from generator.contract.arguments import add_arguments as add_contract_arguments

    add_contract_arguments(contract)

    overlay = verbs.add_parser("overlay", help="apply an OpenAPI Overlay document to a spec")
    overlay_verbs = overlay.add_subparsers(dest="overlay_verb", required=True, parser_class=_Parser)
    apply = overlay_verbs.add_parser("apply", help="apply OVERLAY to SPEC (to stdout or --out)")
    apply.add_argument("overlay", metavar="OVERLAY", help="an OpenAPI Overlay 1.0/1.1 document")
    apply.add_argument("spec", metavar="SPEC", help="the OpenAPI file to change")
    apply.add_argument(
        "--out", default=None, metavar="FILE", help="where to write the result (default: stdout)"
    )

    diff = verbs.add_parser("diff", help="classify the changes between two versions of a spec")
    if verb in (None, "diff"):
        from generator.diff.cli import add_arguments as add_diff_arguments

        add_diff_arguments(diff)
    return parser


def _verb(argv: Sequence[str]) -> str | None:
    """The verb of a command line: its first word that is not an option (the top-level options
    take no values)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(_verb(argv)).parse_args(argv)
    try:
        if args.verb == "validate":
            from generator.spec.validate import main as run
        elif args.verb == "generate":
            from generator.render.output_cache import answer

            answered = answer(args)  # generated/ as recorded for the same inputs, if it was
            if answered is not None:
                return answered
            from generator.render.model_worker import ForkedModelWriter

            # Forked before the imports below, which then overlap its own (see model_worker).
            with ForkedModelWriter() as writer, collector.paused():
                from generator.render.model_cache import CachedModelWriter
                from generator.render.project import main as generate

                return generate(args, CachedModelWriter(writer))
        elif args.verb == "mock":
            from generator.mock.serve import main as run
        elif args.verb == "diff":
            from generator.diff.cli import main as run
        elif args.verb == "overlay":
            from generator.overlay.apply import main as run
        elif args.all or args.jobs is not None:  # contract --all: one process per vendor
            from generator.contract.all_vendors import main as run
        else:
            from generator.contract.runner import main as run
        return run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head` stopped reading: nothing left to say, nowhere to say it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # spares the exit flush
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # a bug of ours: one line for users, the traceback on request
        if os.environ.get("GENERATOR_DEBUG"):
            traceback.print_exc()
        print(
            f"internal error: {type(exc).__name__}: {exc} (set GENERATOR_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_USAGE


def main_entry() -> None:
    """The `ttsdk` console script."""
    sys.exit(main())
