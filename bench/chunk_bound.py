"""Would parallel chunks of the schema set make a very large spec's models faster?

    python bench/chunk_bound.py [SPEC ...]   (default: Okta and Stripe)

Independent chunks are the connected components of the `$ref` graph (a schema and everything
it refers to, or that refers to it, must be modelled together: names, imports and class order
depend on it). For each spec this prints the components, and times datamodel-code-generator on
the whole set, on the largest component and on the rest: with two cores, chunking cannot be
faster than the largest component alone. It also reports whether the chunks' modules, joined,
are the unchunked module byte for byte. They are not: besides the class order and the merged
imports, datamodel-code-generator numbers inline classes across the whole set (`Status12`,
`FieldLinks28`), and a chunk numbers its own.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from generator import shared_path  # noqa: E402
from generator.ir.load import load  # noqa: E402
from generator.render.models import _reference_loops, run_datamodel_codegen  # noqa: E402

REF = re.compile(r'"\$ref": "#/components/schemas/([^"]+)"')
DEFAULT = [
    shared_path() / "bench-specs" / "okta-management.yaml",
    shared_path() / "corpus" / "stripe__spec3.yaml",
]


def components(schemas: dict[str, Any]) -> list[list[str]]:
    parent = {name: name for name in schemas}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for name, schema in schemas.items():
        for ref in REF.findall(json.dumps(schema)):
            if ref in parent:
                parent[root(name)] = root(ref)
    groups: dict[str, list[str]] = {}
    for name in schemas:  # input order kept inside each group
        groups.setdefault(root(name), []).append(name)
    return sorted(groups.values(), key=len, reverse=True)


def timed(schemas: dict[str, Any], version: str) -> tuple[float, str]:
    started = time.perf_counter()
    source = run_datamodel_codegen(schemas, version)
    return time.perf_counter() - started, source


def joined(sources: list[str]) -> str:
    """The chunks' modules as one: the first one's header, every chunk's classes after it."""
    heads, bodies = [], []
    for source in sources:
        head, _, body = source.partition("\n\n\nclass ")
        heads.append(head)
        bodies.append("class " + body if body else "")
    imports = sorted({line for head in heads for line in head.splitlines() if line.startswith(("from ", "import "))})
    return "\n".join(imports) + "\n\n\n" + "\n\n\n".join(b.rstrip("\n") for b in bodies if b) + "\n"


def main() -> int:
    import datamodel_code_generator.parser.openapi  # noqa: F401  import time is not the question

    for spec in [Path(p) for p in sys.argv[1:]] or DEFAULT:
        api = load(spec)
        loops = _reference_loops(api.model_schemas)
        schemas = {n: s for n, s in api.model_schemas.items() if n not in loops}
        groups = components(schemas)
        largest = {n: schemas[n] for n in groups[0]}
        rest = {n: schemas[n] for group in groups[1:] for n in group}
        whole, source = timed(schemas, api.spec.version)
        big, big_source = timed(largest, api.spec.version)
        small, small_source = timed(rest, api.spec.version) if rest else (0.0, "")
        same = joined([big_source, small_source]) == source
        print(
            f"{spec.name}: {len(schemas)} schemas, {len(groups)} components, largest "
            f"{len(groups[0])} ({len(groups[0]) / len(schemas):.0%}); datamodel-code-generator "
            f"whole {whole:.2f} s, largest component {big:.2f} s, the rest {small:.2f} s; best "
            f"case on 2 cores {whole / max(big, small):.2f}x; joined output byte-identical: {same}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
