"""Input fields of the person form that Qt lacks: a typed date that may be blank, rupiah, choices.

Dates are typed as on the KTP (DD-MM-YYYY) because typing is faster than a calendar for
people entering dozens of registrations; a blank date is a real value (a draft may lack one).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

_DMY = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")


def parse_typed_date(text: str) -> date | None:
    """A date typed as DD-MM-YYYY (or with / or .), YYYY-MM-DD or DDMMYYYY; None if unreadable."""
    value = text.strip()
    found = _DMY.fullmatch(value) or _COMPACT.fullmatch(value)
    parts: tuple[int, int, int] | None = None
    if found:
        day, month, year = (int(g) for g in found.groups())
        parts = (year, month, day)
    elif found := _YMD.fullmatch(value):
        year, month, day = (int(g) for g in found.groups())
        parts = (year, month, day)
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def show_date(value: date) -> str:
    """DD-MM-YYYY, as printed on the KTP."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def plain_value(value: Any) -> Any:
    """An enum's value; anything else as it is (combos hold plain strings and ints)."""
    return getattr(value, "value", value)


def show_amount(amount: int) -> str:
    """Digits grouped the Indonesian way: 1500000 -> "1.500.000"."""
    return f"{amount:,}".replace(",", ".")


class DateField(QLineEdit):
    """A date typed as DD-MM-YYYY; blank means "not given"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.setMaxLength(10)
        self.editingFinished.connect(self._tidy)

    def value(self) -> date | None:
        """The date, or None when blank or unreadable (see :meth:`is_readable`)."""
        return parse_typed_date(self.text())

    def is_readable(self) -> bool:
        """True when blank or a real date."""
        return not self.text().strip() or self.value() is not None

    def set_value(self, value: date | None) -> None:
        self.setText(show_date(value) if value else "")

    def _tidy(self) -> None:
        value = self.value()
        if value is not None and self.text() != show_date(value):
            self.setText(show_date(value))


class MoneyField(QLineEdit):
    """Whole rupiah; accepts "1500000", "1.500.000" or "Rp 1.500.000"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pattern = QRegularExpression(
            r"^\s*(Rp\.?)?\s*[0-9. ]*$", QRegularExpression.PatternOption.CaseInsensitiveOption
        )
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText(self.tr("e.g. 1.500.000"))
        self.editingFinished.connect(self._tidy)

    def value(self) -> int | None:
        digits = re.sub(r"\D", "", self.text())
        return int(digits) if digits else None

    def set_value(self, value: int | None) -> None:
        self.setText(show_amount(value) if value is not None else "")

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            self.setText(show_amount(value))


class ChoiceCombo(QComboBox):
    """A closed list of (label, value) choices; an optional first entry means "not given"."""

    def __init__(
        self,
        choices: list[tuple[str, Any]],
        *,
        blank: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # long labels must not force the form wider than a 1366x768 screen allows
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        if blank is not None:
            self.addItem(blank, None)
        for text, value in choices:
            self.addItem(text, value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        """Select ``value``; the first entry when it is not among the choices."""
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)
