"""The contribution, computed live as the form is typed: each programme, who pays, months, total.

Amounts come from the core's dated rate table (never computed here) and are written the
Indonesian way (Rp16.800); the total is also spelled out in words, as on a receipt.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.domain.contributions import (
    PEMERINTAH_DESA,
    PERANGKAT,
    PESERTA,
    Contribution,
    bpu_contribution,
    format_rupiah,
    official_contribution,
    parse_program,
    rupiah_in_words,
)
from desa_desktop.core.domain.positions import parse_position, siltap_category
from desa_desktop.core.services.inputs import PersonInput


class ContributionView(QGroupBox):
    """The breakdown of one contribution, or a note saying what is still missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contribution"), parent)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(3)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.words = QLabel()
        self.words.setObjectName("hint")
        self.words.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 16, 12, 10)
        column.addWidget(self.note)
        column.addWidget(self.table)
        column.addWidget(self.totals)
        column.addWidget(self.words)
        self.contribution: Contribution | None = None
        self._caption = ""
        self.show_missing(self.tr("Fill in the programme and income to see the contribution."))

    def update_for(self, data: PersonInput, today: date | None = None) -> None:
        """Compute and show the contribution of what the form holds now (rates of its start date)."""
        program = parse_program(data.program or "")
        on = data.start_date or today or date.today()
        if data.kind is Kind.WORKER:
            if program is None or data.income is None:
                self.show_missing(
                    self.tr("Choose the programmes and type the income to see the contribution.")
                )
                return
            found, _ = bpu_contribution(data.income, program, data.payment_months or 1, on=on)
            caption = self.tr("Income bracket base")
        else:
            if program is None or data.siltap is None:
                self.show_missing(
                    self.tr("Choose the programmes and type the siltap to see the contribution.")
                )
                return
            position = parse_position(data.position or "")
            found, _ = official_contribution(
                data.siltap,
                program,
                on=on,
                position_category=siltap_category(position) if position else None,
            )
            caption = self.tr("Siltap")
        if found is None:
            self.show_missing(self.tr("No contribution yet: see the messages above."))
        else:
            self.show_contribution(found, caption)

    def payer_label(self, payer: str) -> str:
        return {
            PESERTA: self.tr("Worker"),
            PEMERINTAH_DESA: self.tr("Village government"),
            PERANGKAT: self.tr("Official"),
        }.get(payer, payer)

    def show_missing(self, why: str) -> None:
        """No amount yet: say what the form still needs."""
        if self.contribution is None and self.note.text() == why and self.table.isHidden():
            return  # unchanged since the last keystroke
        self.contribution = None
        self._clear_grid()
        self.note.setText(why)
        self.note.show()
        for widget in (self.table, self.totals, self.words):
            widget.hide()

    def show_contribution(self, contribution: Contribution, base_caption: str) -> None:
        """Show every line and the totals; ``base_caption`` names the base (income or siltap)."""
        if contribution == self.contribution and self._caption == base_caption:
            return  # unchanged since the last keystroke: no rebuild
        self.contribution = contribution
        self._caption = base_caption
        self._clear_grid()
        months = contribution.months
        headers = [self.tr("Programme"), self.tr("Paid by"), self.tr("Per month")]
        if months > 1:
            headers.append(self.tr("For %1 months").replace("%1", str(months)))
        for col, text in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col, self._align(col))
        for row, line in enumerate(contribution.lines, start=1):
            cells = [line.programme, self.payer_label(line.payer), format_rupiah(line.monthly)]
            if months > 1:
                cells.append(format_rupiah(line.total))
            for col, text in enumerate(cells):
                self.grid.addWidget(QLabel(text), row, col, self._align(col))
        self.note.setText(
            self.tr("%1 %2 · rates %3")
            .replace("%1", base_caption)
            .replace("%2", format_rupiah(contribution.base))
            .replace("%3", contribution.rate_version)
        )
        self.totals.setText(self._totals_html(contribution))
        self.words.setText(
            self.tr("In words: %1").replace("%1", rupiah_in_words(contribution.total))
        )
        for widget in (self.note, self.table, self.totals, self.words):
            widget.show()

    def summary(self) -> str:
        """One line for the form's footer, e.g. "Contribution: Rp50.400 for 3 months"."""
        found = self.contribution
        if found is None:
            return ""
        if found.months == 1:
            return self.tr("Contribution: %1 a month").replace("%1", format_rupiah(found.total))
        return (
            self.tr("Contribution: %1 for %2 months (%3 a month)")
            .replace("%1", format_rupiah(found.total))
            .replace("%2", str(found.months))
            .replace("%3", format_rupiah(found.monthly_total))
        )

    def _totals_html(self, contribution: Contribution) -> str:
        if contribution.months == 1:
            total = self.tr("Total a month: %1")
        else:
            total = self.tr("Total for %2 months: %1").replace("%2", str(contribution.months))
        lines = [f"<b>{total.replace('%1', format_rupiah(contribution.total))}</b>"]
        by_payer = contribution.total_by_payer()
        if len(by_payer) > 1:
            for payer, amount in by_payer.items():
                lines.append(
                    self.tr("%1 pays %2")
                    .replace("%1", self.payer_label(payer))
                    .replace("%2", format_rupiah(amount))
                )
        return "<br>".join(lines)

    @staticmethod
    def _align(col: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if col >= 2 else Qt.AlignmentFlag.AlignLeft

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater only acts when the event loop comes back
                widget.deleteLater()
