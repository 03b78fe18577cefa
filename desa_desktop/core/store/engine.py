"""Opening the local store: one SQLCipher-encrypted SQLite file in WAL mode, foreign keys on.

Two engines share the file: writes begin ``IMMEDIATE`` (take the write lock up
front, so a read-then-write unit of work never fails half-way on a lock upgrade),
reads begin deferred and never block on a writer under WAL. Checkpoints run in the
background (:mod:`checkpoint`), not inside a user's save.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desa_desktop.core.store import cipher
from desa_desktop.core.store.checkpoint import BACKSTOP_PAGES, Checkpointer

DB_FILENAME = "desa.sqlite"
KEYRING_FILENAME = "keys.json"  # the data key, wrapped per operator (core.security.keyring)


def _configure(
    engine: Engine, key: bytes, begin: str, foreign_keys: bool, autocheckpoint: int | None
) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: cipher.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in cipher.key_pragmas(key):  # first, before anything reads a page
            cursor.execute(pragma)
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        # FULL: a commit reported to the user survives a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=10000")
        if autocheckpoint is not None:
            cursor.execute(f"PRAGMA wal_autocheckpoint={int(autocheckpoint)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


def make_engine(
    path: Path,
    key: bytes,
    *,
    begin: str = "BEGIN",
    foreign_keys: bool = True,
    autocheckpoint: int | None = None,
) -> Engine:
    """An engine on the encrypted SQLite file at ``path`` with the store's pragmas.

    ``autocheckpoint``: the WAL size (pages) at which a commit checkpoints by itself
    (SQLite's default, 1000, when None).
    """
    # hide_parameters: an error message never quotes a row's values (names, NIKs) into a log.
    engine = create_engine(
        f"sqlite:///{path}", module=cipher.dbapi, hide_parameters=True, future=True
    )
    _configure(engine, key, begin, foreign_keys, autocheckpoint)
    return engine


@dataclass
class Store:
    """The open local store. Services take it and open one unit of work per action."""

    path: Path
    key: bytes = field(repr=False)  # the data key: copies of the store need it too
    writer: Engine
    reader: Engine

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)
        self._checkpointer = Checkpointer(self.path, self.key)
        weakref.finalize(self, self._checkpointer.stop)  # a store dropped without close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, rolls everything back on any error.

        The commit is durable when this returns; the background checkpointer is told of it.
        """
        with self._write_sessions() as session, session.begin():
            yield session
        self._checkpointer.written()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot; never commits. Objects read stay usable after it closes."""
        with self._read_sessions() as session:
            yield session

    def close(self) -> None:
        self._checkpointer.close()
        self.writer.dispose()
        self.reader.dispose()


def open_engines(path: Path, key: bytes) -> Store:
    """Engines on an already-migrated store file (see :func:`migrate.open_store`)."""
    writer = make_engine(path, key, begin="BEGIN IMMEDIATE", autocheckpoint=BACKSTOP_PAGES)
    return Store(path, key, writer, make_engine(path, key))
