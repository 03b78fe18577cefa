"""Reading waiting records in their wire form, straight from SQLite, for a push batch.

A push reads thousands of registrations; going through ORM objects (or even SQLAlchemy's
typed rows) costs more than the database does. Registrations are read as plain DB-API
rows and turned into exactly the wire form :func:`protocol.records.encode_registration`
gives for the same record (HQ recognises a replay by its exact data, so the two must
never differ; a test holds them equal). Sessions, few and nested, go through the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desa_desktop.core.store.models import SocializationSession
from desa_desktop.protocol.records import DATETIME_FIELDS, REGISTRATION_FIELDS


def driver_cursor(session: Session) -> Any:
    """A DB-API cursor on the session's connection, inside its transaction."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def stored_timestamp(moment: datetime) -> str:
    """A UTC timestamp as SQLAlchemy stores it in SQLite (naive UTC, microseconds always)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _wire_timestamp(stored: str) -> str:
    # Dates are stored as ISO text already; timestamps are naive UTC text and travel as
    # ISO 8601 with the offset, exactly as datetime.isoformat() writes them (which leaves
    # out a zero fraction of a second).
    if len(stored) == 26 and stored[10] == " " and not stored.endswith(".000000"):
        return f"{stored[:10]}T{stored[11:]}+00:00"
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).isoformat()


_COLUMNS = ("uuid", "version", "synced_version", *REGISTRATION_FIELDS)
_TIMESTAMP_AT = frozenset(i for i, name in enumerate(_COLUMNS) if name in DATETIME_FIELDS)
_FIELDS_AT = tuple(enumerate(REGISTRATION_FIELDS, start=3))


def _registration_wire(row: Sequence[Any]) -> dict[str, object]:
    data: dict[str, object] = {}
    for index, name in _FIELDS_AT:
        value = row[index]
        if value is not None:
            data[name] = _wire_timestamp(value) if index in _TIMESTAMP_AT else value
    return data


def registrations_for_sending(
    session: Session, uuids: list[str]
) -> dict[str, tuple[int, int | None, dict[str, object]]]:
    """``{uuid: (version, synced_version, wire data)}`` of these registrations."""
    if not uuids:
        return {}
    marks = ",".join("?" * len(uuids))
    cursor = driver_cursor(session)
    cursor.execute(f"SELECT {', '.join(_COLUMNS)} FROM registration WHERE uuid IN ({marks})", uuids)
    return {row[0]: (row[1], row[2], _registration_wire(row)) for row in cursor.fetchall()}


def encode_session(record: SocializationSession) -> dict[str, object]:
    """The wire form of a session with its attendance."""
    data: dict[str, object] = {
        "village_code": record.village_code,
        "held_on": record.held_on.isoformat(),
        "place": record.place,
        "facilitator": record.facilitator,
        "created_by": record.created_by,
        "updated_by": record.updated_by,
        "attendees": [
            {
                k: v
                for k, v in (
                    ("uuid", a.uuid),
                    ("name", a.name),
                    ("nik", a.nik),
                    ("role", a.role),
                    ("phone", a.phone),
                )
                if v
            }
            for a in record.attendees
        ],
    }
    for name in ("topic", "notes"):
        value = getattr(record, name)
        if value:
            data[name] = value
    return data


def sessions_for_sending(
    session: Session, uuids: list[str]
) -> dict[str, tuple[int, int | None, dict[str, object]]]:
    """``{uuid: (version, synced_version, wire data)}`` of these socialization sessions."""
    if not uuids:
        return {}
    query = (
        select(SocializationSession)
        .where(SocializationSession.uuid.in_(uuids))
        .options(selectinload(SocializationSession.attendees))
    )
    return {
        record.uuid: (record.version, record.synced_version, encode_session(record))
        for record in session.scalars(query)
    }
