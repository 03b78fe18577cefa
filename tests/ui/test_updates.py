"""Pemutakhiran data: find a person, mark them deceased or exited, reactivate, read the history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, TODAY, worker

from desa_desktop.core.domain.choices import InactiveReason, Status
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.queries import get_person
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.status import mark_inactive, status_history
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.updates import UpdatesScreen


class Answers:
    """Stands in for QMessageBox.question: records what was asked, answers as told."""

    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def __call__(self, *args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        self.asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes if self.yes else QMessageBox.StandardButton.No


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _open_person(ctx: AppContext, qtbot: QtBot, uuid: str, text: str) -> UpdatesScreen:
    screen = UpdatesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_village(BOLOK)
    assert screen.empty.isVisible()
    qtbot.keyClicks(screen.search.box, text)
    screen.search.search_now()
    assert screen.search.select(uuid)
    assert screen.panel.isVisible() and screen.panel.mark_box.isVisible()
    return screen


def test_mark_deceased_then_reactivate(
    ctx: AppContext, qtbot: QtBot, qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = register(ctx.store, worker(), OPERATOR, today=TODAY).uuid
    screen = _open_person(ctx, qtbot, uuid, "Yohanes")
    panel = screen.panel
    assert panel.name.text() == "Yohanes Ndun" and "Nelayan/Perikanan" in panel.facts.text()
    assert panel.reason_value() is InactiveReason.DECEASED
    assert panel.mark_button.text() == "Mark deceased"

    # a future date is refused beside the field before anything is sent
    panel.effective.setDate(_qdate(date.today() + timedelta(days=2)))
    assert panel.errors["effective_date"].isVisible()
    assert "future" in panel.errors["effective_date"].text()
    assert not panel.mark_button.isEnabled()

    died = date.today() - timedelta(days=3)
    panel.effective.setDate(_qdate(died))
    assert not panel.errors["effective_date"].isVisible() and panel.mark_button.isEnabled()
    qtbot.keyClicks(panel.note, "Kabar dari keluarga")
    answers = Answers(yes=True)
    monkeypatch.setattr(QMessageBox, "question", answers)
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)

    assert len(answers.asked) == 1 and "Yohanes Ndun" in answers.asked[0]
    person = get_person(ctx.store, uuid)
    assert (person["status"], person["inactive_reason"], person["inactive_date"]) == (
        Status.INACTIVE,
        InactiveReason.DECEASED,
        died,
    )
    [change] = status_history(ctx.store, uuid)
    assert (change.reason, change.effective_date, change.note, change.recorded_by) == (
        InactiveReason.DECEASED,
        died,
        "Kabar dari keluarga",
        "Maria Ndun",
    )
    # the screen follows: the person now offers reactivation, the history tells what happened
    assert panel.reactivate_box.isVisible() and not panel.mark_box.isVisible()
    assert panel.status.text().startswith("Inactive since") and "Deceased" in panel.status.text()
    history = screen.history.history_model
    assert [history.index(r, 2).data() for r in range(history.rowCount())] == [
        "Marked inactive",
        "Registered",
    ]
    details = history.index(0, 3).data()
    assert "Status: Ready \u2192 Inactive" in details and "Reason: Deceased" in details
    assert died.strftime("%d-%m-%Y") in details and "Kabar dari keluarga" in details

    qtbot.keyClicks(panel.reactivate_note, "Salah orang")
    qtbot.mouseClick(panel.reactivate_button, Qt.MouseButton.LeftButton)
    person = get_person(ctx.store, uuid)
    assert person["status"] is Status.READY and person["inactive_reason"] is None
    changes = status_history(ctx.store, uuid)
    assert [c.reason for c in changes] == [InactiveReason.DECEASED, None]
    assert changes[1].note == "Salah orang"
    assert panel.mark_box.isVisible()
    assert history.index(0, 2).data() == "Reactivated"
    statuses = screen.history.status_model
    assert [statuses.index(r, 1).data() for r in range(statuses.rowCount())] == [
        "Reactivated",
        "Deceased",
    ]
    for model in (history, statuses, screen.search.model):
        qtmodeltester.check(model)


def test_exit_needs_no_death_confirmation_and_a_no_writes_nothing(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = register(ctx.store, worker(), OPERATOR, today=TODAY).uuid
    screen = _open_person(ctx, qtbot, uuid, "5301051203")
    panel = screen.panel
    answers = Answers(yes=False)
    monkeypatch.setattr(QMessageBox, "question", answers)

    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)  # deceased, then "No"
    assert len(answers.asked) == 1
    assert get_person(ctx.store, uuid)["status"] is Status.READY

    panel.reason.setCurrentIndex(panel.reason.findData(InactiveReason.CIVIL_SERVANT.value))
    assert panel.mark_button.text() == "Mark exited"
    assert panel.date_caption.text() == "Effective from"
    qtbot.keyClicks(panel.note, "SK CPNS 2026")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert len(answers.asked) == 1  # no question for leaving to become a civil servant
    person = get_person(ctx.store, uuid)
    assert (person["status"], person["inactive_reason"], person["inactive_date"]) == (
        Status.INACTIVE,
        InactiveReason.CIVIL_SERVANT,
        date.today(),
    )


def test_dates_before_birth_and_refusals_show_beside_the_fields(
    ctx: AppContext, qtbot: QtBot
) -> None:
    uuid = register(ctx.store, worker(), OPERATOR, today=TODAY).uuid
    screen = _open_person(ctx, qtbot, uuid, "Ndun")
    panel = screen.panel
    panel.reason.setCurrentIndex(panel.reason.findData(InactiveReason.MOVED.value))
    panel.effective.setDate(QDate(1980, 1, 1))  # born 1985
    assert "date of birth" in panel.errors["effective_date"].text()
    assert panel.effective.property("invalid") == "true"
    panel.effective.setDate(QDate.currentDate())
    assert panel.effective.property("invalid") == "false"

    # meanwhile someone marked the person on another screen: the service refuses, and says why
    mark_inactive(ctx.store, uuid, InactiveInput(InactiveReason.DUPLICATE, date.today()), OPERATOR)
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    assert panel.mark_error.isVisible() and panel.mark_error.text()
    assert get_person(ctx.store, uuid)["inactive_reason"] is InactiveReason.DUPLICATE
