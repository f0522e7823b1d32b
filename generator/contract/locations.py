"""Where in our spec a finding points: FILE:LINE of the schema node, response or operation the
server contradicts (the loader remembers each node's line)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.contract.findings import Finding
from generator.ir import Operation
from generator.spec import walk
from generator.spec.loader import LoadedSpec, join_pointer, split_pointer


@dataclass(frozen=True)
class Location:
    file: str
    line: int
    pointer: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def locate_all(
    spec: LoadedSpec, findings: list[Finding], by_label: dict[str, Operation]
) -> list[Finding]:
    """The findings with `location` set (`by_label`: report label -> operation)."""
    located = []
    for f in findings:
        op = by_label.get(f.operation)
        located.append(replace(f, location=str(locate(spec, op, f))) if op else f)
    return located


def locate(spec: LoadedSpec, op: Operation, finding: Finding) -> Location:
    pointer = _pointer(spec, op, finding)
    return Location(spec.display_path, spec.line_of(pointer), pointer)


def _pointer(spec: LoadedSpec, op: Operation, finding: Finding) -> str:
    responses = join_pointer(op.pointer, "responses")
    if finding.check == "status_code_conformance":
        return responses  # the status is missing from this list
    code = _response_key(spec, responses, finding.status)
    if code is None:
        return op.pointer
    response = join_pointer(responses, code)
    if finding.check != "response_schema_conformance":
        return response
    schema = _schema_pointer(spec, response)
    if not schema:
        return response
    return walk.descend(spec.document, schema, split_pointer(finding.pointer))[0]


def _response_key(spec: LoadedSpec, responses: str, status: int | None) -> str | None:
    try:
        documented = spec.resolve_pointer(responses)
    except KeyError:
        return None
    if not isinstance(documented, dict) or status is None:
        return None
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if key in documented:
            return key
    return None


def _schema_pointer(spec: LoadedSpec, response: str) -> str:
    node, pointer = walk.follow(spec.document, response)
    content = node.get("content") if isinstance(node, dict) else None
    if not isinstance(content, dict):
        return ""
    media = next((m for m in content if "json" in m), next(iter(content), None))
    if media is None:
        return ""
    return join_pointer(pointer, "content", media, "schema")
