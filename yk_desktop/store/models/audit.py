"""Tamper-evident audit trail: each entry hashes its content and the previous entry's hash."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class AuditEntry(HallOwned, Base):
    """Chained per terminal (``chain_id``), so terminals never contend for one global chain head."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_chain", "chain_id", "chain_seq", unique=True),)

    chain_id: Mapped[uuid.UUID]

    chain_seq: Mapped[int]
    at: Mapped[datetime]
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last link of one terminal's chain, updated in the writing transaction.

    An UPDATE of this row serialises concurrent writers of the same chain on PostgreSQL (the second
    waits and then sees the first one's link), which reading the newest entry could not do.
    """

    __tablename__ = "audit_heads"

    chain_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(default=0)
    hash: Mapped[str] = mapped_column(String(64), default="")
