"""Export every registration HQ holds to CSV, one row each, for BPJS staff and spreadsheets."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from sqlalchemy import select

from desa_desktop.hq.db import Database
from desa_desktop.hq.models import Device, Record

COLUMNS = (
    "uuid",
    "version",
    "kind",
    "nik",
    "nama",
    "kode_desa",
    "status",
    "kpj",
    "device",
    "alasan",
    "diterima",
    "diperbarui",
)

log = logging.getLogger(__name__)


def export_registrations(db: Database, path: Path) -> int:
    """Write ``path`` (UTF-8 CSV, header row first); returns the number of registrations.

    ``version`` is the version HQ holds now. The file is written beside ``path`` and moved
    into place, so an interrupted export never leaves half a file under the real name.
    """
    partial = path.with_name(path.name + ".partial")
    count = 0
    query = (
        select(Record, Device.name)
        .join(Device, Device.id == Record.device_id)
        .where(Record.entity == "registration")
        .order_by(Record.village_code, Record.received_at, Record.uuid)
    )
    with db.read() as session, partial.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for record, device_name in session.execute(query.execution_options(yield_per=500)):
            writer.writerow(
                (
                    record.uuid,
                    record.hq_version,
                    record.kind or "",
                    record.nik or "",
                    record.name or "",
                    record.village_code or "",
                    record.status,
                    record.kpj or "",
                    device_name,
                    record.reason or "",
                    record.received_at.isoformat(timespec="seconds"),
                    record.updated_at.isoformat(timespec="seconds"),
                )
            )
            count += 1
    partial.replace(path)
    log.info("exported %d registrations", count)
    return count
