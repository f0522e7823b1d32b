"""Every operation the vendor documents in ../shared/seeds/ is in our specs.

The documents come in four shapes (SDK method tables, curl examples, "METHOD /path - text" lists,
"URL / Method" blocks); each extractor below reads one of them. The seeds README says which
vendor each document belongs to.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator import VENDORS, shared_path, vendor_spec_path
from generator.ir import build_api
from generator.spec import load_spec

SEEDS = shared_path("seeds")
METHODS = "GET|POST|PUT|PATCH|DELETE"
# The count of documented operations per vendor (Papershift documents two GETs on one URL).
DOCUMENTED = {"bamboohr": 32, "timetrack": 5, "teampulse": 6, "papershift": 6}


def seed_vendors() -> dict[str, list[Path]]:
    by_vendor: dict[str, list[Path]] = {}
    for line in (SEEDS / "README.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) >= 2 and cells[0].endswith(".txt"):
            by_vendor.setdefault(cells[1].lower(), []).append(SEEDS / cells[0])
    return by_vendor


def normalise(path: str) -> str:
    path = re.sub(r"\{[^}]*\}", "{}", path.split("?")[0])
    path = re.sub(r"/\d+(?=/|$)", "/{}", path)
    return path.rstrip("/") or "/"


def sdk_tables(text: str) -> list[tuple[str, str]]:
    return re.findall(rf"\b({METHODS}) (/api/[^\s|]+)", text)


def curl_examples(text: str) -> list[tuple[str, str]]:
    found = []
    for line in text.splitlines():
        url = re.search(r"[\"“](https?://[^\"”]+)[\"”]\s*$", line)
        if line.startswith("curl") and url:
            method = re.search(rf"-X\s*[\"“]?({METHODS})", line)
            found.append((method.group(1) if method else "GET", urlsplit(url.group(1)).path))
    return found


def method_lists(text: str) -> list[tuple[str, str]]:
    return re.findall(rf"^({METHODS}) (/\S+) - ", text, flags=re.MULTILINE)


def url_method_blocks(text: str) -> list[tuple[str, str]]:
    pattern = rf"^(https?://\S+)\s*\nMethod\s*\n({METHODS})\s*$"
    return [(m, urlsplit(u).path) for u, m in re.findall(pattern, text, flags=re.MULTILINE)]


def documented_operations(vendor: str) -> list[tuple[str, str]]:
    operations: list[tuple[str, str]] = []
    for seed in seed_vendors()[vendor]:
        text = seed.read_text(encoding="utf-8")
        for extract in (sdk_tables, curl_examples, method_lists, url_method_blocks):
            operations += [(m, normalise(p)) for m, p in extract(text)]
    if vendor in ("bamboohr", "teampulse", "timetrack"):  # their documents repeat each operation
        operations = list(dict.fromkeys(operations))
    return operations


def spec_operations(vendor: str) -> set[tuple[str, str]]:
    api = build_api(load_spec(vendor_spec_path(vendor)))
    prefix = urlsplit(api.servers[0].default_url).path.rstrip("/") if api.servers else ""
    pairs = set()
    for op in api.operations:
        pairs.add((op.method, normalise(op.path)))
        pairs.add((op.method, normalise(prefix + op.path)))
    return pairs


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_documented_operation_is_in_the_spec(vendor: str) -> None:
    documented = documented_operations(vendor)
    missing = sorted(set(documented) - spec_operations(vendor))
    assert not missing, f"{vendor}: documented but missing from specs/{vendor}.yaml: {missing}"


@pytest.mark.parametrize("vendor", VENDORS)
def test_documents_yield_the_expected_operation_count(vendor: str) -> None:
    """Guards the extractors: a document they misread would make the test above vacuous."""
    assert len(documented_operations(vendor)) == DOCUMENTED[vendor]


def test_all_48_documented_method_path_pairs_are_covered() -> None:
    assert sum(len(set(documented_operations(v))) for v in VENDORS) == 48
    for vendor in VENDORS:
        api = build_api(load_spec(vendor_spec_path(vendor)))
        assert len(api.operations) >= DOCUMENTED[vendor]
