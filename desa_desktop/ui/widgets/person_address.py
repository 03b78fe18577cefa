"""Where the person lives and how to reach them: address, RT/RW, dusun, village, phone, KK, decile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desa_desktop.core.services.villages import VillageRow
from desa_desktop.ui.widgets.person_fields import ChoiceCombo
from desa_desktop.ui.widgets.person_section import FieldSection


class AddressSection(FieldSection):
    """Address with RT/RW and dusun, the village (one this laptop serves), phone, KK, decile."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Address and contact"), lang, parent)
        self.address = QLineEdit()
        self.address.setMaxLength(200)
        self.address.setPlaceholderText(self.tr("Street, house number"))
        self.add("address", self.tr("Address"), self.address)

        self.rt = QLineEdit()
        self.rw = QLineEdit()
        for small in (self.rt, self.rw):
            small.setMaxLength(6)  # "RT 01" is tolerated and tidied by the core
            small.setMaximumWidth(90)
        # RT and RW share a row; their findings go under it at full width, not in a narrow column
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rt)
        rw_caption = QLabel(self.tr("RW"))
        rw_caption.setBuddy(self.rw)
        row.addWidget(rw_caption)
        row.addWidget(self.rw)
        row.addStretch(1)
        pair = QWidget()
        column = QVBoxLayout(pair)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.register("rt", self.rt))
        column.addWidget(self.register("rw", self.rw))
        self.add_row(self.caption(self.tr("RT"), self.rt), pair)

        self.dusun = QLineEdit()
        self.dusun.setMaxLength(100)
        self.add("dusun", self.tr("Hamlet (dusun)"), self.dusun)
        self.village = ChoiceCombo([])
        self.add("village_code", self.tr("Village"), self.village)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("e.g. 0812 3456 7890"))
        self.add("phone", self.tr("Mobile number"), self.phone)
        self.kk_number = QLineEdit()
        self.kk_number.setMaxLength(24)
        self.kk_number.setPlaceholderText(self.tr("Optional, 16 digits"))
        self.add("kk_number", self.tr("Family card (KK)"), self.kk_number)
        self.decile = ChoiceCombo([(str(n), n) for n in range(1, 11)], blank=self.tr("Not known"))
        self.decile.setToolTip(self.tr("DTSEN welfare decile: 1 is the poorest tenth"))
        self.add("decile", self.tr("DTSEN decile"), self.decile)

    def set_villages(self, villages: Sequence[VillageRow]) -> None:
        """Offer the villages this laptop serves, keeping the current pick when it stays."""
        current = self.village.value()
        self.village.blockSignals(True)
        self.village.clear()
        for village in villages:
            self.village.addItem(f"{village.name} ({village.code})", village.code)
        self.village.blockSignals(False)
        self.village.set_value(current)

    def values(self) -> dict[str, Any]:
        return {
            "address": self.address.text() or None,
            "rt": self.rt.text() or None,
            "rw": self.rw.text() or None,
            "dusun": self.dusun.text() or None,
            "village_code": self.village.value() or "",
            "phone": self.phone.text() or None,
            "kk_number": self.kk_number.text() or None,
            "decile": self.decile.value(),
        }

    def load(self, values: Mapping[str, Any]) -> None:
        self.address.setText(values.get("address") or "")
        self.rt.setText(values.get("rt") or "")
        self.rw.setText(values.get("rw") or "")
        self.dusun.setText(values.get("dusun") or "")
        if values.get("village_code"):
            self.village.set_value(values["village_code"])
        self.phone.setText(_local_phone(values.get("phone")))
        self.kk_number.setText(values.get("kk_number") or "")
        self.decile.set_value(values.get("decile"))

    def clear(self) -> None:
        """Empty the person's fields; the village stays (the next person is usually a neighbour)."""
        self.load({})


def _local_phone(e164: str | None) -> str:
    """ "+6281234567890" as people write it: "081234567890"."""
    if not e164:
        return ""
    return "0" + e164[3:] if e164.startswith("+62") else e164
