"""Encryption at rest, checked by looking at the bytes: a stolen data folder gives nothing away."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from pathlib import Path

import pytest
from samples import BOLOK, TODAY, worker

from desa_desktop.core.logs import setup_logging
from desa_desktop.core.security import accounts
from desa_desktop.core.security.restore import restore_backup
from desa_desktop.core.services.queries import PersonFilter, count_people
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.villages import add_village
from desa_desktop.core.store import cipher
from desa_desktop.core.store.backups import backup_now, rolling_backup
from desa_desktop.core.store.engine import DB_FILENAME

ADMIN, PASSWORD = "Maria Ndun", "bolok-aman-2026"
NIK = "5301051203850007"
NAME = "Yosefina Bolokmaut"
PHONE = "081339001122"


def _every_file(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _leaks(folder: Path, *secrets: str) -> list[str]:
    found = []
    for path in _every_file(folder):
        data = path.read_bytes()
        for secret in secrets:
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{secret!r} in {path.relative_to(folder)}")
    return found


def test_no_nik_name_or_phone_in_any_file_of_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    unlocked = accounts.initialize(folder, ADMIN, PASSWORD)
    store = unlocked.store
    setup_logging(folder)
    try:
        add_village(store, BOLOK, ADMIN)
        register(store, worker(nik=NIK, name=NAME, phone=PHONE), ADMIN, today=TODAY)
        rolling_backup(folder, store.key)
        backup_now(store, folder / "backups" / "by-hand.sqlite")
        try:  # an error that quotes personal data on its way to the log
            raise ValueError(f"cannot send {NIK} ({PHONE})")
        except ValueError:
            logging.getLogger("desa_desktop.test").exception("sync failed")
        # the -wal file is still there, holding the last commit
        assert (folder / f"{DB_FILENAME}-wal").exists()
        assert _leaks(folder, NIK, NAME, PHONE, NAME.upper(), "bolokmaut") == []
    finally:
        store.close()
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logging.FileHandler):
                logging.getLogger().removeHandler(handler)
                handler.close()
    log_text = (folder / "logs" / "desa.log").read_text(encoding="utf-8")
    assert "sync failed" in log_text and "530105**********" in log_text
    assert _leaks(folder, NIK, NAME, PHONE) == []
    assert not any(p.read_bytes().startswith(cipher.PLAIN_HEADER) for p in _every_file(folder))


def test_the_store_does_not_open_without_its_key(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    unlocked = accounts.initialize(folder, ADMIN, PASSWORD)
    add_village(unlocked.store, BOLOK, ADMIN)
    unlocked.store.close()
    path = folder / DB_FILENAME
    with closing(sqlite3.connect(path)) as plain, pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM registration").fetchall()  # the standard sqlite3 module
    with closing(cipher.plain_connect(path)) as no_key, pytest.raises(cipher.DatabaseError):
        no_key.execute("SELECT * FROM sqlite_master").fetchall()
    with (
        closing(cipher.connect(path, os.urandom(32))) as wrong,
        pytest.raises(cipher.DatabaseError),
    ):
        wrong.execute("SELECT * FROM sqlite_master").fetchall()
    with closing(cipher.connect(path, unlocked.store.key)) as right:
        assert right.execute("SELECT code FROM village").fetchall() == [(BOLOK,)]


def _plaintext_store(folder: Path, people: int) -> None:
    """A store as versions before encryption left it: a plain SQLite file, with a plain
    daily backup beside it (made here by decrypting a fresh encrypted store)."""
    key = bytes(32)
    source = tmp = folder.parent / "source"
    from desa_desktop.core.store.migrate import open_store

    store = open_store(tmp, key)
    add_village(store, BOLOK, ADMIN)
    for n in range(people):
        register(
            store,
            worker(nik=f"530105120385{n + 1:04d}", name=f"{NAME} {chr(65 + n % 26)}"),
            ADMIN,
            today=TODAY,
        )
    store.close()
    folder.mkdir(parents=True)
    (folder / "backups").mkdir()
    for target in (folder / DB_FILENAME, folder / "backups" / "daily-2026-11-20.sqlite"):
        with closing(cipher.connect(source / DB_FILENAME, key)) as conn:
            conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
            conn.execute("SELECT sqlcipher_export('plain')")
            conn.execute("DETACH DATABASE plain")
    assert cipher.is_plaintext(folder / DB_FILENAME)


def test_an_unencrypted_store_and_its_backups_are_encrypted_at_set_up(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    _plaintext_store(folder, 30)
    assert _leaks(folder, NAME) != []
    assert accounts.store_state(folder) is accounts.StoreState.UNENCRYPTED

    unlocked = accounts.initialize(folder, ADMIN, PASSWORD)
    try:
        assert count_people(unlocked.store, PersonFilter()) == 30
    finally:
        unlocked.store.close()
    assert _leaks(folder, NAME) == []
    backups = sorted(p.name for p in (folder / "backups").glob("*.sqlite"))
    assert backups[0] == "daily-2026-11-20.sqlite" and backups[1].startswith("pre-encryption-")
    for backup in (folder / "backups").glob("*.sqlite"):
        assert cipher.opens_with(backup, unlocked.store.key)


ENCRYPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desa_desktop.core.security import accounts
    accounts.initialize(Path(sys.argv[1]), sys.argv[2], sys.argv[3]).store.close()
    """
)


@pytest.mark.parametrize("delay", [0.0, 0.03, 0.3])
def test_set_up_killed_mid_encryption_loses_nothing_and_the_next_login_finishes(
    tmp_path: Path, delay: float
) -> None:
    folder = tmp_path / "old"
    _plaintext_store(folder, 300)
    proc = subprocess.Popen([sys.executable, "-c", ENCRYPT, str(folder), ADMIN, PASSWORD])
    deadline = time.monotonic() + 30
    while not (folder / "keys.json").exists() and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.002)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)

    unlocked = accounts.unlock(folder, ADMIN, PASSWORD)
    try:
        assert count_people(unlocked.store, PersonFilter()) == 300
    finally:
        unlocked.store.close()
    assert _leaks(folder, NAME) == []
    assert not [p for p in _every_file(folder) if ".partial" in p.name or ".encrypted" in p.name]


def test_a_backup_and_its_keys_restore_on_a_new_laptop(tmp_path: Path) -> None:
    unlocked = accounts.initialize(tmp_path / "old-laptop", ADMIN, PASSWORD)
    add_village(unlocked.store, BOLOK, ADMIN)
    register(unlocked.store, worker(nik=NIK, name=NAME), ADMIN, today=TODAY)
    copy = backup_now(unlocked.store, tmp_path / "usb" / "desa.sqlite")
    unlocked.store.close()

    new_laptop = tmp_path / "new-laptop"
    with pytest.raises(accounts.AccessDenied):
        restore_backup(new_laptop, copy, ADMIN, "not-the-password")
    assert accounts.store_state(new_laptop) is accounts.StoreState.NEW  # nothing half-done
    restore_backup(new_laptop, copy, ADMIN, PASSWORD)
    again = accounts.unlock(new_laptop, ADMIN, PASSWORD)
    try:
        assert count_people(again.store, PersonFilter()) == 1
    finally:
        again.store.close()
