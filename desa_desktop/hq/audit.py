"""The admin audit trail, and the refusal every admin action raises on bad input."""

from __future__ import annotations

import getpass
import json
import os

from sqlalchemy.orm import Session

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
