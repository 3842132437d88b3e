"""First inquiries (首问负责): hand-offs, outcomes, reopening.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # filled in with this revision's tables


def downgrade() -> None:
    pass
