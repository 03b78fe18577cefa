"""A summary of a store: what is in it and what waits for HQ."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.migrate import current_revision
from desa_desktop.core.store.models import OutboxEntry, Registration, SocializationSession, Village


@dataclass(frozen=True)
class StoreInfo:
    path: str
    schema_revision: str | None
    villages: dict[str, str]  # code -> name
    counts: dict[tuple[str, str, str], int]  # (village, kind, status) -> n
    sessions: int
    outbox: int


def store_info(store: Store) -> StoreInfo:
    """Counts by village, kind and status, and the outbox size."""
    with store.read() as session:
        villages = {
            code: name
            for code, name in session.execute(
                select(Village.code, Village.name).order_by(Village.code)
            )
        }
        counts = {
            (village, kind.value, status.value): n
            for village, kind, status, n in session.execute(
                select(
                    Registration.village_code, Registration.kind, Registration.status, func.count()
                ).group_by(Registration.village_code, Registration.kind, Registration.status)
            )
        }
        sessions = session.scalar(select(func.count(SocializationSession.id))) or 0
        outbox = session.scalar(select(func.count(OutboxEntry.id))) or 0
    return StoreInfo(
        str(store.path), current_revision(store.path, store.key), villages, counts, sessions, outbox
    )
