"""The one loader: every part of the tool reads specs through `load_spec`.

A spec is untrusted input. It is parsed with a safe YAML loader (JSON is YAML), only local
`$ref`s are followed, and every node remembers the line it came from so that problems can be
reported as `FILE:LINE: JSON-POINTER: message`.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from generator import cache, collector


@dataclass(frozen=True)
class SpecError(Exception):
    """A located problem in a spec file."""

    file: str
    line: int
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.pointer or '/'}: {self.message}"

    def __reduce__(self) -> tuple[Any, tuple[str, int, str, str]]:
        # Exception's own reduce sets the fields one by one, which a frozen dataclass refuses:
        # an IR with warnings could not travel from a worker process.
        return type(self), (self.file, self.line, self.pointer, self.message)


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer_token(str(t)) for t in tokens)


def resolve_in(document: Any, pointer: str) -> Any:
    """The node a JSON pointer names in `document` (array indices as digits); KeyError when
    there is none."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def split_pointer(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [unescape_pointer_token(t) for t in pointer.lstrip("/").split("/")]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader (libyaml when present) that rejects duplicate keys and keeps timestamps as text."""


# Dates and times stay strings: OpenAPI means text, and PyYAML would turn them into objects.
_LineLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key).lower() if isinstance(key, bool) else str(key)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _line_index(root: yaml.Node, shown: str) -> dict[str, int]:
    """Map JSON pointers to 1-based line numbers by walking the composed YAML node tree.

    The walk is over the tree as everything after loading sees it, with aliases expanded; so
    the first node it meets twice (an alias) has the whole expansion measured before it goes
    on, and a document that would expand past MAX_EXPANDED_NODES is refused."""
    lines: dict[str, int] = {}
    met: set[int] = set()
    expansion_checked = False
    stack: list[tuple[str, yaml.Node]] = [("", root)]
    while stack:
        pointer, node = stack.pop()
        lines[pointer] = node.start_mark.line + 1
        if isinstance(node, yaml.ScalarNode):
            continue
        if not expansion_checked and id(node) in met:
            _refuse_alias_bomb(root, shown)
            expansion_checked = True
        met.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = join_pointer(pointer, str(getattr(key_node, "value", "")))
                stack.append((child, value_node))
                lines[child] = key_node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((join_pointer(pointer, i), item) for i, item in enumerate(node.value))
    return lines


@dataclass
class LoadedSpec:
    """A parsed spec: the raw document, where each node came from, and local `$ref` resolution."""

    path: Path
    document: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def display_path(self) -> str:
        return display_path(self.path)

    def line_of(self, pointer: str) -> int:
        """Line of the node at `pointer`, or of its nearest located ancestor."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rsplit("/", 1)[0]
        return 1

    def error(self, pointer: str, message: str) -> SpecError:
        return SpecError(self.display_path, self.line_of(pointer), pointer, message)

    def resolve_pointer(self, pointer: str) -> Any:
        return resolve_in(self.document, pointer)

    def resolve_ref(self, ref: str, at: str = "") -> Any:
        """Target of a local `$ref` (`#/...`); a remote or broken one is a located SpecError."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise self.error(at, f"only local $ref values are supported, got {ref!r}")
        try:
            return self.resolve_pointer(ref[1:])
        except KeyError:
            raise self.error(at, f"unresolved $ref {ref!r}") from None

    def deref(self, node: Any, at: str = "") -> Any:
        """Follow `$ref` chains (not cycles) until a node without `$ref`."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise self.error(at, f"circular $ref {ref!r}")
            seen.add(ref)
            node = self.resolve_ref(ref, at)
        return node

    @cached_property
    def version(self) -> str:
        return str(self.document.get("openapi", self.document.get("swagger", "")))


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(path)


def load_spec(path: str | Path) -> LoadedSpec:
    """Parse a YAML or JSON OpenAPI file; raise SpecError (never a traceback) when it can't."""
    path = Path(path)
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(shown, 0, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(shown, 0, "", f"cannot read file: {exc}") from None
    document, lines = _parse(text, path.suffix == ".json", shown)
    if not isinstance(document, dict):
        raise SpecError(shown, 1, "", "the document is not a mapping (expected an OpenAPI object)")
    return LoadedSpec(path=path, document=document, lines=lines)


# What a parse depends on besides the text: this module, the YAML library, marshal's format.
_PARSER = (Path(__file__).read_bytes(), yaml.__version__, _BaseLoader.__name__, sys.version)


def _parse(text: str, is_json: bool, shown: str) -> tuple[Any, dict[str, int]]:
    """The document and its line index, kept in the DiskCache "specs" by text: a spec read
    before is not parsed again (marshal reads a parsed spec ~10x faster than libyaml parses
    it, and can hold only plain values: no code runs on reading an entry)."""
    store = cache.DiskCache.named("specs", max_entries=16)
    entry = cache.key(*_PARSER, str(marshal.version), str(is_json), text)
    kept = store.get_bytes(entry)
    if kept is not None:
        try:
            document, lines = marshal.loads(kept)
            return document, lines
        except (EOFError, ValueError, TypeError):
            pass  # a damaged entry: parse again
    with collector.paused():  # a million containers, no cycles (Okta: 1.4 s -> 0.8 s)
        document, lines = _load_json(text, shown) if is_json else _load_yaml(text, shown)
    with contextlib.suppress(ValueError):  # a value marshal cannot keep: parsed every time
        store.put_bytes(entry, marshal.dumps((document, lines)))
    return document, lines


# YAML aliases share one node, but everything after loading walks the expanded tree: a few
# lines of nested aliases (a "billion laughs" document) would make that walk run for hours.
# The largest real spec here, NetBox, expands to ~220,000 nodes.
MAX_EXPANDED_NODES = 5_000_000


def _expanded_size(root: yaml.Node) -> int:
    """How many nodes the document has once every alias is expanded (shared nodes counted once
    per use); linear in the number of distinct nodes."""
    sizes: dict[int, int] = {}
    # On the current path: a recursive alias, which construction rejects.
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            children = []
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes.get(id(child), 0) for child in children)
        elif id(node) not in sizes and id(node) not in open_nodes:
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children)
    return sizes[id(root)]


def _refuse_alias_bomb(root: yaml.Node, shown: str) -> None:
    if _expanded_size(root) > MAX_EXPANDED_NODES:
        raise SpecError(
            shown,
            1,
            "",
            f"YAML aliases expand this document past {MAX_EXPANDED_NODES:,} nodes; "
            "refusing it (a YAML alias bomb?)",
        )


def _load_yaml(text: str, shown: str) -> tuple[Any, dict[str, int]]:
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines = _line_index(node, shown)  # refuses an alias bomb before anything expands it
        return loader.construct_document(node), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise SpecError(shown, line, "", f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise SpecError(shown, 0, "", f"invalid YAML: {exc}") from None
    except RecursionError:
        raise SpecError(shown, 0, "", "invalid YAML: nested too deeply") from None
    finally:
        loader.dispose()


def _load_json(text: str, shown: str) -> tuple[Any, dict[str, int]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(shown, exc.lineno, "", f"invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise SpecError(shown, 0, "", "invalid JSON: nested too deeply") from None
    return document, {}
