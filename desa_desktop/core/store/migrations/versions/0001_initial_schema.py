"""Initial schema: villages, registrations, sessions, attendance, status changes, audit, outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 19:39:43.066541
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_entity_uuid_id", ["entity_uuid", "id"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint(
            "entity", "entity_uuid", "version", name=op.f("uq_outbox_entity_entity_uuid_version")
        ),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_meta")),
    )
    op.create_table(
        "village",
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=True),
        sa.Column("regency", sa.String(length=100), nullable=True),
        sa.Column("province", sa.String(length=100), nullable=True),
        sa.Column("target_officials", sa.Integer(), nullable=False),
        sa.Column("target_workers", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_village")),
    )
    op.create_table(
        "socialization_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("facilitator", sa.String(length=100), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("synced_version", sa.Integer(), nullable=True),
        sa.Column(
            "sync_state",
            sa.Enum(
                "local",
                "pending",
                "synced",
                "conflict",
                "error",
                name="syncstate",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["village_code"],
            ["village.code"],
            name=op.f("fk_socialization_session_village_code_village"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_socialization_session")),
        sa.UniqueConstraint("uuid", name=op.f("uq_socialization_session_uuid")),
    )
    with op.batch_alter_table("socialization_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_socialization_session_village_held_on", ["village_code", "held_on"], unique=False
        )

    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("worker", "official", name="kind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "ready",
                "sent",
                "accepted",
                "rejected",
                "inactive",
                name="status",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "sex", sa.Enum("L", "P", name="sex", native_enum=False, length=16), nullable=True
        ),
        sa.Column(
            "marital_status",
            sa.Enum(
                "belum_kawin",
                "kawin",
                "cerai_hidup",
                "cerai_mati",
                name="maritalstatus",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("mother_maiden_name", sa.String(length=100), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("rt", sa.String(length=3), nullable=True),
        sa.Column("rw", sa.String(length=3), nullable=True),
        sa.Column("dusun", sa.String(length=100), nullable=True),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("kk_number", sa.String(length=16), nullable=True),
        sa.Column("decile", sa.Integer(), nullable=True),
        sa.Column("occupation", sa.String(length=4), nullable=True),
        sa.Column("income", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=20), nullable=True),
        sa.Column("sk_number", sa.String(length=100), nullable=True),
        sa.Column("sk_date", sa.Date(), nullable=True),
        sa.Column("siltap", sa.Integer(), nullable=True),
        sa.Column("program", sa.String(length=16), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("payment_months", sa.Integer(), nullable=True),
        sa.Column(
            "funding_source",
            sa.Enum(
                "mandiri",
                "apbdes",
                "apbd",
                "csr",
                "lainnya",
                name="fundingsource",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("next_of_kin_name", sa.String(length=100), nullable=True),
        sa.Column("next_of_kin_relation", sa.String(length=50), nullable=True),
        sa.Column("next_of_kin_phone", sa.String(length=16), nullable=True),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("consent_by", sa.String(length=100), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("kpj", sa.String(length=20), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column(
            "inactive_reason",
            sa.Enum(
                "meninggal",
                "asn",
                "pppk",
                "pindah",
                "pemberi_kerja",
                "duplikat",
                "lainnya",
                name="inactivereason",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("inactive_date", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("synced_version", sa.Integer(), nullable=True),
        sa.Column(
            "sync_state",
            sa.Enum(
                "local",
                "pending",
                "synced",
                "conflict",
                "error",
                name="syncstate",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["socialization_session.id"],
            name=op.f("fk_registration_session_id_socialization_session"),
        ),
        sa.ForeignKeyConstraint(
            ["village_code"], ["village.code"], name=op.f("fk_registration_village_code_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("uuid", name=op.f("uq_registration_uuid")),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index("ix_registration_nik", ["nik"], unique=False)
        batch_op.create_index("ix_registration_sync_state", ["sync_state"], unique=False)
        batch_op.create_index(
            "ix_registration_village_kind_status", ["village_code", "kind", "status"], unique=False
        )
        batch_op.create_index(
            "uq_registration_active_nik",
            ["nik"],
            unique=True,
            sqlite_where=sa.text("status != 'inactive'"),
            postgresql_where=sa.text("status != 'inactive'"),
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_attendance_registration_id_registration"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["socialization_session.id"],
            name=op.f("fk_attendance_session_id_socialization_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attendance_uuid")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            "uq_attendance_session_nik",
            ["session_id", "nik"],
            unique=True,
            sqlite_where=sa.text("nik IS NOT NULL"),
            postgresql_where=sa.text("nik IS NOT NULL"),
        )

    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "meninggal",
                "asn",
                "pppk",
                "pindah",
                "pemberi_kerja",
                "duplikat",
                "lainnya",
                name="inactivereason",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_status_change_registration_id_registration"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_status_change_uuid")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_change_registration_id"), ["registration_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_registration_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_attendance_session_nik",
            sqlite_where=sa.text("nik IS NOT NULL"),
            postgresql_where=sa.text("nik IS NOT NULL"),
        )

    op.drop_table("attendance")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_registration_active_nik",
            sqlite_where=sa.text("status != 'inactive'"),
            postgresql_where=sa.text("status != 'inactive'"),
        )
        batch_op.drop_index("ix_registration_village_kind_status")
        batch_op.drop_index("ix_registration_sync_state")
        batch_op.drop_index("ix_registration_nik")

    op.drop_table("registration")
    with op.batch_alter_table("socialization_session", schema=None) as batch_op:
        batch_op.drop_index("ix_socialization_session_village_held_on")

    op.drop_table("socialization_session")
    op.drop_table("village")
    op.drop_table("store_meta")
    op.drop_table("outbox")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity_uuid_id")

    op.drop_table("audit_log")
