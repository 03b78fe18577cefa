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

from sqlalchemy import case, select

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


def _wire_status(status: str, kpj: str | None) -> Literal["sent", "accepted", "rejected"]:
    # Inactive and duplicate are not decisions the laptop records as a status: an inactive
    # member keeps their KPJ ("accepted"); anything undecided is still "sent".
    if status == REJECTED:
        return "rejected"
    if status == ACCEPTED or kpj:
        return "accepted"
    return "sent"


# What a pull reads of each record: the data only when HQ corrected it since the device
# last wrote (hq_version > version); a plain decision costs a few short columns.
PULL_COLUMNS = (
    Record.uuid,
    Record.entity,
    Record.hq_version,
    Record.status,
    Record.kpj,
    Record.reason,
    case((Record.hq_version > Record.version, Record.data), else_=None).label("corrected"),
    Record.change_seq,
)


def pulled_change(
    uuid: str,
    entity: str,
    hq_version: int,
    status: str,
    kpj: str | None,
    reason: str | None,
    corrected: str | None,
) -> PulledChange:
    """One record's current state as the device receives it."""
    change: PulledChange = {
        "uuid": uuid,
        "entity": "session" if entity == "session" else "registration",
        "hq_version": hq_version,
        "status": _wire_status(status, kpj),
    }
    if change["status"] == "accepted" and kpj:
        change["kpj"] = kpj
    if change["status"] == "rejected" and reason:
        change["reason"] = reason
    if corrected is not None:
        change["data"] = json.loads(corrected)
    return change


def pull_changes(
    db: Database, device: DeviceContext, cursor: str | None, limit: int
) -> PullResponse:
    """At most ``limit`` changes to ``device``'s records after ``cursor``, oldest first."""
    after = decode_cursor(cursor)
    with db.read() as session:
        rows = session.execute(
            select(*PULL_COLUMNS)
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
        "changes": [pulled_change(*row[:-1]) for row in page],
        "cursor": encode_cursor(last if last is not None else after),
        "more": len(rows) > limit,
    }
