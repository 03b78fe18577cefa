"""Push ingest: one result per record, in order, for a whole batch in one transaction.

Per record (UUID U, version v, base b, data D), against what HQ holds at version h:

- not held: validate; insert with ``ON CONFLICT (uuid) DO NOTHING`` and, if another
  request won the race, judge against the winner's copy (so a batch sent twice at once
  succeeds twice with one row); claim the NIK (first claim wins, later ones are flagged
  duplicate and kept for review) -> accepted;
- held: exact replay (v == h, same data) or a stale replay (v < h, and this device
  already wrote a version >= v) -> already_held; an edit on top of what HQ holds
  (v > h, and b == h or HQ's copy is this device's own last write) -> validated and
  applied -> accepted; anything else (HQ changed it since) -> conflict with HQ's copy,
  nothing overwritten;
- owned by another device -> rejected. Validation errors reject one record, never the batch.
"""

from __future__ import annotations

import json
import logging
from collections import Counter as Tally
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desa_desktop.core.timestamps import utcnow
from desa_desktop.hq import claims
from desa_desktop.hq.checks import Checked, check_record, wire_error
from desa_desktop.hq.credentials import is_uuid_text
from desa_desktop.hq.db import (
    Database,
    existing_keys,
    insert_ignoring_conflict,
    insert_many_ignoring_conflict,
)
from desa_desktop.hq.devices import DeviceContext
from desa_desktop.hq.models import ACCEPTED, DUPLICATE, INACTIVE, RECEIVED, REJECTED, Record
from desa_desktop.protocol.wire import Outcome, PushResult, WireError

# The latest calendar date anywhere in Indonesia (WIT, UTC+9): a laptop in Papua may already
# be on tomorrow's date while HQ's clock is not, and "today" must not be in its future.
INDONESIA_LATEST = timezone(timedelta(hours=9))

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Incoming:
    """One pushed record, its shape already checked."""

    uuid: str
    entity: str
    version: int
    base_version: int | None
    data: dict[str, Any]

    @property
    def canonical(self) -> str:
        return canonical_json(self.data)


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def canonical_json(data: dict[str, Any]) -> str:
    """The one text form data is stored and compared in (sorted keys, ASCII only)."""
    return _CANONICAL.encode(data)


def validation_today() -> date:
    """The date HQ validates against (see INDONESIA_LATEST)."""
    return datetime.now(INDONESIA_LATEST).date()


def _result(rec: Incoming, outcome: Outcome, errors: list[WireError] | None = None) -> PushResult:
    result: PushResult = {"uuid": rec.uuid, "version": rec.version, "outcome": outcome}
    if errors:
        result["errors"] = errors
    return result


def _load(session: Session, uuid: str) -> Record | None:
    # FOR UPDATE: a concurrent push of the same record waits here, then sees our commit.
    stmt = select(Record).where(Record.uuid == uuid).with_for_update()
    return session.scalar(stmt.execution_options(populate_existing=True))


def settle_claim(session: Session, record: Record, inactive: bool) -> list[WireError]:
    """Claim (or release) a registration's NIK after a change and set its status to
    inactive or duplicate where that applies; returns the duplicate flag, if any."""
    if record.entity != "registration":
        return []
    holds_claim = not inactive and record.status != REJECTED and record.nik is not None
    current = claims.held_nik(session, record.uuid)
    if current is not None and (not holds_claim or current != record.nik):
        claims.release_nik(session, record.uuid)
    if inactive:
        record.status = INACTIVE
    if not holds_claim or record.nik is None:
        return []
    holder = claims.claim_nik(session, record.nik, record.uuid)
    if holder is None:
        if record.status == DUPLICATE:
            record.status = ACCEPTED if record.kpj else RECEIVED
        return []
    record.status = DUPLICATE
    return [duplicate_error(session, holder)]


def duplicate_error(session: Session, holder: str) -> WireError:
    """The flag telling a device its NIK is already registered elsewhere (village only)."""
    return wire_error("nik", "hq.duplicate_nik", village=claims.holder_village(session, holder))


def _insert(session: Session, device: DeviceContext, rec: Incoming, checked: Checked) -> bool:
    now = utcnow()
    values: dict[str, Any] = {
        "uuid": rec.uuid,
        "entity": rec.entity,
        "device_id": device.id,
        "version": rec.version,
        "hq_version": rec.version,
        "data": rec.canonical,
        "status": RECEIVED,
        "received_at": now,
        "updated_at": now,
        **checked.columns,
    }
    return insert_ignoring_conflict(session, Record, values)


