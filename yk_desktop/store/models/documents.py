"""Every printed document, archived as the exact PDF printed, and the counters that number documents."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class ArchivedDocument(HallOwned, Base):
    """One built document. ``printed_at`` stays empty until a printer took it, so a failed print shows as
    not printed and can be printed again from here; the PDF bytes load only when asked for."""

    __tablename__ = "archived_documents"

    kind: Mapped[str] = mapped_column(String(24), index=True)
    number: Mapped[str] = mapped_column(String(40), index=True)  # the barcode payload
    title: Mapped[str] = mapped_column(String(200), default="")
    ref_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)  # notice or case
    created_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    printed_at: Mapped[datetime | None] = mapped_column(default=None)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class DocumentCounter(HallOwned, Base):
    """Last number per hall, document kind and year; bumped in the transaction that uses it."""

    __tablename__ = "document_counters"
    __table_args__ = (UniqueConstraint("hall_id", "kind", "year"),)

    kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
