"""A read-only table model over a short list of plain rows, and a table view in the app's look.

Each column is a header and a function from a row to its text (optionally an icon, a
tooltip, right alignment for numbers). These lists are short (a session's attendance, one
person's history, HQ's answers, a page of search results), so they are replaced whole; the
long registration lists page in SQL instead (people_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: its header, how a row shows in it, and whether it holds a number."""

    header: str
    text: Callable[[Any], str]
    numeric: bool = False
    icon: Callable[[Any], QIcon | None] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """Rows of plain frozen values shown through ``columns``; ``uuid_of`` names each row."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        uuid_of: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._uuid_of = uuid_of

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Any | None:
        """The row behind ``index``, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def find(self, uuid: str) -> int:
        """The row number of the row named ``uuid``, or -1."""
        if self._uuid_of is None:
            return -1
        return next((n for n, row in enumerate(self.rows) if self._uuid_of(row) == uuid), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut short
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None


def make_table_view(model: RowTableModel, *, stretch: int | None = 0) -> QTableView:
    """A read-only, row-selecting table over ``model`` in the app's usual look.

    Column ``stretch`` takes the spare width; the others fit their contents (and can be
    dragged). ``None`` shares the width equally (short, even columns).
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(60)
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return view
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
