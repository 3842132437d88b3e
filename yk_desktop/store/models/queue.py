"""Queue tickets, their append-only events and the per-day counters that number them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    ON_HOLD = "on_hold"
    FINISHED = "finished"
    NO_SHOW = "no_show"
    ABANDONED = "abandoned"


class TicketEventKind(StrEnum):
    ISSUED = "issued"
    CALLED = "called"
    RECALLED = "recalled"
    SERVING = "serving"
    FINISHED = "finished"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    HELD = "held"
    RESUMED = "resumed"
    ABANDONED = "abandoned"


class Ticket(HallOwned, Base):
    """Current state of a ticket; its history lives in ``TicketEvent`` rows, reports use those."""

    __tablename__ = "tickets"
    __table_args__ = (
        # Numbers are unique per hall and day (prefixes are unique per hall); the category may change
        # when a ticket is transferred (转窗), so it cannot be part of the key.
        UniqueConstraint("hall_id", "service_date", "number"),
        # The claim in call_next filters exactly on these; keep it one index range scan.
        Index("ix_tickets_claim", "hall_id", "service_date", "state", "category_id", "issued_at"),
    )

    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))  # the queue it waits in now
    service_date: Mapped[date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(16), default=TicketState.WAITING.value)
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_group: Mapped[str | None] = mapped_column(String(60), default=None)
    bundle_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bundles.id"), default=None)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_items.id"), default=None)
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    # An appointment ticket's slot start: from then on it is called before ordinary tickets.
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    issued_at: Mapped[datetime]
    called_at: Mapped[datetime | None] = mapped_column(default=None)
    # Kept on the row for the clerk panel's live figures; reports derive times from the events.
    serving_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    target_window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)


class TicketEvent(HallOwned, Base):
    __tablename__ = "ticket_events"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(index=True)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)


class TicketCounter(HallOwned, Base):
    """Last number handed out per hall, category and day; incremented in the issuing transaction.

    Numbers restart each day by being a new row, so history is never touched, and the counter is
    committed with the ticket, so a crash can never hand the same number out twice.
    """

    __tablename__ = "ticket_counters"
    __table_args__ = (UniqueConstraint("hall_id", "category_id", "service_date"),)

    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    service_date: Mapped[date] = mapped_column(Date)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class WindowEventKind(StrEnum):
    PAUSED = "paused"
    RESUMED = "resumed"


class WindowEvent(HallOwned, Base):
    """A window paused (暂停服务, with the reason) or resumed: who, when; reports derive open hours."""

    __tablename__ = "window_events"

    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("windows.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reason: Mapped[str] = mapped_column(String(200), default="")
