"""What every screen may use, passed in explicitly (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings


class AppSignals(QObject):
    """App-wide broadcasts. ``changed`` carries a core ``Changes`` summary after any write;
    each view refreshes only what it shows."""

    changed = Signal(object)  # desa_desktop.core.services.changes.Changes
    sync_finished = Signal(object)  # desa_desktop.sync.engine.SyncReport
    settings_changed = Signal()
    open_person = Signal(str)  # a registration's UUID, e.g. from a duplicate-NIK message
    operator_changed = Signal(object)  # the Operator who unlocked the app after a lock


@dataclass
class AppContext:
    """The open store, the op runner, the app's signals, its settings, and who is logged in."""

    store: Store
    ops: OpRunner
    signals: AppSignals
    settings: UiSettings
    operator_account: Operator

    @property
    def lang(self) -> str:
        return self.settings.language

    @property
    def operator(self) -> str:
        """The logged-in operator's name: what every write records in its audit entry."""
        return self.operator_account.name
