"""Alembic environment: runs on the connection that ``store.schema`` hands over (SQLite or PostgreSQL)."""

from __future__ import annotations

from alembic import context

from yk_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    # Only reachable through the alembic command line; the program always passes a connection.
    raise RuntimeError("run migrations through `yk-desktop db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table, so one migration runs on both.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
