"""Turn the drift a contract run found into a proposed spec fix: REPORT_DIR/overlay.yaml.

One Overlay 1.0 action per finding the spec can absorb (a type widened or changed, a field now
null, a required field missing, a new enum value, a new status code, another content type, a
changed date format), each commented with the finding's fingerprint and the masked evidence.
Drift that signals a broken server is never absorbed: any 5xx, a timeout or network error, an
HTML error page, a body that is not JSON. Neither is what no spec edit answers (accepted invalid
data, rejected valid data, ignored credentials); those stay findings in drift.md.

Actions are computed one after another on a working copy of the spec, so that two findings on
one node (two missing required fields of one object) make one consistent change.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from generator.contract.findings import json_type
from generator.ir import Api, Operation
from generator.overlay.apply import merge
from generator.spec import walk
from generator.spec.loader import join_pointer, split_pointer

OVERLAY_FILE = "overlay.yaml"
_SCHEMA_CHECK = "response_schema_conformance"
_JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
_MASK = "***"


@dataclass(frozen=True)
class Step:
    target: str  # JSONPath
    update: Any = None  # None: remove the target


@dataclass(frozen=True)
class Proposal:
    fingerprint: str
    finding: Any
    description: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Refusal:
    fingerprint: str
    finding: Any
    reason: str


def fingerprint(finding: Any) -> str:
    """The finding's own fingerprint when it has one, else a hash of check, operation and
    generalised pointer (array indices as *): stable across runs and seeds."""
    own = getattr(finding, "fingerprint", "")
    if own:
        return str(own)
    pointer = re.sub(r"/\d+(?=/|$)", "/*", finding.pointer)
    text = f"{finding.check}\n{finding.operation}\n{pointer}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def jsonpath_of(parts: Iterable[Any]) -> str:
    """A normalized-looking JSONPath for a list of keys: $.paths['/entries'].get."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += "." + part
        else:
            out += "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return out


