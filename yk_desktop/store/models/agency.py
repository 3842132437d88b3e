"""Proxy/agent service (帮办代办, 办法 Art. 11): an agent acts for an applicant under a recorded 委托书.

A proxy case (代办件) names the applicant (委托人), the hall agent (受托人), the service items and the
authorization's scope, sub-delegation and validity as signed; its story is an append-only list of events
(each step and hand-off between agent, window and department), and the scanned signed 委托书 is kept in the
database beside it, so a terminal can show it without a shared drive.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class AgencyState(StrEnum):
    REGISTERED = "registered"  # 已登记: authorization recorded, nothing done yet
    IN_PROGRESS = "in_progress"  # 代办中: the agent holds the matter
    WAITING = "waiting"  # 待窗口/部门办理: handed to a window or a department
    READY = "ready"  # 结果待领取: the applicant has been notified by slip
    DELIVERED = "delivered"  # 已交付: the result reached the applicant; closed
    CANCELLED = "cancelled"  # 已取消 (with a reason); closed


OPEN_STATES = (AgencyState.REGISTERED, AgencyState.IN_PROGRESS, AgencyState.WAITING, AgencyState.READY)
CLOSED_STATES = (AgencyState.DELIVERED, AgencyState.CANCELLED)


class HandOffTo(StrEnum):
    """Where a hand-off sends the matter."""

    AGENT = "agent"  # back to the agent, or on to another agent (转委托)
    WINDOW = "window"
    DEPARTMENT = "department"


class AgencyRecord(HallOwned, Base):
    """帮办代办: a hall agent acts for an applicant under a recorded authorization (委托书)."""

    __tablename__ = "agency_records"
    __table_args__ = (
        UniqueConstraint("hall_id", "agency_no"),
        # The workload view and the agent's list read one hall's open (or closed) proxy cases.
        Index("ix_agency_records_hall_id_state", "hall_id", "state"),
    )

    agency_no: Mapped[str] = mapped_column(String(24))
    # The agent working on it now: the 受托人, or whom they passed it to under 转委托.
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    # 受托人 as the signed 委托书 names them, with their ID (the staff table keeps no ID numbers); never
    # changes, so a reprinted 委托书 is the one that was signed.
    authorized_agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    agent_id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    agent_id_number: Mapped[str] = mapped_column(String(40), default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    # 委托人: a person or an enterprise. Kept whole: the 委托书 legally needs the full number; masked on
    # every screen and on the result slip.
    principal_kind: Mapped[str] = mapped_column(String(16), default="person")
    principal_name: Mapped[str] = mapped_column(String(200))
    principal_id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    principal_id_number: Mapped[str] = mapped_column(String(40), default="")
    principal_phone: Mapped[str] = mapped_column(String(20), default="")
    # Who the agent calls when the result is ready (an enterprise's 经办人; a person's relative).
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    matter: Mapped[str] = mapped_column(Text)
    powers: Mapped[str] = mapped_column(Text, default="")  # one power (权限) per line, as printed
    sub_delegation: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default=AgencyState.REGISTERED.value)
    # Where the matter is now, in words (「帮办代办员 于春雷」, 「3号窗口」, 「营口市市场监督管理局」).
    holder: Mapped[str] = mapped_column(String(200), default="")
    registered_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime]
    ready_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class AgencyItem(HallOwned, Base):
    """A service item the agent handles, with its code and name as they were at registration."""

    __tablename__ = "agency_items"
    __table_args__ = (UniqueConstraint("agency_id", "item_id"),)

    agency_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agency_records.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_items.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))


class AgencyAttachment(HallOwned, Base):
    """A scanned copy of the signed 委托书. Replacing one keeps the old row (``replaced_at`` set), so what
    was on file at any time can be shown; the bytes load only when asked for."""

    __tablename__ = "agency_attachments"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency_records.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="authorization")
    file_name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    uploaded_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    replaced_at: Mapped[datetime | None] = mapped_column(default=None)


class AgencyEvent(HallOwned, Base):
    """Each step and hand-off of a proxy case, append-only: who (``staff_id``), when, to whom, and a note."""

    __tablename__ = "agency_events"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency_records.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    to_kind: Mapped[str] = mapped_column(String(16), default="")  # HandOffTo, or "" when not a hand-off
    to_name: Mapped[str] = mapped_column(String(200), default="")
    to_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)
