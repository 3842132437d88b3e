"""Proxy/agent service (帮办代办): items, authorization, steps and hand-offs.

The proxy case gets its number, the applicant's kind and contact, the agent's ID as the 委托书 names it,
where the matter is now and its ready/closed times; events get who it went to and a note; new tables hold
the case's service items and the scanned signed 委托书. No program version wrote ``agency_records`` or
``agency_events`` before this revision, so the new NOT NULL columns need no values for old rows.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agency_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agency_no", sa.String(length=24), nullable=False))
        batch_op.add_column(sa.Column("authorized_agent_id", sa.Uuid(), nullable=False))
        batch_op.add_column(sa.Column("agent_id_type", sa.String(length=20), nullable=False))
        batch_op.add_column(sa.Column("agent_id_number", sa.String(length=40), nullable=False))
        batch_op.add_column(sa.Column("principal_kind", sa.String(length=16), nullable=False))
        batch_op.add_column(sa.Column("contact_name", sa.String(length=50), nullable=False))
        batch_op.add_column(sa.Column("contact_phone", sa.String(length=20), nullable=False))
        batch_op.add_column(sa.Column("holder", sa.String(length=200), nullable=False))
        batch_op.add_column(sa.Column("registered_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("ready_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=False))
        batch_op.create_index("ix_agency_records_hall_id_state", ["hall_id", "state"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_agency_records_hall_id_agency_no"), ["hall_id", "agency_no"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_agency_records_registered_by_staff"), "staff", ["registered_by"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_agency_records_authorized_agent_id_staff"),
            "staff",
            ["authorized_agent_id"],
            ["id"],
        )

    with op.batch_alter_table("agency_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_kind", sa.String(length=16), nullable=False))
        batch_op.add_column(sa.Column("to_name", sa.String(length=200), nullable=False))
        batch_op.add_column(sa.Column("to_staff_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_agency_events_to_staff_id_staff"), "staff", ["to_staff_id"], ["id"]
        )

    op.create_table(
        "agency_items",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency_records.id"],
            name=op.f("fk_agency_items_agency_id_agency_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_agency_items_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_agency_items_item_id_service_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_items")),
        sa.UniqueConstraint("agency_id", "item_id", name=op.f("uq_agency_items_agency_id_item_id")),
    )
    with op.batch_alter_table("agency_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_items_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agency_items_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "agency_attachments",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("replaced_at", sa.DateTime(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency_records.id"], name=op.f("fk_agency_attachments_agency_id_agency_records")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_agency_attachments_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_agency_attachments_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_attachments")),
    )
    with op.batch_alter_table("agency_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_attachments_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agency_attachments_hall_id"), ["hall_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agency_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_attachments_hall_id"))
        batch_op.drop_index(batch_op.f("ix_agency_attachments_agency_id"))
    op.drop_table("agency_attachments")

    with op.batch_alter_table("agency_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_items_hall_id"))
        batch_op.drop_index(batch_op.f("ix_agency_items_agency_id"))
    op.drop_table("agency_items")

    with op.batch_alter_table("agency_events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agency_events_to_staff_id_staff"), type_="foreignkey")
        batch_op.drop_column("note")
        batch_op.drop_column("to_staff_id")
        batch_op.drop_column("to_name")
        batch_op.drop_column("to_kind")

    with op.batch_alter_table("agency_records", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_agency_records_authorized_agent_id_staff"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_agency_records_registered_by_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_agency_records_hall_id_agency_no"), type_="unique")
        batch_op.drop_index("ix_agency_records_hall_id_state")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("closed_at")
        batch_op.drop_column("ready_at")
        batch_op.drop_column("registered_by")
        batch_op.drop_column("holder")
        batch_op.drop_column("contact_phone")
        batch_op.drop_column("contact_name")
        batch_op.drop_column("principal_kind")
        batch_op.drop_column("agent_id_number")
        batch_op.drop_column("agent_id_type")
        batch_op.drop_column("authorized_agent_id")
        batch_op.drop_column("agency_no")
