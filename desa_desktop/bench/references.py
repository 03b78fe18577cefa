"""The physical references a figure is compared with in the same run: a raw SQLite
``executemany`` of the same rows, and gzip of the compact encoding of the same records."""

from __future__ import annotations

import gzip
import json
import sqlite3
import time
import uuid as uuid_module
from pathlib import Path


def gzip_reference(records: list[dict[str, object]]) -> float:
    """Bytes per record of the compact JSON of every record, gzip-compressed at level 9."""
    raw = json.dumps(records, separators=(",", ":"), ensure_ascii=False).encode()
    return len(gzip.compress(raw, compresslevel=9)) / len(records)


def sqlite_reference(records: list[dict[str, object]], folder: Path) -> float:
    """Rows/s of a plain ``executemany`` of the same records into SQLite, one transaction
    (WAL, synchronous=FULL, like HQ and the store)."""
    path = folder / f"raw-{uuid_module.uuid4().hex[:8]}.sqlite"
    with sqlite3.connect(path, isolation_level=None) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(
            "CREATE TABLE records (uuid TEXT PRIMARY KEY, version INTEGER, data TEXT,"
            " nik TEXT, name TEXT, village_code TEXT)"
        )
        rows = [
            (
                r["uuid"],
                r["version"],
                json.dumps(r["data"], separators=(",", ":")),
                r["data"]["nik"],  # type: ignore[index]
                r["data"]["name"],  # type: ignore[index]
                r["data"]["village_code"],  # type: ignore[index]
            )
            for r in records
        ]
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)", rows)
        connection.execute("COMMIT")
        seconds = time.perf_counter() - started
    path.unlink(missing_ok=True)
    return len(rows) / seconds
