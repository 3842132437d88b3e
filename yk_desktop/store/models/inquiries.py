"""First inquiries (首问负责, 办法 Art. 11): who asked whom first, about what, and how it ended."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class Handling(StrEnum):
    """How the first staff member dealt with the question when it was asked."""

    ON_SPOT = "on_spot"  # 当场答复
    GUIDED = "guided"  # 引导至窗口/部门
    HANDED = "handed"  # 转交同事
    FOLLOW_UP = "follow_up"  # 需后续跟进


class InquiryState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class InquiryEventKind(StrEnum):
    LOGGED = "logged"
    HANDED_OFF = "handed_off"
    NOTE = "note"
    CLOSED = "closed"
    REOPENED = "reopened"
    CONTACT_VIEWED = "contact_viewed"  # someone in charge asked for the whole phone number (to call back)


class FirstInquiry(HallOwned, Base):
    """首问登记 (DOMAIN.md Documents): 办事人姓名或单位, 住址, 电话, 办理事项, materials received,
    首问负责人, 承办人, 处理情况.

    The first staff member (``responder_id``, 首问负责人) stays responsible until the inquiry is closed,
    whoever holds it now (``handler_id``, 承办人). Only the masked ID number is kept: the log needs to
    recognise the applicant again, not to prove who they are (GB/T 35273: keep no more than needed).
    """

    __tablename__ = "first_inquiries"
    __table_args__ = (
        UniqueConstraint("hall_id", "inquiry_no"),
        # The manager's list and figures read a hall's inquiries by the time they were asked.
        Index("ix_first_inquiries_hall_id_asked_at", "hall_id", "asked_at"),
    )

    inquiry_no: Mapped[str] = mapped_column(String(24))
    asked_at: Mapped[datetime]
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    applicant_org: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    id_number_masked: Mapped[str] = mapped_column(String(40), default="")
    question: Mapped[str] = mapped_column(Text)
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"), default=None)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_items.id"), default=None)
    # The item's name as it was asked about: a later catalog edit does not rewrite the log.
    item_name: Mapped[str] = mapped_column(String(200), default="")
    materials_received: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[str] = mapped_column(String(16), default=Handling.ON_SPOT.value)
    guided_window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    guided_to: Mapped[str] = mapped_column(String(200), default="")  # department or place, as told
    responder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    handler_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None, index=True)
    state: Mapped[str] = mapped_column(String(16), default=InquiryState.OPEN.value)
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)


class InquiryEvent(HallOwned, Base):
    """Append-only: logged, handed_off (from → to), note, closed, reopened, contact_viewed; who and when."""

    __tablename__ = "inquiry_events"

    inquiry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("first_inquiries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    from_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    to_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
