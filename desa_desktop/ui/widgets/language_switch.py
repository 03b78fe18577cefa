"""The id/en switch of the pages shown before login: it changes the app's language at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desa_desktop.ui.translations import switch_language

# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class LanguageSwitch(QComboBox):
    """Picks the language; ``changed`` says which after the translators were swapped."""

    changed = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageSwitch")
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(language)))
        self.touched = False  # the user picked a language here (not just the remembered one)
        self.currentIndexChanged.connect(self._picked)

    def language(self) -> str:
        return str(self.currentData())

    def _picked(self, _index: int) -> None:
        self.touched = True
        switch_language(self.language())
        self.changed.emit(self.language())
