"""Exports: the template's columns, current filters, sessions, and a clean re-import."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from samples import BOLOK, OPERATOR, TESABELA, TODAY, official, worker
from sheet_samples import worker_nik

from desa_desktop.core.domain.choices import Kind, Status
from desa_desktop.core.services.exporter import (
    SESSION_COLUMNS,
    export_people,
    export_sessions,
    people_columns,
)
from desa_desktop.core.services.import_columns import TEMPLATE
from desa_desktop.core.services.importer import import_file
from desa_desktop.core.services.inputs import AttendeeInput, SessionInput
from desa_desktop.core.services.queries import PersonFilter
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.sessions import add_attendee, create_session, link_registration
from desa_desktop.core.services.spreadsheet import UnusableFile
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def people(store: Store) -> None:
    add_village(store, TESABELA, OPERATOR)
    names = ["Ma'ruf", "Ñoño Pérez", "Nguyễn Văn An", "H. Abdul", "Yohanes"]
    for serial, name in enumerate(names, start=1):
        village = TESABELA if serial == 5 else BOLOK
        data = worker(nik=worker_nik(serial), name=name, village_code=village)
        register(store, data, OPERATOR, today=TODAY)
    register(store, official(), OPERATOR, today=TODAY)


def test_workers_export_in_template_columns_with_current_filters(
    store: Store, tmp_path: Path
) -> None:
    people(store)
    out = tmp_path / "workers.csv"
    assert export_people(store, out, Kind.WORKER, PersonFilter(village_code=BOLOK)) == 4
    rows = read_csv(out)
    assert list(rows[0]) == [*TEMPLATE[Kind.WORKER], "kpj", "status"]
    assert [r["nama"] for r in rows] == ["H. Abdul", "Ma'ruf", "Nguyễn Văn An", "Ñoño Pérez"]
    first = rows[1]
    assert first["nik"] == worker_nik(1) and first["tanggal_lahir"] == "1985-03-12"
    assert first["no_hp"] == "081234567890" and first["penghasilan"] == "1500000"
    assert first["pekerjaan"] == "Nelayan/Perikanan" and first["sumber_dana"] == "apbdes"
    assert first["kode_desa"] == BOLOK and first["persetujuan"] == "ya"
    assert first["tanggal_mulai"] == "2026-12-01" and first["status"] == "Siap kirim"
    assert export_people(store, tmp_path / "all.csv", Kind.WORKER) == 5
    assert export_people(store, tmp_path / "ma.csv", Kind.WORKER, PersonFilter(text="ma'r")) == 1


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_reimport_skips_everyone(store: Store, tmp_path: Path, suffix: str) -> None:
    people(store)
    for kind, expected in ((Kind.WORKER, 5), (Kind.OFFICIAL, 1)):
        out = tmp_path / f"{kind.value}.{suffix}"
        assert export_people(store, out, kind) == expected
        report = import_file(store, out, kind, OPERATOR, today=date(2027, 1, 5))
        assert (report.imported, report.updated, report.rejected) == (0, 0, 0), report.problems
        assert report.skipped == expected


def test_xlsx_export_keeps_text_text_and_dates_dates(store: Store, tmp_path: Path) -> None:
    people(store)
    out = tmp_path / "officials.xlsx"
    assert export_people(store, out, Kind.OFFICIAL) == 1
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header == people_columns(Kind.OFFICIAL)
    row = {name: cell.value for name, cell in zip(header, sheet[2], strict=True)}
    assert row["nik"] == "5301054207750003" and row["jabatan"] == "kepala_desa"
    assert row["siltap"] == 2_426_640 and row["tanggal_sk"] == datetime(2024, 1, 15)


def test_sessions_export_one_row_each_with_attendance_and_conversion(
    store: Store, tmp_path: Path
) -> None:
    people(store)
    held = SessionInput(BOLOK, date(2026, 11, 2), "Balai Desa Bolok", "Maria Ndun", "BPU")
    uuid = create_session(store, held, OPERATOR, today=TODAY)
    for name in ("Ma'ruf", "Ñoño Pérez", "Nguyễn Văn An", "Siti"):
        add_attendee(store, uuid, AttendeeInput(name), OPERATOR)
    from desa_desktop.core.services.queries import search_people

    maruf = search_people(store, PersonFilter(text=worker_nik(1)))[0]
    link_registration(store, uuid, maruf.uuid, OPERATOR)
    create_session(store, SessionInput(TESABELA, date(2026, 10, 1), "Gereja", "Maria"), OPERATOR)
    out = tmp_path / "sessions.csv"
    assert export_sessions(store, out) == 2
    rows = read_csv(out)
    assert list(rows[0]) == list(SESSION_COLUMNS)
    assert rows[0]["tanggal"] == "2026-11-02" and rows[0]["nama_desa"] == "Bolok"
    assert (rows[0]["hadir"], rows[0]["pendaftaran"], rows[0]["konversi_persen"]) == (
        "5",
        "1",
        "20",
    )
    assert rows[1]["kode_desa"] == TESABELA and rows[1]["konversi_persen"] == ""
    assert export_sessions(store, tmp_path / "bolok.xlsx", BOLOK) == 1


def test_unknown_export_format_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UnusableFile) as refused:
        export_people(store, tmp_path / "workers.ods", Kind.WORKER)
    assert refused.value.code == "export.file_type"
    assert not (tmp_path / "workers.ods").exists()


def test_inactive_people_export_and_reimport_unchanged(store: Store, tmp_path: Path) -> None:
    from desa_desktop.core.domain.choices import InactiveReason
    from desa_desktop.core.services.inputs import InactiveInput
    from desa_desktop.core.services.queries import search_people
    from desa_desktop.core.services.status import mark_inactive

    people(store)
    first = search_people(store, PersonFilter(text=worker_nik(1)))[0]
    mark_inactive(
        store, first.uuid, InactiveInput(InactiveReason.MOVED, TODAY), OPERATOR, today=TODAY
    )
    out = tmp_path / "w.csv"
    export_people(store, out, Kind.WORKER, PersonFilter(status=Status.INACTIVE))
    report = import_file(store, out, Kind.WORKER, OPERATOR, today=TODAY)
    assert (report.skipped, report.rejected) == (1, 0)
