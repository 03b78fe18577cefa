"""Migrations: from nothing, from an older schema with data, and matching the models."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from samples import STORE_KEY

from desa_desktop.core.services.name_search import NAME_INDEX
from desa_desktop.core.store import cipher
from desa_desktop.core.store.engine import DB_FILENAME
from desa_desktop.core.store.meta import get_meta
from desa_desktop.core.store.migrate import current_revision, head_revision, open_store, upgrade
from desa_desktop.core.store.models import Base


def test_new_store_is_migrated_to_head_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path, STORE_KEY)
    try:
        assert current_revision(store.path, STORE_KEY) == head_revision()
        with store.writer.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert get_meta(store, "store_id")
    finally:
        store.close()
    assert not (tmp_path / "backups").exists(), "a brand-new store needs no backup"


# Alembic cannot compare the NIK index (on an expression): test_store_writes checks it.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path, STORE_KEY)
    try:
        with store.reader.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # The FTS5 name-search index (migration 0004) and its shadow tables are virtual
        # tables SQLAlchemy cannot model; they are the only tables outside the models.
        diff = [
            d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(NAME_INDEX))
        ]
        assert diff == []
    finally:
        store.close()


def test_reopening_keeps_store_id_and_makes_no_backup(tmp_path: Path) -> None:
    first = open_store(tmp_path, STORE_KEY)
    store_id = get_meta(first, "store_id")
    first.close()
    again = open_store(tmp_path, STORE_KEY)
    try:
        assert get_meta(again, "store_id") == store_id
    finally:
        again.close()
    assert not (tmp_path / "backups").exists()


OLD_ROWS = [
    (1, "11111111-1111-4111-8111-111111111111", "worker", "5301051203850001", "Nguyễn Thị Ánh"),
    (2, "22222222-2222-4222-8222-222222222222", "official", "5301054207750003", "MA'RUF Amin"),
]


def _fill_revision_0001(path: Path) -> None:
    with closing(cipher.connect(path, STORE_KEY)) as conn, conn:
        conn.execute(
            "INSERT INTO village (code, name, target_officials, target_workers, created_at)"
            " VALUES ('53.01.05.2010', 'Bolok', 7, 150, '2025-01-02 03:04:05')"
        )
        for rid, uuid, kind, nik, name in OLD_ROWS:
            conn.execute(
                "INSERT INTO registration (id, uuid, kind, status, nik, name, village_code, version,"
                " sync_state, created_at, created_by, updated_at, updated_by, income)"
                " VALUES (?, ?, ?, 'accepted', ?, ?, '53.01.05.2010', 3, 'synced',"
                " '2025-01-02 03:04:05', 'op', '2025-01-02 03:04:05', 'op', 1500000)",
                (rid, uuid, kind, nik, name),
            )
        conn.execute(
            "INSERT INTO audit_log (at, operator, action, entity, entity_uuid, version)"
            " VALUES ('2025-01-02 03:04:05', 'op', 'register', 'registration', ?, 1)",
            (OLD_ROWS[0][1],),
        )


def test_store_from_an_older_schema_opens_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    upgrade(path, STORE_KEY, "0001")
    assert current_revision(path, STORE_KEY) == "0001"
    _fill_revision_0001(path)

    store = open_store(tmp_path, STORE_KEY)
    try:
        assert current_revision(path, STORE_KEY) == head_revision()
        with store.reader.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, uuid, kind, nik, name, name_key, version, status, income FROM registration ORDER BY id"
            ).fetchall()
            village = conn.exec_driver_sql("SELECT name, target_officials FROM village").one()
            audits = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
    finally:
        store.close()
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == OLD_ROWS
    assert [r[5] for r in rows] == ["nguyen thi anh", "maruf amin"]  # search key filled in
    assert all(r[6] == 3 and r[7] == "accepted" and r[8] == 1_500_000 for r in rows)
    assert tuple(village) == ("Bolok", 7)
    assert audits == 1

    backups = list((tmp_path / "backups").glob("pre-migration-0001-*.sqlite"))
    assert len(backups) == 1, "the old store is copied aside before migrating"
    assert current_revision(backups[0], STORE_KEY) == "0001"
    with closing(cipher.connect(backups[0], STORE_KEY)) as conn:
        assert conn.execute("SELECT count(*) FROM registration").fetchone()[0] == 2


def test_the_recorded_schema_head_is_alembics() -> None:
    from desa_desktop.core.store.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "update SCHEMA_HEAD in migrate.py with a new migration"


def _registration_indexes(path: Path) -> dict[str, list[str]]:
    with closing(cipher.connect(path, STORE_KEY, read_only=True)) as conn:
        names = [row[1] for row in conn.execute("PRAGMA index_list(registration)")]
        return {
            name: [str(row[2]) for row in conn.execute(f"PRAGMA index_info({name})")]
            for name in names
        }


def test_0007_widens_the_report_index_and_adds_a_village_list_index(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    upgrade(path, STORE_KEY, "0006")
    before = _registration_indexes(path)
    assert before["ix_registration_village_kind_status"] == ["village_code", "kind", "status"]
    open_store(tmp_path, STORE_KEY).close()
    after = _registration_indexes(path)
    assert "ix_registration_village_kind_status" not in after
    assert after["ix_registration_village_kind_status_created"] == [
        "village_code",
        "kind",
        "status",
        "created_at",
        "occupation",
    ]
    assert after["ix_registration_kind_village_name_key"] == ["kind", "village_code", "name_key"]
    assert len(after) == len(before) + 1  # one index more to update per save, not two
