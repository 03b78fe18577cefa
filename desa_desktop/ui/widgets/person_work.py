"""What the person does: a worker's occupation and income, or an official's position, decree and siltap."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desa_desktop.core.domain.positions import Position, position_label
from desa_desktop.ui.widgets.occupation_picker import OccupationPicker
from desa_desktop.ui.widgets.person_fields import ChoiceCombo, DateField, MoneyField
from desa_desktop.ui.widgets.person_section import FieldSection


class WorkerWorkSection(FieldSection):
    """Occupation (searchable, aliases included) and declared monthly income."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Work"), lang, parent)
        self.occupation = OccupationPicker()
        self.add("occupation", self.tr("Occupation"), self.occupation)
        self.income = MoneyField()
        self.income.setToolTip(self.tr("Declared monthly income in rupiah (at least Rp1.000.000)"))
        self.add("income", self.tr("Monthly income (Rp)"), self.income)

    def values(self) -> dict[str, Any]:
        return {"occupation": self.occupation.text() or None, "income": self.income.value()}

    def load(self, values: Mapping[str, Any]) -> None:
        self.occupation.set_code(values.get("occupation"))
        self.income.set_value(values.get("income"))

    def clear(self) -> None:
        self.load({})


class OfficialWorkSection(FieldSection):
    """Position, appointment decree (SK) number and date, fixed monthly salary (siltap)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Position"), lang, parent)
        self.position = ChoiceCombo(
            [(position_label(p, lang), p.value) for p in Position], blank="—"
        )
        self.add("position", self.tr("Position"), self.position)
        self.sk_number = QLineEdit()
        self.sk_number.setMaxLength(100)
        self.sk_number.setPlaceholderText(self.tr("e.g. 141/12/2024"))
        self.add("sk_number", self.tr("Decree (SK) number"), self.sk_number)
        self.sk_date = DateField()
        self.add("sk_date", self.tr("Decree (SK) date"), self.sk_date)
        self.siltap = MoneyField()
        self.siltap.setToolTip(self.tr("Fixed monthly village salary (siltap) in rupiah"))
        self.add("siltap", self.tr("Siltap (Rp a month)"), self.siltap)

    def values(self) -> dict[str, Any]:
        return {
            "position": self.position.value(),
            "sk_number": self.sk_number.text() or None,
            "sk_date": self.sk_date.value(),
            "siltap": self.siltap.value(),
        }

    def load(self, values: Mapping[str, Any]) -> None:
        self.position.set_value(values.get("position"))
        self.sk_number.setText(values.get("sk_number") or "")
        self.sk_date.set_value(values.get("sk_date"))
        self.siltap.set_value(values.get("siltap"))

    def clear(self) -> None:
        self.load({})
