"""The dialogs of the Operators screen: add an operator, reset a password, change one's own.

Each checks what it can at once (the two passwords the same, the length), then runs the
account action in the write lane with a busy cursor (wrapping the key is slow on purpose).
A refusal is shown beside the field it is about, in the app's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import Role, label
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.security.accounts import (
    MIN_PASSWORD,
    AccessDenied,
    add_operator,
    change_password,
    check_new_operator,
    check_password,
    reset_password,
)
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.widgets.login_form import password_edit
from desa_desktop.ui.widgets.operator_fields import (
    AGAIN,
    NAME,
    OLD,
    PASSWORD,
    FieldFindings,
    again_issues,
)

OPERATOR_CHANGES = Changes(entity="operator")


class OperatorDialog(QDialog):
    """A small form of account fields with Save and Cancel."""

    denied_field: str | None = None  # where a refused login (AccessDenied) is said

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = QLabel()
        self.findings = FieldFindings(self.general)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(True)

    def add_field(self, field: str, caption: str, edit: QLineEdit) -> QLineEdit:
        self.form.addRow(caption, self.findings.cell(field, edit))
        return edit

    def add_rules(self) -> None:
        rules = QLabel(
            self.tr("At least %1 characters, and not the operator name.").replace(
                "%1", str(MIN_PASSWORD)
            )
        )
        rules.setObjectName("hint")
        rules.setWordWrap(True)
        self.form.addRow("", rules)

    def save(self) -> None:
        """Subclasses check their fields, then ``submit`` the work."""
        raise NotImplementedError

    def refuse(
        self, issues: list[Issue], extra: list[str] | None = None, extra_field: str | None = None
    ) -> bool:
        """Show ``issues`` (and ``extra`` words beside ``extra_field``); True when there was
        anything to say (the save stops)."""
        if issues or extra:
            self.findings.show(issues, self.ctx.lang, extra, extra_field)
            focus = self.findings.first_field()
            if focus is not None:
                focus.setFocus()
        return bool(issues or extra)

    def submit(self, work: Callable[[], object]) -> None:
        """Run ``work`` in the write lane; close on success, explain a refusal."""
        self.findings.clear()
        self._set_busy(True)

        def run() -> Changes:
            work()
            return OPERATOR_CHANGES

        self.ctx.ops.write(run, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _done(self, changes: Changes) -> None:
        self._set_busy(False)
        self.ctx.signals.changed.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()
        if isinstance(error, ValidationFailed):
            self.refuse(list(error.issues))
        elif isinstance(error, AccessDenied):
            self.refuse([], [error.message(self.ctx.lang)], self.denied_field)
        else:
            self.ctx.ops.failed.emit(error)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class AddOperatorDialog(OperatorDialog):
    """The admin adds an operator: name, role, a first password typed twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add an operator"), parent)
        self.say(
            self.tr(
                "The new operator logs in with this name and password. Tell them the password in person; they can change it after logging in."
            )
        )
        self.added = ""  # the name saved, once accepted
        self.name = self.add_field(NAME, self.tr("Operator &name"), QLineEdit())
        self.name.setMaxLength(60)
        self.role = QComboBox()
        for role in (Role.OPERATOR, Role.ADMIN):
            self.role.addItem(label(role.value, ctx.lang), role.value)
        self.form.addRow(self.tr("&Role"), self.role)
        self.password = self.add_field(PASSWORD, self.tr("&Password"), password_edit())
        self.again = self.add_field(AGAIN, self.tr("Password &again"), password_edit())
        self.add_rules()
        self.name.setFocus()

    def save(self) -> None:
        name = " ".join(self.name.text().split())
        password = self.password.text()
        issues = check_new_operator(name, password) + again_issues(password, self.again.text())
        if self.refuse(issues):
            return
        store, actor, role = (
            self.ctx.store,
            self.ctx.operator_account,
            Role(self.role.currentData()),
        )
        self.added = name
        self.submit(lambda: add_operator(store, actor, name, password, role))


class ResetPasswordDialog(OperatorDialog):
    """The admin gives an operator a new password (which also makes them active again)."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Reset password"), parent)
        self.operator_name = name
        self.say(
            self.tr(
                "A new password for %1. Their old password stops working; a deactivated operator becomes active again."
            ).replace("%1", name)
        )
        self.password = self.add_field(PASSWORD, self.tr("New &password"), password_edit())
        self.again = self.add_field(AGAIN, self.tr("Password &again"), password_edit())
        self.add_rules()
        self.password.setFocus()

    def save(self) -> None:
        name, password = self.operator_name, self.password.text()
        issues = check_password(name, password) + again_issues(password, self.again.text())
        if self.refuse(issues):
            return
        store, actor = self.ctx.store, self.ctx.operator_account
        self.submit(lambda: reset_password(store, actor, name, password))


class ChangePasswordDialog(OperatorDialog):
    """Any operator changes their own password, proving the old one first."""

    denied_field = OLD

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change my password"), parent)
        self.say(
            self.tr("Logged in as %1. Type your current password, then the new one twice.").replace(
                "%1", ctx.operator
            )
        )
        self.old = self.add_field(OLD, self.tr("&Current password"), password_edit())
        self.password = self.add_field(PASSWORD, self.tr("New &password"), password_edit())
        self.again = self.add_field(AGAIN, self.tr("New password &again"), password_edit())
        self.add_rules()
        self.old.setFocus()

    def save(self) -> None:
        old, password = self.old.text(), self.password.text()
        operator = self.ctx.operator_account
        issues = check_password(operator.name, password)
        issues += again_issues(password, self.again.text())
        missing = [] if old else [self.tr("Type your current password.")]
        if self.refuse(issues, missing, OLD):
            return
        store = self.ctx.store
        self.submit(lambda: change_password(store, operator, old, password))
