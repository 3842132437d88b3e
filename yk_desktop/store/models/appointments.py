"""Appointment slot plans (incl. after-hours 延时 slots) and the appointments booked in them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class SlotPlan(HallOwned, Base):
    """A recurring slot (weekday 0=Monday) or a one-off slot on a date, with its capacity."""

    __tablename__ = "slot_plans"
    __table_args__ = (
        CheckConstraint("(weekday IS NULL) <> (on_date IS NULL)", name="weekday_or_date"),
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
    )

    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    weekday: Mapped[int | None] = mapped_column(Integer, default=None)
    on_date: Mapped[date | None] = mapped_column(Date, default=None)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    capacity: Mapped[int] = mapped_column(Integer, default=10)
    after_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    label: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), index=True)
    state: Mapped[str] = mapped_column(String(16), default="booked")
    booked_at: Mapped[datetime]
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
