"""What every screen may use, passed in explicitly (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

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


@dataclass
class AppContext:
    """The open store, the op runner, the app's signals and its settings."""

    store: Store
    ops: OpRunner
    signals: AppSignals
    settings: UiSettings

    @property
    def lang(self) -> str:
        return self.settings.language

    @property
    def operator(self) -> str:
        return self.settings.operator or "operator"
