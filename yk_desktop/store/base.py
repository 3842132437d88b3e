"""Declarative base and the columns every terminal-written row carries (DESIGN.md §6)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from yk_desktop.core.ids import new_id
from yk_desktop.store.types import UtcDateTime

# Stable constraint names so Alembic migrations say the same thing on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012  # SQLAlchemy reads this class attribute as is
        datetime: UtcDateTime,
        uuid.UUID: Uuid,
        dict[str, object]: JSON,
        list[str]: JSON,
    }


class Keyed:
    """Time-ordered UUID made in Python: rows made on any terminal never collide."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


class Stamped(Keyed):
    """A row a terminal may write: its hall, where it was made and its hybrid-logical-clock stamp.

    ``origin_terminal_id`` is deliberately not a foreign key: a row may reach the central database
    before the row of the terminal that made it, and the hall row itself is made before any terminal.
    """

    origin_terminal_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    hlc: Mapped[str] = mapped_column(String(48), default="")
