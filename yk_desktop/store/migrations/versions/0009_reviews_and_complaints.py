"""Reviews (好差评) with follow-ups, complaints with routing and deadlines.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 12:40:00

``reviews`` and ``complaints`` were made by 0001 as skeletons that no release ever wrote to, so their new
NOT NULL columns need no server default to fill old rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REVIEW_CHECKS = {
    "ck_reviews_efficiency_range": "efficiency IS NULL OR efficiency BETWEEN 1 AND 5",
    "ck_reviews_skill_range": "skill IS NULL OR skill BETWEEN 1 AND 5",
    "ck_reviews_attitude_range": "attitude IS NULL OR attitude BETWEEN 1 AND 5",
    "ck_reviews_one_service": "(ticket_id IS NULL) <> (case_id IS NULL)",
}


def upgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_no", sa.String(length=40), nullable=False))
        batch_op.add_column(sa.Column("item_code", sa.String(length=60), nullable=False))
        batch_op.add_column(sa.Column("item_name", sa.String(length=200), nullable=False))
        batch_op.add_column(sa.Column("item_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("department", sa.String(length=100), nullable=False))
        batch_op.add_column(sa.Column("finished_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("reasons", sa.JSON(), nullable=False))
        batch_op.add_column(sa.Column("contact_phone", sa.String(length=20), nullable=False))
        batch_op.add_column(sa.Column("recorded_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("voided", sa.Boolean(), nullable=False))
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
        batch_op.add_column(sa.Column("complaint_no", sa.String(length=24), nullable=False))
        batch_op.add_column(sa.Column("work_order_no", sa.String(length=40), nullable=False))
        batch_op.add_column(sa.Column("received_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("deadline_days", sa.Integer(), nullable=False))
        batch_op.add_column(sa.Column("department", sa.String(length=100), nullable=False))
        batch_op.add_column(sa.Column("handler_name", sa.String(length=50), nullable=False))
        batch_op.add_column(sa.Column("routed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("reopen_count", sa.Integer(), nullable=False))
        batch_op.create_index("ix_complaints_hall_id_received_at", ["hall_id", "received_at"], unique=False)
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
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_events_hall_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_events_complaint_id"))
    op.drop_table("complaint_events")

    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_complaints_received_by_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_complaints_hall_id_complaint_no"), type_="unique")
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
        batch_op.drop_column("contact_phone")
        batch_op.drop_column("reasons")
        batch_op.drop_column("finished_at")
        batch_op.drop_column("department")
        batch_op.drop_column("item_version")
        batch_op.drop_column("item_name")
        batch_op.drop_column("item_code")
        batch_op.drop_column("subject_no")
