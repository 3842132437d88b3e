"""The working calendar: only the exceptions to Mon–Fri (holidays, 调休 workdays), editable."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base, Stamped


class CalendarDay(Stamped, Base):
    """One exceptional day; city-wide, so not owned by a hall. kind is 'holiday' or 'workday'."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")


class CalendarYear(Stamped, Base):
    """A year whose holidays are known; deadlines reaching an unknown year are warned about."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    source: Mapped[str] = mapped_column(String(40))
    loaded_at: Mapped[datetime]
