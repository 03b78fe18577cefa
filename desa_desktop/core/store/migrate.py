"""Bring a store file to the current schema at start-up, copying it aside first."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from desa_desktop.core.store import cipher
from desa_desktop.core.store.backup import copy_database
from desa_desktop.core.store.engine import DB_FILENAME, Store, make_engine, open_engines
from desa_desktop.core.store.meta import ensure_store_id
from desa_desktop.core.timestamps import utcnow

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. Kept here so opening an up-to-date store never imports Alembic
# (about a second of start-up on a village laptop); a test checks it against Alembic.
SCHEMA_HEAD = "0007"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration, as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


class StoreLocked(Exception):
    """The store cannot be opened with this key: not encrypted yet, or a different key."""


def current_revision(path: Path, key: bytes) -> str | None:
    """The schema revision of the store at ``path``; None for a new or empty file."""
    if not path.exists():
        return None
    with closing(cipher.connect(path, key, read_only=True)) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def upgrade(path: Path, key: bytes, target: str = "head") -> str | None:
    """Migrate the store at ``path`` to ``target``. Returns the backup made, if any.

    An existing store is copied to ``backups/`` beside it before any migration runs,
    so a failed or faulty migration can be undone by hand.
    """
    from alembic import command

    before = current_revision(path, key)
    backup: Path | None = None
    if before is not None and before != head_revision():
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        backup = copy_database(
            path, path.parent / "backups" / f"pre-migration-{before}-{stamp}.sqlite", key
        )
    # Foreign keys off while migrating: batch mode rebuilds tables by copy-and-rename.
    engine = make_engine(path, key, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            connection.commit()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    finally:
        engine.dispose()
    return str(backup) if backup else None


def open_store(data_dir: Path, key: bytes) -> Store:
    """Open (creating and migrating as needed) the store in ``data_dir``, encrypted with ``key``.

    Raises :class:`StoreLocked` when the file is not encrypted (see ``core.security`` for the
    one-time encryption of an older store) or ``key`` does not open it.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    if cipher.is_plaintext(path):
        raise StoreLocked(f"{path} is not encrypted yet")
    try:
        revision = current_revision(path, key)
    except cipher.DatabaseError as error:
        raise StoreLocked(f"{path} does not open with this key") from error
    if revision != SCHEMA_HEAD:
        upgrade(path, key)
    store = open_engines(path, key)
    ensure_store_id(store)
    return store
