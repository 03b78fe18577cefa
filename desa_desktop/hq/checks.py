"""Server-side checks of one pushed record, with the same domain rules as the laptop.

A registration is decoded from its wire form, turned into a :class:`PersonInput` and
validated as complete. Only errors refuse a record: warnings were confirmed by the user
on the laptop and come back with the accepted result. JSON types are checked first, so a
number where text belongs is a field error, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desa_desktop.core.domain import regions
from desa_desktop.core.domain.choices import InactiveReason, Kind
from desa_desktop.core.domain.issues import Issue
from desa_desktop.core.services.inputs import PersonInput
from desa_desktop.core.services.validation import validate_person
from desa_desktop.hq import messages
from desa_desktop.protocol.records import (
    DATE_FIELDS,
    DATETIME_FIELDS,
    REGISTRATION_FIELDS,
    to_wire,
)
from desa_desktop.protocol.wire import WireError

INT_FIELDS = frozenset({"decile", "income", "siltap", "payment_months"})
TEXT_FIELDS = frozenset(REGISTRATION_FIELDS) - INT_FIELDS - DATE_FIELDS - DATETIME_FIELDS
PERSON_FIELDS = frozenset(PersonInput.__dataclass_fields__) - {"kind", "consent"}
SESSION_TEXT_LIMITS = {"place": 200, "facilitator": 100, "topic": 200}


@dataclass(frozen=True)
class Checked:
    """What the checks found, and the columns HQ extracts for queries when valid."""

    errors: list[WireError]
    warnings: list[WireError]
    columns: dict[str, str | None]  # kind, nik, name, village_code
    inactive: bool = False
    values: dict[str, Any] = field(default_factory=dict)  # as the domain rules cleaned them

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def cleaned(self) -> dict[str, object]:
        """The cleaned values in wire form (only fields that have a value)."""
        return {name: to_wire(value) for name, value in self.values.items() if value is not None}


def wire_error(field: str, code: str, **params: str | int) -> WireError:
    """A per-record error in both languages."""
    params_id = {**params, "field": messages.field_label(field, "id")}
    params_en = {**params, "field": messages.field_label(field, "en")}
    return {
        "field": field,
        "code": code,
        "message": messages.text(code, "id", **params_id),
        "message_en": messages.text(code, "en", **params_en),
    }


def issue_error(issue: Issue) -> WireError:
    """A domain finding in wire form."""
    return {
        "field": issue.field,
        "code": issue.code,
        "message": issue.message("id"),
        "message_en": issue.message("en"),
    }


def _record_error(issue: Issue) -> WireError:
    """A domain error in wire form; no consent (no ``consent_at``) in HQ's own words."""
    if issue.code == "consent.required":
        return wire_error("consent", "hq.consent_missing")
    return issue_error(issue)


# How each known field travels: JSON type, and how its text is parsed.
_INT, _TEXT, _DATE, _DATETIME = range(4)
_FIELD_TYPES = {
    name: _INT
    if name in INT_FIELDS
    else _DATE
    if name in DATE_FIELDS
    else _DATETIME
    if name in DATETIME_FIELDS
    else _TEXT
    for name in REGISTRATION_FIELDS
}
_TYPE_CODES = {
    _INT: "hq.type_int",
    _TEXT: "hq.type_text",
    _DATE: "hq.type_date",
    _DATETIME: "hq.type_datetime",
}


def _decoded(data: dict[str, Any]) -> tuple[dict[str, Any], list[WireError]]:
    """Known fields present in ``data``, dates parsed, and an error for each field of the
    wrong JSON type (what :func:`decode_registration` gives, in one pass: this runs for
    every pushed record)."""
    values: dict[str, Any] = {}
    found: list[WireError] = []
    for name, value in data.items():
        kind = _FIELD_TYPES.get(name)
        if kind is None or value is None:
            continue
        if kind == _INT:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif not isinstance(value, str):
            ok = False
            kind = _TEXT
        elif kind == _DATE:
            value = _parsed(date.fromisoformat, value)
            ok = value is not None
        elif kind == _DATETIME:
            value = _parsed(datetime.fromisoformat, value)
            ok = value is not None
        else:
            ok = True
        if ok:
            values[name] = value
        else:
            found.append(wire_error(name, _TYPE_CODES[kind]))
    return values, found