class _Proposer:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.doc = copy.deepcopy(api.spec.document)  # the working copy, changed as we go
        self.v30 = str(self.doc.get("openapi", "")).startswith("3.0")
        prefix = _path_prefix(api.base_url)
        self.ops = {f"{op.method} {prefix}{op.path}": op for op in api.operations}

    # -- navigation -----------------------------------------------------------------------------
    def get(self, parts: list[Any]) -> Any:
        node = self.doc
        for part in parts:
            node = node[part]
        return node

    def parts_of(self, pointer: str) -> list[Any]:
        """The keys of a JSON pointer into the working copy (list indices as ints, as JSONPath
        and `get` want them)."""
        node, parts = self.doc, []
        for token in split_pointer(pointer):
            key = int(token) if isinstance(node, list) else token
            parts.append(key)
            node = node[key]
        return parts

    def schema_at(self, response: list[Any], pointer: str) -> list[Any] | None:
        """The schema that describes the instance at `pointer` of a response body."""
        content = self.get(response).get("content") or {}
        media = next((m for m in content if "json" in m.lower()), next(iter(content), None))
        if media is None or not isinstance(content[media], dict) or "schema" not in content[media]:
            return None
        schema = join_pointer("", *response, "content", media, "schema")
        found, complete = walk.descend(self.doc, schema, split_pointer(pointer))
        return self.parts_of(found) if complete else None

    def response_parts(self, op: Operation, status: int | None) -> list[Any] | None:
        responses = [*split_pointer(op.pointer), "responses"]
        keys = {str(k).upper(): k for k in self.get(responses)}
        if status is None:
            return None
        for key in (str(status), f"{str(status)[0]}XX", "DEFAULT"):
            if key in keys:
                return [*responses, keys[key]]
        return None

    # -- the rules ------------------------------------------------------------------------------
    def propose(self, finding: Any) -> Proposal | Refusal:
        mark = fingerprint(finding)
        reason = _never_absorbed(finding)
        if reason:
            return Refusal(mark, finding, reason)
        op = self.ops.get(finding.operation)
        if op is None:
            return Refusal(mark, finding, "the operation is not in the spec")
        rule = {
            _SCHEMA_CHECK: self.schema_drift,
            "status_code_conformance": self.new_status,
            "content_type_conformance": self.new_content_type,
        }.get(finding.check)
        if rule is None:
            return Refusal(mark, finding, f"no spec change answers {finding.check}")
        result = rule(op, finding, mark)
        if isinstance(result, str):
            return Refusal(mark, finding, result)
        return result

    def schema_drift(self, op: Operation, finding: Any, mark: str) -> Proposal | str:
        response = self.response_parts(op, finding.status)
        if response is None:
            return "the response is not documented"
        expected = finding.expected
        if expected == "present (required)":
            return self.not_required(response, finding, mark)
        site = self.schema_at(response, finding.pointer)
        if site is None:
            return "cannot find the schema of this field"
        observed = _observed_value(finding.actual)
        if expected.startswith("string in format "):
            return self.drop_format(site, finding, mark, observed)
        if expected.startswith("one of "):
            return self.add_enum_value(site, finding, mark, observed)
        if all(t in _JSON_TYPES for t in expected.split(" or ")):
            return self.widen_type(site, finding, mark, observed)
        return f"no rule absorbs `{expected}`"

    def widen_type(self, site: list[Any], finding: Any, mark: str, observed: Any) -> Proposal | str:
        seen = _type_of(observed, finding.actual)
        if seen is None:
            return "cannot tell the observed type"
        node = self.get(site)
        if self.v30:
            if seen != "null":
                return "OpenAPI 3.0 cannot widen a type in place; edit the spec by hand"
            return self.change(
                mark, finding, site, {"nullable": True}, f"`{finding.pointer}` may be null"
            )
        current = node.get("type")
        types = list(current) if isinstance(current, list) else [current] if current else []
        if seen in types:
            return "the observed type is already allowed"
        what = "may be null" if seen == "null" else f"may also be {seen}"
        return self.change(
            mark, finding, site, {"type": [*types, seen]}, f"`{finding.pointer}` {what}"
        )

    def not_required(self, response: list[Any], finding: Any, mark: str) -> Proposal | str:
        parent, _, name = finding.pointer.rpartition("/")
        name = split_pointer("/" + name)[0]
        site = self.schema_at(response, parent)
        if site is None:
            return "cannot find the schema of the object"
        holder = self.required_holder(site, name)
        if holder is None:
            return "cannot find the `required` list naming this field"
        rest = [n for n in self.get(holder)["required"] if n != name]
        why = f"`{name}` is not always sent"
        if not rest:  # no field left required: the list goes (an empty one is invalid in 3.0)
            del self.get(holder)["required"]
            return Proposal(mark, finding, why, (Step(jsonpath_of([*holder, "required"])),))
        return self.change(mark, finding, holder, {"required": rest}, why)

    def required_holder(self, site: list[Any], name: str) -> list[Any] | None:
        """The schema (the one at `site` or an allOf part of it) whose `required` names `name`."""
        for pointer, node in walk.parts_at(self.doc, join_pointer("", *site), ("allOf",)):
            if name in (node.get("required") or []):
                return self.parts_of(pointer)
        return None

    def drop_format(
        self, site: list[Any], finding: Any, mark: str, observed: Any
    ) -> Proposal | str:
        """Overlay 1.0 cannot delete one keyword: the node is removed, then written back with the
        documented format and the observed shape (a `pattern`) as alternatives."""
        node = copy.deepcopy(self.get(site))
        fmt = node.pop("format", None)
        if fmt is None:
            return "the schema has no format"
        if isinstance(observed, str) and _MASK not in observed and "anyOf" not in node:
            # Other operations may still send the documented format: either shape is fine.
            node["anyOf"] = [{"format": fmt}, {"pattern": _shape(observed)}]
        parent, key = site[:-1], site[-1]
        del self.get(parent)[key]
        self.get(parent)[key] = node
        return Proposal(
            mark,
            finding,
            f"`{finding.pointer}` is sent as {finding.actual}, not as a {fmt}",
            (Step(jsonpath_of(site)), Step(jsonpath_of(parent), {key: node})),
        )

    def add_enum_value(
        self, site: list[Any], finding: Any, mark: str, observed: Any
    ) -> Proposal | str:
        values = self.get(site).get("enum")
        if not isinstance(values, list) or observed is _UNKNOWN:
            return "cannot read the observed value"
        return self.change(
            mark,
            finding,
            site,
            {"enum": [*values, observed]},
            f"`{finding.pointer}` has a new value {finding.actual}",
        )

    def new_status(self, op: Operation, finding: Any, mark: str) -> Proposal | str:
        status = finding.actual
        if not status.isdigit():
            return "cannot read the observed status"
        responses = [*split_pointer(op.pointer), "responses"]
        documented = self.get(responses)
        same_class = [
            k for k in documented if str(k)[:1] == status[:1] and isinstance(documented[k], dict)
        ]
        template = copy.deepcopy(documented[same_class[0]]) if same_class else {}
        template.pop("x-observed", None)
        template["description"] = (
            template.get("description") or f"Observed: the server answers {status}."
        )
        return self.change(
            mark, finding, responses, {status: template}, f"the server answers {status}"
        )

    def new_content_type(self, op: Operation, finding: Any, mark: str) -> Proposal | str:
        response = self.response_parts(op, finding.status)
        if response is None:
            return "the response is not documented"
        media = finding.actual.split(";")[0].strip().lower()
        if not re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+*-]+", media):
            return "cannot read the observed content type"
        content = self.get(response).get("content") or {}
        json_schema = next(
            (
                v.get("schema")
                for k, v in content.items()
                if "json" in k.lower() and isinstance(v, dict)
            ),
            None,
        )
        schema = (
            copy.deepcopy(json_schema) if "json" in media and json_schema else {"type": "string"}
        )
        return self.change(
            mark,
            finding,
            [*response, "content"],
            {media: {"schema": schema}},
            f"the {finding.status} response is sent as {media}",
        )

    def change(
        self, mark: str, finding: Any, parts: list[Any], update: dict[str, Any], why: str
    ) -> Proposal:
        merge(self.get(parts), update, concatenate=False)
        return Proposal(mark, finding, why, (Step(jsonpath_of(parts), copy.deepcopy(update)),))


