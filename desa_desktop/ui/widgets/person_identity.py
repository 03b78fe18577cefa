"""Who the person is, as on the KTP: NIK (with what it encodes), name, birth, sex, mother.

Typing a NIK shows the region, birth date and sex its digits encode; "Fill from NIK"
(Alt+F) copies the birth date and sex into their fields, so a facilitator types less.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desa_desktop.core.domain.choices import MaritalStatus, Sex, label
from desa_desktop.core.domain.nik import NikFacts, check_nik
from desa_desktop.ui.widgets.person_fields import ChoiceCombo, DateField, plain_value, show_date
from desa_desktop.ui.widgets.person_section import FieldSection


class NikField(QWidget):
    """The NIK input, a "Fill from NIK" button and a line saying what the NIK encodes."""

    fill_requested = Signal(object)  # NikFacts

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.edit = QLineEdit()
        self.edit.setMaxLength(24)  # 16 digits plus the spaces or dots people type
        self.edit.setPlaceholderText(self.tr("16 digits"))
        self.fill = QPushButton(self.tr("&Fill from NIK"))
        # Alt+F reaches it; a tab stop here would slow typing NIK then name.
        self.fill.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fill.setToolTip(self.tr("Copy the birth date and sex the NIK encodes (Alt+F)"))
        self.fill.setEnabled(False)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("hint")
        self.facts_label.setWordWrap(True)
        self.facts_label.hide()
        # The NIK keeps the full width (16 digits must show whole); what it encodes goes under
        # it, and the button under that, shown once there is something to fill.
        self.fill.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.edit)
        column.addWidget(self.facts_label)
        column.addWidget(self.fill, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.edit)
        self.facts: NikFacts | None = None
        self.edit.textChanged.connect(self._read)
        self.fill.clicked.connect(self._fill_clicked)

    def _fill_clicked(self) -> None:
        self.fill_requested.emit(self.facts)

    def _read(self, text: str) -> None:
        facts = check_nik(text).facts if text.strip() else None
        self.facts = facts
        usable = facts is not None and (facts.birth_date is not None or facts.sex is not None)
        self.fill.setEnabled(usable)
        self.fill.setVisible(usable)
        if facts is None:
            self.facts_label.hide()
            return
        self.facts_label.setText(self.describe(facts))
        self.facts_label.show()

    def describe(self, facts: NikFacts) -> str:
        """ "Kupang Barat, Kabupaten Kupang, Nusa Tenggara Timur · born 12-03-1985 · Male"."""
        names = [n for n in (facts.district, facts.regency, facts.province) if n]
        region = (
            ", ".join(names)
            if names
            else self.tr("region %1 not in today's list").replace("%1", facts.district_code)
        )
        if facts.birth_date is None:
            return self.tr("%1 · birth date not readable").replace("%1", region)
        sex = label(facts.sex, self.lang) if facts.sex else "?"
        return (
            self.tr("%1 · born %2 · %3")
            .replace("%1", region)
            .replace("%2", show_date(facts.birth_date))
            .replace("%3", sex)
        )


class IdentitySection(FieldSection):
    """NIK, name, birth place and date, sex, marital status, mother's maiden name."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Identity (as on the KTP)"), lang, parent)
        self.nik = NikField(lang)
        self.add("nik", self.tr("NIK"), self.nik.edit, shown=self.nik)
        self.nik.fill_requested.connect(self.fill_from_nik)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.add("name", self.tr("Full name"), self.name)
        self.birth_place = QLineEdit()
        self.birth_place.setMaxLength(100)
        self.add("birth_place", self.tr("Place of birth"), self.birth_place)
        self.birth_date = DateField()
        self.add("birth_date", self.tr("Date of birth"), self.birth_date)
        self.sex = ChoiceCombo([(label(s.value, lang), s.value) for s in Sex], blank="—")
        self.add("sex", self.tr("Sex"), self.sex)
        self.marital_status = ChoiceCombo(
            [(label(m.value, lang), m.value) for m in MaritalStatus], blank="—"
        )
        self.add("marital_status", self.tr("Marital status"), self.marital_status)
        self.mother_maiden_name = QLineEdit()
        self.mother_maiden_name.setMaxLength(100)
        self.add("mother_maiden_name", self.tr("Mother's maiden name"), self.mother_maiden_name)

    def fill_from_nik(self, facts: NikFacts | None = None) -> None:
        """Copy the birth date and sex the NIK encodes into their fields."""
        facts = facts or self.nik.facts
        if facts is None:
            return
        if facts.birth_date is not None:
            self.birth_date.set_value(facts.birth_date)
        if facts.sex is not None:
            self.sex.set_value(facts.sex)

    def values(self) -> dict[str, Any]:
        return {
            "nik": self.nik.edit.text(),
            "name": self.name.text(),
            "birth_place": self.birth_place.text() or None,
            "birth_date": self.birth_date.value(),
            "sex": self.sex.value(),
            "marital_status": self.marital_status.value(),
            "mother_maiden_name": self.mother_maiden_name.text() or None,
        }

    def load(self, values: Mapping[str, Any]) -> None:
        self.nik.edit.setText(values.get("nik") or "")
        self.name.setText(values.get("name") or "")
        self.birth_place.setText(values.get("birth_place") or "")
        self.birth_date.set_value(values.get("birth_date"))
        self.sex.set_value(plain_value(values.get("sex")))
        self.marital_status.set_value(plain_value(values.get("marital_status")))
        self.mother_maiden_name.setText(values.get("mother_maiden_name") or "")

    def clear(self) -> None:
        self.load({})
