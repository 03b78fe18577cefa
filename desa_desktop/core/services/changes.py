"""The bookkeeping every user action shares: version, audit entry, outbox entry, summary.

Called inside the service's unit of work, so the record, its audit entry and its
outbox entry are committed together or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from desa_desktop.core.domain.choices import Status, SyncState
from desa_desktop.core.store.models import AuditEntry, OutboxEntry, Tracked
from desa_desktop.core.timestamps import utcnow

# Audit and outbox rows are appended with plain INSERTs on the unit of work's connection:
# nothing reads them back as objects in the same transaction, and no foreign key makes
# their order against the session's pending objects matter.
AUDIT_LOG = cast(Table, AuditEntry.__table__)
OUTBOX = cast(Table, OutboxEntry.__table__)


@dataclass(frozen=True)
class Changes:
    """What an action changed, for views to refresh only what they show (one app-level signal)."""

    entity: str
    uuids: tuple[str, ...] = ()
    village_codes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # warning codes the user confirmed


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def diff(record: object, values: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for the values that differ from ``record``'s."""
    changed: dict[str, list[Any]] = {}
    for name, new in values.items():
        old = getattr(record, name, None)
        if _plain(old) != _plain(new):
            changed[name] = [_plain(old), _plain(new)]
    return changed


def audit(
    session: Session,
    *,
    operator: str,
    action: str,
    entity: str,
    entity_uuid: str,
    version: int | None,
    changes: dict[str, Any] | None = None,
) -> None:
    """Append one audit entry."""
    session.execute(
        AUDIT_LOG.insert(),
        {
            "at": utcnow(),
            "operator": operator,
            "action": action,
            "entity": entity,
            "entity_uuid": entity_uuid,
            "version": version,
            "changes": json.dumps(changes, ensure_ascii=False, default=_plain) if changes else None,
        },
    )


def is_draft(record: object) -> bool:
    """A draft stays on this laptop: it is never queued for HQ until completed."""
    return getattr(record, "status", None) is Status.DRAFT


def touch(record: Tracked, operator: str) -> None:
    """Stamp a change on ``record``: new version, who and when, and its sync state."""
    now = utcnow()
    record.version = (record.version or 0) + 1
    record.updated_at = now
    record.updated_by = operator
    record.sync_state = SyncState.LOCAL if is_draft(record) else SyncState.PENDING


def enqueue(session: Session, entity: str, record: Tracked) -> None:
    """Queue ``record``'s current version for HQ (drafts excepted)."""
    if not is_draft(record):
        queue(session, entity, record.uuid, record.version)


def queue(session: Session, entity: str, uuid: str, version: int) -> None:
    """Queue version ``version`` of the record ``uuid`` for HQ."""
    session.execute(
        OUTBOX.insert(),
        {"entity": entity, "entity_uuid": uuid, "version": version, "created_at": utcnow()},
    )
