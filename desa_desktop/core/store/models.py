"""Typed SQLAlchemy models of the local store.

Every record a user creates carries a client-generated UUID from birth (the
identity HQ knows it by) and a version counter bumped on each change. Officials
and workers share one ``registration`` table (single-table inheritance): search,
lists, status and sync treat them alike, and their identity fields are the same.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desa_desktop.core.domain.choices import (
    FundingSource,
    InactiveReason,
    Kind,
    MaritalStatus,
    Role,
    Sex,
    Status,
    SyncState,
)
from desa_desktop.core.timestamps import UtcDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The second part of the NIK index: equal (0) for every active record, unique otherwise.
ACTIVE_NIK_KEY = "(CASE WHEN status = 'inactive' THEN id ELSE 0 END)"


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def choice(enum: type[StrEnum]) -> Enum:
    """Store a StrEnum by value, as a plain string (no native enum, portable to HQ)."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    def column_values(self) -> dict[str, Any]:
        """Every column of this row as ``{name: value}``: plain data to hand out of a session."""
        return {column.key: getattr(self, column.key) for column in self.__table__.columns}


class StoreMeta(Base):
    """Facts about this store: its own id (the device's local identity), creation time."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Village(Base):
    """A village this laptop serves, with its coverage targets."""

    __tablename__ = "village"
    code: Mapped[str] = mapped_column(String(13), primary_key=True)  # PP.KK.CC.DDDD
    name: Mapped[str] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    regency: Mapped[str | None] = mapped_column(String(100))
    province: Mapped[str | None] = mapped_column(String(100))
    target_officials: Mapped[int] = mapped_column(Integer, default=0)
    target_workers: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Tracked:
    """Columns shared by every record a user creates and HQ receives."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, default=1)
    synced_version: Mapped[int | None] = mapped_column(Integer)  # last version HQ acknowledged
    sync_state: Mapped[SyncState] = mapped_column(choice(SyncState), default=SyncState.PENDING)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100))


class Registration(Tracked, Base):
    """A person registered (or being registered) with BPJS Ketenagakerjaan."""

    __tablename__ = "registration"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[Kind] = mapped_column(choice(Kind))
    status: Mapped[Status] = mapped_column(choice(Status), default=Status.READY)

    # Identity
    nik: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100))  # folded for search, see people.name_key
    birth_place: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None]
    sex: Mapped[Sex | None] = mapped_column(choice(Sex))
    marital_status: Mapped[MaritalStatus | None] = mapped_column(choice(MaritalStatus))
    mother_maiden_name: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(200))
    rt: Mapped[str | None] = mapped_column(String(3))
    rw: Mapped[str | None] = mapped_column(String(3))
    dusun: Mapped[str | None] = mapped_column(String(100))
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"))
    phone: Mapped[str | None] = mapped_column(String(16))  # E.164
    kk_number: Mapped[str | None] = mapped_column(String(16))
    decile: Mapped[int | None]  # DTSEN welfare decile 1-10

    # Work: occupation and income for workers; position, decree and siltap for officials
    occupation: Mapped[str | None] = mapped_column(String(4))  # Dukcapil code
    income: Mapped[int | None]  # declared monthly income, rupiah
    position: Mapped[str | None] = mapped_column(String(20))
    sk_number: Mapped[str | None] = mapped_column(String(100))
    sk_date: Mapped[date | None]
    siltap: Mapped[int | None]  # fixed monthly village salary, rupiah

    # Membership
    program: Mapped[str | None] = mapped_column(String(16))  # JKK-JKM or JKK-JKM-JHT
    start_date: Mapped[date | None]
    payment_months: Mapped[int | None]
    funding_source: Mapped[FundingSource | None] = mapped_column(choice(FundingSource))
    next_of_kin_name: Mapped[str | None] = mapped_column(String(100))
    next_of_kin_relation: Mapped[str | None] = mapped_column(String(50))
    next_of_kin_phone: Mapped[str | None] = mapped_column(String(16))
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    consent_by: Mapped[str | None] = mapped_column(String(100))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("socialization_session.id"))

    # What HQ said, and the end of membership
    kpj: Mapped[str | None] = mapped_column(String(20))
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    inactive_reason: Mapped[InactiveReason | None] = mapped_column(choice(InactiveReason))
    inactive_date: Mapped[date | None]

    village: Mapped[Village] = relationship()
    session: Mapped[SocializationSession | None] = relationship(back_populates="registrations")

    __mapper_args__ = {"polymorphic_on": "kind"}
    __table_args__ = (
        # One active registration per person, whatever its kind: the store refuses a
        # second even if a service forgot to look first. The same index answers every
        # lookup by NIK (one index to update per save, not two): its second part is 0 for
        # an active record, so two active ones collide, and the record's own id for an
        # inactive one, so inactive records never do.
        Index("uq_registration_nik", "nik", text(ACTIVE_NIK_KEY), unique=True),
        # The dashboard's counts read this index alone (reports.py; migration 0007).
        Index(
            "ix_registration_village_kind_status_created",
            "village_code",
            "kind",
            "status",
            "created_at",
            "occupation",
        ),
        Index("ix_registration_kind_name_key", "kind", "name_key"),
        # One village's list by name, in index order (a deep page skips index entries only).
        Index("ix_registration_kind_village_name_key", "kind", "village_code", "name_key"),
        Index("ix_registration_sync_state", "sync_state"),
    )


