"""Baselines: findings a team has accepted, by fingerprint, each with a reason and an optional
expiry date. A run then says which findings are new, which are known and which are fixed, and
only new ones fail it.

    findings:
      - fingerprint: 8f327dc5912f14c8
        reason: the sandbox answers 404 to a wrong key; production answers 401
        expires: 2027-03-01   # optional: after this day the finding counts as new again
        operations: [GET /v1/employees/directory]   # optional: written by --update-baseline

An entry that names its operations concerns only the runs that test one of them: one file can
hold the baselines of several vendors (`contract --all --baseline FILE`), each vendor's run
listing as fixed, calling expired and rewriting only its own entries. An entry without
operations concerns every run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML, YAMLError

from generator.contract.findings import Finding

NEW, KNOWN = "new", "known"


class BaselineError(Exception):
    """A baseline file that cannot be read: one line naming the file and the problem."""


@dataclass(frozen=True)
class Accepted:
    fingerprint: str
    reason: str
    expires: dt.date | None = None
    operations: tuple[str, ...] = ()  # where it was seen; () for any run
    check: str = ""

    def active(self, today: dt.date) -> bool:
        return self.expires is None or today <= self.expires

    def concerns(self, operations: Collection[str] | None) -> bool:
        """Whether a run testing `operations` (None: any) can see this finding."""
        return (
            operations is None
            or not self.operations
            or not set(self.operations).isdisjoint(operations)
        )


def load(path: str | Path) -> list[Accepted]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []  # --update-baseline creates it
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline {path}: {exc.strerror}") from None
    try:
        data = json.loads(text) if path.suffix == ".json" else YAML(typ="safe").load(text)
    except (ValueError, YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BaselineError(f"the baseline {path} is not valid JSON/YAML: {first}") from None
    entries = data.get("findings") if isinstance(data, dict) else data
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise BaselineError(f"the baseline {path} must hold a list `findings`")
    return [_entry(path, i, e) for i, e in enumerate(entries)]


def _entry(path: Path, index: int, entry: Any) -> Accepted:
    where = f"the baseline {path}, findings[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
        raise BaselineError(f"{where}: needs a `fingerprint` string")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise BaselineError(f"{where}: needs a `reason` (why the finding is accepted)")
    expires = entry.get("expires")
    if isinstance(expires, str):
        try:
            expires = dt.date.fromisoformat(expires)
        except ValueError:
            raise BaselineError(f"{where}: `expires` must be a date YYYY-MM-DD") from None
    if expires is not None and not isinstance(expires, dt.date):
        raise BaselineError(f"{where}: `expires` must be a date YYYY-MM-DD")
    operations = entry.get("operations") or []
    if not isinstance(operations, list) or not all(isinstance(o, str) for o in operations):
        raise BaselineError(f"{where}: `operations` must be a list of strings (METHOD /path)")
    check = entry.get("check")
    return Accepted(
        entry["fingerprint"],
        reason.strip(),
        expires,
        tuple(operations),
        check if isinstance(check, str) else "",
    )


@dataclass(frozen=True)
class Comparison:
    findings: list[Finding]  # each with baseline = new or known
    fixed: list[Accepted]  # accepted findings the run no longer shows
    expired: list[Accepted]


def compare(
    findings: list[Finding],
    accepted: list[Accepted],
    today: dt.date | None = None,
    operations: Collection[str] | None = None,
) -> Comparison:
    """`operations`: those the run tested, so that fixed and expired entries are only the
    run's own (None: every entry is)."""
    today = today or dt.date.today()
    active = {a.fingerprint: a for a in accepted if a.active(today)}
    labelled = [
        replace(f, baseline=f"{KNOWN}: {active[f.fingerprint].reason}")
        if f.fingerprint in active
        else replace(f, baseline=NEW)
        for f in findings
    ]
    seen = {f.fingerprint for f in findings}
    fixed = [a for a in active.values() if a.fingerprint not in seen and a.concerns(operations)]
    expired = [a for a in accepted if not a.active(today) and a.concerns(operations)]
    return Comparison(labelled, fixed, expired)


def write(
    path: str | Path,
    findings: list[Finding],
    previous: list[Accepted],
    operations: Collection[str] | None = None,
) -> None:
    """The baseline accepting every current finding; reasons and expiries already given stay,
    and so do the entries of operations this run did not test (another vendor's)."""
    kept = {a.fingerprint: a for a in previous}
    entries = [_as_entry(a) for a in previous if not a.concerns(operations)]
    for f in findings:
        old = kept.get(f.fingerprint)
        entry: dict[str, Any] = {
            "fingerprint": f.fingerprint,
            "reason": old.reason if old else f"accepted: {f.message}",
            "check": f.check,
            "operations": list(f.operations or (f.operation,)),
        }
        if old and old.expires:
            entry["expires"] = old.expires.isoformat()
        entries.append(entry)
    path = Path(path)
    data = {"findings": entries}
    if path.suffix == ".json":
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    yaml = YAML()
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)


def _as_entry(accepted: Accepted) -> dict[str, Any]:
    entry: dict[str, Any] = {"fingerprint": accepted.fingerprint, "reason": accepted.reason}
    if accepted.check:
        entry["check"] = accepted.check
    if accepted.operations:
        entry["operations"] = list(accepted.operations)
    if accepted.expires:
        entry["expires"] = accepted.expires.isoformat()
    return entry
