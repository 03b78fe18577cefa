"""HQ-side corrections: an admin fixes fields of a registration; the device pulls the result.

A correction is validated with the same rules as a push, bumps ``hq_version`` (so a push
based on the old version becomes a conflict instead of overwriting the fix) and takes a
change number so the owning device pulls the corrected record.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desa_desktop.hq.audit import AdminRefused, record_admin_action
from desa_desktop.hq.changes import mark_changed_by_hq
from desa_desktop.hq.checks import INT_FIELDS, check_registration
from desa_desktop.hq.db import Database
from desa_desktop.hq.ingest import canonical_json, settle_claim, validation_today
from desa_desktop.hq.review import find_registration, record_data
from desa_desktop.protocol.records import REGISTRATION_FIELDS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Corrected:
    """The outcome of a correction."""

    uuid: str
    hq_version: int
    warnings: tuple[str, ...]  # findings the admin should know about (already accepted)


def parse_assignments(assignments: list[str]) -> dict[str, Any]:
    """``["name=Yohanes Ndun", "income=2000000", "rt="]`` as wire values (empty: remove)."""
    values: dict[str, Any] = {}
    refusals: list[str] = []
    for item in assignments:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or name not in REGISTRATION_FIELDS:
            refusals.append(f"{item!r}: expected FIELD=VALUE with a known field name")
            continue
        value = raw.strip()
        if not value:
            values[name] = None
        elif name in INT_FIELDS:
            digits = value.replace(".", "").replace("_", "")
            if not digits.lstrip("-").isdigit():
                refusals.append(f"{name}: {value!r} is not a whole number")
                continue
            values[name] = int(digits)
        else:
            values[name] = value
    if refusals:
        raise AdminRefused(*refusals)
    if not values:
        raise AdminRefused("nothing to correct: give at least one --set FIELD=VALUE")
    return values


def correct(
    db: Database, ident: str, assignments: list[str], *, actor: str, lang: str = "id"
) -> Corrected:
    """Apply an HQ-side correction to one registration."""
    changes = parse_assignments(assignments)

    def work(session: Session) -> Corrected:
        record = find_registration(session, ident)
        data = record_data(record)
        for name, value in changes.items():
            if value is None:
                data.pop(name, None)
            else:
                data[name] = value
        # HQ may correct any village: the device's scope limits what it pushes, not HQ.
        checked = check_registration(data, frozenset(), validation_today())
        if not checked.ok:
            raise AdminRefused(*(f"{e['field']}: {_message(e, lang)}" for e in checked.errors))
        # Corrected fields are stored as the rules normalized them ("7" -> "007" for RT).
        for name in changes:
            if name in checked.cleaned:
                data[name] = checked.cleaned[name]
        record.data = canonical_json(data)
        record.hq_version += 1
        for name, value in checked.columns.items():
            setattr(record, name, value)
        flags = settle_claim(session, record, checked.inactive)
        mark_changed_by_hq(session, record)
        record_admin_action(
            session,
            actor,
            "review.correct",
            record.uuid,
            {"fields": sorted(changes), "hq_version": record.hq_version},
        )
        notes = [f"{w['field']}: {_message(w, lang)}" for w in checked.warnings + flags]
        return Corrected(record.uuid, record.hq_version, tuple(notes))

    result = db.run_write(work)
    log.info("registration %s corrected to version %d", result.uuid, result.hq_version)
    return result


def _message(error: Any, lang: str) -> str:
    return str(error.get("message_en") if lang == "en" else error["message"])
