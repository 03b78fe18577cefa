"""The list of officials or workers: compact rows read a page at a time, filtered and sorted in SQL.

The model has a row for everyone who matches (one COUNT), but holds only a window of
pages: a page (``PAGE_SIZE`` rows) is read when the view it follows first shows one of
its rows, and the pages farthest from what the view shows are let go beyond ``KEEP_PAGES``
(read again if the view comes back). Scrolling through 100,000 registrations costs the
memory of the pages near the screen, not of every row passed. A row keeps only what the
table shows, as a tuple. Queries run on the read lane; a reload supersedes reads under way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QTableView

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
from desa_desktop.ui.page_window import PageWindow, total_after
from desa_desktop.ui.theme import icon

Index = QModelIndex | QPersistentModelIndex
NAME, NIK, WORK, VILLAGE, STATUS, KPJ = range(6)
COLUMNS = 6
# Columns the store can sort by (keys of queries.SORTS); the others keep the current order.
SORT_KEYS = {NAME: "name", NIK: "nik", VILLAGE: "village", STATUS: "status"}
_ROOT = QModelIndex()  # the invisible root of a flat table
KEEP_PAGES = 12  # pages held at most: a tall window shows two; the rest spare a re-read
READ_PAGES = 4  # pages per read: scrolling on, the next few come with the one asked for


class ListRow(NamedTuple):
    """What one line of the list shows: a tuple, no per-row dict."""

    uuid: str
    name: str
    nik: str
    village_code: str
    work: str | None  # occupation code (workers) or position (officials)
    status: Status
    sync_state: SyncState
    kpj: str | None


def list_row(row: PersonRow) -> ListRow:
    work = row.position if row.kind is Kind.OFFICIAL else row.occupation
    return ListRow(
        row.uuid, row.name, row.nik, row.village_code, work, row.status, row.sync_state, row.kpj
    )


class PeopleTableModel(QAbstractTableModel):
    """People of one kind as :class:`ListRow`, read in pages of ``PAGE_SIZE`` on demand."""

    def __init__(self, ctx: AppContext, kind: Kind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.total = 0  # rows of the model: everyone who matches
        self.wanted = PersonFilter(kind=kind)
        self.sort_key = "name"
        self.descending = False
        self.village_names: dict[str, str] = {}
        self.window: PageWindow[ListRow] = PageWindow(PAGE_SIZE, KEEP_PAGES, READ_PAGES)
        self._generation = 0  # bumps on every reload; late answers of older ones are dropped
        self._count: int | None = None  # the last reload's count, once in
        self._first_read: tuple[int, int, int] | None = None  # its read: first, pages, found
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(0)  # once the view has scrolled and laid itself out
        self._read_timer.timeout.connect(self._read_missed)
        self._view: QTableView | None = None  # the view followed (see follow)
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

    def set_village(self, code: str, *, reload: bool = True) -> None:
        """Show one village's people ("" for every village); read now unless ``reload`` is
        False (then the next :meth:`reload` shows it)."""
        self.wanted = replace(self.wanted, village_code=code or None)
        if reload:
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
        """Read the first page and count again; with ``keep_loaded``, read the pages where
        the view is instead, so a refresh does not jump the view back to the top.

        The page and the count are two reads: the rows show as soon as their page is in
        (counting everyone takes longer), and the row count follows when the count is.
        """
        self._generation += 1
        generation = self._generation
        refresh = keep_loaded and bool(self.window.pages)
        first, pages = self.window.around_focus() if refresh else (0, 1)
        self.window.missed.clear()
        self.window.reading.clear()  # an older read's answer is dropped when it comes
        self._count = None
        self._first_read = None
        # Until the count is in, the list is as long as the rows read, or for a refresh
        # as long as it was.
        guess = self.total if refresh else 0
        store, wanted = self.ctx.store, self.wanted
        self.ctx.ops.read(
            self._reader(first, pages),
            lambda rows: self._reloaded(generation, first, pages, rows, guess),
        )
        self.ctx.ops.read(
            lambda: count_people(store, wanted), lambda total: self._counted(generation, total)
        )

    def _reader(self, first: int, pages: int) -> Callable[[], list[ListRow]]:
        """Reads ``pages`` pages from page ``first`` (run on the read lane)."""
        store, wanted, key, descending = self.ctx.store, self.wanted, self.sort_key, self.descending

        def read() -> list[ListRow]:
            found = search_people(
                store,
                wanted,
                sort=key,
                descending=descending,
                offset=first * PAGE_SIZE,
                limit=pages * PAGE_SIZE,
            )
            return [list_row(row) for row in found]

        return read

    def _reloaded(
        self, generation: int, first: int, pages: int, rows: list[ListRow], guess: int
    ) -> None:
        if generation != self._generation:
            return
        self._first_read = (first, pages, len(rows))
        counted = self._count if self._count is not None else guess
        self.beginResetModel()
        self.window.clear()
        self.window.landed(first, rows)
        self.total = total_after(counted, first, pages, PAGE_SIZE, len(rows))
        self.endResetModel()
        if self._count is not None:
            self.on_loaded()
            self._read_timer.start()

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._count = total
        if self._first_read is None:
            return  # the page is still on its way: it takes the count along
        self._set_total(total_after(total, *self._first_read[:2], PAGE_SIZE, self._first_read[2]))
        self.on_loaded()
        self._read_timer.start()

    def _set_total(self, total: int) -> None:
        """Grow or shrink the list to ``total`` rows, telling the view."""
        if total > self.total:
            self.beginInsertRows(_ROOT, self.total, total - 1)
            self.total = total
            self.endInsertRows()
        elif total < self.total:
            self.beginRemoveRows(_ROOT, total, self.total - 1)
            self.window.cut(total)
            self.total = total
            self.endRemoveRows()

    def _read_missed(self) -> None:
        # What the view shows that nobody holds, one read at a time, once the list is counted.
        if not self.loaded:
            return
        self._look()
        asked = self.window.next_read()
        if asked is None:
            return
        first, pages = asked
        generation = self._generation
        self.ctx.ops.read(
            self._reader(first, pages),
            lambda rows: self._read(generation, first, pages, rows),
        )

    def _read(self, generation: int, first: int, pages: int, rows: list[ListRow]) -> None:
        if generation != self._generation:
            return
        if total_after(self.total, first, pages, PAGE_SIZE, len(rows)) != self.total:
            self.reload(keep_loaded=True)  # the store changed under the list: count again
            return
        self.window.landed(first, rows)
        last = min(self.total, first * PAGE_SIZE + len(rows)) - 1
        if last >= first * PAGE_SIZE:
            self.dataChanged.emit(self.index(first * PAGE_SIZE, 0), self.index(last, COLUMNS - 1))
        self._read_missed()  # where the view went meanwhile

    # ----- the view ------------------------------------------------------------------------
    def follow(self, view: QTableView) -> None:
        """Read the rows ``view`` shows, as it scrolls or resizes: the pages it shows and
        nobody holds are read (they show blank until then), and the pages held are kept
        around them. Only the view followed decides what is read and kept."""
        self._view = view
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._scrolled)

    def _scrolled(self, *_values: int) -> None:
        # Looked at once the view has laid itself out: right after rows come or go, its
        # header can still place the rows as they were.
        self._read_timer.start()

    def _look(self) -> None:
        """Tell the window what the view shows now."""
        view = self._view
        if view is None or not self.total or not shiboken6.isValid(view):
            return
        top = view.rowAt(0)
        if top < 0:
            return
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:  # the list ends above the view's bottom edge
            bottom = min(self.total - 1, top + view.viewport().height() // view.rowHeight(top))
        self.window.look(top // PAGE_SIZE, bottom // PAGE_SIZE)

    @property
    def loaded(self) -> bool:
        """True once the last reload's page and count are both in (``total`` is counted)."""
        return self._count is not None and self._first_read is not None

    @property
    def pages_read(self) -> int:
        """Pages read since the model was made (reloads included)."""
        return self.window.pages_read

    # ----- rows held ----------------------------------------------------------------------
    def held_pages(self) -> list[int]:
        """The page numbers held now, in order."""
        return sorted(self.window.pages)

    def held_rows(self) -> Iterator[tuple[int, ListRow]]:
        """(row number, row) of every row held now, in order."""
        return self.window.held()

    def row_at(self, row: int) -> ListRow | None:
        """Row ``row`` if its page is held, else None (nothing is read)."""
        return self.window.row(row) if 0 <= row < self.total else None

    def row_of(self, uuid: str) -> int:
        """The row of a registration among those held, or -1."""
        return next((n for n, row in self.window.held() if row.uuid == uuid), -1)

    def uuid_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.uuid if found is not None else None

    # ----- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

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
        if not index.isValid() or not 0 <= index.row() < self.total:
            return None
        row = self.window.row(index.row())
        if row is None:
            return None  # blank until its page is in (see follow)
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

    def _text(self, row: ListRow, column: int) -> str:
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

    def _work(self, row: ListRow) -> str:
        if self.kind is Kind.OFFICIAL:
            position = parse_position(row.work)
            return position_label(position, self.ctx.lang) if position else row.work or ""
        occupation = find_occupation(row.work)
        return occupation.name if occupation else row.work or ""
