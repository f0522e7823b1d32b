"""Run every rule over two loaded sources."""

from __future__ import annotations

from generator.diff import sdk, wire
from generator.diff.changes import DiffResult
from generator.diff.context import DiffContext
from generator.diff.sources import Source


def diff_sources(old: Source, new: Source) -> DiffResult:
    ctx = DiffContext(old, new)
    wire.compare(ctx)
    sdk.compare(ctx)
    return DiffResult(old.display, new.display, ctx.changes)
