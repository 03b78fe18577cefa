"""HQ's tables (typed SQLAlchemy 2), separate from the laptop store's.

The schema is created at start-up with ``metadata.create_all`` (see docs/PROTOCOL.md);
HQ does not use Alembic yet. Uniqueness that matters for correctness is enforced by the
database, never by a check-then-insert in Python: record UUIDs (primary key), one claim
per NIK (primary key of ``nik_claims``), KPJ numbers, device names and token hashes.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desa_desktop.core.timestamps import UtcDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Record statuses as HQ holds them. "duplicate" is kept for review, never lost.
RECEIVED = "received"
ACCEPTED = "accepted"
REJECTED = "rejected"
DUPLICATE = "duplicate"
INACTIVE = "inactive"
STATUSES = (RECEIVED, ACCEPTED, REJECTED, DUPLICATE, INACTIVE)

COUNTER_PULL = "pull"


def new_id() -> str:
    """A fresh random UUID as text."""
    return str(uuid_module.uuid4())


class HQBase(DeclarativeBase):
    """Declarative base of HQ's own schema (never shared with the laptop store)."""

    metadata = MetaData(naming_convention=NAMING)


class Device(HQBase):
    """A field laptop allowed to talk to HQ. Only hashes of its secrets are kept."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 hex
    enrollment_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    enrolled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    store_id: Mapped[str | None] = mapped_column(String(64))


class DeviceVillage(HQBase):
    """A village a device may push for. A device with none may push for any village."""

    __tablename__ = "device_villages"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(13), primary_key=True)


class Record(HQBase):
    """One registration or session as HQ holds it, keyed by the client's UUID.

    ``version`` is the last version the owning device wrote; ``hq_version`` is the version
    HQ holds now (higher than ``version`` after an HQ-side correction). ``change_seq``
    orders HQ-side changes for pull (see :mod:`desa_desktop.hq.changes`).
    """

    __tablename__ = "records"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    version: Mapped[int] = mapped_column(Integer)
    hq_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # canonical JSON of the wire data
    kind: Mapped[str | None] = mapped_column(String(16))
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    name: Mapped[str | None] = mapped_column(String(100))
    village_code: Mapped[str | None] = mapped_column(String(13), index=True)
    status: Mapped[str] = mapped_column(String(16), default=RECEIVED)
    kpj: Mapped[str | None] = mapped_column(String(11), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    change_seq: Mapped[int | None] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_records_device_id_change_seq", "device_id", "change_seq"),
        Index("ix_records_entity_status", "entity", "status"),
    )


class NikClaim(HQBase):
    """Which active registration holds a NIK. The primary key makes the first claim win."""

    __tablename__ = "nik_claims"
    nik: Mapped[str] = mapped_column(String(16), primary_key=True)
    uuid: Mapped[str] = mapped_column(ForeignKey("records.uuid"), index=True)
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Counter(HQBase):
    """A named counter row; ``pull`` numbers HQ-side changes in commit order."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class RateCounter(HQBase):
    """Requests counted in one fixed time window, per key (``device:<id>``, ``enroll:<ip>``).

    Shared by every HQ process; see :mod:`desa_desktop.hq.ratelimit`.
    """

    __tablename__ = "rate_counters"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    window_no: Mapped[int] = mapped_column(BigInteger)  # seconds since the epoch // window
    hits: Mapped[int] = mapped_column(Integer)


class AdminAudit(HQBase):
    """Who did what, when, through the admin command line."""

    __tablename__ = "admin_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    target: Mapped[str | None] = mapped_column(String(100))
    details: Mapped[str | None] = mapped_column(Text)  # JSON
