"""Opening HQ's database: a SQLite file by default, PostgreSQL by URL.

SQLite runs in WAL mode with foreign keys on and a busy timeout; write transactions begin
``IMMEDIATE`` so a read-then-write unit of work never fails half-way on a lock upgrade.
PostgreSQL runs at READ COMMITTED; the code relies on unique constraints and
``INSERT ... ON CONFLICT DO NOTHING``, and retries a transaction the database aborted
to break a deadlock or a serialization failure.
"""

from __future__ import annotations

import json
import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from platformdirs import user_data_dir
from sqlalchemy import Engine, Table, create_engine, event, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from desa_desktop.hq.models import COUNTER_PULL, Counter, HQBase

ENV_DB = "DESA_HQ_DB"
DB_FILENAME = "hq.sqlite"
WRITE_ATTEMPTS = 5
# Any constant works; it only has to be the same in every HQ process sharing the database.
SCHEMA_LOCK_KEY = 740_322_001
# SQLSTATEs PostgreSQL uses when it aborted a transaction that may simply be run again.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})

log = logging.getLogger(__name__)
T = TypeVar("T")


def default_db_url() -> str:
    """The default database: ``hq.sqlite`` in the platform's data folder for ``desa-hq``."""
    folder = Path(user_data_dir("desa-hq", appauthor=False))
    return f"sqlite:///{folder / DB_FILENAME}"


def resolve_db_url(value: str | None) -> str:
    """The database URL from ``--db``, else ``$DESA_HQ_DB``, else the default file.

    A bare path (no ``scheme://``) is taken as a SQLite file.
    """
    chosen = value or os.environ.get(ENV_DB) or default_db_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let the "begin" event below issue BEGIN itself (pysqlite's own is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: an acknowledgement HQ sent to a device survives a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        readonly = connection.get_execution_options().get("hq_readonly", False)
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with HQ's settings for its dialect."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 15}, pool_size=10
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, pool_timeout=20)


