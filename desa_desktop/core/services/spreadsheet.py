"""Reading and writing spreadsheets (CSV and XLSX) as streams of rows, in bounded memory.

Reading detects what a village laptop meets in practice: CSV separated by commas,
semicolons (Indonesian Excel) or tabs, encoded UTF-8 (with or without BOM), UTF-16
(Excel's "Unicode text"), Windows-1252 or Latin-1; XLSX through openpyxl's read-only
mode with the values Excel last computed for formulas. A file that is none of these
(binary data, an old .xls, a PDF) is refused with :class:`UnusableFile` before any
row is handed out. Cells come out as ``str``, ``int``, ``float``, ``date`` or None:
numbers stay numbers (the importer decides whether a number may be a NIK), Excel
date cells become dates.

Writing produces CSV in UTF-8 with a BOM (so Excel opens it with the right letters) or
XLSX through openpyxl's write-only mode, chosen by the file's extension.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any, cast

from desa_desktop.core import i18n

Cell = str | int | float | date | None
HeaderScore = Callable[[list[str]], int]
HEADER_SEARCH = 10  # rows searched for the header when titles sit above the table
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")
_SAMPLE = 64 * 1024
_CHUNK = 1024 * 1024
# Control characters a text file never holds (tab, newlines and form feed excepted).
_CONTROLS = frozenset(chr(c) for c in (*range(0, 9), 11, *range(14, 32), 127, *range(128, 160)))
_SIGNATURES = {
    b"PK\x03\x04": "import.zip_as_csv",
    b"\xd0\xcf\x11\xe0": "import.old_excel",
    b"%PDF": "import.binary",
    b"\x89PNG": "import.binary",
    b"\xff\xd8\xff": "import.binary",
}


class UnusableFile(Exception):
    """The file as a whole cannot be read as a spreadsheet of people; nothing was saved."""

    def __init__(self, code: str, /, **params: str | int) -> None:
        self.code = code
        self.params = params
        self.message_id = i18n.message(code, "id", **params)
        self.message_en = i18n.message(code, "en", **params)
        super().__init__(self.message_en)

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The explanation in ``lang`` ("id" or "en")."""
        return self.message_en if lang == "en" else self.message_id


