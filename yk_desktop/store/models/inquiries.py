"""First inquiries (首问负责, 办法 Art. 11): who asked whom first, about what, and how it ended."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class FirstInquiry(HallOwned, Base):
    """首问登记 (办法 Art. 11): who asked whom first, about what, and how it ended."""

    __tablename__ = "first_inquiries"

    asked_at: Mapped[datetime]
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_org: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    topic: Mapped[str] = mapped_column(Text)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_items.id"), default=None)
    materials_received: Mapped[str] = mapped_column(Text, default="")
    responder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    handler_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    handed_to: Mapped[str] = mapped_column(String(200), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="open")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
