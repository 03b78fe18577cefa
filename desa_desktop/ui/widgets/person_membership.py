"""Membership: programmes, start date, payment period and funding (workers), next of kin, consent."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desa_desktop.core.domain.choices import FundingSource, Kind, label
from desa_desktop.core.domain.contributions import Program
from desa_desktop.core.domain.rates import NoRateVersionError, load_rate_table
from desa_desktop.ui.widgets.person_fields import ChoiceCombo, DateField, plain_value
from desa_desktop.ui.widgets.person_section import FieldSection

FALLBACK_MONTHS = (1, 3, 6, 12)


def allowed_payment_months(on: date | None = None) -> tuple[int, ...]:
    """Payment periods the rate table in force allows (they are data: UNCERTAIN in the rules)."""
    try:
        return load_rate_table().version_on(on or date.today()).bpu.payment_months
    except NoRateVersionError:
        return FALLBACK_MONTHS


class MembershipSection(FieldSection):
    """What the person is registered for, who receives news if something happens, consent."""

    def __init__(self, kind: Kind, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Membership"), lang, parent)
        self.kind = kind
        self.program = ChoiceCombo(
            [
                (self.tr("JKK + JKM (basic)"), Program.JKK_JKM.value),
                (self.tr("JKK + JKM + JHT (with savings)"), Program.JKK_JKM_JHT.value),
            ],
            blank="—",
        )
        self.program.setToolTip(
            self.tr("JKK: work accident. JKM: death. JHT: old-age savings (optional).")
        )
        self.add("program", self.tr("Programmes"), self.program)
        self.start_date = DateField()
        self.add("start_date", self.tr("Start date"), self.start_date)
        self.payment_months: ChoiceCombo | None = None
        self.funding_source: ChoiceCombo | None = None
        if kind is Kind.WORKER:
            self.payment_months = ChoiceCombo(
                [
                    (self.tr("%1 month(s)").replace("%1", str(n)), n)
                    for n in allowed_payment_months()
                ]
            )
            self.add("payment_months", self.tr("Paid in advance for"), self.payment_months)
            self.funding_source = ChoiceCombo(
                [(label(f.value, lang), f.value) for f in FundingSource], blank="—"
            )
            self.add("funding_source", self.tr("Paid by (funding)"), self.funding_source)
        self.next_of_kin_name = QLineEdit()
        self.next_of_kin_name.setMaxLength(100)
        self.add("next_of_kin_name", self.tr("Next of kin"), self.next_of_kin_name)
        self.next_of_kin_relation = QLineEdit()
        self.next_of_kin_relation.setMaxLength(50)
        self.next_of_kin_relation.setPlaceholderText(self.tr("e.g. wife, son, mother"))
        self.add("next_of_kin_relation", self.tr("Relationship"), self.next_of_kin_relation)
        self.next_of_kin_phone = QLineEdit()
        self.next_of_kin_phone.setMaxLength(20)
        self.add("next_of_kin_phone", self.tr("Next of kin's mobile"), self.next_of_kin_phone)
        # Required by the core (UU 27/2022), drafts too: the text says so, as no box is ticked
        # by default and nothing else shows that a checkbox cannot be left empty.
        self.consent = QCheckBox(self.tr("Agrees to data processing (required)"))
        self.consent.setToolTip(
            self.tr("The person agrees that their data is processed for BPJS (UU 27/2022)")
        )
        self.add("consent", self.tr("Consent"), self.consent)
        self.reset()

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "program": self.program.value(),
            "start_date": self.start_date.value(),
            "next_of_kin_name": self.next_of_kin_name.text() or None,
            "next_of_kin_relation": self.next_of_kin_relation.text() or None,
            "next_of_kin_phone": self.next_of_kin_phone.text() or None,
            "consent": self.consent.isChecked(),
        }
        if self.payment_months is not None and self.funding_source is not None:
            found["payment_months"] = self.payment_months.value()
            found["funding_source"] = self.funding_source.value()
        return found

    def load(self, values: Mapping[str, Any]) -> None:
        self.program.set_value(values.get("program"))
        self.start_date.set_value(values.get("start_date"))
        if self.payment_months is not None and self.funding_source is not None:
            self.payment_months.set_value(values.get("payment_months"))
            self.funding_source.set_value(plain_value(values.get("funding_source")))
        self.clear_person()
        self.next_of_kin_name.setText(values.get("next_of_kin_name") or "")
        self.next_of_kin_relation.setText(values.get("next_of_kin_relation") or "")
        phone = values.get("next_of_kin_phone") or ""
        self.next_of_kin_phone.setText("0" + phone[3:] if phone.startswith("+62") else phone)
        self.consent.setChecked(values.get("consent_at") is not None)

    def clear_person(self) -> None:
        """Forget this person's own answers; keep the package, period and funding for the next."""
        for edit in (self.next_of_kin_name, self.next_of_kin_relation, self.next_of_kin_phone):
            edit.clear()
        self.consent.setChecked(False)

    def reset(self) -> None:
        """A new registration's defaults: the basic package from today, paid monthly."""
        self.program.set_value(Program.JKK_JKM.value)
        self.start_date.set_value(date.today())
        if self.payment_months is not None and self.funding_source is not None:
            self.payment_months.set_value(1)
            self.funding_source.set_value(None)
        self.clear_person()

    def clear(self) -> None:
        self.reset()
