"""Consistent copies of the store through SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the -wal
file; the backup API copies a consistent snapshot even while others write.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from desa_desktop.core.store import cipher


def copy_database(source: Path, destination: Path, key: bytes) -> Path:
    """Copy the database at ``source`` to ``destination`` (overwritten), both encrypted with
    ``key``."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(cipher.connect(source, key)) as src, closing(cipher.connect(partial, key)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    # Rename only a complete copy: a crash mid-backup never leaves a truncated file behind.
    partial.replace(destination)
    return destination
