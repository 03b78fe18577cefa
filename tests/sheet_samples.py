"""Spreadsheet rows in the import template for tests, and writers for CSV and XLSX files."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samples import BOLOK

WORKER_COLUMNS = [
    "nik",
    "nama",
    "tempat_lahir",
    "tanggal_lahir",
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
    "persetujuan",
]
OFFICIAL_COLUMNS = [
    "nik",
    "nama",
    "tempat_lahir",
    "tanggal_lahir",
    "jenis_kelamin",
    "no_hp",
    "alamat",
    "kode_desa",
    "jabatan",
    "nomor_sk",
    "tanggal_sk",
    "siltap",
    "program",
    "nama_ibu_kandung",
    "persetujuan",
]


def worker_nik(serial: int) -> str:
    """A man born 12 March 1985 in Kupang Barat: the NIK agrees with worker_row's birth date."""
    return f"530105120385{serial:04d}"


def worker_row(serial: int = 1, **overrides: Any) -> dict[str, Any]:
    """A complete, valid worker row of Desa Bolok."""
    row: dict[str, Any] = {
        "nik": worker_nik(serial),
        "nama": "Yohanes Ndun",
        "tempat_lahir": "Kupang",
        "tanggal_lahir": "12-03-1985",
        "jenis_kelamin": "L",
        "no_hp": "081234567890",
        "alamat": "Jl. Timor Raya Km 20",
        "rt": "3",
        "rw": "1",
        "kode_desa": BOLOK,
        "pekerjaan": "Nelayan/Perikanan",
        "penghasilan": "1500000",
        "program": "JKK-JKM",
        "periode_bayar": "3",
        "sumber_dana": "apbdes",
        "nama_ibu_kandung": "Maria Tefa",
        "persetujuan": "ya",
    }
    row.update(overrides)
    return row


def official_row(**overrides: Any) -> dict[str, Any]:
    """A complete, valid village head of Desa Bolok (a woman born 2 July 1975)."""
    row: dict[str, Any] = {
        "nik": "5301054207750003",
        "nama": "Dorkas Sae",
        "tempat_lahir": "Kupang",
        "tanggal_lahir": "1975-07-02",
        "jenis_kelamin": "P",
        "no_hp": "081339001122",
        "alamat": "Dusun II",
        "kode_desa": BOLOK,
        "jabatan": "Kepala Desa",
        "nomor_sk": "141/12/2024",
        "tanggal_sk": "15/01/2024",
        "siltap": "Rp 2.426.640",
        "program": "JKK-JKM-JHT",
        "nama_ibu_kandung": "Yuliana Bana",
        "persetujuan": "ya",
    }
    row.update(overrides)
    return row


def write_csv(
    path: Path,
    rows: Sequence[dict[str, Any]],
    headers: Sequence[str] | None = None,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    """Write ``rows`` under ``headers`` (default: the first row's keys) as a CSV file."""
    names = list(headers or rows[0].keys())
    keys = list(rows[0].keys()) if rows else names
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(names)
        for row in rows:
            writer.writerow([row.get(key, "") for key in keys])
    return path


def write_xlsx(
    path: Path, rows: Sequence[dict[str, Any]], headers: Sequence[str] | None = None
) -> Path:
    """Write ``rows`` (values typed as given: numbers, dates, text) to an XLSX file."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    keys = list(rows[0].keys())
    sheet.append(list(headers or keys))
    for row in rows:
        sheet.append([row.get(key) for key in keys])
    workbook.save(path)
    return path
