"""The officials and workers screens, driven like a user: keyboard into the form, the list to find.

Every test asserts on what the store holds afterwards, not only on what the widgets show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, TESABELA, official, worker

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.domain.contributions import Program, format_rupiah, official_contribution
from desa_desktop.core.services import registrations
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.queries import PersonFilter, get_person, search_people
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.main_window import MainWindow
from desa_desktop.ui.officials import OfficialsScreen
from desa_desktop.ui.ops import OpRunner
from desa_desktop.ui.people_model import NAME, NIK, VILLAGE, WORK, ListRow
from desa_desktop.ui.people_screen import PeopleScreen
from desa_desktop.ui.person_form import VALIDATE_AFTER_MS, PersonForm
from desa_desktop.ui.screens import entries
from desa_desktop.ui.workers import WorkersScreen


def open_screen(qtbot: QtBot, ctx: AppContext, screen_class: type[PeopleScreen]) -> PeopleScreen:
    screen = screen_class(ctx)
    qtbot.addWidget(screen)
    screen.set_village(BOLOK)
    screen.resize(1156, 700)
    with qtbot.waitActive(screen):  # keyboard focus and shortcuts need the active window
        screen.show()
        screen.activateWindow()
    screen.refresh()  # as the main window does when it shows a screen
    screen.form.identity.nik.edit.setFocus()  # as a click there would; the window is active now
    return screen


def listed(screen: PeopleScreen) -> list[ListRow]:
    """The rows the list holds now, in order."""
    return [row for _, row in screen.model.held_rows()]


def answer_dialog(button_text: str) -> list[str]:
    """Click ``button_text`` in the next modal message box; what it said lands in the list."""
    said: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        said.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, click)
    return said


def fill(form: PersonForm, person: PersonInput) -> None:
    """Put a sample person into the form the way a user's edits would (signals fire)."""
    values = asdict(person)
    values["consent_at"] = datetime.now(UTC) if person.consent else None
    for section in form.sections:
        section.load(values)


def stored(ctx: AppContext, text: str = "") -> list:  # type: ignore[type-arg]
    return search_people(ctx.store, PersonFilter(text=text))


def wait_validated(qtbot: QtBot) -> None:
    qtbot.wait(VALIDATE_AFTER_MS + 100)


def test_type_a_worker_with_the_keyboard_fix_the_nik_save_and_find_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    screen = open_screen(qtbot, ctx, WorkersScreen)
    form = screen.form
    assert screen.list_stack.currentWidget() is screen.empty
    assert "Ctrl+N" in screen.empty.text()
    nik = form.identity.nik.edit
    qtbot.keyClicks(nik, "530105120385000")  # one digit short
    message = form.identity.slots["nik"].message
    qtbot.waitUntil(lambda: message.isVisible() and "16 digits" in message.text())
    assert message.property("role") == "error" and nik.property("invalid") == "true"
    qtbot.keyClicks(nik, "1")
    qtbot.waitUntil(lambda: not message.isVisible())
    assert "Kupang" in form.identity.nik.facts_label.text()
    qtbot.mouseClick(form.identity.nik.fill, Qt.MouseButton.LeftButton)  # Fill from NIK
    assert form.identity.birth_date.text() == "12-03-1985"
    assert form.identity.sex.value() == "L"

    # Tab walks the form in reading order (the Fill button is reached with Alt+F instead)
    qtbot.keyClick(nik, Qt.Key.Key_Tab)
    assert form.identity.name.hasFocus()
    qtbot.keyClicks(form.identity.name, "Yohanes Ndun")
    qtbot.keyClick(form.identity.name, Qt.Key.Key_Tab)
    assert form.identity.birth_place.hasFocus()
    qtbot.keyClicks(form.identity.birth_place, "Kupang")
    for expected in (form.identity.birth_date, form.identity.sex, form.identity.marital_status):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus()
    qtbot.keyClicks(form.identity.mother_maiden_name, "Maria Tefa")
    qtbot.keyClicks(form.address.address, "Jl. Timor Raya Km 20")
    qtbot.keyClicks(form.address.rt, "3")
    qtbot.keyClicks(form.address.rw, "1")
    qtbot.keyClicks(form.address.phone, "081234567890")
    occupation = form.work.occupation  # type: ignore[attr-defined]
    qtbot.keyClicks(occupation.edit, "nelay")
    popup = occupation.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert occupation.code() == "11" and occupation.edit.text() == "Nelayan/Perikanan"
    qtbot.keyClicks(form.work.income, "1500000")  # type: ignore[attr-defined]
    funding = form.membership.funding_source
    assert funding is not None
    funding.setFocus()
    qtbot.keyClicks(funding, "Self")
    assert funding.value() == "mandiri"
    qtbot.keyClick(form.membership.consent, Qt.Key.Key_Space)
    assert form.membership.consent.isChecked()
    wait_validated(qtbot)
    assert "Rp21.800" in form.summary.text()  # JKK 1% of Rp1.500.000 + JKM Rp6.800

    qtbot.keyClick(form.work.income, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    rows = stored(ctx, "5301051203850001")
    assert [(r.name, r.status, r.occupation) for r in rows] == [
        ("Yohanes Ndun", Status.READY, "11")
    ]
    record = get_person(ctx.store, rows[0].uuid)
    assert record["birth_date"] == date(1985, 3, 12) and record["income"] == 1_500_000
    assert record["funding_source"] == "mandiri" and record["consent_by"] == OPERATOR
    assert form.editing is not None and form.editing.uuid == rows[0].uuid
    assert "Saved" in form.banner.text()

    qtbot.keyClicks(screen.search, "yoh")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.wanted.text == "yoh")
    assert listed(screen)[0].uuid == rows[0].uuid
    screen.search.clear()
    qtbot.keyClicks(screen.search, "zzz")
    qtbot.waitUntil(lambda: screen.list_stack.currentWidget() is screen.empty)
    assert "Nobody matches" in screen.empty.text()


