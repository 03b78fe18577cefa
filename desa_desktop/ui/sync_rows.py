"""What the Sync screen lists, loaded as plain rows (Qt-free; run inside ops, never on the GUI thread).

The outbox, HQ's per-record answers and HQ's review decisions live in different tables;
this module joins them once per refresh so the screen never holds a session or an ORM
object. It could move to ``desa_desktop.sync`` unchanged: it imports nothing from Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.services.villages import list_villages
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.meta import get_meta
from desa_desktop.core.store.models import (
    AuditEntry,
    OutboxEntry,
    Registration,
    SocializationSession,
    SyncResult,
)
from desa_desktop.sync.decisions import HQ_OPERATOR
from desa_desktop.sync.settings import DEVICE_VILLAGES, LAST_SYNC_AT, LAST_SYNC_ERROR, enrollment

ANSWER_LIMIT = 500  # HQ answers shown: the newest; older ones are history, not work


@dataclass(frozen=True)
class SyncOverview:
    """The connection facts the screen and the status bar show."""

    hq_url: str | None
    device_name: str | None
    device_villages: tuple[str, ...]
    last_sync_at: datetime | None
    last_error: str | None
    waiting: int


@dataclass(frozen=True)
class WaitingRow:
    """One record in the outbox, at its latest version."""

    uuid: str
    entity: str  # "registration" or "session"
    kind: str  # "worker", "official" or "session"
    label: str  # a person's name, or a session's place and date
    village_code: str
    is_new: bool  # HQ has never held any version of it
    queued_at: datetime
    attempts: int


@dataclass(frozen=True)
class AnswerRow:
    """HQ's latest answer about one record, with what HQ decided since."""

    uuid: str
    entity: str
    label: str
    outcome: str  # accepted / already_held / conflict / rejected (the push answer)
    at: datetime
    status: str | None  # the registration's status now (accepted, rejected, sent...)
    kpj: str | None
    reason: str | None


@dataclass(frozen=True)
class ConflictRow:
    uuid: str
    name: str
    nik: str
    village_code: str
    hq_version: int | None
    at: datetime


@dataclass(frozen=True)
class RejectedRow:
    """A record HQ refused (when sent, or at review), with HQ's reasons."""

    uuid: str
    kind: str  # "worker", "official" or "session"
    name: str
    nik: str
    village_code: str
    reasons: tuple[str, ...]
    refused_when_sent: bool  # HQ's findings at the door: it can be sent again as it is

    @property
    def is_person(self) -> bool:
        return self.kind != "session"


def _parse_time(raw: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def load_overview(store: Store) -> SyncOverview:
    """Enrollment, last sync and the number of records waiting."""
    enrolled = enrollment(store)
    villages = get_meta(store, DEVICE_VILLAGES) or ""
    with store.read() as session:
        waiting = session.scalar(select(func.count(func.distinct(OutboxEntry.entity_uuid)))) or 0
    return SyncOverview(
        hq_url=enrolled.url if enrolled else None,
        device_name=enrolled.device_name if enrolled else None,
        device_villages=tuple(v for v in villages.split(",") if v),
        last_sync_at=_parse_time(get_meta(store, LAST_SYNC_AT)),
        last_error=get_meta(store, LAST_SYNC_ERROR) or None,
        waiting=waiting,
    )


def _session_label(place: str, held_on: date) -> str:
    return f"{place}, {held_on.isoformat()}"


def load_waiting(store: Store, limit: int = 1000) -> list[WaitingRow]:
    """Records waiting to be sent, oldest first (the order they will be sent in)."""
    with store.read() as session:
        queued = session.execute(
            select(
                OutboxEntry.entity,
                OutboxEntry.entity_uuid,
                func.min(OutboxEntry.created_at),
                func.max(OutboxEntry.attempts),
            )
            .group_by(OutboxEntry.entity, OutboxEntry.entity_uuid)
            .order_by(func.min(OutboxEntry.id))
            .limit(limit)
        ).all()
        uuids = [u for _, u, _, _ in queued]
        people = {
            r.uuid: r
            for r in session.execute(
                select(
                    Registration.uuid,
                    Registration.kind,
                    Registration.name,
                    Registration.village_code,
                    Registration.synced_version,
                ).where(Registration.uuid.in_(uuids))
            )
        }
        sessions = {
            r.uuid: r
            for r in session.execute(
                select(
                    SocializationSession.uuid,
                    SocializationSession.place,
                    SocializationSession.held_on,
                    SocializationSession.village_code,
                    SocializationSession.synced_version,
                ).where(SocializationSession.uuid.in_(uuids))
            )
        }
    rows = []
    for entity, uuid, queued_at, attempts in queued:
        if (person := people.get(uuid)) is not None:
            kind, label, village, synced = (
                person.kind.value,
                person.name,
                person.village_code,
                person.synced_version,
            )
        elif (meeting := sessions.get(uuid)) is not None:
            kind, label, village, synced = (
                "session",
                _session_label(meeting.place, meeting.held_on),
                meeting.village_code,
                meeting.synced_version,
            )
        else:
            continue
        rows.append(
            WaitingRow(uuid, entity, kind, label, village, synced is None, queued_at, attempts or 0)
        )
    return rows


def _registrations(session: Any, uuids: Iterable[str]) -> dict[str, Any]:
    wanted = list(uuids)
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):  # SQLite caps the number of bound parameters
        chunk = wanted[start : start + 500]
        for row in session.execute(
            select(
                Registration.uuid,
                Registration.kind,
                Registration.name,
                Registration.nik,
                Registration.village_code,
                Registration.status,
                Registration.sync_state,
                Registration.kpj,
                Registration.rejection_reason,
            ).where(Registration.uuid.in_(chunk))
        ):
            found[row.uuid] = row
    return found


