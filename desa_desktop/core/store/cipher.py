"""SQLCipher connections: the store, its WAL and every copy of it are encrypted at rest.

The store is encrypted with a random 256-bit data key, given to SQLCipher as a raw key
(``x'..'``): no passphrase derivation on each connection, so opening stays fast. The key
itself is kept wrapped under each operator's password (see ``core.security``).

Every SQLite file of the local store is opened through :func:`connect` (and SQLAlchemy
through :func:`engine_module`), so no code path can open it without the key.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, cast

import sqlcipher3.dbapi2

# sqlcipher3 is the standard sqlite3 module built against SQLCipher; it ships no type hints,
# so it is typed here as what it is: the same DB-API, with sqlite3's connection interface.
dbapi: Any = sqlcipher3.dbapi2
DatabaseError: type[Exception] = dbapi.DatabaseError
OperationalError: type[Exception] = dbapi.OperationalError
Connection = sqlite3.Connection

KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"  # an unencrypted SQLite file starts with these bytes


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_pragmas(key: bytes) -> list[str]:
    """The statements that unlock a fresh connection; they must run before anything else."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    # NONE: a wrong key is reported to us as an exception; SQLCipher's own stderr log of it
    # would only alarm a user reading the console.
    return ["PRAGMA cipher_log_level = NONE", f"PRAGMA key = \"x'{key.hex()}'\""]


def unlock(connection: Connection, key: bytes) -> None:
    for pragma in key_pragmas(key):
        connection.execute(pragma)


def connect(
    path: Path, key: bytes, *, read_only: bool = False, timeout: float = 10.0
) -> Connection:
    """A connection to the encrypted database at ``path``; a wrong key fails on first read."""
    connection = plain_connect(path, read_only=read_only, timeout=timeout)
    unlock(connection, key)
    return connection


def plain_connect(path: Path, *, read_only: bool = False, timeout: float = 10.0) -> Connection:
    """A connection without a key: for an unencrypted store from before encryption."""
    if read_only:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        return cast(Connection, dbapi.connect(uri, uri=True, timeout=timeout))
    return cast(Connection, dbapi.connect(str(path), timeout=timeout))


def opens_with(path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the database at ``path``."""
    try:
        connection = connect(path, key, read_only=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except DatabaseError:
        return False
    return True


def is_plaintext(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite database (from before encryption)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def encrypt_copy(plain: Path, destination: Path, key: bytes) -> Path:
    """Write an encrypted copy of the unencrypted database ``plain`` to ``destination``.

    Uses ``sqlcipher_export``, which copies schema, data and ``user_version``; the copy is
    fsynced and only then renamed into place, so a crash never leaves half a file.
    """
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    source = plain_connect(plain)
    try:
        source.execute(
            "ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", (str(partial),)
        )
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(destination)
    return destination
