"""Reviews (好差评) with follow-ups, complaints with routing and deadlines.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 12:40:00

``reviews`` and ``complaints`` were made by 0001 as skeletons. A database may still hold rows in them (a
test hall, or one that went down to 0008 and up again), so every new NOT NULL column has a server default
and the numbers are filled in: a review's subject from its ticket or case, a complaint's number in the year
2000, which no hall's counter reaches (``K2000000001`` …), so it never meets a number issued later. Rows that
break a rule the new constraints hold (one service per review, 一次一评) stop the upgrade with a message.

Going down drops the follow-up ledger and the complaints' events; it refuses while they hold rows rather
than lose them (export them first).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NO_WORK_ORDER = "work_order_no <> ''"
# Complaints found without a number are numbered in this year: no hall's document counter ever reaches it.
_LEGACY_YEAR = 2000
_REVIEW_CHECKS = {
    "ck_reviews_efficiency_range": "efficiency IS NULL OR efficiency BETWEEN 1 AND 5",
    "ck_reviews_skill_range": "skill IS NULL OR skill BETWEEN 1 AND 5",
    "ck_reviews_attitude_range": "attitude IS NULL OR attitude BETWEEN 1 AND 5",
    "ck_reviews_one_service": "(ticket_id IS NULL) <> (case_id IS NULL)",
}


def _count(sql: str) -> int:
    return int(op.get_bind().exec_driver_sql(sql).scalar() or 0)


def _check_old_reviews() -> None:
    """Old rows the new constraints would refuse: say so in words rather than fail half-way."""
    broken = sum(
        _count(f"SELECT count(*) FROM reviews WHERE NOT ({rule})") for rule in _REVIEW_CHECKS.values()
    )
    twice = sum(
        _count(
            f"SELECT count(*) FROM (SELECT {column} FROM reviews WHERE {column} IS NOT NULL "
            f"GROUP BY {column} HAVING count(*) > 1) AS twice"
        )
        for column in ("ticket_id", "case_id")
    )
    if broken or twice:
        raise RuntimeError(
            f"reviews 表中有 {broken} 条评价未指明唯一的号票或办件（或分项评价超出 1–5），"
            f"{twice} 项服务被评价了多次（一次一评）；升级已停止，数据库未作任何改动。"
            "请先备份数据库，由信息管理员导出并清理这些评价后再升级。"
        )


def _number_old_complaints() -> None:
    complaints = sa.table(
        "complaints",
        sa.column("id", sa.Uuid()),
        sa.column("hall_id", sa.Uuid()),
        sa.column("received_at", sa.DateTime()),
        sa.column("complaint_no", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(complaints.c.id, complaints.c.hall_id)
        .where(complaints.c.complaint_no == "")
        .order_by(complaints.c.hall_id, complaints.c.received_at, complaints.c.id)
    ).all()
    seq: dict[object, int] = {}
    numbers = []
    for row_id, hall_id in rows:
        seq[hall_id] = seq.get(hall_id, 0) + 1
        numbers.append({"row_id": row_id, "number": f"K{_LEGACY_YEAR}{seq[hall_id]:06d}"})
    if numbers:
        bind.execute(
            complaints.update()
            .where(complaints.c.id == sa.bindparam("row_id"))
            .values(complaint_no=sa.bindparam("number")),
            numbers,
        )


def upgrade() -> None:
    _check_old_reviews()
    # First the columns, with defaults for rows already there; the constraints once the rows are filled in.
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_no", sa.String(length=40), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("item_code", sa.String(length=60), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("item_name", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("item_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("department", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("finished_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("reasons", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(
            sa.Column("contact_phone", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("applicant_kind", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("applicant_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("applicant_id_number", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("applicant_phone", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("recorded_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("voided", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        "UPDATE reviews SET subject_no = COALESCE("
        "(SELECT tickets.number FROM tickets WHERE tickets.id = reviews.ticket_id), "
        "(SELECT cases.case_no FROM cases WHERE cases.id = reviews.case_id), '') "
        "WHERE subject_no = ''"
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index("ix_reviews_hall_id_rated_at", ["hall_id", "rated_at"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_reviews_case_id"), ["case_id"])
        batch_op.create_unique_constraint(batch_op.f("uq_reviews_ticket_id"), ["ticket_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_reviews_recorded_by_staff"), "staff", ["recorded_by"], ["id"]
        )
        for name, condition in _REVIEW_CHECKS.items():
            batch_op.create_check_constraint(batch_op.f(name), condition)

    op.create_table(
        "review_followups",
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("responsible_id", sa.Uuid(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("called_back_at", sa.DateTime(), nullable=True),
        sa.Column("fixed_at", sa.DateTime(), nullable=True),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.Column("fix_rating", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "fix_rating IS NULL OR fix_rating BETWEEN 1 AND 5",
            name=op.f("ck_review_followups_fix_rating_range"),
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_review_followups_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["staff.id"], name=op.f("fk_review_followups_responsible_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["review_id"], ["reviews.id"], name=op.f("fk_review_followups_review_id_reviews")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_followups")),
        sa.UniqueConstraint("review_id", name=op.f("uq_review_followups_review_id")),
    )
    with op.batch_alter_table("review_followups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_followups_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "review_followup_steps",
        sa.Column("followup_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["review_followups.id"],
            name=op.f("fk_review_followup_steps_followup_id_review_followups"),
        ),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["halls.id"], name=op.f("fk_review_followup_steps_hall_id_halls")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_review_followup_steps_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_followup_steps")),
    )
    with op.batch_alter_table("review_followup_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_followup_steps_followup_id"), ["followup_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_followup_steps_hall_id"), ["hall_id"], unique=False)

    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("complaint_no", sa.String(length=24), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("work_order_no", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("received_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("deadline_days", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("department", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("handler_name", sa.String(length=50), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("routed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("reopen_count", sa.Integer(), nullable=False, server_default="0"))
    _number_old_complaints()
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index("ix_complaints_hall_id_received_at", ["hall_id", "received_at"], unique=False)
        batch_op.create_index(
            "ix_complaints_hall_id_work_order_no",
            ["hall_id", "work_order_no"],
            unique=True,
            sqlite_where=sa.text(_NO_WORK_ORDER),
            postgresql_where=sa.text(_NO_WORK_ORDER),
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_complaints_hall_id_complaint_no"), ["hall_id", "complaint_no"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_complaints_received_by_staff"), "staff", ["received_by"], ["id"]
        )

    op.create_table(
        "complaint_events",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], name=op.f("fk_complaint_events_complaint_id_complaints")
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_complaint_events_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_complaint_events_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_events_complaint_id"), ["complaint_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_events_hall_id"), ["hall_id"], unique=False)


def downgrade() -> None:
    followups = _count("SELECT count(*) FROM review_followups")
    events = _count("SELECT count(*) FROM complaint_events")
    if followups or events:
        raise RuntimeError(
            f"数据库中有 {followups} 条差评整改记录、{events} 条投诉办理记录，降级会删除它们，已停止，"
            "数据库未作任何改动。如确需降级，请先备份数据库，由信息管理员导出并清空 review_followups、"
            "review_followup_steps 和 complaint_events 表后再试。"
        )
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_events_hall_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_events_complaint_id"))
    op.drop_table("complaint_events")

    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_complaints_received_by_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_complaints_hall_id_complaint_no"), type_="unique")
        batch_op.drop_index(
            "ix_complaints_hall_id_work_order_no",
            sqlite_where=sa.text(_NO_WORK_ORDER),
            postgresql_where=sa.text(_NO_WORK_ORDER),
        )
        batch_op.drop_index("ix_complaints_hall_id_received_at")
        batch_op.drop_column("reopen_count")
        batch_op.drop_column("closed_at")
        batch_op.drop_column("routed_at")
        batch_op.drop_column("handler_name")
        batch_op.drop_column("department")
        batch_op.drop_column("deadline_days")
        batch_op.drop_column("received_by")
        batch_op.drop_column("work_order_no")
        batch_op.drop_column("complaint_no")

    with op.batch_alter_table("review_followup_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_followup_steps_hall_id"))
        batch_op.drop_index(batch_op.f("ix_review_followup_steps_followup_id"))
    op.drop_table("review_followup_steps")

    with op.batch_alter_table("review_followups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_followups_hall_id"))
    op.drop_table("review_followups")

    with op.batch_alter_table("reviews", schema=None) as batch_op:
        for name in reversed(_REVIEW_CHECKS):
            batch_op.drop_constraint(batch_op.f(name), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_reviews_recorded_by_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_reviews_ticket_id"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_reviews_case_id"), type_="unique")
        batch_op.drop_index("ix_reviews_hall_id_rated_at")
        batch_op.drop_column("voided")
        batch_op.drop_column("recorded_by")
        batch_op.drop_column("applicant_phone")
        batch_op.drop_column("applicant_id_number")
        batch_op.drop_column("applicant_name")
        batch_op.drop_column("applicant_kind")
        batch_op.drop_column("contact_phone")
        batch_op.drop_column("reasons")
        batch_op.drop_column("finished_at")
        batch_op.drop_column("department")
        batch_op.drop_column("item_version")
        batch_op.drop_column("item_name")
        batch_op.drop_column("item_code")
        batch_op.drop_column("subject_no")
