"""Start the desktop app: open the store, language and theme, first-run setup, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desa_desktop.core.store.backups import rolling_backup
from desa_desktop.core.store.migrate import open_store
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings
from desa_desktop.ui.theme import apply_theme
from desa_desktop.ui.translations import install_translator


def application() -> QApplication:
    """The one QApplication (created on first use)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv)
    app.setApplicationName("Desa Desktop")
    app.setOrganizationName("desa-desktop")
    return app


def build_context(data_dir: Path) -> AppContext:
    """Open the store and everything a screen needs."""
    store = open_store(data_dir)
    return AppContext(store, OpRunner(), AppSignals(), UiSettings.load(store))


def build_window(ctx: AppContext) -> MainWindow:
    """The main window with every screen (imported here so the core stays Qt-free)."""
    from desa_desktop.ui.screens import SCREENS

    return MainWindow(ctx, SCREENS)


def run_gui(data_dir: Path) -> int:
    """Run the app on ``data_dir`` until its window closes; the exit code."""
    app = application()
    ctx = build_context(data_dir)
    ctx.ops.read(lambda: rolling_backup(data_dir))  # the automatic daily copy, in backups/
    translators = install_translator(app, ctx.settings.language)
    apply_theme(app)
    from desa_desktop.ui.setup_wizard import run_first_setup

    if not ctx.settings.setup_done and not run_first_setup(ctx):
        ctx.store.close()
        return 0
    window = build_window(ctx)
    from desa_desktop.ui.sync_controller import install_sync

    install_sync(window, ctx)
    window.show()
    code = app.exec()
    ctx.ops.wait()
    ctx.store.close()
    del translators
    return code
