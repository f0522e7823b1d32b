"""`make test`: every vendor's in-process mock matches its spec, for three seeds.

Each run drives all Schemathesis phases (examples, coverage, fuzzing, stateful via the specs'
links) with all checks; a finding here means the mock or the spec drifted.
"""

from __future__ import annotations

import pytest

from generator import VENDORS, mock, vendor_spec_path
from generator.contract.credentials import resolve
from generator.contract.masking import Masker
from generator.contract.session import RunOptions, Target, run_contract
from generator.ir import build_api
from generator.spec.loader import load_spec

SEEDS = (1, 2, 3)
MAX_EXAMPLES = 2  # the CLI default is higher; three seeds keep the suite quick but varied


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("vendor", VENDORS)
def test_mock_matches_spec(vendor: str, seed: int) -> None:
    api = build_api(load_spec(vendor_spec_path(vendor)))
    credentials = resolve(api, {}, live=False)
    target = Target(
        base_url="http://127.0.0.1:8000" + mock.base_path(vendor),
        app=mock.create_app(vendor, seed=seed),
        accepts_any_credential=True,
    )
    result = run_contract(
        api,
        target,
        credentials,
        RunOptions(seed=seed, max_examples=MAX_EXAMPLES),
        Masker.of(credentials, api),
    )
    drift = [f"{f.operation} [{f.check}] {f.pointer}: {f.message}" for f in result.findings]
    assert drift == [], "\n".join(drift)
    assert result.tested == set(result.operations)
