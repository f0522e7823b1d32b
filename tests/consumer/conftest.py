"""Each vendor's mock, served on a free local port for the consumer tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.mock import base_path, create_app
from tests.servers import serving


def _served(vendor: str) -> Iterator[str]:
    with serving(create_app(vendor, seed=1)) as url:
        yield url + base_path(vendor)


@pytest.fixture
def teampulse_url() -> Iterator[str]:
    yield from _served("teampulse")


@pytest.fixture
def papershift_url() -> Iterator[str]:
    yield from _served("papershift")


@pytest.fixture
def timetrack_url() -> Iterator[str]:
    yield from _served("timetrack")


@pytest.fixture
def bamboohr_url() -> Iterator[str]:
    yield from _served("bamboohr")
