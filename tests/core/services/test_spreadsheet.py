"""Reading and writing spreadsheets: CSV dialects and encodings, XLSX cells, refusals."""

from __future__ import annotations

import random
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desa_desktop.core.services.import_columns import (
    header_key,
    read_amount,
    read_date,
    read_identifier,
    read_months,
)
from desa_desktop.core.services.spreadsheet import (
    Cell,
    UnusableFile,
    detect_encoding,
    open_sheet,
    write_rows,
)


def read_all(path: Path) -> tuple[list[str], list[tuple[int, list[Cell]]]]:
    with open_sheet(path) as sheet:
        return sheet.headers, list(sheet.rows())


def refusal(path: Path) -> UnusableFile:
    with pytest.raises(UnusableFile) as refused:
        read_all(path)
    return refused.value


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters_are_sniffed_and_quotes_respected(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "people.csv"
    d = delimiter
    path.write_text(
        f'nik{d}nama{d}alamat\n5301051203850001{d}"Ma\'ruf"{d}"Jl. Timor{d} RT 3"\n',
        encoding="utf-8",
    )
    headers, rows = read_all(path)
    assert headers == ["nik", "nama", "alamat"]
    assert rows == [(2, ["5301051203850001", "Ma'ruf", f"Jl. Timor{d} RT 3"])]


def test_excel_sep_hint_blank_rows_and_multiline_cells_keep_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text('sep=;\nnik;alamat\n1;"two\nlines"\n;\n3;x\n', encoding="utf-8")
    headers, rows = read_all(path)
    assert headers == ["nik", "alamat"]
    assert rows == [(2, ["1", "two\nlines"]), (4, ["3", "x"])]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8-sig"),
        ("utf-8-sig", "utf-8-sig"),
        ("cp1252", "cp1252"),
        ("utf-16", "utf-16"),
    ],
)
def test_encodings_are_detected_and_names_decoded_right(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    path = tmp_path / "names.csv"
    names = ["Ñoño Pérez", "Ma'ruf", "José Müller"]
    if encoding != "cp1252":
        names.append("Nguyễn Văn")  # not representable in cp1252
    sep = "\t" if encoding == "utf-16" else ","
    path.write_text("nama\n" + "\n".join(names) + "\n", encoding=encoding)
    assert path.read_text(encoding=encoding).startswith("nama")
    assert detect_encoding(path) == expected
    headers, rows = read_all(path)
    assert headers == ["nama"]
    assert [cells[0] for _, cells in rows] == names
    assert sep  # a UTF-16 "Unicode text" file is tab-separated in Excel; one column here


def test_latin1_bytes_outside_cp1252_still_decode(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("nama\nSe\u00f1ora\n".encode("latin-1") + b"x\x81y\n")
    assert detect_encoding(path) == "latin-1"
    assert read_all(path)[1][0] == (2, ["Señora"])


def test_random_bytes_with_nul_named_csv_are_refused(tmp_path: Path) -> None:
    noise = random.Random(5)
    path = tmp_path / "binary.csv"
    path.write_bytes(bytes(noise.randrange(256) for _ in range(20_000)))
    assert refusal(path).code == "import.binary"


def test_random_bytes_without_nul_are_refused_too(tmp_path: Path) -> None:
    noise = random.Random(7)
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(noise.randrange(1, 256) for _ in range(20_000)))
    refused = refusal(path)
    assert refused.code == "import.binary"
    assert "biner" in refused.message_id and "binary" in refused.message_en


def test_other_files_named_csv_are_refused_with_a_hint(tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert refusal(png).code == "import.binary"
    workbook = Workbook()
    workbook.save(tmp_path / "book.xlsx")
    renamed = tmp_path / "book.csv"
    (tmp_path / "book.xlsx").rename(renamed)
    assert refusal(renamed).code == "import.zip_as_csv"
    old = tmp_path / "old.csv"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert refusal(old).code == "import.old_excel"


def test_wrong_types_missing_and_empty_files_are_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert refusal(pdf).code == "import.file_type"
    assert refusal(tmp_path / "list.xls").code == "import.old_excel"
    assert refusal(tmp_path / "absent.csv").code == "import.not_found"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert refusal(empty).code == "import.empty"
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\n  \n", encoding="utf-8")
    assert refusal(blank).code == "import.empty"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert refusal(broken).code == "import.xlsx_broken"
    text = tmp_path / "text.xlsx"
    text.write_text("nik,nama\n", encoding="utf-8")
    assert refusal(text).code == "import.xlsx_broken"


def with_cached_values(path: Path, cached: dict[str, tuple[str, str]]) -> None:
    """Give formula cells the values Excel would have saved with them (openpyxl writes none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, (kind, value) in cached.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>')
        assert pattern.search(sheet), ref
        sheet = pattern.sub(rf'<c r="{ref}" t="{kind}"><f>\2</f><v>{value}</v>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_xlsx_formulas_give_cached_values_dates_become_dates_numbers_stay_exact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "people.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["NIK", "Nama Depan", "Nama", "Tanggal Lahir", "Penghasilan", "Total"])
    sheet.append([5301051203850001, "Ma'ruf", '=B2&" Amin"', date(1985, 3, 12), 1500000, "=E2*3"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["5301051203850002", "Nguyễn", "Nguyễn", 31118, 1500000.0, None])
    workbook.save(path)
    with_cached_values(path, {"C2": ("str", "Ma'ruf Amin"), "F2": ("n", "4500000")})
    headers, rows = read_all(path)
    assert headers == ["NIK", "Nama Depan", "Nama", "Tanggal Lahir", "Penghasilan", "Total"]
    assert rows[0] == (
        2,
        [5301051203850001, "Ma'ruf", "Ma'ruf Amin", date(1985, 3, 12), 1500000, 4500000],
    )
    assert rows[1][0] == 4  # the blank row 3 is skipped, numbering kept
    assert rows[1][1][:4] == ["5301051203850002", "Nguyễn", "Nguyễn", 31118]


def test_cell_readers_for_numbers_excel_mangled(tmp_path: Path) -> None:
    assert read_identifier(5301051203850001, "nik") == ("5301051203850001", None)
    value, issue = read_identifier(5301051203850000, "nik")  # Excel's 15 digits
    assert value is None and issue is not None and issue.code == "import.number_precision"
    assert read_identifier(5.30105120385e15, "nik")[1] is not None
    assert read_identifier('="5301051203850001"', "nik")[0] == "5301051203850001"
    assert read_identifier("'5301051203850001", "nik")[0] == "5301051203850001"


@pytest.mark.parametrize(
    "text",
    ["1985-03-12", "12-03-1985", "12/03/1985", "12.03.1985", "12 Maret 1985", "12-mar-1985", 31118],
)
def test_dates_in_every_accepted_form(text: object) -> None:
    assert read_date(text, "birth_date") == (date(1985, 3, 12), None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["03/25/1985", "31-02-1985", "12-03-85", "kemarin", "1985"])
def test_unreadable_dates_are_findings(text: str) -> None:
    value, issue = read_date(text, "birth_date")
    assert value is None and issue is not None and issue.code == "import.date_format"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1500000", 1_500_000),
        ("Rp 1.500.000", 1_500_000),
        ("Rp1.500.000,00", 1_500_000),
        ("Rp. 1.500.000,-", 1_500_000),
        ("IDR 1,500,000.00", 1_500_000),
        ("1 500 000", 1_500_000),
        ("1\u00a0500\u00a0000", 1_500_000),
        ("1,5 juta", 1_500_000),
        ("2 jt", 2_000_000),
        ("Rp 2.426.640", 2_426_640),
        (2426640.0, 2_426_640),
    ],
)
def test_rupiah_amounts(text: object, amount: int) -> None:
    assert read_amount(text, "income") == (amount, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["satu juta", "1.500.000,50", "1.5.0", "12ab"])
def test_unreadable_amounts_are_findings(text: str) -> None:
    value, issue = read_amount(text, "income")
    assert value is None and issue is not None and issue.code == "import.amount_format"


def test_payment_periods_and_header_keys() -> None:
    assert read_months("3 bulan", "payment_months") == (3, None)
    assert read_months("1 tahun", "payment_months") == (12, None)
    assert read_months("tahunan", "payment_months") == (12, None)
    assert header_key(" Tgl. Lahir (DD-MM-YYYY)* ") == "tgl_lahir"
    assert header_key("NAMA IBU KANDUNG") == "nama_ibu_kandung"
    assert header_key("Jenis Kelamin (L/P)") == "jenis_kelamin"


def test_written_csv_has_a_bom_and_xlsx_keeps_nik_as_text(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [["5301051203850001", "Ñoño Nguyễn", date(1985, 3, 12), 1500000, None]]
    headers = ["nik", "nama", "tanggal_lahir", "penghasilan", "dusun"]
    assert write_rows(tmp_path / "out.csv", headers, iter(rows)) == 1
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfnik,nama,")
    assert "5301051203850001,Ñoño Nguyễn,1985-03-12,1500000,\r\n" in raw.decode("utf-8-sig")
    assert write_rows(tmp_path / "out.xlsx", headers, iter(rows)) == 1
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None
    assert sheet["A2"].value == "5301051203850001" and sheet["A2"].data_type == "s"
    assert read_all(tmp_path / "out.xlsx")[1] == [
        (2, ["5301051203850001", "Ñoño Nguyễn", date(1985, 3, 12), 1500000])
    ]
    with pytest.raises(UnusableFile) as refused:
        write_rows(tmp_path / "out.ods", headers, iter(rows))
    assert refused.value.code == "export.file_type"
