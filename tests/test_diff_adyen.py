"""Every consecutive pair of the real Adyen histories in the shared evolution folder: no
traceback, bounded, sane; and facts checked by hand against the JSON files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import shared_path
from generator.diff import diff_sources, read_source

EVOLUTION = shared_path("evolution")


def _version(path: Path) -> int:
    return int(re.sub(r"\D", "", path.stem))


def _pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for folder in sorted(p for p in EVOLUTION.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.json"), key=_version)
        pairs += list(zip(files, files[1:], strict=False))
    return pairs


def _diff(service: str, old: str, new: str):  # type: ignore[no-untyped-def]
    folder = EVOLUTION / f"adyen.com-{service}"
    return diff_sources(read_source(str(folder / old)), read_source(str(folder / new)))


@pytest.mark.parametrize(("old", "new"), _pairs(), ids=lambda p: f"{p.parent.name[10:]}-{p.stem}")
def test_every_consecutive_pair(old: Path, new: Path) -> None:
    result = diff_sources(read_source(str(old)), read_source(str(new)))
    assert result.semver in ("major", "minor", "patch")  # each version changed its server URL
    for change in result.changes:
        assert change.level in ("breaking", "non-breaking", "info")
        assert change.scope in ("wire", "sdk")
        assert change.message and "\n" not in change.message
        assert change.location.rsplit(":", 1)[-1].isdigit()
    # The URL carries the version: replaced, which moves the default, never alone breaking.
    assert {c.level for c in result.changes if c.id.startswith("server-")} == {"non-breaking"}
    # Nothing is reported twice for the same place.
    assert len({(c.id, c.pointer) for c in result.changes}) == len(result.changes)


def test_payout_v64_v67_removes_two_response_fields() -> None:
    """Checked by hand: ResponseAdditionalDataCommon lost nonScheme.transactionLimit(Ccy)."""
    result = _diff("PayoutService", "v64.json", "v67.json")
    assert result.semver == "major"
    removed = {c.pointer for c in result.changes if c.id == "response-property-removed"}
    base = "/components/schemas/ResponseAdditionalDataCommon/properties/"
    assert removed == {base + "nonScheme.transactionLimit", base + "nonScheme.transactionLimitCcy"}
    fields = {c.message for c in result.changes if c.id == "sdk-model-field-removed"}
    assert fields == {
        "ResponseAdditionalDataCommon.non_scheme_transaction_limit removed",
        "ResponseAdditionalDataCommon.non_scheme_transaction_limit_ccy removed",
    }
    assert result.count("breaking") == 4


def test_recurring_v30_v40_only_adds() -> None:
    """Checked by hand: v40 adds POST /createPermit and two optional request fields."""
    result = _diff("RecurringService", "v30.json", "v40.json")
    assert result.semver == "minor"
    assert result.count("breaking") == 0
    assert {c.operation for c in result.changes if c.id == "operation-added"} == {
        "POST /createPermit"
    }
    added = {c.message for c in result.changes if c.id == "request-property-added"}
    assert added == {
        "optional property 'recurringExpiry' added",
        "optional property 'recurringFrequency' added",
    }


def test_notification_v4_v5_breaks_the_configuration_model() -> None:
    """Checked by hand: NotificationConfigurationDetails lost messageFormat and sendActionHeader."""
    result = _diff("NotificationConfigurationService", "v4.json", "v5.json")
    assert result.semver == "major"
    base = "/components/schemas/NotificationConfigurationDetails/properties/"
    removed = {c.pointer for c in result.changes if c.id == "response-property-removed"}
    assert {base + "messageFormat", base + "sendActionHeader"} <= removed
    assert any(
        c.id == "response-property-added" and c.pointer == base + "hmacSignatureKey"
        for c in result.changes
    )


def test_notification_v1_v2_is_the_url_only() -> None:
    result = _diff("NotificationConfigurationService", "v1.json", "v2.json")
    assert sorted(c.id for c in result.changes) == [
        "api-description-changed",
        "server-added",
        "server-removed",
    ]
    assert result.semver == "minor"
