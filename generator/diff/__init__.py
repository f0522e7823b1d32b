"""`python -m generator diff OLD NEW`: what changed between two versions of a spec, on the wire and
in the generated Python package, each change classified breaking / non-breaking / info."""

from generator.diff.changes import Change, DiffResult, bump_level
from generator.diff.engine import diff_sources
from generator.diff.sources import Source, read_source

__all__ = ["Change", "DiffResult", "Source", "bump_level", "diff_sources", "read_source"]
