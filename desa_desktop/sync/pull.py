"""Applying what HQ sends back: decisions (accepted with KPJ, rejected with reason) and corrections.

A pull never overwrites a local edit that has not reached HQ: a correction arriving
for such a record becomes a conflict for a person to resolve. The cursor is saved in
the same transaction as the changes it covers, so a crash re-pulls, never skips.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.services.changes import audit
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import OutboxEntry, Registration, StoreMeta, SyncResult
from desa_desktop.core.store.types import utcnow
from desa_desktop.protocol import wire
from desa_desktop.protocol.records import decode_registration
from desa_desktop.sync.settings import PULL_CURSOR

HQ_OPERATOR = "HQ"
# Facts about who typed what, on this laptop; HQ's copy never replaces them.
LOCAL_ONLY = ("kind", "created_by", "updated_by", "consent_at", "consent_by")


def _has_unsent_edits(session: Session, record: Registration) -> bool:
    if record.sync_state in (SyncState.PENDING, SyncState.CONFLICT, SyncState.ERROR):
        return True
    queued = session.scalar(
        select(OutboxEntry.id).where(OutboxEntry.entity_uuid == record.uuid).limit(1)
    )
    return queued is not None


def _apply_decision(
    record: Registration, change: wire.PulledChange, unsent: bool
) -> dict[str, list[object]]:
    before = (record.status.value, record.kpj, record.rejection_reason)
    if change["status"] == "accepted" and record.status is not Status.INACTIVE:
        record.kpj = change.get("kpj") or record.kpj
        record.status = Status.ACCEPTED
        record.rejection_reason = None
    elif change["status"] == "rejected":
        record.rejection_reason = change.get("reason")
        if not unsent and record.status is not Status.INACTIVE:
            record.status = (
                Status.REJECTED
            )  # an unsent fix keeps its own status; it will be re-reviewed
    after = (record.status.value, record.kpj, record.rejection_reason)
    names = ("status", "kpj", "rejection_reason")
    return {n: [b, a] for n, b, a in zip(names, before, after, strict=True) if b != a}


def _apply_correction(
    session: Session, record: Registration, change: wire.PulledChange, unsent: bool
) -> dict[str, list[object]]:
    data = change.get("data") or {}
    if unsent:
        session.merge(
            SyncResult(
                entity_uuid=record.uuid,
                entity="registration",
                version=record.version,
                outcome="conflict",
                hq_version=change["hq_version"],
                hq_data=json.dumps(data, ensure_ascii=False),
                at=utcnow(),
            )
        )
        record.sync_state = SyncState.CONFLICT
        return {"sync_state": ["pending", "conflict"]}
    changed = apply_hq_data(record, data)
    record.version = record.synced_version = change["hq_version"]
    record.sync_state = SyncState.SYNCED
    return changed


def apply_hq_data(record: Registration, data: dict[str, object]) -> dict[str, list[object]]:
    """Overwrite ``record``'s fields with HQ's copy; returns ``{field: [old, new]}`` for the audit."""
    changed: dict[str, list[object]] = {}
    for name, value in decode_registration(data).items():
        if name in LOCAL_ONLY:
            continue
        old = getattr(record, name)
        if old != value:
            changed[name] = [_text(old), _text(value)]
            setattr(record, name, value)
    return changed


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def apply_pulled(store: Store, changes: Sequence[wire.PulledChange], cursor: str) -> int:
    """Apply one page of HQ changes and advance the cursor, in one transaction. Returns changes applied."""
    applied = 0
    with store.write() as session:
        for change in changes:
            if change.get("entity") != "registration":
                continue
            record = session.scalar(select(Registration).where(Registration.uuid == change["uuid"]))
            if record is None:
                continue
            unsent = _has_unsent_edits(session, record)
            diff = _apply_decision(record, change, unsent)
            if "data" in change:
                diff.update(_apply_correction(session, record, change, unsent))
            if diff:
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
                applied += 1
        session.merge(StoreMeta(key=PULL_CURSOR, value=cursor))
    return applied
