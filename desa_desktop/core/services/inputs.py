"""What a form, an import row or a test hands the services: plain typed values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desa_desktop.core.domain.choices import InactiveReason, Kind


@dataclass
class PersonInput:
    """One person's registration as typed. Text fields are raw; services validate them."""

    kind: Kind
    nik: str
    name: str
    village_code: str
    birth_place: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    marital_status: str | None = None
    mother_maiden_name: str | None = None
    address: str | None = None
    rt: str | None = None
    rw: str | None = None
    dusun: str | None = None
    phone: str | None = None
    kk_number: str | None = None
    decile: int | None = None
    # workers
    occupation: str | None = None
    income: int | None = None
    # officials
    position: str | None = None
    sk_number: str | None = None
    sk_date: date | None = None
    siltap: int | None = None
    # membership
    program: str | None = None
    start_date: date | None = None
    payment_months: int | None = None
    funding_source: str | None = None
    next_of_kin_name: str | None = None
    next_of_kin_relation: str | None = None
    next_of_kin_phone: str | None = None
    consent: bool = False


@dataclass
class SessionInput:
    """A socialization session as typed."""

    village_code: str
    held_on: date
    place: str
    facilitator: str
    topic: str | None = None
    notes: str | None = None


@dataclass
class AttendeeInput:
    """One person present at a session. NIK optional: not everyone brings a KTP."""

    name: str
    nik: str | None = None
    role: str | None = None
    phone: str | None = None


@dataclass
class InactiveInput:
    """Why and since when a person is no longer an active member."""

    reason: InactiveReason
    effective_date: date
    note: str | None = None
