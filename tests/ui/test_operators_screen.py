"""The Operators screen: the admin's account work, everyone's own password, the non-admin's view.

Real accounts on a real encrypted store (each password set or checked costs a slow key
derivation, so these tests do only a few).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from samples import OPERATOR

from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security import accounts
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.app import build_context
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.operators_screen import OperatorsScreen
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings
from desa_desktop.ui.widgets.operator_dialogs import (
    AddOperatorDialog,
    ChangePasswordDialog,
    ResetPasswordDialog,
)

PASSWORD = "bolok-aman-2026"
HELPER, HELPER_PASSWORD = "Yohana Bana", "tesabela-2026"


@pytest.fixture
def admin_ctx(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """The admin logged in to a new encrypted store (a real keyring beside it)."""
    unlocked = accounts.initialize(tmp_path / "data", OPERATOR, PASSWORD)
    ctx = build_context(unlocked, OpRunner(synchronous=True))
    ctx.settings.language = "en"
    yield ctx
    ctx.ops.wait()
    ctx.store.close()


def _screen(qtbot: QtBot, ctx: AppContext) -> OperatorsScreen:
    screen = OperatorsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    return screen


def _names(screen: OperatorsScreen) -> list[tuple[str, str]]:
    return [(row.name, screen._status(row)) for row in screen.model.rows]


def _add(qtbot: QtBot, ctx: AppContext, screen: OperatorsScreen) -> AddOperatorDialog:
    dialog = AddOperatorDialog(ctx, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_admin_adds_an_operator_with_findings_beside_the_fields(
    qtbot: QtBot, admin_ctx: AppContext
) -> None:
    ctx = admin_ctx
    screen = _screen(qtbot, ctx)
    assert _names(screen) == [(OPERATOR, "Active")]
    assert screen.add_button.isVisible() and not screen.admin_only.isVisible()
    assert "logged in as Maria Ndun (Admin)" in screen.who.text()

    dialog = _add(qtbot, ctx, screen)
    dialog.name.setText(HELPER)
    dialog.password.setText(HELPER_PASSWORD)
    dialog.again.setText("something-else")
    dialog.save()
    assert "not the same" in dialog.findings.messages["password_again"].text()
    dialog.name.setText("maria ndun")  # taken: names compare without case
    dialog.password.setText(HELPER_PASSWORD)
    dialog.again.setText(HELPER_PASSWORD)
    dialog.save()
    name_message = dialog.findings.messages["operator_name"]
    assert "already an operator named" in name_message.text()
    assert dialog.name.property("invalid") == "true" and dialog.password.text() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.name.setText(HELPER)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.OPERATOR.value))
    dialog.password.setText(HELPER_PASSWORD)
    dialog.again.setText(HELPER_PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _names(screen) == [(OPERATOR, "Active"), (HELPER, "Active")]
    [helper] = [r for r in accounts.list_operators(ctx.store) if r.name == HELPER]
    assert (helper.role, helper.created_by) == (Role.OPERATOR, OPERATOR)
    assert accounts.verify(ctx.store, HELPER, HELPER_PASSWORD) == Operator(HELPER, Role.OPERATOR)


def _confirm_next_question() -> list[str]:
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    return said


def test_reset_deactivate_and_change_my_password(qtbot: QtBot, admin_ctx: AppContext) -> None:
    ctx = admin_ctx
    accounts.add_operator(ctx.store, ctx.operator_account, HELPER, HELPER_PASSWORD)
    screen = _screen(qtbot, ctx)
    screen.select(OPERATOR)
    assert screen.reset_button.isEnabled() and not screen.deactivate_button.isEnabled()  # me
    screen.select(HELPER)
    assert screen.deactivate_button.isEnabled()

    said = _confirm_next_question()
    screen.deactivate()
    assert said and "Deactivate Yohana Bana?" in said[0]
    assert _names(screen)[1] == (HELPER, "Deactivated")
    assert "was deactivated" in screen.message.text()

    reset = ResetPasswordDialog(ctx, HELPER, screen)
    qtbot.addWidget(reset)
    reset.password.setText("bana-baru-2026")
    reset.again.setText("bana-baru-2026")
    reset.save()
    assert reset.result() == QDialog.DialogCode.Accepted
    assert _names(screen)[1] == (HELPER, "Active")  # a reset makes them active again

    change = ChangePasswordDialog(ctx, screen)
    qtbot.addWidget(change)
    change.old.setText("not-my-password")
    change.password.setText("bolok-baru-2027")
    change.again.setText("bolok-baru-2027")
    change.save()
    old_message = change.findings.messages["old_password"]
    assert old_message.text() == "Wrong operator name or password."
    assert change.old.text() == "" and change.result() != QDialog.DialogCode.Accepted
    change.old.setText(PASSWORD)
    change.password.setText("bolok-baru-2027")
    change.again.setText("bolok-baru-2027")
    change.save()
    assert change.result() == QDialog.DialogCode.Accepted
    assert accounts.verify(ctx.store, OPERATOR, "bolok-baru-2027").name == OPERATOR


def test_a_non_admin_sees_no_management_actions(qtbot: QtBot, store: Store) -> None:
    operator = Operator("Yohana Bana", Role.OPERATOR)
    ctx = AppContext(
        store, OpRunner(synchronous=True), AppSignals(), UiSettings(language="en"), operator
    )
    screen = _screen(qtbot, ctx)
    for button in (screen.add_button, screen.reset_button, screen.deactivate_button):
        assert not button.isVisible()
    assert screen.change_button.isVisible() and screen.admin_only.isVisible()
    assert "logged in as Yohana Bana (Operator)" in screen.who.text()
    # The admin unlocks the app after a lock: the actions appear.
    ctx.operator_account = Operator(OPERATOR, Role.ADMIN)
    ctx.signals.operator_changed.emit(ctx.operator_account)
    assert screen.add_button.isVisible() and not screen.admin_only.isVisible()
