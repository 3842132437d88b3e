"""Cases (办件) accepted against a working-day deadline, and their append-only events."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class CaseState(StrEnum):
    ACCEPTED = "accepted"
    CORRECTION = "correction"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class Case(HallOwned, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("hall_id", "case_no"),
        # The case list reads a hall's cases newest first: 100,000 rows without a sort.
        Index("ix_cases_hall_id_accepted_at", "hall_id", "accepted_at"),
    )

    case_no: Mapped[str] = mapped_column(String(40))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_items.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    applicant_kind: Mapped[str] = mapped_column(String(16), default="person")
    applicant_name: Mapped[str] = mapped_column(String(200))
    # Kept whole: the case record legally needs the full number; it is masked wherever shown or printed.
    applicant_id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="")
    applicant_phone: Mapped[str] = mapped_column(String(20), default="")
    credit_code: Mapped[str | None] = mapped_column(String(18), default=None)
    state: Mapped[str] = mapped_column(String(16), default=CaseState.ACCEPTED.value)
    accepted_at: Mapped[datetime]
    materials_complete_on: Mapped[date | None] = mapped_column(Date, default=None)
    promised_deadline: Mapped[date | None] = mapped_column(Date, default=None)
    legal_deadline: Mapped[date | None] = mapped_column(Date, default=None)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    clerk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    notice_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("notices.id"), default=None)
    bundle_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bundles.id"), default=None)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    item_names: Mapped[list[str]] = mapped_column(default=list)
    applicant_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    # The limits as they were when accepted: a later catalog edit does not move a running deadline.
    promised_days: Mapped[int] = mapped_column(Integer, default=0)
    legal_days: Mapped[int] = mapped_column(Integer, default=0)
    # 容缺受理: accepted with materials still to come by this date.
    tolerance: Mapped[bool] = mapped_column(Boolean, default=False)
    tolerance_due: Mapped[date | None] = mapped_column(Date, default=None)
    # The clock stops while suspended (听证/检验/鉴定…, or waiting for 补正); resuming moves the deadlines.
    suspended_on: Mapped[date | None] = mapped_column(Date, default=None)
    suspend_reason: Mapped[str] = mapped_column(Text, default="")
    handed_over_at: Mapped[datetime | None] = mapped_column(default=None)
    handed_over_to: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[str] = mapped_column(Text, default="")


class CaseMaterial(HallOwned, Base):
    """What was received with a case (name and pages), as the receipt lists it."""

    __tablename__ = "case_materials"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    material_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("materials.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(16))  # received | reused | tolerated | corrected
    received_at: Mapped[datetime | None] = mapped_column(default=None)


class CaseEvent(HallOwned, Base):
    __tablename__ = "case_events"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)