@dataclass
class Sheet:
    """An open spreadsheet: its header row, a row count when known, and its data rows."""

    headers: list[str]
    total: int | None  # data rows (may count trailing blank rows of an XLSX); None if unknown
    _rows: Iterator[tuple[int, list[Cell]]]

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """``(spreadsheet row number, cells)`` for each non-blank data row; the header is row 1."""
        return self._rows


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell: Cell) -> str:
    """A cell as the text a person would read: integral numbers without ".0", dates ISO."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def _header_text(cell: Cell) -> str:
    return cell_text(cell).replace("\ufeff", "").strip()


def _kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix == ".xls":
        raise UnusableFile("import.old_excel")
    raise UnusableFile("import.file_type", suffix=suffix or "-")


# --- CSV -----------------------------------------------------------------------------


def _whole_file_decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path) -> str:
    """The text encoding of a CSV file, or :class:`UnusableFile` when it is not text."""
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE)
    if not head.strip():
        raise UnusableFile("import.empty")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        for signature, code in _SIGNATURES.items():
            if head.startswith(signature):
                raise UnusableFile(code)
        if b"\x00" in head:
            raise UnusableFile("import.binary")
        encoding = next(
            (name for name in ("utf-8-sig", "cp1252") if _whole_file_decodes(path, name)),
            "latin-1",
        )
    if encoding == "utf-16" and not _whole_file_decodes(path, encoding):
        raise UnusableFile("import.encoding")
    sample = head.decode(encoding, errors="ignore")
    if sample and sum(ch in _CONTROLS for ch in sample) > max(2, len(sample) // 1000):
        raise UnusableFile("import.binary")
    return encoding


def _split_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _csv_dialect(lines: list[str]) -> tuple[str, bool]:
    """(delimiter, whether the first line is Excel's ``sep=X`` hint and must be skipped).

    The delimiter is the one a line of the first few uses most: the header row's, even
    when a title line sits above it.
    """
    first = lines[0].strip().lstrip("\ufeff") if lines else ""
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], True
    counts = {
        d: max((_split_outside_quotes(line, d) for line in lines), default=0) for d in DELIMITERS
    }
    best = max(DELIMITERS, key=lambda d: counts[d])
    return (best if counts[best] else ","), False


def _csv_records(path: Path, encoding: str) -> Iterator[list[str]]:
    with path.open("r", encoding=encoding, newline="") as handle:
        delimiter, hint = _csv_dialect(list(islice(handle, HEADER_SEARCH * 2)))
        handle.seek(0)
        if hint:
            handle.readline()
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            yield from reader
        except csv.Error as error:
            raise UnusableFile("import.csv_broken", line=reader.line_num) from error


def _csv_rows(path: Path, encoding: str) -> Iterator[tuple[int, list[Cell]]]:
    for number, record in enumerate(_csv_records(path, encoding), start=1):
        cells: list[Cell] = [value.strip() or None for value in record]
        if not all(cell is None for cell in cells):
            yield number, cells


@contextmanager
def _open_csv(path: Path, score: HeaderScore | None) -> Iterator[Sheet]:
    encoding = detect_encoding(path)
    rows = sum(1 for _ in _csv_rows(path, encoding))  # a first pass: the file is whole
    yield _with_header(_csv_rows(path, encoding), rows, score, exact=True)


def _with_header(
    rows: Iterator[tuple[int, list[Cell]]], total: int, score: HeaderScore | None, *, exact: bool
) -> Sheet:
    """The sheet under its header row: the first row, or with ``score`` the best-scoring of
    the first :data:`HEADER_SEARCH` rows (titles above a table are common)."""
    head = list(islice(rows, HEADER_SEARCH if score else 1))
    if not head:
        raise UnusableFile("import.empty")
    index = 0
    if score is not None:
        scores = [score([_header_text(cell) for cell in cells]) for _, cells in head]
        index = max(range(len(head)), key=lambda i: (scores[i], -i))
    number, cells = head[index]
    headers = [_header_text(cell) for cell in cells]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise UnusableFile("import.empty")
    left = total - index - 1 if exact else total - number
    return Sheet(headers, max(left, 0), chain(head[index + 1 :], rows))


# --- XLSX ----------------------------------------------------------------------------


def _xlsx_cell(value: Any) -> Cell:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float | date) or value is None:
        return value
    return str(value)  # a time of day or anything else: as text


def _load_workbook(path: Path) -> Any:
    from openpyxl import load_workbook  # imported when an XLSX is opened

    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnusableFile("import.old_excel")
    if not head.startswith(b"PK"):
        raise UnusableFile("import.xlsx_broken")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a bad zip, missing parts, openpyxl's InvalidFileException...
        raise UnusableFile("import.xlsx_broken") from error


def sheet_names(path: Path) -> list[str]:
    """The worksheet names of an XLSX file, in workbook order (a CSV has one, "")."""
    if _kind_of(path) == "csv":
        return [""]
    workbook = _load_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _xlsx_rows(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, list[Cell]]]:
    number = 0
    while True:
        try:
            values = next(rows, None)
        except Exception as error:  # a damaged sheet part found mid-way
            raise UnusableFile("import.xlsx_broken") from error
        if values is None:
            return
        number += 1
        cells = [_xlsx_cell(value) for value in values]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            yield number, cells


@contextmanager
def _open_xlsx(path: Path, sheet: str | None, score: HeaderScore | None) -> Iterator[Sheet]:
    workbook = _load_workbook(path)
    try:
        if sheet and sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.active or workbook.worksheets[0]
        rows = _xlsx_rows(worksheet.iter_rows(values_only=True))
        max_row = worksheet.max_row  # from the sheet's dimension: may count blank rows
        found = _with_header(rows, max_row if isinstance(max_row, int) else 0, score, exact=False)
        if not isinstance(max_row, int):
            found.total = None
        yield found
    finally:
        workbook.close()


@contextmanager
def open_sheet(
    path: Path | str, sheet: str | None = None, *, header_score: HeaderScore | None = None
) -> Iterator[Sheet]:
    """Open a CSV or XLSX file for streaming; ``sheet`` picks an XLSX worksheet by name.

    The header is the first non-blank row, or with ``header_score`` (how many known column
    names a row holds) the best of the first rows. Raises :class:`UnusableFile` for a
    missing file, another format, binary content, an undecodable text, or no header row.
    """
    path = Path(path)
    kind = _kind_of(path)
    if not path.is_file():
        raise UnusableFile("import.not_found", path=str(path))
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as error:  # locked by Excel, no permission...
        raise UnusableFile("import.unreadable", reason=error.strerror or str(error)) from error
    opener = (
        _open_csv(path, header_score) if kind == "csv" else _open_xlsx(path, sheet, header_score)
    )
    with opener as opened:
        yield opened


# --- Writing -------------------------------------------------------------------------


def _csv_value(cell: Cell) -> str:
    return cell_text(cell)


def write_rows(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write ``headers`` then ``rows`` to a CSV or XLSX file (by extension); returns the row count.

    Rows are consumed one at a time, so a generator over a paged query stays in bounded
    memory. Text stays text in XLSX (a NIK never turns into a number); dates are dates.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _write_csv(path, headers, rows)
    if suffix in XLSX_SUFFIXES:
        return _write_xlsx(path, headers, rows)
    raise UnusableFile("export.file_type", suffix=suffix or "-")


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(cell) for cell in row])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet("data")
    bold = Font(bold=True)
    header_cells = []
    for name in headers:
        cell = WriteOnlyCell(worksheet, value=name)
        cell.font = bold
        header_cells.append(cell)
    worksheet.append(header_cells)
    count = 0
    try:
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(worksheet, value=cast(Any, value))  # dates are fine
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(value, str):
                    cell.number_format = "@"  # text: Excel keeps a NIK's 16 digits
                cells.append(cell)
            worksheet.append(cells)
            count += 1
        workbook.save(path)
    except BaseException:
        # Close the sheet's temporary writer so a failed export leaves nothing open behind.
        with contextlib.suppress(Exception):
            worksheet.close()
        raise
    return count
