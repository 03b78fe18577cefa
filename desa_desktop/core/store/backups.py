"""Rolling automatic backups, backups on demand, and restoring a backup safely.

Every copy goes through SQLite's online backup API (:func:`backup.copy_database`), so it is
a consistent snapshot even while the app writes, and is encrypted with the store's own data
key like the store itself. Automatic copies live in
``<data dir>/backups/``:

- ``daily-YYYY-MM-DD.sqlite``: at most one a day (the first start of the app that day), the
  newest ``keep`` kept;
- ``pre-migration-<revision>-<time>.sqlite`` (made by :mod:`migrate`) and
  ``pre-restore-<time>.sqlite`` (made here): never deleted automatically.

A restore checks the file first (SQLite's ``integrity_check`` and that it is a Desa Desktop
store this version can open) and refuses a bad one before touching anything. A good one
replaces the store atomically: the current store is copied aside, the new file is written
beside it, fsynced and renamed over it. The next :func:`migrate.open_store` brings it to the
current schema (copying it aside once more if it is older).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desa_desktop.core.i18n import DEFAULT_LANG
from desa_desktop.core.store import cipher
from desa_desktop.core.store.backup import copy_database
from desa_desktop.core.store.engine import DB_FILENAME, KEYRING_FILENAME, Store
from desa_desktop.core.store.migrate import alembic_config

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
DAILY_PREFIX = "daily-"
PRE_RESTORE_PREFIX = "pre-restore-"
CHECKSUM_SUFFIX = ".sha256"
REQUIRED_TABLES = ("alembic_version", "registration", "village")

MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("Berkas tidak ditemukan: {path}", "File not found: {path}"),
    "not_file": ("Bukan berkas: {path}", "Not a file: {path}"),
    "empty": ("Berkas kosong.", "The file is empty."),
    "unreadable": ("Berkas tidak dapat dibaca: {error}", "The file cannot be read: {error}"),
    "changed": (
        "Berkas berubah sejak dicadangkan (checksum {sidecar} tidak cocok).",
        "The file changed after it was backed up (checksum {sidecar} does not match).",
    ),
    "wrong_key": (
        "Berkas tidak dapat dibuka dengan kunci data laptop ini: bukan cadangan data ini, "
        "atau rusak.",
        "The file does not open with this laptop's data key: not a backup of this data, "
        "or damaged.",
    ),
    "damaged": (
        "Basis data rusak: {detail}",
        "The database is damaged: {detail}",
    ),
    "not_ours": (
        "Bukan data Desa Desktop: tabel {table} tidak ada.",
        "Not Desa Desktop data: the {table} table is missing.",
    ),
    "no_revision": (
        "Versi skema data tidak tercatat.",
        "The data's schema version is not recorded.",
    ),
    "newer": (
        "Dibuat oleh versi Desa Desktop yang lebih baru (skema {revision}); perbarui aplikasi dulu.",
        "Made by a newer version of Desa Desktop (schema {revision}); update the app first.",
    ),
    "in_use": (
        "Data sedang dipakai program lain. Tutup Desa Desktop lalu coba lagi.",
        "The data is in use by another program. Close Desa Desktop and try again.",
    ),
}


def _say(code: str, lang: str, **params: object) -> str:
    indonesian, english = MESSAGES[code]
    return (english if lang == "en" else indonesian).format(**params)


class RestoreRefused(Exception):
    """A restore that did not happen; ``problems`` says why. The current data is untouched."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Restored:
    """A restore that happened: the store replaced, and where its previous content was kept."""

    store: Path
    previous: Path | None  # None when there was no store to keep


