"""One person's status, and the two member-data updates: mark inactive, or reactivate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import InactiveReason, Kind, Status, label
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.queries import PersonRecord
from desa_desktop.core.services.status import MAX_NOTE, mark_inactive, reactivate
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.session_fields import (
    FieldError,
    day_text,
    on_failure,
    repolish,
    show_findings,
    to_date,
)
from desa_desktop.ui.widgets.update_person_search import role_text

STATUS_ROLES = {
    Status.ACCEPTED: "info",
    Status.REJECTED: "error",
    Status.INACTIVE: "warning",
}


class PersonStatusPanel(QWidget):
    """Who the person is, where their registration stands, and what can change it.

    ``today`` is asked for each check, so a laptop left open overnight judges dates right.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: PersonRecord | None = None
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 13pt; font-weight: 600; color: #0b3d2e;")
        self.facts = QLabel()
        self.facts.setObjectName("hint")
        self.facts.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: 600;")
        self.mark_box = self._build_mark_box()
        self.reactivate_box = self._build_reactivate_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.status)
        layout.addWidget(self.mark_box)
        layout.addWidget(self.reactivate_box)

    def _build_mark_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mark as no longer an active member"))
        self.reason = QComboBox()
        for reason in InactiveReason:
            self.reason.addItem(label(reason.value, self.ctx.lang), reason.value)
        self.reason.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("dd-MM-yyyy")
        self.effective.dateChanged.connect(lambda _d: self._check_date())
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("e.g. letter from the family, decree number"))
        self.mark_button = QPushButton()
        self.mark_button.setProperty("primary", "true")
        self.mark_button.clicked.connect(self.mark)
        self.note.returnPressed.connect(self.mark)
        self.errors = {
            "effective_date": FieldError(self.effective),
            "note": FieldError(self.note),
            "reason": FieldError(self.reason),
        }
        self.mark_error = FieldError()
        self.date_caption = QLabel()
        form = QFormLayout(box)
        form.setContentsMargins(12, 18, 12, 10)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.errors["reason"])
        form.addRow(self.date_caption, self.effective)
        form.addRow("", self.errors["effective_date"])
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.errors["note"])
        form.addRow(self.mark_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        form.addRow(buttons)
        self._reason_changed()
        return box

    def _build_reactivate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reactivate"))
        explain = QLabel(
            self.tr("Only when the mark was a mistake: the person becomes an active member again.")
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.reactivate_note = QLineEdit()
        self.reactivate_note.setMaxLength(MAX_NOTE)
        self.reactivate_note.setPlaceholderText(self.tr("Why (optional)"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.reactivate_button.clicked.connect(self.reactivate)
        self.reactivate_error = FieldError()
        row = QHBoxLayout()
        row.addWidget(self.reactivate_note, 1)
        row.addWidget(self.reactivate_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 18, 12, 10)
        column.addWidget(explain)
        column.addLayout(row)
        column.addWidget(self.reactivate_error)
        return box

    def show_person(self, person: PersonRecord, village_name: str = "") -> None:
        """Show ``person``; a different person starts with a clean form."""
        if self.person is None or self.person.uuid != person.uuid:
            self._clear_forms()
        self.person = person
        values = person.values
        self.name.setText(values["name"])
        role = role_text(
            Kind(values["kind"]), values["position"], values["occupation"], self.ctx.lang
        )
        self.facts.setText(
            self.tr("NIK %1 \u00b7 %2 \u00b7 %3")
            .replace("%1", values["nik"])
            .replace("%2", role)
            .replace("%3", village_name or values["village_code"])
        )
        status: Status = values["status"]
        if status is Status.INACTIVE and values["inactive_reason"] is not None:
            text = (
                self.tr("Inactive since %1: %2")
                .replace("%1", day_text(values["inactive_date"]))
                .replace("%2", label(values["inactive_reason"].value, self.ctx.lang))
            )
        elif values["kpj"]:
            text = (
                self.tr("Status: %1 (KPJ %2)")
                .replace("%1", label(status.value, self.ctx.lang))
                .replace("%2", values["kpj"])
            )
        else:
            text = self.tr("Status: %1").replace("%1", label(status.value, self.ctx.lang))
        self.status.setText(text)
        self.status.setProperty("role", STATUS_ROLES.get(status, ""))
        repolish(self.status)
        self.mark_box.setVisible(status is not Status.INACTIVE)
        self.reactivate_box.setVisible(status is Status.INACTIVE)
        self._check_date()

    def reason_value(self) -> InactiveReason:
        return InactiveReason(self.reason.currentData())

    def values(self) -> InactiveInput:
        return InactiveInput(
            self.reason_value(), to_date(self.effective.date()), self.note.text().strip() or None
        )

    def mark(self) -> None:
        """Mark the person inactive; a death is confirmed first, as it ends their cover."""
        person = self.person
        if person is None or not self._check_date():
            return
        change = self.values()
        if change.reason is InactiveReason.DECEASED and not self._confirm_death(
            person.values["name"], change.effective_date
        ):
            return
        ctx, uuid = self.ctx, person.uuid
        self.mark_button.setEnabled(False)
        ctx.ops.write(
            lambda: mark_inactive(ctx.store, uuid, change, ctx.operator),
            self._done,
            on_failure(self._mark_refused, self._failed),
        )

    def reactivate(self) -> None:
        """Undo an inactive mark made in error, after a confirmation."""
        person = self.person
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reactivate"),
            self.tr("Make %1 an active member again?").replace("%1", person.values["name"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, uuid, note = self.ctx, person.uuid, self.reactivate_note.text().strip() or None
        self.reactivate_button.setEnabled(False)
        ctx.ops.write(
            lambda: reactivate(ctx.store, uuid, ctx.operator, note=note),
            self._done,
            on_failure(self._reactivate_refused, self._failed),
        )

    def _confirm_death(self, name: str, died: date) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Mark as deceased"),
            self.tr("Record that %1 died on %2? Their membership ends from that date.")
            .replace("%1", name)
            .replace("%2", day_text(died)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, changes: Changes) -> None:
        self._clear_forms()
        self.ctx.signals.changed.emit(changes)

    def _mark_refused(self, error: ValidationFailed) -> None:
        self.mark_button.setEnabled(True)
        show_findings(error, self.errors, self.mark_error, self.ctx.lang)

    def _reactivate_refused(self, error: ValidationFailed) -> None:
        self.reactivate_button.setEnabled(True)
        self.reactivate_error.show_issues(error.issues, self.ctx.lang)

    def _failed(self, error: object) -> None:
        self.mark_button.setEnabled(True)
        self.reactivate_button.setEnabled(True)
        self.ctx.ops.failed.emit(error)

    def _reason_changed(self) -> None:
        deceased = self.reason_value() is InactiveReason.DECEASED
        self.date_caption.setText(
            self.tr("Date of death") if deceased else self.tr("Effective from")
        )
        self.mark_button.setText(self.tr("Mark deceased") if deceased else self.tr("Mark exited"))

    def _check_date(self) -> bool:
        """The service's own date rules, checked as the date is picked (beside the field)."""
        chosen = to_date(self.effective.date())
        issues: list[Issue] = []
        if chosen > date.today():
            issues.append(Issue.error("effective_date", "date.future"))
        birth = self.person.values.get("birth_date") if self.person else None
        if birth and chosen < birth:
            issues.append(Issue.error("effective_date", "date.before_birth"))
        self.errors["effective_date"].show_issues(issues, self.ctx.lang)
        self.mark_button.setEnabled(not issues)
        return not issues

    def _clear_forms(self) -> None:
        self.reason.setCurrentIndex(0)
        self.effective.setDate(QDate.currentDate())
        self.note.clear()
        self.reactivate_note.clear()
        for error in (*self.errors.values(), self.mark_error, self.reactivate_error):
            error.clear_issues()
        self.mark_button.setEnabled(True)
        self.reactivate_button.setEnabled(True)
