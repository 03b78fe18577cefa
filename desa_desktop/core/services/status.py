"""Keeping member data current (pemutakhiran data): deceased, exited, reactivated."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desa_desktop.core.domain.choices import Status
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.changes import Changes, audit, enqueue, touch
from desa_desktop.core.services.errors import ValidationFailed, refuse
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.lookup import load_registration
from desa_desktop.core.services.registrations import ENTITY, duplicate_issue, find_active_by_nik
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration, StatusChange

MAX_NOTE = 500


def mark_inactive(
    store: Store, uuid: str, change: InactiveInput, operator: str, *, today: date | None = None
) -> Changes:
    """Record that a person died or left the programme, from ``change.effective_date``."""
    today = today or date.today()
    with store.write() as session:
        record = load_registration(session, uuid)
        if record.status is Status.INACTIVE:
            raise refuse("status", "status.already_inactive", date=str(record.inactive_date))
        if record.status is Status.DRAFT:
            raise refuse("status", "status.draft")
        issues: list[Issue] = []
        if change.effective_date > today:
            issues.append(Issue.error("effective_date", "date.future"))
        if record.birth_date and change.effective_date < record.birth_date:
            issues.append(Issue.error("effective_date", "date.before_birth"))
        if change.note and len(change.note) > MAX_NOTE:
            issues.append(Issue.error("note", "text.too_long", max=MAX_NOTE))
        if issues:
            raise ValidationFailed(issues)
        previous = record.status
        record.status = Status.INACTIVE
        record.inactive_reason = change.reason
        record.inactive_date = change.effective_date
        touch(record, operator)
        session.add(
            StatusChange(
                registration_id=record.id,
                reason=change.reason,
                effective_date=change.effective_date,
                note=change.note,
                recorded_by=operator,
            )
        )
        audit(
            session,
            operator=operator,
            action="mark_inactive",
            entity=ENTITY,
            entity_uuid=uuid,
            version=record.version,
            changes={
                "status": [previous.value, Status.INACTIVE.value],
                "inactive_reason": [None, change.reason.value],
                "inactive_date": [None, change.effective_date.isoformat()],
                **({"note": [None, change.note]} if change.note else {}),
            },
        )
        enqueue(session, ENTITY, record)
        return Changes(ENTITY, (uuid,), (record.village_code,))


def reactivate(store: Store, uuid: str, operator: str, *, note: str | None = None) -> Changes:
    """Undo an inactive mark made in error. Refused if the NIK has been registered again since."""
    with store.write() as session:
        record = load_registration(session, uuid)
        if record.status is not Status.INACTIVE:
            raise refuse("status", "status.not_inactive")
        other = find_active_by_nik(session, record.nik)
        if other is not None:
            raise ValidationFailed([duplicate_issue(other)])
        old_reason = record.inactive_reason
        record.status = Status.ACCEPTED if record.kpj else Status.READY
        record.inactive_reason = None
        record.inactive_date = None
        touch(record, operator)
        session.add(
            StatusChange(
                registration_id=record.id,
                reason=None,
                effective_date=date.today(),
                note=note,
                recorded_by=operator,
            )
        )
        audit(
            session,
            operator=operator,
            action="reactivate",
            entity=ENTITY,
            entity_uuid=uuid,
            version=record.version,
            changes={
                "status": [Status.INACTIVE.value, record.status.value],
                "inactive_reason": [old_reason.value if old_reason else None, None],
            },
        )
        enqueue(session, ENTITY, record)
        return Changes(ENTITY, (uuid,), (record.village_code,))


def status_history(store: Store, uuid: str) -> list[StatusChange]:
    """Every status change of one person, oldest first (detached plain objects)."""
    with store.read() as session:
        rows = session.scalars(
            select(StatusChange)
            .join(Registration, StatusChange.registration_id == Registration.id)
            .where(Registration.uuid == uuid)
            .order_by(StatusChange.id)
        ).all()
        session.expunge_all()
        return list(rows)
