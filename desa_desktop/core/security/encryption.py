"""The one-time encryption of a store (and its backups) made before encryption existed.

Order matters for a power cut at any instant: the keyring is written before this runs
(``accounts.initialize``), every step below writes a complete new file before it replaces
an old one, and each step can simply run again. So a cut leaves either the old plaintext
store, which the next login encrypts, or the encrypted one.
"""

from __future__ import annotations

import logging
import os
from contextlib import closing
from pathlib import Path

from desa_desktop.core.store import cipher
from desa_desktop.core.store.backups import backups_dir, seal
from desa_desktop.core.store.engine import DB_FILENAME
from desa_desktop.core.timestamps import utcnow

log = logging.getLogger(__name__)

PRE_ENCRYPTION_PREFIX = "pre-encryption-"


def encrypt_store(data_dir: Path, key: bytes) -> None:
    """Encrypt ``data_dir``'s plaintext store and every plaintext backup beside it with ``key``.

    First an encrypted copy of the store goes to ``backups/pre-encryption-<time>.sqlite``;
    then each plaintext backup is replaced by its encrypted copy; last the store itself.
    The plaintext files are removed; their old disk blocks may survive until overwritten,
    which only full-disk encryption (BitLocker) rules out.
    """
    store_path = data_dir / DB_FILENAME
    with closing(cipher.plain_connect(store_path)) as plain:
        # Everything into the main file, so the copies below miss nothing still in the WAL.
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in [*folder.glob("*.partial*"), *data_dir.glob(f"{DB_FILENAME}.encrypted*")]:
        leftover.unlink()  # half-written by an earlier run that was cut short
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    seal(cipher.encrypt_copy(store_path, folder / f"{PRE_ENCRYPTION_PREFIX}{stamp}.sqlite", key))
    for backup in sorted(folder.glob("*.sqlite")):
        if cipher.is_plaintext(backup):
            seal(cipher.encrypt_copy(backup, backup, key))
    encrypted = cipher.encrypt_copy(store_path, data_dir / f"{DB_FILENAME}.encrypted", key)
    _check_same_rows(store_path, encrypted, key)
    for suffix in ("-wal", "-shm"):
        store_path.with_name(store_path.name + suffix).unlink(missing_ok=True)
    os.replace(encrypted, store_path)
    log.info("store encrypted; a copy is in %s", folder)


def _check_same_rows(plain: Path, encrypted: Path, key: bytes) -> None:
    """The encrypted copy holds every row of every table, and SQLite finds it intact."""
    with closing(cipher.plain_connect(plain)) as source:
        tables = [
            str(row[0])
            for row in source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: source.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    with closing(cipher.connect(encrypted, key, read_only=True)) as copy:
        if copy.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise cipher.DatabaseError("the encrypted copy failed its integrity check")
        for table, count in counts.items():
            if copy.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] != count:
                raise cipher.DatabaseError(f"the encrypted copy lost rows of {table}")
