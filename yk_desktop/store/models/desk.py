"""Window-desk records: first inquiries (首问负责) and proxy/agent service (帮办代办)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
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


class AgencyRecord(HallOwned, Base):
    """帮办代办: a hall agent acts for an applicant under a recorded authorization (委托书)."""

    __tablename__ = "agency_records"

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    principal_name: Mapped[str] = mapped_column(String(200))
    principal_id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    principal_id_number: Mapped[str] = mapped_column(String(40), default="")
    principal_phone: Mapped[str] = mapped_column(String(20), default="")
    matter: Mapped[str] = mapped_column(Text)
    powers: Mapped[str] = mapped_column(Text, default="")
    sub_delegation: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="authorized")
    created_at: Mapped[datetime]


class AgencyEvent(HallOwned, Base):
    """Each hand-off of an agency matter is logged, append-only."""

    __tablename__ = "agency_events"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency_records.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)