def backups_dir(data_dir: Path) -> Path:
    """Where the automatic copies of ``data_dir``'s store live."""
    return data_dir / BACKUP_DIR


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksum_file(backup: Path) -> Path:
    """The ``.sha256`` file beside a backup (``sha256sum`` format)."""
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def seal(backup: Path) -> Path:
    """Write the backup's checksum beside it: a later restore then notices any changed byte,
    even one SQLite's own checks cannot see (inside a name, say)."""
    checksum_file(backup).write_text(f"{_sha256(backup)}  {backup.name}\n", encoding="utf-8")
    return backup


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def backup_now(store: Store, dest: Path) -> Path:
    """A consistent, encrypted copy of the open ``store`` at ``dest``.

    ``dest`` is a file name (overwritten) or an existing directory, which then receives
    ``desa-<time>.sqlite``. The copy is one self-contained file (no -wal beside it), with
    its checksum in ``<file>.sha256`` and the store's key wraps in ``<file>.keys.json``.
    """
    if dest.is_dir():
        dest = dest / f"desa-{_stamp(datetime.now())}.sqlite"
    copy = copy_database(store.path, dest, store.key)
    keys = store.path.with_name(KEYRING_FILENAME)
    if keys.is_file():  # the wraps of the data key: a new laptop needs them to open the copy
        shutil.copyfile(keys, keys_beside(copy))
    return seal(copy)


def keys_beside(backup: Path) -> Path:
    """Where :func:`backup_now` puts the store's ``keys.json`` for ``backup``."""
    return backup.with_name(backup.name + ".keys.json")