def is_retryable(exc: BaseException) -> bool:
    """True for errors where running the whole transaction again is the right answer."""
    if isinstance(exc, PoolTimeout):
        return False
    if not isinstance(exc, DBAPIError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    if state in RETRYABLE_SQLSTATES:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


@dataclass
class Database:
    """HQ's open database. Every unit of work opens its own transaction through it."""

    url: str
    engine: Engine
    _sessions: sessionmaker[Session] = field(init=False)
    _readonly: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(hq_readonly=True)
        self._readonly = sessionmaker(reader, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, rolls everything back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never takes SQLite's write lock)."""
        with self._readonly() as session, session.begin():
            yield session

    def run_write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction, again from scratch if the database aborted it
        to break a deadlock or a lock wait (a bounded number of times, with jitter)."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self.write() as session:
                    return work(session)
            except DBAPIError as exc:
                if attempt == WRITE_ATTEMPTS or not is_retryable(exc):
                    raise
                log.info("transaction retried (attempt %d): %s", attempt, type(exc.orig).__name__)
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")  # the loop returns or raises

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _create_schema(database: Database) -> None:
    with database.engine.begin() as connection:
        if database.dialect == "postgresql":
            # Several workers may start at once; one creates the schema, the others wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        HQBase.metadata.create_all(connection)
        insert = postgresql.insert if database.dialect == "postgresql" else sqlite.insert
        connection.execute(
            insert(Counter).values(name=COUNTER_PULL, value=0).on_conflict_do_nothing()
        )


def open_database(url: str) -> Database:
    """Open (and create, if new) HQ's database at ``url``."""
    database = Database(url, make_engine(url))
    _create_schema(database)
    return database


def insert_ignoring_conflict(session: Session, model: type[HQBase], values: dict[str, Any]) -> bool:
    """``INSERT ... ON CONFLICT DO NOTHING`` for ``model``; True when the row was inserted.

    Under concurrency the loser of the race waits for the winner's commit and inserts
    nothing, so no duplicate is ever created and nobody gets a constraint error.
    RETURNING tells the two apart (rowcount is not reliable for this on every driver).
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    key = inspect(model).primary_key[0]
    stmt = insert(model).values(**values).on_conflict_do_nothing().returning(key)
    return session.execute(stmt).first() is not None


def _bind_values(rows: list[dict[str, Any]], names: list[str], processors: list[Any]) -> list[Any]:
    """The rows' values in order, each through its column's bind processor. Rows of one
    batch share their timestamps (the same object): each is converted once."""
    last_in: list[Any] = [None] * len(names)
    last_out: list[Any] = [None] * len(names)
    values: list[Any] = []
    for row in rows:
        for i, name in enumerate(names):
            value = row[name]
            process = processors[i]
            if process is None or value is None:
                values.append(value)
            elif value is last_in[i]:
                values.append(last_out[i])
            else:
                last_in[i], last_out[i] = value, process(value)
                values.append(last_out[i])
    return values


# SQLite allows 32,766 parameters in one statement.
SQLITE_MAX_PARAMETERS = 30_000


def insert_many_ignoring_conflict(
    session: Session, model: type[HQBase], rows: list[dict[str, Any]], returning: Any
) -> list[Any]:
    """``INSERT ... ON CONFLICT DO NOTHING RETURNING returning`` for many ``rows`` (same
    column keys each); the returned values of the rows actually inserted.

    Rows go in the order given (callers pass them in lock order), as SQL with driver
    parameters: a push inserts thousands of rows, and SQLAlchemy's per-value statement
    machinery would cost more than the database. On PostgreSQL the rows travel as one
    JSON document (``json_populate_recordset``), so the driver neither parses thousands of
    placeholders nor adapts values one by one; on SQLite as multi-row VALUES. Values pass through each column type's bind processor.
    """
    if not rows:
        return []
    connection = session.connection()
    dialect = connection.dialect
    table = cast(Table, model.__table__)
    names = list(rows[0])
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    values = _bind_values(rows, names, processors)
    head = f"INSERT INTO {table.name} ({', '.join(names)}) "
    tail = f" ON CONFLICT DO NOTHING RETURNING {returning.name}"
    if dialect.name == "postgresql":
        records = [
            dict(zip(names, values[i : i + len(names)], strict=True))
            for i in range(0, len(values), len(names))
        ]
        sql = (
            f"{head}SELECT {', '.join(names)}"
            f" FROM json_populate_recordset(NULL::{table.name}, %s::json){tail}"
        )
        document = json.dumps(records, default=_json_value, separators=(",", ":"))
        return [found for (found,) in connection.exec_driver_sql(sql, (document,))]
    row_marks = f"({', '.join('?' * len(names))})"
    per_statement = max(1, SQLITE_MAX_PARAMETERS // len(names))
    returned: list[Any] = []
    for first in range(0, len(rows), per_statement):
        count = min(per_statement, len(rows) - first)
        chunk = values[first * len(names) : (first + count) * len(names)]
        sql = f"{head}VALUES {', '.join([row_marks] * count)}{tail}"
        returned += [found for (found,) in connection.exec_driver_sql(sql, tuple(chunk))]
    return returned


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def existing_keys(session: Session, model: type[HQBase], keys: list[Any]) -> list[Any]:
    """Which of ``keys`` (primary key values) ``model``'s table holds; no lock is taken."""
    connection = session.connection()
    table = cast(Table, model.__table__)
    key = inspect(model).primary_key[0].name
    if connection.dialect.name == "postgresql":
        sql = f"SELECT {key} FROM {table.name} WHERE {key} = ANY(%s)"
        return [found for (found,) in connection.exec_driver_sql(sql, (list(keys),))]
    held: list[Any] = []
    for first in range(0, len(keys), SQLITE_MAX_PARAMETERS):
        chunk = tuple(keys[first : first + SQLITE_MAX_PARAMETERS])
        sql = f"SELECT {key} FROM {table.name} WHERE {key} IN ({', '.join('?' * len(chunk))})"
        held += [found for (found,) in connection.exec_driver_sql(sql, chunk)]
    return held
