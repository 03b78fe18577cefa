"""Sync from the window against a real HQ on 127.0.0.1: enroll in Settings, sync, see HQ's answers,
resolve conflicts side by side, go offline and come back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_server import HQServer, running_hq, sqlite_url
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, TESABELA, TODAY, worker

from desa_desktop.core.domain.choices import Role, Status, SyncState
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.queries import get_person
from desa_desktop.core.services.registrations import edit, register
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.sync import outbox
from desa_desktop.sync.enroll import enroll
from desa_desktop.sync.settings import enrollment
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.screens import entries
from desa_desktop.ui.settings import UiSettings
from desa_desktop.ui.settings_screen import SettingsScreen
from desa_desktop.ui.sync_controller import Connection, SyncController, install_sync
from desa_desktop.ui.sync_screen import SyncScreen
from desa_desktop.ui.widgets.sync_status import SyncStatusBar

WAIT_MS = 20_000


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(sqlite_url(tmp_path), log_dir=tmp_path) as server:
        yield server


def _window(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, SyncController]:
    window = MainWindow(ctx, entries(SyncScreen, SettingsScreen))
    qtbot.addWidget(window)
    controller = install_sync(window, ctx)
    window.resize(1366, 768)
    window.show()
    return window, controller


def _press_f5(qtbot: QtBot, window: MainWindow) -> None:
    """The "Sync now" shortcut, as a user presses it in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F5)


def _bar(window: MainWindow) -> SyncStatusBar:
    return window.statusBar().findChild(SyncStatusBar)  # type: ignore[return-value]


def _people(store: Store, *numbers: int) -> list[str]:
    return [
        register(
            store,
            worker(nik=f"530105120385{n:04d}", name=f"Pekerja {chr(64 + n)}"),
            OPERATOR,
            today=TODAY,
        ).uuid
        for n in numbers
    ]


def test_enroll_in_settings_then_sync_and_see_hqs_answers(
    qtbot: QtBot, ctx: AppContext, hq: HQServer
) -> None:
    first, second, third = _people(ctx.store, 1, 2, 3)
    window, controller = _window(qtbot, ctx)
    bar = _bar(window)
    assert controller.connection is Connection.NOT_ENROLLED
    assert "3 waiting" in bar.waiting.text() and not bar.button.isEnabled()

    settings = window.open(SettingsScreen)
    assert isinstance(settings, SettingsScreen)
    box = settings.enroll_box
    box.url.setText(hq.base_url)
    qtbot.keyClicks(box.code, hq.add_device("Laptop Bolok", [BOLOK]))
    qtbot.mouseClick(box.enroll_button, Qt.MouseButton.LeftButton)
    assert "Laptop Bolok" in box.message.text(), box.message.text()
    assert enrollment(ctx.store) is not None
    assert controller.connection is Connection.ONLINE and bar.button.isEnabled()

    screen = window.open(SyncScreen)
    assert isinstance(screen, SyncScreen)
    assert screen.waiting_model.rowCount() == 3
    assert screen.tabs.tabText(0) == "Waiting (3)"
    _press_f5(qtbot, window)
    assert controller.last_report is not None and controller.last_report.sent == 3
    assert "Nothing waiting" in bar.waiting.text() and "Last sync:" in bar.last_sync.text()
    assert screen.waiting_model.rowCount() == 0 and screen.waiting_page.stack.currentIndex() == 0
    assert get_person(ctx.store, first)["status"] is Status.SENT

    assert hq.cli("review", "reject", second, "--reason", "NIK tidak ditemukan")[0] == 0
    assert hq.cli("review", "approve", first)[0] == 0
    assert hq.cli("review", "approve", third)[0] == 0
    seen: list[Changes] = []
    ctx.signals.changed.connect(seen.append)
    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert {first, second, third} <= set(seen[0].uuids), "views learn which records changed"
    accepted = get_person(ctx.store, first)
    assert accepted["status"] is Status.ACCEPTED and len(accepted["kpj"]) == 11
    decisions = {r.uuid: screen._decision_text(r) for r in screen.answers_model.rows}
    assert decisions[first] == f"Accepted, KPJ {accepted['kpj']}"
    assert decisions[second] == "Rejected: NIK tidak ditemukan"
    assert "answers from HQ" in screen.last_run_text.text()

    # The refused one waits under "To fix", with HQ's reason, and opens to be fixed.
    assert [r.uuid for r in screen.rejected_model.rows] == [second]
    assert screen.rejected_model.rows[0].reasons == ("NIK tidak ditemukan",)
    screen.tabs.setCurrentWidget(screen.rejected_page)
    screen.rejected_view.selectRow(0)
    with qtbot.waitSignal(ctx.signals.open_person, timeout=WAIT_MS) as opened:
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [second]


