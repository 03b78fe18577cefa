"""The import template's columns: their names, the variants villages write, and cell readers.

Each column of ``../shared/DOMAIN.md``'s template maps to one :class:`PersonInput` field
and has a reader turning a spreadsheet cell into that field's value, or a finding
("import.date_format", ...) against the field. Readers never judge domain rules (a NIK's
structure, an allowed payment period): :mod:`validation` does that for every row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desa_desktop.core.domain.choices import LABELS, FundingSource, Kind
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.spreadsheet import Cell, cell_text

Reader = Callable[[Cell, str], tuple[Any, Issue | None]]

EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIALS = range(10_000, 80_000)  # 1927..2119: a plain number in a date column (never a year)
_MONTHS = {
    **dict.fromkeys(("jan", "januari", "january"), 1),
    **dict.fromkeys(("feb", "februari", "pebruari", "february"), 2),
    **dict.fromkeys(("mar", "maret", "march"), 3),
    **dict.fromkeys(("apr", "april"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("jun", "juni", "june"), 6),
    **dict.fromkeys(("jul", "juli", "july"), 7),
    **dict.fromkeys(("agu", "agt", "ags", "agustus", "aug", "august"), 8),
    **dict.fromkeys(("sep", "sept", "september"), 9),
    **dict.fromkeys(("okt", "oktober", "oct", "october"), 10),
    **dict.fromkeys(("nov", "nopember", "november"), 11),
    **dict.fromkeys(("des", "desember", "dec", "december"), 12),
}
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_WORD_DATE = re.compile(r"(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})")
_AMOUNT = re.compile(r"\d{1,3}(?:([.,' ])\d{3})?(?:\1\d{3})*|\d+")
_SCIENTIFIC = re.compile(r"\d+(?:\.\d*)?[eE]\+?\d+")
_SCALE = {"juta": 1_000_000, "jt": 1_000_000, "ribu": 1_000, "rb": 1_000}
_PERIOD_WORDS = {
    "bulanan": 1,
    "sebulan": 1,
    "triwulan": 3,
    "triwulanan": 3,
    "semester": 6,
    "semesteran": 6,
    "tahunan": 12,
    "setahun": 12,
}
_YES = {"ya", "y", "yes", "1", "true", "setuju", "iya", "v", "x"}
_NO = {"tidak", "t", "no", "n", "0", "false", "tidak setuju", "belum"}
_SEX = {
    **dict.fromkeys(("l", "lk", "laki", "laki-laki", "laki laki", "pria", "m", "male"), "L"),
    **dict.fromkeys(("p", "pr", "perempuan", "wanita", "w", "f", "female"), "P"),
}


def _funding_table() -> dict[str, str]:
    table = {
        "dana desa": "apbdes",
        "dd": "apbdes",
        "add": "apbdes",
        "apb desa": "apbdes",
        "desa": "apbdes",
        "apbd kabupaten": "apbd",
        "apbd kab": "apbd",
        "apbd kota": "apbd",
        "apbd kabupaten/kota": "apbd",
        "pemda": "apbd",
        "pemkab": "apbd",
        "donatur": "csr",
        "sponsor": "csr",
        "sendiri": "mandiri",
        "pribadi": "mandiri",
        "swadaya": "mandiri",
        "lain-lain": "lainnya",
        "lain": "lainnya",
    }
    for member in FundingSource:
        table[member.value] = member.value
        table[member.name.lower().replace("_", " ")] = member.value
        for text in LABELS[member.value]:
            table[text.casefold()] = member.value
    return table


_FUNDING = _funding_table()


def _plain(cell: Cell) -> str:
    """Cell text without Excel's text markers: a leading apostrophe or a ``="..."`` wrapper."""
    text = cell_text(cell)
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    return text.lstrip("'").strip()


