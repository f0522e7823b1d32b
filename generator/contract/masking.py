"""Secrets never leave the runner: every text written or printed goes through a Masker."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from generator.contract.curl import Slot, with_variables

MASK = "***"


class Masker:
    """Replaces secret values, and whatever follows a credential's parameter name, with `***`."""

    def __init__(
        self,
        secrets: Iterable[str] = (),
        parameter_names: Iterable[str] = (),
        slots: tuple[Slot, ...] = (),
    ) -> None:
        self.slots = slots
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        names = sorted({n for n in parameter_names if n}, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        # `name=value` in query strings and bodies, `name: value` in headers and curl -H lines.
        self._by_name = (
            re.compile(
                rf"(?i)(\b(?:{alternatives})(?:=|:\s*|\"\s*:\s*\"))([^&'\"\s,}}]+(?: [^&'\"\s,}}]+)*)"
            )
            if names
            else None
        )

    def text(self, value: str) -> str:
        for secret in self.secrets:
            value = value.replace(secret, MASK)
        if self._by_name is not None:
            value = self._by_name.sub(lambda m: m.group(1) + MASK, value)
        return value

    def curl(self, line: str) -> str:
        """A curl line with each credential's slot holding its `$VARIABLE`, found by position."""
        if not self.slots:
            return self.text(line)
        rewritten = with_variables(line, self.slots)
        return self.text(line) if rewritten is None else rewritten

    def data(self, value: Any) -> Any:
        """Mask every string inside a JSON-like value."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.data(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(v) for v in value]
        return value
