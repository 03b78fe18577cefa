"""Registration fields as they travel: which ones, and how values turn to JSON and back."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

# The fields of a registration HQ receives (everything a person entered, plus its lifecycle).
REGISTRATION_FIELDS: tuple[str, ...] = (
    "kind",
    "nik",
    "name",
    "birth_place",
    "birth_date",
    "sex",
    "marital_status",
    "mother_maiden_name",
    "address",
    "rt",
    "rw",
    "dusun",
    "village_code",
    "phone",
    "kk_number",
    "decile",
    "occupation",
    "income",
    "position",
    "sk_number",
    "sk_date",
    "siltap",
    "program",
    "start_date",
    "payment_months",
    "funding_source",
    "next_of_kin_name",
    "next_of_kin_relation",
    "next_of_kin_phone",
    "consent_at",
    "consent_by",
    "inactive_reason",
    "inactive_date",
    "created_by",
    "updated_by",
)
DATE_FIELDS = frozenset({"birth_date", "sk_date", "start_date", "inactive_date"})
DATETIME_FIELDS = frozenset({"consent_at"})


def to_wire(value: Any) -> Any:
    """A stored value as JSON: enums by value, dates and timestamps as ISO 8601."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def encode_registration(values: dict[str, Any]) -> dict[str, object]:
    """The wire form of a registration; absent (None) fields are left out to save bytes."""
    return {
        name: to_wire(values[name]) for name in REGISTRATION_FIELDS if values.get(name) is not None
    }


def decode_registration(data: dict[str, object]) -> dict[str, Any]:
    """Field values from the wire: every known field present (None when absent), dates parsed.

    Raises ValueError on a malformed date or timestamp.
    """
    out: dict[str, Any] = {name: data.get(name) for name in REGISTRATION_FIELDS}
    for name in DATE_FIELDS:
        if out[name] is not None:
            out[name] = date.fromisoformat(str(out[name]))
    for name in DATETIME_FIELDS:
        if out[name] is not None:
            out[name] = datetime.fromisoformat(str(out[name]))
    return out
