"""Reading the outbox into push batches, and recording HQ's per-record answers.

A record leaves the outbox only when HQ has answered for its version, in the same
transaction that records the answer. A crash anywhere before that leaves it queued;
sending it again is safe because HQ recognises an exact replay.

Both sides of a push handle thousands of rows, so they speak SQL through the DB-API
cursor (``executemany`` of prepared statements) rather than through ORM objects.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.store.engine import Store
from desa_desktop.core.timestamps import utcnow
from desa_desktop.protocol import wire
from desa_desktop.sync.outbox_read import (
    driver_cursor,
    registrations_for_sending,
    sessions_for_sending,
    stored_timestamp,
)

OUTCOMES = frozenset({"accepted", "already_held", "conflict", "rejected"})


@dataclass
class Batch:
    """Records ready to push, each also as its compact JSON (``encoded``), and their size."""

    records: list[wire.PushRecord] = field(default_factory=list)
    encoded: list[str] = field(default_factory=list)
    size: int = 0

    def body(self, batch_id: str) -> bytes:
        """The push request as JSON, built from the records already encoded."""
        head = json.dumps({"batch_id": batch_id}, separators=(",", ":"))[:-1]
        return f'{head},"records":[{",".join(self.encoded)}]}}'.encode()


def waiting_count(store: Store) -> int:
    """How many records wait to reach HQ (each counted once, however often it was edited)."""
    with store.read() as session:
        cursor = driver_cursor(session)
        return int(cursor.execute("SELECT count(DISTINCT entity_uuid) FROM outbox").fetchone()[0])


_SCAN_ROWS = 1000


def _oldest_waiting(cursor: Any, limit: int, skip: frozenset[str]) -> list[tuple[str, str]]:
    """``(entity, uuid)`` of the ``limit`` records queued first (by their oldest entry)."""
    chosen: dict[str, str] = {}
    after = 0
    while len(chosen) < limit:
        rows = cursor.execute(
            "SELECT id, entity, entity_uuid FROM outbox WHERE id > ? ORDER BY id LIMIT ?",
            (after, _SCAN_ROWS),
        ).fetchall()
        for _, entity, uuid in rows:
            if uuid not in skip and uuid not in chosen:
                chosen[uuid] = entity
                if len(chosen) == limit:
                    break
        if len(rows) < _SCAN_ROWS:
            break
        after = rows[-1][0]
    return [(entity, uuid) for uuid, entity in chosen.items()]


def next_batch(
    store: Store, *, max_records: int, max_bytes: int, skip: frozenset[str] = frozenset()
) -> Batch:
    """The oldest waiting records, each at its current version, within both limits.

    ``skip`` holds UUIDs answered or in flight in this run (so a record HQ keeps refusing
    for a passing reason cannot starve the rest of the queue, and none is sent twice).
    """
    batch = Batch()
    with store.read() as session:
        cursor = driver_cursor(session)
        queued = _oldest_waiting(cursor, max_records, skip)
        found = registrations_for_sending(session, [u for e, u in queued if e == "registration"])
        found |= sessions_for_sending(session, [u for e, u in queued if e == "session"])
        for entity, uuid in queued:
            if uuid not in found:  # cannot happen with foreign keys on; never block the queue
                continue
            version, synced_version, data = found[uuid]
            item: wire.PushRecord = {
                "uuid": uuid,
                "entity": cast(wire.Entity, entity),
                "version": version,
                "base_version": synced_version,
                "data": data,
            }
            encoded = json.dumps(item, separators=(",", ":"), ensure_ascii=False)
            size = len(encoded.encode())
            if batch.records and batch.size + size > max_bytes:
                break
            batch.records.append(item)
            batch.encoded.append(encoded)
            batch.size += size
    return batch


def count_attempt(store: Store, uuids: Sequence[str]) -> None:
    """Note a send of these records that got no usable answer (the sync screen's "tries")."""
    if not uuids:
        return
    with store.write() as session:
        marks = ",".join("?" * len(uuids))
        driver_cursor(session).execute(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?"
            f" WHERE entity_uuid IN ({marks})",
            [stored_timestamp(utcnow()), *uuids],
        )


_STATES = {
    "accepted": (True, SyncState.SYNCED.value),
    "already_held": (True, SyncState.SYNCED.value),
    "conflict": (False, SyncState.CONFLICT.value),
    "rejected": (False, SyncState.ERROR.value),
}


# HQ's answer in a record's bookkeeping (one row per answered record, executemany).
# Acknowledged (ok): synced_version = max(old, v); synced unless a newer local edit exists;
# a registration still "ready" becomes "sent" (only when HQ holds what this laptop holds).
# Refused: the sync state says conflict or error unless edited since.
_SET_STATE = (
    "synced_version = CASE WHEN :ok THEN max(coalesce(synced_version, 0), :v)"
    " ELSE synced_version END,"
    " sync_state = CASE WHEN version > :v THEN sync_state ELSE :state END"
)
_UPDATE_STATE = {
    "registration": f"UPDATE registration SET {_SET_STATE},"
    f" status = CASE WHEN :ok AND version <= :v AND status = '{Status.READY.value}'"
    f" THEN '{Status.SENT.value}' ELSE status END WHERE uuid = :u",
    "session": f"UPDATE socialization_session SET {_SET_STATE} WHERE uuid = :u",
}
_DELETE_ANSWERED = "DELETE FROM outbox WHERE entity_uuid = ? AND version <= ?"
_RESULT_COLUMNS = ("entity_uuid", "entity", "version", "outcome", "errors", "hq_version")
_UPSERT_RESULT = (
    f"INSERT INTO sync_result ({', '.join(_RESULT_COLUMNS)}, hq_data, at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity_uuid) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in (*_RESULT_COLUMNS[1:], "hq_data", "at"))
)


def _result_row(sent: wire.PushRecord, result: wire.PushResult, at: str) -> tuple[Any, ...]:
    errors = result.get("errors")
    return (
        result["uuid"],
        sent["entity"],
        result["version"],
        result["outcome"],
        json.dumps(errors, ensure_ascii=False) if errors else None,
        result.get("hq_version"),
        json.dumps(result["hq_data"], ensure_ascii=False) if "hq_data" in result else None,
        at,
    )


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
    states: dict[str, list[dict[str, Any]]] = {}
    for item, result in zip(sent, results, strict=True):
        ok, state = _STATES[result["outcome"]]
        states.setdefault(item["entity"], []).append(
            {"u": item["uuid"], "v": item["version"], "ok": ok, "state": state}
        )
    at = stored_timestamp(utcnow())
    with store.write() as session:
        cursor = driver_cursor(session)
        for entity, params in states.items():
            cursor.executemany(_UPDATE_STATE[entity], params)
        cursor.executemany(_DELETE_ANSWERED, [(s["uuid"], s["version"]) for s in sent])
        cursor.executemany(
            _UPSERT_RESULT, [_result_row(s, r, at) for s, r in zip(sent, results, strict=True)]
        )
    return dict(Counter(r["outcome"] for r in results))
