"""How an import row becomes a saved registration: read, assessed against the store, written.

A row is assessed with the same rules as a form (:func:`validation.validate_person`) and
against what is stored under its NIK, giving one outcome: ``new``, ``update``, ``same``
or ``rejected``. A person's consent to data processing comes from the row's ``persetujuan``
cell, else from the importing operator's attestation that everyone in the file agreed on
paper, else from the stored record; a row without it is rejected. A batch of rows is then
written in one transaction with what :func:`registrations.register` and
:func:`registrations.edit` write (record, audit entry, outbox entry), new records by bulk
INSERTs: 50,000 rows each committed on their own would wait on 50,000 durable commits. If
a batch fails as a whole it is written again with one savepoint per row, so only the row
at fault is lost and reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from typing import Any, Literal

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Kind, Status, SyncState
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.domain.regions import normalize_village_code
from desa_desktop.core.services.changes import audit, diff, enqueue, touch
from desa_desktop.core.services.import_columns import COLUMNS
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.registrations import AFTER_EDIT, ENTITY, duplicate_issue
from desa_desktop.core.services.spreadsheet import Cell, cell_text
from desa_desktop.core.services.validation import validate_person
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Registration, new_uuid
from desa_desktop.core.timestamps import utcnow

Outcome = Literal["new", "update", "same", "rejected"]


@dataclass
class Row:
    """One spreadsheet row as read: its cells and the PersonInput values they gave."""

    number: int  # spreadsheet row number; the header is row 1
    cells: list[Cell]
    values: dict[str, Any]  # PersonInput field -> value, for the mapped columns
    issues: list[Issue]  # cells that could not be read
    nik: str = ""  # the NIK's 16 digits (spaces, dots and dashes ignored), or ""


@dataclass
class Assessment:
    """What saving a row would do, with every finding (errors first)."""

    outcome: Outcome
    issues: list[Issue]
    values: dict[str, Any]  # clean column values from validation
    data: PersonInput
    record: Registration | None = None


def parse_row(number: int, cells: list[Cell], mapping: Mapping[str, int]) -> Row:
    """Read the mapped cells (template column -> index) into PersonInput values."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    for name, index in mapping.items():
        column = COLUMNS[name]
        value, issue = column.read(cells[index] if index < len(cells) else None, column.field)
        values[column.field] = value
        if issue is not None:
            issues.append(issue)
    nik = "".join(ch for ch in str(values.get("nik") or "") if ch not in " .-")
    return Row(number, cells, values, issues, nik if len(nik) == 16 and nik.isdigit() else "")


def stored_by_nik(session: Session, niks: Sequence[str]) -> dict[str, list[Registration]]:
    """Every stored registration (active or not) holding one of ``niks``, by NIK."""
    found: dict[str, list[Registration]] = {nik: [] for nik in niks}
    if niks:
        query = select(Registration).where(Registration.nik.in_(set(niks)))
        for record in session.scalars(query):
            found[record.nik].append(record)
    return found


def _existing(
    row: Row, kind: Kind, stored: Sequence[Registration], issues: list[Issue]
) -> Registration | None:
    """The record this row is about: the NIK's active record in the row's village, else its
    inactive one there (for a row left unchanged); a finding when the NIK is taken otherwise."""
    active = next((r for r in stored if r.status is not Status.INACTIVE), None)
    village, _ = normalize_village_code(cell_text(row.values.get("village_code")))
    if active is None:
        return next((r for r in stored if (r.village_code, r.kind) == (village, kind)), None)
    if village is None:
        return None  # the village code itself is refused by validation
    if village != active.village_code:
        issues.append(duplicate_issue(active))
        return None
    if active.kind is not kind:
        issues.append(Issue.error("nik", f"import.is_{active.kind.value}", name=active.name))
        return None
    return active


def _input_from(record: Registration) -> PersonInput:
    values: dict[str, Any] = {}
    for item in fields(PersonInput):
        if item.name != "consent":
            value = getattr(record, item.name)
            plain = isinstance(value, Enum) and item.name != "kind"
            values[item.name] = value.value if plain else value
    return PersonInput(**values, consent=record.consent_at is not None)


def assess(
    row: Row,
    kind: Kind,
    today: date,
    *,
    served: set[str] | None,
    seen: Mapping[str, int],
    stored: Sequence[Registration] | None,
    consent_on_paper: bool = False,
) -> Assessment:
    """Judge one row. ``served``/``stored`` None: the store is not consulted (a bare preview).

    ``seen`` maps the NIKs of earlier rows of the file to their row numbers. Columns the file
    lacks keep an existing record's values; a new record's membership starts ``today``
    unless the file says otherwise.
    """
    issues = list(row.issues)
    if row.nik in seen:
        issues.append(Issue.error("nik", "import.duplicate_in_file", row=seen[row.nik]))
    record = _existing(row, kind, stored, issues) if stored else None
    data = _input_from(record) if record else PersonInput(kind, "", "", "", start_date=today)
    for name, value in row.values.items():
        setattr(data, name, value)
    if row.values.get("consent") is None:  # the file does not say ("tidak" is never overruled)
        data.consent = consent_on_paper or (record is not None and record.consent_at is not None)
    if record is None and data.start_date is None:
        data.start_date = today
    values, found = validate_person(data, today=today)
    unreadable = {issue.field for issue in row.issues}
    issues += [issue for issue in found if issue.field not in unreadable]
    code = values.get("village_code")
    if served is not None and code and code not in served:
        issues.insert(0, Issue.error("village_code", "village.not_served", code=code))
    issues = sorted(dict.fromkeys(issues), key=lambda issue: not issue.is_error)
    if any(issue.is_error for issue in issues):
        return Assessment("rejected", issues, values, data)
    if record is None:
        return Assessment("new", issues, values, data)
    changed = diff(record, {k: v for k, v in values.items() if k != "kind"})
    if not (changed or record.consent_at is None):
        return Assessment("same", issues, values, data, record)
    if record.status is Status.INACTIVE:  # a deceased or exited person's data stays as it was
        inactive = Issue.error("nik", "import.inactive", name=record.name)
        return Assessment("rejected", [inactive, *issues], values, data)
    return Assessment("update", issues, values, data, record)


