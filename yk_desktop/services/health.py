"""Is the database there, and how fast does it answer — for the status bar and ``doctor``."""

from __future__ import annotations

import time

from sqlalchemy import text

from yk_desktop.services.runtime import UnitOfWork


def ping(uow: UnitOfWork) -> float:
    """Round trip of a trivial query in milliseconds; raises DatabaseUnavailable when unreachable."""
    started = time.perf_counter()
    with uow.reading():
        uow.session.execute(text("SELECT 1"))
    return (time.perf_counter() - started) * 1000