def _apply_edit(session: Session, record: Record, rec: Incoming, checked: Checked) -> None:
    record.data = rec.canonical
    record.version = rec.version
    record.hq_version = rec.version
    record.updated_at = utcnow()
    for name, value in checked.columns.items():
        setattr(record, name, value)
    # An edit goes back to review (a rejection is withdrawn), but an accepted member keeps
    # the KPJ; _settle_claim then marks it inactive or duplicate where that applies.
    record.status = ACCEPTED if record.kpj else RECEIVED
    record.reason = None


def _judge_held(
    session: Session, device: DeviceContext, rec: Incoming, checked: Checked, held: Record
) -> PushResult:
    if held.device_id != device.id:
        return _result(rec, "rejected", [wire_error("uuid", "hq.not_your_record")])
    if held.entity != rec.entity:
        return _result(rec, "rejected", [wire_error("uuid", "hq.entity_mismatch")])
    flag = _duplicate_flag(session, held)
    h, v = held.hq_version, rec.version
    if v == h and held.data == rec.canonical:
        return _result(rec, "already_held", checked.warnings + flag)
    if v < h and held.version >= v:
        return _result(rec, "already_held", flag)
    # A newer version is an edit on top of HQ's copy when the device says so (b == h), or
    # when HQ's copy is this device's own last write (no HQ change since): an answer lost on
    # the way back must not turn the device's next edit into a conflict with itself.
    if v > h and (rec.base_version == h or held.version == h):
        if not checked.ok:
            return _result(rec, "rejected", checked.errors)
        _apply_edit(session, held, rec, checked)
        return _result(
            rec, "accepted", checked.warnings + settle_claim(session, held, checked.inactive)
        )
    result = _result(rec, "conflict")
    result["hq_version"] = h
    result["hq_data"] = json.loads(held.data)
    return result


def _duplicate_flag(session: Session, record: Record) -> list[WireError]:
    """A replayed duplicate is told again (its first answer may have been lost)."""
    if record.status != DUPLICATE or record.nik is None:
        return []
    holder = claims.claim_nik(session, record.nik, record.uuid)
    if holder is None:  # the other record let go meanwhile: this one holds the NIK now
        record.status = ACCEPTED if record.kpj else RECEIVED
        return []
    return [duplicate_error(session, holder)]


def _ingest_one(
    session: Session, device: DeviceContext, rec: Incoming, checked: Checked
) -> PushResult:
    held = _load(session, rec.uuid)
    if held is None:
        if not checked.ok:
            return _result(rec, "rejected", checked.errors)
        if _insert(session, device, rec, checked):
            record = _load(session, rec.uuid)
            assert record is not None
            flags = settle_claim(session, record, checked.inactive)
            return _result(rec, "accepted", checked.warnings + flags)
        held = _load(session, rec.uuid)  # lost a race: judge against the winner's copy
        assert held is not None
    return _judge_held(session, device, rec, checked, held)


