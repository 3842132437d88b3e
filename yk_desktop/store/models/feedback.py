"""Reviews (好差评, 一次一评) and complaints with their reply deadlines (办法 Art. 32)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class Review(HallOwned, Base):
    """Five levels: 5 非常满意 … 1 非常不满意; levels 1–2 are 差评 (国办发〔2019〕51号)."""

    __tablename__ = "reviews"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),)

    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_items.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    level: Mapped[int] = mapped_column(Integer)
    efficiency: Mapped[int | None] = mapped_column(Integer, default=None)
    skill: Mapped[int | None] = mapped_column(Integer, default=None)
    attitude: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(20), default="评价器")
    rated_at: Mapped[datetime]


class Complaint(HallOwned, Base):
    """GB/T 36113: 受理 → 调查 → 处置 → 意见反馈 → 资料归档, each type with its own time limit."""

    __tablename__ = "complaints"

    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(20), default="现场")
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reviews.id"), default=None)
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    deadline: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="received")
    handler_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None] = mapped_column(default=None)