def test_warnings_ask_for_confirmation_then_save(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_screen(qtbot, ctx, WorkersScreen).form
    # the NIK says 12-03-1985; the KTP was corrected to the 13th
    fill(form, worker(birth_date=date(1985, 3, 13)))
    said = answer_dialog("Go back and fix")
    form.save()
    assert said and "12-03-1985" in said[0]
    assert stored(ctx) == []
    assert form.identity.slots["nik"].message.property("role") == "warning"
    said = answer_dialog("Save anyway")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert said
    [row] = stored(ctx)
    assert get_person(ctx.store, row.uuid)["birth_date"] == date(1985, 3, 13)


def test_a_duplicate_nik_links_to_the_existing_person(qtbot: QtBot, ctx: AppContext) -> None:
    existing = registrations.register(ctx.store, worker(), OPERATOR)
    screen = open_screen(qtbot, ctx, WorkersScreen)
    form = screen.form
    qtbot.keyClicks(form.identity.nik.edit, "5301051203850001")
    message = form.identity.slots["nik"].message
    qtbot.waitUntil(lambda: "already registered to Yohanes Ndun" in message.text())
    assert f"person:{existing.uuid}" in message.text()
    qtbot.keyClick(form.identity.nik.edit, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert form.editing is not None and form.editing.uuid == existing.uuid
    assert form.identity.name.text() == "Yohanes Ndun"
    assert len(stored(ctx)) == 1
    form.new()
    qtbot.keyClicks(form.identity.nik.edit, "5301051203850001")
    qtbot.waitUntil(lambda: "already registered" in message.text())
    message.linkActivated.emit(f"person:{existing.uuid}")  # the link, clicked
    assert form.editing is not None and form.editing.uuid == existing.uuid


def test_filter_by_status(qtbot: QtBot, ctx: AppContext) -> None:
    registrations.register(ctx.store, worker(), OPERATOR)
    registrations.register(
        ctx.store,
        worker(nik="5301054508900002", name="Maria Tefa", sex="P", birth_date=None),
        OPERATOR,
        draft=True,
    )
    screen = open_screen(qtbot, ctx, WorkersScreen)
    assert screen.model.rowCount() == 2
    screen.status.setCurrentIndex(screen.status.findData("draft"))
    assert [r.name for r in listed(screen)] == ["Maria Tefa"]
    assert screen.count.text() == "1 shown"
    cell = screen.table.visualRect(screen.model.index(0, NAME)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert screen.form.editing is not None and screen.form.identity.name.text() == "Maria Tefa"
    assert screen.form.draft_button.isVisible()  # a draft may stay a draft
    screen.status.setCurrentIndex(screen.status.findData("accepted"))
    assert screen.model.rowCount() == 0 and screen.list_stack.currentWidget() is screen.empty
    screen.status.setCurrentIndex(0)  # all statuses again
    screen.sync_state.setCurrentIndex(screen.sync_state.findData("pending"))
    assert [r.name for r in listed(screen)] == ["Yohanes Ndun"]
    screen.sync_state.setCurrentIndex(0)
    screen.set_village(TESABELA)  # the window's village picker
    assert screen.model.rowCount() == 0
    screen.set_village("")
    assert screen.model.rowCount() == 2 and not screen.table.isColumnHidden(VILLAGE)


def click_header(qtbot: QtBot, screen: PeopleScreen, column: int) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sort_by_clicking_a_column(qtbot: QtBot, ctx: AppContext) -> None:
    people = [("5301051203850001", "Yohanes Ndun"), ("5301050101800003", "Agus Bana")]
    people += [("5301052002920006", "Maria Tefa")]
    for nik, name in people:
        registrations.register(
            ctx.store, worker(nik=nik, name=name), OPERATOR, confirm_warnings=True
        )
    screen = open_screen(qtbot, ctx, WorkersScreen)
    names = lambda: [r.name for r in listed(screen)]  # noqa: E731
    assert names() == ["Agus Bana", "Maria Tefa", "Yohanes Ndun"]
    click_header(qtbot, screen, NAME)  # the second click on the sorted column reverses it
    assert names() == ["Yohanes Ndun", "Maria Tefa", "Agus Bana"]
    click_header(qtbot, screen, NIK)
    assert [r.nik for r in listed(screen)] == sorted(nik for nik, _ in people)
    click_header(qtbot, screen, WORK)  # not sortable in SQL: the order and indicator stay
    assert [r.nik for r in listed(screen)] == sorted(nik for nik, _ in people)
    assert screen.table.horizontalHeader().sortIndicatorSection() == NIK


def test_save_and_add_another_keeps_the_session_choices(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_screen(qtbot, ctx, WorkersScreen).form
    fill(form, worker(program="JKK-JKM-JHT", payment_months=6, funding_source="apbd"))
    qtbot.mouseClick(form.another_button, Qt.MouseButton.LeftButton)
    [row] = stored(ctx)
    assert row.name == "Yohanes Ndun"
    assert form.editing is None
    assert form.identity.nik.edit.text() == "" and form.identity.name.text() == ""
    assert form.work.income.text() == ""  # type: ignore[attr-defined]
    assert form.address.village.value() == BOLOK
    assert form.membership.program.value() == Program.JKK_JKM_JHT.value
    assert form.membership.payment_months is not None
    assert form.membership.payment_months.value() == 6
    assert form.membership.funding_source is not None
    assert form.membership.funding_source.value() == "apbd"
    assert not form.membership.consent.isChecked()
    assert not form.identity.slots["nik"].message.isVisible()  # no nagging on a fresh form
    assert form.identity.nik.edit.hasFocus()
    maria = worker(nik="5301054508900002", name="Maria Tefa", sex="P", birth_date=date(1990, 8, 5))
    fill(form, maria)
    form.membership.program.set_value(Program.JKK_JKM_JHT.value)  # fill() reloads membership
    qtbot.keyClick(form.identity.name, Qt.Key.Key_Return)
    assert sorted(r.name for r in stored(ctx)) == ["Maria Tefa", "Yohanes Ndun"]


def test_a_stale_edit_is_explained_and_reloaded(qtbot: QtBot, ctx: AppContext) -> None:
    saved = registrations.register(ctx.store, worker(), OPERATOR)
    screen = open_screen(qtbot, ctx, WorkersScreen)
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)  # Enter opens the person in the form
    form = screen.form
    assert form.editing is not None and form.editing.version == 1
    # someone else saves a newer version meanwhile (e.g. another window, or a sync)
    registrations.edit(
        ctx.store, saved.uuid, worker(name="Yohanes Ndun Tefa"), "Other", expected_version=1
    )
    form.identity.name.setText("Yohanes N. Ndun")
    said = answer_dialog("OK")
    form.save()
    assert said and "changed meanwhile" in said[0]
    assert form.editing.version == 2
    assert form.identity.name.text() == "Yohanes Ndun Tefa"
    record = get_person(ctx.store, saved.uuid)
    assert (record.version, record["name"]) == (2, "Yohanes Ndun Tefa")


def test_an_official_shows_the_contribution_breakdown(qtbot: QtBot, ctx: AppContext) -> None:
    screen = open_screen(qtbot, ctx, OfficialsScreen)
    assert "village head" in screen.empty.text()
    form = screen.form
    fill(form, official())
    wait_validated(qtbot)
    view = form.contribution
    shown = " | ".join(label.text() for label in view.table.findChildren(type(view.note)))
    expected, _ = official_contribution(
        2_426_640, Program.JKK_JKM_JHT, on=date(2026, 12, 1), position_category="kepala_desa"
    )
    assert expected is not None
    for line in expected.lines:
        assert format_rupiah(line.monthly) in shown
    assert "Village government" in shown and "Official" in shown
    assert "Village government pays" in view.totals.text()
    assert format_rupiah(expected.total) in view.totals.text()
    assert "rupiah" in view.words.text()
    qtbot.keyClick(form.identity.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [row] = stored(ctx)
    assert (row.kind, row.position, row.name) == (Kind.OFFICIAL, "kepala_desa", "Dorkas Sae")
    assert screen.model.rowCount() == 1


def test_draft_saves_incomplete_data(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_screen(qtbot, ctx, WorkersScreen).form
    qtbot.keyClicks(form.identity.nik.edit, "5301051203850001")
    qtbot.keyClicks(form.identity.name, "Yohanes Ndun")
    form.save()  # incomplete: refused, the missing fields are pointed at
    assert stored(ctx) == []
    assert form.identity.slots["birth_place"].message.isVisible()
    qtbot.mouseClick(form.draft_button, Qt.MouseButton.LeftButton)
    assert stored(ctx) == []  # a draft needs consent too
    assert form.membership.slots["consent"].message.isVisible()
    form.membership.consent.setChecked(True)
    qtbot.mouseClick(form.draft_button, Qt.MouseButton.LeftButton)
    [row] = stored(ctx)
    assert row.status is Status.DRAFT


def test_save_without_consent_shows_the_error_at_the_consent_box(
    qtbot: QtBot, ctx: AppContext
) -> None:
    form = open_screen(qtbot, ctx, WorkersScreen).form
    assert "(required)" in form.membership.consent.text()
    fill(form, worker(consent=False))
    message = form.membership.slots["consent"].message
    assert not message.isVisible()  # not before the user reaches it or saves
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert stored(ctx) == []
    assert message.isVisible() and message.property("role") == "error"
    assert "UU 27/2022" in message.text()
    assert form.membership.consent.property("invalid") == "true"
    assert form.membership.consent.hasFocus()  # the only field at fault
    qtbot.keyClick(form.membership.consent, Qt.Key.Key_Space)
    wait_validated(qtbot)
    assert not message.isVisible() and form.membership.consent.property("invalid") == "false"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [row] = stored(ctx)
    record = get_person(ctx.store, row.uuid)
    assert record["consent_by"] == OPERATOR and record["consent_at"] is not None


def test_unticking_consent_of_a_saved_person_is_refused(qtbot: QtBot, ctx: AppContext) -> None:
    saved = registrations.register(ctx.store, worker(), "Yakob Tefa")
    form = open_screen(qtbot, ctx, WorkersScreen).form
    form.load_uuid(saved.uuid)
    assert form.membership.consent.isChecked()
    qtbot.keyClick(form.membership.consent, Qt.Key.Key_Space)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.membership.slots["consent"].message.isVisible()
    record = get_person(ctx.store, saved.uuid)
    assert (record["version"], record["consent_by"]) == (1, "Yakob Tefa")


def test_escape_and_ctrl_n_give_an_empty_form(qtbot: QtBot, ctx: AppContext) -> None:
    saved = registrations.register(ctx.store, worker(), OPERATOR)
    screen = open_screen(qtbot, ctx, WorkersScreen)
    form = screen.form
    ctx.signals.open_person.emit(saved.uuid)
    assert form.editing is not None and form.identity.name.text() == "Yohanes Ndun"
    qtbot.keyClick(form.identity.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.editing is None and form.identity.name.text() == ""
    qtbot.keyClicks(form.identity.name, "Someone")
    answer_dialog("Discard")
    qtbot.keyClick(form.identity.name, Qt.Key.Key_Escape)
    assert form.identity.name.text() == "" and not form.dirty


def test_open_person_goes_to_the_screen_of_its_kind(qtbot: QtBot, ctx: AppContext) -> None:
    head = registrations.register(ctx.store, official(), OPERATOR)
    workers = open_screen(qtbot, ctx, WorkersScreen)
    officials = open_screen(qtbot, ctx, OfficialsScreen)
    ctx.signals.open_person.emit(head.uuid)
    assert workers.form.editing is None
    assert officials.form.editing is not None and officials.form.editing.uuid == head.uuid


@pytest.mark.parametrize("screen_class", [WorkersScreen, OfficialsScreen])
def test_changes_elsewhere_refresh_the_list(
    qtbot: QtBot, ctx: AppContext, screen_class: Callable[[AppContext], PeopleScreen]
) -> None:
    screen = open_screen(qtbot, ctx, screen_class)  # type: ignore[arg-type]
    person = worker() if screen.kind is Kind.WORKER else official()
    saved = registrations.register(ctx.store, person, OPERATOR)
    assert screen.model.rowCount() == 0
    ctx.signals.changed.emit(saved.changes)
    assert screen.model.rowCount() == 1


def test_in_the_main_window_shortcuts_reach_the_screen_on_show(
    qtbot: QtBot, ctx: AppContext
) -> None:
    head = registrations.register(ctx.store, official(), OPERATOR)
    window = MainWindow(ctx, entries(WorkersScreen, OfficialsScreen))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    workers = window.find_screen(WorkersScreen)
    window.nav.setCurrentRow(0)
    officials = window.find_screen(OfficialsScreen)
    assert isinstance(workers, PeopleScreen) and isinstance(officials, PeopleScreen)
    assert window.stack.currentWidget() is workers
    nik = workers.form.identity.nik.edit
    nik.setFocus()
    qtbot.keyClicks(nik, "5301051203850001")
    qtbot.keyClick(nik, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Fill from NIK
    qtbot.waitUntil(lambda: workers.form.identity.birth_date.text() == "12-03-1985")
    assert officials.form.identity.birth_date.text() == ""
    # a person of the other kind opens on its own screen, which comes forward
    ctx.signals.open_person.emit(head.uuid)
    assert window.stack.currentWidget() is officials
    assert officials.form.editing is not None and officials.form.editing.uuid == head.uuid
    qtbot.keyClick(officials.form.identity.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert officials.form.editing is None
    assert workers.form.identity.nik.edit.text() == "5301051203850001"  # untouched


def test_with_real_background_lanes_a_save_lands_and_the_list_follows(
    qtbot: QtBot, ctx: AppContext
) -> None:
    threaded = AppContext(ctx.store, OpRunner(), AppSignals(), ctx.settings, ctx.operator_account)
    screen = WorkersScreen(threaded)
    qtbot.addWidget(screen)
    screen.set_village(BOLOK)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.list_stack.currentWidget() is screen.empty, timeout=5000)
    form = screen.form
    qtbot.waitUntil(lambda: form.address.village.value() == BOLOK, timeout=5000)
    fill(form, worker())
    form.save()
    qtbot.waitUntil(lambda: form.editing is not None, timeout=5000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert [r.name for r in stored(ctx)] == ["Yohanes Ndun"]
    assert "Saved" in form.banner.text()
    threaded.ops.wait()


def test_the_list_shows_first_then_the_form_without_taking_the_focus(
    qtbot: QtBot, ctx: AppContext
) -> None:
    registrations.register(ctx.store, worker(), OPERATOR)
    screen = WorkersScreen(ctx)
    qtbot.addWidget(screen)
    screen.set_village(BOLOK)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.search.setFocus()
    screen.refresh()
    assert screen._form is None  # not built with the screen: the list comes first
    qtbot.waitUntil(lambda: screen._form is not None)
    assert screen.model.row_at(0) is not None  # built after the first rows
    assert QApplication.focusWidget() is screen.search
    assert screen.form.isVisible() and screen.form.address.village.value() == BOLOK
