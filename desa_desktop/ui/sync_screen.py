"""Sinkronisasi: where the laptop stands with HQ, what waits, what HQ answered, what needs a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import label
from desa_desktop.core.services.changes import Changes
from desa_desktop.sync import conflicts
from desa_desktop.sync.engine import SyncReport
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.sync_rows import (
    AnswerRow,
    RejectedRow,
    SyncOverview,
    SyncPicture,
    load_picture,
)
from desa_desktop.ui.theme import icon
from desa_desktop.ui.widgets.conflict_panel import ConflictPanel
from desa_desktop.ui.widgets.row_table import Column, RowTableModel, make_table_view
from desa_desktop.ui.widgets.sync_status import set_style_name, when_text

if TYPE_CHECKING:
    from desa_desktop.ui.sync_controller import SyncController


class _ListPage(QWidget):
    """A hint, then either the table or an empty-state message."""

    def __init__(self, hint: str, empty: str, view: QWidget) -> None:
        super().__init__()
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.empty = QLabel(empty)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(view)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self.buttons)

    def show_rows(self, count: int) -> None:
        self.stack.setCurrentIndex(1 if count else 0)


class SyncScreen(Screen):
    """Connection, last sync, the outbox, HQ's answers, conflicts and refused records."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller: SyncController | None = None
        self.village_names: dict[str, str] = {}
        self.overview: SyncOverview | None = None
        self.last_run: SyncReport | None = None

        title = QLabel(self.tr("Sync with HQ"))
        title.setObjectName("screenTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self._build_card())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_waiting()
        self.conflicts = ConflictPanel(ctx)
        self.conflicts_page = _ListPage(
            self.tr("HQ corrected these records while they were changed on this laptop."),
            self.tr("No conflicts. When HQ and this laptop both change a record, it appears here."),
            self.conflicts,
        )
        self.tabs.addTab(self.conflicts_page, icon("sync-conflict"), "")
        self._build_rejected()
        self._build_answers()
        ctx.signals.sync_finished.connect(self._sync_finished)
        self.refresh()

    # --- building ----------------------------------------------------------------------

    def _build_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(12)
        self.connection = QLabel()
        self.hq = QLabel()
        self.hq.setWordWrap(True)
        self.last_sync = QLabel()
        self.last_run_text = QLabel()
        self.last_run_text.setObjectName("hint")
        self.last_run_text.setVisible(False)
        self.last_error = QLabel()
        self.last_error.setProperty("role", "error")
        self.last_error.setWordWrap(True)
        for row, (name, value) in enumerate(
            (
                (self.tr("Connection"), self.connection),
                (self.tr("HQ"), self.hq),
                (self.tr("Last successful sync"), self.last_sync),
            )
        ):
            caption = QLabel(name)
            caption.setObjectName("cardLabel")
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        grid.addWidget(self.last_run_text, 3, 0, 1, 2)
        grid.addWidget(self.last_error, 4, 0, 1, 3)
        self.sync_button = QPushButton(icon("sync-pending"), self.tr("Sync now (F5)"))
        self.sync_button.setProperty("primary", True)
        self.sync_button.setVisible(False)  # until a controller is attached
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        side = QVBoxLayout()
        side.addWidget(self.sync_button)
        side.addWidget(self.progress)
        side.addStretch(1)
        grid.addLayout(side, 0, 2, 3, 1)
        grid.setColumnStretch(1, 1)
        return card

    def _build_waiting(self) -> None:
        names = self.village_names
        self.waiting_model = RowTableModel(
            [
                Column(self.tr("Record"), lambda r: r.label),
                Column(self.tr("Kind"), lambda r: self._kind_text(r.kind)),
                Column(self.tr("Village"), lambda r: names.get(r.village_code, r.village_code)),
                Column(
                    self.tr("Change"), lambda r: self.tr("New") if r.is_new else self.tr("Edited")
                ),
                Column(self.tr("Waiting since"), lambda r: when_text(r.queued_at)),
                Column(self.tr("Tries"), lambda r: str(r.attempts)),
            ],
            self,
        )
        self.waiting_view = make_table_view(self.waiting_model)
        self.waiting_page = _ListPage(
            self.tr("Saved on this laptop, not yet at HQ. They are sent in this order."),
            self.tr("Nothing is waiting: everything saved here has reached HQ."),
            self.waiting_view,
        )
        self.tabs.addTab(self.waiting_page, icon("sync-pending"), "")

    def _build_rejected(self) -> None:
        names = self.village_names
        self.rejected_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("NIK"), lambda r: r.nik),
                Column(self.tr("Kind"), lambda r: self._kind_text(r.kind)),
                Column(self.tr("Village"), lambda r: names.get(r.village_code, r.village_code)),
                Column(self.tr("HQ's reason"), lambda r: "; ".join(r.reasons) or "—"),
            ],
            self,
        )
        self.rejected_view = make_table_view(self.rejected_model, stretch=4)
        self.rejected_view.doubleClicked.connect(lambda _index: self._open_to_fix())
        self.rejected_page = _ListPage(
            self.tr("HQ refused these records. Open one, correct it and save: it is sent again."),
            self.tr("No refused records. Records HQ refuses appear here with HQ's reason."),
            self.rejected_view,
        )
        self.resend_button = QPushButton(self.tr("Send again as it is"))
        self.resend_button.setToolTip(
            self.tr("When HQ fixed the cause on its side, e.g. assigned the village to this laptop")
        )
        self.resend_button.clicked.connect(self._resend)
        self.open_button = QPushButton(self.tr("Open to fix"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_to_fix)
        self.rejected_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._rejected_selected()
        )
        self.rejected_page.buttons.addWidget(self.resend_button)
        self.rejected_page.buttons.addWidget(self.open_button)
        self._rejected_selected()
        self.tabs.addTab(self.rejected_page, icon("sync-error"), "")

    def _build_answers(self) -> None:
        self.answers_model = RowTableModel(
            [
                Column(self.tr("Record"), lambda r: r.label),
                Column(self.tr("Answered"), lambda r: when_text(r.at)),
                Column(self.tr("Answer when sent"), lambda r: self._outcome_text(r.outcome)),
                Column(self.tr("HQ's decision"), self._decision_text, icon=self._decision_icon),
            ],
            self,
        )
        self.answers_view: QTableView = make_table_view(self.answers_model, stretch=3)
        self.answers_page = _ListPage(
            self.tr("HQ's latest answer for each record sent, newest first."),
            self.tr("HQ has not answered anything yet. Sync to send your records."),
            self.answers_view,
        )
        self.tabs.addTab(self.answers_page, icon("sync-synced"), "")

    # --- texts -------------------------------------------------------------------------

    def _kind_text(self, kind: str) -> str:
        return self.tr("Session") if kind == "session" else label(kind, self.ctx.lang)

    def _outcome_text(self, outcome: str) -> str:
        return {
            "accepted": self.tr("Received"),
            "already_held": self.tr("Already at HQ"),
            "conflict": self.tr("Conflict"),
            "rejected": self.tr("Refused"),
        }.get(outcome, outcome)

    def _decision_icon(self, row: AnswerRow) -> QIcon:
        if row.status == "accepted":
            return icon("sync-synced")
        if row.status == "rejected" or row.outcome == "rejected":
            return icon("sync-error")
        return icon("sync-conflict" if row.outcome == "conflict" else "sync-pending")

    def _decision_text(self, row: AnswerRow) -> str:
        if row.status == "accepted" and row.kpj:
            return self.tr("Accepted, KPJ %1").replace("%1", row.kpj)
        if row.status == "rejected":
            return self.tr("Rejected: %1").replace("%1", row.reason or "—")
        if row.status is None:
            return "—"
        if row.outcome in ("accepted", "already_held") and row.status == "sent":
            return self.tr("Waiting for HQ's review")
        return label(row.status, self.ctx.lang)

    # --- sync controller -----------------------------------------------------------------

    def attach_sync(self, controller: SyncController) -> None:
        """Use the app's sync controller for "Sync now" and the live connection state."""
        self.controller = controller
        self.sync_button.setVisible(True)
        self.sync_button.clicked.connect(controller.sync_now)
        controller.state_changed.connect(self._show_connection)
        controller.progress.connect(self._show_progress)
        self._show_connection()

    def _show_connection(self) -> None:
        from desa_desktop.ui.sync_controller import Connection

        c = self.controller
        overview = (c.overview if c else None) or self.overview
        enrolled = overview is not None and overview.hq_url is not None
        if c is not None:
            connection = c.connection
        else:
            connection = Connection.UNKNOWN if enrolled else Connection.NOT_ENROLLED
        texts = {
            Connection.ONLINE: (self.tr("Online: HQ answers"), "online"),
            Connection.OFFLINE: (self.tr("Offline: HQ cannot be reached"), "offline"),
            Connection.UNKNOWN: (self.tr("Not checked yet"), "hint"),
            Connection.NOT_ENROLLED: (self.tr("Not enrolled"), "offline"),
        }
        text, style = texts[connection]
        self.connection.setText(text)
        set_style_name(self.connection, style)
        if overview is not None and overview.hq_url:
            self.hq.setText(
                self.tr("%1 (this laptop: %2)")
                .replace("%1", overview.hq_url)
                .replace("%2", overview.device_name or "")
            )
        else:
            self.hq.setText(
                self.tr(
                    "This laptop is not enrolled with HQ yet. Open Settings, type HQ's address and the one-time code from HQ."
                )
            )
        last = overview.last_sync_at if overview else None
        self.last_sync.setText(when_text(last) if last else self.tr("Never"))
        error = (c.last_error if c else None) or (overview.last_error if overview else None)
        self.last_error.setText(self.tr("Last error: %1").replace("%1", error) if error else "")
        self.last_error.setVisible(bool(error))
        running = c is not None and c.running
        self.sync_button.setEnabled(c is not None and c.action.isEnabled())
        self.sync_button.setText(self.tr("Syncing…") if running else self.tr("Sync now (F5)"))
        if running and not self.progress.isVisible():
            self.progress.setRange(0, 0)
        self.progress.setVisible(running)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _sync_finished(self, report: SyncReport) -> None:
        self.last_run = report
        self.last_run_text.setText(
            self.tr("Last run: %1 sent, %2 answers from HQ, %3 conflicts, %4 refused")
            .replace("%1", str(report.sent))
            .replace("%2", str(report.pulled))
            .replace("%3", str(report.conflicts))
            .replace("%4", str(report.rejected))
        )
        self.last_run_text.setVisible(True)
        self.refresh()  # even when hidden: the next look must be current

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        store, lang = self.ctx.store, self.ctx.lang
        self.ctx.ops.read(lambda: load_picture(store, lang), self._show)

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def _show(self, picture: SyncPicture) -> None:
        self.overview = picture.overview
        self.village_names.clear()
        self.village_names.update(picture.village_names)
        self.waiting_model.set_rows(picture.waiting)
        self.answers_model.set_rows(picture.answers)
        chosen = self._selected_rejected()
        self.rejected_model.set_rows(picture.rejected)
        if picture.rejected:  # keep the choice; else the first, so Enter/buttons work at once
            uuids = [r.uuid for r in picture.rejected]
            self.rejected_view.selectRow(
                uuids.index(chosen.uuid) if chosen and chosen.uuid in uuids else 0
            )
        self._rejected_selected()
        self.conflicts.set_rows(picture.conflicts, picture.village_names)
        self.waiting_page.show_rows(len(picture.waiting))
        self.answers_page.show_rows(len(picture.answers))
        self.rejected_page.show_rows(len(picture.rejected))
        self.conflicts_page.show_rows(len(picture.conflicts))
        counts = (
            (self.waiting_page, self.tr("Waiting (%1)"), picture.overview.waiting),
            (self.conflicts_page, self.tr("Conflicts (%1)"), len(picture.conflicts)),
            (self.rejected_page, self.tr("To fix (%1)"), len(picture.rejected)),
            (self.answers_page, self.tr("HQ answers (%1)"), len(picture.answers)),
        )
        for page, text, count in counts:
            self.tabs.setTabText(self.tabs.indexOf(page), text.replace("%1", str(count)))
        self._show_connection()

    def _selected_rejected(self) -> RejectedRow | None:
        row: RejectedRow | None = self.rejected_model.row_at(self.rejected_view.currentIndex())
        return row

    def _rejected_selected(self) -> None:
        row = self._selected_rejected()
        self.open_button.setEnabled(row is not None and row.is_person)
        self.resend_button.setEnabled(row is not None and row.refused_when_sent)

    def _open_to_fix(self) -> None:
        row = self._selected_rejected()
        if row is not None and row.is_person:
            self.ctx.signals.open_person.emit(row.uuid)

    def _resend(self) -> None:
        row = self._selected_rejected()
        if row is None or not row.refused_when_sent:
            return
        store, operator, uuid = self.ctx.store, self.ctx.operator, row.uuid
        entity = "session" if row.kind == "session" else "registration"
        self.ctx.ops.write(
            lambda: conflicts.resend(store, uuid, operator),
            lambda _result: self.ctx.signals.changed.emit(Changes(entity, (uuid,))),
        )
