"""Results of bulk operations that succeed for some items and fail for others."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._pointer import resolve

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class PartialFailure:
    """Where a bulk result item says whether it succeeded (JSON pointers into one item)."""

    success: str
    message: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class FailedItem(Generic[ItemT]):
    result: ItemT
    message: str | None
    id: Any
    sent: Any = None  # the request item at the same position, when the body was a list


@dataclass(frozen=True)
class PartialResult(Generic[ItemT]):
    succeeded: list[ItemT] = field(default_factory=list)
    failed: list[FailedItem[ItemT]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def split_results(
    spec: PartialFailure, raw: Any, parsed: list[ItemT], sent: Any
) -> PartialResult[ItemT]:
    raw_items = raw if isinstance(raw, list) else [raw]
    sent_items = sent if isinstance(sent, list) else [sent] * len(raw_items)
    result: PartialResult[ItemT] = PartialResult()
    for index, (raw_item, item) in enumerate(zip(raw_items, parsed, strict=False)):
        if resolve(raw_item, spec.success) is False:
            result.failed.append(
                FailedItem(
                    result=item,
                    message=resolve(raw_item, spec.message) if spec.message else None,
                    id=resolve(raw_item, spec.id) if spec.id else None,
                    sent=sent_items[index] if index < len(sent_items) else None,
                )
            )
        else:
            result.succeeded.append(item)
    return result
