"""Numbering HQ-side changes so a device's pull cursor never skips one.

A single counter row is incremented (``UPDATE ... RETURNING``) in the same transaction as
the change it numbers. The UPDATE takes the row's lock until commit (the same lock a
``SELECT ... FOR UPDATE`` takes on PostgreSQL; SQLite serializes writers anyway), so a
second change waits for the first to commit before it gets the next number: sequence
order equals commit order, and a reader that sees number n+1 already sees n.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from desa_desktop.core.timestamps import utcnow
from desa_desktop.hq.models import COUNTER_PULL, Counter, Record


def next_change_seq(session: Session) -> int:
    """Take the next change number (locks the counter row until the transaction ends)."""
    return take_change_seqs(session, 1)[0]


def take_change_seqs(session: Session, count: int) -> range:
    """Take the next ``count`` change numbers at once, for changes made together."""
    stmt = (
        update(Counter)
        .where(Counter.name == COUNTER_PULL)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    )
    last = int(session.execute(stmt).scalar_one())
    return range(last - count + 1, last + 1)


def mark_changed_by_hq(session: Session, record: Record) -> None:
    """Stamp an HQ-side change on ``record`` so its device pulls it."""
    record.change_seq = next_change_seq(session)
    record.updated_at = utcnow()