def daily_backups(data_dir: Path) -> list[Path]:
    """The rolling daily copies, oldest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite"))


def rolling_backup(
    data_dir: Path, key: bytes, *, keep: int = 7, now: datetime | None = None
) -> Path | None:
    """Today's automatic copy of the store in ``data_dir``, unless it exists already.

    Named by the local date (``daily-2026-11-21.sqlite``); after a new copy only the newest
    ``keep`` daily copies remain. Pre-migration and pre-restore copies are never deleted.
    Returns the new copy, or None when there was nothing to do (already made today, or no
    store yet) or the copy failed: a failure (disk full, folder not writable) is logged, as a
    missed backup must not keep the app from starting.
    """
    if keep < 1:
        raise ValueError("keep at least one daily backup")
    store_path = data_dir / DB_FILENAME
    if not store_path.is_file():
        return None
    day = (now or datetime.now()).date()
    target = backups_dir(data_dir) / f"{DAILY_PREFIX}{day.isoformat()}.sqlite"
    if target.exists():
        return None
    try:
        seal(copy_database(store_path, target, key))
        for old in daily_backups(data_dir)[:-keep]:
            old.unlink(missing_ok=True)
            checksum_file(old).unlink(missing_ok=True)
    except (OSError, cipher.DatabaseError):
        log.warning("automatic backup to %s failed", target, exc_info=True)
        return None
    return target


def _header_problems(path: Path, lang: str) -> list[str]:
    if not path.exists():
        return [_say("missing", lang, path=path)]
    if not path.is_file():
        return [_say("not_file", lang, path=path)]
    try:
        with path.open("rb") as handle:
            header = handle.read(1)
    except OSError as error:
        return [_say("unreadable", lang, error=error.strerror or error)]
    if not header:
        return [_say("empty", lang)]
    sidecar = checksum_file(path)
    if sidecar.is_file():
        expected = (sidecar.read_text(encoding="utf-8", errors="replace").split() or [""])[0]
        if expected.lower() != _sha256(path):
            return [_say("changed", lang, sidecar=sidecar.name)]
    return []


def _content_problems(conn: cipher.Connection, lang: str) -> list[str]:
    found = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
    if found != ["ok"]:
        return [_say("damaged", lang, detail="; ".join(found[:5]))]
    tables = {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        return [_say("not_ours", lang, table=table) for table in missing]
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        return [_say("no_revision", lang)]
    from alembic.script import ScriptDirectory  # only when checking: keeps start-up light

    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if str(row[0]) not in known:
        return [_say("newer", lang, revision=row[0])]
    broken = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if broken:
        return [_say("damaged", lang, detail=f"foreign keys {broken}")]
    return []


def check_backup(path: Path, key: bytes, *, lang: str = DEFAULT_LANG) -> list[str]:
    """What is wrong with the backup at ``path``, for people; empty when it can be restored.

    Checks the file is unchanged since it was backed up (when its ``.sha256`` file is beside
    it), opens with ``key`` (or is an unencrypted store from before encryption), passes
    ``PRAGMA integrity_check``, holds a Desa Desktop store (the ``alembic_version``, ``registration`` and ``village`` tables) and
    has a schema this version knows. Opens the file read-only; never changes it.
    """
    problems = _header_problems(path, lang)
    if problems:
        return problems
    plain = cipher.is_plaintext(
        path
    )  # from before encryption: checked as it is, encrypted on restore
    if not plain and not cipher.opens_with(path, key):
        return [_say("wrong_key", lang)]
    try:
        connection = (
            cipher.plain_connect(path, read_only=True)
            if plain
            else cipher.connect(path, key, read_only=True)
        )
        with closing(connection) as conn:
            return _content_problems(conn, lang)
    except cipher.DatabaseError as error:
        return [_say("damaged", lang, detail=error)]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory to fsync it; its rename is durable already
    _fsync(path)


def _leave_wal(store_path: Path, key: bytes, lang: str) -> None:
    """Checkpoint the current store and take it out of WAL mode, so no -wal or -shm file
    stays behind to be replayed over the restored one. Fails if another program has it open."""
    with closing(cipher.connect(store_path, key, timeout=2)) as conn:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        except cipher.OperationalError as error:
            raise RestoreRefused([_say("in_use", lang)]) from error
        if mode is None or str(mode[0]).lower() != "delete":
            raise RestoreRefused([_say("in_use", lang)])


def _pre_restore_name(data_dir: Path, moment: datetime) -> Path:
    """A new file name for the copy kept before a restore (two restores a second apart
    must not overwrite the first copy, which holds the data from before both)."""
    base = backups_dir(data_dir) / f"{PRE_RESTORE_PREFIX}{_stamp(moment)}.sqlite"
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.stem}-{n}.sqlite")
    return candidate


def _remove_stale_journals(store_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        store_path.with_name(store_path.name + suffix).unlink(missing_ok=True)


def restore(
    data_dir: Path,
    source: Path,
    key: bytes,
    *,
    lang: str = DEFAULT_LANG,
    now: datetime | None = None,
) -> Restored:
    """Replace the store in ``data_dir`` with the backup at ``source``.

    Raises :class:`RestoreRefused` - with the current data untouched - when the backup fails
    :func:`check_backup` or the store is open in another program. Otherwise the current store
    is first copied to ``backups/pre-restore-<time>.sqlite``, then the backup is copied next to
    the store, checked again, fsynced and renamed over it. Close every :class:`Store` on
    ``data_dir`` before calling; the next ``open_store`` migrates the restored data.
    """
    source = Path(source)
    problems = check_backup(source, key, lang=lang)
    if problems:
        raise RestoreRefused(problems)
    data_dir.mkdir(parents=True, exist_ok=True)
    store_path = data_dir / DB_FILENAME
    incoming = data_dir / f".restore-{uuid.uuid4().hex}.sqlite"
    try:
        try:
            if cipher.is_plaintext(source):
                cipher.encrypt_copy(source, incoming, key)
            else:
                copy_database(source, incoming, key)
        except cipher.DatabaseError as error:
            raise RestoreRefused([_say("damaged", lang, detail=error)]) from error
        problems = check_backup(incoming, key, lang=lang)
        if problems:
            raise RestoreRefused(problems)
        _fsync(incoming)
        previous: Path | None = None
        if store_path.exists():
            _leave_wal(store_path, key, lang)
            previous = seal(
                copy_database(store_path, _pre_restore_name(data_dir, now or datetime.now()), key)
            )
            _fsync(previous)
        _remove_stale_journals(store_path)
        os.replace(incoming, store_path)
        _fsync_dir(data_dir)
    finally:
        for leftover in ("", "-journal", ".partial", ".partial-journal"):
            incoming.with_name(incoming.name + leftover).unlink(missing_ok=True)
    return Restored(store_path, previous)
