"""`python -m generator generate`: render the IR through templates/ into a client package."""

from __future__ import annotations

import argparse
import dataclasses
import keyword
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2
from ruff import find_ruff_bin

from generator import GENERATED_DIR, TEMPLATES_DIR, VENDORS, cache, vendor_spec_path
from generator.ir import Api
from generator.ir.load import load
from generator.render import output_cache, versioning
from generator.render.context import ApiView, ContextBuilder
from generator.render.filters import FILTERS
from generator.render.models import (
    InlineModelWriter,
    ModelGenerationError,
    ModelWriter,
    start_models,
)
from generator.render.tree import PACKAGE, GenerationError, finish
from generator.spec.loader import SpecError

DIST_NAME = "timetracking-clients"
DESCRIPTION = "Typed clients for time-tracking vendor APIs, generated from their OpenAPI specs."
VERSION = "0.1.0"
API_TEMPLATES = ("client.py", "resources.py", "errors.py")
_THIS_MODULE = Path(__file__)
_PACKAGE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class UsageError(GenerationError):
    """The command line itself is wrong (exit 2, like every other usage error)."""


@dataclass(frozen=True)
class ApiTarget:
    api: Api
    package_dir: str  # relative to the output folder, e.g. timetracking_clients/bamboohr
    import_path: str
    runtime_import: str  # relative import of the runtime from the API's modules
    readme_link: str = "README.md"  # where the package README links to this API's README


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once (Jinja's compiler is ~0.5 s for ours), kept in a DiskCache under
    a key of the template, this module (the environment's options) and the Jinja and Python
    versions; Jinja itself drops an entry whose template source has changed."""

    def __init__(self, store: cache.DiskCache) -> None:
        self.store = store

    def _entry(self, bucket: jinja2.bccache.Bucket) -> str:
        return cache.key(jinja2.__version__, sys.version, _THIS_MODULE.read_bytes(), bucket.key)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.store.get_bytes(self._entry(bucket))
        if data is not None:
            try:
                bucket.bytecode_from_string(data)
            except (ValueError, EOFError, TypeError):  # a damaged entry: compile again
                bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store.put_bytes(self._entry(bucket), bucket.bytecode_to_string())


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        bytecode_cache=CompiledTemplates(cache.DiskCache.named("templates")),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters.update(FILTERS)
    return env


def render_api(
    env: jinja2.Environment,
    target: ApiTarget,
    writer: ModelWriter,
    printed: list[str] | None = None,
) -> tuple[dict[str, str], ApiView]:
    """The API's modules and README, and the view they were rendered from; the warnings are
    printed (and added to `printed`).

    The models are asked for first and collected last, so that a forked `writer` generates
    them while this process renders the templates.
    """
    api = target.api
    try:
        models = start_models(api, target.runtime_import, writer)
        view: ApiView = ContextBuilder(api, target.import_path, target.readme_link).build()
        context = {"api": view, "runtime": target.runtime_import}
        files = {
            f"{target.package_dir}/{name}": env.get_template(f"api/{name}.j2").render(context)
            for name in API_TEMPLATES + ("__init__.py", "README.md")
        }
        known = len(api.warnings)
        files[f"{target.package_dir}/models.py"] = view.bodies.added_to(models())
    except ModelGenerationError as exc:
        raise GenerationError(str(api.spec.error("/components/schemas", f"models: {exc}"))) from None
    for warning in view.warnings + api.warnings[known:]:
        line = f"{warning.file}:{warning.line}: {warning.pointer or '/'}: warning: {warning.message}"
        print(line, file=sys.stderr)
        if printed is not None:
            printed.append(line)
    return files, view


def render_runtime(env: jinja2.Environment, package: str) -> dict[str, str]:
    return {
        f"{package}/_runtime/{path.name[:-3]}": env.get_template(f"runtime/{path.name}").render()
        for path in sorted((TEMPLATES_DIR / "runtime").glob("*.py.j2"))
    }


def render_package_files(
    env: jinja2.Environment,
    *,
    package: str,
    dist_name: str,
    description: str,
    out_name: str,
    apis: list[ApiView] | None,
    version: str = VERSION,
) -> dict[str, str]:
    context = {
        "package": package,
        "dist_name": dist_name,
        "description": description,
        "version": version,
        "out_name": out_name,
        "apis": apis or [],
    }
    files = {
        "pyproject.toml": env.get_template("package/pyproject.toml.j2").render(context),
        f"{package}/py.typed": "",
    }
    if apis is not None:
        files["README.md"] = env.get_template("package/README.md.j2").render(context)
        files[f"{package}/__init__.py"] = env.get_template("package/__init__.py.j2").render(context)
    return files


def load_api(path: Path) -> Api:
    """The IR to render, with a warnings list of its own: `load()` shares one IR per file, and
    rendering adds warnings (schemas typed as Any) that must not leak into the next render."""
    try:
        api = load(path)
    except SpecError as err:
        raise GenerationError(str(err)) from None
    return dataclasses.replace(api, warnings=list(api.warnings))


def render_vendor_package(
    writer: ModelWriter | None = None, printed: list[str] | None = None
) -> dict[str, str]:
    """All files of generated/ (the timetracking-clients distribution); the warnings printed
    are also added to `printed`."""
    writer = writer or InlineModelWriter()
    release = package_release()  # first: a forked `writer` is still importing its library
    env = environment()
    files: dict[str, str] = {}
    views: list[ApiView] = []
    for vendor in VENDORS:
        target = ApiTarget(
            api=load_api(vendor_spec_path(vendor)),
            package_dir=f"{PACKAGE}/{vendor}",
            import_path=f"{PACKAGE}.{vendor}",
            runtime_import=".._runtime",
            readme_link=f"{PACKAGE}/{vendor}/README.md",
        )
        api_files, view = render_api(env, target, writer, printed)
        files.update(api_files)
        views.append(view)
    files.update(render_runtime(env, PACKAGE))
    files.update(
        render_package_files(
            env,
            package=PACKAGE,
            dist_name=DIST_NAME,
            description=DESCRIPTION,
            out_name="generated",
            apis=views,
            version=release.version,
        )
    )
    files.update(release.files())
    return files


def package_release() -> versioning.Release:
    """generated/VERSION and CHANGELOG.md: bumped by the diff of the specs against git HEAD."""
    try:
        return versioning.release()
    except versioning.VersionFileError as err:
        raise GenerationError(str(err)) from None


def render_standalone(spec: Path, package: str, writer: ModelWriter | None = None) -> dict[str, str]:
    writer = writer or InlineModelWriter()
    env = environment()
    api = load_api(spec)
    target = ApiTarget(
        api=api, package_dir=package, import_path=package, runtime_import="._runtime"
    )
    files, _ = render_api(env, target, writer)
    files["README.md"] = files.pop(f"{package}/README.md")
    files.update(render_runtime(env, package))
    files.update(
        render_package_files(
            env,
            package=package,
            dist_name=package.replace("_", "-"),
            description=f"Client for {api.title}",
            out_name=package,
            apis=None,
        )
    )
    return files


def formatted(files: dict[str, str]) -> dict[str, str]:
    """The files after `ruff format` (run once over a scratch copy of the whole tree)."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
        result = subprocess.run(
            [
                find_ruff_bin(),  # not `python -m ruff`: that starts an interpreter just to exec it
                "format",
                "--quiet",
                "--isolated",
                "--line-length",
                "100",
                ".",
            ],
            cwd=root,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise GenerationError(
                f"generated code does not format (a generator bug): {result.stderr.strip()[:500]}"
            )
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def _standalone_args(args: argparse.Namespace) -> tuple[Path, Path, str]:
    if len(args.specs) != 1 or not args.out:
        raise UsageError("a standalone client needs exactly one SPEC and --out DIR")
    package = (
        args.package or re.sub(r"\W", "_", Path(args.specs[0]).stem).lower().strip("_") or "client"
    )
    if not _PACKAGE_NAME.match(package) or keyword.iskeyword(package):
        raise UsageError(f"--package {package!r} is not a valid Python package name")
    if Path(args.out).exists() and not Path(args.out).is_dir():
        raise UsageError(f"--out {args.out}: is a file, not a folder")
    return Path(args.specs[0]), Path(args.out), package


def run(args: argparse.Namespace, writer: ModelWriter) -> int:
    started = time.perf_counter()
    if args.specs or args.out:
        spec, out, package = _standalone_args(args)
        files = formatted(render_standalone(spec, package, writer))
        return finish(out, files, [package], args.check, started)
    inputs, printed = output_cache.vendor_tree_key(), list[str]()
    output = output_cache.Output(formatted(render_vendor_package(writer, printed)), printed)
    output_cache.record(inputs, output)
    code = finish(GENERATED_DIR, output.files, [PACKAGE], args.check, started)
    if not args.check:
        output_cache.record_written(inputs, output)
    return code


def main(args: argparse.Namespace, writer: ModelWriter) -> int:
    try:
        return run(args, writer)
    except GenerationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2 if isinstance(err, UsageError) else 1
