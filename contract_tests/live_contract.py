"""`make contract VENDOR=... BASE_URL=...`: the vendor's live sandbox matches the spec.

Not part of `make test` (pytest only collects `test_*.py`); `make contract` runs it with
CONTRACT_VENDOR and CONTRACT_BASE_URL set. The credentials come from the vendor's environment variables (see README). The reports go to
CONTRACT_REPORT (default reports/VENDOR). Only safe methods reach a non-local host unless
CONTRACT_ALLOW_WRITES=1.
"""

from __future__ import annotations

import argparse
import os

from generator.contract.runner import main

VENDOR = os.environ.get("CONTRACT_VENDOR")
BASE_URL = os.environ.get("CONTRACT_BASE_URL")


def test_live_server_matches_spec() -> None:
    assert VENDOR and BASE_URL, "set CONTRACT_VENDOR and CONTRACT_BASE_URL (make contract does)"
    args = argparse.Namespace(
        vendor=VENDOR,
        base_url=BASE_URL,
        report=os.environ.get("CONTRACT_REPORT", f"reports/{VENDOR}"),
        max_examples=int(os.environ["CONTRACT_MAX_EXAMPLES"])
        if "CONTRACT_MAX_EXAMPLES" in os.environ
        else None,
        seed=int(os.environ.get("CONTRACT_SEED", "1")),
        no_stateful=False,
        allow_writes=os.environ.get("CONTRACT_ALLOW_WRITES") == "1",
        rate_limit=os.environ.get("CONTRACT_RATE_LIMIT"),
    )
    code = main(args)
    assert code != 2, "setup error (see the line above): credentials, URL or flags"
    assert code == 0, f"drift found: see {args.report}/drift.md"