class Worker(Registration):
    """An informal / vulnerable worker registered as BPU (Bukan Penerima Upah)."""

    __mapper_args__ = {"polymorphic_identity": Kind.WORKER}


class Official(Registration):
    """A village official (perangkat desa) registered as PU with the village as employer."""

    __mapper_args__ = {"polymorphic_identity": Kind.OFFICIAL}


class SocializationSession(Tracked, Base):
    """A socialization session (sosialisasi) run by a facilitator in a village."""

    __tablename__ = "socialization_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"))
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(200))
    facilitator: Mapped[str] = mapped_column(String(100))
    topic: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    village: Mapped[Village] = relationship()
    attendees: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Attendance.id"
    )
    registrations: Mapped[list[Registration]] = relationship(back_populates="session")

    __table_args__ = (Index("ix_socialization_session_village_held_on", "village_code", "held_on"),)


class Attendance(Base):
    """One person present at a session; linked to a registration when they have one."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("socialization_session.id"))
    name: Mapped[str] = mapped_column(String(100))
    nik: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(String(100))  # position or occupation, free text
    phone: Mapped[str | None] = mapped_column(String(16))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    session: Mapped[SocializationSession] = relationship(back_populates="attendees")
    registration: Mapped[Registration | None] = relationship()

    __table_args__ = (
        Index(
            "uq_attendance_session_nik",
            "session_id",
            "nik",
            unique=True,
            sqlite_where=text("nik IS NOT NULL"),
            postgresql_where=text("nik IS NOT NULL"),
        ),
    )


class StatusChange(Base):
    """A member-data update (pemutakhiran): deceased, exited, or reactivated."""

    __tablename__ = "status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    reason: Mapped[InactiveReason | None] = mapped_column(
        choice(InactiveReason)
    )  # None: reactivated
    effective_date: Mapped[date]
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(100))

    registration: Mapped[Registration] = relationship()


class OperatorAccount(Base):
    """A person who may open this laptop's store. Their password never reaches the store:
    it unwraps the data key in ``keys.json``; this row says who they are and may do."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(60))  # as typed; the name in every audit entry
    name_key: Mapped[str] = mapped_column(String(60), unique=True)  # how names compare
    role: Mapped[Role] = mapped_column(choice(Role))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100))
    password_set_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AuditEntry(Base):
    """Who did what to which record, when: written in the same transaction as the change."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int | None]
    changes: Mapped[str | None] = mapped_column(Text)  # JSON {field: [old, new]}

    __table_args__ = (Index("ix_audit_log_entity_uuid_id", "entity_uuid", "id"),)


class OutboxEntry(Base):
    """A change waiting to reach HQ. Written with the change; removed only after HQ's ack."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)  # send order
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # in flight since
    last_error: Mapped[str | None] = mapped_column(Text)

    # Led by entity_uuid, the one index serves lookups by record as well (no second index
    # to update on every queued change).
    __table_args__ = (UniqueConstraint("entity_uuid", "entity", "version"),)


class SyncResult(Base):
    """HQ's latest word on one record: what the sync screen shows, and a conflict's HQ copy."""

    __tablename__ = "sync_result"
    entity_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    version: Mapped[int]  # the local version HQ answered about
    outcome: Mapped[str] = mapped_column(String(16))  # accepted, already_held, conflict, rejected
    errors: Mapped[str | None] = mapped_column(Text)  # JSON list of {field, code, message}
    hq_version: Mapped[int | None]
    hq_data: Mapped[str | None] = mapped_column(Text)  # JSON: HQ's copy, for a conflict
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_sync_result_outcome", "outcome"),)
