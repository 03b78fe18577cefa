"""Pull: HQ-side changes to one device's records, after an opaque cursor, in commit order.

Only HQ-side changes (approval with a KPJ, rejection with a reason, a correction) carry a
``change_seq`` (see :mod:`desa_desktop.hq.changes`). A record changed twice moves to its
newer number, so a device always gets a record's latest state, once per change it missed.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Literal

from sqlalchemy import select

from desa_desktop.hq.db import Database
from desa_desktop.hq.devices import DeviceContext
from desa_desktop.hq.models import ACCEPTED, REJECTED, Record
from desa_desktop.hq.problems import HQError
from desa_desktop.protocol.wire import PulledChange, PullResponse

CURSOR_PREFIX = "v1:"
MAX_CURSOR_LENGTH = 64
MAX_SEQ = 2**63 - 1  # BIGINT


def encode_cursor(seq: int) -> str:
    """The opaque cursor standing for "every change up to number ``seq``"."""
    raw = f"{CURSOR_PREFIX}{seq}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The change number inside a cursor; no cursor means from the beginning (0).

    Raises HQError 400 for anything HQ did not hand out.
    """
    if not cursor:
        return 0
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise HQError(400, "hq.bad_cursor")
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise HQError(400, "hq.bad_cursor") from exc
    number = text.removeprefix(CURSOR_PREFIX)
    if not text.startswith(CURSOR_PREFIX) or not number.isascii() or not number.isdigit():
        raise HQError(400, "hq.bad_cursor")
    if len(number) > 19 or int(number) > MAX_SEQ:
        raise HQError(400, "hq.bad_cursor")
    return int(number)


def _wire_status(record: Record) -> Literal["sent", "accepted", "rejected"]:
    # Inactive and duplicate are not decisions the laptop records as a status: an inactive
    # member keeps their KPJ ("accepted"); anything undecided is still "sent".
    if record.status == REJECTED:
        return "rejected"
    if record.status == ACCEPTED or record.kpj:
        return "accepted"
    return "sent"


def pulled_change(record: Record) -> PulledChange:
    """One record's current state as the device receives it."""
    change: PulledChange = {
        "uuid": record.uuid,
        "entity": "session" if record.entity == "session" else "registration",
        "hq_version": record.hq_version,
        "status": _wire_status(record),
    }
    if change["status"] == "accepted" and record.kpj:
        change["kpj"] = record.kpj
    if change["status"] == "rejected" and record.reason:
        change["reason"] = record.reason
    if record.hq_version > record.version:  # HQ corrected it since the device last wrote
        change["data"] = json.loads(record.data)
    return change


def pull_changes(
    db: Database, device: DeviceContext, cursor: str | None, limit: int
) -> PullResponse:
    """At most ``limit`` changes to ``device``'s records after ``cursor``, oldest first."""
    after = decode_cursor(cursor)
    with db.read() as session:
        rows = session.scalars(
            select(Record)
            .where(
                Record.device_id == device.id,
                Record.change_seq.is_not(None),
                Record.change_seq > after,
            )
            .order_by(Record.change_seq)
            .limit(limit + 1)
        ).all()
    page = rows[:limit]
    last = page[-1].change_seq if page else None
    return {
        "changes": [pulled_change(r) for r in page],
        "cursor": encode_cursor(last if last is not None else after),
        "more": len(rows) > limit,
    }
