"""`python -m generator overlay apply OVERLAY SPEC [--out FILE]`: apply an OpenAPI Overlay.

The spec is edited in ruamel.yaml's round-trip mode, so the lines, comments, quoting and key order
that no action touches come out as they went in; a person reviews a small diff. Every node an
action changes gets an `x-observed` entry (date, fingerprint, what was seen) on the nearest object
that may carry extensions (a schema, a response, an operation, never a map of names such as
`properties`).

Overlay 1.0.x semantics: `target` is an RFC 9535 JSONPath; `update` is merged recursively into
each selected object (a scalar or an array in the update replaces the value it meets) or
appended to each selected array; `remove: true` removes each selected node. Overlay 1.1.x is
read too: its merges concatenate arrays, it may target scalars, and `copy` names the node to
merge instead of `update`. A `null` in an update is a placeholder and changes nothing (the
Overlay specification's structured example uses it so). A target that selects nothing is an
error: a proposal that no longer fits the spec must not pass silently.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import re
import sys
from collections.abc import Mapping, MutableMapping, MutableSequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonpath
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.error import YAMLError
from ruamel.yaml.util import load_yaml_guess_indent

from generator.spec.loader import SpecError, display_path, load_spec

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
OBSERVED = "x-observed"
# Maps whose keys are names chosen by the spec's author: an `x-observed` there would be a name.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "parameters",
        "headers",
        "content",
        "encoding",
        "examples",
        "links",
        "callbacks",
        "requestBodies",
        "securitySchemes",
        "pathItems",
        "variables",
        "mapping",
        "scopes",
        "webhooks",
    }
)
# Values that are data, not description: nothing is written inside them.
DATA_KEYS = frozenset({"example", "default", "const", "enum", "value"})
_JSONPATH = jsonpath.JSONPathEnvironment(strict=True)


class OverlayUsageError(Exception):
    """The overlay or the spec cannot be read at all (exit 2)."""


class ActionError(Exception):
    """One action cannot be applied (exit 1); the text names the file and the action."""


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    update: Any = None
    remove: bool = False
    copy: str | None = None
    description: str = ""
    fingerprint: str = ""
    seen: str = ""
    date: str = ""


@dataclass(frozen=True)
class Overlay:
    path: str  # as shown to users
    version: str
    title: str
    actions: tuple[Action, ...]
    lines: dict[int, int] = field(default_factory=dict)  # action index -> line in the file

    @property
    def concatenates_arrays(self) -> bool:
        return not self.version.startswith("1.0")

    def where(self, action: Action) -> str:
        line = self.lines.get(action.index, 0)
        return f"{self.path}:{line}: actions[{action.index}]"


@dataclass(frozen=True)
class Change:
    action: int
    kind: str  # update | remove | copy
    path: str  # normalized JSONPath of the changed node


# -- reading ------------------------------------------------------------------------------------


def read_overlay(path: str | Path) -> Overlay:
    try:
        loaded = load_spec(path)
    except SpecError as exc:
        raise OverlayUsageError(f"cannot read the overlay: {exc}") from None
    shown, doc = loaded.display_path, loaded.document
    if not isinstance(doc, dict):
        raise OverlayUsageError(f"{shown}:1: not an Overlay document (expected a mapping)")
    version = str(doc.get("overlay", ""))
    if not version.startswith(("1.0.", "1.1.")):
        line = loaded.line_of("/overlay")
        raise OverlayUsageError(
            f"{shown}:{line}: /overlay: expected an Overlay version 1.0.x or 1.1.x, "
            f"got {doc.get('overlay')!r}"
        )
    info = doc.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("title"), str):
        raise OverlayUsageError(f"{shown}:{loaded.line_of('/info')}: /info: needs a title")
    raw_actions = doc.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        line = loaded.line_of("/actions")
        raise OverlayUsageError(f"{shown}:{line}: /actions: needs at least one action")
    lines = {i: loaded.line_of(f"/actions/{i}") for i in range(len(raw_actions))}
    actions = tuple(
        _action(i, raw, f"{shown}:{lines[i]}: actions[{i}]") for i, raw in enumerate(raw_actions)
    )
    return Overlay(shown, version, info["title"], actions, lines)


def _action(index: int, raw: Any, where: str) -> Action:
    if not isinstance(raw, dict):
        raise OverlayUsageError(f"{where}: an action must be a mapping")
    target = raw.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayUsageError(f"{where}: target must be a JSONPath starting with $")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayUsageError(f"{where}: remove must be true or false")
    source = raw.get("copy")
    if source is not None and not isinstance(source, str):
        raise OverlayUsageError(f"{where}: copy must be a JSONPath")
    if not remove and "update" not in raw and source is None:
        raise OverlayUsageError(f"{where}: needs update, copy or remove: true")
    observed: dict[str, Any] = raw[OBSERVED] if isinstance(raw.get(OBSERVED), dict) else {}
    return Action(
        index=index,
        target=target,
        update=raw.get("update"),
        remove=remove,
        copy=source,
        description=str(raw.get("description") or ""),
        fingerprint=str(observed.get("fingerprint") or _action_fingerprint(raw)),
        seen=str(observed.get("seen") or raw.get("description") or ""),
        date=str(observed.get("date") or ""),
    )


def _action_fingerprint(raw: dict[str, Any]) -> str:
    text = json.dumps(raw, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


# -- applying -----------------------------------------------------------------------------------


def apply_overlay(overlay: Overlay, document: Any, today: str) -> list[Change]:
    """Apply every action, in order, to a round-trip document; raise ActionError on the first
    that cannot be applied."""
    changes: list[Change] = []
    for action in overlay.actions:
        changes.extend(_apply_action(overlay, action, document, today))
    return changes


def _select(overlay: Overlay, action: Action, query: str, document: Any) -> list[Any]:
    try:
        matches = list(_JSONPATH.finditer(query, document))
    except jsonpath.JSONPathError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ActionError(f"{overlay.where(action)}: bad JSONPath {query!r}: {first}") from None
    if not matches:
        raise ActionError(f"{overlay.where(action)}: {query} selects nothing in the spec")
    return matches


def _apply_action(overlay: Overlay, action: Action, document: Any, today: str) -> list[Change]:
    matches = _select(overlay, action, action.target, document)
    entry = {
        "date": action.date or today,
        "fingerprint": action.fingerprint,
        "seen": action.seen or f"overlay {overlay.title!r}, action {action.index}",
    }
    if action.remove:
        return _remove(overlay, action, matches, document, entry)
    update = action.update
    kind = "update"
    if action.copy is not None and update is None:
        sources = _select(overlay, action, action.copy, document)
        if len(sources) != 1:
            raise ActionError(
                f"{overlay.where(action)}: copy {action.copy} selects {len(sources)} nodes, not one"
            )
        update, kind = copy.deepcopy(_plain(sources[0].obj)), "copy"
    changes = []
    for match in matches:
        _update_node(overlay, action, match, update)
        _annotate(document, list(match.parts), entry)
        changes.append(Change(action.index, kind, match.path))
    return changes


def _update_node(overlay: Overlay, action: Action, match: Any, update: Any) -> None:
    node = match.obj
    if isinstance(node, MutableMapping):
        if not isinstance(update, Mapping):
            raise ActionError(
                f"{overlay.where(action)}: {match.path} is an object; update must be an object"
            )
        merge(node, update, concatenate=overlay.concatenates_arrays)
    elif isinstance(node, MutableSequence) and not isinstance(node, str):
        node.extend(fresh(update) if isinstance(update, list) else [fresh(update)])
    elif overlay.concatenates_arrays and match.parent is not None:
        if isinstance(update, Mapping | list):
            raise ActionError(
                f"{overlay.where(action)}: {match.path} is a scalar; update must be a scalar"
            )
        match.parent.obj[match.parts[-1]] = update
    else:
        raise ActionError(
            f"{overlay.where(action)}: {match.path} is a scalar; in Overlay 1.0 target the "
            "object that contains it and update that key"
        )


def merge(
    target: MutableMapping[str, Any], update: Mapping[str, Any], *, concatenate: bool
) -> None:
    """Merge `update` into `target` in place, keeping the position (and comments) of every key
    that exists; new keys go last."""
    for key, value in update.items():
        if value is None:
            continue
        current = target.get(key)
        if isinstance(value, Mapping) and isinstance(current, MutableMapping):
            merge(current, value, concatenate=concatenate)
        elif concatenate and isinstance(value, list) and isinstance(current, MutableSequence):
            current.extend(fresh(value))
        else:
            target[key] = fresh(value)


def fresh(value: Any) -> Any:
    """A copy of an update value as round-trip nodes: a list of scalars in flow style
    (`type: [integer, string]`), everything else in block style."""
    if isinstance(value, Mapping):
        node = CommentedMap()
        for k, v in value.items():
            node[k] = fresh(v)
        return node
    if isinstance(value, list):
        seq = CommentedSeq(fresh(v) for v in value)
        if all(not isinstance(v, Mapping | list) for v in value):
            seq.fa.set_flow_style()
        return seq
    return value


def _remove(
    overlay: Overlay, action: Action, matches: list[Any], document: Any, entry: dict[str, str]
) -> list[Change]:
    if any(match.parent is None for match in matches):
        raise ActionError(f"{overlay.where(action)}: the document root cannot be removed")
    # Later list items first, so that the indices of the others stay right.
    ordered = sorted(
        matches, key=lambda m: m.parts[-1] if isinstance(m.parts[-1], int) else -1, reverse=True
    )
    changes = []
    for match in ordered:
        del match.parent.obj[match.parts[-1]]
        _annotate(document, list(match.parts[:-1]), entry)
        changes.append(Change(action.index, "remove", match.path))
    return changes


# -- x-observed ---------------------------------------------------------------------------------


def annotation_parts(document: Any, parts: list[Any]) -> list[Any]:
    """The path of the nearest node at or above `parts` that may carry an `x-observed`: a
    mapping that is an OpenAPI or Schema object, not a map of names and not data."""
    best: list[Any] = []
    node, in_name_map = document, False
    for depth, part in enumerate(parts):
        if (
            isinstance(part, str)
            and (part in DATA_KEYS or part.startswith("x-"))
            and not in_name_map
        ):
            break
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        is_name_map = (
            isinstance(part, str)
            and not in_name_map
            and (
                part in NAME_MAPS
                or (part == "responses" and parts[depth - 1 : depth] == ["components"])
            )
        )
        if isinstance(node, Mapping) and not is_name_map:
            best = parts[: depth + 1]
        in_name_map = is_name_map
    return best


def _annotate(document: Any, parts: list[Any], entry: dict[str, str]) -> None:
    node = document
    for part in annotation_parts(document, parts):
        node = node[part]
    if not isinstance(node, MutableMapping):
        return
    entries = node.get(OBSERVED)
    if not isinstance(entries, MutableSequence):
        entries = [] if entries is None else [entries]
    if any(
        isinstance(e, Mapping) and e.get("fingerprint") == entry["fingerprint"] for e in entries
    ):
        return
    entries.append(dict(entry))
    if isinstance(node, CommentedMap) and node.fa.flow_style():
        node.fa.set_block_style()
    node[OBSERVED] = entries


def _plain(value: Any) -> Any:
    """A ruamel node as plain dicts and lists (no comments or anchors carried along)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# -- files --------------------------------------------------------------------------------------


