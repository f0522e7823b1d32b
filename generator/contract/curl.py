"""curl lines with the credential by position: the header, query parameter, cookie or body field
that carries it holds `$VARIABLE` (the spec's credential variable), so the line runs as printed
once the variable is set, and the secret's text is never searched for."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

_HOLE = re.compile(r"\x00([A-Za-z_][A-Za-z0-9_]*)\x00")
_DATA_FLAGS = ("-d", "--data", "--data-raw", "--data-binary")
_HEADER_FLAGS = ("-H", "--header")


@dataclass(frozen=True)
class Slot:
    """One place a credential travels: location (header, query, cookie, body) and name."""

    location: str
    name: str
    variable: str  # environment variable holding the value
    template: str = "{token}"  # e.g. "Bearer {token}"; basic is "basic:" + the password word


def _hole(slot: Slot) -> str:
    return slot.template.replace("{token}", f"\x00{slot.variable}\x00")


def with_variables(curl: str, slots: tuple[Slot, ...]) -> str | None:
    """The curl line with every credential slot replaced by its variable; None if the line
    cannot be parsed (the caller then masks it as text)."""
    try:
        tokens = shlex.split(curl)
    except ValueError:
        return None
    out: list[str] = []
    previous = ""
    for token in tokens:
        if previous in _HEADER_FLAGS:
            token = _header(token, slots)
        elif previous in _DATA_FLAGS:
            token = _body(token, slots)
        elif token.startswith(("http://", "https://")):
            token = _url(token, slots)
        previous = token
        out.append(_quote(token))
    return " ".join(out)


def _header(token: str, slots: tuple[Slot, ...]) -> str:
    name, sep, value = token.partition(":")
    if not sep:
        return token
    lower = name.strip().lower()
    if lower == "cookie":
        cookies = [part.strip().partition("=") for part in value.split(";") if part.strip()]
        names = {s.name: s for s in slots if s.location == "cookie"}
        parts = [f"{k}={_hole(names[k]) if k in names else v}" for k, _, v in cookies]
        return f"{name}: {'; '.join(parts)}"
    for slot in slots:
        if slot.location == "header" and slot.name.lower() == lower:
            if slot.template.startswith("basic:"):
                password = slot.template.removeprefix("basic:")
                pair = f"\x00{slot.variable}\x00 {password}"
                return f"{name}: Basic $(printf %s:%s {pair} | base64)"
            return f"{name}: {_hole(slot)}"
    return token


def _query(query: str, slots: tuple[Slot, ...], location: str) -> str:
    names = {s.name: s for s in slots if s.location == location}
    pairs = parse_qsl(query, keep_blank_values=True)
    return "&".join(
        f"{quote(k, safe='')}={_hole(names[k]) if k in names else quote(v, safe='')}"
        for k, v in pairs
    )


def _url(token: str, slots: tuple[Slot, ...]) -> str:
    parts = urlsplit(token)
    netloc = parts.netloc.rpartition("@")[2]  # userinfo is a credential: never shown
    if parts.netloc != netloc:
        netloc = "***@" + netloc
    return urlunsplit(parts._replace(netloc=netloc, query=_query(parts.query, slots, "query")))


def _body(token: str, slots: tuple[Slot, ...]) -> str:
    try:
        body = json.loads(token)
    except ValueError:
        return _query(token, slots, "body") if "=" in token else token
    names = {s.name: s for s in slots if s.location == "body"}
    if isinstance(body, dict):
        body = {k: (_hole(names[k]) if k in names else v) for k, v in body.items()}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).replace("\\u0000", "\x00")


def _quote(token: str) -> str:
    if "\x00" not in token:
        return shlex.quote(token) if token.isprintable() else _ansi_c(token)
    escaped = re.sub(r'([\\"`$])', r"\\\1", token)
    escaped = escaped.replace("\\$(printf ", "$(printf ")
    return '"' + _HOLE.sub(lambda m: "${" + m.group(1) + "}", escaped) + '"'


def _ansi_c(token: str) -> str:
    """bash's `$'...'` form for a token with control characters (fuzzed bodies): the line stays
    one printable line and sends the same bytes."""
    escaped = "".join(
        ch.replace("\\", "\\\\").replace("'", "\\'") if ch.isprintable() else _escape(ch)
        for ch in token
    )
    return f"$'{escaped}'"


def _escape(ch: str) -> str:
    code = ord(ch)
    return (
        f"\\x{code:02x}"
        if code < 0x80
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )
