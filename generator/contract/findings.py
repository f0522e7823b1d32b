"""One finding type for every kind of drift, and its translation from Schemathesis failures.

A finding says where (operation, JSON pointer), what (check, expected vs actual, a sentence) and
how to see it again (a curl line). Findings are deduplicated per operation, check and pointer,
with array indices generalised, so a drifted field of a list is one finding, not one per item.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from schemathesis.core.failures import Failure

from generator.spec.loader import join_pointer

MAX_VALUE_CHARS = 200


@dataclass(frozen=True)
class Finding:
    operation: str  # "GET /public_api/v1/working_sessions": method, server path prefix and path
    check: str  # Schemathesis check name, e.g. response_schema_conformance
    status: int | None  # status code of the response that showed the drift
    pointer: str  # JSON pointer into the response body ("" is the whole response)
    expected: str
    actual: str
    message: str  # one or two sentences a person understands
    reproduce: str  # curl command line, secrets masked
    title: str = ""  # short kind of drift, e.g. "Response violates schema"
    code: str = ""  # Schemathesis failure code, e.g. ST108 (`st explain CODE`)
    cause: str = ""  # kind of mismatch, free of fuzzed values: "type:integer", "status 500"
    operations: tuple[str, ...] = ()  # every operation showing this root cause (grouped)
    verdict: str = ""  # reproducible or flaky, once re-run
    baseline: str = ""  # new, known (with the baseline's reason) or "" without a baseline
    location: str = ""  # FILE:LINE in the spec the server contradicts
    typed_call: str = ""  # the same request through our generated client, where it has one

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.operation, self.check, generalised(self.pointer))

    @property
    def root_cause(self) -> tuple[str, str, str]:
        return (self.check, self.cause or self.code, generalised(self.pointer))

    @property
    def fingerprint(self) -> str:
        """Same drift, same id on every night: check, cause, pointer and operations; never the
        fuzzed values."""
        parts = [*self.root_cause, *sorted(self.operations or (self.operation,))]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["operations"] = list(self.operations or (self.operation,))
        data["fingerprint"] = self.fingerprint
        return data


@dataclass(frozen=True)
class Note:
    """Something worth knowing that is not drift, e.g. an undocumented response field."""

    operation: str
    kind: str  # e.g. undocumented_property
    pointer: str
    message: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.operation, self.kind, re.sub(r"/\d+(?=/|$)", "/*", self.pointer))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def generalised(pointer: str) -> str:
    """Array indices replaced by `*`: a drifted field of a list is one finding."""
    return re.sub(r"/\d+(?=/|$)", "/*", pointer)


def group(findings: list[Finding]) -> list[Finding]:
    """One finding per root cause (check, cause, pointer), listing every operation it shows in;
    the plainest member's message and reproduction stand for the group."""
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.root_cause, []).append(finding)
    grouped = []
    for members in groups.values():
        operations = sorted({op for f in members for op in (f.operations or (f.operation,))})
        grouped.append(replace(min(members, key=plainness), operations=tuple(operations)))
    return sorted(grouped, key=lambda f: (f.operations[0], f.check, f.pointer))


def plainness(finding: Finding) -> tuple[bool, int, int]:
    """Which request a person would rather run to see a finding (lowest first): a read before a
    write, then the fewest characters that are not printable ASCII (fuzzed Unicode, raw bytes),
    then the shortest."""
    writes = finding.operation.partition(" ")[0] not in ("GET", "HEAD", "OPTIONS")
    odd = sum(
        1 for ch in finding.reproduce if not (ch.isascii() and ch.isprintable()) and ch != "\n"
    )
    return writes, odd, len(finding.reproduce)


def dedupe(items: list[Any], prefer: Callable[[Any], Any] | None = None) -> list[Any]:
    """One item per key, in a stable order (operation, check, pointer): the first one, or the
    lowest by `prefer`."""
    chosen: dict[tuple[str, str, str], Any] = {}
    for item in items:
        kept = chosen.setdefault(item.key, item)
        if prefer is not None and prefer(item) < prefer(kept):
            chosen[item.key] = item
    return sorted(chosen.values(), key=lambda item: item.key)


