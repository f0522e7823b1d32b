"""Per-vendor behaviour of the mock servers: one module per vendor id, each defining `Behaviour`."""

from __future__ import annotations

import importlib

from generator.mock.vendor import VendorBehaviour


def behaviour_for(vendor: str) -> VendorBehaviour:
    """The vendor's hooks; a vendor without a module gets the plain defaults."""
    try:
        module = importlib.import_module(f"{__name__}.{vendor}")
    except ModuleNotFoundError:
        return VendorBehaviour()
    return module.Behaviour()
