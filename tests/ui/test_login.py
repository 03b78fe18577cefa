"""Start-up with encryption: the first operator's page, the login, the missing key file.

Real accounts (the slow key derivation included): each test logs in only a few times.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, STORE_KEY

from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security import accounts
from desa_desktop.core.security.accounts import Operator, StoreState, store_state
from desa_desktop.core.services.villages import add_village, list_villages
from desa_desktop.core.store import cipher
from desa_desktop.core.store.engine import DB_FILENAME
from desa_desktop.core.store.migrate import open_store
from desa_desktop.ui import app as app_module
from desa_desktop.ui.first_operator import FirstOperatorDialog
from desa_desktop.ui.local_prefs import PREFS_FILENAME, load_language
from desa_desktop.ui.login_dialog import LoginDialog
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.setup_wizard import SetupWizard
from desa_desktop.ui.translations import remove_translators

PASSWORD = "bolok-aman-2026"
PLAIN_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test starts with the English source strings."""
    yield
    remove_translators(qapp)


def _first_operator(qtbot: QtBot, folder: Path, *, encrypt: bool = False) -> FirstOperatorDialog:
    dialog = FirstOperatorDialog(folder, OpRunner(synchronous=True), "en", encrypt_existing=encrypt)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: FirstOperatorDialog, name: str, password: str, again: str) -> None:
    dialog.name.setText(name)
    dialog.password.setText(password)
    dialog.again.setText(again)


