"""Sequence counters kept in a table row: the one way ticket and document numbers are handed out.

The UPDATE … RETURNING takes the row lock, so concurrent writers take turns; the counter commits with the
row it numbers, so a crash can never hand the same number out twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from yk_desktop.store.insert_or_ignore import insert_or_ignore


def bump_counter(session: Session, model: type[Any], key: dict[str, Any], new_row: dict[str, Any]) -> int:
    """Increment ``model.last_seq`` of the row matching ``key`` and return it; the first use creates the
    row from ``key`` + ``new_row`` (id, stamps) — insert-or-ignore, as two writers may get there at once."""
    bump = (
        update(model)
        .where(*(getattr(model, column) == value for column, value in key.items()))
        .values(last_seq=model.last_seq + 1)
        .returning(model.last_seq)
    )
    seq = session.execute(bump).scalar()
    if seq is not None:
        return int(seq)
    insert_or_ignore(session, model, {**key, **new_row, "last_seq": 0}, list(key))
    seq = session.execute(bump).scalar()
    assert seq is not None
    return int(seq)
