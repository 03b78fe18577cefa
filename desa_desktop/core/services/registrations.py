"""Register and edit village officials and workers: one transaction per action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services.changes import Changes, audit, diff, enqueue, queue, touch
from desa_desktop.core.services.errors import check_findings, refuse
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.lookup import load_registration, load_session
from desa_desktop.core.services.validation import validate_person
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration, Village, new_uuid
from desa_desktop.core.timestamps import utcnow

ENTITY = "registration"
# Statuses an edit moves a record to: what HQ already decided is sent again for review.
AFTER_EDIT = {
    Status.DRAFT: Status.READY,
    Status.READY: Status.READY,
    Status.SENT: Status.READY,
    Status.REJECTED: Status.READY,
    Status.ACCEPTED: Status.ACCEPTED,
}
REGISTRATION = cast(Table, Registration.__table__)
VILLAGE = cast(Table, Village.__table__)
# What a save must know before writing, in one round trip: whether the village is served
# here, and which active registration already holds the NIK. Built once, in table terms
# (no ORM loading): every save runs it.
LOOKUPS = select(
    select(VILLAGE.c.code).where(VILLAGE.c.code == bindparam("code")).scalar_subquery(),
    select(REGISTRATION.c.id)
    .where(REGISTRATION.c.nik == bindparam("nik"), REGISTRATION.c.status != Status.INACTIVE)
    .scalar_subquery(),
)


@dataclass(frozen=True)
class Saved:
    """The outcome of a successful save."""

    uuid: str
    version: int
    status: Status
    changes: Changes


def find_active_by_nik(session: Session, nik: str) -> Registration | None:
    """The active (not inactive) registration holding ``nik``, if any."""
    return session.scalar(
        select(Registration).where(Registration.nik == nik, Registration.status != Status.INACTIVE)
    )


def duplicate_issue(existing: Registration) -> Issue:
    village = existing.village.name if existing.village else existing.village_code
    return Issue.error(
        "nik", "registration.duplicate_nik", name=existing.name, village=village, uuid=existing.uuid
    )


def _checked(
    session: Session,
    data: PersonInput,
    *,
    draft: bool,
    confirm_warnings: bool,
    today: date | None,
    editing: Registration | None = None,
) -> dict[str, Any]:
    values, issues = validate_person(data, today=today or date.today(), complete=not draft)
    code, nik = values.get("village_code"), values.get("nik")
    served, holder = session.execute(LOOKUPS, {"code": code, "nik": nik}).one()
    if code and served is None:
        issues.insert(0, Issue.error("village_code", "village.not_served", code=code))
    if nik and holder is not None and (editing is None or holder != editing.id):
        issues.insert(0, duplicate_issue(session.get_one(Registration, holder)))
    check_findings(issues, confirm_warnings)
    values["name_key"] = name_key(values["name"])
    return values


def register(
    store: Store,
    data: PersonInput,
    operator: str,
    *,
    draft: bool = False,
    confirm_warnings: bool = False,
    session_uuid: str | None = None,
    today: date | None = None,
) -> Saved:
    """Register a new official or worker.

    Raises :class:`ValidationFailed` (and writes nothing) on errors (a person who has not
    agreed to data processing among them, drafts included), on unconfirmed warnings, and
    on a NIK already held by an active registration. Writes take the store's write lock
    first, so the duplicate check cannot race; the store's unique index on active NIKs
    stands behind it all the same.
    """
    with store.write() as session:
        values = _checked(
            session, data, draft=draft, confirm_warnings=confirm_warnings, today=today
        )
        now = utcnow()
        uuid = new_uuid()
        status = Status.DRAFT if draft else Status.READY
        # A plain INSERT (the ORM's unit of work would cost more than the rest of the save);
        # ``kind`` from the validated values tells an official from a worker.
        session.execute(
            REGISTRATION.insert(),
            {
                **values,
                "uuid": uuid,
                "version": 1,
                "status": status,
                "sync_state": SyncState.LOCAL if draft else SyncState.PENDING,
                "created_at": now,
                "created_by": operator,
                "updated_at": now,
                "updated_by": operator,
                "consent_at": now,  # validation refuses a person without consent
                "consent_by": operator,
                "session_id": load_session(session, session_uuid).id if session_uuid else None,
            },
        )
        audit(
            session,
            operator=operator,
            action="register",
            entity=ENTITY,
            entity_uuid=uuid,
            version=1,
            changes={k: [None, v] for k, v in values.items() if v is not None and k != "name_key"},
        )
        if not draft:
            queue(session, ENTITY, uuid, 1)
        return Saved(uuid, 1, status, Changes(ENTITY, (uuid,), (values["village_code"],)))


def edit(
    store: Store,
    uuid: str,
    data: PersonInput,
    operator: str,
    *,
    expected_version: int,
    draft: bool = False,
    confirm_warnings: bool = False,
    today: date | None = None,
) -> Saved:
    """Save changes to a registration edited from ``expected_version``.

    Refused when someone else saved a newer version meanwhile (nothing is overwritten),
    and without consent: consent once recorded keeps its original time and operator, and
    withdrawing it is not an edit. An edit with no real change writes nothing.
    """
    with store.write() as session:
        record = load_registration(session, uuid)
        if record.version != expected_version:
            raise refuse(
                "version", "registration.stale", current=record.version, expected=expected_version
            )
        if record.status is Status.INACTIVE:
            raise refuse("status", "registration.inactive")
        if record.kind is not data.kind:
            raise refuse(
                "kind", "registration.kind_mismatch", old=record.kind.value, new=data.kind.value
            )
        values = _checked(
            session,
            data,
            draft=draft,
            confirm_warnings=confirm_warnings,
            today=today,
            editing=record,
        )
        values.pop("kind")
        if record.consent_at is None:  # a record from before consent was required
            values.update(consent_at=utcnow(), consent_by=operator)
        stays_draft = draft and record.status is Status.DRAFT
        new_status = Status.DRAFT if stays_draft else AFTER_EDIT.get(record.status, record.status)
        changed = diff(record, {**values, "status": new_status})
        changed.pop("name_key", None)
        if changed:
            for name, value in values.items():
                setattr(record, name, value)
            record.status = new_status
            touch(record, operator)
            audit(
                session,
                operator=operator,
                action="edit",
                entity=ENTITY,
                entity_uuid=uuid,
                version=record.version,
                changes=changed,
            )
            enqueue(session, ENTITY, record)
        return Saved(
            uuid, record.version, record.status, Changes(ENTITY, (uuid,), (record.village_code,))
        )