def _json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class _NewRows:
    """The INSERTs of new registrations waiting for the end of a batch."""

    registrations: list[dict[str, Any]]
    audits: list[dict[str, Any]]
    outbox: list[dict[str, Any]]

    def add(self, found: Assessment, operator: str) -> None:
        values, now, uuid = found.values, utcnow(), new_uuid()
        self.registrations.append(
            {
                **values,
                "name_key": name_key(values["name"]),
                "uuid": uuid,
                "version": 1,
                "status": Status.READY,
                "sync_state": SyncState.PENDING,
                "created_at": now,
                "created_by": operator,
                "updated_at": now,
                "updated_by": operator,
                "consent_at": now,  # a row without consent is rejected
                "consent_by": operator,
            }
        )
        changes = {k: [None, v] for k, v in values.items() if v is not None}
        self.audits.append(
            {
                "at": now,
                "operator": operator,
                "action": "register",
                "entity": ENTITY,
                "entity_uuid": uuid,
                "version": 1,
                "changes": json.dumps(changes, ensure_ascii=False, default=_json_default),
            }
        )
        self.outbox.append(
            {"entity": ENTITY, "entity_uuid": uuid, "version": 1, "created_at": now, "attempts": 0}
        )

    def write(self, session: Session) -> None:
        for model, rows in (
            (Registration, self.registrations),
            (AuditEntry, self.audits),
            (OutboxEntry, self.outbox),
        ):
            if rows:
                session.execute(insert(model), rows)
        self.registrations, self.audits, self.outbox = [], [], []


def _update(session: Session, found: Assessment, operator: str) -> None:
    """What :func:`registrations.edit` writes, inside the batch's transaction."""
    record = found.record
    assert record is not None
    values = {k: v for k, v in found.values.items() if k != "kind"}
    values["name_key"] = name_key(values["name"])
    if record.consent_at is None:  # consent recorded once keeps its time and operator
        values.update(consent_at=utcnow(), consent_by=operator)
    new_status = AFTER_EDIT.get(record.status, record.status)
    changed = diff(record, {**values, "status": new_status})
    changed.pop("name_key", None)
    for name, value in values.items():
        setattr(record, name, value)
    record.status = new_status
    touch(record, operator)
    audit(
        session,
        operator=operator,
        action="edit",
        entity=ENTITY,
        entity_uuid=record.uuid,
        version=record.version,
        changes=changed,
    )
    enqueue(session, ENTITY, record)


@dataclass(frozen=True)
class Job:
    """One import's fixed parameters."""

    store: Store
    kind: Kind
    operator: str
    today: date
    served: set[str]
    consent_on_paper: bool = False  # the operator attests everyone agreed on a paper form


def write_batch(
    job: Job, rows: list[Row], seen: dict[str, int], *, per_row: bool
) -> list[Assessment]:
    """Assess and save ``rows`` in one transaction; one assessment per row, in order.

    ``per_row`` guards each row with a savepoint (the retry after the batch failed as a
    whole). ``seen`` gains the NIKs saved or kept, and is left as it was on failure.
    """
    added: list[str] = []
    try:
        with job.store.write() as session, session.no_autoflush:
            stored = stored_by_nik(session, [row.nik for row in rows if row.nik])
            pending = _NewRows([], [], [])
            results = []
            for row in rows:
                found = assess(
                    row,
                    job.kind,
                    job.today,
                    served=job.served,
                    seen=seen,
                    stored=stored.get(row.nik, ()),
                    consent_on_paper=job.consent_on_paper,
                )
                if found.outcome in ("new", "update"):
                    found = _save(session, job, found, pending, per_row)
                if row.nik and found.outcome != "rejected":
                    seen[row.nik] = row.number
                    added.append(row.nik)
                results.append(found)
            pending.write(session)
            return results
    except BaseException:
        for nik in added:
            seen.pop(nik, None)
        raise


def _save(
    session: Session, job: Job, found: Assessment, pending: _NewRows, per_row: bool
) -> Assessment:
    def apply() -> None:
        if found.outcome == "new":
            pending.add(found, job.operator)
        else:
            _update(session, found, job.operator)

    if not per_row:
        apply()
        return found
    try:
        with session.begin_nested():
            apply()
            pending.write(session)
            session.flush()
    except SQLAlchemyError as error:
        pending.registrations, pending.audits, pending.outbox = [], [], []
        reason = str(getattr(error, "orig", error))[:200]
        failed = Issue.error("nik", "import.row_failed", reason=reason)
        return Assessment("rejected", [failed], found.values, found.data)
    return found