def short(value: Any) -> str:
    """A JSON rendering of a value, cut to a readable length."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 3] + "..."


def pointer_of(path: Any) -> str:
    return join_pointer("", *path)


def json_type(value: Any) -> str:
    """The JSON Schema type name of a decoded JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


@dataclass(frozen=True)
class Explanation:
    pointer: str
    expected: str
    actual: str
    message: str
    cause: str = ""  # kind of mismatch (see Finding.cause)


def explain(failure: Failure, status: int | None) -> Explanation:
    """Expected vs actual and a plain sentence for one failure."""
    handler = _EXPLAINERS.get(type(failure).__name__, _explain_generic)
    return handler(failure, status)


def _explain_schema(failure: Any, status: int | None) -> Explanation:
    keyword = str(failure.schema_path[-1]) if failure.schema_path else ""
    schema = failure.schema if isinstance(failure.schema, dict) else {}
    pointer = pointer_of(failure.instance_path)
    instance = failure.instance
    where = f"`{pointer}`" if pointer else "the body"
    if keyword == "required":
        missing = re.findall(r'"([^"]+)" is a required property', failure.validation_message)
        missing = missing or [m for m in schema.get("required", []) if m not in (instance or {})]
        name = missing[0] if missing else "?"
        pointer = join_pointer(pointer, name)
        return Explanation(
            pointer,
            "present (required)",
            "missing",
            f"required field `{pointer}` is missing from the {status} response",
            "required",
        )
    if keyword == "type":
        expected = schema.get("type")
        expected_text = " or ".join(expected) if isinstance(expected, list) else str(expected)
        return Explanation(
            pointer,
            expected_text,
            short(instance),
            f"{where} should be {expected_text} but the server sent "
            + ("null" if instance is None else f"{json_type(instance)} {short(instance)}"),
            f"type:{expected_text}<-{json_type(instance)}",
        )
    if keyword == "format":
        fmt = schema.get("format")
        return Explanation(
            pointer,
            f"string in format {fmt}",
            short(instance),
            f"{where} should be a {fmt} but the server sent {short(instance)}",
            f"format:{fmt}",
        )
    if keyword == "enum":
        return Explanation(
            pointer,
            "one of " + short(schema.get("enum")),
            short(instance),
            f"{where} has a value the spec does not list: {short(instance)}",
            "enum",
        )
    expected = f"{keyword}: {short(schema.get(keyword))}" if keyword in schema else keyword
    return Explanation(
        pointer,
        expected,
        short(instance),
        f"{where} does not match the spec ({failure.validation_message})",
        f"schema:{keyword}",
    )


def _status_list(codes: Any) -> str:
    return ", ".join(str(c) for c in codes) if codes else "?"


def _explain_status(failure: Any, status: int | None) -> Explanation:
    documented = _status_list(failure.defined_status_codes)
    return Explanation(
        "",
        f"one of {documented}",
        str(failure.status_code),
        f"the server answered {failure.status_code}, which the spec does not "
        f"document (documented: {documented})",
        f"status {failure.status_code}",
    )


def _explain_server_error(failure: Any, status: int | None) -> Explanation:
    return Explanation(
        "",
        "a status below 500",
        str(failure.status_code),
        f"the server failed with {failure.status_code} on a request it should handle",
        f"status {failure.status_code}",
    )


def _explain_content_type(failure: Any, status: int | None) -> Explanation:
    documented = ", ".join(failure.defined_content_types) or "?"
    return Explanation(
        "",
        documented,
        str(failure.content_type),
        f"the {status} response has Content-Type {failure.content_type}, "
        f"the spec documents {documented}",
        f"content-type {str(failure.content_type).split(';')[0].strip().lower()}",
    )


def _explain_missing_content_type(failure: Any, status: int | None) -> Explanation:
    documented = ", ".join(getattr(failure, "media_types", []) or []) or "a Content-Type"
    return Explanation(
        "",
        documented,
        "no Content-Type header",
        f"the {status} response has no Content-Type header",
        "no content-type",
    )


