"""Appointments (预约): slot plans over date ranges (incl. 午间 and 延时 after-hours slots), exceptions for single
dates, the appointments booked in them with their events, the per-slot counters that make the last free place
go to exactly one terminal, and the log of after-hours sessions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class SlotKind(StrEnum):
    REGULAR = "regular"  # working hours
    LUNCH = "lunch"  # 午间不断档
    EVENING = "evening"  # 延时: after closing on a working day
    WEEKEND = "weekend"  # 周末延时: a rest day that is not a statutory holiday


class AppointmentState(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Channel(StrEnum):
    WINDOW = "window"  # booked in person at a window
    PHONE = "phone"  # phone intake: a clerk entered it


class SlotPlan(HallOwned, Base):
    """Slots of one category from ``valid_from`` to ``valid_until`` (open-ended when None) on ``weekdays``
    (digits, 0=Monday), from ``start`` to ``end`` in slots of ``slot_minutes`` with ``capacity`` places each.
    ``horizon_working_days`` and ``min_days_ahead``: how far ahead its slots may be booked and how much notice
    they need; None follows the hall's rules (``appointment.horizon_working_days``, ``…min_days_ahead``).

    Retired plans stay (``active`` False) so booked appointments and reports keep their plan.
    """

    __tablename__ = "slot_plans"
    __table_args__ = (
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("slot_minutes >= 5", name="slot_minutes_positive"),
        CheckConstraint("horizon_working_days >= 1", name="horizon_positive"),
        CheckConstraint("min_days_ahead >= 0", name="min_days_ahead_not_negative"),
    )

    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default=SlotKind.REGULAR.value)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    weekdays: Mapped[str] = mapped_column(String(7), default="01234")
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    label: Mapped[str] = mapped_column(String(40), default="")
    horizon_working_days: Mapped[int | None] = mapped_column(Integer, default=None)
    min_days_ahead: Mapped[int | None] = mapped_column(Integer, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class SlotException(HallOwned, Base):
    """One date that differs from the plans: a plan (or, ``plan_id`` None, the whole category) closed, or a
    plan open that day with other hours or capacity (also on a day it would not run, e.g. a holiday)."""

    __tablename__ = "slot_exceptions"

    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("slot_plans.id"), default=None)
    on_date: Mapped[date] = mapped_column(Date, index=True)
    closed: Mapped[bool] = mapped_column(Boolean, default=True)
    start: Mapped[time | None] = mapped_column(Time, default=None)
    end: Mapped[time | None] = mapped_column(Time, default=None)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    reason: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)


class AppointmentCounter(HallOwned, Base):
    """Places taken under one key (a slot: ``slot:<plan>:<date>:<HH:MM>``; a person's day:
    ``person:<applicant key>:<date>``), raised by a conditional UPDATE inside the booking transaction.

    The UPDATE takes the row lock, so two terminals booking the last place of a slot at once take turns and
    the second finds it full; the row commits with the appointment, so a crash never loses or doubles one.
    """

    __tablename__ = "appointment_counters"
    __table_args__ = (UniqueConstraint("hall_id", "key"),)

    key: Mapped[str] = mapped_column(String(120))
    taken: Mapped[int] = mapped_column(Integer, default=0)


class Appointment(HallOwned, Base):
    __tablename__ = "appointments"
    __table_args__ = (UniqueConstraint("hall_id", "code"),)

    code: Mapped[str] = mapped_column(String(20))
    slot_plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("slot_plans.id"), default=None)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_items.id"), default=None)
    service_date: Mapped[date] = mapped_column(Date, index=True)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(10), default=SlotKind.REGULAR.value)
    applicant_name: Mapped[str] = mapped_column(String(200))
    # Kept whole: real-name booking needs it; masked wherever shown or printed.
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="")
    applicant_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    channel: Mapped[str] = mapped_column(String(10), default=Channel.WINDOW.value)
    booked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    state: Mapped[str] = mapped_column(String(16), default=AppointmentState.BOOKED.value)
    booked_at: Mapped[datetime]
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    no_show_at: Mapped[datetime | None] = mapped_column(default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)


class AppointmentEvent(HallOwned, Base):
    """booked / changed (detail: from, to) / cancelled / checked_in / no_show: who and when."""

    __tablename__ = "appointment_events"

    appointment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("appointments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)


class AfterHoursSession(HallOwned, Base):
    """One after-hours session (午间, evening or weekend 延时服务): when, who was on duty, how many were served."""

    __tablename__ = "after_hours_sessions"

    service_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10), default=SlotKind.EVENING.value)
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    opened_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    staff_on_duty: Mapped[list[str]] = mapped_column(default=list)  # staff ids as text
    served: Mapped[int] = mapped_column(Integer, default=0)  # tickets finished by those on duty, at close
    appointments: Mapped[int] = mapped_column(Integer, default=0)  # of them, checked-in appointments
    notes: Mapped[str] = mapped_column(Text, default="")
