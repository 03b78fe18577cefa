"""Conflicts side by side: the records HQ corrected while this laptop changed them too.

A person chooses per record: keep this laptop's version (sent again on top of HQ's)
or take HQ's (replaces the local copy). Nothing is ever resolved silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core import i18n
from desa_desktop.core.domain.choices import LABELS, label
from desa_desktop.core.domain.contributions import format_rupiah
from desa_desktop.core.domain.occupations import find_occupation
from desa_desktop.core.domain.positions import Position, position_label
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.sync import conflicts
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.sync_rows import ConflictRow
from desa_desktop.ui.widgets.row_table import Column, RowTableModel, make_table_view

MONEY = ("income", "siltap")


def display_value(field: str, value: Any, lang: str) -> str:
    """A wire value as a person reads it: labels for choices, rupiah for money, "—" for empty."""
    if value is None or value == "":
        return "—"
    text = str(value)
    if field in MONEY and isinstance(value, int):
        return format_rupiah(value)
    if field == "position" and text in {p.value for p in Position}:
        return position_label(Position(text), lang)
    if field == "occupation":
        found = find_occupation(text)
        return f"{found.name} ({found.code})" if found else text
    if text in LABELS:
        return label(text, lang)
    return text


class ConflictPanel(QWidget):
    """The list of conflicts on the left, the chosen one's differences on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.village_names: dict[str, str] = {}
        self.list_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("NIK"), lambda r: r.nik),
                Column(
                    self.tr("Village"),
                    lambda r: self.village_names.get(r.village_code, r.village_code),
                ),
            ],
            self,
        )
        self.list_view = make_table_view(self.list_model)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.diff_model = RowTableModel(
            [
                Column(self.tr("Field"), lambda r: i18n.field_label(r[0], lang)),
                Column(self.tr("On this laptop"), lambda r: display_value(r[0], r[1], lang)),
                Column(self.tr("At HQ"), lambda r: display_value(r[0], r[2], lang)),
            ],
            self,
        )
        self.diff_view = make_table_view(self.diff_model, stretch=1)
        # both versions get the spare width alike; hover shows a value cut short
        self.diff_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heading = QLabel()
        self.heading.setObjectName("hint")
        self.heading.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.setToolTip(self.tr("Send this laptop's version to HQ again, on top of HQ's"))
        self.take_hq = QPushButton(self.tr("Take HQ's"))
        self.take_hq.setToolTip(self.tr("Replace this laptop's version with HQ's"))
        self.keep_mine.clicked.connect(lambda: self._resolve(keep=True))
        self.take_hq.clicked.connect(lambda: self._resolve(keep=False))

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.diff_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_hq)
        column.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_current()

    def set_rows(self, rows: list[ConflictRow], village_names: dict[str, str]) -> None:
        """Show these conflicts; keeps the chosen one chosen when it is still there."""
        chosen = self.current_uuid()
        self.village_names = village_names
        self.list_model.set_rows(rows)
        uuids = [r.uuid for r in rows]
        if rows:
            self.list_view.selectRow(uuids.index(chosen) if chosen in uuids else 0)
        self._show_current()

    def current_uuid(self) -> str | None:
        row = self.list_model.row_at(self.list_view.currentIndex())
        return row.uuid if row is not None else None

    def _show_current(self) -> None:
        uuid = self.current_uuid()
        self.keep_mine.setEnabled(False)
        self.take_hq.setEnabled(False)
        self.diff_model.set_rows([])
        if uuid is None:
            self.heading.setText(self.tr("Choose a record on the left to compare."))
            return
        self.heading.setText(self.tr("Loading the differences…"))
        store = self.ctx.store
        self.ctx.ops.read(
            lambda: conflicts.side_by_side(store, uuid),
            lambda diff: self._show_diff(uuid, diff),
            lambda error: self._show_error(uuid, error),
        )

    def _show_diff(self, uuid: str, diff: dict[str, tuple[Any, Any]]) -> None:
        if uuid != self.current_uuid():
            return  # the user moved on meanwhile
        self.diff_model.set_rows([(name, mine, theirs) for name, (mine, theirs) in diff.items()])
        row = self.list_model.row_at(self.list_view.currentIndex())
        self.heading.setText(
            self.tr("%1: %2 fields differ. Choose which version to keep.")
            .replace("%1", row.name if row else "")
            .replace("%2", str(len(diff)))
        )
        self.keep_mine.setEnabled(True)
        self.take_hq.setEnabled(True)

    def _show_error(self, uuid: str, error: BaseException) -> None:
        if uuid != self.current_uuid():
            return
        if isinstance(error, ValidationFailed):  # resolved meanwhile (e.g. by another window)
            self.heading.setText("\n".join(error.messages(self.ctx.lang)))
        else:
            self.ctx.ops.failed.emit(error)

    def _resolve(self, *, keep: bool) -> None:
        uuid = self.current_uuid()
        if uuid is None:
            return
        store, operator = self.ctx.store, self.ctx.operator
        resolve = conflicts.keep_mine if keep else conflicts.take_hq
        self.keep_mine.setEnabled(False)
        self.take_hq.setEnabled(False)

        def done(_result: object) -> None:
            self.heading.setText(
                self.tr("Kept your version: it will be sent at the next sync.")
                if keep
                else self.tr("Took HQ's version.")
            )
            self.ctx.signals.changed.emit(Changes("registration", (uuid,)))

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                QMessageBox.warning(
                    self, self.tr("Conflict"), "\n".join(error.messages(self.ctx.lang))
                )
                self.ctx.signals.changed.emit(Changes("registration", (uuid,)))
            else:
                self.ctx.ops.failed.emit(error)

        self.ctx.ops.write(lambda: resolve(store, uuid, operator), done, failed)
