"""Import officials or workers from a CSV or XLSX file in the template of DOMAIN.md.

Columns are matched by header (case, spacing and common variants ignored; see
:mod:`import_columns`). Every row is read (:mod:`import_rows`), validated with the same rules as a form
(:func:`validation.validate_person`), and then:

- a new NIK is registered (warnings such as a NIK birth-date mismatch are accepted,
  as if confirmed, and reported);
- a NIK already active in the same village, of the same kind, is updated when the
  file's values differ (columns absent from the file keep their stored values) and
  skipped when they do not, so re-importing a file never duplicates anyone;
- anything else is rejected with its findings: an error, the NIK active in another
  village or as the other kind, an inactive record's NIK, an unserved village, the
  NIK repeated in the file, a person whose consent to data processing is neither in the
  ``persetujuan`` column nor attested for the whole file (``consent_on_paper``).

Rows stream in batches of :data:`BATCH_ROWS`, each batch one transaction holding every
saved row's record, audit entry and outbox entry: a row is saved whole or not at all,
and memory stays bounded whatever the file's length. A file that cannot be read at all
raises :class:`UnusableFile` before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desa_desktop.core import i18n
from desa_desktop.core.domain.choices import Kind
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.changes import Changes
from desa_desktop.core.services.import_columns import (
    COLUMN_OF_FIELD,
    REQUIRED,
    TEMPLATE,
    column_for_header,
    header_key,
)
from desa_desktop.core.services.import_rows import (
    Assessment,
    Job,
    Outcome,
    Row,
    assess,
    parse_row,
    stored_by_nik,
    write_batch,
)
from desa_desktop.core.services.registrations import ENTITY
from desa_desktop.core.services.spreadsheet import (
    Cell,
    Sheet,
    UnusableFile,
    is_blank,
    open_sheet,
    sheet_names,
    write_rows,
)
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Village

__all__ = [
    "BATCH_ROWS",
    "ERROR_COLUMN",
    "HeaderMatch",
    "ImportReport",
    "Preview",
    "PreviewRow",
    "RowProblem",
    "UnusableFile",
    "import_file",
    "match_headers",
    "preview",
    "write_rejects",
]

BATCH_ROWS = 500
ERROR_COLUMN = "kesalahan"
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class HeaderMatch:
    """Which file column fills which template column, and what is missing or left over."""

    mapping: dict[str, int]  # template column -> index in the file's header row
    missing_required: list[str]
    unknown: list[str]  # the file's headers no template column claims: ignored
    missing_optional: list[str] = field(default_factory=list)


def match_headers(headers: Sequence[str], kind: Kind) -> HeaderMatch:
    """Match a header row to ``kind``'s template; the first of two claimants wins."""
    mapping: dict[str, int] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        name = column_for_header(header, kind) if header.strip() else None
        if name is None or name in mapping:
            if header.strip():
                unknown.append(header)
            continue
        mapping[name] = index
    return _match(headers, kind, mapping, unknown)


def _match(
    headers: Sequence[str], kind: Kind, mapping: dict[str, int], unknown: list[str]
) -> HeaderMatch:
    required = REQUIRED[kind]
    return HeaderMatch(
        mapping,
        [name for name in required if name not in mapping],
        unknown,
        [name for name in TEMPLATE[kind] if name not in mapping and name not in required],
    )


def _chosen_match(
    headers: Sequence[str], kind: Kind, mapping: Mapping[str, int] | None
) -> HeaderMatch:
    if mapping is None:
        return match_headers(headers, kind)
    chosen = {
        name: index
        for name, index in mapping.items()
        if name in TEMPLATE[kind] and 0 <= index < len(headers)
    }
    used = set(chosen.values())
    unknown = [h for i, h in enumerate(headers) if i not in used and h.strip()]
    return _match(headers, kind, chosen, unknown)


@dataclass(frozen=True)
class RowProblem:
    """One finding about one row: spreadsheet row (header = 1), template column, message."""

    row_number: int
    field: str
    message_id: str
    message_en: str
    code: str = ""
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def message(self, lang: str = i18n.DEFAULT_LANG) -> str:
        return self.message_en if lang == "en" else self.message_id


