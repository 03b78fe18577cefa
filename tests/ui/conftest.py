"""Qt fixtures: real widgets offscreen over a real store; ops run inline so tests are deterministic."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings


@pytest.fixture
def ctx(store: Store, qapp: object) -> Iterator[AppContext]:
    settings = UiSettings(language="en", operator="Maria Ndun", setup_done=True)
    context = AppContext(store, OpRunner(synchronous=True), AppSignals(), settings)
    yield context
    context.ops.wait()
