"""Applying what HQ sends back: decisions (accepted with KPJ, rejected with reason) and corrections.

A pull never overwrites a local edit that has not reached HQ: a correction arriving
for such a record becomes a conflict for a person to resolve. The cursor is saved in
the same transaction as the changes it covers, so a crash re-pulls, never skips.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.domain.people import name_key
from desa_desktop.core.services.changes import audit
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import Registration, StoreMeta, SyncResult
from desa_desktop.core.timestamps import utcnow
from desa_desktop.protocol import wire
from desa_desktop.protocol.records import decode_registration
from desa_desktop.sync.decisions import HQ_OPERATOR, apply_decisions, decide, decision_diff
from desa_desktop.sync.outbox_read import driver_cursor
from desa_desktop.sync.settings import PULL_CURSOR

# Facts about who typed what, on this laptop; HQ's copy never replaces them.
LOCAL_ONLY = ("kind", "created_by", "updated_by", "consent_at", "consent_by")


def _apply_decision(
    record: Registration, change: wire.PulledChange, unsent: bool
) -> dict[str, list[object]]:
    before = (record.status, record.kpj, record.rejection_reason)
    after = decide(before, change, unsent)
    record.status, record.kpj, record.rejection_reason = after
    return decision_diff(before, after)


def _conflict(session: Session, uuid: str, version: int, change: wire.PulledChange) -> None:
    """Keep HQ's copy beside ours for a person to choose."""
    session.merge(
        SyncResult(
            entity_uuid=uuid,
            entity="registration",
            version=version,
            outcome="conflict",
            hq_version=change["hq_version"],
            hq_data=json.dumps(change.get("data") or {}, ensure_ascii=False),
            at=utcnow(),
        )
    )
    session.execute(
        update(Registration).where(Registration.uuid == uuid).values(sync_state=SyncState.CONFLICT)
    )


def _apply_correction(
    session: Session, record: Registration, change: wire.PulledChange, unsent: bool
) -> dict[str, list[object]]:
    if (record.synced_version or 0) >= change["hq_version"]:
        return {}  # this laptop already holds HQ's version (or builds on it)
    if unsent:
        _conflict(session, record.uuid, record.version, change)
        return {"sync_state": [record.sync_state.value, SyncState.CONFLICT.value]}
    changed = apply_hq_data(record, change.get("data") or {})
    record.version = record.synced_version = change["hq_version"]
    record.sync_state = SyncState.SYNCED
    return changed


def apply_hq_data(record: Registration, data: dict[str, object]) -> dict[str, list[object]]:
    """Overwrite ``record``'s fields with HQ's copy; returns ``{field: [old, new]}`` for the audit.

    The search key and the status follow: an ``inactive_reason`` from HQ makes the record
    inactive; its removal makes it active again.
    """
    changed: dict[str, list[object]] = {}
    for name, value in decode_registration(data).items():
        if name in LOCAL_ONLY:
            continue
        old = getattr(record, name)
        if old != value:
            changed[name] = [_text(old), _text(value)]
            setattr(record, name, value)
    record.name_key = name_key(record.name)
    if record.inactive_reason is not None:
        record.status = Status.INACTIVE
    elif record.status is Status.INACTIVE:
        record.status = Status.ACCEPTED if record.kpj else Status.SENT
    return changed


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _apply_one(
    session: Session, record: Registration, change: wire.PulledChange, unsent: bool
) -> bool:
    diff = _apply_decision(record, change, unsent)
    if "data" in change:
        diff.update(_apply_correction(session, record, change, unsent))
    if not diff:
        return False
    record.updated_at = utcnow()
    audit(
        session,
        operator=HQ_OPERATOR,
        action="hq_update",
        entity="registration",
        entity_uuid=record.uuid,
        version=record.version,
        changes=diff,
    )
    return True


def _queued(session: Session, uuids: list[str]) -> set[str]:
    """Which of ``uuids`` wait in the outbox (unsent local changes)."""
    cursor = driver_cursor(session)
    cursor.execute(
        f"SELECT DISTINCT entity_uuid FROM outbox WHERE entity_uuid IN ({','.join('?' * len(uuids))})",
        uuids,
    )
    return {uuid for (uuid,) in cursor.fetchall()}


def apply_pulled(store: Store, changes: Sequence[wire.PulledChange], cursor: str) -> int:
    """Apply one page of HQ changes and advance the cursor, in one transaction.

    Decisions (accepted with KPJ, rejected) are applied together, in a few statements.
    Corrections each get a savepoint: one this laptop cannot hold (HQ gave a NIK another
    local record has, or a village not served here) becomes a conflict for a person; it
    never stops the pull, so later answers keep arriving. Returns the number of records
    changed.
    """
    wanted = [c for c in changes if c.get("entity") == "registration"]
    with store.write() as session:
        queued = _queued(session, [c["uuid"] for c in wanted]) if wanted else set()
        applied = apply_decisions(session, [c for c in wanted if "data" not in c], queued)
        corrections = [c for c in wanted if "data" in c]
        records = _records(session, [c["uuid"] for c in corrections])
        for change in corrections:
            record = records.get(change["uuid"])
            if record is None:
                continue
            unsent = record.sync_state is not SyncState.SYNCED or record.uuid in queued
            try:
                with session.begin_nested():
                    applied += _apply_one(session, record, change, unsent)
            except IntegrityError:
                _conflict(session, change["uuid"], record.version, change)
                applied += 1
        session.merge(StoreMeta(key=PULL_CURSOR, value=cursor))
    return applied


def _records(session: Session, uuids: list[str]) -> dict[str, Registration]:
    if not uuids:
        return {}
    return {
        r.uuid: r for r in session.scalars(select(Registration).where(Registration.uuid.in_(uuids)))
    }