def test_the_first_operator_creates_an_encrypted_store_and_its_admin(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    folder = tmp_path / "new"
    assert store_state(folder) is StoreState.NEW
    dialog = _first_operator(qtbot, folder)
    assert dialog.warning.isVisible() and "CANNOT be recovered" in dialog.warning.text()
    assert not dialog.existing.isVisible()

    _fill(dialog, OPERATOR, PASSWORD, PASSWORD + "x")
    dialog.create_admin()
    again = dialog.findings.messages["password_again"]
    assert again.isVisible() and "not the same" in again.text()
    _fill(dialog, OPERATOR, "short", "short")
    dialog.create_admin()
    assert "at least 8 characters" in dialog.findings.messages["password"].text()
    assert store_state(folder) is StoreState.NEW and dialog.unlocked is None

    _fill(dialog, OPERATOR, PASSWORD, PASSWORD)
    dialog.create_admin()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.unlocked is not None
    unlocked = dialog.unlocked
    try:
        assert unlocked.operator == Operator(OPERATOR, Role.ADMIN)
        assert [(r.name, r.role) for r in accounts.list_operators(unlocked.store)] == [
            (OPERATOR, Role.ADMIN)
        ]
    finally:
        unlocked.store.close()
    assert not (folder / DB_FILENAME).read_bytes().startswith(PLAIN_HEADER)
    assert store_state(folder) is StoreState.LOCKED


def _plaintext_store(folder: Path, source: Path) -> None:
    """A store from before encryption: a real store, exported without a key."""
    store = open_store(source, STORE_KEY)
    add_village(store, BOLOK, OPERATOR)
    store.close()
    folder.mkdir(parents=True)
    with closing(cipher.connect(source / DB_FILENAME, STORE_KEY)) as connection:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(folder / DB_FILENAME),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")


def test_a_store_from_before_encryption_is_encrypted_by_the_first_operator(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    folder = tmp_path / "old"
    _plaintext_store(folder, tmp_path / "source")
    assert store_state(folder) is StoreState.UNENCRYPTED
    dialog = _first_operator(qtbot, folder, encrypt=True)
    assert dialog.existing.isVisible() and "will now be encrypted" in dialog.existing.text()
    _fill(dialog, OPERATOR, PASSWORD, PASSWORD)
    dialog.create_admin()
    assert dialog.unlocked is not None
    try:
        assert [v.code for v in list_villages(dialog.unlocked.store)] == [BOLOK]
    finally:
        dialog.unlocked.store.close()
    assert not (folder / DB_FILENAME).read_bytes().startswith(PLAIN_HEADER)


@pytest.fixture
def set_up(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    accounts.initialize(folder, OPERATOR, PASSWORD).store.close()
    return folder


def _login(qtbot: QtBot, folder: Path, language: str = "en") -> LoginDialog:
    dialog = LoginDialog(folder, OpRunner(synchronous=True), language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(dialog: LoginDialog, name: str, password: str) -> None:
    dialog.form.name.setText(name)
    dialog.form.password.setText(password)
    dialog.form.submit()


def test_login_refuses_a_wrong_password_then_opens_the_store(
    qtbot: QtBot, set_up: Path, english: None
) -> None:
    dialog = _login(qtbot, set_up)
    message = dialog.form.message
    _try(dialog, OPERATOR, "not-the-password")
    assert message.isVisible() and message.text() == "Wrong operator name or password."
    assert dialog.form.password.text() == "" and dialog.unlocked is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    _try(dialog, "Nobody Here", PASSWORD)  # an unknown name reads the same
    assert message.text() == "Wrong operator name or password." and dialog.unlocked is None

    # The language switch before login: the page and the refusal speak Indonesian at once,
    # and the choice is remembered (in plain ui.json, without any name) for the next start.
    dialog.switch.setCurrentIndex(dialog.switch.findData("id"))
    qtbot.waitUntil(lambda: message.text() == "Nama operator atau kata sandi salah.")
    assert dialog.form.button.text() == "Masuk"
    assert load_language(set_up) == "id"
    assert json.loads((set_up / PREFS_FILENAME).read_text()) == {"language": "id"}

    _try(dialog, " maria  ndun ", PASSWORD)  # names compare without case and extra spaces
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.unlocked is not None
    dialog.unlocked.store.close()
    assert dialog.unlocked.operator == Operator(OPERATOR, Role.ADMIN)


def test_repeated_wrong_passwords_make_the_operator_wait(
    qtbot: QtBot, set_up: Path, english: None
) -> None:
    dialog = _login(qtbot, set_up)
    for _ in range(3):
        _try(dialog, OPERATOR, "still-not-it")
    assert "Try again in 15 seconds" in dialog.form.message.text()
    _try(dialog, OPERATOR, PASSWORD)  # even the right password waits its turn
    assert "Try again in" in dialog.form.message.text() and dialog.unlocked is None


def _answer_modals(answer: Callable[[QWidget], bool]) -> list[str]:
    """Hand every modal window to ``answer`` until it says it is done; the titles seen."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            seen.append(type(modal).__name__)
            if answer(modal):
                return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


@pytest.fixture
def no_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui styles the whole app; the tests after this one keep the plain look."""
    monkeypatch.setattr(app_module, "apply_theme", lambda _app: None)


def test_without_its_key_file_the_data_is_not_opened(
    tmp_path: Path, qapp: QApplication, no_theme: None
) -> None:
    folder = tmp_path / "data"
    open_store(folder, STORE_KEY).close()
    (folder / PREFS_FILENAME).write_text('{"language": "en"}')
    assert store_state(folder) is StoreState.KEY_MISSING
    said: list[str] = []

    def close(modal: QWidget) -> bool:
        if isinstance(modal, QMessageBox):
            said.append(modal.text())
            modal.accept()
            return True
        return False

    _answer_modals(close)
    assert app_module.run_gui(folder) == 1
    assert said and "keys.json" in said[0]


def test_run_gui_on_an_empty_folder_makes_the_admin_then_the_setup(
    tmp_path: Path, qapp: QApplication, no_theme: None
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / PREFS_FILENAME).write_text('{"language": "en"}')

    def drive(modal: QWidget) -> bool:
        if isinstance(modal, FirstOperatorDialog) and not modal.busy:
            _fill(modal, OPERATOR, PASSWORD, PASSWORD)
            modal.create_admin()
        elif isinstance(modal, SetupWizard):
            modal.reject()  # cancelled: the app ends, the admin stays
            return True
        return False

    seen = _answer_modals(drive)
    assert app_module.run_gui(folder) == 0
    assert seen[0] == "FirstOperatorDialog" and seen[-1] == "SetupWizard"
    assert store_state(folder) is StoreState.LOCKED
    assert load_language(folder) == "en"
