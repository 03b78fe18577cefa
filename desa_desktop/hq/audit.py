"""The admin audit trail, and the refusal every admin action raises on bad input.

Entries name who did what to which device or record, and when; never personal data (a
correction lists the fields it changed, not their values).
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desa_desktop.hq.db import Database
from desa_desktop.hq.models import AdminAudit

ENV_ACTOR = "DESA_HQ_ADMIN"


class AdminRefused(Exception):
    """An admin action refused; ``lines`` say why, one finding per line, nothing written."""

    def __init__(self, *lines: str) -> None:
        super().__init__("; ".join(lines))
        self.lines = list(lines)


def current_actor() -> str:
    """Who runs the admin command: ``$DESA_HQ_ADMIN``, else the operating-system user."""
    named = os.environ.get(ENV_ACTOR)
    if named:
        return named[:100]
    try:
        return getpass.getuser()[:100]
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


def record_admin_action(
    session: Session,
    actor: str,
    action: str,
    target: str | None,
    details: dict[str, object] | None = None,
) -> None:
    """Append one audit entry in the caller's transaction (written with the change or not at all)."""
    session.add(
        AdminAudit(
            actor=actor,
            action=action,
            target=target,
            details=json.dumps(details, ensure_ascii=False, sort_keys=True) if details else None,
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    """One line of ``desa-hq audit``."""

    at: datetime
    actor: str
    action: str
    target: str | None
    details: str | None


def list_admin_actions(db: Database, limit: int, action: str | None = None) -> list[AuditEntry]:
    """The latest ``limit`` entries (those whose action starts with ``action``), oldest first."""
    query = select(AdminAudit).order_by(AdminAudit.id.desc()).limit(limit)
    if action:
        query = query.where(AdminAudit.action.startswith(action, autoescape=True))
    with db.read() as session:
        rows = session.scalars(query).all()
    return [AuditEntry(r.at, r.actor, r.action, r.target, r.details) for r in reversed(rows)]