def test_conflicts_are_resolved_side_by_side(
    qtbot: QtBot, ctx: AppContext, hq: HQServer, qtmodeltester: object
) -> None:
    enroll(ctx.store, hq.base_url, hq.add_device("Laptop Bolok", [BOLOK]))
    theirs, mine = _people(ctx.store, 4, 5)
    window, controller = _window(qtbot, ctx)
    assert controller.sync_now()
    assert hq.cli("review", "approve", "--all")[0] == 0
    for uuid in (theirs, mine):
        status, _out, err = hq.cli(
            "review", "correct", uuid, "--set", "address=Jl. Koreksi Pusat 9"
        )
        assert status == 0, err
        person = get_person(ctx.store, uuid)
        changed = worker(nik=person["nik"], name=person["name"], phone="0813 3900 1122")
        edit(ctx.store, uuid, changed, OPERATOR, expected_version=person.version, today=TODAY)
    ctx.signals.changed.emit(Changes("registration"))
    controller.sync_now()
    assert controller.last_report is not None and controller.last_report.conflicts == 2

    screen = window.open(SyncScreen)
    assert isinstance(screen, SyncScreen)
    panel = screen.conflicts
    for model in (screen.waiting_model, screen.answers_model, panel.list_model, panel.diff_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert screen.tabs.tabText(screen.tabs.indexOf(screen.conflicts_page)) == "Conflicts (2)"
    panel.list_view.selectRow([r.uuid for r in panel.list_model.rows].index(theirs))
    fields = {row[0]: (row[1], row[2]) for row in panel.diff_model.rows}
    assert fields["address"] == ("Jl. Timor Raya Km 20", "Jl. Koreksi Pusat 9")
    assert fields["phone"][0] == "+6281339001122"
    qtbot.mouseClick(panel.take_hq, Qt.MouseButton.LeftButton)
    taken = get_person(ctx.store, theirs)
    assert taken["address"] == "Jl. Koreksi Pusat 9" and taken["sync_state"] is SyncState.SYNCED
    assert [r.uuid for r in panel.list_model.rows] == [mine]

    panel.list_view.selectRow(0)
    qtbot.mouseClick(panel.keep_mine, Qt.MouseButton.LeftButton)
    assert panel.list_model.rowCount() == 0
    assert outbox.waiting_count(ctx.store) == 1 and screen.waiting_model.rowCount() == 1
    _press_f5(qtbot, window)
    held = {row["uuid"]: row for row in hq.export_rows()}
    kept = get_person(ctx.store, mine)
    assert kept["sync_state"] is SyncState.SYNCED and int(held[mine]["version"]) == kept.version
    assert kept["address"] == "Jl. Timor Raya Km 20"


def test_offline_shows_and_the_probe_syncs_when_hq_returns(
    qtbot: QtBot, store: Store, hq: HQServer
) -> None:
    """With the real threaded op runner: nothing blocks, and sync resumes by itself."""
    settings = UiSettings(language="en", setup_done=True, sync_minutes=0)
    ctx = AppContext(store, OpRunner(), AppSignals(), settings, Operator(OPERATOR, Role.ADMIN))
    enroll(store, hq.base_url, hq.add_device("Laptop Bolok", [BOLOK]))
    window = MainWindow(ctx, entries(SyncScreen))
    qtbot.addWidget(window)
    controller = SyncController(ctx, window, offline_probe_seconds=0.2)
    bar = SyncStatusBar(controller)
    window.statusBar().addPermanentWidget(bar)
    window.show()
    try:
        qtbot.waitUntil(lambda: controller.connection is Connection.ONLINE, timeout=WAIT_MS)
        assert "Online" in bar.connection.text()

        [uuid] = _people(store, 6)
        ctx.signals.changed.emit(Changes("registration", (uuid,)))
        qtbot.waitUntil(lambda: controller.waiting == 1, timeout=WAIT_MS)
        hq.stop()
        assert controller.sync_now()
        assert not controller.sync_now(), "a second run must wait for the first"
        qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
        assert controller.connection is Connection.OFFLINE
        assert (
            bar.connection.text().endswith("Offline") and bar.connection.objectName() == "offline"
        )
        assert "1 waiting" in bar.waiting.text() and controller.last_error
        assert get_person(store, uuid)["sync_state"] is SyncState.PENDING

        hq.start()  # same port: the probe notices within a fraction of a second
        qtbot.waitUntil(lambda: controller.waiting == 0 and not controller.running, timeout=WAIT_MS)
        assert controller.connection is Connection.ONLINE
        assert get_person(store, uuid)["status"] is Status.SENT
        assert "Nothing waiting" in bar.waiting.text()
    finally:
        controller.stop()
        ctx.ops.wait()


def test_a_record_refused_when_sent_can_be_sent_again(
    qtbot: QtBot, ctx: AppContext, hq: HQServer
) -> None:
    add_village(ctx.store, TESABELA, OPERATOR)
    enroll(ctx.store, hq.base_url, hq.add_device("Laptop Bolok", [BOLOK]))  # Bolok only
    outsider = register(
        ctx.store, worker(nik="5301051203850077", village_code=TESABELA), OPERATOR, today=TODAY
    ).uuid
    window, controller = _window(qtbot, ctx)
    _press_f5(qtbot, window)
    assert controller.last_report is not None and controller.last_report.rejected == 1
    screen = window.open(SyncScreen)
    assert isinstance(screen, SyncScreen)
    [row] = screen.rejected_model.rows
    assert row.uuid == outsider and row.refused_when_sent and row.reasons
    screen.rejected_view.selectRow(0)
    assert screen.resend_button.isEnabled() and screen.open_button.isEnabled()
    qtbot.mouseClick(screen.resend_button, Qt.MouseButton.LeftButton)
    assert outbox.waiting_count(ctx.store) == 1 and screen.rejected_model.rowCount() == 0
    assert "1 waiting" in _bar(window).waiting.text()