def _problem(row_number: int, issue: Issue) -> RowProblem:
    return RowProblem(
        row_number,
        COLUMN_OF_FIELD.get(issue.field, issue.field),
        issue.message("id"),
        issue.message("en"),
        issue.code,
        issue.severity,
    )


@dataclass
class ImportReport:
    """What an import did. ``problems`` holds every rejected row's errors and the warnings
    accepted on saved rows; ``rejected_rows`` the rejected rows as read (header -> cell)."""

    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    rejected_rows: list[dict[str, Cell]] = field(default_factory=list)
    rejected_row_numbers: list[int] = field(default_factory=list)
    updated_rows: list[int] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    village_codes: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        """The summary views refresh from (lists are reloaded whole after an import)."""
        return Changes(ENTITY, (), tuple(sorted(self.village_codes)))

    def summary(self) -> str:
        return (
            f"imported {self.imported}, updated {self.updated}, "
            f"skipped {self.skipped}, rejected {self.rejected}"
        )


def _record(report: ImportReport, row: Row, found: Assessment) -> None:
    if found.outcome == "rejected":
        report.rejected += 1
        cells = row.cells + [None] * (len(report.headers) - len(row.cells))
        report.rejected_rows.append(dict(zip(report.headers, cells, strict=False)))
        report.rejected_row_numbers.append(row.number)
    elif found.outcome == "same":
        report.skipped += 1
        report.skipped_rows.append(row.number)
        return  # a row left as it was reports nothing
    else:
        if found.outcome == "new":
            report.imported += 1
        else:
            report.updated += 1
            report.updated_rows.append(row.number)
        report.village_codes.add(found.values["village_code"])
    report.problems += [_problem(row.number, issue) for issue in found.issues]


def _unique_headers(headers: Sequence[str]) -> list[str]:
    unique: list[str] = []
    for index, header in enumerate(headers):
        name = header or f"kolom_{index + 1}"
        while name in unique:
            name = f"{name} ({index + 1})"
        unique.append(name)
    return unique


def _batches(rows: Iterator[tuple[int, list[Cell]]], size: int) -> Iterator[list[Any]]:
    while batch := list(islice(rows, size)):
        yield batch


def _header_score(kind: Kind) -> Callable[[list[str]], int]:
    """How many template columns a row names: the header is the row naming most."""
    return lambda headers: len(match_headers(headers, kind).mapping)


def _pick_sheet(path: Path, kind: Kind) -> str | None:
    """An XLSX's first worksheet holding every required column (else its active sheet)."""
    names = sheet_names(path)
    if len(names) < 2:
        return None
    for name in names:
        try:
            with open_sheet(path, name, header_score=_header_score(kind)) as sheet:
                if not match_headers(sheet.headers, kind).missing_required:
                    return name
        except UnusableFile:
            continue
    return None


def _open(path: Path, kind: Kind) -> AbstractContextManager[Sheet]:
    return open_sheet(path, _pick_sheet(path, kind), header_score=_header_score(kind))


def _template_rows(
    rows: Iterator[tuple[int, list[Cell]]], match: HeaderMatch
) -> Iterator[tuple[int, list[Cell]]]:
    """Rows with something in a template column (a numbered but empty row is no person)."""
    for number, cells in rows:
        if any(i < len(cells) and not is_blank(cells[i]) for i in match.mapping.values()):
            yield number, cells


def _served(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Village.code)))


