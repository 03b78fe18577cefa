"""Settings (language, sync interval, idle lock, enrollment errors, villages) and the first-run setup."""

from __future__ import annotations

from pathlib import Path

from hq_server import running_hq, sqlite_url
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from samples import BOLOK, STORE_KEY, TESABELA
from sqlalchemy import select

from desa_desktop.core.domain.choices import Role
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.services.villages import list_villages
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import open_store
from desa_desktop.core.store.models import AuditEntry
from desa_desktop.sync.settings import enrollment
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.settings import UiSettings
from desa_desktop.ui.settings_screen import SettingsScreen
from desa_desktop.ui.setup_wizard import SetupWizard, run_first_setup
from desa_desktop.ui.widgets.village_form import AddVillageDialog


def _settings_screen(qtbot: QtBot, ctx: AppContext) -> SettingsScreen:
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    return screen


def test_settings_are_saved_to_the_store(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _settings_screen(qtbot, ctx)
    assert str(ctx.store.path.parent) in screen.data_dir.text()
    assert "Bolok" in screen.villages.text()
    assert screen.lock_minutes.value() == 10  # the default
    changed: list[bool] = []
    ctx.signals.settings_changed.connect(lambda: changed.append(True))

    screen.language.setCurrentIndex(screen.language.findData("id"))
    screen.sync_minutes.setValue(0)
    assert screen.sync_minutes.text() == "Off (only Sync now)"
    screen.lock_minutes.setValue(0)
    assert screen.lock_minutes.text() == "Never"
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    stored = UiSettings.load(ctx.store)
    assert (stored.language, stored.sync_minutes, stored.lock_minutes) == ("id", 0, 0)
    assert changed and "applies when the app starts again" in screen.saved.text()

    screen.lock_minutes.setValue(25)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert UiSettings.load(ctx.store).lock_minutes == 25
    again = _settings_screen(qtbot, ctx)  # a new screen shows what is saved
    assert again.lock_minutes.value() == 25


def test_an_old_operator_setting_is_ignored(ctx: AppContext) -> None:
    from desa_desktop.core.store.meta import set_meta

    set_meta(ctx.store, "ui:operator", "Nama Lama")
    assert ctx.operator == "Maria Ndun"
    assert "operator" not in vars(UiSettings.load(ctx.store))


def test_enrollment_errors_are_shown_beside_the_form(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    screen = _settings_screen(qtbot, ctx)
    box = screen.enroll_box
    assert "Not enrolled yet" in box.state.text()
    box.url.setText("hq.example")
    qtbot.mouseClick(box.enroll_button, Qt.MouseButton.LeftButton)
    assert "http://" in box.message.text() and box.message.property("role") == "error"
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as hq:
        box.url.setText(hq.base_url)
        qtbot.mouseClick(box.enroll_button, Qt.MouseButton.LeftButton)
        assert "one-time code" in box.message.text()
        qtbot.keyClicks(box.code, "WRONG-CODE-1234")
        qtbot.keyClick(box.code, Qt.Key.Key_Return)
        assert box.message.property("role") == "error" and enrollment(ctx.store) is None
        assert box.message.text() and box.enroll_button.isEnabled()
        qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
        assert box.message.text() == "HQ answers at this address."
        box.code.setText(hq.add_device("Laptop Bolok", [BOLOK]))
        qtbot.mouseClick(box.enroll_button, Qt.MouseButton.LeftButton)
        assert "Enrolled as Laptop Bolok" in box.message.text()
        assert "Bolok (53.01.05.2010)" in box.message.text()
        assert "Enrolled as Laptop Bolok" in box.state.text() and box.code.text() == ""
    box.url.setText("http://127.0.0.1:9")  # nobody listens on the discard port
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert box.message.text().startswith("No answer from HQ")


def test_add_a_village_from_settings(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _settings_screen(qtbot, ctx)
    dialog = AddVillageDialog(ctx, screen)
    qtbot.addWidget(dialog)
    picker = dialog.form.picker
    picker.search_box.setText("Tesabela")
    picker.run_search()
    qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    dialog.form.officials.setValue(8)
    dialog.form.workers.setValue(250)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    village = {v.code: v for v in list_villages(ctx.store)}[TESABELA]
    assert (village.target_officials, village.target_workers) == (8, 250)
    assert "Tesabela" in screen.villages.text()
    # The same village twice is refused with the store's words, and nothing changes.
    again = AddVillageDialog(ctx, screen)
    qtbot.addWidget(again)
    again.form.picker.set_code(TESABELA)
    again.save()
    assert "53.01.05.2006" in again.message.text() and again.result() != again.DialogCode.Accepted


def _new_store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "fresh", STORE_KEY)


def _setup_context(store: Store) -> AppContext:
    operator = Operator("Yohana Bana", Role.ADMIN)
    return AppContext(
        store, OpRunner(synchronous=True), AppSignals(), UiSettings(language="en"), operator
    )


def _audit_names(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(AuditEntry.operator)))


def test_first_run_setup_creates_villages_and_settings(qtbot: QtBot, tmp_path: Path) -> None:
    store = _new_store(tmp_path)
    try:
        ctx = _setup_context(store)
        wizard = SetupWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        # Switching the language swaps the app's translators at once (and back).
        wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("id"))
        wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("en"))
        assert wizard.welcome.title() == "Welcome to Desa Desktop"
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        assert next_button.isEnabled()  # no name to type: it is the operator who logged in
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        page = wizard.villages
        assert wizard.currentPage() is page and not next_button.isEnabled()
        picker = page.form.picker
        qtbot.keyClicks(picker.search_box, "Bolok")
        qtbot.waitUntil(lambda: "53.01.05.2010" in picker.results_codes(), timeout=5000)
        picker.results.setCurrentRow(picker.results_codes().index("53.01.05.2010"))
        qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
        assert picker.village_code() == BOLOK
        page.form.officials.setValue(9)
        page.form.workers.setValue(120)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        picker.set_code(TESABELA)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        picker.set_code(TESABELA)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        assert page.chosen.count() == 2 and "already in the list" in page.message.text()
        page.chosen.setCurrentRow(1)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        assert page.chosen.count() == 1 and next_button.isEnabled()
        # Enter in the search box picks a result; it never also moves the wizard on.
        qtbot.keyClicks(picker.search_box, "Tesabela")
        qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
        assert wizard.currentPage() is page and picker.village_code() == TESABELA
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        assert wizard.currentPage() is wizard.enroll  # optional: finish without enrolling
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        assert wizard.result() == QWizard.DialogCode.Accepted

        [village] = list_villages(store)
        assert (village.code, village.name) == (BOLOK, "Bolok")
        assert (village.target_officials, village.target_workers) == (9, 120)
        saved = UiSettings.load(store)
        assert saved.setup_done and _audit_names(store) == {"Yohana Bana"}
        assert (saved.language, saved.current_village) == ("en", BOLOK)
    finally:
        store.close()


def test_cancelled_setup_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    store = _new_store(tmp_path)
    try:
        ctx = _setup_context(store)

        def cancel() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, SetupWizard):
                dialog.reject()
            else:
                QTimer.singleShot(50, cancel)

        QTimer.singleShot(50, cancel)
        assert run_first_setup(ctx) is False
        assert list_villages(store) == [] and not UiSettings.load(store).setup_done
    finally:
        store.close()


def test_village_targets_are_changed_from_settings(ctx: AppContext, qtbot: QtBot) -> None:
    from desa_desktop.core.services.villages import list_villages, village_coverage
    from desa_desktop.ui.widgets.village_targets import TargetsDialog

    changed: list[object] = []
    ctx.signals.changed.connect(changed.append)
    dialog = TargetsDialog(ctx, list_villages(ctx.store))
    qtbot.addWidget(dialog)
    assert dialog.officials.value() == 5  # what the fixture set
    dialog.officials.setValue(11)
    dialog.workers.setValue(250)
    dialog.save()
    coverage = village_coverage(ctx.store, "53.01.05.2010")
    assert (coverage.officials_target, coverage.workers_target) == (11, 250)
    assert changed and dialog.result() == dialog.DialogCode.Accepted
