"""Reviews (好差评, 一次一评) with the follow-up of bad ones (整改台账), and complaints with their reply
deadlines (办法 Art. 32; GB/T 36113: 受理 → 调查 → 处置 → 意见反馈 → 资料归档)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class ReviewChannel(StrEnum):
    SCREEN = "screen"  # 评价器: the second screen facing the applicant
    DIALOG = "dialog"  # the clerk's screen turned to the applicant (no second screen)
    LATER = "later"  # 补评 within the set period (phone, paper form), entered by staff


class Review(HallOwned, Base):
    """One rating of one finished service, a ticket or a case (一次一评: unique per service).

    Five levels: 5 非常满意 … 1 非常不满意; levels 1–2 are 差评 (国办发〔2019〕51号). The item and its version
    are copied from the catalog as rated, so a later catalog edit does not change what a rating was about.
    """

    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),
        CheckConstraint("efficiency IS NULL OR efficiency BETWEEN 1 AND 5", name="efficiency_range"),
        CheckConstraint("skill IS NULL OR skill BETWEEN 1 AND 5", name="skill_range"),
        CheckConstraint("attitude IS NULL OR attitude BETWEEN 1 AND 5", name="attitude_range"),
        # Exactly one service is rated: a ticket (a visit to a window) or a case (办件).
        CheckConstraint("(ticket_id IS NULL) <> (case_id IS NULL)", name="one_service"),
        # 一次一评 held by the database too: two terminals rating the same service at once, one wins.
        UniqueConstraint("ticket_id"),
        UniqueConstraint("case_id"),
        # Figures read a hall's ratings by time.
        Index("ix_reviews_hall_id_rated_at", "hall_id", "rated_at"),
    )

    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    subject_no: Mapped[str] = mapped_column(String(40))  # the ticket number (A001) or the case number
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_items.id"), default=None)
    item_code: Mapped[str] = mapped_column(String(60), default="")
    item_name: Mapped[str] = mapped_column(String(200), default="")
    item_version: Mapped[int | None] = mapped_column(Integer, default=None)
    department: Mapped[str] = mapped_column(String(100), default="")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    level: Mapped[int] = mapped_column(Integer)
    efficiency: Mapped[int | None] = mapped_column(Integer, default=None)  # 服务效率
    skill: Mapped[int | None] = mapped_column(Integer, default=None)  # 服务水平
    attitude: Mapped[int | None] = mapped_column(Integer, default=None)  # 服务态度
    reasons: Mapped[list[str]] = mapped_column(default=list)  # 差评 reasons from the fixed list
    comment: Mapped[str] = mapped_column(Text, default="")
    # Left by the applicant on the pad for the call-back (回访).
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    # Who was served (the rating record of 国办发〔2019〕51号: applicant name, ID, phone and type), copied when
    # rated from the case, the case the ticket led to, or the appointment the ticket was checked in for;
    # empty for a walk-in ticket (anonymous). Kept whole for the call-back; masked wherever shown.
    applicant_kind: Mapped[str] = mapped_column(String(16), default="")  # person | enterprise | ""
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="")
    applicant_phone: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(20), default=ReviewChannel.SCREEN.value)
    rated_at: Mapped[datetime]
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    # An appeal (申诉) found the rating mistaken or malicious: kept, but counted in no figure.
    voided: Mapped[bool] = mapped_column(Boolean, default=False)


class FollowUpState(StrEnum):
    OPEN = "open"
    APPEALING = "appealing"  # 申诉 waiting for the manager's decision
    CLOSED = "closed"


class FollowUpStepKind(StrEnum):
    OPENED = "opened"
    CALLBACK = "callback"  # 回访核实
    FIX = "fix"  # 整改
    REPLY = "reply"  # 答复申请人
    FIX_RATING = "fix_rating"  # the applicant rates the fix
    APPEAL = "appeal"  # 申诉
    APPEAL_DECIDED = "appeal_decided"
    CLOSED = "closed"


class ReviewFollowUp(HallOwned, Base):
    """A bad review's line in the manager's ledger (整改台账): who answers for it and by when.

    The current state and the dates the list needs are kept here; every step, with who and when, is a
    ``ReviewFollowUpStep`` row (append-only).
    """

    __tablename__ = "review_followups"
    __table_args__ = (
        UniqueConstraint("review_id"),
        CheckConstraint("fix_rating IS NULL OR fix_rating BETWEEN 1 AND 5", name="fix_rating_range"),
    )

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reviews.id"))
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    opened_at: Mapped[datetime]
    deadline: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default=FollowUpState.OPEN.value)
    called_back_at: Mapped[datetime | None] = mapped_column(default=None)
    fixed_at: Mapped[datetime | None] = mapped_column(default=None)
    replied_at: Mapped[datetime | None] = mapped_column(default=None)
    fix_rating: Mapped[int | None] = mapped_column(Integer, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(String(20), default="")  # resolved | appeal_upheld


class ReviewFollowUpStep(HallOwned, Base):
    __tablename__ = "review_followup_steps"

    followup_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review_followups.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)


class ComplaintKind(StrEnum):
    """The 12345 work-order types, each with its own time limit (hall rule ``complaint.days.<kind>``)."""

    CONSULT = "consult"  # 咨询
    HELP = "help"  # 求助
    SUGGESTION = "suggestion"  # 建议
    COMPLAINT = "complaint"  # 投诉
    REPORT = "report"  # 举报


class ComplaintSource(StrEnum):
    HOTLINE = "12345"  # handed over by the 12345 hotline with its work-order number
    IN_PERSON = "in_person"
    PHONE = "phone"


class ComplaintState(StrEnum):
    RECEIVED = "received"
    ROUTED = "routed"
    REPLIED = "replied"
    CLOSED = "closed"


class Complaint(HallOwned, Base):
    """A complaint (or consultation, request for help, suggestion, report) with its reply deadline."""

    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("hall_id", "complaint_no"),
        Index("ix_complaints_hall_id_received_at", "hall_id", "received_at"),
        # A 12345 work order is taken in once per hall, also when two terminals register it at the same moment
        # (complaints from the hall itself have no work order: "" is not unique).
        Index(
            "ix_complaints_hall_id_work_order_no",
            "hall_id",
            "work_order_no",
            unique=True,
            sqlite_where=text("work_order_no <> ''"),
            postgresql_where=text("work_order_no <> ''"),
        ),
    )

    complaint_no: Mapped[str] = mapped_column(String(24))  # K2026000001
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(20), default=ComplaintSource.IN_PERSON.value)
    work_order_no: Mapped[str] = mapped_column(String(40), default="")  # the 12345 工单号
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reviews.id"), default=None)
    # Optional (anonymous complaints are taken too); kept whole for the reply, masked wherever shown.
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    received_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    deadline_days: Mapped[int] = mapped_column(Integer, default=0)  # the limit as it was when received
    deadline: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default=ComplaintState.RECEIVED.value)
    department: Mapped[str] = mapped_column(String(100), default="")
    handler_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    handler_name: Mapped[str] = mapped_column(String(50), default="")
    routed_at: Mapped[datetime | None] = mapped_column(default=None)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintEvent(HallOwned, Base):
    __tablename__ = "complaint_events"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)
