"""HQ's decisions (accepted with a KPJ, rejected with a reason) applied a page at a time.

A pull brings back thousands of plain decisions. They are read and written as plain rows
(one SELECT, one ``executemany`` UPDATE, one multi-row audit insert) with the same rules
as a single record (:func:`decide`), so a page costs a few statements, not one ORM
object and flush per record.
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.services.changes import AUDIT_LOG
from desa_desktop.core.timestamps import utcnow
from desa_desktop.protocol import wire
from desa_desktop.sync.outbox_read import driver_cursor, stored_timestamp

HQ_OPERATOR = "HQ"

Decided = tuple[Status, str | None, str | None]  # status, KPJ, rejection reason
DECIDED_FIELDS = ("status", "kpj", "rejection_reason")


def decide(current: Decided, change: wire.PulledChange, unsent: bool) -> Decided:
    """A record's (status, KPJ, rejection reason) after HQ's decision in ``change``."""
    status, kpj, reason = current
    settled = status in (Status.INACTIVE, Status.DRAFT)  # HQ's word never revives these
    if change["status"] == "accepted":
        # The KPJ is HQ's fact about this person: keep it even if they died meanwhile.
        kpj = change.get("kpj") or kpj
        reason = None
        if not settled:
            status = Status.ACCEPTED
    elif change["status"] == "rejected":
        reason = change.get("reason")
        if not unsent and not settled:
            status = Status.REJECTED  # an unsent fix keeps its status: it is re-reviewed
    return status, kpj, reason


def decision_diff(before: Decided, after: Decided) -> dict[str, list[object]]:
    """``{field: [old, new]}`` of what a decision changed, for the audit."""
    old = (before[0].value, *before[1:])
    new = (after[0].value, *after[1:])
    return {n: [b, a] for n, b, a in zip(DECIDED_FIELDS, old, new, strict=True) if b != a}


def _diff_json(diff: dict[str, list[object]]) -> str:
    """``json.dumps(diff, ensure_ascii=False)`` for a decision's diff (text or null values),
    written out directly: a pull audits thousands of decisions."""
    pairs = (
        f"{encode_basestring(name)}: [{_json_text(old)}, {_json_text(new)}]"
        for name, (old, new) in diff.items()
    )
    return "{" + ", ".join(pairs) + "}"


def _json_text(value: object) -> str:
    return "null" if value is None else encode_basestring(str(value))


_STATUSES = {status.value: status for status in Status}

# The same audit entry :func:`core.services.changes.audit` writes, for many records at once.
_AUDIT = (
    f"INSERT INTO {AUDIT_LOG.name} (at, operator, action, entity, entity_uuid, version, changes)"
    f" VALUES (?, '{HQ_OPERATOR}', 'hq_update', 'registration', ?, ?, ?)"
)
_UPDATE = (
    "UPDATE registration SET status = ?, kpj = ?, rejection_reason = ?, updated_at = ? WHERE id = ?"
)


def apply_decisions(
    session: Session, decisions: Sequence[wire.PulledChange], queued: set[str]
) -> int:
    """Apply decisions (changes without HQ data) to the local records they name; returns
    how many records changed. Each change is audited as HQ's, like any other."""
    if not decisions:
        return 0
    uuids = [c["uuid"] for c in decisions]
    cursor = driver_cursor(session)
    cursor.execute(
        "SELECT uuid, id, status, kpj, rejection_reason, sync_state, version FROM registration"
        f" WHERE uuid IN ({','.join('?' * len(uuids))})",
        uuids,
    )
    current = {row[0]: row[1:] for row in cursor.fetchall()}
    stamp = stored_timestamp(utcnow())
    synced = SyncState.SYNCED.value
    updates: list[tuple[Any, ...]] = []
    audits: list[tuple[Any, ...]] = []
    for change in decisions:
        uuid = change["uuid"]
        found = current.get(uuid)
        if found is None:
            continue
        row_id, status, kpj, reason, sync_state, version = found
        before = (_STATUSES[status], kpj, reason)
        after = decide(before, change, sync_state != synced or uuid in queued)
        diff = decision_diff(before, after)
        if not diff:
            continue
        updates.append((after[0].value, after[1], after[2], stamp, row_id))
        audits.append((stamp, uuid, version, _diff_json(diff)))
    if updates:
        cursor.executemany(_UPDATE, updates)
        cursor.executemany(_AUDIT, audits)
    return len(updates)
