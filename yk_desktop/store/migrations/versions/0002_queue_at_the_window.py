"""Queue at the window: appointment due time, serving/finish times on tickets, window pause events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:34:14.874432
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "window_events",
        sa.Column("window_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_window_events_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_window_events_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_window_events_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_window_events")),
    )
    with op.batch_alter_table("window_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_window_events_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_window_events_window_id"), ["window_id"], unique=False)

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("serving_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("finished_at", sa.DateTime(), nullable=True))
        # A transferred ticket changes category but keeps its number: numbers are the day's key.
        batch_op.drop_constraint("uq_tickets_hall_id_category_id_service_date_seq", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_tickets_hall_id_service_date_number"), ["hall_id", "service_date", "number"]
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint("uq_tickets_hall_id_service_date_number", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_tickets_hall_id_category_id_service_date_seq"),
            ["hall_id", "category_id", "service_date", "seq"],
        )
        batch_op.drop_column("finished_at")
        batch_op.drop_column("serving_at")
        batch_op.drop_column("due_at")

    with op.batch_alter_table("window_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_window_events_window_id"))
        batch_op.drop_index(batch_op.f("ix_window_events_hall_id"))

    op.drop_table("window_events")
