"""Enums that accept values the vendor adds after the spec was written."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ._deviations import report


class OpenEnum(StrEnum):
    """A string enum whose unknown values become new, unnamed members instead of errors (each
    one is reported as a deviation of the answer being read)."""

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return None
        report("unknown enum value", f"{cls.__name__}={value!r}")
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
