"""Credentials for a contract run, read from the environment variables the spec names.

Each security scheme of the spec may name its environment variable (`x-credential-env`); an
operation's `security` lists alternatives. The first alternative whose variables are all set is
used for the whole run. Against the in-process mock any non-empty value is accepted, so missing
variables are replaced by a placeholder there; against a live server they are a setup error.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus

from generator.contract.curl import Slot
from generator.ir import Api, SecurityScheme
from generator.ir.credentials import names_at, placements

MOCK_PLACEHOLDER = "mock-credential"


class MissingCredentials(Exception):
    """No alternative of the spec's security requirements has all its variables set."""


@dataclass(frozen=True)
class Credentials:
    """The chosen schemes and their secret values (scheme key -> value)."""

    schemes: tuple[SecurityScheme, ...] = ()
    values: dict[str, str] = field(default_factory=dict)

    def schemathesis_auth(self) -> dict[str, Any]:
        """`auth.openapi` table of a Schemathesis config: one entry per chosen scheme."""
        table: dict[str, Any] = {}
        for scheme in self.schemes:
            value = self.values[scheme.key]
            if scheme.kind == "basic":
                table[scheme.key] = {"username": value, "password": scheme.basic_password or ""}
            elif scheme.kind in ("bearer", "oauth2", "openIdConnect"):
                table[scheme.key] = {"bearer": value}
            else:
                table[scheme.key] = {"api_key": self.wire_values()[scheme.key]}
        return table

    def wire_values(self) -> dict[str, str]:
        """Scheme key -> the value an `apiKey` credential is sent as (`x-credential-format`)."""
        return {
            scheme.key: (scheme.credential_format or "{token}").replace(
                "{token}", self.values[scheme.key]
            )
            for scheme in self.schemes
            if scheme.kind == "apiKey"
        }

    def secrets(self) -> list[str]:
        """Every form in which a secret value can appear on the wire or in a report."""
        forms: set[str] = set()
        for scheme in self.schemes:
            value = self.values[scheme.key]
            forms.update({value, quote(value, safe=""), quote_plus(value)})
            if scheme.kind == "basic":
                pair = f"{value}:{scheme.basic_password or ''}".encode()
                forms.add(base64.b64encode(pair).decode())
        return sorted((f for f in forms if f), key=len, reverse=True)

    def slots(self, api: Api | None = None) -> tuple[Slot, ...]:
        """Where each credential travels, with its variable (for curl lines by position)."""
        found: list[Slot] = []
        for scheme in self.schemes:
            variable = scheme.env_var or "API_CREDENTIAL"
            if scheme.kind == "basic":
                password = (
                    "\x00" + scheme.password_env + "\x00"
                    if scheme.password_env
                    else quote(scheme.basic_password or "", safe="")
                )
                found.append(Slot("header", "Authorization", variable, "basic:" + password))
            elif scheme.kind in ("bearer", "oauth2", "openIdConnect"):
                found.append(Slot("header", "Authorization", variable, "Bearer {token}"))
            else:
                template = scheme.credential_format or "{token}"
                found.append(Slot(scheme.location, scheme.param_name, variable, template))
                if scheme.location == "query":  # and in the body properties marked x-credential
                    fields = names_at(placements(api, (scheme,)), "body") if api else frozenset()
                    found += [Slot("body", f, variable, template) for f in sorted(fields)]
                    found.append(Slot("body", scheme.param_name, variable, template))
        return tuple(found)

    def parameter_names(self) -> list[str]:
        """Header, query and cookie names that carry a credential."""
        return sorted({s.param_name for s in self.schemes})


def _alternatives(api: Api) -> list[tuple[str, ...]]:
    """Distinct security alternatives of all operations, most used first."""
    counts: dict[tuple[str, ...], int] = {}
    for op in api.operations:
        for alternative in op.security:
            if alternative:
                counts[alternative] = counts.get(alternative, 0) + 1
    return sorted(counts, key=lambda alt: -counts[alt])


def env_var_names(api: Api) -> list[str]:
    return sorted({s.env_var for s in api.security_schemes if s.env_var})


def resolve(api: Api, environ: Mapping[str, str] | None = None, *, live: bool) -> Credentials:
    """Pick the credentials of the run; raise MissingCredentials (live only) with a one-line reason."""
    environ = os.environ if environ is None else environ
    alternatives = _alternatives(api)
    if not alternatives:
        return Credentials()
    for alternative in alternatives:
        schemes = tuple(api.scheme(key) for key in alternative)
        values = {s.key: environ.get(s.env_var or "", "") for s in schemes}
        if all(values.values()):
            return Credentials(schemes, values)
    if live:
        raise MissingCredentials(_missing_message(api, alternatives))
    schemes = tuple(api.scheme(key) for key in alternatives[0])
    return Credentials(schemes, {s.key: MOCK_PLACEHOLDER for s in schemes})


def _missing_message(api: Api, alternatives: list[tuple[str, ...]]) -> str:
    options = []
    for alternative in alternatives:
        names = [
            api.scheme(key).env_var or f"<no x-credential-env on {key}>" for key in alternative
        ]
        options.append(" and ".join(names))
    return "missing credentials: set " + " or ".join(dict.fromkeys(options))
