"""Socialization sessions: create, record attendance, link the registrations they produced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desa_desktop.core.domain import nik as nik_rules
from desa_desktop.core.domain import people
from desa_desktop.core.domain.choices import Status
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.changes import Changes, audit, enqueue, touch
from desa_desktop.core.services.errors import ValidationFailed, check_findings, refuse
from desa_desktop.core.services.inputs import AttendeeInput, SessionInput
from desa_desktop.core.services.lookup import load_registration, load_session
from desa_desktop.core.services.registrations import ENTITY as REGISTRATION
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import (
    Attendance,
    Registration,
    SocializationSession,
    Village,
    new_uuid,
)
from desa_desktop.core.timestamps import utcnow

ENTITY = "session"


def _validate_session(data: SessionInput, today: date) -> list[Issue]:
    issues: list[Issue] = []
    for name in ("place", "facilitator"):
        if not (getattr(data, name) or "").strip():
            issues.append(Issue.error(name, "required"))
    if data.held_on > today:
        issues.append(Issue.warning("held_on", "date.future"))  # planning ahead is allowed
    return issues


def create_session(
    store: Store,
    data: SessionInput,
    operator: str,
    *,
    confirm_warnings: bool = False,
    today: date | None = None,
) -> str:
    """Create a session; returns its UUID."""
    check_findings(_validate_session(data, today or date.today()), confirm_warnings)
    with store.write() as session:
        if session.get(Village, data.village_code) is None:
            raise refuse("village_code", "village.not_served", code=data.village_code)
        now = utcnow()
        record = SocializationSession(
            uuid=new_uuid(),
            version=1,
            village_code=data.village_code,
            held_on=data.held_on,
            place=" ".join(data.place.split()),
            facilitator=" ".join(data.facilitator.split()),
            topic=data.topic,
            notes=data.notes,
            created_at=now,
            created_by=operator,
            updated_at=now,
            updated_by=operator,
        )
        session.add(record)
        audit(
            session,
            operator=operator,
            action="create_session",
            entity=ENTITY,
            entity_uuid=record.uuid,
            version=1,
            changes={"held_on": [None, data.held_on.isoformat()], "place": [None, record.place]},
        )
        enqueue(session, ENTITY, record)
        return record.uuid


def add_attendee(store: Store, session_uuid: str, data: AttendeeInput, operator: str) -> Changes:
    """Record one person present. A NIK already registered links the attendee to that registration."""
    name, issues = people.check_name(data.name, "name")
    nik: str | None = None
    if data.nik and data.nik.strip():
        check = nik_rules.check_nik(data.nik, field="nik")
        nik, issues = check.nik, issues + [i for i in check.issues if i.is_error]
    phone, found = people.check_phone(data.phone, "phone")
    issues += [i for i in found if i.is_error]
    if issues:
        raise ValidationFailed(issues)
    with store.write() as session:
        target = load_session(session, session_uuid)
        if nik:
            present = next((a for a in target.attendees if a.nik == nik), None)
            if present is not None:
                raise refuse("nik", "attendance.duplicate_nik", name=present.name)
        registration_id = (
            session.scalar(
                select(Registration.id).where(
                    Registration.nik == nik, Registration.status != Status.INACTIVE
                )
            )
            if nik
            else None
        )
        target.attendees.append(
            Attendance(
                uuid=new_uuid(),
                name=name,
                nik=nik,
                role=data.role,
                phone=phone,
                registration_id=registration_id,
            )
        )
        touch(target, operator)
        audit(
            session,
            operator=operator,
            action="add_attendee",
            entity=ENTITY,
            entity_uuid=session_uuid,
            version=target.version,
            changes={"attendee": [None, name]},
        )
        enqueue(session, ENTITY, target)
        return Changes(ENTITY, (session_uuid,), (target.village_code,))


def remove_attendee(store: Store, session_uuid: str, attendee_uuid: str, operator: str) -> Changes:
    """Take one person off a session's attendance (entered by mistake)."""
    with store.write() as session:
        target = load_session(session, session_uuid)
        attendee = next((a for a in target.attendees if a.uuid == attendee_uuid), None)
        if attendee is None:
            raise refuse("attendee", "attendance.not_found")
        target.attendees.remove(attendee)
        touch(target, operator)
        audit(
            session,
            operator=operator,
            action="remove_attendee",
            entity=ENTITY,
            entity_uuid=session_uuid,
            version=target.version,
            changes={"attendee": [attendee.name, None]},
        )
        enqueue(session, ENTITY, target)
        return Changes(ENTITY, (session_uuid,), (target.village_code,))


def link_registration(
    store: Store, session_uuid: str, registration_uuid: str, operator: str
) -> Changes:
    """Count a registration as captured in a session (and mark its holder present)."""
    with store.write() as session:
        target = load_session(session, session_uuid)
        record = load_registration(session, registration_uuid)
        if record.session_id != target.id:
            old = record.session_id
            record.session_id = target.id
            touch(record, operator)
            audit(
                session,
                operator=operator,
                action="link_session",
                entity=REGISTRATION,
                entity_uuid=record.uuid,
                version=record.version,
                changes={"session": [old, session_uuid]},
            )
            enqueue(session, REGISTRATION, record)
        if not any(
            a.registration_id == record.id or (a.nik and a.nik == record.nik)
            for a in target.attendees
        ):
            target.attendees.append(
                Attendance(
                    uuid=new_uuid(), name=record.name, nik=record.nik, registration_id=record.id
                )
            )
            touch(target, operator)
            enqueue(session, ENTITY, target)
        return Changes(ENTITY, (session_uuid, record.uuid), (target.village_code,))


@dataclass(frozen=True)
class AttendeeRow:
    uuid: str
    name: str
    nik: str | None
    role: str | None
    registered: bool


@dataclass(frozen=True)
class SessionSummary:
    """A session with its attendance and conversion figures."""

    uuid: str
    village_code: str
    held_on: date
    place: str
    facilitator: str
    topic: str | None
    attendees: tuple[AttendeeRow, ...]
    registrations_captured: int

    @property
    def attendance(self) -> int:
        return len(self.attendees)

    @property
    def conversion_percent(self) -> float | None:
        """Registrations captured in the session per attendee, in percent."""
        if not self.attendees:
            return None
        return round(100 * self.registrations_captured / len(self.attendees), 1)


def session_summary(store: Store, uuid: str) -> SessionSummary:
    """One session with attendance and how many registrations it produced."""
    with store.read() as session:
        target = load_session(session, uuid)
        captured = (
            session.scalar(
                select(func.count(Registration.id)).where(
                    Registration.session_id == target.id, Registration.status != Status.DRAFT
                )
            )
            or 0
        )
        attendees = tuple(
            AttendeeRow(a.uuid, a.name, a.nik, a.role, a.registration_id is not None)
            for a in target.attendees
        )
        return SessionSummary(
            target.uuid,
            target.village_code,
            target.held_on,
            target.place,
            target.facilitator,
            target.topic,
            attendees,
            captured,
        )


def list_sessions(store: Store, village_code: str | None = None) -> list[SessionSummary]:
    """Sessions, newest first."""
    with store.read() as session:
        query = select(SocializationSession.uuid).order_by(SocializationSession.held_on.desc())
        if village_code:
            query = query.where(SocializationSession.village_code == village_code)
        uuids = list(session.scalars(query))
    return [session_summary(store, uuid) for uuid in uuids]