_UNKNOWN = object()


def _path_prefix(base_url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(base_url).path.rstrip("/")


def _never_absorbed(finding: Any) -> str:
    status = finding.status or 0
    if status >= 500 or finding.check == "not_a_server_error":
        return "a server error is a broken server, not a spec change"
    text = f"{finding.actual} {finding.message}".lower()
    if "timeout" in text or "timed out" in text:
        return "a timeout is a broken server, not a spec change"
    if "text/html" in text or finding.actual.lstrip('"').lstrip().startswith("<"):
        return "an HTML page is an error page, not a spec change"
    if "not valid json" in text:
        return "a body that is not JSON is a broken response"
    return ""


def _observed_value(actual: str) -> Any:
    try:
        return json.loads(actual)
    except ValueError:
        return _UNKNOWN  # cut to length (ends in ...) or not JSON


def _type_of(value: Any, text: str) -> str | None:
    if value is _UNKNOWN:
        first = text[:1]
        return {'"': "string", "[": "array", "{": "object"}.get(first)
    return json_type(value)


def _shape(value: str) -> str:
    """A pattern of the observed value's shape: 01/02/2024 -> ^\\d{2}/\\d{2}/\\d{4}$."""
    out = []
    for run in re.findall(r"\d+|[A-Za-z]+|.", value):
        if run.isdigit():
            out.append(rf"\d{{{len(run)}}}")
        elif run.isalpha() and run.isascii():
            out.append(rf"[A-Za-z]{{{len(run)}}}")
        else:
            out.append(re.escape(run))
    return "^" + "".join(out) + "$"


def _comment(text: str) -> str:
    return " ".join(str(text).split())  # no line break can end the comment early


def propose(api: Api, findings: Iterable[Any]) -> tuple[list[Proposal], list[Refusal]]:
    proposer = _Proposer(api)
    proposals: list[Proposal] = []
    refusals: list[Refusal] = []
    for finding in findings:
        result = proposer.propose(finding)
        (proposals if isinstance(result, Proposal) else refusals).append(result)  # type: ignore[arg-type]
    return proposals, refusals


def render(
    api: Api, proposals: list[Proposal], refusals: list[Refusal], spec: str, today: str
) -> str:
    lines = [
        f"# Proposed changes to {spec}: what the server did that the spec does not say.",
        f"# Review each one (drift may be a server bug), then: python -m generator overlay apply overlay.yaml {spec}",
    ]
    if refusals:
        lines.append("# Not absorbed (they stay findings):")
        lines += [
            f"#   {r.fingerprint} {_comment(r.finding.operation)} [{r.finding.check}]: {_comment(r.reason)}"
            for r in refusals
        ]
    header = {
        "overlay": "1.0.0",
        "info": {"title": f"Drift of {api.title or spec} observed on {today}", "version": today},
    }
    lines.append(
        yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1 << 20).rstrip()
    )
    lines.append("actions:")
    for p in proposals:
        f = p.finding
        lines.append(
            f"  # {p.fingerprint} {_comment(f.operation)} [{f.check}] {_comment(f.pointer) or '(whole response)'}"
        )
        lines.append(f"  # observed: {_comment(f.actual)} (spec: {_comment(f.expected)})")
        observed = {"date": today, "fingerprint": p.fingerprint, "seen": _comment(f.message)}
        actions = [_action(step, p.description, dict(observed)) for step in p.steps]
        text = yaml.safe_dump(actions, sort_keys=False, allow_unicode=True, width=1 << 20)
        lines += ["  " + line for line in text.rstrip().splitlines()]
    return "\n".join(lines) + "\n"


def _action(step: Step, description: str, observed: dict[str, str]) -> dict[str, Any]:
    action: dict[str, Any] = {"target": step.target, "description": description}
    if step.update is None:
        action["remove"] = True
    else:
        action["update"] = step.update
    action["x-observed"] = observed
    return action


def write_proposal(
    report_dir: Path, api: Api, findings: Iterable[Any], spec: str, today: str | None = None
) -> Path | None:
    """Write REPORT_DIR/overlay.yaml when a finding can be absorbed (and remove a stale one
    otherwise); the path written, or None."""
    path = report_dir / OVERLAY_FILE
    proposals, refusals = propose(api, findings)
    if not proposals:
        path.unlink(missing_ok=True)
        return None
    path.write_text(
        render(api, proposals, refusals, spec, today or datetime.now(UTC).date().isoformat()),
        encoding="utf-8",
    )
    return path
