"""Alembic environment: always run on a connection handed in by ``migrate.upgrade``."""

from __future__ import annotations

from alembic import context

from desa_desktop.core.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
