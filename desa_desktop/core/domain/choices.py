"""Closed vocabularies of a registration, with Indonesian and English labels.

Values are what the store, the wire format and the import template use; labels are
for people.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a registration is: a BPU worker or a village official (PU)."""

    WORKER = "worker"
    OFFICIAL = "official"


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"


class MaritalStatus(StrEnum):
    SINGLE = "belum_kawin"
    MARRIED = "kawin"
    DIVORCED = "cerai_hidup"
    WIDOWED = "cerai_mati"


class FundingSource(StrEnum):
    """Who pays a BPU worker's contribution."""

    SELF = "mandiri"
    VILLAGE_BUDGET = "apbdes"
    REGENCY_BUDGET = "apbd"
    CSR = "csr"
    OTHER = "lainnya"


class Status(StrEnum):
    """Where a registration is in its life."""

    DRAFT = "draft"  # saved incomplete; not sent
    READY = "ready"  # complete and valid; waiting to be sent
    SENT = "sent"  # HQ holds it, no decision yet
    ACCEPTED = "accepted"  # HQ issued a KPJ number
    REJECTED = "rejected"  # HQ said no, with a reason
    INACTIVE = "inactive"  # deceased or exited


class SyncState(StrEnum):
    """Whether HQ holds the latest local version of a record."""

    LOCAL = "local"  # a draft: never queued
    PENDING = "pending"  # changed here, waiting in the outbox
    SYNCED = "synced"  # HQ acknowledged this version
    CONFLICT = "conflict"  # HQ's copy changed too; a person must choose
    ERROR = "error"  # HQ refused this version (validation); fix and resend


class InactiveReason(StrEnum):
    """Why a person left the programme (pemutakhiran data)."""

    DECEASED = "meninggal"
    CIVIL_SERVANT = "asn"
    PPPK = "pppk"
    MOVED = "pindah"
    EMPLOYER = "pemberi_kerja"
    DUPLICATE = "duplikat"
    OTHER = "lainnya"


class Role(StrEnum):
    """What an operator of this laptop may do."""

    ADMIN = "admin"  # the first operator: also adds operators and resets passwords
    OPERATOR = "operator"


LABELS: dict[str, tuple[str, str]] = {
    "admin": ("Admin", "Admin"),
    "operator": ("Operator", "Operator"),
    "L": ("Laki-laki", "Male"),
    "P": ("Perempuan", "Female"),
    "belum_kawin": ("Belum kawin", "Single"),
    "kawin": ("Kawin", "Married"),
    "cerai_hidup": ("Cerai hidup", "Divorced"),
    "cerai_mati": ("Cerai mati", "Widowed"),
    "mandiri": ("Mandiri", "Self-funded"),
    "apbdes": ("APBDes / Dana Desa", "Village budget"),
    "apbd": ("APBD Kabupaten/Kota", "Regency budget"),
    "csr": ("CSR / donatur", "CSR / donor"),
    "lainnya": ("Lainnya", "Other"),
    "draft": ("Draf", "Draft"),
    "ready": ("Siap kirim", "Ready"),
    "sent": ("Terkirim", "Sent"),
    "accepted": ("Diterima", "Accepted"),
    "rejected": ("Ditolak", "Rejected"),
    "inactive": ("Nonaktif", "Inactive"),
    "local": ("Belum diantrekan", "Not queued"),
    "pending": ("Menunggu dikirim", "Waiting to send"),
    "synced": ("Tersinkron", "Synced"),
    "conflict": ("Konflik", "Conflict"),
    "error": ("Perlu diperbaiki", "Needs fixing"),
    "meninggal": ("Meninggal dunia", "Deceased"),
    "asn": ("Menjadi ASN", "Became a civil servant"),
    "pppk": ("Menjadi PPPK", "Became PPPK"),
    "pindah": ("Pindah domisili", "Moved away"),
    "pemberi_kerja": ("Didaftarkan pemberi kerja", "Registered by an employer"),
    "duplikat": ("Data ganda", "Duplicate"),
    "worker": ("Pekerja", "Worker"),
    "official": ("Perangkat desa", "Village official"),
}


def label(value: str, lang: str = "id") -> str:
    """Label of a choice value in ``lang``; the value itself when unknown."""
    pair = LABELS.get(str(value))
    if pair is None:
        return str(value)
    return pair[1] if lang == "en" else pair[0]
