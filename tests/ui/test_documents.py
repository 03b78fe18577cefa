"""Printable documents: real PDFs from a real store, read back with poppler's pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from samples import BOLOK, OPERATOR, official, worker
from sqlalchemy import update

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.domain.contributions import (
    Program,
    bpu_contribution,
    format_rupiah,
    official_contribution,
    rupiah_in_words,
)
from desa_desktop.core.services.inputs import AttendeeInput, SessionInput
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.sessions import add_attendee, create_session, link_registration
from desa_desktop.core.services.villages import set_targets
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration
from desa_desktop.ui.context import AppContext
from desa_desktop.ui.documents import (
    attendance_sheet,
    coverage_report,
    registration_receipt,
)
from desa_desktop.ui.documents.actions import save_coverage_dialog, save_receipt_dialog
from desa_desktop.ui.documents.texts import INDONESIAN, Texts, long_date
from desa_desktop.ui.print_menu import print_menu

KPJ = "26090000001"
START = date(2026, 12, 1)

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed: apt-get install -y poppler-utils",
)


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Qt's text layout needs the application object, even offscreen."""


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text with runs of whitespace folded to one space (lines wrap anywhere)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())


def page_count(path: Path) -> int:
    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page\b", data))


def assert_pdf(path: Path, pages: int) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-"), data[:20]
    assert data.rstrip().endswith(b"%%EOF")
    assert page_count(path) == pages


def _accept(store: Store, uuid: str) -> None:
    with store.write() as session:
        session.execute(
            update(Registration)
            .where(Registration.uuid == uuid)
            .values(status=Status.ACCEPTED, sync_state=SyncState.SYNCED, kpj=KPJ)
        )


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    """A worker waiting for HQ, the village head accepted with a KPJ, and a session."""
    uuids = {
        "worker": register(store, worker(), OPERATOR).uuid,
        "head": register(store, official(), OPERATOR).uuid,
    }
    _accept(store, uuids["head"])
    session = create_session(
        store,
        SessionInput(
            village_code=BOLOK,
            held_on=date(2026, 11, 20),
            place="Balai Desa Bolok",
            facilitator="Agustinus Lay",
            topic="Jaminan sosial bagi pekerja rentan",
        ),
        OPERATOR,
        confirm_warnings=True,
    )
    link_registration(store, session, uuids["worker"], OPERATOR)
    for i in range(1, 40):
        add_attendee(
            store,
            session,
            AttendeeInput(
                name=f"Peserta {chr(64 + i % 26 + 1)}{'a' * (i // 26 + 1)}", role="Petani"
            ),
            OPERATOR,
        )
    uuids["session"] = session
    return uuids


@needs_pdftotext
def test_worker_receipt_in_indonesian_has_the_breakdown_and_words(
    store: Store, people: dict[str, str], tmp_path: Path
) -> None:
    printed = registration_receipt(store, people["worker"], tmp_path / "tanda-terima.pdf")

    assert printed.pages == 1
    assert_pdf(printed.path, 1)
    text = pdf_text(printed.path)
    expected, _ = bpu_contribution(1_500_000, Program.JKK_JKM, 3, on=START)
    assert expected is not None
    for piece in (
        "Tanda Terima Pendaftaran",
        "Yohanes Ndun",
        "5301051203850001",
        "Kupang, 12 Maret 1985",
        "Nelayan/Perikanan",
        "Bolok",
        "JKK (Jaminan Kecelakaan Kerja), JKM (Jaminan Kematian)",
        "1 Desember 2026",
        "3 bulan",
        "Menunggu penerimaan kantor pusat",
        format_rupiah(expected.total),
        format_rupiah(expected.monthly_total),
        rupiah_in_words(expected.total).capitalize(),
        "Peserta",
        "Petugas pendaftaran",
        OPERATOR,
    ):
        assert piece in text, piece
    for line in expected.lines:
        assert (
            f"{line.programme} Peserta {format_rupiah(line.monthly)} 3 {format_rupiah(line.total)}"
            in text
        )
    assert "JHT" not in text and "KPJ" not in text.replace("Nomor KPJ diberikan", "")


@needs_pdftotext
def test_official_receipt_in_english_shows_the_kpj_and_who_pays(
    ctx: AppContext, people: dict[str, str], tmp_path: Path
) -> None:
    printed = registration_receipt(ctx, people["head"], tmp_path / "receipt.pdf", "en")

    assert_pdf(printed.path, 1)
    text = pdf_text(printed.path)
    expected, _ = official_contribution(2_426_640, Program.JKK_JKM_JHT, on=START)
    assert expected is not None
    for piece in (
        "Registration receipt",
        f"KPJ number: {KPJ}",
        "Dorkas Sae",
        "Village head",
        "Village official (PU)",
        "JHT (Jaminan Hari Tua)",
        "Village government",
        "Official",
        format_rupiah(expected.total),
        rupiah_in_words(expected.total).capitalize(),
        "Registering officer",
    ):
        assert piece in text, piece
    assert "Pending acceptance" not in text


