"""The built program's GUI self-check: start the real window offscreen, look, and exit.

A frozen build fails in ways a source checkout never does: a Qt plugin left out (no
platform, no SVG icons), the translations or theme not bundled, QtCharts missing, a module
PyInstaller did not see. This builds the app the way ``run_gui`` does (store, translator,
theme, main window, sync), visits every screen, and reports what it found instead of
entering the event loop. A watchdog ends the process if anything blocks (a modal dialog).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from desa_desktop.core.security.accounts import (
    StoreState,
    Unlocked,
    initialize,
    store_state,
    unlock,
)
from desa_desktop.ui.app import application, build_context, build_window
from desa_desktop.ui.sync_controller import install_sync
from desa_desktop.ui.theme import apply_theme, icon
from desa_desktop.ui.translations import install_translator

WATCHDOG_SECONDS = 90
EXIT_BLOCKED = 3


def _watchdog() -> None:
    print(f"gui check: still running after {WATCHDOG_SECONDS} s (blocked?)", file=sys.stderr)
    sys.stderr.flush()
    os._exit(EXIT_BLOCKED)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _login(data_dir: Path) -> Unlocked:
    """The operator from DESA_OPERATOR/DESA_PASSWORD; a fresh folder is set up with them."""
    name, password = os.environ["DESA_OPERATOR"], os.environ["DESA_PASSWORD"]
    if store_state(data_dir) is StoreState.NEW:
        return initialize(data_dir, name, password)
    return unlock(data_dir, name, password)


def check_gui(data_dir: Path) -> int:
    """Build the main window on ``data_dir``, visit each screen; 0 when all is well."""
    app = application()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(_watchdog)
    watchdog.start(WATCHDOG_SECONDS * 1000)
    problems: list[str] = []
    ctx = build_context(_login(data_dir))
    ctx.ops.failed.connect(lambda error: problems.append(f"{type(error).__name__}: {error}"))
    translators = install_translator(app, "id")
    if not translators:
        problems.append("the Indonesian translation (desa_id.qm) did not load")
    apply_theme(app)
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        problems.append(f"no SVG image plugin (image formats: {sorted(formats)})")
    if icon("app").pixmap(32, 32).isNull():
        problems.append("the app icon (app.svg) does not render")
    window = build_window(ctx)
    controller = install_sync(window, ctx)
    window.show()
    _settle(app)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle(app)
    ctx.ops.wait()
    _settle(app)
    if not window.isVisible():
        problems.append("the main window is not visible")
    controller.stop()
    window.close()
    _settle(app)
    ctx.ops.wait()
    ctx.store.close()
    watchdog.stop()
    if problems:
        for problem in problems:
            print(f"gui check: {problem}", file=sys.stderr)
        return 1
    print(
        f"gui ok: platform {app.platformName()}, {len(window.screens)} screens, "
        f"SVG icons, Indonesian translation, PySide6 {pyside_version}"
    )
    return 0
