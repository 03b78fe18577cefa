"""Accent- and case-insensitive name search: a folded ``name_key`` column, filled for existing rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desa_desktop.core.domain.people import name_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registration") as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=100), nullable=False, server_default="")
        )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM registration")).fetchall()
    if rows:
        connection.execute(
            sa.text("UPDATE registration SET name_key = :key WHERE id = :id"),
            [{"id": row.id, "key": name_key(row.name)} for row in rows],
        )
    with op.batch_alter_table("registration") as batch_op:
        batch_op.alter_column("name_key", server_default=None)
        batch_op.create_index("ix_registration_kind_name_key", ["kind", "name_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("registration") as batch_op:
        batch_op.drop_index("ix_registration_kind_name_key")
        batch_op.drop_column("name_key")
