"""A classified change, the result of a diff, and the semver bump it asks for."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

BREAKING, NON_BREAKING, INFO = "breaking", "non-breaking", "info"
LEVELS = (BREAKING, NON_BREAKING, INFO)  # most severe first
SEMVER_OF_LEVEL = {BREAKING: "major", NON_BREAKING: "minor", INFO: "patch"}
SEMVERS = ("major", "minor", "patch", "none")


@dataclass(frozen=True)
class Change:
    id: str  # stable rule id, e.g. response-property-removed
    level: str  # breaking | non-breaking | info
    scope: str  # wire | sdk
    operation: str  # "GET /time_entries", or "" for API-wide changes
    pointer: str  # JSON pointer in the spec where the change is visible
    location: str  # FILE:LINE (the new spec, or the old one for removals)
    message: str  # one line, with a migration hint where there is one

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class DiffResult:
    old: str
    new: str
    changes: list[Change] = field(default_factory=list)

    @property
    def semver(self) -> str:
        return bump_level(c.level for c in self.changes)

    def sorted_changes(self) -> list[Change]:
        """Breaking first, then by scope, operation and pointer: the same order every run."""
        return sorted(
            self.changes,
            key=lambda c: (LEVELS.index(c.level), c.scope != "wire", c.operation, c.pointer, c.id),
        )

    def count(self, level: str) -> int:
        return sum(1 for c in self.changes if c.level == level)


def bump_level(levels: object) -> str:
    """The semver bump a consumer needs for changes of these levels."""
    found = set(levels)  # type: ignore[call-overload]
    for level in LEVELS:
        if level in found:
            return SEMVER_OF_LEVEL[level]
    return "none"


def max_semver(bumps: list[str]) -> str:
    return min(bumps, key=SEMVERS.index) if bumps else "none"
