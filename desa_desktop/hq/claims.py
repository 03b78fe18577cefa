"""One active registration per NIK across all devices: the first claim wins.

``nik_claims`` has the NIK as its primary key, so two devices pushing the same NIK at
the same instant cannot both win: the second ``INSERT ... ON CONFLICT DO NOTHING`` waits
for the first to commit and inserts nothing. Records that are rejected, inactive or
themselves duplicates hold no claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desa_desktop.core.timestamps import utcnow
from desa_desktop.hq.db import insert_ignoring_conflict, insert_many_ignoring_conflict
from desa_desktop.hq.models import NikClaim, Record

CLAIM_ATTEMPTS = 5


def claim_nik(session: Session, nik: str, uuid: str) -> str | None:
    """Claim ``nik`` for record ``uuid``; the UUID of the record holding it when that is
    another record (this one is then a duplicate), None when this record holds it.

    Under READ COMMITTED the insert may lose to a claim that is released before our
    SELECT looks: then nobody holds it and we simply try again, so a record never
    believes it holds a NIK without a claim row to prove it.
    """
    for _ in range(CLAIM_ATTEMPTS):
        insert_ignoring_conflict(
            session, NikClaim, {"nik": nik, "uuid": uuid, "claimed_at": utcnow()}
        )
        holder = session.scalar(select(NikClaim.uuid).where(NikClaim.nik == nik))
        if holder is not None:
            return None if holder == uuid else holder
    raise RuntimeError(f"NIK claim did not settle after {CLAIM_ATTEMPTS} attempts")


def claim_many(session: Session, wanted: Sequence[tuple[str, str]]) -> dict[str, str | None]:
    """Claim NIKs for many new records at once (``(nik, uuid)`` pairs, in lock order).

    The same rule as :func:`claim_nik`, in one multi-row ``INSERT ... ON CONFLICT DO
    NOTHING`` plus one SELECT of the holders: per record UUID, None when it holds its NIK,
    else the UUID of the record holding it. Within the batch the first pair wins. A claim
    released by another transaction between our insert and our look (no holder seen) is
    settled one record at a time by :func:`claim_nik`.
    """
    if not wanted:
        return {}
    now = utcnow()
    won = set(
        insert_many_ignoring_conflict(
            session,
            NikClaim,
            [{"nik": nik, "uuid": uuid, "claimed_at": now} for nik, uuid in wanted],
            NikClaim.uuid,
        )
    )
    outcome: dict[str, str | None] = {uuid: None for uuid in won}
    lost = [(nik, uuid) for nik, uuid in wanted if uuid not in won]
    if lost:
        holders = dict(
            session.execute(
                select(NikClaim.nik, NikClaim.uuid).where(
                    NikClaim.nik.in_(sorted({nik for nik, _ in lost}))
                )
            ).all()
        )
        for nik, uuid in lost:
            holder = holders.get(nik)
            outcome[uuid] = (
                claim_nik(session, nik, uuid)
                if holder is None
                else (None if holder == uuid else holder)
            )
    return outcome


def villages_of(session: Session, uuids: Sequence[str]) -> dict[str, str]:
    """Village codes of the records ``uuids`` (for duplicate messages), one query."""
    if not uuids:
        return {}
    rows = session.execute(
        select(Record.uuid, Record.village_code).where(Record.uuid.in_(sorted(set(uuids))))
    ).all()
    return {uuid: code or "-" for uuid, code in rows}


def held_nik(session: Session, uuid: str) -> str | None:
    """The NIK record ``uuid`` holds a claim on, if any."""
    return session.scalar(select(NikClaim.nik).where(NikClaim.uuid == uuid))


def release_nik(session: Session, uuid: str) -> None:
    """Drop any claim record ``uuid`` holds."""
    session.execute(delete(NikClaim).where(NikClaim.uuid == uuid))


def holder_village(session: Session, uuid: str) -> str:
    """The village code of the record holding a claim, for the duplicate message."""
    return session.scalar(select(Record.village_code).where(Record.uuid == uuid)) or "-"
