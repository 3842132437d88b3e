"""First inquiries (首问负责): hand-offs, outcomes, reopening.

The ``first_inquiries`` table of 0001 was a placeholder that no release ever wrote to; it is replaced by
the 首问登记 as the service keeps it, with its append-only events. A database that somehow holds rows in
the placeholder is refused rather than emptied; so is going back down while inquiries are on file.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    rows = op.get_bind().exec_driver_sql("SELECT count(*) FROM first_inquiries").scalar()
    if rows:
        raise RuntimeError(f"first_inquiries holds {rows} rows no release wrote; export them, then upgrade.")
    with op.batch_alter_table("first_inquiries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_first_inquiries_hall_id"))
    op.drop_table("first_inquiries")

    op.create_table(
        "first_inquiries",
        sa.Column("inquiry_no", sa.String(length=24), nullable=False),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_org", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("id_number_masked", sa.String(length=40), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("item_name", sa.String(length=200), nullable=False),
        sa.Column("materials_received", sa.Text(), nullable=False),
        sa.Column("handling", sa.String(length=16), nullable=False),
        sa.Column("guided_window_id", sa.Uuid(), nullable=True),
        sa.Column("guided_to", sa.String(length=200), nullable=False),
        sa.Column("responder_id", sa.Uuid(), nullable=False),
        sa.Column("handler_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_first_inquiries_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["guided_window_id"], ["windows.id"], name=op.f("fk_first_inquiries_guided_window_id_windows")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_first_inquiries_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["staff.id"], name=op.f("fk_first_inquiries_handler_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_first_inquiries_item_id_service_items")
        ),
        sa.ForeignKeyConstraint(
            ["responder_id"], ["staff.id"], name=op.f("fk_first_inquiries_responder_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_first_inquiries_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_first_inquiries")),
        sa.UniqueConstraint("hall_id", "inquiry_no", name=op.f("uq_first_inquiries_hall_id_inquiry_no")),
    )
    with op.batch_alter_table("first_inquiries", schema=None) as batch_op:
        batch_op.create_index("ix_first_inquiries_hall_id_asked_at", ["hall_id", "asked_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_first_inquiries_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_first_inquiries_handler_id"), ["handler_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_first_inquiries_responder_id"), ["responder_id"], unique=False)

    op.create_table(
        "inquiry_events",
        sa.Column("inquiry_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("from_staff_id", sa.Uuid(), nullable=True),
        sa.Column("to_staff_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_staff_id"], ["staff.id"], name=op.f("fk_inquiry_events_from_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_inquiry_events_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["inquiry_id"], ["first_inquiries.id"], name=op.f("fk_inquiry_events_inquiry_id_first_inquiries")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_inquiry_events_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["to_staff_id"], ["staff.id"], name=op.f("fk_inquiry_events_to_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry_events")),
    )
    with op.batch_alter_table("inquiry_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiry_events_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inquiry_events_inquiry_id"), ["inquiry_id"], unique=False)


def downgrade() -> None:
    # The 首问登记 and their events live only in the tables this revision made: refuse rather than drop them.
    bind = op.get_bind()
    inquiries = bind.exec_driver_sql("SELECT count(*) FROM first_inquiries").scalar() or 0
    events = bind.exec_driver_sql("SELECT count(*) FROM inquiry_events").scalar() or 0
    if inquiries or events:
        raise RuntimeError(
            f"不能撤销 0006（首问登记）：数据库中有 {inquiries} 条首问登记（{events} 条处理记录），"
            "降级会把它们全部删除。请先导出并备份首问登记，确认不再需要后清空，再降级。"
        )
    with op.batch_alter_table("inquiry_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inquiry_events_inquiry_id"))
        batch_op.drop_index(batch_op.f("ix_inquiry_events_hall_id"))
    op.drop_table("inquiry_events")
    with op.batch_alter_table("first_inquiries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_first_inquiries_responder_id"))
        batch_op.drop_index(batch_op.f("ix_first_inquiries_handler_id"))
        batch_op.drop_index(batch_op.f("ix_first_inquiries_hall_id"))
        batch_op.drop_index("ix_first_inquiries_hall_id_asked_at")
    op.drop_table("first_inquiries")

    # The placeholder exactly as 0001 made it.
    op.create_table(
        "first_inquiries",
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_org", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("materials_received", sa.Text(), nullable=False),
        sa.Column("responder_id", sa.Uuid(), nullable=False),
        sa.Column("handler_id", sa.Uuid(), nullable=True),
        sa.Column("handed_to", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_first_inquiries_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["staff.id"], name=op.f("fk_first_inquiries_handler_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_first_inquiries_item_id_service_items")
        ),
        sa.ForeignKeyConstraint(
            ["responder_id"], ["staff.id"], name=op.f("fk_first_inquiries_responder_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_first_inquiries")),
    )
    with op.batch_alter_table("first_inquiries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_first_inquiries_hall_id"), ["hall_id"], unique=False)
