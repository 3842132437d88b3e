"""A hall's own rules where local practice varies (DOMAIN.md: configurable, with the default given there)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yk_desktop.store.base import Base
from yk_desktop.store.models.hall import HallOwned


class HallSetting(HallOwned, Base):
    """One rule's value for one hall, as JSON (``{"value": …}``); rules never set keep their defaults."""

    __tablename__ = "hall_settings"
    __table_args__ = (UniqueConstraint("hall_id", "key"),)

    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[dict[str, object]] = mapped_column(default=dict)
    changed_at: Mapped[datetime]
