"""Operators: who may open the data on this laptop.

Everyone sees the list and can change their own password; the admin also adds operators,
resets forgotten passwords and deactivates accounts (with a confirmation). Writes run in the
write lane like every other screen's.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desa_desktop.core.domain.choices import label
from desa_desktop.core.security.accounts import (
    AccessDenied,
    OperatorRow,
    deactivate,
    list_operators,
)
from desa_desktop.core.security.keyring import normalize_name
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.errors import ValidationFailed
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.screen import Screen
from desa_desktop.ui.settings_screen import set_message
from desa_desktop.ui.widgets.operator_dialogs import (
    OPERATOR_CHANGES,
    AddOperatorDialog,
    ChangePasswordDialog,
    ResetPasswordDialog,
)
from desa_desktop.ui.widgets.row_table import Column, RowTableModel, make_table_view
from desa_desktop.ui.widgets.sync_status import when_text


class OperatorsScreen(Screen):
    """The operators of this laptop and what may be done with their accounts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Operators"))
        title.setObjectName("screenTitle")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Role"), lambda r: label(r.role.value, self.ctx.lang)),
                Column(self.tr("Status"), self._status),
                Column(self.tr("Password set"), lambda r: when_text(r.password_set_at)),
                Column(self.tr("Added by"), lambda r: r.created_by),
            ],
            self,
            uuid_of=lambda r: normalize_name(r.name),
        )
        self.table = make_table_view(self.model, stretch=4)  # "Added by": names fit
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.add_button = QPushButton(self.tr("Add an operator…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_operator)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.deactivate_button.clicked.connect(self.deactivate)
        self.change_button = QPushButton(self.tr("Change my password…"))
        self.change_button.clicked.connect(self.change_password)
        self.admin_only = QLabel(
            self.tr("Only the admin adds operators, resets passwords and deactivates accounts.")
        )
        self.admin_only.setObjectName("hint")
        self.admin_only.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        actions = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.deactivate_button):
            actions.addWidget(button)
        actions.addWidget(self.admin_only, 1)
        actions.addStretch(0)
        actions.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.who)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        ctx.signals.operator_changed.connect(lambda _operator: self.refresh())
        self.refresh()

    def _status(self, row: OperatorRow) -> str:
        return self.tr("Active") if row.active else self.tr("Deactivated")

    def refresh(self) -> None:
        operator = self.ctx.operator_account
        self.who.setText(
            self.tr("You are logged in as %1 (%2).")
            .replace("%1", operator.name)
            .replace("%2", label(operator.role.value, self.ctx.lang))
        )
        for widget in (self.add_button, self.reset_button, self.deactivate_button):
            widget.setVisible(operator.is_admin)
        self.admin_only.setVisible(not operator.is_admin)
        store = self.ctx.store
        self.ctx.ops.read(lambda: list_operators(store), self._show)

    def on_changed(self, changes: Changes) -> None:
        if changes.entity == "operator" or self.isVisible():
            self.refresh()

    def _show(self, rows: list[OperatorRow]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.name)
        self._enable()

    def select(self, name: str) -> None:
        row = self.model.find(normalize_name(name))
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> OperatorRow | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0]) if rows else None
        return found if isinstance(found, OperatorRow) else None

    def _enable(self) -> None:
        row = self.selected()
        me = normalize_name(self.ctx.operator)
        self.reset_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(
            row is not None and row.active and normalize_name(row.name) != me
        )

    def add_operator(self) -> None:
        dialog = AddOperatorDialog(self.ctx, self)
        if dialog.exec() == AddOperatorDialog.DialogCode.Accepted:
            self._said(self.tr("%1 was added and can log in now.").replace("%1", dialog.added))
            self.select(dialog.added)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ResetPasswordDialog(self.ctx, row.name, self)
        if dialog.exec() == ResetPasswordDialog.DialogCode.Accepted:
            self._said(self.tr("%1 has a new password.").replace("%1", row.name))

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx, self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            self._said(self.tr("Your password was changed."))

    def deactivate(self) -> None:
        """Close an account after a confirmation: its password opens nothing any more."""
        row = self.selected()
        if row is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Deactivate operator"),
            self.tr(
                "Deactivate %1? Their password will no longer open the data. Resetting their password makes them active again."
            ).replace("%1", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        store, actor, name = self.ctx.store, self.ctx.operator_account, row.name

        def work() -> Changes:
            deactivate(store, actor, name)
            return OPERATOR_CHANGES

        def done(changes: Changes) -> None:
            self._said(self.tr("%1 was deactivated.").replace("%1", name))
            self.ctx.signals.changed.emit(changes)

        self.ctx.ops.write(work, done, self._refused)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            set_message(self.message, "\n".join(error.messages(self.ctx.lang)), "error")
        elif isinstance(error, AccessDenied):
            set_message(self.message, error.message(self.ctx.lang), "error")
        else:
            self.ctx.ops.failed.emit(error)

    def _said(self, text: str) -> None:
        set_message(self.message, text, "info")
