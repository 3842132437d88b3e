"""Notices, cases at the window, the catalog's history and the archive of printed documents.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 16:30:29.559546
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_counters",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_document_counters_hall_id_halls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_counters")),
        sa.UniqueConstraint("hall_id", "kind", "year", name=op.f("uq_document_counters_hall_id_kind_year")),
    )
    with op.batch_alter_table("document_counters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_counters_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "archived_documents",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("ref_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_archived_documents_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_archived_documents_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archived_documents")),
    )
    with op.batch_alter_table("archived_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archived_documents_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_archived_documents_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_archived_documents_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_archived_documents_ref_id"), ["ref_id"], unique=False)

    op.create_table(
        "catalog_revisions",
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_catalog_revisions_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_catalog_revisions_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_revisions")),
    )
    with op.batch_alter_table("catalog_revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalog_revisions_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_catalog_revisions_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "notices",
        sa.Column("notice_no", sa.String(length=24), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("window_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("bundle_id", sa.Uuid(), nullable=True),
        sa.Column("item_ids", sa.JSON(), nullable=False),
        sa.Column("applicant_kind", sa.String(length=16), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_id_number", sa.String(length=40), nullable=False),
        sa.Column("applicant_phone", sa.String(length=20), nullable=False),
        sa.Column("applicant_key", sa.String(length=64), nullable=False),
        sa.Column("hand_in", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["bundle_id"], ["bundles.id"], name=op.f("fk_notices_bundle_id_bundles")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_notices_hall_id_halls")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_notices_staff_id_staff")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_notices_ticket_id_tickets")),
        sa.ForeignKeyConstraint(["window_id"], ["windows.id"], name=op.f("fk_notices_window_id_windows")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
        sa.UniqueConstraint("hall_id", "notice_no", name=op.f("uq_notices_hall_id_notice_no")),
    )
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notices_applicant_key"), ["applicant_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_notices_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "notice_lines",
        sa.Column("notice_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.Column("original", sa.String(length=20), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("issuer", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("tolerable", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("off_list", sa.Boolean(), nullable=False),
        sa.Column("off_list_reason", sa.Text(), nullable=False),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_notice_lines_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["material_id"], ["materials.id"], name=op.f("fk_notice_lines_material_id_materials")
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_notice_lines_notice_id_notices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_lines")),
    )
    with op.batch_alter_table("notice_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_lines_hall_id"), ["hall_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_lines_notice_id"), ["notice_id"], unique=False)

    op.create_table(
        "case_materials",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_materials_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_case_materials_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["material_id"], ["materials.id"], name=op.f("fk_case_materials_material_id_materials")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_materials")),
    )
    with op.batch_alter_table("case_materials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_materials_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_materials_hall_id"), ["hall_id"], unique=False)

    op.create_table(
        "verified_materials",
        sa.Column("applicant_key", sa.String(length=64), nullable=False),
        sa.Column("material_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("hall_id", sa.Uuid(), nullable=False),
        sa.Column("origin_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=48), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_verified_materials_case_id_cases")),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name=op.f("fk_verified_materials_hall_id_halls")),
        sa.ForeignKeyConstraint(
            ["material_id"], ["materials.id"], name=op.f("fk_verified_materials_material_id_materials")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_verified_materials_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verified_materials")),
        sa.UniqueConstraint(
            "hall_id",
            "applicant_key",
            "material_id",
            name=op.f("uq_verified_materials_hall_id_applicant_key_material_id"),
        ),
    )
    with op.batch_alter_table("verified_materials", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verified_materials_applicant_key"), ["applicant_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_verified_materials_hall_id"), ["hall_id"], unique=False)

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notice_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("bundle_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("window_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("item_names", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(
            sa.Column("applicant_key", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("promised_days", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("legal_days", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("tolerance", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("tolerance_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("suspended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("suspend_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("handed_over_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("handed_over_to", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("result", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_cases_applicant_key"), ["applicant_key"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_notice_id_notices"), "notices", ["notice_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_bundle_id_bundles"), "bundles", ["bundle_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_window_id_windows"), "windows", ["window_id"], ["id"]
        )

    with op.batch_alter_table("item_materials", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tolerable", sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table("service_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tolerance_allowed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("service_items", schema=None) as batch_op:
        batch_op.drop_column("tolerance_allowed")

    with op.batch_alter_table("item_materials", schema=None) as batch_op:
        batch_op.drop_column("tolerable")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_window_id_windows"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_cases_bundle_id_bundles"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_cases_notice_id_notices"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_applicant_key"))
        batch_op.drop_column("result")
        batch_op.drop_column("handed_over_to")
        batch_op.drop_column("handed_over_at")
        batch_op.drop_column("suspend_reason")
        batch_op.drop_column("suspended_on")
        batch_op.drop_column("tolerance_due")
        batch_op.drop_column("tolerance")
        batch_op.drop_column("legal_days")
        batch_op.drop_column("promised_days")
        batch_op.drop_column("applicant_key")
        batch_op.drop_column("item_names")
        batch_op.drop_column("window_id")
        batch_op.drop_column("bundle_id")
        batch_op.drop_column("notice_id")

    with op.batch_alter_table("verified_materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verified_materials_hall_id"))
        batch_op.drop_index(batch_op.f("ix_verified_materials_applicant_key"))

    op.drop_table("verified_materials")
    with op.batch_alter_table("case_materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_materials_hall_id"))
        batch_op.drop_index(batch_op.f("ix_case_materials_case_id"))

    op.drop_table("case_materials")
    with op.batch_alter_table("notice_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_lines_notice_id"))
        batch_op.drop_index(batch_op.f("ix_notice_lines_hall_id"))

    op.drop_table("notice_lines")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notices_hall_id"))
        batch_op.drop_index(batch_op.f("ix_notices_applicant_key"))

    op.drop_table("notices")
    with op.batch_alter_table("catalog_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalog_revisions_hall_id"))
        batch_op.drop_index(batch_op.f("ix_catalog_revisions_entity_id"))

    op.drop_table("catalog_revisions")
    with op.batch_alter_table("archived_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archived_documents_ref_id"))
        batch_op.drop_index(batch_op.f("ix_archived_documents_number"))
        batch_op.drop_index(batch_op.f("ix_archived_documents_kind"))
        batch_op.drop_index(batch_op.f("ix_archived_documents_hall_id"))

    op.drop_table("archived_documents")
    with op.batch_alter_table("document_counters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_counters_hall_id"))

    op.drop_table("document_counters")
