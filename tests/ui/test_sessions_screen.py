"""Sosialisasi: create a session, record who came, link a registration, read the conversion."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, TODAY, worker

from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.sessions import list_sessions, session_summary
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.sessions_screen import SessionsScreen


def _open(ctx: AppContext, qtbot: QtBot) -> SessionsScreen:
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_village(BOLOK)
    return screen


def _create(screen: SessionsScreen, qtbot: QtBot, place: str = "Balai Desa Bolok") -> str:
    dialog = screen.new_session()
    qtbot.keyClicks(dialog.place, place)
    qtbot.keyClicks(dialog.topic, "Jaminan sosial pekerja rentan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [made] = [s for s in list_sessions(screen.ctx.store, BOLOK) if s.place == place]
    return made.uuid


def test_session_main_path(ctx: AppContext, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    yohanes = register(ctx.store, worker(), OPERATOR, today=TODAY).uuid
    screen = _open(ctx, qtbot)
    assert screen.list_empty.isVisible() and "New session" in screen.list_empty.text()

    uuid = _create(screen, qtbot)
    assert screen.dialog is not None and not screen.dialog.isVisible()
    stored = session_summary(ctx.store, uuid)
    assert (stored.place, stored.facilitator, stored.topic) == (
        "Balai Desa Bolok",
        "Maria Ndun",  # the operator, offered as facilitator
        "Jaminan sosial pekerja rentan",
    )
    assert screen.model.rowCount() == 1 and screen.selected() is not None
    assert screen.detail.isVisible() and screen.attendance.empty.isVisible()

    # two people come; Enter in the name box adds, the form clears for the next one
    panel = screen.attendance
    qtbot.keyClicks(panel.name, "Ester Manu")
    qtbot.keyClicks(panel.phone, "081234500011")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert panel.name.text() == "" and panel.model.rowCount() == 1
    panel.name.setText("Ma'ruf Nubatonis")  # set, as typing non-ASCII would abort the test
    panel.role.setEditText("Ketua RT")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    attendees = session_summary(ctx.store, uuid).attendees
    assert [(a.name, a.role) for a in attendees] == [
        ("Ester Manu", None),
        ("Ma'ruf Nubatonis", "Ketua RT"),
    ]

    # a wrong NIK is refused beside its field, nothing stored
    qtbot.keyClicks(panel.name, "Simon Benu")
    qtbot.keyClicks(panel.nik, "12345")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.errors["nik"].isVisible() and "16 digits" in panel.errors["nik"].text()
    assert panel.nik.property("invalid") == "true"
    assert session_summary(ctx.store, uuid).attendance == 2

    # Ester's line was entered by mistake: take it off
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in session_summary(ctx.store, uuid).attendees] == ["Ma'ruf Nubatonis"]

    # Yohanes registered at the session: find him and link his registration
    screen.tabs.setCurrentWidget(screen.captured)
    captured = screen.captured
    assert captured.empty.isVisible()
    qtbot.keyClicks(captured.search.box, "yohan")
    captured.search.search_now()
    assert captured.search.select(yohanes)
    assert captured.link_button.isEnabled()
    qtbot.mouseClick(captured.link_button, Qt.MouseButton.LeftButton)

    summary = session_summary(ctx.store, uuid)
    assert summary.registrations_captured == 1 and summary.attendance == 2
    assert summary.conversion_percent == 50.0
    assert [r.uuid for r in captured.model.rows] == [yohanes]
    assert screen.captured_card.value.text() == "1"
    assert screen.attendance_card.value.text() == "2"
    assert screen.conversion_card.value.text() == "50.0%"
    row = screen.model.rows[0]
    assert (row.attendance, row.registrations_captured) == (2, 1)
    shown = [screen.model.index(0, c).data() for c in range(screen.model.columnCount())]
    assert shown[3:] == ["2", "1", "50.0%"]

    for model in (screen.model, panel.model, captured.model, captured.search.model):
        qtmodeltester.check(model)


def test_session_form_checks_fields_and_confirms_a_future_date(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _open(ctx, qtbot)
    dialog = screen.new_session()
    dialog.facilitator.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["place"].isVisible() and dialog.errors["facilitator"].isVisible()
    assert "required" in dialog.errors["place"].text()
    assert list_sessions(ctx.store) == []

    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    planned = date.today() + timedelta(days=7)
    dialog.held_on.setDate(QDate(planned.year, planned.month, planned.day))
    qtbot.keyClicks(dialog.place, "Gereja GMIT Bolok")
    qtbot.keyClicks(dialog.facilitator, "Yosef Lau")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked and "future" in asked[0]
    [made] = list_sessions(ctx.store)
    assert (made.held_on, made.facilitator) == (planned, "Yosef Lau")
    selected = screen.selected()
    assert selected is not None and selected.uuid == made.uuid
