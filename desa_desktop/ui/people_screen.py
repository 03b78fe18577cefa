"""The shared officials/workers screen: a searchable, lazily paged list beside the form.

Subclasses only say which :class:`Kind` they show and their texts. Typing in the search box
answers after a short pause (no query per keystroke); filters answer at once; sorting by a
column is done by the store. Enter or a double click opens the person in the form.

The form (about half of this screen's imports and build) is built once the list's first
rows are in, or at once when something needs it: the list shows first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import Kind, Status, SyncState, label
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.queries import PersonRecord, get_person
from desa_desktop.core.services.villages import VillageRow, list_villages
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.people_model import KPJ, NAME, NIK, STATUS, VILLAGE, WORK, PeopleTableModel
from desa_desktop.ui.print_menu import print_menu
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.spreadsheet_buttons import add_import_export_buttons
from desa_desktop.ui.widgets.person_dialogs import confirm_discard
from desa_desktop.ui.widgets.person_fields import ChoiceCombo

if TYPE_CHECKING:
    from desa_desktop.ui.person_form import PersonForm

SEARCH_AFTER_MS = 150  # answer as you type, without a query per keystroke
COLUMN_WIDTHS = {NAME: 160, NIK: 145, WORK: 125, VILLAGE: 100, STATUS: 85, KPJ: 105}


class PeopleScreen(Screen):
    """A list of people of ``kind`` and the form to register or edit them."""

    kind: Kind = Kind.WORKER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PeopleTableModel(ctx, self.kind, self)
        self._link_uuid = ""  # a record our own form's duplicate link asked for
        self._new_list = False  # the village changed while hidden: show from the start
        self._form: PersonForm | None = None  # built by the ``form`` property
        self._village = ""  # the window's village, for the form's new registrations
        self._villages: list[VillageRow] | None = None  # for the form's village field
        self._build()
        self.model.on_loaded = self._loaded
        ctx.signals.open_person.connect(self.open_person)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_person)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_AFTER_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        # Nothing is read until the screen is shown: the window calls refresh() then.

    # ----- texts the subclasses give ------------------------------------------------------
    def empty_text(self) -> str:
        """What to do when nobody of this kind is registered yet."""
        raise NotImplementedError

    def new_text(self) -> str:
        """The caption of the "new person" button."""
        raise NotImplementedError

    def heading(self) -> str:
        """The title above the list (the navigation's may be shorter)."""
        return self.title()

    # ----- building -----------------------------------------------------------------------
    def _build(self) -> None:
        # Built from the outside in, each widget made inside its final parent: under the
        # app's style sheet, every move of a built widget into another parent re-styles
        # all of it, which made this screen take a quarter of a second to build.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        left = QWidget(splitter)
        right = QWidget(splitter)
        splitter.setChildrenCollapsible(False)
        # Spare width goes to the list: the form is comfortable at its minimum.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 456])

        column = QVBoxLayout(left)
        column.setContentsMargins(16, 12, 8, 12)
        heading = QLabel(self.heading(), left)
        heading.setObjectName("screenTitle")
        column.addWidget(heading)
        filters = QHBoxLayout()
        column.addLayout(filters)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Search name or NIK"))
        self.search.setClearButtonEnabled(True)
        self.status = ChoiceCombo(
            [(label(s.value, self.ctx.lang), s.value) for s in Status],
            blank=self.tr("All statuses"),
            parent=left,
        )
        self.sync_state = ChoiceCombo(
            [(label(s.value, self.ctx.lang), s.value) for s in SyncState],
            blank=self.tr("Any sync state"),
            parent=left,
        )
        for combo in (self.status, self.sync_state):
            combo.currentIndexChanged.connect(lambda _index: self._apply_filters())
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.sync_state)

        self.list_stack = QStackedWidget(left)
        column.addWidget(self.list_stack, 1)
        self.table = QTableView(self.list_stack)
        self._build_table()
        self.empty = QLabel(self.list_stack)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        footer = QHBoxLayout()
        column.addLayout(footer)
        self.count = QLabel(left)
        self.count.setObjectName("hint")
        footer.addWidget(self.count, 1)
        add_import_export_buttons(self, footer)
        footer.addWidget(print_menu(left, self.ctx, receipt=self._selected_uuid))
        new_button = QPushButton(self.new_text(), left)
        new_button.setToolTip(self.tr("Ctrl+N"))
        new_button.clicked.connect(self.new_person)
        footer.addWidget(new_button)

        self._form_pane = right
        self._form_column = QVBoxLayout(right)
        self._form_column.setContentsMargins(8, 12, 16, 12)
        QWidget.setTabOrder(self.search, self.status)
        QWidget.setTabOrder(self.status, self.sync_state)
        QWidget.setTabOrder(self.sync_state, self.table)

    @property
    def form(self) -> PersonForm:
        """The registration form, built on first use (imported then too)."""
        return self._form if self._form is not None else self._build_form()

    def _build_form(self) -> PersonForm:
        if self._form is None:
            from desa_desktop.ui.person_form import PersonForm

            focused = QApplication.focusWidget()
            form = PersonForm(self.ctx, self.kind, self._form_pane)  # in its final parent
            self._form_column.addWidget(form)
            form.show()  # now, not when the layout's queued show comes round
            # A new form focuses its first field: built late, it takes no focus from the
            # user (as for a screen built on first open, see MainWindow.screen_at).
            if (asked := form.focusWidget()) is not None:
                asked.clearFocus()
            if focused is not None and QApplication.focusWidget() is not focused:
                focused.setFocus()
            form.saved.connect(self._select)
            form.open_person.connect(self._open_link)
            if self._villages is not None:
                form.set_villages(self._villages)
            form.set_default_village(self._village)
            self._form = form
        return self._form

    def _build_table(self) -> None:
        self.table.setModel(self.model)
        self.model.follow(self.table)  # reads the rows the table shows as it scrolls
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # fixed row heights: the view never measures rows it has not shown
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for number, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(number, width)
        # the indicator first: enabling sorting sorts by it at once
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_picked)
        self.table.activated.connect(
            lambda index: self.open_person(self.model.uuid_at(index.row()) or "")
        )

    # ----- Screen -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.read(lambda: list_villages(self.ctx.store), self._villages_loaded)
        self._reload()

    def _reload(self) -> None:
        """Read the list again: where the view is, or from the start for another list."""
        if self._new_list:
            self._new_list = False
            self.table.scrollToTop()
            self.model.reload()
        else:
            self.model.reload(keep_loaded=True)

    def on_changed(self, changes: Changes) -> None:
        if changes.entity == "village":
            self.ctx.ops.read(lambda: list_villages(self.ctx.store), self._villages_loaded)
        if changes.entity != "registration":
            return
        self.model.reload(keep_loaded=True)
        if self._form is None:
            return  # no form yet: nothing open in it
        editing = self.form.editing
        own = changes is self.form.last_changes
        if (
            editing is not None
            and editing.uuid in changes.uuids
            and not own
            and not self.form.dirty
        ):
            self.form.load_uuid(editing.uuid)  # e.g. a sync brought HQ's answer

    def set_village(self, code: str) -> None:
        # One village: its name on every row says nothing, and the name takes the room left.
        # Every village: the names keep their width and the list scrolls sideways instead.
        self.table.setColumnHidden(VILLAGE, bool(code))
        header = self.table.horizontalHeader()
        if code:
            header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(NAME, COLUMN_WIDTHS[NAME])
        if code != (self.model.wanted.village_code or ""):
            self._new_list = True
        self.model.set_village(code, reload=False)
        if self.isVisible():
            self._reload()
        self._village = code
        if self._form is not None:
            self._form.set_default_village(code)

    # ----- actions ------------------------------------------------------------------------
    def new_person(self) -> None:
        """An empty form (asking before dropping typed changes)."""
        if self.form.dirty and not confirm_discard(self):
            return
        self.table.clearSelection()
        self.form.new()

    def _selected_uuid(self) -> str | None:
        """The registration selected in the list, for its receipt."""
        index = self.table.currentIndex()
        return self.model.uuid_at(index.row()) if index.isValid() else None

    def open_person(self, uuid: str) -> None:
        """Open a registration in the form if it is of this screen's kind."""
        if uuid:
            self.ctx.ops.read(lambda: get_person(self.ctx.store, uuid), self._person_loaded)

    def _open_link(self, uuid: str) -> None:
        self._link_uuid = uuid
        self.ctx.signals.open_person.emit(uuid)

    def _person_loaded(self, record: PersonRecord) -> None:
        from_link, self._link_uuid = self._link_uuid == record.uuid, ""
        if Kind(record["kind"]) is not self.kind:
            return
        if self.form.dirty and not from_link and not confirm_discard(self):
            return
        window = self.window()
        if isinstance(window, MainWindow) and not self.isVisible():
            window.open(type(self))
        self.form.open_record(record)
        self._select(record.uuid)

    def _select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectRow(row)

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        status, sync_state = self.status.value(), self.sync_state.value()
        self.table.scrollToTop()  # another list: from its start
        self.model.set_search(
            self.search.text(),
            Status(status) if status else None,
            SyncState(sync_state) if sync_state else None,
        )

    def _sort_picked(self, column: int, order: Qt.SortOrder) -> None:
        self.table.scrollToTop()  # the list in its new order, from its start
        if column in (WORK, KPJ):
            # the store cannot sort by these: put the indicator back where the order is
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _villages_loaded(self, villages: list[VillageRow]) -> None:
        self.model.village_names = {v.code: v.name for v in villages}
        self._villages = villages
        if self._form is not None:
            self._form.set_villages(villages)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, VILLAGE), self.model.index(self.model.rowCount() - 1, VILLAGE)
            )

    def _loaded(self) -> None:
        if self._form is None:
            # The rows first: the form is built once they are painted (a zero timer runs
            # after the events already queued, the repaint among them).
            QTimer.singleShot(0, self, self._build_form)
        total = self.model.total
        if total:
            self.count.setText(self.tr("%1 shown").replace("%1", f"{total:,}".replace(",", ".")))
            self.list_stack.setCurrentWidget(self.table)
            return
        self.count.clear()
        if self.model.is_filtered():
            self.empty.setText(
                self.tr("Nobody matches. Clear the search box or the filters to see everyone.")
            )
        else:
            self.empty.setText(self.empty_text())
        self.list_stack.setCurrentWidget(self.empty)
