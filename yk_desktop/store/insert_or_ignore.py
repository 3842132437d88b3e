"""INSERT … ON CONFLICT DO NOTHING on either engine: the one way to create a row two writers may race for."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def insert_or_ignore(
    session: Session, model: type[Any], values: dict[str, Any], conflict_on: list[str]
) -> None:
    """Insert ``values`` unless a row with the same ``conflict_on`` columns exists (then do nothing)."""
    # The dialect modules are imported here, not at start-up: importing sqlalchemy.dialects.postgresql
    # loads every PostgreSQL driver module (~0.1 s) and this runs once a day per counter.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict_on))
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(
            sqlite_insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict_on)
        )
