"""Who came to a session: the attendance table, adding a person, taking one off."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.positions import Position, position_label
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import AttendeeInput
from desa_desktop.core.services.sessions import AttendeeRow, add_attendee, remove_attendee
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.theme import icon
from desa_desktop.ui.widgets.row_table import Column, RowTableModel
from desa_desktop.ui.widgets.session_fields import (
    FieldError,
    on_failure,
    plain_table,
    show_findings,
)

# Roles people often come in, offered in the role box (any other text is fine too).
WORKER_ROLES = ("Petani/Pekebun", "Nelayan/Perikanan", "Pedagang", "Buruh Harian Lepas")


class AttendancePanel(QWidget):
    """The attendance of one session. Writes go through the write lane and announce their
    changes, so the session's figures refresh everywhere."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_uuid = ""
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("NIK"), lambda r: r.nik or ""),
                Column(self.tr("Role"), lambda r: r.role or ""),
                Column(
                    self.tr("Registered"),
                    lambda r: self.tr("Yes") if r.registered else self.tr("Not yet"),
                    icon=lambda r: icon("sync-synced") if r.registered else None,
                ),
            ],
            self,
            uuid_of=lambda r: r.uuid,
        )
        self.table = plain_table(self.model)
        self.empty = QLabel(
            self.tr(
                "Nobody recorded yet: add each person present below, or link their registration."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setToolTip(
            self.tr("Take a person entered by mistake off the list (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self._selected() is not None)
        )
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name as on the KTP"))
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("NIK (optional)"))
        self.nik.setMaxLength(20)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.addItem("")
        self.role.addItems([position_label(p, ctx.lang) for p in Position])
        self.role.addItems(WORKER_ROLES)
        self.role.setCurrentIndex(0)
        role_edit = self.role.lineEdit()
        assert role_edit is not None  # an editable combo box always has one
        role_edit.setPlaceholderText(self.tr("Role or work"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Mobile (optional)"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setProperty("primary", "true")
        self.add_button.clicked.connect(self.add)
        for field in (self.name, self.nik, self.phone):
            field.returnPressed.connect(self.add)
        role_edit.returnPressed.connect(self.add)
        self.errors = {
            "name": FieldError(self.name),
            "nik": FieldError(self.nik),
            "phone": FieldError(self.phone),
        }
        self.general_error = FieldError()

        # Two rows, so every box stays wide enough to read at 1366x768.
        form = QGridLayout()
        form.setHorizontalSpacing(6)
        form.setVerticalSpacing(2)
        form.addWidget(self.name, 0, 0, 1, 2)
        form.addWidget(self.nik, 0, 2)
        form.addWidget(self.errors["name"], 1, 0, 1, 2)
        form.addWidget(self.errors["nik"], 1, 2)
        form.addWidget(self.role, 2, 0)
        form.addWidget(self.phone, 2, 1)
        form.addWidget(self.add_button, 2, 2)
        form.addWidget(self.errors["phone"], 3, 1)
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(2, 1)
        below = QHBoxLayout()
        caption = QLabel(self.tr("Add a person present:"))
        caption.setObjectName("hint")
        below.addWidget(caption)
        below.addStretch(1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(below)
        layout.addLayout(form)
        layout.addWidget(self.general_error)

    def show_attendees(self, session_uuid: str, rows: Sequence[AttendeeRow]) -> None:
        """Show ``session_uuid``'s attendance (a new session clears what was being typed)."""
        if session_uuid != self.session_uuid:
            self._clear_form()
        self.session_uuid = session_uuid
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.remove_button.setEnabled(False)

    def values(self) -> AttendeeInput:
        return AttendeeInput(
            name=self.name.text(),
            nik=self.nik.text().strip() or None,
            role=self.role.currentText().strip() or None,
            phone=self.phone.text().strip() or None,
        )

    def add(self) -> None:
        """Record the person typed in the form as present."""
        if not self.session_uuid:
            return
        data, uuid, ctx = self.values(), self.session_uuid, self.ctx
        self.add_button.setEnabled(False)
        ctx.ops.write(
            lambda: add_attendee(ctx.store, uuid, data, ctx.operator),
            self._added,
            on_failure(self._refused, self._failed),
        )

    def remove_selected(self) -> None:
        """Take the selected person off the attendance."""
        row = self._selected()
        if row is None or not self.session_uuid:
            return
        uuid, ctx = self.session_uuid, self.ctx
        ctx.ops.write(
            lambda: remove_attendee(ctx.store, uuid, row.uuid, ctx.operator),
            self._removed,
            on_failure(self._refused, self._failed),
        )

    def _selected(self) -> AttendeeRow | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0]) if rows else None
        return found if isinstance(found, AttendeeRow) else None

    def _added(self, changes: Changes) -> None:
        self._clear_form()
        self.add_button.setEnabled(True)
        self.ctx.signals.changed.emit(changes)
        self.name.setFocus()  # the next person in the queue

    def _removed(self, changes: Changes) -> None:
        self.ctx.signals.changed.emit(changes)

    def _refused(self, error: ValidationFailed) -> None:
        self.add_button.setEnabled(True)
        show_findings(error, self.errors, self.general_error, self.ctx.lang)

    def _failed(self, error: object) -> None:
        self.add_button.setEnabled(True)
        self.ctx.ops.failed.emit(error)

    def _clear_form(self) -> None:
        for field in (self.name, self.nik, self.phone):
            field.clear()
        self.role.setCurrentIndex(0)
        self.role.setEditText("")
        for error in (*self.errors.values(), self.general_error):
            error.clear_issues()