def import_file(
    store: Store,
    path: Path | str,
    kind: Kind,
    operator: str,
    *,
    mapping: Mapping[str, int] | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    consent_on_paper: bool = False,
) -> ImportReport:
    """Import every row of ``path`` as ``kind``; see the module's description.

    ``mapping`` (template column -> file column index) replaces the header matching, as
    the wizard lets a person fix it. ``progress(done, total)`` is called after each batch;
    total is None when the file cannot tell. ``consent_on_paper``: the operator attests that
    every person in the file agreed to data processing on a signed paper form; consent is
    then recorded as taken by ``operator`` now (a row saying "tidak" is still rejected).
    Raises :class:`UnusableFile` (nothing saved) when the file cannot be read or required
    columns are missing.
    """
    path = Path(path)
    job = Job(store, kind, operator, today or date.today(), _served(store), consent_on_paper)
    with _open(path, kind) as sheet:
        match = _chosen_match(sheet.headers, kind, mapping)
        if match.missing_required:
            raise UnusableFile("import.missing_columns", columns=", ".join(match.missing_required))
        report = ImportReport(headers=_unique_headers(sheet.headers))
        seen: dict[str, int] = {}
        done = 0
        if progress is not None:
            progress(0, sheet.total)
        for batch in _batches(_template_rows(sheet.rows(), match), BATCH_ROWS):
            rows = [parse_row(number, cells, match.mapping) for number, cells in batch]
            try:
                results = write_batch(job, rows, seen, per_row=False)
            except SQLAlchemyError:
                results = write_batch(job, rows, seen, per_row=True)
            for row, found in zip(rows, results, strict=True):
                _record(report, row, found)
            done += len(batch)
            if progress is not None and done != sheet.total:
                progress(done, None if sheet.total is None else max(sheet.total, done))
    if done == 0:
        raise UnusableFile("import.no_rows")
    if progress is not None:
        progress(done, done)
    return report


@dataclass(frozen=True)
class PreviewRow:
    """One row as the import would treat it: its template values, outcome and findings."""

    row_number: int
    values: dict[str, Cell]  # template column -> cell as read
    outcome: Outcome
    problems: list[RowProblem]


@dataclass(frozen=True)
class Preview:
    """The first rows of a file, assessed without saving anything."""

    headers: list[str]
    match: HeaderMatch
    rows: list[PreviewRow]
    total: int | None


def preview(
    path: Path | str,
    kind: Kind,
    *,
    limit: int = 20,
    mapping: Mapping[str, int] | None = None,
    store: Store | None = None,
    today: date | None = None,
    consent_on_paper: bool = False,
) -> Preview:
    """Read and validate the first ``limit`` rows; nothing is saved.

    With ``store`` the rows are also checked against what is stored (served villages, a
    NIK held elsewhere) and each row's outcome says whether it would be new, an update,
    unchanged or rejected; ``consent_on_paper`` as for :func:`import_file`. Missing required
    columns do not raise here: ``match`` says so.
    """
    path = Path(path)
    day = today or date.today()
    with _open(path, kind) as sheet:
        match = _chosen_match(sheet.headers, kind, mapping)
        served = _served(store) if store is not None else None
        seen: dict[str, int] = {}
        rows: list[PreviewRow] = []
        batch = [
            parse_row(number, cells, match.mapping)
            for number, cells in islice(_template_rows(sheet.rows(), match), limit)
        ]
        with store.read() if store is not None else nullcontext() as session:
            stored = (
                stored_by_nik(session, [row.nik for row in batch if row.nik]) if session else None
            )
            for row in batch:
                found = assess(
                    row,
                    kind,
                    day,
                    served=served,
                    seen=seen,
                    stored=None if stored is None else stored.get(row.nik, ()),
                    consent_on_paper=consent_on_paper,
                )
                if row.nik and found.outcome != "rejected":
                    seen[row.nik] = row.number
                number, cells = row.number, row.cells
                shown = {n: cells[i] if i < len(cells) else None for n, i in match.mapping.items()}
                problems = [_problem(number, issue) for issue in found.issues]
                rows.append(PreviewRow(number, shown, found.outcome, problems))
        return Preview(list(sheet.headers), match, rows, sheet.total)


def _rejects(report: ImportReport, headers: list[str], lang: str) -> Iterable[list[Cell]]:
    errors: dict[int, list[RowProblem]] = {}
    for problem in report.problems:
        if problem.is_error:
            errors.setdefault(problem.row_number, []).append(problem)
    for number, original in zip(report.rejected_row_numbers, report.rejected_rows, strict=True):
        explained = "; ".join(f"{p.field}: {p.message(lang)}" for p in errors.get(number, []))
        yield [*(original.get(h) for h in headers), f"{number}: {explained}"]


def write_rejects(report: ImportReport, path: Path | str, *, lang: str = "id") -> int:
    """Save the rejected rows, as read, to a CSV or XLSX file (by extension) with an extra
    ``kesalahan`` column explaining each; fixed, the file imports like the original."""
    headers = [h for h in report.headers if header_key(h) != ERROR_COLUMN]  # an older one
    return write_rows(path, [*headers, ERROR_COLUMN], _rejects(report, headers, lang))
