"""Sync bookkeeping: HQ's latest answer per record, and when an outbox entry was last sent.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_result",
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("errors", sa.Text(), nullable=True),
        sa.Column("hq_version", sa.Integer(), nullable=True),
        sa.Column("hq_data", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_uuid", name=op.f("pk_sync_result")),
    )
    with op.batch_alter_table("sync_result") as batch_op:
        batch_op.create_index("ix_sync_result_outcome", ["outcome"], unique=False)
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.add_column(sa.Column("last_attempt_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_outbox_entity_uuid", ["entity_uuid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_index("ix_outbox_entity_uuid")
        batch_op.drop_column("last_attempt_at")
    with op.batch_alter_table("sync_result") as batch_op:
        batch_op.drop_index("ix_sync_result_outcome")
    op.drop_table("sync_result")
