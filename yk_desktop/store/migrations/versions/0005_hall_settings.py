"""A hall's own rules where local practice varies (hall_settings).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 12:30:38
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hall_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_hall_settings_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hall_settings")),
        sa.UniqueConstraint("hall_id", "key", name=op.f("uq_hall_settings_hall_id_key")),
    )
    with op.batch_alter_table("hall_settings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hall_settings_hall_id"), ["hall_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hall_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hall_settings_hall_id"))
    op.drop_table("hall_settings")
