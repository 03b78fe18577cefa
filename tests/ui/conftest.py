"""Qt fixtures: real widgets offscreen over a real store; ops run inline so tests are deterministic.

Most tests build the context directly, logged in as the admin OPERATOR, without a login: the
key derivation of real logins is slow on purpose (tests of logins make their own accounts).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from samples import OPERATOR

from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings

ADMIN = Operator(OPERATOR, Role.ADMIN)


@pytest.fixture
def ctx(store: Store, qapp: object) -> Iterator[AppContext]:
    settings = UiSettings(language="en", setup_done=True)
    context = AppContext(store, OpRunner(synchronous=True), AppSignals(), settings, ADMIN)
    yield context
    context.ops.wait()
