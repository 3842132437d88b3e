"""Proxy/agent service (帮办代办, 办法 Art. 11): an agent acts for an applicant under a recorded 委托书."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


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
