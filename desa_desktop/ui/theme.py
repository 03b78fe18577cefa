"""The look: one QSS theme, the app icon, the sync-state icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from desa_desktop.resources import resource_path


def apply_theme(app: QApplication) -> None:
    """Fusion style (same on every OS), a legible font, our QSS and icon."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    qss = resource_path("theme.qss").read_text(encoding="utf-8")
    # QSS urls are relative to the working directory: point them at the shipped icons.
    app.setStyleSheet(qss.replace("@ICONS@", resource_path("icons").as_posix()))
    app.setWindowIcon(icon("app"))


@cache
def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg``."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
