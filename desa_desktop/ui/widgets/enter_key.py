"""Enter in a line edit that does its own thing, and nothing else.

A QLineEdit lets Return travel on to the dialog's default button, so in a wizard Enter
in a search box would both pick a result and go to the next page. This filter runs the
field's own action and keeps the key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterKey(QObject):
    """Runs ``action`` when Enter is pressed in ``field`` and keeps the key from the dialog."""

    def __init__(self, field: QLineEdit, action: Callable[[], None]) -> None:
        super().__init__(field)
        self.action = action
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            self.action()
            return True
        return super().eventFilter(watched, event)
