"""Export from the GUI: the save dialog answered with a temp path, the file written, the count
reported; the list's filters decide who is exported; a cancelled dialog writes nothing."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR, official, worker

from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.services.inputs import SessionInput
from desa_desktop.core.services.queries import PersonFilter
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.sessions import create_session
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.export_actions import (
    export_people_dialog,
    export_sessions_dialog,
    sessions_export_button,
    with_suffix,
)
from desa_desktop.ui.import_wizard import ImportWizard
from desa_desktop.ui.spreadsheet_buttons import add_import_export_buttons
from desa_desktop.ui.workers import WorkersScreen


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))


def message_text(parent: QWidget) -> str:
    boxes = parent.findChildren(QMessageBox)
    assert boxes, "no message shown"
    return boxes[-1].text()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_export_workers_to_xlsx_with_the_list_filter(
    ctx: AppContext, store: Store, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(store, worker(), OPERATOR)
    register(
        store,
        worker(nik="5301055506900002", name="Ma'ruf Tefa", sex="P", birth_date=date(1990, 6, 15)),
        OPERATOR,
    )
    register(store, official(), OPERATOR)
    path = tmp_path / "pekerja"  # typed without an extension: the chosen filter's is added
    answer_save_dialog(monkeypatch, path, "Excel workbook (*.xlsx)")

    export_people_dialog(parent, ctx, Kind.WORKER, PersonFilter(text="Ma'ruf"))

    written = path.with_suffix(".xlsx")
    sheet = load_workbook(written, read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:2] == ("nik", "nama") or rows[0][:2] == ["nik", "nama"]
    assert [row[1] for row in rows[1:]] == ["Ma'ruf Tefa"]
    assert rows[1][0] == "5301055506900002"  # a NIK stays text
    assert "Exported 1 rows" in message_text(parent) and str(written) in message_text(parent)


def test_export_officials_to_csv_without_a_filter(
    ctx: AppContext, store: Store, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(store, official(), OPERATOR)
    register(store, worker(), OPERATOR)
    path = tmp_path / "perangkat.csv"
    answer_save_dialog(monkeypatch, path, "Excel workbook (*.xlsx)")  # the name's suffix wins

    export_people_dialog(parent, ctx, Kind.OFFICIAL, None)

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["nik"], row["nama"], row["jabatan"]) for row in rows] == [
        ("5301054207750003", "Dorkas Sae", "kepala_desa")
    ]
    assert "Exported 1 rows" in message_text(parent)


def test_export_sessions_and_the_sessions_button(
    ctx: AppContext, store: Store, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_session(
        store,
        SessionInput(
            village_code=BOLOK,
            held_on=date(2026, 11, 2),
            place="Balai Desa Bolok",
            facilitator="Maria Ndun",
        ),
        OPERATOR,
    )
    path = tmp_path / "sesi.csv"
    answer_save_dialog(monkeypatch, path)
    export_sessions_dialog(parent, ctx, BOLOK)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["kode_desa"], r["tanggal"], r["tempat"]) for r in rows] == [
        (BOLOK, "2026-11-02", "Balai Desa Bolok")
    ]

    other = tmp_path / "semua.xlsx"
    answer_save_dialog(monkeypatch, other)
    button = sessions_export_button(parent, ctx, lambda: "")
    button.click()
    sheet = load_workbook(other, read_only=True).active
    assert len(list(sheet.iter_rows(values_only=True))) == 2  # the header and the one session


def test_cancelled_dialog_and_unwritable_file(
    ctx: AppContext, store: Store, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    export_people_dialog(parent, ctx, Kind.WORKER, None)
    assert not parent.findChildren(QMessageBox)
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv")]

    missing_folder = tmp_path / "tidak-ada" / "pekerja.xlsx"
    answer_save_dialog(monkeypatch, missing_folder)
    export_people_dialog(parent, ctx, Kind.WORKER, None)
    assert "Could not save" in message_text(parent)
    assert not missing_folder.exists()


def test_with_suffix() -> None:
    assert with_suffix("/x/a.CSV", "Excel workbook (*.xlsx)") == Path("/x/a.CSV")
    assert with_suffix("/x/a", "CSV, comma separated (*.csv)") == Path("/x/a.csv")
    assert with_suffix("/x/a.v2", "") == Path("/x/a.v2.xlsx")


def test_people_screen_buttons_export_what_the_list_shows(
    ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(store, worker(), OPERATOR)
    screen = WorkersScreen(ctx)
    qtbot.addWidget(screen)
    footer = QHBoxLayout()
    add_import_export_buttons(screen, footer)
    buttons = [footer.itemAt(i).widget() for i in range(footer.count())]
    assert [b.text() for b in buttons] == ["Import…", "Export…"]
    path = tmp_path / "daftar.csv"
    answer_save_dialog(monkeypatch, path)
    buttons[1].click()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["nama"] for row in csv.DictReader(handle)] == ["Yohanes Ndun"]
    buttons[0].click()
    wizards = screen.findChildren(ImportWizard)
    assert len(wizards) == 1 and wizards[0].state.kind is Kind.WORKER
    wizards[0].reject()