def load_answers(store: Store, limit: int = ANSWER_LIMIT) -> list[AnswerRow]:
    """HQ's answers, newest first, each with the record's current decision."""
    with store.read() as session:
        results = session.execute(
            select(SyncResult.entity_uuid, SyncResult.entity, SyncResult.outcome, SyncResult.at)
            .order_by(SyncResult.at.desc())
            .limit(limit)
        ).all()
        people = _registrations(session, (r.entity_uuid for r in results))
        places = {
            r.uuid: _session_label(r.place, r.held_on)
            for r in session.execute(
                select(
                    SocializationSession.uuid,
                    SocializationSession.place,
                    SocializationSession.held_on,
                ).where(SocializationSession.uuid.in_([r.entity_uuid for r in results]))
            )
        }
    rows = []
    for uuid, entity, outcome, at in results:
        person = people.get(uuid)
        rows.append(
            AnswerRow(
                uuid=uuid,
                entity=entity,
                label=person.name if person else places.get(uuid, uuid[:8]),
                outcome=outcome,
                at=at,
                status=person.status.value if person else None,
                kpj=person.kpj if person else None,
                reason=person.rejection_reason if person else None,
            )
        )
    return rows


def load_conflicts(store: Store) -> list[ConflictRow]:
    """Records where HQ's copy and this laptop's both changed: a person must choose."""
    with store.read() as session:
        found = session.execute(
            select(
                Registration.uuid,
                Registration.name,
                Registration.nik,
                Registration.village_code,
                SyncResult.hq_version,
                SyncResult.at,
            )
            .join(SyncResult, SyncResult.entity_uuid == Registration.uuid)
            .where(Registration.sync_state == SyncState.CONFLICT)
            .order_by(SyncResult.at.desc())
        ).all()
    return [ConflictRow(*row) for row in found]


def _error_messages(raw: str | None, lang: str) -> tuple[str, ...]:
    errors = json.loads(raw) if raw else []
    key = "message_en" if lang == "en" else "message"
    return tuple(str(e.get(key) or e.get("message") or e.get("code", "")) for e in errors)


def load_rejected(store: Store, lang: str) -> list[RejectedRow]:
    """Records to fix: refused by HQ when sent (with HQ's findings) or rejected at review."""
    with store.read() as session:
        refused = session.execute(
            select(SyncResult.entity_uuid, SyncResult.entity, SyncResult.errors).where(
                SyncResult.outcome == "rejected"
            )
        ).all()
        reviewed = session.scalars(
            select(Registration.uuid).where(Registration.status == Status.REJECTED)
        ).all()
        reasons: dict[str, list[str]] = {u: list(_error_messages(e, lang)) for u, _, e in refused}
        at_door = set(reasons)
        for uuid in reviewed:
            reasons.setdefault(uuid, [])
        people = _registrations(session, reasons)
        meetings = {
            r.uuid: r
            for r in session.execute(
                select(
                    SocializationSession.uuid,
                    SocializationSession.place,
                    SocializationSession.held_on,
                    SocializationSession.village_code,
                    SocializationSession.sync_state,
                ).where(SocializationSession.uuid.in_([u for u, e, _ in refused if e == "session"]))
            )
        }
    rows = []
    for uuid, found in reasons.items():
        # Refused at the door but fixed since (queued again): no longer work to do here.
        if (person := people.get(uuid)) is not None:
            still_refused = uuid in at_door and person.sync_state is SyncState.ERROR
            if person.status is Status.REJECTED and person.rejection_reason:
                found = (
                    [*found, person.rejection_reason]
                    if still_refused
                    else [person.rejection_reason]
                )
            elif not still_refused:
                continue
            rows.append(
                RejectedRow(
                    uuid,
                    person.kind.value,
                    person.name,
                    person.nik,
                    person.village_code,
                    tuple(found),
                    still_refused,
                )
            )
        elif (meeting := meetings.get(uuid)) is not None and meeting.sync_state is SyncState.ERROR:
            label = _session_label(meeting.place, meeting.held_on)
            rows.append(
                RejectedRow(uuid, "session", label, "", meeting.village_code, tuple(found), True)
            )
    return sorted(rows, key=lambda r: r.name.casefold())


@dataclass(frozen=True)
class SyncPicture:
    """Everything the Sync screen shows, loaded in one read op."""

    overview: SyncOverview
    waiting: list[WaitingRow]
    answers: list[AnswerRow]
    conflicts: list[ConflictRow]
    rejected: list[RejectedRow]
    village_names: dict[str, str]


def load_picture(store: Store, lang: str) -> SyncPicture:
    """The whole Sync screen's content (run in the read lane)."""
    return SyncPicture(
        load_overview(store),
        load_waiting(store),
        load_answers(store),
        load_conflicts(store),
        load_rejected(store, lang),
        {v.code: v.name for v in list_villages(store)},
    )


def touched_since(store: Store, since: datetime) -> tuple[str, ...]:
    """Records a sync run changed: answered when sent, or updated by HQ's decisions since."""
    with store.read() as session:
        answered = session.scalars(select(SyncResult.entity_uuid).where(SyncResult.at >= since))
        decided = session.scalars(
            select(AuditEntry.entity_uuid).where(
                AuditEntry.operator == HQ_OPERATOR, AuditEntry.at >= since
            )
        )
        return tuple(sorted(set(answered) | set(decided)))