@needs_pdftotext
def test_attendance_sheet_lists_everyone_with_blank_rows_over_pages(
    store: Store, people: dict[str, str], tmp_path: Path
) -> None:
    printed = attendance_sheet(store, people["session"], tmp_path / "daftar-hadir.pdf", "id")

    assert printed.pages >= 2
    assert_pdf(printed.path, printed.pages)
    first = pdf_text(printed.path, 1)
    for piece in (
        "Daftar Hadir",
        "20 November 2026",
        "Balai Desa Bolok",
        "Agustinus Lay",
        "Tanda tangan",
        "Yohanes Ndun",
        "5301051203850001",
        "40 peserta hadir tercatat",
    ):
        assert piece in first, piece
    last = pdf_text(printed.path, printed.pages)
    assert "Tanda tangan" in last, "the header row repeats on every page"
    everything = pdf_text(printed.path)
    assert "Peserta Naa" in everything  # an attendee far down the list
    assert re.search(r"\b50\.", everything), "10 blank numbered rows after 40 attendees"
    assert re.search(rf"{printed.pages}\s*/\s*{printed.pages}$", last), "page x / y in the footer"


@needs_pdftotext
def test_coverage_report_counts_the_village(
    store: Store, people: dict[str, str], tmp_path: Path
) -> None:
    set_targets(store, BOLOK, OPERATOR, target_officials=1, target_workers=40)
    printed = coverage_report(store, BOLOK, tmp_path / "cakupan.pdf")

    assert_pdf(printed.path, 1)
    text = pdf_text(printed.path)
    for piece in (
        "Laporan Cakupan Desa",
        "53.01.05.2010",
        "Perangkat desa 1 1 1 100,0%",
        "Pekerja (UCJ) 1 0 40 2,5%",
        "Kepala desa terdaftar Ya",
        "Desa Sadar: dikonfirmasi kantor pusat.",
        "Siap kirim 1",
        "Diterima 1",
        "Total 2",
        long_date(date.today(), "id"),
    ):
        assert piece in text, piece


@needs_pdftotext
def test_coverage_report_of_a_village_not_yet_desa_sadar_in_english(
    store: Store, tmp_path: Path
) -> None:
    printed = coverage_report(store, BOLOK, tmp_path / "coverage.pdf", "en")
    text = pdf_text(printed.path)
    assert "Not yet a Desa Sadar village." in text
    assert "Every village official registered: 0 of 5 Not yet" in text


def test_every_document_string_has_its_indonesian() -> None:
    for source, indonesian in INDONESIAN.items():
        assert isinstance(source, str) and indonesian.strip()
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", indonesian))
    assert Texts("id")("Signature") == "Tanda tangan"
    assert Texts("en")("Signature") == "Signature"
    with pytest.raises(KeyError):
        Texts("id")("A string nobody registered")


def test_writing_where_no_file_can_be_made_raises(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        coverage_report(store, BOLOK, blocker / "inside" / "report.pdf")


def _messages(parent: QWidget) -> list[str]:
    return [box.text() for box in parent.findChildren(QMessageBox, "documentMessage")]


def test_save_dialogs_render_through_the_ops_and_report(
    ctx: AppContext,
    people: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    chosen = tmp_path / "out" / "tanda-terima"  # typed without .pdf
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    parent = QWidget()
    save_receipt_dialog(parent, ctx, people["worker"])
    saved = chosen.with_name("tanda-terima.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert _messages(parent) == [f"Saved {saved} (1 page(s))."]

    (tmp_path / "blocked").write_text("x")
    chosen = tmp_path / "blocked" / "report.pdf"
    save_coverage_dialog(parent, ctx, BOLOK)
    assert _messages(parent)[-1].startswith(f"Could not save {chosen}")


def test_print_menu_greys_out_what_cannot_be_printed(ctx: AppContext, qtbot: object) -> None:
    parent = QWidget()
    selected: list[str] = []
    button = print_menu(
        parent,
        ctx,
        receipt=lambda: selected[0] if selected else None,
        coverage=lambda: BOLOK,
    )
    menu = button.menu()
    assert menu is not None
    actions = menu.actions()
    assert [a.text() for a in actions] == ["Registration receipt…", "Village coverage report…"]
    menu.aboutToShow.emit()
    assert [a.isEnabled() for a in actions] == [False, True]
    selected.append("some-uuid")
    menu.aboutToShow.emit()
    assert [a.isEnabled() for a in actions] == [True, True]


def test_print_menu_entries_save_their_document(
    ctx: AppContext,
    people: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    """The menu is built without the documents' modules; an entry loads them and prints."""
    chosen = tmp_path / "cakupan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    parent = QWidget()
    menu = print_menu(parent, ctx, coverage=lambda: BOLOK).menu()
    assert menu is not None
    [coverage] = menu.actions()
    coverage.trigger()
    assert chosen.read_bytes().startswith(b"%PDF")
    assert _messages(parent) == [f"Saved {chosen} (1 page(s))."]
    for box in parent.findChildren(QMessageBox):
        box.done(0)
    parent.deleteLater()  # the menu's actions hold it: let the message go with it
