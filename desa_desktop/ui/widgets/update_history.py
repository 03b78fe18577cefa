"""A person's history in words: the audit log (who did what, when) and the status changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from desa_desktop.core.domain.choices import InactiveReason, label
from desa_desktop.core.domain.contributions import format_rupiah
from desa_desktop.core.domain.occupations import find_occupation
from desa_desktop.core.domain.positions import Position, position_label
from desa_desktop.core.i18n import FIELD_LABELS, field_label
from desa_desktop.core.services.queries import HistoryRow
from desa_desktop.core.services.status import status_history
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.widgets.row_table import Column, RowTableModel
from desa_desktop.ui.widgets.session_fields import day_text, moment_text, plain_table

# Values stored as a choice code, shown through their label.
CHOICE_FIELDS = {"status", "inactive_reason", "sex", "marital_status", "funding_source", "kind"}
MONEY_FIELDS = {"income", "siltap"}
# Bookkeeping that means nothing to a village official reading the history.
HIDDEN_FIELDS = {"name_key", "session", "hq_version", "consent_at", "consent_by", "version"}


@dataclass(frozen=True)
class StatusRow:
    """One status change as plain values (the service hands out detached ORM rows)."""

    effective_date: date
    reason: InactiveReason | None  # None: reactivated
    note: str | None
    recorded_by: str
    recorded_at: datetime


def load_status_rows(store: Store, uuid: str) -> list[StatusRow]:
    """A person's status changes, oldest first, copied into plain rows."""
    return [
        StatusRow(c.effective_date, c.reason, c.note, c.recorded_by, c.recorded_at)
        for c in status_history(store, uuid)
    ]


class HistoryPanel(QTabWidget):
    """Two tabs: every action on the record, and its status changes."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.action_names = {
            "register": self.tr("Registered"),
            "edit": self.tr("Edited"),
            "mark_inactive": self.tr("Marked inactive"),
            "reactivate": self.tr("Reactivated"),
            "link_session": self.tr("Linked to a socialization session"),
            "hq_update": self.tr("Updated by HQ"),
            "conflict_keep_mine": self.tr("Conflict: kept this laptop's version"),
            "conflict_take_hq": self.tr("Conflict: took HQ's version"),
        }
        self.fields = {
            "status": self.tr("Status"),
            "inactive_reason": self.tr("Reason"),
            "inactive_date": self.tr("Effective date"),
            "note": self.tr("Note"),
            "kpj": self.tr("KPJ number"),
            "rejection_reason": self.tr("Rejection reason"),
            "kind": self.tr("Kind"),
        }
        self.history_model = RowTableModel(
            [
                Column(self.tr("When"), lambda r: moment_text(r.at)),
                Column(self.tr("Who"), lambda r: r.operator),
                Column(self.tr("What"), self.action_text),
                Column(self.tr("Changes"), lambda r: "\n".join(self.change_lines(r))),
            ],
            self,
        )
        self.status_model = RowTableModel(
            [
                Column(self.tr("From"), lambda r: day_text(r.effective_date)),
                Column(self.tr("Change"), self.status_text),
                Column(self.tr("Note"), lambda r: r.note or "", tooltip=lambda r: r.note or ""),
                Column(self.tr("Recorded by"), lambda r: r.recorded_by),
                Column(self.tr("Recorded at"), lambda r: moment_text(r.recorded_at)),
            ],
            self,
        )
        self.history_table = plain_table(self.history_model, stretch_column=3)
        self.status_table = plain_table(self.status_model, stretch_column=2)
        # One line per changed field, each row as tall as its changes.
        self.history_table.setWordWrap(True)
        self.history_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.no_status = QLabel(self.tr("No status changes: this person has always been active."))
        self.no_status.setObjectName("emptyState")
        self.no_status.setWordWrap(True)
        status_page = QWidget()
        status_layout = QVBoxLayout(status_page)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_table, 1)
        status_layout.addWidget(self.no_status, 1)
        self.addTab(self.history_table, self.tr("History"))
        self.addTab(status_page, self.tr("Status changes"))

    def show_history(self, history: Sequence[HistoryRow], statuses: Sequence[StatusRow]) -> None:
        """Newest first, as people look for what happened last."""
        self.history_model.set_rows(list(reversed(history)))
        self.status_model.set_rows(list(reversed(statuses)))
        self.status_table.setVisible(bool(statuses))
        self.no_status.setVisible(not statuses)

    def action_text(self, row: HistoryRow) -> str:
        return self.action_names.get(row.action, row.action)

    def status_text(self, row: StatusRow) -> str:
        return self.tr("Reactivated") if row.reason is None else label(row.reason.value, self.lang)

    def change_lines(self, row: HistoryRow) -> list[str]:
        """Each changed field as "Field: old → new" (a registration lists no fields: all are new)."""
        if row.action == "register":
            return []
        lines = []
        for name, pair in row.changes.items():
            if name in HIDDEN_FIELDS or not isinstance(pair, list) or len(pair) != 2:
                continue
            old, new = (self.value_text(name, value) for value in pair)
            caption = self.field_name(name)
            lines.append(f"{caption}: {old} \u2192 {new}" if old else f"{caption}: {new}")
        return lines

    def field_name(self, name: str) -> str:
        if name in FIELD_LABELS:
            return field_label(name, self.lang)
        return self.fields.get(name, name)

    def value_text(self, name: str, value: Any) -> str:
        """A stored value as people read it: labels for codes, DD-MM-YYYY dates, rupiah."""
        if value is None or value == "":
            return ""
        if name in CHOICE_FIELDS:
            return label(str(value), self.lang)
        if name == "position":
            try:
                return position_label(Position(str(value)), self.lang)
            except ValueError:
                return str(value)
        if name == "occupation":
            found = find_occupation(str(value))
            return found.name if found else str(value)
        if name in MONEY_FIELDS and isinstance(value, int):
            return format_rupiah(value)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return day_text(date.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value)
