"""What the main window expects of a screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desa_desktop.core.services.changes import Changes
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.screens import entry_of


class Screen(QWidget):
    """A page of the main window. Subclasses build their widgets in ``__init__``.

    The window builds a screen the first time it is shown, and only then: ``__init__``
    builds widgets and reads nothing slow; the window calls :meth:`refresh` to load.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.signals.changed.connect(self.on_changed)

    def title(self) -> str:
        """The name shown in the navigation (translated): the screen's entry in ``SCREENS``."""
        return entry_of(type(self)).title()

    def refresh(self) -> None:
        """Reload what the screen shows (called when it is opened)."""

    def on_changed(self, changes: Changes) -> None:
        """A write happened somewhere; refresh if it touches what this screen shows."""
        if self.isVisible():
            self.refresh()

    def set_village(self, code: str) -> None:
        """The village picked in the window's village selector ("" for all)."""
