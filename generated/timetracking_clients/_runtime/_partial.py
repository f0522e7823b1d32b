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


NO_RESULT = "the response holds no result for this item"


@dataclass(frozen=True)
class FailedItem(Generic[ItemT]):
    """One item the server did not store: its result (None when the server sent none for it),
    the server's message, the id it reported and what the caller sent for it."""

    result: ItemT | None
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
    spec: PartialFailure, raw_items: list[Any], parsed: list[ItemT], sent: Any
) -> PartialResult[ItemT]:
    """Sort results into succeeded and failed, position by position.

    When the caller sent a list and the server answered fewer results than items, the items
    without a result count as failed (nothing sent is silently dropped); when it answered a
    single result for a whole list, that result stands for every item.
    """
    result: PartialResult[ItemT] = PartialResult()
    sent_items = list(sent) if isinstance(sent, list | tuple) else [] if sent is None else [sent]
    if len(raw_items) == 1 and len(sent_items) > 1:
        raw_items, parsed = raw_items * len(sent_items), parsed * len(sent_items)
    for index, (raw_item, item) in enumerate(zip(raw_items, parsed, strict=True)):
        if resolve(raw_item, spec.success) is False:
            result.failed.append(
                FailedItem(
                    result=item,
                    message=_text(resolve(raw_item, spec.message)) if spec.message else None,
                    id=resolve(raw_item, spec.id) if spec.id else None,
                    sent=sent_items[index] if index < len(sent_items) else None,
                )
            )
        else:
            result.succeeded.append(item)
    for missing in sent_items[len(raw_items) :]:
        result.failed.append(FailedItem(result=None, message=NO_RESULT, id=None, sent=missing))
    return result


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
