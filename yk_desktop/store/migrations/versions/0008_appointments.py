"""Appointments: slot plans over date ranges, exceptions, bookings, after-hours sessions.

The first schema's slot plans (one weekday or one date each) become plans over a date range: a weekday plan
runs on that weekday from 2000-01-01 on, a one-date plan from that date to that date; an after-hours plan
becomes an evening plan. A plan may set its own booking horizon and minimum notice (empty: the hall's rules);
the first schema's plans follow the hall's rules.

Downgrading gives exactly those back. Anything else the old schema cannot hold (a plan over a date range or
several weekdays, 午间 or 周末延时, other slot lengths, a plan's own horizon or notice, a retired plan's date; an appointment's channel,
clerk, applicant key, kind, cancel or no-show time; appointment history, exceptions, after-hours sessions)
would come back wrong or not at all, so the downgrade refuses while any of it exists and changes nothing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "appointment_counters",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("taken", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["halls.id"], name=op.f("fk_appointment_counters_hall_id_halls")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_counters")),
        sa.UniqueConstraint("hall_id", "key", name=op.f("uq_appointment_counters_hall_id_key")),
    )
    with op.batch_alter_table("appointment_counters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_counters_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "after_hours_sessions",
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("opened_by", sa.Uuid(), nullable=True),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("staff_on_duty", sa.JSON(), nullable=False),
        sa.Column("served", sa.Integer(), nullable=False),
        sa.Column("appointments", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_after_hours_sessions_closed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["halls.id"], name=op.f("fk_after_hours_sessions_hall_id_halls")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["staff.id"], name=op.f("fk_after_hours_sessions_opened_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_after_hours_sessions")),
    )
    with op.batch_alter_table("after_hours_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_after_hours_sessions_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_after_hours_sessions_service_date"), ["service_date"], unique=False
        )

    op.create_table(
        "slot_exceptions",
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("start", sa.Time(), nullable=True),
        sa.Column("end", sa.Time(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_slot_exceptions_category_id_categories")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_slot_exceptions_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["slot_plans.id"], name=op.f("fk_slot_exceptions_plan_id_slot_plans")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_slot_exceptions_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot_exceptions")),
    )
    with op.batch_alter_table("slot_exceptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_exceptions_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_slot_exceptions_on_date"), ["on_date"], unique=False)

    op.create_table(
        "appointment_events",
        sa.Column("appointment_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointments.id"],
            name=op.f("fk_appointment_events_appointment_id_appointments"),
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_appointment_events_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appointment_events_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_events")),
    )
    with op.batch_alter_table("appointment_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_events_appointment_id"), ["appointment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointment_events_hall_id"), ["hall_id"], unique=False)

    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=10), nullable=False, server_default="regular"))
        batch_op.add_column(
            sa.Column("applicant_key", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("channel", sa.String(length=10), nullable=False, server_default="window")
        )
        batch_op.add_column(sa.Column("booked_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("no_show_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_appointments_applicant_key"), ["applicant_key"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_appointments_booked_by_staff"), "staff", ["booked_by"], ["id"]
        )

    with op.batch_alter_table("slot_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=10), nullable=False, server_default="regular"))
        batch_op.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("valid_until", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("weekdays", sa.String(length=7), nullable=False, server_default="01234")
        )
        batch_op.add_column(sa.Column("slot_minutes", sa.Integer(), nullable=False, server_default="30"))
        batch_op.add_column(sa.Column("horizon_working_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("min_days_ahead", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
    # Plans of the first schema, if any, keep their meaning (see the module docstring).
    op.execute(
        "UPDATE slot_plans SET "
        "kind = CASE WHEN after_hours THEN 'evening' ELSE 'regular' END, "
        "weekdays = CASE WHEN weekday IS NULL THEN '0123456' ELSE CAST(weekday AS VARCHAR(7)) END, "
        "valid_from = COALESCE(on_date, '2000-01-01'), "
        "valid_until = on_date, "
        "capacity = CASE WHEN capacity < 1 THEN 1 ELSE capacity END"
    )
    with op.batch_alter_table("slot_plans", schema=None) as batch_op:
        batch_op.alter_column("valid_from", existing_type=sa.Date(), nullable=False)
        batch_op.drop_constraint(op.f("ck_slot_plans_weekday_or_date"), type_="check")
        batch_op.drop_constraint(op.f("ck_slot_plans_capacity_not_negative"), type_="check")
        batch_op.drop_column("after_hours")
        batch_op.drop_column("on_date")
        batch_op.drop_column("weekday")
        batch_op.create_check_constraint(op.f("ck_slot_plans_capacity_positive"), "capacity >= 1")
        batch_op.create_check_constraint(op.f("ck_slot_plans_slot_minutes_positive"), "slot_minutes >= 5")
        batch_op.create_check_constraint(op.f("ck_slot_plans_horizon_positive"), "horizon_working_days >= 1")
        batch_op.create_check_constraint(
            op.f("ck_slot_plans_min_days_ahead_not_negative"), "min_days_ahead >= 0"
        )
        batch_op.create_index(batch_op.f("ix_slot_plans_category_id"), ["category_id"], unique=False)


# What the upgrade makes of the first schema's rows (see the module docstring): only these go back unchanged.
_OLD_SHAPE_PLANS = (
    "kind IN ('regular', 'evening') AND slot_minutes = 30 AND retired_at IS NULL "
    "AND horizon_working_days IS NULL AND min_days_ahead IS NULL AND ("
    "(length(weekdays) = 1 AND valid_from = '2000-01-01' AND valid_until IS NULL) "
    "OR (weekdays = '0123456' AND valid_until = valid_from))"
)
_OLD_SHAPE_APPOINTMENTS = (
    "kind = 'regular' AND applicant_key = '' AND channel = 'window' AND booked_by IS NULL "
    "AND cancelled_at IS NULL AND no_show_at IS NULL"
)


def _count(sql: str) -> int:
    return int(op.get_bind().execute(sa.text(sql)).scalar() or 0)


def _refuse_what_the_old_schema_cannot_hold() -> None:
    """Raise (before any change) when rows exist that the downgrade would corrupt or drop."""
    found = [
        (
            _count(f"SELECT count(*) FROM slot_plans WHERE NOT ({_OLD_SHAPE_PLANS})"),
            "个预约计划（按日期范围或多个星期几、午间或周末延时、非 30 分钟时段、自定预约范围或提前天数，或已停用）",
        ),
        (
            _count(f"SELECT count(*) FROM appointments WHERE NOT ({_OLD_SHAPE_APPOINTMENTS})"),
            "个预约（含预约渠道、经办人、申请人标识、时段类型或取消/爽约时间）",
        ),
        (_count("SELECT count(*) FROM appointment_events"), "条预约办理记录"),
        (_count("SELECT count(*) FROM slot_exceptions"), "条预约例外（停约或调整的日期）"),
        (_count("SELECT count(*) FROM after_hours_sessions"), "条延时服务记录"),
    ]
    listed = "；".join(f"{n} {what}" for n, what in found if n)
    if listed:
        raise RuntimeError(
            f"数据库中有旧版本（0007 及以前）的结构无法保存的预约数据：{listed}。"
            "降级会把这些数据改错或丢弃，已停止，数据库未作任何改动。"
            "如确需降级，请先备份数据库，由信息管理员导出并删除这些数据后再试。"
        )


def downgrade() -> None:
    _refuse_what_the_old_schema_cannot_hold()
    with op.batch_alter_table("slot_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekday", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("on_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("after_hours", sa.Boolean(), nullable=False, server_default=sa.false()))
    # Only plans of the old shape are left (checked above): a one-date plan keeps its date, a weekly plan
    # its one weekday, an evening plan is after hours.
    op.execute(
        "UPDATE slot_plans SET "
        "on_date = CASE WHEN valid_until = valid_from THEN valid_from END, "
        "weekday = CASE WHEN valid_until = valid_from THEN NULL ELSE CAST(weekdays AS INTEGER) END, "
        "after_hours = (kind = 'evening')"
    )
    with op.batch_alter_table("slot_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_plans_category_id"))
        batch_op.drop_constraint(op.f("ck_slot_plans_min_days_ahead_not_negative"), type_="check")
        batch_op.drop_constraint(op.f("ck_slot_plans_horizon_positive"), type_="check")
        batch_op.drop_constraint(op.f("ck_slot_plans_slot_minutes_positive"), type_="check")
        batch_op.drop_constraint(op.f("ck_slot_plans_capacity_positive"), type_="check")
        batch_op.drop_column("retired_at")
        batch_op.drop_column("min_days_ahead")
        batch_op.drop_column("horizon_working_days")
        batch_op.drop_column("slot_minutes")
        batch_op.drop_column("weekdays")
        batch_op.drop_column("valid_until")
        batch_op.drop_column("valid_from")
        batch_op.drop_column("kind")
        batch_op.create_check_constraint(
            op.f("ck_slot_plans_weekday_or_date"), "(weekday IS NULL) <> (on_date IS NULL)"
        )
        batch_op.create_check_constraint(op.f("ck_slot_plans_capacity_not_negative"), "capacity >= 0")

    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_appointments_booked_by_staff"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_appointments_applicant_key"))
        batch_op.drop_column("no_show_at")
        batch_op.drop_column("cancelled_at")
        batch_op.drop_column("booked_by")
        batch_op.drop_column("channel")
        batch_op.drop_column("applicant_key")
        batch_op.drop_column("kind")

    with op.batch_alter_table("appointment_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_events_hall_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_events_appointment_id"))
    op.drop_table("appointment_events")

    with op.batch_alter_table("slot_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_exceptions_on_date"))
        batch_op.drop_index(batch_op.f("ix_slot_exceptions_hall_id"))
    op.drop_table("slot_exceptions")

    with op.batch_alter_table("after_hours_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_after_hours_sessions_service_date"))
        batch_op.drop_index(batch_op.f("ix_after_hours_sessions_hall_id"))
    op.drop_table("after_hours_sessions")

    with op.batch_alter_table("appointment_counters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_counters_hall_id"))
    op.drop_table("appointment_counters")
