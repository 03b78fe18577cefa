"""A searchable occupation field over the Dukcapil list, aliases included.

Typing "guru ngaji" or "ojek" offers the official names they belong to; the line under the
field says which official entry will be stored. Down arrow on an empty field lists them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from desa_desktop.core.domain.occupations import (
    find_occupation,
    occupations,
    search_occupations,
)

SUGGESTIONS = 12


class OccupationPicker(QWidget):
    """A line edit with suggestions from the occupation list and a note of what will be stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type to search, e.g. petani, nelayan, ojek"))
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        # We rank the suggestions ourselves (aliases included), so Qt must not filter them.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.setMaxVisibleItems(SUGGESTIONS)
        self.completer.activated.connect(self._picked)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        column.addWidget(self.note)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._suggest)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)

    def text(self) -> str:
        """What will be validated: the official name when the text names one, else the text."""
        found = find_occupation(self.edit.text())
        return found.name if found else self.edit.text().strip()

    def code(self) -> str | None:
        found = find_occupation(self.edit.text())
        return found.code if found else None

    def set_code(self, code: str | None) -> None:
        """Show the occupation stored under ``code`` (blank for None)."""
        found = find_occupation(code) if code else None
        self.edit.setText(found.name if found else (code or ""))

    def clear(self) -> None:
        self.edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if (
            popup is not None
            and watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and not popup.isVisible()
        ):
            self._suggest(self.edit.text(), everything=True)
            return True
        return super().eventFilter(watched, event)

    def _suggest(self, text: str, everything: bool = False) -> None:
        found = search_occupations(text, limit=SUGGESTIONS) if text.strip() else []
        if not found and everything:
            found = occupations()
        self.suggestions.setStringList([o.name for o in found])
        if found:
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()

    def _picked(self, name: str) -> None:
        self.edit.setText(name)

    def _text_changed(self, text: str) -> None:
        found = find_occupation(text)
        if found is None:
            self.note.hide()
        elif found.name == text.strip():
            self.note.setText(self.tr("Dukcapil code %1").replace("%1", found.code))
            self.note.show()
        else:
            self.note.setText(
                self.tr("Saved as %1 (code %2)").replace("%1", found.name).replace("%2", found.code)
            )
            self.note.show()