def _explain_malformed_json(failure: Any, status: int | None) -> Explanation:
    return Explanation(
        "",
        "a JSON body",
        short(failure.document),
        f"the {status} response body is not valid JSON ({failure.validation_message})",
        "malformed json",
    )


def _explain_headers(failure: Any, status: int | None) -> Explanation:
    missing = ", ".join(failure.missing_headers)
    return Explanation(
        "",
        f"headers {missing}",
        "missing",
        f"the {status} response lacks the documented header(s) {missing}",
        f"missing headers {missing.lower()}",
    )


def _explain_negative(failure: Any, status: int | None) -> Explanation:
    expected = _status_list(getattr(failure, "expected_statuses", None)) or "a 4xx status"
    lines = (failure.message or "").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("Invalid component")), None)
    why = " ".join(x.strip() for x in lines[start : start + 4]) if start is not None else ""
    why = why.replace("Invalid component:", "").strip() or _first_line(failure.message)
    return Explanation(
        "",
        f"rejection ({expected})",
        str(failure.status_code),
        f"the server answered {failure.status_code} to a request the spec calls invalid: {why}",
        f"accepted invalid with {failure.status_code}",
    )


def _explain_positive(failure: Any, status: int | None) -> Explanation:
    allowed = _status_list(getattr(failure, "allowed_statuses", None))
    return Explanation(
        "",
        f"acceptance ({allowed})",
        str(failure.status_code),
        f"the server rejected a request that matches the spec with {failure.status_code}",
        f"rejected valid with {failure.status_code}",
    )


_AUTH_PROBES = {
    "no_auth": "without any credential",
    "invalid_auth": "with an invalid credential",
    "generated_auth": "with an invalid credential",
}


def _explain_auth(failure: Any, status: int | None) -> Explanation:
    scenario = failure.scenario.value
    sent = _AUTH_PROBES.get(scenario, f"with {scenario.replace('_', ' ')}")
    return Explanation(
        "",
        "401 or 403",
        str(status),
        f"the server answered {status} to a request sent {sent}; the spec requires "
        "authentication for this operation",
        f"auth {scenario}",
    )


def _explain_use_after_free(failure: Any, status: int | None) -> Explanation:
    return Explanation(
        "",
        "404 (the resource was deleted)",
        str(status),
        f"after `{failure.free}` succeeded, `{failure.usage}` still answered {status}: the "
        "deleted resource is still there",
        failure.code,  # as before these had their own explainer: fingerprints stay
    )


def _explain_missing_after_create(failure: Any, status: int | None) -> Explanation:
    return Explanation(
        "",
        "the created resource",
        str(status),
        f"a resource created with `{failure.created_with}` was not found with "
        f"`{failure.not_available_with}` right after (answered {status})",
        failure.code,
    )


def _explain_generic(failure: Failure, status: int | None) -> Explanation:
    return Explanation(
        "",
        "the documented behaviour",
        f"HTTP {status}" if status is not None else "",
        _first_line(failure.message) or failure.title,
        failure.code or type(failure).__name__,
    )


def _first_line(text: str) -> str:
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip().rstrip(".")
    return ""


_EXPLAINERS = {
    "JsonSchemaError": _explain_schema,
    "UndefinedStatusCode": _explain_status,
    "ServerError": _explain_server_error,
    "ContentTypeServerError": _explain_server_error,
    "UndefinedContentType": _explain_content_type,
    "MalformedMediaType": _explain_generic,
    "MissingContentType": _explain_missing_content_type,
    "MalformedJson": _explain_malformed_json,
    "MissingHeaders": _explain_headers,
    "AcceptedNegativeData": _explain_negative,
    "RejectedPositiveData": _explain_positive,
    "IgnoredAuth": _explain_auth,
    "UseAfterFree": _explain_use_after_free,
    "EnsureResourceAvailability": _explain_missing_after_create,
}
