"""Importing officials and workers from spreadsheets: what is stored, updated, skipped, refused."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from samples import BOLOK, OPERATOR, TESABELA, TODAY, worker
from sheet_samples import (
    WORKER_COLUMNS,
    official_row,
    worker_nik,
    worker_row,
    write_csv,
    write_xlsx,
)
from sqlalchemy import func, select

from desa_desktop.core.domain.choices import FundingSource, InactiveReason, Kind, Sex, Status
from desa_desktop.core.services.importer import (
    ERROR_COLUMN,
    UnusableFile,
    import_file,
    match_headers,
    preview,
    write_rejects,
)
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration


def stored(store: Store) -> dict[str, Registration]:
    with store.read() as session:
        return {r.nik: r for r in session.scalars(select(Registration))}


def count(store: Store, model: Any = Registration) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def run(store: Store, path: Path, kind: Kind = Kind.WORKER, **kwargs: Any) -> Any:
    return import_file(store, path, kind, OPERATOR, today=TODAY, **kwargs)


@pytest.mark.parametrize(
    "headers",
    [
        WORKER_COLUMNS,
        [h.upper() for h in WORKER_COLUMNS],
        [h.replace("_", " ").title() for h in WORKER_COLUMNS],
        [f"  {h.replace('_', ' ')}  " for h in WORKER_COLUMNS],
        [
            *("NIK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir (DD-MM-YYYY)", "L/P", "No. HP"),
            *("Alamat", "RT", "RW", "Kode Wilayah", "Jenis Pekerjaan", "Penghasilan per Bulan"),
            *("Program*", "Periode Pembayaran", "Sumber Dana", "Nama Ibu", "Persetujuan Data"),
        ],
    ],
)
def test_template_headers_match_in_any_case_spacing_or_common_variant(
    store: Store, tmp_path: Path, headers: list[str]
) -> None:
    match = match_headers(headers, Kind.WORKER)
    assert match.missing_required == [] and match.unknown == []
    assert match.mapping == {name: index for index, name in enumerate(WORKER_COLUMNS)}
    path = write_csv(tmp_path / "w.csv", [worker_row()], headers)
    assert run(store, path).imported == 1


def test_rows_are_stored_with_names_dates_amounts_and_choices_read(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        worker_row(1, nama="Ma'ruf", penghasilan="Rp 1.500.000", sumber_dana="APBDes"),
        worker_row(
            2,
            nama="Ñoño Pérez",
            tanggal_lahir="1985-03-12",
            penghasilan="Rp2.000.000,00",
            program="jkk jkm jht",
            periode_bayar="1 tahun",
            sumber_dana="Mandiri",
            jenis_kelamin="Laki-laki",
        ),
        worker_row(
            3,
            nama="Nguyễn Văn An",
            tanggal_lahir="12/03/1985",
            penghasilan="1 750 000",
            pekerjaan="Petani/Pekebun",
            kode_desa="5301052010",
            periode_bayar="6 bulan",
            sumber_dana="Dana Desa",
            no_hp="",
        ),
    ]
    path = write_csv(tmp_path / "w.csv", rows, delimiter=";", encoding="utf-8-sig")
    report = run(store, path)
    assert (report.imported, report.rejected, report.problems) == (3, 0, [])
    people = stored(store)
    maruf, nono, nguyen = (people[worker_nik(n)] for n in (1, 2, 3))
    assert (maruf.name, maruf.income, maruf.funding_source) == ("Ma'ruf", 1_500_000, "apbdes")
    assert maruf.birth_date == date(1985, 3, 12) and maruf.sex is Sex.MALE
    assert maruf.phone == "+6281234567890" and maruf.village_code == BOLOK
    assert maruf.status is Status.READY and maruf.start_date == TODAY and maruf.version == 1
    assert (nono.name, nono.income, nono.program, nono.payment_months) == (
        "Ñoño Pérez",
        2_000_000,
        "JKK-JKM-JHT",
        12,
    )
    assert nono.funding_source is FundingSource.SELF
    assert (nguyen.name, nguyen.income, nguyen.payment_months) == ("Nguyễn Văn An", 1_750_000, 6)
    assert nguyen.birth_date == date(1985, 3, 12) and nguyen.phone is None
    assert nguyen.occupation is not None and nguyen.village_code == BOLOK
    assert count(store, AuditEntry) == 3 + 1  # the village, then one per registration
    with store.read() as session:
        queued = set(
            session.scalars(select(OutboxEntry.entity_uuid).where(OutboxEntry.version == 1))
        )
    assert queued == {person.uuid for person in people.values()}


def test_officials_with_position_labels_and_siltap(store: Store, tmp_path: Path) -> None:
    rows = [
        official_row(),
        official_row(
            nik="5301051508800004",
            nama="H. Abdul Karim",
            tanggal_lahir="15-08-1980",
            jenis_kelamin="L",
            jabatan="Sekdes",
            siltap="2224420",
            program="JKK-JKM",
        ),
    ]
    report = run(store, write_csv(tmp_path / "o.csv", rows), Kind.OFFICIAL)
    assert (report.imported, report.rejected) == (2, 0), report.problems
    people = stored(store)
    head, secretary = people["5301054207750003"], people["5301051508800004"]
    assert (head.kind, head.position, head.siltap) == (Kind.OFFICIAL, "kepala_desa", 2_426_640)
    assert head.sk_date == date(2024, 1, 15) and head.sk_number == "141/12/2024"
    assert (secretary.position, secretary.name) == ("sekretaris_desa", "H. Abdul Karim")


def test_warnings_are_accepted_and_reported_errors_reject_only_their_row(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        worker_row(1, tanggal_lahir="13-03-1985"),  # the NIK says the 12th: a warning
        worker_row(2, tanggal_lahir="31-02-1985", penghasilan="sejuta"),
        worker_row(3, nik="12345"),
        worker_row(4),
    ]
    report = run(store, write_csv(tmp_path / "w.csv", rows))
    assert (report.imported, report.rejected) == (2, 2)
    assert report.rejected_row_numbers == [3, 4]
    by_row = {(p.row_number, p.field): p for p in report.problems}
    warning = by_row[(2, "nik")]
    assert not warning.is_error and warning.code == "nik.birth_date_mismatch"
    assert by_row[(3, "tanggal_lahir")].code == "import.date_format"
    assert '"31-02-1985"' in by_row[(3, "tanggal_lahir")].message_en
    assert by_row[(3, "penghasilan")].code == "import.amount_format"
    assert by_row[(4, "nik")].code == "nik.length"
    assert (3, "tanggal_lahir") in by_row and "Tanggal lahir" in by_row[
        (3, "tanggal_lahir")
    ].message_id
    assert set(stored(store)) == {worker_nik(1), worker_nik(4)}
    assert stored(store)[worker_nik(1)].birth_date == date(1985, 3, 13)


def test_missing_required_columns_refuse_the_file_and_save_nothing(
    store: Store, tmp_path: Path
) -> None:
    rows = [{k: v for k, v in worker_row().items() if k not in ("nik", "penghasilan")}]
    with pytest.raises(UnusableFile) as refused:
        run(store, write_csv(tmp_path / "w.csv", rows))
    assert refused.value.code == "import.missing_columns"
    assert "nik, penghasilan" in refused.value.message_en
    assert count(store) == 0
    officials = write_csv(tmp_path / "o.csv", [official_row()])
    with pytest.raises(UnusableFile) as wrong_kind:
        run(store, officials, Kind.WORKER)
    assert "pekerjaan" in wrong_kind.value.message_id
    assert count(store) == 0


def test_reimport_skips_identical_rows_and_updates_changed_ones(
    store: Store, tmp_path: Path
) -> None:
    rows = [worker_row(n, nama=name) for n, name in ((1, "Ma'ruf"), (2, "Ñoño"), (3, "Nguyễn"))]
    path = write_csv(tmp_path / "w.csv", rows)
    assert run(store, path).imported == 3
    again = run(store, path)
    assert (again.imported, again.updated, again.skipped, again.rejected) == (0, 0, 3, 0)
    assert again.skipped_rows == [2, 3, 4] and again.problems == []
    rows[1]["penghasilan"] = "Rp 2.500.000"
    changed = run(store, write_csv(path, rows))
    assert (changed.imported, changed.updated, changed.skipped) == (0, 1, 2)
    assert changed.updated_rows == [3]
    nono = stored(store)[worker_nik(2)]
    assert (nono.income, nono.version, count(store)) == (2_500_000, 2, 3)
    with store.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_uuid == nono.uuid).order_by(AuditEntry.id)
        ).all()[-1]
    assert entry.action == "edit" and json.loads(entry.changes or "{}")["income"] == [
        1_500_000,
        2_500_000,
    ]


def test_columns_absent_from_the_file_keep_stored_values(store: Store, tmp_path: Path) -> None:
    register(store, worker(nik=worker_nik(1), marital_status="kawin"), OPERATOR, today=TODAY)
    before = stored(store)[worker_nik(1)]
    path = write_csv(tmp_path / "w.csv", [worker_row(1)])
    assert run(store, path).skipped == 1  # the file says what is stored
    report = run(store, write_csv(path, [worker_row(1, penghasilan="2000000")]))
    assert (report.updated, report.imported) == (1, 0)
    after = stored(store)[worker_nik(1)]
    assert after.income == 2_000_000 and after.version == 2
    assert after.marital_status == before.marital_status and after.dusun == before.dusun
    assert after.start_date == before.start_date and after.consent_at == before.consent_at


def test_nik_active_elsewhere_unserved_villages_and_repeats_are_rejected(
    store: Store, tmp_path: Path
) -> None:
    add_village(store, TESABELA, OPERATOR)
    register(store, worker(nik=worker_nik(1), village_code=TESABELA), OPERATOR, today=TODAY)
    rows = [
        worker_row(1),  # active in Tesabela
        worker_row(2, kode_desa="53.01.05.2001"),  # a real village this laptop does not serve
        worker_row(3),
        worker_row(3, nama="Dua Kali"),  # the same NIK again in the file
        worker_row(4, nik="5301054207750003"),  # an official's NIK (see below)
    ]
    run(store, write_csv(tmp_path / "o.csv", [official_row()]), Kind.OFFICIAL)
    report = run(store, write_csv(tmp_path / "w.csv", rows))
    assert (report.imported, report.rejected) == (1, 4)
    codes = {p.row_number: p for p in report.problems if p.is_error}
    assert codes[2].code == "registration.duplicate_nik" and "Tesabela" in codes[2].message_en
    assert codes[3].code == "village.not_served" and codes[3].field == "kode_desa"
    assert codes[5].code == "import.duplicate_in_file" and "row 4" in codes[5].message_en
    assert codes[6].code == "import.is_official" and "Dorkas Sae" in codes[6].message_id
    assert stored(store)[worker_nik(1)].village_code == TESABELA


def test_inactive_people_are_skipped_unchanged_and_never_registered_again(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "w.csv", [worker_row(1)])
    run(store, path)
    person = stored(store)[worker_nik(1)]
    reason = InactiveInput(InactiveReason.DECEASED, date(2026, 10, 1))
    mark_inactive(store, person.uuid, reason, OPERATOR, today=TODAY)
    assert run(store, path).skipped == 1
    changed = run(store, write_csv(path, [worker_row(1, alamat="Jl. Baru")]))
    assert changed.rejected == 1 and changed.problems[0].code == "import.inactive"
    assert count(store) == 1


def test_rejected_rows_are_saved_back_fixed_and_reimported(store: Store, tmp_path: Path) -> None:
    rows = [worker_row(1), worker_row(2, tanggal_lahir="12-13-1985"), worker_row(3, program="JHT")]
    report = run(store, write_csv(tmp_path / "w.csv", rows))
    assert (report.imported, report.rejected) == (1, 2)
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"rejects.{suffix}"
        assert write_rejects(report, out) == 2
        again = preview(out, Kind.WORKER)
        assert [h for h in again.headers] == [*WORKER_COLUMNS, ERROR_COLUMN]
        assert again.match.unknown == [ERROR_COLUMN]
        assert [r.values["nik"] for r in again.rows] == [worker_nik(2), worker_nik(3)]
    with (tmp_path / "rejects.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.DictReader(handle))
    assert saved[0][ERROR_COLUMN].startswith("3: tanggal_lahir: Tanggal lahir")
    assert saved[1][ERROR_COLUMN].startswith("4: program: ")
    saved[0]["tanggal_lahir"], saved[1]["program"] = "12-03-1985", "JKK-JKM"
    fixed = write_csv(tmp_path / "fixed.csv", saved)
    report = run(store, fixed)
    assert (report.imported, report.rejected, report.skipped) == (2, 0, 0)
    assert count(store) == 3


def test_xlsx_with_formulas_excel_dates_and_numbers(store: Store, tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = [
        worker_row(1, nik=int(worker_nik(1)), tanggal_lahir=date(1985, 3, 12), penghasilan=1500000),
        worker_row(2, tanggal_lahir=31118, no_hp=81234567890, rt=3, periode_bayar=3),
        worker_row(10, nik=int(worker_nik(10))),  # ends in 0: Excel may have lost a digit
    ]
    path = write_xlsx(tmp_path / "w.xlsx", rows)
    report = run(store, path)
    assert (report.imported, report.rejected) == (2, 1)
    problem = report.problems[0]
    assert (problem.row_number, problem.field, problem.code) == (
        4,
        "nik",
        "import.number_precision",
    )
    people = stored(store)
    assert people[worker_nik(1)].birth_date == date(1985, 3, 12)
    assert people[worker_nik(2)].birth_date == date(1985, 3, 12)
    assert people[worker_nik(2)].phone == "+6281234567890" and people[worker_nik(2)].rt == "003"


def test_xlsx_picks_the_sheet_holding_the_template(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Petunjuk"
    notes.append(["Isi data di lembar Data"])
    data = workbook.create_sheet("Data")
    data.append(WORKER_COLUMNS)
    data.append(list(worker_row(1).values()))
    workbook.save(tmp_path / "book.xlsx")
    assert run(store, tmp_path / "book.xlsx").imported == 1


def test_preview_saves_nothing_and_tells_each_rows_fate(store: Store, tmp_path: Path) -> None:
    run(store, write_csv(tmp_path / "first.csv", [worker_row(1)]))
    rows = [worker_row(1), worker_row(1, alamat="Jl. Baru"), worker_row(2), worker_row(3, nik="x")]
    path = write_csv(tmp_path / "w.csv", rows)
    shown = preview(path, Kind.WORKER, store=store, today=TODAY, limit=3)
    assert [r.outcome for r in shown.rows] == ["same", "rejected", "new"]
    assert shown.rows[1].problems[0].code == "import.duplicate_in_file"
    assert shown.rows[0].values["nama"] == "Yohanes Ndun" and shown.total == 4
    bare = preview(path, Kind.WORKER, today=TODAY)
    assert [r.outcome for r in bare.rows] == ["new", "rejected", "new", "rejected"]
    assert count(store) == 1
    missing = preview(write_csv(tmp_path / "o.csv", [official_row()]), Kind.WORKER)
    assert "pekerjaan" in missing.match.missing_required


def test_a_custom_mapping_replaces_header_matching(store: Store, tmp_path: Path) -> None:
    headers = [f"kolom {n}" for n in range(len(WORKER_COLUMNS))]
    path = write_csv(tmp_path / "w.csv", [worker_row(1)], headers)
    with pytest.raises(UnusableFile):
        run(store, path)
    mapping = {name: index for index, name in enumerate(WORKER_COLUMNS)}
    assert run(store, path, mapping=mapping).imported == 1


def test_progress_is_reported_per_batch(store: Store, tmp_path: Path) -> None:
    rows = [worker_row(n) for n in range(1, 1201)]
    seen: list[tuple[int, int | None]] = []
    report = run(
        store, write_csv(tmp_path / "w.csv", rows), progress=lambda d, t: seen.append((d, t))
    )
    assert report.imported == 1200
    assert seen == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]


BIG_IMPORT = textwrap.dedent(
    """
    import json, resource, sys
    from datetime import date
    from pathlib import Path
    from desa_desktop.core.domain.choices import Kind
    from desa_desktop.core.services.importer import import_file
    from desa_desktop.core.services.villages import add_village
    from desa_desktop.core.store.migrate import open_store

    path, data = Path(sys.argv[1]), Path(sys.argv[2])
    store = open_store(data, bytes(range(32)))
    add_village(store, "53.01.05.2010", "test")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = import_file(store, path, Kind.WORKER, "test", today=date(2026, 11, 21))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"counts": [report.imported, report.rejected], "growth_kb": after - before,
                      "rejected_rows": report.rejected_row_numbers}))
    """
)


def _name(index: int) -> str:
    letters = ""
    while True:
        letters += "abcdefghijklmnopqrstuvwxyz"[index % 26]
        index //= 26
        if not index:
            return "Warga " + letters.capitalize()


@pytest.mark.slow
def test_fifty_thousand_rows_stream_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    template = worker_row(1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(WORKER_COLUMNS)
        for i in range(50_000):
            day, month, serial = i % 28 + 1, i // 28 % 12 + 1, i // 336 + 1
            nik = f"530105{day:02d}{month:02d}85{serial:04d}"
            born = f"{day:02d}-{month:02d}-1985" if i != 25_000 else "30-02-1985"
            row = {**template, "nik": nik, "nama": _name(i), "tanggal_lahir": born}
            writer.writerow([row[c] for c in WORKER_COLUMNS])
    assert path.stat().st_size > 5_000_000
    done = subprocess.run(
        [sys.executable, "-c", BIG_IMPORT, str(path), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["counts"] == [49_999, 1] and result["rejected_rows"] == [25_002]
    # A list of 50,000 parsed rows alone would take far more; the batches keep it flat.
    assert result["growth_kb"] < 60_000, result
    store_file = tmp_path / "data" / "desa.sqlite"
    assert store_file.exists()


def test_titles_above_the_header_and_numbered_empty_rows_are_ignored(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "daftar.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["DAFTAR PEKERJA RENTAN DESA BOLOK"])
        writer.writerow(["Kecamatan Kupang Barat, 2026"])
        writer.writerow([])
        writer.writerow(["No", *WORKER_COLUMNS])
        writer.writerow(["1", *worker_row(1).values()])
        writer.writerow(["2", *worker_row(2, nik="5.30105E+15").values()])
        for number in range(3, 30):
            writer.writerow([str(number)] + [""] * len(WORKER_COLUMNS))
    report = run(store, path)
    assert (report.imported, report.rejected) == (1, 1)
    assert report.headers[0] == "No" and report.rejected_row_numbers == [6]
    assert report.problems[0].code == "import.number_precision"


def test_a_file_with_headers_but_no_rows_is_unusable(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", [], WORKER_COLUMNS)
    with pytest.raises(UnusableFile) as refused:
        run(store, path)
    assert refused.value.code == "import.no_rows"