def _parsed(parse: Any, value: str) -> Any:
    try:
        return parse(value)
    except ValueError:
        return None


_KINDS = frozenset(k.value for k in Kind)
_INACTIVE_REASONS = frozenset(r.value for r in InactiveReason)


def _choice_errors(data: dict[str, Any]) -> list[WireError]:
    found: list[WireError] = []
    kind = data.get("kind")
    if kind is None:
        found.append(wire_error("kind", "required"))
    elif kind not in _KINDS:
        found.append(wire_error("kind", "hq.kind_unknown", value=str(kind)[:50]))
    reason = data.get("inactive_reason")
    if reason is not None and reason not in _INACTIVE_REASONS:
        found.append(wire_error("inactive_reason", "choice.unknown", value=str(reason)[:50]))
    return found


def _scope_error(code: str | None, scope: frozenset[str]) -> list[WireError]:
    if scope and code is not None and code not in scope:
        return [wire_error("village_code", "hq.village_not_assigned", village=code)]
    return []


def check_registration(data: dict[str, Any], scope: frozenset[str], today: date) -> Checked:
    """Check a registration's wire data as a complete registration within ``scope``."""
    decoded, early = _decoded(data)
    early += _choice_errors(data) if not early else []
    if early:
        return Checked(early, [], {})
    fields: dict[str, Any] = {name: decoded.get(name) for name in PERSON_FIELDS}
    for required in ("nik", "name", "village_code"):
        fields[required] = fields[required] or ""
    person = PersonInput(kind=Kind(decoded["kind"]), consent="consent_at" in decoded, **fields)
    values, issues = validate_person(person, today=today, complete=True)
    errors = [_record_error(i) for i in issues if i.is_error]
    errors += _scope_error(values.get("village_code"), scope)
    columns = {
        "kind": person.kind.value,
        "nik": values.get("nik"),
        "name": values.get("name"),
        "village_code": values.get("village_code"),
    }
    warnings = [issue_error(i) for i in issues if not i.is_error]
    inactive = "inactive_reason" in decoded
    return Checked(errors, warnings, columns, inactive, values)


def _session_text(data: dict[str, Any], name: str, required: bool) -> list[WireError]:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return [wire_error(name, "required")] if required else []
    if not isinstance(value, str):
        return [wire_error(name, "hq.type_text")]
    limit = SESSION_TEXT_LIMITS[name]
    if len(value) > limit:
        return [wire_error(name, "text.too_long", max=limit)]
    return []


def check_session(data: dict[str, Any], scope: frozenset[str]) -> Checked:
    """Check a socialization session: village (within ``scope``), date, place, facilitator
    and an attendance list of objects."""
    errors: list[WireError] = []
    code: str | None = None
    raw_code = data.get("village_code")
    if not isinstance(raw_code, str) or not raw_code.strip():
        errors.append(
            wire_error("village_code", "required" if raw_code is None else "hq.type_text")
        )
    else:
        code, issues = regions.normalize_village_code(raw_code)
        errors += [issue_error(i) for i in issues if i.is_error]
        errors += _scope_error(code, scope)
    held_on = data.get("held_on")
    if held_on is None:
        errors.append(wire_error("held_on", "required"))
    elif not isinstance(held_on, str) or _parsed(date.fromisoformat, held_on) is None:
        errors.append(wire_error("held_on", "hq.type_date"))
    for name, required in (("place", True), ("facilitator", True), ("topic", False)):
        errors += _session_text(data, name, required)
    attendees = data.get("attendees")
    if attendees is None:
        errors.append(wire_error("attendees", "required"))
    elif not isinstance(attendees, list) or not all(isinstance(a, dict) for a in attendees):
        errors.append(wire_error("attendees", "hq.type_list"))
    columns: dict[str, str | None] = {"kind": None, "nik": None, "name": None, "village_code": code}
    return Checked(errors, [], columns)


def check_record(entity: str, data: dict[str, Any], scope: frozenset[str], today: date) -> Checked:
    """Check one pushed record of either entity."""
    if entity == "registration":
        return check_registration(data, scope, today)
    return check_session(data, scope)
