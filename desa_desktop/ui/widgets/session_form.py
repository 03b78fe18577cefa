"""The form that records a new socialization session (sosialisasi)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import SessionInput
from desa_desktop.core.services.sessions import ENTITY, create_session
from desa_desktop.core.services.villages import VillageRow
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.session_fields import FieldError, on_failure, show_findings, to_date


class SessionDialog(QDialog):
    """Date, place, facilitator, topic and notes of a session in one of the served villages.

    Saving goes through the write lane; a session dated in the future asks first (planning
    ahead is allowed). ``created`` carries the new session's UUID.
    """

    created = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        villages: Sequence[VillageRow],
        village_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New socialization session"))
        self.setMinimumWidth(480)
        self.village = QComboBox()
        for village in villages:
            self.village.addItem(f"{village.name} ({village.code})", village.code)
        self.village.setCurrentIndex(max(0, self.village.findData(village_code)))
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Balai Desa"))
        self.facilitator = QLineEdit(ctx.operator)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("e.g. Protection for fishermen and farmers"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.errors = {
            "village_code": FieldError(self.village),
            "held_on": FieldError(self.held_on),
            "place": FieldError(self.place),
            "facilitator": FieldError(self.facilitator),
        }
        self.general_error = FieldError()

        form = QFormLayout()
        for caption, field, error in (
            (self.tr("Village"), self.village, self.errors["village_code"]),
            (self.tr("Date"), self.held_on, self.errors["held_on"]),
            (self.tr("Place"), self.place, self.errors["place"]),
            (self.tr("Facilitator"), self.facilitator, self.errors["facilitator"]),
        ):
            form.addRow(caption, field)
            form.addRow("", error)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(lambda: self.save(confirm_warnings=False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not villages:
            missing = QLabel(
                self.tr("Add the village this laptop serves before recording a session.")
            )
            missing.setProperty("role", "error")
            layout.addWidget(missing)
            self.save_button.setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.place.setFocus()

    def reject(self) -> None:
        """Escape and Cancel close the form, except while a save is under way."""
        if self.buttons.isEnabled():
            super().reject()

    def values(self) -> SessionInput:
        """What the form holds, as the service takes it."""
        notes = self.notes.toPlainText().strip()
        return SessionInput(
            village_code=str(self.village.currentData() or ""),
            held_on=to_date(self.held_on.date()),
            place=self.place.text(),
            facilitator=self.facilitator.text(),
            topic=self.topic.text().strip() or None,
            notes=notes or None,
        )

    def save(self, confirm_warnings: bool = False) -> None:
        """Create the session; refusals show beside their fields."""
        data = self.values()
        ctx = self.ctx
        self.buttons.setEnabled(False)  # no second save, and no closing under a running write
        ctx.ops.write(
            lambda: create_session(
                ctx.store, data, ctx.operator, confirm_warnings=confirm_warnings
            ),
            lambda uuid: self._saved(uuid, data),
            on_failure(self._refused, self._failed),
        )

    def _saved(self, uuid: str, data: SessionInput) -> None:
        self.ctx.signals.changed.emit(Changes(ENTITY, (uuid,), (data.village_code,)))
        self.created.emit(uuid)
        self.accept()

    def _failed(self, error: object) -> None:
        self.buttons.setEnabled(True)
        self.ctx.ops.failed.emit(error)

    def _refused(self, error: ValidationFailed) -> None:
        self.buttons.setEnabled(True)
        show_findings(error, self.errors, self.general_error, self.ctx.lang)
        if error.needs_confirmation and self._confirm(error):
            self.save(confirm_warnings=True)

    def _confirm(self, error: ValidationFailed) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Save the session?"),
            "\n".join(error.messages(self.ctx.lang)) + "\n\n" + self.tr("Save it anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes
