"""Conflicts wait for a person: keep this laptop's version, or take HQ's. Never resolved silently."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import SyncState
from desa_desktop.core.services.changes import audit, enqueue, touch
from desa_desktop.core.services.errors import refuse
from desa_desktop.core.services.lookup import load_registration
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import (
    OutboxEntry,
    Registration,
    SocializationSession,
    SyncResult,
)
from desa_desktop.protocol.records import encode_registration
from desa_desktop.sync.pull import LOCAL_ONLY, apply_hq_data


@dataclass(frozen=True)
class HqAnswer:
    """HQ's latest word on one record, for the sync screen."""

    uuid: str
    entity: str
    version: int
    outcome: str
    errors: list[dict[str, str]]
    hq_version: int | None
    hq_data: dict[str, Any] | None
    at: datetime


def resend(store: Store, uuid: str, operator: str) -> None:
    """Queue a record HQ refused again, as it is (e.g. after HQ assigned its village)."""
    with store.write() as session:
        result = session.get(SyncResult, uuid)
        if result is None or result.outcome != "rejected":
            raise refuse("uuid", "sync.not_rejected")
        record: Registration | SocializationSession | None = (
            session.scalar(select(Registration).where(Registration.uuid == uuid))
            if result.entity == "registration"
            else session.scalar(
                select(SocializationSession).where(SocializationSession.uuid == uuid)
            )
        )
        if record is None:
            raise refuse("uuid", "registration.not_found")
        record.sync_state = SyncState.PENDING
        session.delete(result)
        session.execute(delete(OutboxEntry).where(OutboxEntry.entity_uuid == uuid))
        enqueue(session, result.entity, record)
        audit(
            session,
            operator=operator,
            action="resend",
            entity=result.entity,
            entity_uuid=uuid,
            version=record.version,
        )


def needs_attention(store: Store) -> int:
    """Records HQ refused or that conflict with HQ: a person must look at them."""
    with store.read() as session:
        return sum(
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.sync_state.in_((SyncState.CONFLICT, SyncState.ERROR)))
            )
            or 0
            for model in (Registration, SocializationSession)
        )


def hq_answers(store: Store, outcome: str | None = None) -> list[HqAnswer]:
    """HQ's answers, newest first, optionally only one outcome (e.g. "conflict", "rejected")."""
    query = select(SyncResult).order_by(SyncResult.at.desc())
    if outcome:
        query = query.where(SyncResult.outcome == outcome)
    with store.read() as session:
        return [
            HqAnswer(
                r.entity_uuid,
                r.entity,
                r.version,
                r.outcome,
                json.loads(r.errors) if r.errors else [],
                r.hq_version,
                json.loads(r.hq_data) if r.hq_data else None,
                r.at,
            )
            for r in session.scalars(query)
        ]


def _conflict(session: Session, uuid: str) -> tuple[Registration, SyncResult]:
    record = load_registration(session, uuid)
    result = session.get(SyncResult, uuid)
    if record.sync_state is not SyncState.CONFLICT or result is None or result.hq_version is None:
        raise refuse("uuid", "sync.no_conflict")
    return record, result


def side_by_side(store: Store, uuid: str) -> dict[str, tuple[Any, Any]]:
    """Every field where this laptop and HQ differ: ``{field: (mine, hq)}``."""
    with store.read() as session:
        record, result = _conflict(session, uuid)
        mine = encode_registration(record.column_values())
    theirs = json.loads(result.hq_data or "{}")
    names = (set(mine) | set(theirs)) - set(LOCAL_ONLY)
    return {n: (mine.get(n), theirs.get(n)) for n in sorted(names) if mine.get(n) != theirs.get(n)}


def keep_mine(store: Store, uuid: str, operator: str) -> None:
    """Send this laptop's version again, this time on top of HQ's version."""
    with store.write() as session:
        record, result = _conflict(session, uuid)
        hq_version = result.hq_version or 0
        record.synced_version = hq_version  # the base HQ will check the new version against
        record.version = max(record.version, hq_version)
        touch(record, operator)
        session.delete(result)
        audit(
            session,
            operator=operator,
            action="conflict_keep_mine",
            entity="registration",
            entity_uuid=uuid,
            version=record.version,
            changes={"hq_version": [None, hq_version]},
        )
        enqueue(session, "registration", record)


def take_hq(store: Store, uuid: str, operator: str) -> None:
    """Replace this laptop's version with HQ's; nothing is queued.

    Refused (nothing changed) when HQ's copy cannot live here: its NIK is held by
    another active record on this laptop, or its village is not served here.
    """
    with store.write() as session:
        record, result = _conflict(session, uuid)
        try:
            with session.begin_nested():
                changed = apply_hq_data(record, json.loads(result.hq_data or "{}"))
                session.flush()
        except IntegrityError as error:
            raise refuse("uuid", "sync.take_hq_blocked") from error
        record.version = record.synced_version = result.hq_version or record.version
        record.sync_state = SyncState.SYNCED
        session.execute(delete(OutboxEntry).where(OutboxEntry.entity_uuid == uuid))
        session.delete(result)
        audit(
            session,
            operator=operator,
            action="conflict_take_hq",
            entity="registration",
            entity_uuid=uuid,
            version=record.version,
            changes=changed,
        )
