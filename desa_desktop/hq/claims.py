"""One active registration per NIK across all devices: the first claim wins.

``nik_claims`` has the NIK as its primary key, so two devices pushing the same NIK at
the same instant cannot both win: the second ``INSERT ... ON CONFLICT DO NOTHING`` waits
for the first to commit and inserts nothing. Records that are rejected, inactive or
themselves duplicates hold no claim.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desa_desktop.hq.db import insert_ignoring_conflict
from desa_desktop.hq.models import NikClaim, Record, utcnow

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


def held_nik(session: Session, uuid: str) -> str | None:
    """The NIK record ``uuid`` holds a claim on, if any."""
    return session.scalar(select(NikClaim.nik).where(NikClaim.uuid == uuid))


def release_nik(session: Session, uuid: str) -> None:
    """Drop any claim record ``uuid`` holds."""
    session.execute(delete(NikClaim).where(NikClaim.uuid == uuid))


def holder_village(session: Session, uuid: str) -> str:
    """The village code of the record holding a claim, for the duplicate message."""
    return session.scalar(select(Record.village_code).where(Record.uuid == uuid)) or "-"
