"""Enums that accept values the vendor adds after the spec was written."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class OpenEnum(StrEnum):
    """A string enum whose unknown values become new, unnamed members instead of errors."""

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