@dataclass
class RoundTrip:
    """A spec file read for editing: the document and how to write it back the same way."""

    document: Any
    yaml: YAML | None  # None for JSON

    def dump(self) -> str:
        if self.yaml is None:
            return json.dumps(_plain(self.document), indent=2, ensure_ascii=False) + "\n"
        out = io.StringIO()
        self.yaml.dump(self.document, out)
        return out.getvalue()


def read_round_trip(path: Path) -> RoundTrip:
    # The one loader checks the file first: readable, no duplicate keys, no alias bomb.
    try:
        load_spec(path)
        text = path.read_text(encoding="utf-8")
    except SpecError as exc:
        raise OverlayUsageError(f"cannot read the spec: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OverlayUsageError(f"cannot read the spec {display_path(path)}: {exc}") from None
    if path.suffix.lower() == ".json":
        return RoundTrip(json.loads(text), None)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1 << 30  # never re-wrap a long line
    yaml.brace_single_entry_mapping_in_flow_sequence = True  # [{basic: []}] stays as written
    yaml.representer.add_representer(type(None), _represent_null)
    yaml.Emitter = _Emitter
    try:
        _, sequence, offset = load_yaml_guess_indent(text)
        mapping = _mapping_indent(text)
        yaml.indent(mapping=mapping, sequence=sequence or mapping, offset=offset or 0)
        document = yaml.load(text)
    except YAMLError as exc:
        raise OverlayUsageError(f"cannot read the spec {display_path(path)}: {exc}") from None
    return RoundTrip(document, yaml)


class _Emitter(Emitter):
    MAX_SIMPLE_KEY_LENGTH = 1 << 16  # a long path stays `key:`, not `? key`


def _represent_null(representer: Any, value: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _mapping_indent(text: str) -> int:
    """The indentation of the first nested mapping key (ruamel's guess measures sequences)."""
    for line in text.splitlines():
        match = re.match(r"^( +)[^\s#-]", line)
        if match:
            return len(match.group(1))
    return 2


def today_utc() -> str:
    return datetime.now(UTC).date().isoformat()


def apply_file(
    overlay_path: str | Path, spec_path: str | Path, today: str | None = None
) -> tuple[str, list[Change]]:
    """The text of the spec with the overlay applied, and the changes made."""
    overlay = read_overlay(overlay_path)
    spec = read_round_trip(Path(spec_path))
    changes = apply_overlay(overlay, spec.document, today or today_utc())
    return spec.dump(), changes


def main(args: argparse.Namespace) -> int:
    try:
        text, changes = apply_file(args.overlay, args.spec)
    except OverlayUsageError as exc:
        print(f"overlay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ActionError as exc:
        print(f"overlay: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.out:
        try:
            Path(args.out).write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"overlay: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    actions = len({c.action for c in changes})
    print(f"overlay: {actions} action(s) applied, {len(changes)} node(s) changed", file=sys.stderr)
    return EXIT_OK
