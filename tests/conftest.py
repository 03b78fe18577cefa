"""Shared fixtures: a real SQLite store in a temp dir, with Desa Bolok (Kab. Kupang) served."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from samples import BOLOK, OPERATOR, STORE_KEY

from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data", STORE_KEY)
    add_village(opened, BOLOK, OPERATOR, target_officials=5, target_workers=100)
    yield opened
    opened.close()
