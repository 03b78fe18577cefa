"""What the main window expects of a screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desa_desktop.core.services.changes import Changes
from desa_desktop.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. Subclasses build their widgets in ``__init__``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.signals.changed.connect(self.on_changed)

    def title(self) -> str:
        """The name shown in the navigation (translated)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the screen shows (called when it is opened)."""

    def on_changed(self, changes: Changes) -> None:
        """A write happened somewhere; refresh if it touches what this screen shows."""
        if self.isVisible():
            self.refresh()

    def set_village(self, code: str) -> None:
        """The village picked in the window's village selector ("" for all)."""
