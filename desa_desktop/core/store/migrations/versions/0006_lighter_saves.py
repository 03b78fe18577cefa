"""Lighter saves: fewer index pages written by every registration and queued change.

Each commit writes every page it changed to the WAL, encrypted and fsynced; each index a
new row enters costs at least one such page. Three of them did no work of their own:

- ``registration`` had two indexes on ``nik``: the partial unique index on active NIKs
  and a plain one for the lookups the partial one cannot answer (a NIK prefix, inactive
  records). One unique index on ``(nik, CASE WHEN status = 'inactive' THEN id ELSE 0 END)``
  does both: every active record's second part is 0, so two active ones collide; an
  inactive record's is its own id, so inactive ones never do; and ``nik`` leads it.
- ``outbox`` had a unique constraint led by ``entity`` and a second index on
  ``entity_uuid``. The constraint, now led by ``entity_uuid``, answers those lookups.
- The FTS5 name index kept a ``docsize`` row per record, for ranking we never do.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ACTIVE_NIK_KEY = "(CASE WHEN status = 'inactive' THEN id ELSE 0 END)"
NAME_INDEX = "registration_name_fts"


def _name_index(options: str) -> None:
    op.execute(f"DROP TABLE {NAME_INDEX}")  # the triggers of 0004 keep feeding the new one
    op.execute(
        f"CREATE VIRTUAL TABLE {NAME_INDEX} USING fts5(name_key, content='registration',"
        f" content_rowid='id', tokenize='trigram'{options})"
    )
    op.execute(f"INSERT INTO {NAME_INDEX}({NAME_INDEX}) VALUES ('rebuild')")


def upgrade() -> None:
    op.drop_index("uq_registration_active_nik", table_name="registration")
    op.drop_index("ix_registration_nik", table_name="registration")
    op.create_index(
        "uq_registration_nik", "registration", ["nik", sa.text(ACTIVE_NIK_KEY)], unique=True
    )
    with op.batch_alter_table("outbox", recreate="always") as batch_op:
        batch_op.drop_index("ix_outbox_entity_uuid")
        batch_op.drop_constraint("uq_outbox_entity_entity_uuid_version", type_="unique")
        batch_op.create_unique_constraint(
            "uq_outbox_entity_uuid_entity_version", ["entity_uuid", "entity", "version"]
        )
    _name_index(", columnsize=0")


def downgrade() -> None:
    _name_index("")
    with op.batch_alter_table("outbox", recreate="always") as batch_op:
        batch_op.drop_constraint("uq_outbox_entity_uuid_entity_version", type_="unique")
        batch_op.create_unique_constraint(
            "uq_outbox_entity_entity_uuid_version", ["entity", "entity_uuid", "version"]
        )
        batch_op.create_index("ix_outbox_entity_uuid", ["entity_uuid"], unique=False)
    op.drop_index("uq_registration_nik", table_name="registration")
    op.create_index("ix_registration_nik", "registration", ["nik"], unique=False)
    op.create_index(
        "uq_registration_active_nik",
        "registration",
        ["nik"],
        unique=True,
        sqlite_where=sa.text("status != 'inactive'"),
    )
