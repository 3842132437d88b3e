"""On central PostgreSQL a terminal keeps the server's time: tickets and calls from PCs whose clocks
drift still sort in the order they really happened."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from yk_desktop.core.clock import OffsetClock
from yk_desktop.services.runtime import Runtime

pytestmark = pytest.mark.postgres


def test_a_central_runtime_measures_its_clock_against_the_server(pg_url: str) -> None:
    runtime = Runtime.open(pg_url)
    try:
        assert isinstance(runtime.clock, OffsetClock) and runtime.clock_due()
        with runtime.uow() as uow:
            server = uow.session.execute(text("SELECT clock_timestamp()")).scalar_one()
            ours = uow.now()
        assert not runtime.clock_due()
        assert abs(ours - server) < timedelta(seconds=1)
    finally:
        runtime.close()


def test_a_pc_two_minutes_slow_is_corrected(pg_url: str) -> None:
    class Slow:
        def now(self) -> datetime:
            return datetime.now(UTC) - timedelta(minutes=2)

    runtime = Runtime.open(pg_url)
    try:
        assert runtime.server_clock is not None
        runtime.server_clock.base = Slow()
        with runtime.uow() as uow:
            ours = uow.now()
        assert abs(ours - datetime.now(UTC)) < timedelta(seconds=1)
        assert runtime.server_clock.offset > timedelta(minutes=1, seconds=59)
    finally:
        runtime.close()


def test_an_explicit_clock_is_kept(pg_url: str) -> None:
    from yk_desktop.core.clock import FixedClock

    fixed = FixedClock(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))
    runtime = Runtime.open(pg_url, clock=fixed)
    try:
        assert runtime.clock is fixed and not runtime.clock_due()
    finally:
        runtime.close()
