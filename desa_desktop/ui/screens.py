"""The screens of the main window, in navigation order, each loaded when first opened.

An entry carries its screen's navigation title and a loader, so the window lists every
screen without importing one: a screen's module (with what only it needs) is imported,
and the screen built, the first time it is shown. The loaders import by name in a
function body, so PyInstaller and mypy still see each screen module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from desa_desktop.ui.screen import Screen


@dataclass(frozen=True)
class ScreenEntry:
    """A screen: its class's module and name, its loader, its navigation title (translated
    in the class's own context, as the class's ``self.tr`` would)."""

    module: str
    name: str
    load: Callable[[], type[Screen]]
    title_source: str
    opens_people: bool = False  # answers ctx.signals.open_person: built when one is asked for

    def title(self) -> str:
        return QCoreApplication.translate(self.name, self.title_source)

    def is_for(self, screen_class: type[object]) -> bool:
        """Whether ``screen_class`` is this entry's (without importing anything)."""
        return screen_class.__module__ == self.module and screen_class.__qualname__ == self.name


def _dashboard() -> type[Screen]:
    from desa_desktop.ui.dashboard import DashboardScreen

    return DashboardScreen


def _officials() -> type[Screen]:
    from desa_desktop.ui.officials import OfficialsScreen

    return OfficialsScreen


def _workers() -> type[Screen]:
    from desa_desktop.ui.workers import WorkersScreen

    return WorkersScreen


def _sessions() -> type[Screen]:
    from desa_desktop.ui.sessions_screen import SessionsScreen

    return SessionsScreen


def _updates() -> type[Screen]:
    from desa_desktop.ui.updates import UpdatesScreen

    return UpdatesScreen


def _sync() -> type[Screen]:
    from desa_desktop.ui.sync_screen import SyncScreen

    return SyncScreen


def _operators() -> type[Screen]:
    from desa_desktop.ui.operators_screen import OperatorsScreen

    return OperatorsScreen


def _settings() -> type[Screen]:
    from desa_desktop.ui.settings_screen import SettingsScreen

    return SettingsScreen


def _entry(
    module: str,
    name: str,
    load: Callable[[], type[Screen]],
    title: object,
    *,
    opens_people: bool = False,
) -> ScreenEntry:
    # QT_TRANSLATE_NOOP (typed as returning object) returns its text: lupdate collects it.
    return ScreenEntry(f"desa_desktop.ui.{module}", name, load, str(title), opens_people)


SCREENS: tuple[ScreenEntry, ...] = (
    _entry(
        "dashboard",
        "DashboardScreen",
        _dashboard,
        QT_TRANSLATE_NOOP("DashboardScreen", "Dashboard"),
    ),
    _entry(
        "officials",
        "OfficialsScreen",
        _officials,
        QT_TRANSLATE_NOOP("OfficialsScreen", "Officials (Perangkat)"),
        opens_people=True,
    ),
    _entry(
        "workers",
        "WorkersScreen",
        _workers,
        QT_TRANSLATE_NOOP("WorkersScreen", "Workers (Pekerja)"),
        opens_people=True,
    ),
    _entry(
        "sessions_screen",
        "SessionsScreen",
        _sessions,
        QT_TRANSLATE_NOOP("SessionsScreen", "Sessions (Sosialisasi)"),
    ),
    _entry(
        "updates", "UpdatesScreen", _updates, QT_TRANSLATE_NOOP("UpdatesScreen", "Data updates")
    ),
    _entry(
        "sync_screen",
        "SyncScreen",
        _sync,
        QT_TRANSLATE_NOOP("SyncScreen", "Sync (Sinkronisasi)"),
    ),
    _entry(
        "operators_screen",
        "OperatorsScreen",
        _operators,
        QT_TRANSLATE_NOOP("OperatorsScreen", "Operators"),
    ),
    _entry(
        "settings_screen",
        "SettingsScreen",
        _settings,
        QT_TRANSLATE_NOOP("SettingsScreen", "Settings (Pengaturan)"),
    ),
)


def entry_of(screen_class: type[object]) -> ScreenEntry:
    """The entry of a screen class (a ``LookupError`` for a class that is not a screen)."""
    found = next((e for e in SCREENS if e.is_for(screen_class)), None)
    if found is None:
        raise LookupError(f"{screen_class.__qualname__} is not one of the app's screens")
    return found


def entries(*screen_classes: type[object]) -> tuple[ScreenEntry, ...]:
    """The entries of some screen classes, in the order given (e.g. a window with a few)."""
    return tuple(entry_of(c) for c in screen_classes)
