"""Where each security scheme's credential travels on the wire, read once from the IR.

The generated clients' runtime tables, the mock (which reads the credential back and masks it
in its log), the contract runner (curl lines with `$VARIABLE`s, masked recordings) all ask this
module, so a credential is never found in one place and masked in another.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.model import Api, SecurityScheme

AUTHORIZATION = "Authorization"


@dataclass(frozen=True)
class Placement:
    scheme: str  # key in components/securitySchemes
    location: str  # header | query | cookie | body
    name: str  # the header, query parameter or cookie name, or the JSON body property
    operations: tuple[str, ...] = ()  # body: the operation ids that send it there


def scheme_placement(scheme: SecurityScheme) -> Placement:
    """The scheme's own place: HTTP and OAuth schemes in Authorization, an API key where its
    `in` says."""
    if scheme.kind == "apiKey":
        return Placement(scheme.key, scheme.location, scheme.param_name)
    return Placement(scheme.key, "header", AUTHORIZATION)


def placements(api: Api, schemes: tuple[SecurityScheme, ...] | None = None) -> list[Placement]:
    """Every place a credential of `schemes` (default: all the spec's) travels: each scheme's
    own, then each body property that carries one (`x-credential`) with its operations."""
    chosen = api.security_schemes if schemes is None else schemes
    keys = {s.key for s in chosen}
    found = [scheme_placement(s) for s in chosen if s.kind != "unsupported"]
    in_body: dict[tuple[str, str], list[str]] = {}
    for op in api.operations:
        field = op.ext.auth_in_body
        for key in sorted({k for alternative in op.security for k in alternative} & keys):
            if field:
                in_body.setdefault((key, field), []).append(op.operation_id)
    found += [Placement(key, "body", field, tuple(ops)) for (key, field), ops in in_body.items()]
    return found


def names_at(found: list[Placement], *locations: str) -> frozenset[str]:
    return frozenset(p.name for p in found if p.location in locations)
