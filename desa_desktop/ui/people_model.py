"""The list of officials or workers: plain rows fetched a page at a time, filtered and sorted in SQL.

Only the pages the view has scrolled to are loaded (``canFetchMore``/``fetchMore``), so a
store of 100,000 registrations costs no more than the few hundred rows on screen. Queries
run on the read lane; a reload started while another is under way supersedes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desa_desktop.core.domain.choices import Kind, Status, SyncState, label
from desa_desktop.core.domain.occupations import find_occupation
from desa_desktop.core.domain.positions import parse_position, position_label
from desa_desktop.core.services.queries import (
    PAGE_SIZE,
    PersonFilter,
    PersonRow,
    count_people,
    search_people,
)
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.theme import icon

Index = QModelIndex | QPersistentModelIndex
NAME, NIK, WORK, VILLAGE, STATUS, KPJ = range(6)
# Columns the store can sort by (keys of queries.SORTS); the others keep the current order.
SORT_KEYS = {NAME: "name", NIK: "nik", VILLAGE: "village", STATUS: "status"}
_ROOT = QModelIndex()  # the invisible root of a flat table
KEEP_LOADED_MAX = 1_000  # on refresh, reload up to this many rows so the view keeps its place


class PeopleTableModel(QAbstractTableModel):
    """Rows of :class:`PersonRow` of one kind, fetched in pages of ``PAGE_SIZE``."""

    def __init__(self, ctx: AppContext, kind: Kind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.rows: list[PersonRow] = []
        self.total = 0
        self.wanted = PersonFilter(kind=kind)
        self.sort_key = "name"
        self.descending = False
        self.village_names: dict[str, str] = {}
        self._generation = 0  # bumps on every reload; late answers of older ones are dropped
        self._fetching = False
        # Called when a reload finished (total and first page known). A callback, not a
        # Signal: reloads follow typing, and each Signal.emit() from Python drops a reference
        # to True in PySide6 6.12.0 on CPython 3.11.
        self.on_loaded: Callable[[], None] = lambda: None

    # ----- what to show -------------------------------------------------------------------
    def set_search(
        self, text: str, status: Status | None = None, sync_state: SyncState | None = None
    ) -> None:
        """Show people whose name or NIK matches ``text``, with this status and sync state."""
        self.wanted = replace(self.wanted, text=text, status=status, sync_state=sync_state)
        self.reload()

    def set_village(self, code: str) -> None:
        """Show one village's people ("" for every village)."""
        self.wanted = replace(self.wanted, village_code=code or None)
        self.reload()

    def is_filtered(self) -> bool:
        """True when the list shows fewer than every person of this kind in the village."""
        wanted = self.wanted
        return (
            bool(wanted.text.strip()) or wanted.status is not None or wanted.sync_state is not None
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return  # not sortable in SQL: keep the current order
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def sort_column(self) -> int:
        return next(col for col, key in SORT_KEYS.items() if key == self.sort_key)

    # ----- loading ------------------------------------------------------------------------
    def reload(self, *, keep_loaded: bool = False) -> None:
        """Count and fetch the first page again (keeping up to ``KEEP_LOADED_MAX`` rows when
        ``keep_loaded``, so a refresh does not jump the view back to the top)."""
        self._generation += 1
        generation = self._generation
        store, wanted, key, descending = self.ctx.store, self.wanted, self.sort_key, self.descending
        limit = min(max(PAGE_SIZE, len(self.rows)), KEEP_LOADED_MAX) if keep_loaded else PAGE_SIZE

        def work() -> tuple[int, list[PersonRow]]:
            rows = search_people(store, wanted, sort=key, descending=descending, limit=limit)
            return count_people(store, wanted), rows

        self._fetching = False
        self.ctx.ops.read(work, lambda result: self._reloaded(generation, *result))

    def _reloaded(self, generation: int, total: int, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = rows
        self.total = max(total, len(rows))
        self.endResetModel()
        self.on_loaded()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self.rows)
        store, wanted, key, descending = self.ctx.store, self.wanted, self.sort_key, self.descending
        self.ctx.ops.read(
            lambda: search_people(store, wanted, sort=key, descending=descending, offset=offset),
            lambda rows: self._fetched(generation, offset, rows),
        )

    def _fetched(self, generation: int, offset: int, rows: list[PersonRow]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        if not rows:
            self.total = len(self.rows)  # fewer than counted: some left meanwhile
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
        if len(rows) < PAGE_SIZE:
            self.total = len(self.rows)

    def row_of(self, uuid: str) -> int:
        """The loaded row of a registration, or -1."""
        return next((n for n, row in enumerate(self.rows) if row.uuid == uuid), -1)

    def uuid_at(self, row: int) -> str | None:
        return self.rows[row].uuid if 0 <= row < len(self.rows) else None

    # ----- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("NIK"),
            self.tr("Occupation") if self.kind is Kind.WORKER else self.tr("Position"),
            self.tr("Village"),
            self.tr("Status"),
            self.tr("KPJ"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return icon(f"sync-{row.sync_state.value}")
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return label(row.sync_state.value, self.ctx.lang)
        if role == Qt.ItemDataRole.UserRole:
            return row.uuid
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == NIK:
            return row.nik
        if column == WORK:
            return self._work(row)
        if column == VILLAGE:
            return self.village_names.get(row.village_code, row.village_code)
        if column == STATUS:
            return label(row.status.value, self.ctx.lang)
        if column == KPJ:
            return row.kpj or ""
        return ""

    def _work(self, row: PersonRow) -> str:
        if self.kind is Kind.OFFICIAL:
            position = parse_position(row.position)
            return position_label(position, self.ctx.lang) if position else row.position or ""
        occupation = find_occupation(row.occupation)
        return occupation.name if occupation else row.occupation or ""
