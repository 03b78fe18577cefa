"""The import wizard driven like a user: a real CSV/XLSX, a column fixed by hand, a preview
that names a bad row's problem, the import, its report, the rows stored, a re-import that
skips everything, and the rejected rows saved back with their error column."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from samples import BOLOK, OPERATOR

from desa_desktop.core.domain.choices import Kind, Role
from desa_desktop.core.security.accounts import Operator
from desa_desktop.core.services.queries import PersonFilter, get_person, search_people
from desa_desktop.core.store.engine import Store
from desa_desktop.ui.context import AppContext, AppSignals
from desa_desktop.ui.import_wizard import ImportWizard
from desa_desktop.ui.ops import OpRunner

HEADERS = [
    "NIK",
    "Nama Warga",  # the matching does not know this header: fixed by hand
    "Tempat Lahir",
    "Tgl Lahir",
    "jenis_kelamin",
    "no_hp",
    "alamat",
    "rt",
    "rw",
    "kode_desa",
    "pekerjaan",
    "penghasilan",
    "program",
    "periode_bayar",
    "sumber_dana",
    "nama_ibu_kandung",
    "catatan",
]
YOHANES = ["5301051203850001", "Yohanes Ndun", "Kupang", "12-03-1985", "L", "081234567890"]
YOHANES += ["Jl. Timor Raya Km 20", "3", "1", BOLOK, "Nelayan/Perikanan", "Rp 1.500.000"]
YOHANES += ["JKK-JKM", "3", "apbdes", "Maria Tefa", "ketua kelompok"]
MARUF = ["5301055506900002", "Ma'ruf Tefa", "Kupang", "15/06/1990", "P", "081234567891"]
MARUF += ["Dusun II", "1", "2", "5301052010", "Petani/Pekebun", "1000000"]
MARUF += ["JKK-JKM-JHT", "3", "apbdes", "Yuliana Bana", ""]
BAD = ["5301050101800003", "Agus Lado", "Kupang", "31-02-1980", "L", "081234567892"]
BAD += ["Dusun I", "1", "1", BOLOK, "Pedagang", "1200000", "JKK-JKM", "1", "apbdes", "Ina", ""]


def letters(number: int) -> str:
    """1 -> "Aab": a name-like word per number (names hold no digits)."""
    word = ""
    for _ in range(3):
        number, digit = divmod(number, 26)
        word = chr(ord("a") + digit) + word
    return word.capitalize()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return path


def open_wizard(
    ctx: AppContext, qtbot: QtBot, path: Path, *, on_paper: bool = True
) -> ImportWizard:
    """The wizard past its first step; ``on_paper``: everyone signed a consent form."""
    wizard = ImportWizard(ctx, Kind.WORKER)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source.set_path(path)
    wizard.source.consent.setChecked(on_paper)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping
    return wizard


def fix_mapping(wizard: ImportWizard) -> None:
    page = wizard.mapping
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.missing_required() == ["nama"]
    assert "nama" in page.status.text() and page.status.property("role") == "error"
    assert not next_button.isEnabled()
    assert page.combo_for("Tgl Lahir").currentData() == "tanggal_lahir"  # matched by header
    assert page.combo_for("catatan").currentData() == ""  # not imported
    assert "Yohanes Ndun" in page.table.item(HEADERS.index("Nama Warga"), 2).text()
    page.set_column("Nama Warga", "nama")
    assert page.missing_required() == [] and next_button.isEnabled()
    page.set_column("Tempat Lahir", "nama")  # one field picked twice blocks too
    assert page.claimed_twice() and not next_button.isEnabled()
    page.set_column("Tempat Lahir", "tempat_lahir")
    assert page.isComplete()


def run_import(wizard: ImportWizard, qtbot: QtBot) -> None:
    assert wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Import"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report, timeout=20_000)


def cell_texts(model: object, column: int) -> list[str]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    return [model.index(r, column).data() for r in range(rows)]  # type: ignore[attr-defined]


def test_wizard_maps_previews_imports_reports_and_saves_rejects(
    ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "pekerja.csv", [YOHANES, MARUF, BAD])
    broadcasts: list[object] = []
    ctx.signals.changed.connect(broadcasts.append)

    wizard = open_wizard(ctx, qtbot, source)
    fix_mapping(wizard)
    wizard.next()
    preview = wizard.preview
    assert wizard.currentPage() is preview and preview.isComplete()
    assert cell_texts(preview.rows, 1) == ["New", "New", "Rejected"]
    assert cell_texts(preview.problems, 0) == ["4"]
    assert cell_texts(preview.problems, 1) == ["Tgl Lahir"]  # the file's own header
    assert '"31-02-1980" cannot be read' in cell_texts(preview.problems, 2)[0]
    assert "1 of the first 3 rows" in preview.summary.text()
    assert search_people(store, PersonFilter(kind=Kind.WORKER)) == []  # nothing saved yet

    run_import(wizard, qtbot)
    report = wizard.report
    figures = [card.value.text() for card in (report.imported, report.updated)]
    figures += [card.value.text() for card in (report.skipped, report.rejected)]
    assert figures == ["2", "0", "0", "1"]
    assert cell_texts(report.problems, 0) == ["4"]
    assert "cannot be read" in cell_texts(report.problems, 2)[0]
    assert report.save_button.isEnabled()
    assert broadcasts and broadcasts[-1].entity == "registration"  # type: ignore[attr-defined]

    stored = {row.name: row for row in search_people(store, PersonFilter(kind=Kind.WORKER))}
    assert set(stored) == {"Yohanes Ndun", "Ma'ruf Tefa"}
    maruf = get_person(store, stored["Ma'ruf Tefa"].uuid)
    assert maruf["village_code"] == BOLOK and maruf["income"] == 1_000_000
    assert maruf["program"] == "JKK-JKM-JHT" and str(maruf["birth_date"]) == "1990-06-15"

    rejects = tmp_path / "ditolak.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(rejects), "CSV (*.csv)")
    )
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == [*HEADERS, "kesalahan"]
    assert len(written) == 2 and written[1][:-1] == BAD
    assert "4" in written[1][-1] and "tanggal_lahir" in written[1][-1]
    assert "cannot be read" in written[1][-1]  # in the app's language (English here)
    assert "1 rejected rows saved" in report.saved.text()

    again = open_wizard(ctx, qtbot, source)
    fix_mapping(again)
    again.next()
    assert cell_texts(again.preview.rows, 1) == ["Unchanged", "Unchanged", "Rejected"]
    run_import(again, qtbot)
    figures = [c.value.text() for c in (again.report.imported, again.report.updated)]
    figures += [c.value.text() for c in (again.report.skipped, again.report.rejected)]
    assert figures == ["0", "0", "2", "1"]
    assert len(search_people(store, PersonFilter(kind=Kind.WORKER))) == 2


def test_without_consent_rows_are_rejected_until_paper_forms_are_attested(
    ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "pekerja.csv", [YOHANES, MARUF])  # no persetujuan column
    wizard = open_wizard(ctx, qtbot, source, on_paper=False)
    fix_mapping(wizard)
    wizard.next()
    assert cell_texts(wizard.preview.rows, 1) == ["Rejected", "Rejected"]
    assert cell_texts(wizard.preview.problems, 1) == ["persetujuan", "persetujuan"]
    assert "UU 27/2022" in cell_texts(wizard.preview.problems, 2)[0]
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.source
    wizard.source.consent.setChecked(True)
    wizard.next()
    wizard.next()
    assert cell_texts(wizard.preview.rows, 1) == ["New", "New"]
    run_import(wizard, qtbot)
    people = search_people(store, PersonFilter(kind=Kind.WORKER))
    assert len(people) == 2
    assert {get_person(store, p.uuid)["consent_by"] for p in people} == {ctx.operator}


def test_unusable_file_is_explained_and_keeps_the_first_step(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    wizard = ImportWizard(ctx, Kind.OFFICIAL)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.source.officials.isChecked()
    wizard.source.set_path(binary)
    wizard.next()
    assert wizard.currentPage() is wizard.source
    assert wizard.source.error.isVisible()
    assert "binary" in wizard.source.error.text()


def test_xlsx_second_sheet_and_progress_from_the_write_thread(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """A real background write lane: progress arrives on the GUI thread batch by batch, and
    the wizard refuses to close while rows are written. An XLSX whose data is on its second
    sheet (the first holds notes) is read from that sheet, samples included."""
    from openpyxl import Workbook

    from desa_desktop.ui.settings import UiSettings

    workbook = Workbook()
    notes = workbook.active
    notes.title = "Petunjuk"
    notes.append(["Isi data di lembar berikutnya"])
    data = workbook.create_sheet("Data")
    data.append(["nama" if h == "Nama Warga" else h for h in HEADERS])
    count = 1_100  # three batches of the importer
    for serial in range(1, count + 1):
        row = list(YOHANES)
        row[0] = f"530105120385{serial:04d}"
        row[1] = f"Warga {letters(serial)}"
        data.append(row)
    path = tmp_path / "banyak.xlsx"
    workbook.save(path)

    settings = UiSettings(language="en", setup_done=True)
    ctx = AppContext(store, OpRunner(), AppSignals(), settings, Operator(OPERATOR, Role.ADMIN))
    wizard = open_wizard(ctx, qtbot, path)
    assert wizard.state.total == count
    assert "Warga Aab, Warga Aac" in wizard.mapping.table.item(1, 2).text()
    assert wizard.mapping.isComplete()
    wizard.next()
    qtbot.waitUntil(wizard.preview.isComplete, timeout=10_000)

    seen: list[tuple[int, int, bool]] = []
    wizard.run.relay.moved.connect(
        lambda done, total: seen.append(
            (done, total, threading.current_thread() is threading.main_thread())
        )
    )
    wizard.next()  # the write thread's answer can only arrive through the event loop
    assert wizard.importing()
    wizard.reject()
    assert wizard.isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report, timeout=60_000)
    report = wizard.state.report
    assert report is not None, "no report"
    assert report.imported == count, report.problems[:3]
    assert wizard.report.imported.value.text() == "1.100"
    assert [done for done, _total, _main in seen] == [0, 500, 1000, 1100]
    assert all(main for _done, _total, main in seen)
    assert wizard.run.bar.value() == wizard.run.bar.maximum()
    assert len(search_people(store, PersonFilter(kind=Kind.WORKER), limit=2_000)) == count
    ctx.ops.wait()
