"""Secrets never leave the runner: every text written or printed goes through a Masker.

Masking is by position, never by the secret's text: whatever follows a credential's name (the
header, query parameter, cookie or body field that carries it, in `name=value`, `name: value`
and JSON `"name": "value"` forms, wherever the text came from, a next-page link included) and
the userinfo of any URL become `***`. A one-letter key garbles nothing and the mask says
nothing about the key's length or letters. curl lines get the credential's `$VARIABLE` instead
(generator/contract/curl.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from generator.contract.curl import Slot, with_variables

if TYPE_CHECKING:
    from generator.contract.credentials import Credentials
    from generator.ir import Api

MASK = "***"
# scheme://userinfo@host: the userinfo is a credential whatever the host.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s'\"]+@")
# A value runs to the next delimiter of the form it is in (query, header, JSON, repr).
_VALUE = r"[^&'\"\s,;}\]]+"
# name=value (query, form), name: value (header, curl -H), "name": "value" (JSON) and
# 'name': 'value' (a Python repr in a traceback); the name stands alone (not x-name).
_SEPARATOR = r"(?:=|:[ \t]*|\"\s*:\s*\"|'\s*:\s*')"


def _prefix(slot: Slot) -> str:
    """The fixed words before the token in its slot: "Bearer " of "Bearer {token}"."""
    if slot.template.startswith("basic:"):
        return "Basic "
    return slot.template.split("{token}", 1)[0]


class Masker:
    """Replaces what follows each credential's name with `***` (see the module docstring)."""

    def __init__(self, parameter_names: Iterable[str] = (), slots: tuple[Slot, ...] = ()) -> None:
        self.slots = slots
        prefixes: dict[str, set[str]] = {n.lower(): set() for n in parameter_names if n}
        for slot in slots:
            prefixes.setdefault(slot.name.lower(), set()).add(_prefix(slot))
        self._by_name = (
            re.compile(
                "|".join(_name_pattern(name, words) for name, words in sorted(prefixes.items())),
                re.IGNORECASE,
            )
            if prefixes
            else None
        )

    @classmethod
    def of(cls, credentials: Credentials, api: Api | None = None) -> Masker:
        return cls(credentials.parameter_names(), credentials.slots(api))

    def text(self, value: str) -> str:
        value = _USERINFO.sub(lambda m: m.group(1) + MASK + "@", value)
        if self._by_name is not None:
            value = self._by_name.sub(_keep_name, value)
        return value

    def curl(self, line: str, *, wrong_credential: str | None = None) -> str:
        """A curl line with each credential's slot holding its `$VARIABLE`, found by position;
        or holding `wrong_credential` where the request carried a deliberately wrong one (an
        authentication probe), so that the line repeats the probe instead of a valid call."""
        rewritten = with_variables(line, self.slots) if self.slots else None
        if rewritten is None:
            return self.text(line)
        for slot in self.slots if wrong_credential is not None else ():
            rewritten = rewritten.replace("${" + slot.variable + "}", wrong_credential or "")
        return rewritten

    def data(self, value: Any) -> Any:
        """Mask every string inside a JSON-like value; a member named as a credential is masked
        whole."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            names = {s.name.lower() for s in self.slots}
            return {
                self.text(str(k)): MASK if str(k).lower() in names else self.data(v)
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [self.data(v) for v in value]
        return value


def _name_pattern(name: str, words: set[str]) -> str:
    """`name`, a separator and any of the slot's fixed words (kept), then the value (masked)."""
    fixed = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    keep = rf"(?<![\w-]){re.escape(name)}{_SEPARATOR}" + (rf"(?:{fixed})?" if fixed else "")
    return rf"({keep}){_VALUE}"


def _keep_name(match: re.Match[str]) -> str:
    kept = next(group for group in match.groups() if group is not None)
    return kept + MASK
