"""Start the desktop app: log in (or create the first operator), language and theme,
first-run setup, the main window with sync and the idle lock."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from desa_desktop.core.security.accounts import StoreState, Unlocked, store_state
from desa_desktop.core.services.villages import list_villages
from desa_desktop.core.store.backups import rolling_backup
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.local_prefs import load_language, save_language
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings
from desa_desktop.ui.theme import apply_theme
from desa_desktop.ui.translations import install_translator, remove_translators, switch_language


def application() -> QApplication:
    """The one QApplication (created on first use)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv)
    app.setApplicationName("Desa Desktop")
    app.setOrganizationName("desa-desktop")
    return app


def build_context(unlocked: Unlocked, ops: OpRunner | None = None) -> AppContext:
    """Everything a screen needs, over a store that is open and an operator logged in."""
    store = unlocked.store
    settings = UiSettings.load(store)
    return AppContext(store, ops or OpRunner(), AppSignals(), settings, unlocked.operator)


def build_window(ctx: AppContext) -> MainWindow:
    """The main window listing every screen; each is imported and built when first shown."""
    from desa_desktop.ui.screens import SCREENS

    return MainWindow(ctx, SCREENS)


def log_in(data_dir: Path, ops: OpRunner, language: str) -> tuple[Unlocked | None, str | None]:
    """The login, or the first operator's creation on a new (or not yet encrypted) folder.

    Returns the open session (None when cancelled) and the language picked on the page
    (None when the remembered one was kept).
    """
    from desa_desktop.ui.first_operator import FirstOperatorDialog
    from desa_desktop.ui.login_dialog import LoginDialog

    state = store_state(data_dir)
    dialog: LoginDialog | FirstOperatorDialog
    if state is StoreState.LOCKED:
        dialog = LoginDialog(data_dir, ops, language)
    else:
        encrypt = state is StoreState.UNENCRYPTED
        dialog = FirstOperatorDialog(data_dir, ops, language, encrypt_existing=encrypt)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    picked = dialog.language() if dialog.switch.touched or state is not StoreState.LOCKED else None
    return (dialog.unlocked if accepted else None), picked


def settle_language(ctx: AppContext, data_dir: Path, shown: str, picked: str | None) -> None:
    """After login: a language picked on the login page becomes the setting; the app then
    speaks the setting, and ``ui.json`` remembers it for the next login page."""
    settings = ctx.settings
    if picked is not None and picked != settings.language:
        settings.language = picked
        snapshot, store = dataclasses.replace(settings), ctx.store
        ctx.ops.write(lambda: snapshot.save(store))
    if settings.language != shown:
        switch_language(settings.language)
    save_language(data_dir, settings.language)
    ctx.signals.settings_changed.connect(lambda: save_language(data_dir, ctx.settings.language))


def run_gui(data_dir: Path, unlocked: Unlocked | None = None) -> int:
    """Run the app on ``data_dir`` until its window closes; the exit code.

    ``unlocked`` is a session opened already (the demo); otherwise the user logs in first.
    """
    app = application()
    shown = load_language(data_dir)
    install_translator(app, shown)
    apply_theme(app)
    ops = OpRunner()
    try:
        picked: str | None = None
        if unlocked is None:
            if store_state(data_dir) is StoreState.KEY_MISSING:
                from desa_desktop.ui.login_dialog import show_key_missing

                show_key_missing(data_dir, shown)
                return 1
            unlocked, picked = log_in(data_dir, ops, shown)
            if unlocked is None:
                return 0
        ctx = build_context(unlocked, ops)
        try:
            settle_language(ctx, data_dir, picked or shown, picked)
            return _run_window(app, ctx, data_dir)
        finally:
            ops.wait()
            ctx.store.close()
    finally:
        remove_translators(app)


def _run_window(app: QApplication, ctx: AppContext, data_dir: Path) -> int:
    key = ctx.store.key
    ctx.ops.read(lambda: rolling_backup(data_dir, key))  # the automatic daily copy, in backups/
    from desa_desktop.ui.setup_wizard import run_first_setup

    needs_setup = not ctx.settings.setup_done or not list_villages(ctx.store)
    if needs_setup and not run_first_setup(ctx):
        return 0
    window = build_window(ctx)
    from desa_desktop.ui.lock import install_lock
    from desa_desktop.ui.sync_controller import install_sync

    install_sync(window, ctx)
    install_lock(window, ctx)
    window.show()
    return app.exec()
