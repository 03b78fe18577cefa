"""Name-fragment search index: an FTS5 trigram index over ``registration.name_key``.

A fragment of three characters or more is looked up in the index instead of scanning
every row with ``LIKE '%fragment%'`` (the LIKE still runs on the rows found, so results
are exactly what they were). The index is an external-content FTS5 table kept in step
by triggers; it is not part of the ORM models (SQLAlchemy has no virtual tables).
A later migration that rebuilds ``registration`` by copy-and-rename must recreate the
triggers (``create_name_index`` below) and rebuild the index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NAME_INDEX = "registration_name_fts"

STATEMENTS = (
    f"CREATE VIRTUAL TABLE {NAME_INDEX} USING fts5("
    "name_key, content='registration', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER registration_name_fts_insert AFTER INSERT ON registration BEGIN"
    f" INSERT INTO {NAME_INDEX}(rowid, name_key) VALUES (new.id, new.name_key); END",
    f"CREATE TRIGGER registration_name_fts_delete AFTER DELETE ON registration BEGIN"
    f" INSERT INTO {NAME_INDEX}({NAME_INDEX}, rowid, name_key)"
    " VALUES ('delete', old.id, old.name_key); END",
    f"CREATE TRIGGER registration_name_fts_update AFTER UPDATE OF name_key ON registration"
    f" BEGIN INSERT INTO {NAME_INDEX}({NAME_INDEX}, rowid, name_key)"
    f" VALUES ('delete', old.id, old.name_key);"
    f" INSERT INTO {NAME_INDEX}(rowid, name_key) VALUES (new.id, new.name_key); END",
    f"INSERT INTO {NAME_INDEX}({NAME_INDEX}) VALUES ('rebuild')",
)


def create_name_index() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def upgrade() -> None:
    create_name_index()


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS registration_name_fts_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {NAME_INDEX}")
