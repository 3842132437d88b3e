"""The hall and what stands in it: terminals, windows, categories, staff, priority groups."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from yk_desktop.store.base import Base, Stamped


class Role(StrEnum):
    CLERK = "clerk"
    AGENT = "agent"
    MANAGER = "manager"
    ADMIN = "admin"


class Mode(StrEnum):
    CLERK = "clerk"
    KIOSK = "kiosk"
    DISPLAY = "display"
    MANAGER = "manager"


class Hall(Stamped, Base):
    __tablename__ = "halls"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    supervision_phone: Mapped[str] = mapped_column(String(40), default="")
    opening_hours: Mapped[str] = mapped_column(String(200), default="")


class HallOwned(Stamped):
    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("halls.id"), index=True)


class Terminal(HallOwned, Base):
    """One installed PC, registered the first time it starts against a database."""

    __tablename__ = "terminals"
    __table_args__ = (UniqueConstraint("hall_id", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100), default="")
    mode: Mapped[str] = mapped_column(String(16), default=Mode.CLERK.value)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)


class Window(HallOwned, Base):
    __tablename__ = "windows"
    __table_args__ = (UniqueConstraint("hall_id", "number"),)

    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    area: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused_reason: Mapped[str | None] = mapped_column(String(200), default=None)

    categories: Mapped[list[WindowCategory]] = relationship(
        back_populates="window", cascade="all, delete-orphan", order_by="WindowCategory.weight.desc()"
    )


class Category(HallOwned, Base):
    """A business category: its ticket prefix, issuing hours, daily cap and warning level."""

    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("hall_id", "prefix"),)

    prefix: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    issue_start: Mapped[time] = mapped_column(Time, default=time(8, 30))
    issue_end: Mapped[time] = mapped_column(Time, default=time(16, 30))
    daily_cap: Mapped[int] = mapped_column(Integer, default=300)
    wait_warning: Mapped[int] = mapped_column(Integer, default=20)
    green_channel: Mapped[bool] = mapped_column(Boolean, default=False)
    number_width: Mapped[int] = mapped_column(Integer, default=3)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WindowCategory(HallOwned, Base):
    """Which categories a window serves, and how strongly it prefers each (higher weight first)."""

    __tablename__ = "window_categories"
    __table_args__ = (UniqueConstraint("window_id", "category_id"),)

    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("windows.id", ondelete="CASCADE"))
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    weight: Mapped[int] = mapped_column(Integer, default=1)

    window: Mapped[Window] = relationship(back_populates="categories")
    category: Mapped[Category] = relationship()


class Staff(HallOwned, Base):
    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("hall_id", "username"),)

    username: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("windows.id"), default=None)
    phone: Mapped[str] = mapped_column(String(20), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PriorityGroup(HallOwned, Base):
    """Who may take a priority ticket; the list is the hall's policy, so it is data (DOMAIN.md Queue)."""

    __tablename__ = "priority_groups"
    __table_args__ = (UniqueConstraint("hall_id", "name"),)

    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
