"""Review at HQ: list registrations, approve (issuing a KPJ), reject, correct.

Each decision is one transaction: the record's new state, its change number for pull
(see :mod:`desa_desktop.hq.changes`) and the admin audit entry commit together.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desa_desktop.core.timestamps import utcnow
from desa_desktop.hq import claims
from desa_desktop.hq.audit import AdminRefused, record_admin_action
from desa_desktop.hq.changes import mark_changed_by_hq, take_change_seqs
from desa_desktop.hq.credentials import mask_nik
from desa_desktop.hq.db import Database
from desa_desktop.hq.models import ACCEPTED, DUPLICATE, INACTIVE, RECEIVED, REJECTED, Record

KPJ_DIGITS = 11
KPJ_ATTEMPTS = 20
MIN_ID_PREFIX = 4
REASON_MAX_LENGTH = 500
LOOKUP_CHUNK = 5000  # values per IN (...): well under SQLite's limit on parameters
# Records "review approve --all" decides: undecided and not flagged.
APPROVABLE = (RECEIVED, DUPLICATE, REJECTED)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewRow:
    """One line of ``review list`` (the NIK is masked by the caller)."""

    uuid: str
    kind: str | None
    village_code: str | None
    nik: str | None
    name: str | None
    status: str
    kpj: str | None


def new_kpj() -> str:
    """A random 11-digit KPJ number, standing in for BPJS's core system (never a leading
    zero, which spreadsheets would drop)."""
    low = 10 ** (KPJ_DIGITS - 1)
    return str(low + secrets.randbelow(9 * low))


def find_registration(session: Session, ident: str) -> Record:
    """The registration with UUID ``ident`` or a unique UUID prefix of at least 4 characters."""
    key = ident.strip().lower()
    if len(key) < MIN_ID_PREFIX:
        raise AdminRefused(f"ID {ident!r} is too short: give at least {MIN_ID_PREFIX} characters")
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = session.scalars(
        select(Record)
        .where(Record.entity == "registration")
        .where(Record.uuid.like(f"{escaped}%", escape="\\"))
        .limit(2)
        .with_for_update()
    ).all()
    if not found:
        raise AdminRefused(f"no registration with ID {ident!r}")
    if len(found) > 1:
        raise AdminRefused(f"ID {ident!r} matches several registrations; give more characters")
    return found[0]


def list_registrations(
    db: Database, status: str | None = None, limit: int = 1000
) -> list[ReviewRow]:
    """Registrations, undecided first (duplicate, received), then by arrival."""
    query = select(Record).where(Record.entity == "registration")
    if status:
        query = query.where(Record.status == status)
    with db.read() as session:
        records = session.scalars(query.order_by(Record.received_at).limit(limit)).all()
    order = {DUPLICATE: 0, RECEIVED: 1}
    records = sorted(records, key=lambda r: order.get(r.status, 2))
    return [
        ReviewRow(r.uuid, r.kind, r.village_code, r.nik, r.name, r.status, r.kpj) for r in records
    ]


def _issue_kpj(session: Session, record: Record, make: Callable[[], str]) -> str:
    # The unique constraint on kpj, not a lookup, guarantees no number is issued twice;
    # a collision rolls back only the savepoint and the next number is tried.
    for _ in range(KPJ_ATTEMPTS):
        kpj = make()
        try:
            with session.begin_nested():
                record.kpj = kpj
                session.flush()
        except IntegrityError:
            continue
        return kpj
    raise AdminRefused("could not issue a unique KPJ number; try again")


def _held_elsewhere(session: Session, uuid: str, nik: str, holder: str) -> AdminRefused:
    village = claims.holder_village(session, holder)
    return AdminRefused(
        f"{uuid}: NIK {mask_nik(nik)} is already held by registration {holder}"
        f" (village {village}). Reject one of them, or wait until the other is deactivated."
    )


def _approve_one(session: Session, record: Record, make: Callable[[], str]) -> str:
    if record.status == ACCEPTED:
        raise AdminRefused(f"{record.uuid} is already accepted (KPJ {record.kpj})")
    if record.status == INACTIVE:
        raise AdminRefused(f"{record.uuid} is inactive and cannot be approved")
    previous = record.status
    holder = claims.claim_nik(session, record.nik, record.uuid) if record.nik else None
    if holder is not None:
        raise _held_elsewhere(session, record.uuid, record.nik or "", holder)
    kpj = _issue_kpj(session, record, make)
    record.status = ACCEPTED
    record.reason = None
    mark_changed_by_hq(session, record)
    log.info("registration %s approved (was %s)", record.uuid, previous)
    return kpj


def _unused_kpjs(session: Session, count: int, make: Callable[[], str]) -> list[str]:
    """``count`` new KPJ numbers, none issued before nor twice among them (the unique
    constraint on kpj still stands behind this look)."""
    chosen: dict[str, None] = {}  # an ordered set
    for _ in range(KPJ_ATTEMPTS):
        drawn = dict.fromkeys(make() for _ in range(count - len(chosen)))
        fresh = [kpj for kpj in drawn if kpj not in chosen]
        issued: set[str] = set()
        for first in range(0, len(fresh), LOOKUP_CHUNK):
            chunk = fresh[first : first + LOOKUP_CHUNK]
            issued.update(session.scalars(select(Record.kpj).where(Record.kpj.in_(chunk))))
        chosen.update(dict.fromkeys(kpj for kpj in fresh if kpj not in issued))
        if len(chosen) == count:
            return list(chosen)
    raise AdminRefused("could not issue unique KPJ numbers; try again")


def _approve_received(session: Session, make: Callable[[], str]) -> list[tuple[str, str]]:
    """Approve every received registration with the rules of :func:`_approve_one` (its NIK
    claimed, a unique KPJ, a change number each, in order of arrival), in a few statements:
    a regency's reviewer approves thousands at once."""
    rows = session.execute(
        select(Record.uuid, Record.nik)
        .where(Record.entity == "registration", Record.status == RECEIVED)
        .order_by(Record.received_at, Record.uuid)
        .with_for_update()
    ).all()
    if not rows:
        return []
    niks = dict(rows)
    holders = claims.claim_many(session, sorted((nik, uuid) for uuid, nik in rows if nik))
    for uuid, holder in holders.items():
        if holder is not None:
            raise _held_elsewhere(session, uuid, niks[uuid] or "", holder)
    kpjs = _unused_kpjs(session, len(rows), make)
    seqs = take_change_seqs(session, len(rows))
    now = utcnow()
    approved = [(str(uuid), kpj) for (uuid, _nik), kpj in zip(rows, kpjs, strict=True)]
    session.execute(
        update(Record),
        [
            {
                "uuid": uuid,
                "kpj": kpj,
                "status": ACCEPTED,
                "reason": None,
                "change_seq": seq,
                "updated_at": now,
            }
            for (uuid, kpj), seq in zip(approved, seqs, strict=True)
        ],
    )
    for uuid, _kpj in approved:
        log.info("registration %s approved (was %s)", uuid, RECEIVED)
    return approved


