"""The idle lock: input keeps the app open, idleness hides the data, any operator unlocks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, worker
from sqlalchemy import select

from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security import accounts
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.services.queries import PersonFilter, search_people
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.models import AuditEntry
from desa_desktop.ui.app import build_context
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.lock import IdleWatcher, LockController, install_lock
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.operators_screen import OperatorsScreen
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.people_screen import PeopleScreen
from desa_desktop.ui.screens import entries
from desa_desktop.ui.workers import WorkersScreen

PASSWORD = "bolok-aman-2026"
HELPER, HELPER_PASSWORD = "Yohana Bana", "tesabela-2026"


def test_input_keeps_the_app_open_and_idleness_locks(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher = IdleWatcher(0)
    idle: list[bool] = []
    watcher.idle.connect(lambda: idle.append(True))
    assert not watcher.timer.isActive()  # 0 minutes: never
    watcher.set_interval_ms(400)
    for _ in range(8):  # 800 ms of typing, never 400 ms apart
        qtbot.wait(80)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert not idle
    qtbot.waitUntil(lambda: bool(idle), timeout=2000)
    watcher.set_minutes(10)
    assert watcher.timer.interval() == 600_000 and watcher.timer.isActive()
    watcher.stop()


@pytest.fixture
def accounts_ctx(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """The admin logged in to a new encrypted store serving Bolok, with one more operator."""
    unlocked = accounts.initialize(tmp_path / "data", OPERATOR, PASSWORD)
    ctx = build_context(unlocked, OpRunner(synchronous=True))
    ctx.settings.language = "en"
    add_village(ctx.store, BOLOK, OPERATOR)
    accounts.add_operator(ctx.store, ctx.operator_account, HELPER, HELPER_PASSWORD)
    yield ctx
    ctx.ops.wait()
    ctx.store.close()


def _window(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, LockController]:
    window = MainWindow(ctx, entries(WorkersScreen, OperatorsScreen))
    qtbot.addWidget(window)
    lock = install_lock(window, ctx)
    window.resize(1200, 720)
    window.show()
    return window, lock


def _log_in(lock: LockController, name: str, password: str) -> None:
    assert lock.screen is not None
    lock.screen.form.name.setText(name)
    lock.screen.form.password.setText(password)
    lock.screen.form.submit()


def test_idle_lock_hides_the_data_and_another_operator_unlocks_and_is_audited(
    qtbot: QtBot, accounts_ctx: AppContext
) -> None:
    ctx = accounts_ctx
    window, lock = _window(qtbot, ctx)
    lock.watcher.set_interval_ms(100)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert lock.screen is not None and lock.screen.isVisible()
    [cover] = lock.covers
    assert cover.geometry() == window.rect() and not window.centralWidget().isEnabled()
    assert lock.screen.form.name.text() == OPERATOR  # the last operator, ready for a password

    _log_in(lock, HELPER, "not-her-password")
    assert lock.locked and lock.screen.form.message.text() == "Wrong operator name or password."
    _log_in(lock, HELPER, HELPER_PASSWORD)
    assert not lock.locked and window.centralWidget().isEnabled()
    assert ctx.operator == HELPER and ctx.operator_account.role is Role.OPERATOR
    badge = window.findChild(QLabel, "operatorBadge")
    assert isinstance(badge, QLabel) and badge.text() == "Yohana Bana (Operator)"
    assert lock.watcher.timer.isActive()  # counting again
    lock.watcher.stop()

    operators = window.find_screen(OperatorsScreen)
    assert isinstance(operators, OperatorsScreen) and not operators.add_button.isVisibleTo(window)
    workers = window.open(WorkersScreen)
    assert isinstance(workers, PeopleScreen)
    workers.set_village(BOLOK)
    values = asdict(worker())
    values["consent_at"] = datetime.now(UTC)
    for section in workers.form.sections:
        section.load(values)
    workers.form.save()
    [person] = search_people(ctx.store, PersonFilter())
    with ctx.store.read() as session:
        names = set(
            session.scalars(
                select(AuditEntry.operator).where(AuditEntry.entity_uuid == person.uuid)
            )
        )
    assert names == {HELPER}


def test_lock_now_with_a_dialog_open_and_the_setting(qtbot: QtBot, ctx: AppContext) -> None:
    window, lock = _window(qtbot, ctx)
    qtbot.mouseClick(lock.button, Qt.MouseButton.LeftButton)  # "Lock now"
    assert lock.locked and lock.action.shortcut().toString() == "Ctrl+L"
    lock.unlock(ctx.operator_account)
    assert not lock.locked and window.centralWidget().isEnabled()

    dialog = QDialog(window)
    field = QLineEdit("Dorkas Sae")
    QVBoxLayout(dialog).addWidget(field)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    field.setFocus()
    lock.lock()
    assert lock.screen is not None and lock.screen.window() is dialog  # where input goes
    assert not field.isEnabled() and not window.centralWidget().isEnabled()
    assert dialog.width() >= lock.screen.minimumWidth()
    lock.unlock(Operator(OPERATOR, Role.ADMIN))
    assert dialog.isVisible() and field.isEnabled() and field.text() == "Dorkas Sae"
    assert dialog.focusWidget() is field  # the cursor is back where it was

    ctx.settings.lock_minutes = 0
    ctx.signals.settings_changed.emit()
    assert not lock.watcher.timer.isActive()
    ctx.settings.lock_minutes = 5
    ctx.signals.settings_changed.emit()
    assert lock.watcher.timer.isActive() and lock.watcher.timer.interval() == 300_000
    lock.watcher.stop()  # no lock in the middle of a later test
