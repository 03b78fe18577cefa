"""What the store itself guarantees on every write: the NIK rule, the outbox key, and
checkpoints that happen off the save path."""

from __future__ import annotations

import threading
import time
from typing import cast

import pytest
from samples import OPERATOR, TODAY, worker
from sqlalchemy import Table, text
from sqlalchemy.exc import IntegrityError

from desa_desktop.core.domain.choices import InactiveReason
from desa_desktop.core.services.changes import queue
from desa_desktop.core.services.inputs import InactiveInput
from desa_desktop.core.services.queries import get_person
from desa_desktop.core.services.registrations import register
from desa_desktop.core.services.status import mark_inactive
from desa_desktop.core.store.checkpoint import BACKSTOP_PAGES
from desa_desktop.core.store.engine import Store
from desa_desktop.core.store.models import ACTIVE_NIK_KEY, Registration

NIK = "5301051203850001"


def _copy_of(store: Store, original: str, uuid: str) -> None:
    """Insert a copy of a stored registration straight into the table, past every service."""
    values = {**get_person(store, original).values, "uuid": uuid}
    values.pop("id")
    with store.write() as session:
        session.execute(cast(Table, Registration.__table__).insert(), values)


def test_the_store_refuses_a_second_active_nik_but_keeps_inactive_ones(store: Store) -> None:
    first = register(store, worker(), OPERATOR, today=TODAY)
    with pytest.raises(IntegrityError, match="uq_registration_nik"):
        _copy_of(store, first.uuid, uuid="00000000-0000-4000-8000-000000000001")
    mark_inactive(store, first.uuid, InactiveInput(InactiveReason.MOVED, TODAY), OPERATOR)
    second = register(store, worker(), OPERATOR, today=TODAY)
    mark_inactive(store, second.uuid, InactiveInput(InactiveReason.MOVED, TODAY), OPERATOR)
    _copy_of(store, second.uuid, uuid="00000000-0000-4000-8000-000000000002")
    third = register(store, worker(), OPERATOR, today=TODAY)
    with store.read() as session:
        count = session.scalar(text("SELECT count(*) FROM registration WHERE nik = :n"), {"n": NIK})
    assert count == 4 and get_person(store, third.uuid)["status"].value == "ready"


@pytest.mark.parametrize(
    "where",
    [
        "nik = '5301051203850001' AND status != 'inactive'",  # the save's duplicate check
        "nik >= '53010512' AND nik < '53010512:'",  # a NIK prefix typed in search
    ],
)
def test_nik_lookups_use_the_one_nik_index(store: Store, where: str) -> None:
    with store.read() as session:
        plan = session.execute(
            text(f"EXPLAIN QUERY PLAN SELECT id FROM registration WHERE {where}")
        )
        details = " ".join(str(row[-1]) for row in plan)
    assert "uq_registration_nik" in details


def test_the_nik_index_is_the_models_one(store: Store) -> None:
    # Alembic cannot compare an index on an expression: check the migrated one by hand.
    with store.read() as session:
        sql = session.scalar(
            text("SELECT sql FROM sqlite_master WHERE name = 'uq_registration_nik'")
        )
    assert sql is not None and sql.startswith("CREATE UNIQUE INDEX")
    assert f"(nik, {ACTIVE_NIK_KEY})" in sql


def test_a_version_is_queued_once(store: Store) -> None:
    saved = register(store, worker(), OPERATOR, today=TODAY)
    with pytest.raises(IntegrityError), store.write() as session:
        queue(session, "registration", saved.uuid, 1)


def _checkpoint_threads(store: Store) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == f"checkpoints {store.path}"]


def test_checkpoints_run_in_the_background_not_in_the_save(store: Store) -> None:
    with store.writer.connect() as connection:  # a save leaves checkpoints to the thread
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKSTOP_PAGES
    before = store.path.read_bytes()
    for n in range(3):
        register(store, worker(nik=f"530105120385{n + 1:04d}"), OPERATOR, today=TODAY)
    # Saves append to the WAL; the database file changes once the thread copies them back.
    deadline = time.monotonic() + 15
    while store.path.read_bytes() == before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.path.read_bytes() != before
    assert _checkpoint_threads(store)
    with store.read() as session:  # what it copied reads back whole
        assert session.scalar(text("PRAGMA integrity_check")) == "ok"
        assert session.scalar(text("SELECT count(*) FROM registration")) == 3


def test_closing_the_store_stops_its_checkpoints(store: Store) -> None:
    register(store, worker(), OPERATOR, today=TODAY)
    assert _checkpoint_threads(store)
    store.close()
    assert not _checkpoint_threads(store)
