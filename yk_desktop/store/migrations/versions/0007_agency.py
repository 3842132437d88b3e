"""Proxy/agent service (帮办代办): items, authorization, steps and hand-offs.

The proxy case gets its number, the applicant's kind and contact, the agent's ID as the 委托书 names it,
where the matter is now and its ready/closed times; events get who it went to and a note; new tables hold
the case's service items and the scanned signed 委托书.

``agency_records`` and ``agency_events`` exist since 0001, so a database may hold rows made before this
revision; they are upgraded, never refused: the new columns are added with server defaults (dropped once
filled, as the models have none), the 受托人 of the signed 委托书 is taken to be the agent the row names,
and each row gets a number of its own (``LEGACY_FIRST`` onwards in the year it was made, far above any
number the hall's counter reaches, so the next D… the program hands out cannot collide with one).

Going back down would drop the signed 委托书 scans, the proxy cases' items and their numbers, the agent's ID
and the contacts; ``downgrade()`` refuses while any proxy case is on file (export, then empty the tables).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Sequence numbers given to proxy cases from before this revision: D2026900001, D2026900002, …
LEGACY_FIRST = 900_001

# Columns added to rows that may already exist, with what those rows get (server default while adding).
_RECORD_DEFAULTS: tuple[tuple[str, sa.String, str], ...] = (
    ("agent_id_type", sa.String(length=20), "居民身份证"),
    ("agent_id_number", sa.String(length=40), ""),
    ("principal_kind", sa.String(length=16), "person"),
    ("contact_name", sa.String(length=50), ""),
    ("contact_phone", sa.String(length=20), ""),
    ("holder", sa.String(length=200), ""),
)
_EVENT_DEFAULTS: tuple[tuple[str, sa.String, str], ...] = (
    ("to_kind", sa.String(length=16), ""),
    ("to_name", sa.String(length=200), ""),
)


def _number_old_records() -> None:
    """Give every row without a number one of its own, per hall and year, in the order they were made."""
    records = sa.table(
        "agency_records",
        sa.column("id", sa.Uuid()),
        sa.column("hall_id", sa.Uuid()),
        sa.column("created_at", sa.DateTime()),
        sa.column("agency_no", sa.String(length=24)),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(records.c.id, records.c.hall_id, records.c.created_at)
        .where(records.c.agency_no.is_(None))
        .order_by(records.c.hall_id, records.c.created_at, records.c.id)
    ).all()
    last: dict[tuple[uuid.UUID, int], int] = {}
    for row_id, hall_id, created_at in rows:
        year = created_at.year if isinstance(created_at, datetime) else 2000
        seq = last.get((hall_id, year), LEGACY_FIRST - 1) + 1
        if seq > 999_999:
            raise RuntimeError(f"代办件过多（{year} 年超过 {999_999 - LEGACY_FIRST + 1} 件），无法补编号。")
        last[(hall_id, year)] = seq
        bind.execute(records.update().where(records.c.id == row_id).values(agency_no=f"D{year:04d}{seq:06d}"))


def upgrade() -> None:
    with op.batch_alter_table("agency_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agency_no", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("authorized_agent_id", sa.Uuid(), nullable=True))
        for name, type_, default in _RECORD_DEFAULTS:
            batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=default))
        batch_op.add_column(sa.Column("registered_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("ready_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""))
    # Rows from before this revision: numbered, and the 受托人 is the agent they name.
    _number_old_records()
    op.execute("UPDATE agency_records SET authorized_agent_id = agent_id WHERE authorized_agent_id IS NULL")
    with op.batch_alter_table("agency_records", schema=None) as batch_op:
        batch_op.alter_column("agency_no", existing_type=sa.String(length=24), nullable=False)
        batch_op.alter_column("authorized_agent_id", existing_type=sa.Uuid(), nullable=False)
        for name, type_, _default in _RECORD_DEFAULTS:
            batch_op.alter_column(name, existing_type=type_, existing_nullable=False, server_default=None)
        batch_op.alter_column(
            "cancel_reason", existing_type=sa.Text(), existing_nullable=False, server_default=None
        )
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
        for name, type_, default in _EVENT_DEFAULTS:
            batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=default))
        batch_op.add_column(sa.Column("to_staff_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("agency_events", schema=None) as batch_op:
        for name, type_, _default in _EVENT_DEFAULTS:
            batch_op.alter_column(name, existing_type=type_, existing_nullable=False, server_default=None)
        batch_op.alter_column("note", existing_type=sa.Text(), existing_nullable=False, server_default=None)
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
    bind = op.get_bind()
    records, items, scans = (
        bind.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0
        for table in ("agency_records", "agency_items", "agency_attachments")
    )
    if records or items or scans:
        raise RuntimeError(
            f"不能撤销 0007（帮办代办）：数据库中有 {records} 件代办件（{items} 个代办事项、{scans} 份签字委托书"
            "扫描件）。降级会删除委托书扫描件和代办事项，并丢失代办编号、受托人身份证号码、联系人等信息。"
            "请先导出并备份这些代办件，确认不再需要后清空，再降级。"
        )
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
