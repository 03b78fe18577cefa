"""Find a person by name or NIK as you type (officials and workers alike).

Used by the member-data update screen and to link a registration to a session. Queries run
on the read lane, a moment after the last key press; answers to older text are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desa_desktop.core.domain.choices import Kind, label
from desa_desktop.core.domain.occupations import find_occupation
from desa_desktop.core.domain.positions import Position, position_label
from desa_desktop.core.services.queries import PersonFilter, PersonRow, search_people
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.row_table import Column, RowTableModel
from desa_desktop.ui.widgets.session_fields import plain_table

RESULTS = 50
TYPING_PAUSE_MS = 250


def role_text(kind: Kind, position: str | None, occupation: str | None, lang: str) -> str:
    """What a person does: an official's position, a worker's occupation (its Dukcapil
    name), or the kind of registration when neither is recorded."""
    if kind is Kind.OFFICIAL and position:
        try:
            return position_label(Position(position), lang)
        except ValueError:
            return position
    found = find_occupation(occupation) if occupation else None
    return found.name if found else label(kind.value, lang)


def person_role(row: PersonRow, lang: str) -> str:
    """:func:`role_text` of a search result."""
    return role_text(row.kind, row.position, row.occupation, lang)


class PersonSearch(QWidget):
    """A search box over name and NIK with a results table; ``picked`` names the chosen row."""

    picked = Signal(str)  # the registration's UUID ("" when the selection is cleared)
    activated = Signal(str)  # Enter or double-click on a result

    def __init__(
        self,
        ctx: AppContext,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._village = ""
        self._generation = 0
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(placeholder or self.tr("Type a name or the start of a NIK"))
        lang = ctx.lang
        # Three columns leave the name room to be read; what the person does is its tooltip.
        columns = [
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: person_role(r, lang)),
            Column(self.tr("NIK"), lambda r: r.nik),
            Column(self.tr("Status"), lambda r: label(r.status.value, lang)),
        ]
        self.model = RowTableModel(columns, self, uuid_of=lambda r: r.uuid)
        self.table = plain_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._activate())
        self.table.activated.connect(lambda _index: self._activate())
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._enter_in_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_village(self, code: str) -> None:
        """Look only in ``code`` ("" for every village)."""
        self._village = code

    def search_now(self) -> None:
        """Run the search for the current text (also after a change elsewhere)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        wanted = PersonFilter(text=self.box.text(), village_code=self._village or None)
        store = self.ctx.store
        self.ctx.ops.read(
            lambda: search_people(store, wanted, limit=RESULTS + 1),
            lambda rows: self._show(generation, rows),
        )

    def current_uuid(self) -> str:
        """The selected person's UUID, or ""."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0]) if rows else None
        return str(row.uuid) if row is not None else ""

    def current_row(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0]) if rows else None
        return found if isinstance(found, PersonRow) else None

    def select(self, uuid: str) -> bool:
        """Select the result named ``uuid``; False when it is not among the results."""
        row = self.model.find(uuid)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _show(self, generation: int, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return
        chosen = self.current_uuid()
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows[:RESULTS])
        self.table.selectionModel().blockSignals(False)
        if chosen and not self.select(chosen):
            self.picked.emit("")
        if not rows:
            self.note.setText(
                self.tr("Nobody found: check the spelling, or search by NIK.")
                if self.box.text().strip()
                else self.tr("Nobody registered here yet.")
            )
        elif len(rows) > RESULTS:
            self.note.setText(
                self.tr("Showing the first %1: type more of the name or NIK.").replace(
                    "%1", str(RESULTS)
                )
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.picked.emit(self.current_uuid())

    def _activate(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.activated.emit(uuid)

    def _enter_in_box(self) -> None:
        """Enter in the box: search now, and move to the results to pick with the arrows."""
        self.search_now()
        if self.model.rowCount() > 0:
            if not self.current_uuid():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
