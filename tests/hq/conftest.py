"""Fixtures for HQ tests: one real uvicorn-served HQ over SQLite per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hq_server import HQServer, running_hq, sqlite_url


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """A running HQ (SQLite file in a temp dir) shared by the tests of one module."""
    folder = tmp_path_factory.mktemp("hq")
    with running_hq(sqlite_url(folder), log_dir=folder) as server:
        yield server
