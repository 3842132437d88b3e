"""Reviews (好差评) with follow-ups, complaints with routing and deadlines.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # filled in with this revision's tables


def downgrade() -> None:
    pass
