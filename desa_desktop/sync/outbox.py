"""Reading the outbox into push batches, and recording HQ's per-record answers.

A record leaves the outbox only when HQ has answered for its version, in the same
transaction that records the answer. A crash anywhere before that leaves it queued;
sending it again is safe because HQ recognises an exact replay.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import (
    OutboxEntry,
    Registration,
    SocializationSession,
    SyncResult,
    Tracked,
)
from desa_desktop.core.store.types import utcnow
from desa_desktop.protocol import wire
from desa_desktop.protocol.records import encode_registration

OUTCOMES = frozenset({"accepted", "already_held", "conflict", "rejected"})
MODELS: dict[str, type[Registration] | type[SocializationSession]] = {
    "registration": Registration,
    "session": SocializationSession,
}


@dataclass
class Batch:
    """Records ready to push, with their encoded size."""

    records: list[wire.PushRecord] = field(default_factory=list)
    size: int = 0


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


def _load(session: Session, entity: str, uuid: str) -> Tracked | None:
    model = MODELS[entity]
    return cast(Tracked | None, session.scalar(select(model).where(model.uuid == uuid)))


def encode(entity: str, record: Any) -> dict[str, object]:
    if entity == "session":
        return encode_session(record)
    return encode_registration(record.column_values())


def waiting_count(store: Store) -> int:
    """How many records wait to reach HQ (each counted once, however often it was edited)."""
    with store.read() as session:
        return session.scalar(select(func.count(func.distinct(OutboxEntry.entity_uuid)))) or 0


def next_batch(
    store: Store, *, max_records: int, max_bytes: int, skip: frozenset[str] = frozenset()
) -> Batch:
    """The oldest waiting records, each at its current version, within both limits.

    ``skip`` holds UUIDs already answered in this run (so a record HQ keeps refusing
    for a passing reason cannot starve the rest of the queue).
    """
    batch = Batch()
    with store.write() as session:
        queued = session.execute(
            select(OutboxEntry.entity, OutboxEntry.entity_uuid, func.min(OutboxEntry.id))
            .group_by(OutboxEntry.entity, OutboxEntry.entity_uuid)
            .order_by(func.min(OutboxEntry.id))
            .limit(max_records + len(skip))
        ).all()
        chosen: list[str] = []
        for entity, uuid, _ in queued:
            if uuid in skip or len(batch.records) >= max_records:
                continue
            record = _load(session, entity, uuid)
            if record is None:  # cannot happen with foreign keys on; never block the queue on it
                continue
            item: wire.PushRecord = {
                "uuid": uuid,
                "entity": cast(wire.Entity, entity),
                "version": record.version,
                "base_version": record.synced_version,
                "data": encode(entity, record),
            }
            size = len(json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode())
            if batch.records and batch.size + size > max_bytes:
                break
            batch.records.append(item)
            batch.size += size
            chosen.append(uuid)
        if chosen:
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.entity_uuid.in_(chosen))
                .values(attempts=OutboxEntry.attempts + 1, last_attempt_at=utcnow())
            )
    return batch


def _result_row(result: wire.PushResult, entity: str) -> SyncResult:
    return SyncResult(
        entity_uuid=result["uuid"],
        entity=entity,
        version=result["version"],
        outcome=result["outcome"],
        errors=json.dumps(result.get("errors"), ensure_ascii=False)
        if result.get("errors")
        else None,
        hq_version=result.get("hq_version"),
        hq_data=json.dumps(result["hq_data"], ensure_ascii=False) if "hq_data" in result else None,
        at=utcnow(),
    )


def _apply_one(session: Session, sent: wire.PushRecord, result: wire.PushResult) -> None:
    record = _load(session, sent["entity"], sent["uuid"])
    version = sent["version"]
    session.execute(
        delete(OutboxEntry).where(
            OutboxEntry.entity_uuid == sent["uuid"], OutboxEntry.version <= version
        )
    )
    session.merge(_result_row(result, sent["entity"]))
    if record is None:
        return
    newer_local_edit = record.version > version
    outcome = result["outcome"]
    if outcome in ("accepted", "already_held"):
        record.synced_version = max(record.synced_version or 0, version)
        if not newer_local_edit:
            record.sync_state = SyncState.SYNCED
        if isinstance(record, Registration) and record.status is Status.READY:
            record.status = Status.SENT
    elif not newer_local_edit:
        record.sync_state = SyncState.CONFLICT if outcome == "conflict" else SyncState.ERROR


def apply_results(
    store: Store, sent: Sequence[wire.PushRecord], results: Sequence[wire.PushResult]
) -> dict[str, int]:
    """Record HQ's answers in one transaction. Returns counts by outcome.

    Raises ValueError (and records nothing) when the answers do not match the batch.
    """
    if len(results) != len(sent) or any(
        r.get("uuid") != s["uuid"]
        or r.get("version") != s["version"]
        or r.get("outcome") not in OUTCOMES
        for s, r in zip(sent, results, strict=True)
    ):
        raise ValueError("HQ's results do not match the records sent")
    counts: dict[str, int] = {}
    with store.write() as session:
        for item, result in zip(sent, results, strict=True):
            _apply_one(session, item, result)
            counts[result["outcome"]] = counts.get(result["outcome"], 0) + 1
    return counts
