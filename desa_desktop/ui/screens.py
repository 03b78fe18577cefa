"""The screens of the main window, in navigation order."""

from __future__ import annotations

from desa_desktop.ui.dashboard import DashboardScreen
from desa_desktop.ui.officials import OfficialsScreen
from desa_desktop.ui.operators_screen import OperatorsScreen
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.sessions_screen import SessionsScreen
from desa_desktop.ui.settings_screen import SettingsScreen
from desa_desktop.ui.sync_screen import SyncScreen
from desa_desktop.ui.updates import UpdatesScreen
from desa_desktop.ui.workers import WorkersScreen

SCREENS: tuple[type[Screen], ...] = (
    DashboardScreen,
    OfficialsScreen,
    WorkersScreen,
    SessionsScreen,
    UpdatesScreen,
    SyncScreen,
    OperatorsScreen,
    SettingsScreen,
)