def _load_many(session: Session, uuids: list[str]) -> dict[str, Record]:
    """Held records among ``uuids``, locked (FOR UPDATE) in UUID order, like :func:`_load`.

    A first plain look finds which are held at all (in a push of new records, none), so
    ORM objects are built only for those."""
    uuids = existing_keys(session, Record, uuids)
    if not uuids:
        return {}
    stmt = (
        select(Record)
        .where(Record.uuid.in_(uuids))
        .order_by(Record.uuid)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {record.uuid: record for record in session.scalars(stmt)}


def _new_row(
    device: DeviceContext, rec: Incoming, checked: Checked, now: datetime
) -> dict[str, Any]:
    # A new deactivated registration holds no claim: it is stored inactive at once (what
    # settle_claim would make of it); every other new record starts as received.
    inactive = rec.entity == "registration" and checked.inactive
    row: dict[str, Any] = {
        "uuid": rec.uuid,
        "entity": rec.entity,
        "device_id": device.id,
        "version": rec.version,
        "hq_version": rec.version,
        "data": rec.canonical,
        "status": INACTIVE if inactive else RECEIVED,
        "kpj": None,
        "reason": None,
        "change_seq": None,
        "received_at": now,
        "updated_at": now,
        "kind": None,
        "nik": None,
        "name": None,
        "village_code": None,
    }
    row.update(checked.columns)
    return row


def _claims_for_new(session: Session, new: list[tuple[Incoming, Checked]]) -> dict[str, WireError]:
    """Claim the NIKs of newly inserted registrations; the duplicate flag per UUID."""
    wanted = sorted(
        (str(checked.columns["nik"]), rec.uuid)
        for rec, checked in new
        if rec.entity == "registration" and not checked.inactive and checked.columns.get("nik")
    )  # NIK order: overlapping batches take claim locks in the same order
    holders = {
        uuid: holder for uuid, holder in claims.claim_many(session, wanted).items() if holder
    }
    if not holders:
        return {}
    session.execute(
        update(Record).where(Record.uuid.in_(sorted(holders))).values(status=DUPLICATE),
        execution_options={"synchronize_session": False},
    )
    villages = claims.villages_of(session, list(holders.values()))
    return {
        uuid: wire_error("nik", "hq.duplicate_nik", village=villages.get(holder, "-"))
        for uuid, holder in holders.items()
    }


def _ingest_all(
    session: Session,
    device: DeviceContext,
    records: list[Incoming],
    checked: list[Checked],
    order: list[int],
) -> list[PushResult]:
    """The batch in a few statements: one SELECT of the held records, one multi-row insert
    of the new ones, one of their NIK claims. Held records (replays, edits, conflicts) and
    lost insert races are judged one by one, exactly as :func:`_ingest_one` would."""
    held = _load_many(session, [records[i].uuid for i in order])
    results: dict[int, PushResult] = {}
    fresh = [i for i in order if records[i].uuid not in held]
    for i in fresh:
        if not checked[i].ok:
            results[i] = _result(records[i], "rejected", checked[i].errors)
    candidates = [i for i in fresh if i not in results]
    now = utcnow()
    rows = [_new_row(device, records[i], checked[i], now) for i in candidates]
    inserted = set(insert_many_ignoring_conflict(session, Record, rows, Record.uuid))
    new = [i for i in candidates if records[i].uuid in inserted]
    flags = _claims_for_new(session, [(records[i], checked[i]) for i in new])
    for i in new:
        flag = flags.get(records[i].uuid)
        results[i] = _result(records[i], "accepted", checked[i].warnings + ([flag] if flag else []))
    for i in order:
        if i in results:
            continue
        rec = records[i]
        record = held.get(rec.uuid) or _load(session, rec.uuid)  # else: lost an insert race
        assert record is not None
        results[i] = _judge_held(session, device, rec, checked[i], record)
    return [results[i] for i in range(len(records))]


def ingest_batch(
    db: Database, device: DeviceContext, records: list[Incoming], batch: str = "-"
) -> list[PushResult]:
    """Apply a batch in one transaction; one result per record, in the order sent.

    ``batch`` labels the log line (a UUID, never personal data)."""
    today = validation_today()
    # Validation needs no database: done before the transaction, to hold locks briefly.
    checked = [check_record(r.entity, r.data, device.villages, today) for r in records]
    # Records are visited in UUID order so two overlapping batches lock rows in the same
    # order and cannot deadlock each other; results still go back in the order sent.
    order = sorted(range(len(records)), key=lambda i: records[i].uuid)
    # A batch naming one UUID twice is judged record by record, in order (the second
    # sees the first); every other batch goes in bulk with the same outcomes.
    one_by_one = len({r.uuid for r in records}) != len(records)

    def work(session: Session) -> list[PushResult]:
        if not one_by_one:
            return _ingest_all(session, device, records, checked, order)
        results: dict[int, PushResult] = {}
        for index in order:
            results[index] = _ingest_one(session, device, records[index], checked[index])
        return [results[i] for i in range(len(records))]

    results = db.run_write(work)
    tally = Tally(r["outcome"] for r in results)
    log.info(
        "push %s from %s: %d records %s",
        batch,
        device.name,
        len(results),
        dict(sorted(tally.items())),
    )
    return results


def batch_label(batch_id: str) -> str:
    """The client's batch id when it is a UUID (safe to log), else a dash."""
    return batch_id if is_uuid_text(batch_id) else "-"
