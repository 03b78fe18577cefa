"""Finding people: search, filter, sort and page in SQL, returning plain rows.

Views never see ORM objects or sessions: they get frozen rows, a page at a time,
so 100,000 registrations cost no more than the page on screen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services.errors import refuse
from desa_desktop.core.services.name_search import (
    TRIGRAM,
    contains,
    many_match,
    matching_ids,
    name_count,
    name_page,
)
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


def _name_fragment(wanted: PersonFilter) -> str | None:
    """The folded name fragment searched for, when it is long enough for the trigram index."""
    text = wanted.text.strip()
    if not text or text.replace(" ", "").replace(".", "").isdigit():
        return None
    folded = name_key(text)
    return folded if len(folded) >= TRIGRAM else None


def _filtered(query: Select[Any], wanted: PersonFilter) -> Select[Any]:
    text = wanted.text.strip()
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit():
        # NIK prefix as a range, so the NIK index answers it
        query = query.where(Registration.nik >= digits, Registration.nik < digits + ":")
    elif text:
        folded = name_key(text)
        if len(folded) >= TRIGRAM:
            # The trigram index narrows to the candidates; the LIKE keeps the exact meaning.
            query = query.where(Registration.id.in_(matching_ids(folded)))
        query = query.where(contains(folded))
    for column, value in (
        (Registration.kind, wanted.kind),
        (Registration.village_code, wanted.village_code),
        (Registration.status, wanted.status),
        (Registration.sync_state, wanted.sync_state),
    ):
        if value is not None:
            query = query.where(column == value)
    return query


def _name_index_kinds(wanted: PersonFilter) -> list[Kind] | None:
    """The kinds searched for, when the name index alone can answer ``wanted`` (see
    :mod:`name_search`): no filter on a column outside it."""
    if any(v is not None for v in (wanted.village_code, wanted.status, wanted.sync_state)):
        return None
    return [wanted.kind] if wanted.kind else list(Kind)


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
    key = _name_fragment(wanted)
    with store.read() as session:
        # Plain rows: read on the connection, without the ORM's result machinery.
        connection = session.connection()
        kinds = _name_index_kinds(wanted) if sort == "name" and not descending else None
        if key and kinds and many_match(session, key):
            ids = name_page(session, key, kinds, offset, limit)
            query = select(*ROW_COLUMNS, Registration.id).where(Registration.id.in_(ids))
            by_id = {row[-1]: PersonRow(*row[:-1]) for row in connection.execute(query)}
            return [by_id[row_id] for row_id in ids]
        order = [column.desc() if descending else column.asc(), Registration.id]
        query = _filtered(select(*ROW_COLUMNS), wanted).order_by(*order)
        return [PersonRow(*row) for row in connection.execute(query.offset(offset).limit(limit))]


def count_people(store: Store, wanted: PersonFilter = PersonFilter()) -> int:
    """How many people match ``wanted``."""
    key = _name_fragment(wanted)
    with store.read() as session:
        kinds = _name_index_kinds(wanted)
        if key and kinds and many_match(session, key):
            return name_count(session, key, kinds)
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
