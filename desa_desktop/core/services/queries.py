"""Finding people: search, filter, sort and page in SQL, returning plain rows.

Views never see ORM objects or sessions: they get frozen rows, a page at a time,
so 100,000 registrations cost no more than the page on screen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, literal_column, select, text

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services.errors import refuse
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import AuditEntry, Registration

PAGE_SIZE = 100
SORTS = {
    "name": Registration.name_key,
    "nik": Registration.nik,
    "village": Registration.village_code,
    "status": Registration.status,
    "sync_state": Registration.sync_state,
    "created_at": Registration.created_at,
    "updated_at": Registration.updated_at,
}


@dataclass(frozen=True)
class PersonFilter:
    """What the user asked for. ``text`` is a name fragment or the start of a NIK."""

    text: str = ""
    kind: Kind | None = None
    village_code: str | None = None
    status: Status | None = None
    sync_state: SyncState | None = None


@dataclass(frozen=True)
class PersonRow:
    """One line of a list."""

    uuid: str
    kind: Kind
    nik: str
    name: str
    village_code: str
    position: str | None
    occupation: str | None
    status: Status
    sync_state: SyncState
    kpj: str | None
    updated_at: datetime


ROW_COLUMNS = [getattr(Registration, f.name) for f in fields(PersonRow)]


# The FTS5 trigram index over name_key (migration 0004): trigrams need 3 characters.
NAME_INDEX = "registration_name_fts"
TRIGRAM = 3


def _name_index_match(key: str) -> Any:
    """Rows whose name_key contains ``key``, found through the trigram index."""
    phrase = '"' + key.replace('"', '""') + '"'
    found: Any = (
        select(literal_column("rowid"))
        .select_from(text(NAME_INDEX))
        .where(literal_column(NAME_INDEX).op("MATCH")(phrase))
    )
    return Registration.id.in_(found)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query: Select[Any], wanted: PersonFilter) -> Select[Any]:
    text = wanted.text.strip()
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit():
        # NIK prefix as a range, so the NIK index answers it
        query = query.where(Registration.nik >= digits, Registration.nik < digits + ":")
    elif text:
        folded = name_key(text)
        if len(folded) >= TRIGRAM:
            # The index narrows to the candidates; the LIKE below keeps the exact meaning.
            query = query.where(_name_index_match(folded))
        key = _escape_like(folded)
        query = query.where(Registration.name_key.like(f"%{key}%", escape="\\"))
    for column, value in (
        (Registration.kind, wanted.kind),
        (Registration.village_code, wanted.village_code),
        (Registration.status, wanted.status),
        (Registration.sync_state, wanted.sync_state),
    ):
        if value is not None:
            query = query.where(column == value)
    return query


def search_people(
    store: Store,
    wanted: PersonFilter = PersonFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[PersonRow]:
    """One page of people matching ``wanted``, sorted by ``sort`` (see ``SORTS``)."""
    column = SORTS[sort]
    order = [column.desc() if descending else column.asc(), Registration.id]
    query = _filtered(select(*ROW_COLUMNS), wanted).order_by(*order).offset(offset).limit(limit)
    with store.read() as session:
        return [PersonRow(*row) for row in session.execute(query)]


def count_people(store: Store, wanted: PersonFilter = PersonFilter()) -> int:
    """How many people match ``wanted``."""
    with store.read() as session:
        return session.scalar(_filtered(select(func.count(Registration.id)), wanted)) or 0


@dataclass(frozen=True)
class PersonRecord:
    """Everything stored about one registration, as plain values."""

    values: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])

    @property
    def version(self) -> int:
        return int(self.values["version"])


def get_person(store: Store, uuid: str) -> PersonRecord:
    """One registration with every stored field."""
    with store.read() as session:
        record = session.scalar(select(Registration).where(Registration.uuid == uuid))
        if record is None:
            raise refuse("uuid", "registration.not_found")
        return PersonRecord(record.column_values())


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    operator: str
    action: str
    version: int | None
    changes: dict[str, list[Any]]


def person_history(store: Store, uuid: str) -> list[HistoryRow]:
    """What happened to one registration, oldest first, from the audit log."""
    with store.read() as session:
        entries = session.execute(
            select(
                AuditEntry.at,
                AuditEntry.operator,
                AuditEntry.action,
                AuditEntry.version,
                AuditEntry.changes,
            )
            .where(AuditEntry.entity_uuid == uuid)
            .order_by(AuditEntry.id)
        ).all()
    return [
        HistoryRow(at, operator, action, version, json.loads(changes) if changes else {})
        for at, operator, action, version, changes in entries
    ]
