"""Sosialisasi: socialization sessions, who came, and the registrations they produced."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.services.queries import PersonRow
from desa_desktop.core.services.reports import captured_registrations
from desa_desktop.core.services.sessions import SessionSummary, list_sessions
from desa_desktop.core.services.villages import VillageRow, list_villages
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.export_actions import sessions_export_button
from desa_desktop.ui.print_menu import print_menu
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.widgets.charts import StatCard
from desa_desktop.ui.widgets.row_table import Column, RowTableModel
from desa_desktop.ui.widgets.session_attendance import AttendancePanel
from desa_desktop.ui.widgets.session_captured import CapturedPanel
from desa_desktop.ui.widgets.session_fields import day_text, plain_table
from desa_desktop.ui.widgets.session_form import SessionDialog


@dataclass(frozen=True)
class SessionsData:
    villages: list[VillageRow]
    sessions: list[SessionSummary]


def load_sessions(store: Store, code: str) -> SessionsData:
    """The served villages and the sessions of ``code`` ("" for all), newest first."""
    return SessionsData(list_villages(store), list_sessions(store, code or None))


class SessionsScreen(Screen):
    """Sessions on the left; the chosen session's figures, attendance and registrations right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._village = ctx.settings.current_village
        self._generation = 0
        self._detail_generation = 0
        self._wanted = ""  # a session to select once the list has reloaded
        self.villages: list[VillageRow] = []
        self.dialog: SessionDialog | None = None
        self.numbers = QLocale(
            QLocale.Language.Indonesian if ctx.lang == "id" else QLocale.Language.English
        )

        heading = QLabel(self.tr("Socialization sessions"))
        heading.setObjectName("screenTitle")
        hint = QLabel(self.tr("Record each session, who came, and the registrations made there."))
        hint.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New session"))
        self.new_button.setProperty("primary", "true")
        self.new_button.setToolTip(self.tr("Record a new session (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_session)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_session)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(hint)
        top.addLayout(titles, 1)
        top.addWidget(
            sessions_export_button(self, ctx, lambda: self._village),
            0,
            Qt.AlignmentFlag.AlignBottom,
        )
        attendance = print_menu(
            self, ctx, attendance=lambda: s.uuid if (s := self.selected()) else None
        )
        top.addWidget(attendance, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.model = RowTableModel(
            [
                Column(self.tr("Date"), lambda s: day_text(s.held_on)),
                Column(self.tr("Place"), lambda s: s.place, tooltip=lambda s: s.place),
                Column(self.tr("Facilitator"), lambda s: s.facilitator),
                Column(self.tr("Present"), lambda s: self._number(s.attendance), True),
                Column(
                    self.tr("Registered"),
                    lambda s: self._number(s.registrations_captured),
                    True,
                ),
                Column(self.tr("Conversion"), lambda s: self._percent(s.conversion_percent), True),
            ],
            self,
            uuid_of=lambda s: s.uuid,
        )
        self.table = plain_table(self.model, stretch_column=1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list_empty = QLabel(
            self.tr(
                "No sessions yet. Press New session (Ctrl+N) to record a socialization "
                "session, then add who came and link the registrations made there."
            )
        )
        self.list_empty.setObjectName("emptyState")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.list_empty, 1)

        self.detail = self._build_detail()
        self.detail_empty = QLabel(self.tr("Pick a session on the left to see who came."))
        self.detail_empty.setObjectName("emptyState")
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.detail_empty, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([580, 560])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._show_detail(None)

    def _build_detail(self) -> QWidget:
        box = QWidget()
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #0b3d2e;")
        self.detail_title.setWordWrap(True)
        self.detail_info = QLabel()
        self.detail_info.setObjectName("hint")
        self.detail_info.setWordWrap(True)
        self.attendance_card = StatCard(self.tr("People present"))
        self.captured_card = StatCard(self.tr("Registrations captured"))
        self.conversion_card = StatCard(self.tr("Conversion"))
        cards = QHBoxLayout()
        for card in (self.attendance_card, self.captured_card, self.conversion_card):
            cards.addWidget(card)
        self.attendance = AttendancePanel(self.ctx)
        self.captured = CapturedPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.captured, self.tr("Registrations"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_info)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        return box

    def set_village(self, code: str) -> None:
        self._village = code
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, code, store = self._generation, self._village, self.ctx.store
        self.ctx.ops.read(
            lambda: load_sessions(store, code), lambda data: self._show(generation, data)
        )

    def new_session(self) -> SessionDialog:
        """Open the form for a new session (non-blocking); the new session gets selected."""
        dialog = SessionDialog(self.ctx, self.villages, self._village, self)
        dialog.created.connect(self._select_after_refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def selected(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0]) if rows else None
        return found if isinstance(found, SessionSummary) else None

    def select(self, uuid: str) -> bool:
        row = self.model.find(uuid)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _select_after_refresh(self, uuid: str) -> None:
        self._wanted = uuid
        self.refresh()

    def _show(self, generation: int, data: SessionsData) -> None:
        if generation != self._generation:
            return
        self.villages = data.villages
        current = self.selected()
        chosen = self._wanted or (current.uuid if current else "")
        self._wanted = ""
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(data.sessions)
        self.table.selectionModel().blockSignals(False)
        self.table.setVisible(bool(data.sessions))
        self.list_empty.setVisible(not data.sessions)
        self.new_button.setEnabled(bool(data.villages))
        if not (chosen and self.select(chosen)) and data.sessions:
            self.table.selectRow(0)
        elif not data.sessions:
            self._show_detail(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, summary: SessionSummary | None) -> None:
        self.detail.setVisible(summary is not None)
        self.detail_empty.setVisible(summary is None and self.model.rowCount() > 0)
        if summary is None:
            return
        village = next((v.name for v in self.villages if v.code == summary.village_code), "")
        self.detail_title.setText(f"{summary.place} \u00b7 {day_text(summary.held_on)}")
        info = self.tr("Facilitator: %1").replace("%1", summary.facilitator)
        if summary.topic:
            info += "  \u00b7  " + self.tr("Topic: %1").replace("%1", summary.topic)
        if village:
            info += "  \u00b7  " + self.tr("Village: %1").replace("%1", village)
        self.detail_info.setText(info)
        registered = sum(1 for a in summary.attendees if a.registered)
        self.attendance_card.show_figure(
            self._number(summary.attendance),
            self.tr("%1 hold a registration").replace("%1", self._number(registered)),
        )
        self.captured_card.show_figure(self._number(summary.registrations_captured))
        if summary.attendees:
            self.conversion_card.show_figure(self._percent(summary.conversion_percent))
        else:
            self.conversion_card.show_figure("-", self.tr("add who came first"), "warning")
        self.attendance.show_attendees(summary.uuid, summary.attendees)
        self._detail_generation += 1
        generation, store, uuid = self._detail_generation, self.ctx.store, summary.uuid
        self.ctx.ops.read(
            lambda: captured_registrations(store, uuid),
            lambda rows: self._show_captured(generation, summary, rows),
        )

    def _show_captured(
        self, generation: int, summary: SessionSummary, rows: list[PersonRow]
    ) -> None:
        if generation == self._detail_generation:
            self.captured.show_captured(summary.uuid, summary.village_code, rows)

    def _number(self, value: int) -> str:
        return self.numbers.toString(value)

    def _percent(self, value: float | None) -> str:
        return "-" if value is None else self.numbers.toString(value, "f", 1) + "%"
