"""Initial schema: every table of DESIGN.md §6 on SQLite and PostgreSQL (hand-reviewed autogenerate).

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 11:27:54.354160
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_heads",
        sa.Column("chain_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain_id", name=op.f("pk_audit_heads")),
    )
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_days")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_days_day")),
    )
    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_years")),
        sa.UniqueConstraint("year", name=op.f("uq_calendar_years_year")),
    )
    op.create_table(
        "halls",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("supervision_phone", sa.String(length=40), nullable=False),
        sa.Column("opening_hours", sa.String(length=200), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_halls")),
        sa.UniqueConstraint("code", name=op.f("uq_halls_code")),
    )
    op.create_table(
        "categories",
        sa.Column("prefix", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("issue_start", sa.Time(), nullable=False),
        sa.Column("issue_end", sa.Time(), nullable=False),
        sa.Column("daily_cap", sa.Integer(), nullable=False),
        sa.Column("wait_warning", sa.Integer(), nullable=False),
        sa.Column("green_channel", sa.Boolean(), nullable=False),
        sa.Column("number_width", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_categories_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("hall_id", "prefix", name=op.f("uq_categories_hall_id_prefix")),
    )
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_categories_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "materials",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("reusable", sa.Boolean(), nullable=False),
        sa.Column("certificate", sa.String(length=100), nullable=True),
        sa.Column("issuer", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_materials_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_materials")),
        sa.UniqueConstraint("hall_id", "name", name=op.f("uq_materials_hall_id_name")),
    )
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_materials_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "priority_groups",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_priority_groups_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_groups")),
        sa.UniqueConstraint("hall_id", "name", name=op.f("uq_priority_groups_hall_id_name")),
    )
    with op.batch_alter_table("priority_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_priority_groups_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "windows",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("paused_reason", sa.String(length=200), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_windows_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_windows")),
        sa.UniqueConstraint("hall_id", "number", name=op.f("uq_windows_hall_id_number")),
    )
    with op.batch_alter_table("windows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_windows_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "bundles",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_bundles_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_bundles_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundles")),
        sa.UniqueConstraint("hall_id", "code", name=op.f("uq_bundles_hall_id_code")),
    )
    with op.batch_alter_table("bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundles_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "service_items",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("procedure", sa.JSON(), nullable=False),
        sa.Column("legal_days", sa.Integer(), nullable=False),
        sa.Column("promised_days", sa.Integer(), nullable=False),
        sa.Column("fees", sa.String(length=200), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("pinyin_initials", sa.String(length=200), nullable=False),
        sa.Column("pinyin_full", sa.String(length=800), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("promised_days <= legal_days", name=op.f("ck_service_items_promise_within_law")),
        sa.CheckConstraint("promised_days >= 0", name=op.f("ck_service_items_promise_not_negative")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_service_items_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_service_items_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_items")),
        sa.UniqueConstraint("hall_id", "code", name=op.f("uq_service_items_hall_id_code")),
    )
    with op.batch_alter_table("service_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_items_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_service_items_pinyin_initials"), ["pinyin_initials"], unique=False
        )

    op.create_table(
        "slot_plans",
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("after_hours", sa.Boolean(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(weekday IS NULL) <> (on_date IS NULL)", name=op.f("ck_slot_plans_weekday_or_date")
        ),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_slot_plans_capacity_not_negative")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_slot_plans_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_slot_plans_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot_plans")),
    )
    with op.batch_alter_table("slot_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_plans_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "staff",
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_staff_hall_id_halls")),
        sa.ForeignKeyConstraint(["window_id"], ["windows.id"], name=op.f("fk_staff_window_id_windows")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("hall_id", "username", name=op.f("uq_staff_hall_id_username")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "terminals",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_terminals_hall_id_halls")),
        sa.ForeignKeyConstraint(["window_id"], ["windows.id"], name=op.f("fk_terminals_window_id_windows")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terminals")),
        sa.UniqueConstraint("hall_id", "code", name=op.f("uq_terminals_hall_id_code")),
    )
    with op.batch_alter_table("terminals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_terminals_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "ticket_counters",
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_ticket_counters_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_ticket_counters_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_counters")),
        sa.UniqueConstraint(
            "hall_id",
            "category_id",
            "service_date",
            name=op.f("uq_ticket_counters_hall_id_category_id_service_date"),
        ),
    )
    with op.batch_alter_table("ticket_counters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_counters_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "window_categories",
        sa.Column("window_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_window_categories_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_window_categories_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["windows.id"],
            name=op.f("fk_window_categories_window_id_windows"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_window_categories")),
        sa.UniqueConstraint(
            "window_id", "category_id", name=op.f("uq_window_categories_window_id_category_id")
        ),
    )
    with op.batch_alter_table("window_categories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_window_categories_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "audit_entries",
        sa.Column("chain_id", sa.Uuid(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["staff.id"], name=op.f("fk_audit_entries_actor_id_staff")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_audit_entries_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_chain", ["chain_id", "chain_seq"], unique=True)
        batch_op.create_index(batch_op.f("ix_audit_entries_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "bundle_items",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"], ["bundles.id"], name=op.f("fk_bundle_items_bundle_id_bundles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_bundle_items_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_bundle_items_item_id_service_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_items")),
        sa.UniqueConstraint("bundle_id", "item_id", name=op.f("uq_bundle_items_bundle_id_item_id")),
    )
    with op.batch_alter_table("bundle_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundle_items_hall_id"), ["hall_id"], unique=False)

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

    op.create_table(
        "item_materials",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("material_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("original", sa.String(length=20), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("copies >= 1", name=op.f("ck_item_materials_copies_positive")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_item_materials_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_items.id"],
            name=op.f("fk_item_materials_item_id_service_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["material_id"], ["materials.id"], name=op.f("fk_item_materials_material_id_materials")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_materials")),
        sa.UniqueConstraint("item_id", "material_id", name=op.f("uq_item_materials_item_id_material_id")),
    )
    with op.batch_alter_table("item_materials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_materials_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "tickets",
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("priority_group", sa.String(length=60), nullable=True),
        sa.Column("bundle_id", sa.Uuid(), nullable=True),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("target_window_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("recall_count", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["bundle_id"], ["bundles.id"], name=op.f("fk_tickets_bundle_id_bundles")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_tickets_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_tickets_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_tickets_item_id_service_items")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_tickets_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["target_window_id"], ["windows.id"], name=op.f("fk_tickets_target_window_id_windows")
        ),
        sa.ForeignKeyConstraint(["window_id"], ["windows.id"], name=op.f("fk_tickets_window_id_windows")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint(
            "hall_id",
            "category_id",
            "service_date",
            "seq",
            name=op.f("uq_tickets_hall_id_category_id_service_date_seq"),
        ),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_claim", ["hall_id", "service_date", "state", "category_id", "issued_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tickets_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("slot_plan_id", sa.Uuid(), nullable=True),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_id_number", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_appointments_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_appointments_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_appointments_item_id_service_items")
        ),
        sa.ForeignKeyConstraint(
            ["slot_plan_id"], ["slot_plans.id"], name=op.f("fk_appointments_slot_plan_id_slot_plans")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_appointments_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sa.UniqueConstraint("hall_id", "code", name=op.f("uq_appointments_hall_id_code")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointments_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointments_service_date"), ["service_date"], unique=False)

    op.create_table(
        "cases",
        sa.Column("case_no", sa.String(length=40), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("applicant_kind", sa.String(length=16), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_id_type", sa.String(length=20), nullable=False),
        sa.Column("applicant_id_number", sa.String(length=40), nullable=False),
        sa.Column("applicant_phone", sa.String(length=20), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.Column("materials_complete_on", sa.Date(), nullable=True),
        sa.Column("promised_deadline", sa.Date(), nullable=True),
        sa.Column("legal_deadline", sa.Date(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("clerk_id", sa.Uuid(), nullable=True),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["staff.id"], name=op.f("fk_cases_agent_id_staff")),
        sa.ForeignKeyConstraint(["clerk_id"], ["staff.id"], name=op.f("fk_cases_clerk_id_staff")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_cases_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_cases_item_id_service_items")
        ),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_cases_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("hall_id", "case_no", name=op.f("uq_cases_hall_id_case_no")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "ticket_events",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_ticket_events_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_ticket_events_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_events_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_ticket_events_window_id_windows")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_events_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_events_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "agency_records",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("principal_name", sa.String(length=200), nullable=False),
        sa.Column("principal_id_type", sa.String(length=20), nullable=False),
        sa.Column("principal_id_number", sa.String(length=40), nullable=False),
        sa.Column("principal_phone", sa.String(length=20), nullable=False),
        sa.Column("matter", sa.Text(), nullable=False),
        sa.Column("powers", sa.Text(), nullable=False),
        sa.Column("sub_delegation", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["staff.id"], name=op.f("fk_agency_records_agent_id_staff")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_agency_records_case_id_cases")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_agency_records_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_records")),
    )
    with op.batch_alter_table("agency_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_records_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "case_events",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_case_events_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_case_events_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_events_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_events_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("efficiency", sa.Integer(), nullable=True),
        sa.Column("skill", sa.Integer(), nullable=True),
        sa.Column("attitude", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("rated_at", sa.DateTime(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_reviews_level_range")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_reviews_case_id_cases")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_reviews_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_items.id"], name=op.f("fk_reviews_item_id_service_items")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_reviews_staff_id_staff")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_reviews_ticket_id_tickets")),
        sa.ForeignKeyConstraint(["window_id"], ["windows.id"], name=op.f("fk_reviews_window_id_windows")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "agency_events",
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency_records.id"], name=op.f("fk_agency_events_agency_id_agency_records")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_agency_events_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_agency_events_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_events")),
    )
    with op.batch_alter_table("agency_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_events_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agency_events_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=True),
        sa.Column("complainant_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("handler_id", sa.Uuid(), nullable=True),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_complaints_hall_id_halls")),
        sa.ForeignKeyConstraint(["handler_id"], ["staff.id"], name=op.f("fk_complaints_handler_id_staff")),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], name=op.f("fk_complaints_review_id_reviews")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_hall_id"), ["hall_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_hall_id"))

    op.drop_table("complaints")
    with op.batch_alter_table("agency_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_events_hall_id"))
        batch_op.drop_index(batch_op.f("ix_agency_events_agency_id"))

    op.drop_table("agency_events")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_hall_id"))

    op.drop_table("reviews")
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_events_hall_id"))
        batch_op.drop_index(batch_op.f("ix_case_events_case_id"))

    op.drop_table("case_events")
    with op.batch_alter_table("agency_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_records_hall_id"))

    op.drop_table("agency_records")
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_events_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_ticket_events_hall_id"))
        batch_op.drop_index(batch_op.f("ix_ticket_events_at"))

    op.drop_table("ticket_events")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_hall_id"))

    op.drop_table("cases")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_service_date"))
        batch_op.drop_index(batch_op.f("ix_appointments_phone"))
        batch_op.drop_index(batch_op.f("ix_appointments_hall_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_hall_id"))
        batch_op.drop_index("ix_tickets_claim")

    op.drop_table("tickets")
    with op.batch_alter_table("item_materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_materials_hall_id"))

    op.drop_table("item_materials")
    with op.batch_alter_table("first_inquiries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_first_inquiries_hall_id"))

    op.drop_table("first_inquiries")
    with op.batch_alter_table("bundle_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_items_hall_id"))

    op.drop_table("bundle_items")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_hall_id"))
        batch_op.drop_index("ix_audit_chain")

    op.drop_table("audit_entries")
    with op.batch_alter_table("window_categories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_window_categories_hall_id"))

    op.drop_table("window_categories")
    with op.batch_alter_table("ticket_counters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_counters_hall_id"))

    op.drop_table("ticket_counters")
    with op.batch_alter_table("terminals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terminals_hall_id"))

    op.drop_table("terminals")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_hall_id"))

    op.drop_table("staff")
    with op.batch_alter_table("slot_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_plans_hall_id"))

    op.drop_table("slot_plans")
    with op.batch_alter_table("service_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_items_pinyin_initials"))
        batch_op.drop_index(batch_op.f("ix_service_items_hall_id"))

    op.drop_table("service_items")
    with op.batch_alter_table("bundles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundles_hall_id"))

    op.drop_table("bundles")
    with op.batch_alter_table("windows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_windows_hall_id"))

    op.drop_table("windows")
    with op.batch_alter_table("priority_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priority_groups_hall_id"))

    op.drop_table("priority_groups")
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_materials_hall_id"))

    op.drop_table("materials")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_categories_hall_id"))

    op.drop_table("categories")
    op.drop_table("halls")
    op.drop_table("calendar_years")
    op.drop_table("calendar_days")
    op.drop_table("audit_heads")