def approve(
    db: Database,
    ident: str | None,
    *,
    actor: str,
    everything: bool = False,
    make_kpj: Callable[[], str] = new_kpj,
) -> list[tuple[str, str]]:
    """Approve one registration (``ident``) or, with ``everything``, every received one.

    Returns ``(uuid, kpj)`` per approval. A duplicate is approved only once the NIK is free.
    """

    def work(session: Session) -> list[tuple[str, str]]:
        if everything:
            done = _approve_received(session, make_kpj)
        else:
            record = find_registration(session, ident or "")
            done = [(record.uuid, _approve_one(session, record, make_kpj))]
        record_admin_action(
            session, actor, "review.approve", ident or "--all", {"approved": len(done)}
        )
        return done

    return db.run_write(work)


def reject(db: Database, ident: str, reason: str, *, actor: str) -> str:
    """Reject a registration with a reason the village will read. Returns its UUID."""
    text = " ".join(reason.split())
    if not text or len(text) > REASON_MAX_LENGTH:
        raise AdminRefused(f"the reason must be 1 to {REASON_MAX_LENGTH} characters")

    def work(session: Session) -> str:
        record = find_registration(session, ident)
        if record.status == ACCEPTED:
            raise AdminRefused(f"{record.uuid} is already accepted (KPJ {record.kpj})")
        if record.status == INACTIVE:
            raise AdminRefused(f"{record.uuid} is inactive")
        record.status = REJECTED
        record.reason = text
        claims.release_nik(session, record.uuid)
        mark_changed_by_hq(session, record)
        record_admin_action(session, actor, "review.reject", record.uuid)
        return record.uuid

    uuid = db.run_write(work)
    log.info("registration %s rejected", uuid)
    return uuid


def record_data(record: Record) -> dict[str, Any]:
    """The record's wire data as HQ holds it."""
    data: dict[str, Any] = json.loads(record.data)
    return data