def read_text(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    text = " ".join(_plain(cell).split())
    return text or None, None


def read_identifier(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    """A NIK or KK number. Excel keeps 15 significant digits, so a 16-digit *number* ending
    in 0, or one with a fraction, may have lost its last digit: refused, not guessed."""
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        text, _ = read_text(cell, field)
        if text and _SCIENTIFIC.fullmatch(text.replace(",", ".")):  # Excel showed 5,30105E+15
            return None, Issue.error(field, "import.number_precision", value=text)
        return text, None
    if isinstance(cell, float) and not cell.is_integer():
        return None, Issue.error(field, "import.number_precision", value=repr(cell))
    digits = str(int(cell))
    if len(digits) >= 16 and (digits.endswith("0") or isinstance(cell, float)):
        return None, Issue.error(field, "import.number_precision", value=digits)
    return digits, None


def read_phone(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    """A phone number; one stored as a number in Excel has lost its leading 0 ("812...")."""
    text, _ = read_text(cell, field)
    if text and text[0] == "8" and text.replace(" ", "").replace("-", "").isdigit():
        text = "0" + text
    return text, None


def read_date(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    """YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY, "12 Maret 1985", an Excel date
    cell or an Excel serial number. Day first always (never the US month-first order)."""
    if cell is None:
        return None, None
    if isinstance(cell, date):
        return cell, None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if int(cell) in _EXCEL_SERIALS:
            return EXCEL_EPOCH + timedelta(days=int(cell)), None
        return None, Issue.error(field, "import.date_format", value=cell_text(cell))
    text = _plain(cell).casefold()
    if not text:
        return None, None
    parts: tuple[int, int, int] | None = None
    if found := _ISO_DATE.fullmatch(text):
        parts = (int(found[1]), int(found[2]), int(found[3]))
    elif found := _DMY_DATE.fullmatch(text):
        parts = (int(found[3]), int(found[2]), int(found[1]))
    elif (found := _WORD_DATE.fullmatch(text)) and found[2] in _MONTHS:
        parts = (int(found[3]), _MONTHS[found[2]], int(found[1]))
    elif text.isdigit() and int(text) in _EXCEL_SERIALS:
        return EXCEL_EPOCH + timedelta(days=int(text)), None
    try:
        if parts is not None:
            return date(*parts), None
    except ValueError:
        pass
    return None, Issue.error(field, "import.date_format", value=_plain(cell))


def read_amount(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    """Whole rupiah from 1500000, "Rp 1.500.000", "Rp1,500,000.00", "1 500 000", "1,5 juta"."""
    if cell is None:
        return None, None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if float(cell).is_integer():
            return int(cell), None
        return None, Issue.error(field, "import.amount_format", value=cell_text(cell))
    raw = _plain(cell)
    text = raw.casefold().replace("\u00a0", " ").replace("idr", "").replace("rp", "")
    text = text.replace("/bulan", "").replace("per bulan", "").strip()
    text = text.lstrip(".: ").rstrip(".,- ")
    if not text:
        return None, None
    scale = 1
    for word, factor in _SCALE.items():
        if text.endswith(word):
            text, scale = text[: -len(word)].strip(), factor
            break
    amount = _parse_amount(text, scale)
    if amount is None:
        return None, Issue.error(field, "import.amount_format", value=raw)
    return amount, None


def _parse_amount(text: str, scale: int) -> int | None:
    whole, fraction = text, ""
    decimal = re.fullmatch(r"(.+?)[.,](\d{1,2})", text)
    if decimal and (scale > 1 or not re.fullmatch(r".*[.,]\d{3}", text)):
        whole, fraction = decimal[1], decimal[2]
    if not _AMOUNT.fullmatch(whole):
        return None
    digits = re.sub(r"\D", "", whole)
    if scale == 1:
        if fraction.strip("0"):
            return None  # rupiah are whole
        return int(digits)
    value = int(digits) * scale + int((fraction or "0").ljust(len(str(scale)) - 1, "0"))
    return value


def read_int(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    if cell is None:
        return None, None
    if isinstance(cell, float) and cell.is_integer():
        return int(cell), None
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell, None
    text = _plain(cell)
    if not text:
        return None, None
    if text.isdigit():
        return int(text), None
    return None, Issue.error(field, "import.number_format", value=text)


def read_months(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    """A payment period in months: 3, "3 bulan", "3 bln", "1 tahun", "tahunan"."""
    text = _plain(cell).casefold()
    if not text:
        return None, None
    if text in _PERIOD_WORDS:
        return _PERIOD_WORDS[text], None
    found = re.fullmatch(r"(\d{1,2})(?:\.0+)?\s*(bulan|bln|bl|b|tahun|thn|th)?", text)
    if not found:
        return None, Issue.error(field, "import.number_format", value=_plain(cell))
    months = int(found[1])
    return months * 12 if found[2] in ("tahun", "thn", "th") else months, None


def read_sex(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    text, _ = read_text(cell, field)
    return (_SEX.get(text.casefold(), text) if text else None), None


def read_funding(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    text, _ = read_text(cell, field)
    return (_FUNDING.get(text.casefold(), text) if text else None), None


def read_yes_no(cell: Cell, field: str) -> tuple[Any, Issue | None]:
    """True for ya/y/1/..., False for tidak/n/0/..., None for an empty cell (not stated)."""
    text = _plain(cell).casefold()
    if not text:
        return None, None
    if text in _NO:
        return False, None
    if text in _YES:
        return True, None
    return False, Issue.error(field, "import.yes_no", value=_plain(cell))


@dataclass(frozen=True)
class Column:
    """One template column: its header, the PersonInput field it fills, its reader."""

    name: str
    field: str
    read: Reader = read_text
    aliases: tuple[str, ...] = ()


_COLUMNS = (
    Column(
        "nik",
        "nik",
        read_identifier,
        ("no_nik", "nomor_nik", "no_ktp", "nomor_ktp", "nik_ktp", "nomor_induk_kependudukan"),
    ),
    Column(
        "nama",
        "name",
        aliases=("nama_lengkap", "nama_peserta", "nama_sesuai_ktp", "name", "full_name"),
    ),
    Column(
        "tempat_lahir",
        "birth_place",
        aliases=("tmp_lahir", "tempat", "tpt_lahir", "birth_place", "place_of_birth"),
    ),
    Column(
        "tanggal_lahir",
        "birth_date",
        read_date,
        ("tgl_lahir", "tgl_lhr", "tanggal_lhr", "birth_date", "date_of_birth"),
    ),
    Column("jenis_kelamin", "sex", read_sex, ("jk", "l/p", "kelamin", "gender", "sex")),
    Column(
        "no_hp",
        "phone",
        read_phone,
        (
            "nomor_hp",
            "no_handphone",
            "hp",
            "no_telp",
            "no_telepon",
            "nomor_telepon",
            "telepon",
            "no_wa",
            "nomor_wa",
            "phone",
        ),
    ),
    Column("alamat", "address", aliases=("alamat_lengkap", "address")),
    Column("rt", "rt"),
    Column("rw", "rw"),
    Column(
        "kode_desa",
        "village_code",
        aliases=("kode_wilayah", "kode_kemendagri", "kd_desa", "village_code"),
    ),
    Column("pekerjaan", "occupation", aliases=("jenis_pekerjaan", "profesi", "occupation")),
    Column(
        "penghasilan",
        "income",
        read_amount,
        ("penghasilan_per_bulan", "penghasilan_bulanan", "pendapatan", "upah", "income"),
    ),
    Column(
        "program", "program", aliases=("program_jaminan", "program_bpjs", "paket", "paket_program")
    ),
    Column(
        "periode_bayar",
        "payment_months",
        read_months,
        ("periode_pembayaran", "periode", "lama_bayar", "bulan_bayar"),
    ),
    Column(
        "sumber_dana",
        "funding_source",
        read_funding,
        ("sumber_pendanaan", "sumber_iuran", "sumber_pembiayaan", "pembayar"),
    ),
    Column("nama_ibu_kandung", "mother_maiden_name", aliases=("ibu_kandung", "nama_ibu")),
    Column(
        "no_kk",
        "kk_number",
        read_identifier,
        ("nomor_kk", "kk", "no_kartu_keluarga", "nomor_kartu_keluarga"),
    ),
    Column("dusun", "dusun", aliases=("nama_dusun",)),
    Column("desil", "decile", read_int, ("desil_dtsen", "desil_dtks")),
    Column("ahli_waris_nama", "next_of_kin_name", aliases=("nama_ahli_waris",)),
    Column("ahli_waris_hubungan", "next_of_kin_relation", aliases=("hubungan_ahli_waris",)),
    Column("ahli_waris_no_hp", "next_of_kin_phone", read_phone, ("no_hp_ahli_waris",)),
    Column("jabatan", "position", aliases=("posisi", "jabatan_perangkat")),
    Column("nomor_sk", "sk_number", aliases=("no_sk", "sk", "nomor_sk_pengangkatan")),
    Column("tanggal_sk", "sk_date", read_date, ("tgl_sk",)),
    Column("siltap", "siltap", read_amount, ("penghasilan_tetap", "gaji", "siltap_per_bulan")),
    Column("status_perkawinan", "marital_status", aliases=("status_kawin",)),
    Column("tanggal_mulai", "start_date", read_date, ("tgl_mulai", "mulai_kepesertaan")),
    Column("persetujuan", "consent", read_yes_no, ("persetujuan_data", "consent")),
)
COLUMNS = {column.name: column for column in _COLUMNS}

_IDENTITY = ("nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "no_hp", "alamat")
_EXTRA = ("no_kk", "dusun", "desil", "ahli_waris_nama", "ahli_waris_hubungan", "ahli_waris_no_hp")
_OURS = ("status_perkawinan", "tanggal_mulai", "persetujuan")

# Template order (the export writes these), then what a complete registration needs.
TEMPLATE: dict[Kind, tuple[str, ...]] = {
    Kind.WORKER: (
        *_IDENTITY,
        *("rt", "rw", "kode_desa", "pekerjaan", "penghasilan", "program", "periode_bayar"),
        *("sumber_dana", "nama_ibu_kandung", *_EXTRA, *_OURS),
    ),
    Kind.OFFICIAL: (
        *_IDENTITY,
        *("kode_desa", "jabatan", "nomor_sk", "tanggal_sk", "siltap", "program"),
        *("nama_ibu_kandung", "rt", "rw", *_EXTRA, *_OURS),
    ),
}
_REQUIRED_BOTH = ("nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat")
REQUIRED: dict[Kind, tuple[str, ...]] = {
    Kind.WORKER: (
        *_REQUIRED_BOTH,
        *("kode_desa", "pekerjaan", "penghasilan", "program", "periode_bayar", "sumber_dana"),
        "nama_ibu_kandung",
    ),
    Kind.OFFICIAL: (
        *_REQUIRED_BOTH,
        "kode_desa",
        "jabatan",
        "siltap",
        "program",
        "nama_ibu_kandung",
    ),
}
# A finding's PersonInput field as the template column it came from.
COLUMN_OF_FIELD = {column.field: column.name for column in _COLUMNS}


def header_key(header: str) -> str:
    """ "Tgl. Lahir (DD-MM-YYYY)*" -> "tgl_lahir": case, spacing and punctuation ignored."""
    text = re.sub(r"\(.*?\)|\[.*?\]|\*", " ", header.casefold())
    return re.sub(r"[^\w/]+", "_", text).strip("_")


def column_for_header(header: str, kind: Kind) -> str | None:
    """The template column a header names for ``kind``, or None."""
    key = header_key(header)
    for name in TEMPLATE[kind]:
        column = COLUMNS[name]
        if key == name or key in column.aliases:
            return name
    return None
