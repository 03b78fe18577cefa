"""Reading the outbox into push batches, and recording HQ's per-record answers.

A record leaves the outbox only when HQ has answered for its version, in the same
transaction that records the answer. A crash anywhere before that leaves it queued;
sending it again is safe because HQ recognises an exact replay.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import (
    OutboxEntry,
    Registration,
    SocializationSession,
    SyncResult,
    Tracked,
)
from desa_desktop.core.timestamps import utcnow
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


def _load_many(session: Session, wanted: Iterable[tuple[str, str]]) -> dict[str, Tracked]:
    """Records by UUID for ``(entity, uuid)`` pairs: one query per entity, not per record."""
    by_entity: dict[str, list[str]] = {}
    for entity, uuid in wanted:
        by_entity.setdefault(entity, []).append(uuid)
    found: dict[str, Tracked] = {}
    for entity, uuids in by_entity.items():
        model = MODELS[entity]
        query = select(model).where(model.uuid.in_(uuids))
        if model is SocializationSession:
            query = query.options(selectinload(SocializationSession.attendees))
        for row in session.scalars(query):
            record = cast(Tracked, row)
            found[record.uuid] = record
    return found


@dataclass(frozen=True)
class _Plain:
    """A registration read as plain column values (no ORM object: cheaper in bulk)."""

    values: dict[str, Any]

    @property
    def version(self) -> int:
        return int(self.values["version"])

    @property
    def synced_version(self) -> int | None:
        value = self.values["synced_version"]
        return None if value is None else int(value)


def _load_for_sending(session: Session, wanted: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Records to encode by UUID: registrations as plain column values, sessions as ORM
    objects with their attendance."""
    pairs = list(wanted)
    found: dict[str, Any] = _load_many(session, ((e, u) for e, u in pairs if e != "registration"))
    uuids = [u for e, u in pairs if e == "registration"]
    if uuids:
        table = cast(Table, Registration.__table__)
        for row in session.execute(select(table).where(table.c.uuid.in_(uuids))).mappings():
            found[row["uuid"]] = _Plain(dict(row))
    return found


def encode(entity: str, record: Any) -> dict[str, object]:
    if entity == "session":
        return encode_session(record)
    if isinstance(record, _Plain):
        return encode_registration(record.values)
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
        oldest_first = session.execute(
            select(OutboxEntry.entity, OutboxEntry.entity_uuid)
            .group_by(OutboxEntry.entity, OutboxEntry.entity_uuid)
            .order_by(func.min(OutboxEntry.id))
            .limit(max_records + len(skip))
        ).all()
        queued = [(e, u) for e, u in oldest_first if u not in skip][:max_records]
        records = _load_for_sending(session, queued)
        chosen: list[str] = []
        for entity, uuid in queued:
            record = records.get(uuid)
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


def _result_row(result: wire.PushResult, entity: str) -> dict[str, Any]:
    errors = result.get("errors")
    return {
        "entity_uuid": result["uuid"],
        "entity": entity,
        "version": result["version"],
        "outcome": result["outcome"],
        "errors": json.dumps(errors, ensure_ascii=False) if errors else None,
        "hq_version": result.get("hq_version"),
        "hq_data": json.dumps(result["hq_data"], ensure_ascii=False)
        if "hq_data" in result
        else None,
        "at": utcnow(),
    }


_DELETE_ANSWERED = (
    delete(OutboxEntry)
    .where(OutboxEntry.entity_uuid == bindparam("answered_uuid"))
    .where(OutboxEntry.version <= bindparam("answered_version"))
)


def _upsert_results(rows: list[dict[str, Any]]) -> Any:
    statement = sqlite_insert(SyncResult)
    return statement.on_conflict_do_update(
        index_elements=[SyncResult.entity_uuid],
        set_={name: statement.excluded[name] for name in rows[0] if name != "entity_uuid"},
    )


def _state_updates(sent: Sequence[wire.PushRecord], results: Sequence[wire.PushResult]) -> Any:
    """Per-entity executemany parameters for :func:`_update_statement`."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for item, result in zip(sent, results, strict=True):
        ok = result["outcome"] in ("accepted", "already_held")
        state = (
            SyncState.SYNCED
            if ok
            else SyncState.CONFLICT
            if result["outcome"] == "conflict"
            else SyncState.ERROR
        )
        by_entity.setdefault(item["entity"], []).append(
            {"u": item["uuid"], "v": item["version"], "ok": ok, "state": state.value}
        )
    return by_entity


def _update_statement(model: type[Registration] | type[SocializationSession]) -> Any:
    """One UPDATE per answered record (executemany), HQ's answer in the record's bookkeeping.

    Acknowledged (``ok``): synced_version = max(old, v); synced unless a newer local edit
    exists; a registration still "ready" becomes "sent" (only when HQ holds what this
    laptop holds). Refused: the sync state says conflict or error unless edited since.
    """
    table = cast(Table, model.__table__)
    version: Any = bindparam("v")
    ok: Any = bindparam("ok")
    state: Any = bindparam("state")
    newer_local_edit = table.c.version > version
    values: dict[str, Any] = {
        "synced_version": case(
            (ok, func.max(func.coalesce(table.c.synced_version, 0), version)),
            else_=table.c.synced_version,
        ),
        "sync_state": case((newer_local_edit, table.c.sync_state), else_=state),
    }
    if model is Registration:
        values["status"] = case(
            (
                ok & ~newer_local_edit & (table.c.status == Status.READY.value),
                Status.SENT.value,
            ),
            else_=table.c.status,
        )
    return update(table).where(table.c.uuid == bindparam("u")).values(values)


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
    if not sent:
        return {}
    with store.write() as session:
        connection = session.connection()
        for entity, params in _state_updates(sent, results).items():
            connection.execute(_update_statement(MODELS[entity]), params)
        # Core executemany, not ORM bulk: the WHERE clause names its own parameters.
        connection.execute(
            _DELETE_ANSWERED.execution_options(synchronize_session=False),
            [{"answered_uuid": s["uuid"], "answered_version": s["version"]} for s in sent],
        )
        rows = [_result_row(r, s["entity"]) for s, r in zip(sent, results, strict=True)]
        session.execute(_upsert_results(rows), rows)
    return dict(Counter(r["outcome"] for r in results))
