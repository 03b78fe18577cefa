"""Export officials, workers and sessions to CSV or XLSX (by the file's extension).

People are written in the import template's columns (:data:`import_columns.TEMPLATE`), so
an exported file imports again cleanly: every row is then skipped as unchanged. Two
columns the import ignores follow, for the reader: ``kpj`` and ``status``. Rows are read
a page at a time and written as they come: memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desa_desktop.core.domain.choices import Kind, label
from desa_desktop.core.domain.occupations import occupations
from desa_desktop.core.services.import_columns import COLUMNS, TEMPLATE
from desa_desktop.core.services.queries import PersonFilter, search_people
from desa_desktop.core.services.sessions import list_sessions
from desa_desktop.core.services.spreadsheet import Cell, write_rows
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration, Village

PAGE = 1000
EXTRA_COLUMNS = ("kpj", "status")
SESSION_COLUMNS = (
    "kode_desa",
    "nama_desa",
    "tanggal",
    "tempat",
    "fasilitator",
    "topik",
    "hadir",
    "hadir_terdaftar",
    "pendaftaran",
    "konversi_persen",
)


def people_columns(kind: Kind) -> list[str]:
    """The header row of an export of ``kind``."""
    return [*TEMPLATE[kind], *EXTRA_COLUMNS]


def _national(phone: str | None) -> str | None:
    """ "+6281234567890" -> "081234567890", as villages write it (and the import reads it)."""
    if phone and phone.startswith("+62"):
        return "0" + phone[3:]
    return phone


def _cell(column: str, record: Registration, names: dict[str, str]) -> Cell:
    if column == "persetujuan":
        return "ya" if record.consent_at is not None else "tidak"
    if column == "status":
        return label(record.status.value)
    if column == "kpj":
        return record.kpj
    value: Any = getattr(record, COLUMNS[column].field)
    if column == "pekerjaan" and value:
        return names.get(str(value), str(value))
    if column in ("no_hp", "ahli_waris_no_hp"):
        return _national(value)
    if hasattr(value, "value"):  # an enum: its template value
        return str(value.value)
    if value is None or isinstance(value, str | int | float | date):
        return value
    return str(value)


def _people(store: Store, wanted: PersonFilter, columns: list[str]) -> Iterator[list[Cell]]:
    names = {occupation.code: occupation.name for occupation in occupations()}
    offset = 0
    while page := search_people(store, wanted, sort="name", offset=offset, limit=PAGE):
        offset += len(page)
        uuids = [row.uuid for row in page]
        with store.read() as session:
            records = {
                r.uuid: r
                for r in session.scalars(select(Registration).where(Registration.uuid.in_(uuids)))
            }
        for uuid in uuids:
            if uuid in records:
                yield [_cell(column, records[uuid], names) for column in columns]


def export_people(
    store: Store, path: Path | str, kind: Kind, wanted: PersonFilter | None = None
) -> int:
    """Write the ``kind`` people matching ``wanted`` (the list's current filters) to
    ``path``, sorted by name; returns how many rows were written."""
    columns = people_columns(kind)
    chosen = replace(wanted or PersonFilter(), kind=kind)
    return write_rows(path, columns, _people(store, chosen, columns))


def export_sessions(store: Store, path: Path | str, village_code: str | None = None) -> int:
    """Write one row per socialization session (newest first) with its attendance and how
    many registrations it produced; returns how many rows were written."""
    with store.read() as session:
        villages = {
            code: name for code, name in session.execute(select(Village.code, Village.name))
        }
    rows = (
        [
            found.village_code,
            villages.get(found.village_code),
            found.held_on,
            found.place,
            found.facilitator,
            found.topic,
            found.attendance,
            sum(1 for attendee in found.attendees if attendee.registered),
            found.registrations_captured,
            found.conversion_percent,
        ]
        for found in list_sessions(store, village_code)
    )
    return write_rows(path, SESSION_COLUMNS, rows)
