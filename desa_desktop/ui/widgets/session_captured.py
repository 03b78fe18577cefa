"""The registrations a session produced, and linking one made there to the session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import label
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.queries import PersonRow
from desa_desktop.core.services.sessions import link_registration
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.row_table import Column, RowTableModel
from desa_desktop.ui.widgets.session_fields import FieldError, on_failure, plain_table
from desa_desktop.ui.widgets.update_person_search import PersonSearch, person_role


class CapturedPanel(QWidget):
    """Registrations counted for one session, and a search to link another one to it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_uuid = ""
        lang = ctx.lang
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("NIK"), lambda r: r.nik),
                Column(self.tr("Role"), lambda r: person_role(r, lang)),
                Column(self.tr("Status"), lambda r: label(r.status.value, lang)),
            ],
            self,
            uuid_of=lambda r: r.uuid,
        )
        self.table = plain_table(self.model)
        self.empty = QLabel(
            self.tr(
                "No registrations linked yet. Register people under Village officials or Workers, "
                "then find them below and link them to this session."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)

        self.link_button = QPushButton(self.tr("Link to this session"))
        self.link_button.setProperty("primary", "true")
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.link_selected)
        self.search = PersonSearch(ctx, self.tr("Find a registration by name or NIK to link"))
        self.search.picked.connect(lambda uuid: self.link_button.setEnabled(bool(uuid)))
        self.search.activated.connect(lambda _uuid: self.link_selected())
        self.error = FieldError()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Registrations captured in this session"))
        caption.setObjectName("hint")
        top_layout.addWidget(caption)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        find = QLabel(self.tr("Link a registration made at this session:"))
        find.setObjectName("hint")
        row.addWidget(find)
        row.addStretch(1)
        row.addWidget(self.link_button)
        bottom_layout.addLayout(row)
        bottom_layout.addWidget(self.search, 1)
        bottom_layout.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

    def show_captured(
        self, session_uuid: str, village_code: str, rows: Sequence[PersonRow]
    ) -> None:
        """Show ``session_uuid``'s registrations; the search looks in the session's village."""
        new_session = session_uuid != self.session_uuid
        self.session_uuid = session_uuid
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.search.set_village(village_code)
        if new_session:
            self.error.clear_issues()
            self.search.box.clear()
        self.search.search_now()

    def link_selected(self) -> None:
        """Count the person picked in the search as registered at this session."""
        person = self.search.current_uuid()
        if not person or not self.session_uuid:
            return
        uuid, ctx = self.session_uuid, self.ctx
        self.link_button.setEnabled(False)
        ctx.ops.write(
            lambda: link_registration(ctx.store, uuid, person, ctx.operator),
            self._linked,
            on_failure(self._refused, self._failed),
        )

    def _linked(self, changes: Changes) -> None:
        self.error.clear_issues()
        self.search.box.clear()
        self.ctx.signals.changed.emit(changes)

    def _refused(self, error: ValidationFailed) -> None:
        self.link_button.setEnabled(True)
        self.error.show_issues(error.issues, self.ctx.lang)

    def _failed(self, error: object) -> None:
        self.link_button.setEnabled(True)
        self.ctx.ops.failed.emit(error)
