"""The one clock: hall time zone, fixed clocks for tests, today's date in the hall."""

from datetime import UTC, date, datetime, timedelta

import pytest

from yk_desktop.core.clock import HALL_TZ, Clock, FixedClock, SystemClock, hall_today
from yk_desktop.core.errors import InvalidValue


def test_system_clock_is_aware_in_hall_time() -> None:
    now = SystemClock().now()
    assert now.tzinfo is HALL_TZ
    assert now.utcoffset() == timedelta(hours=8)


def test_fixed_clock_stands_still_until_advanced() -> None:
    clock = FixedClock(datetime(2025, 3, 3, 9, 0, tzinfo=HALL_TZ))
    assert clock.now() == clock.now()
    clock.advance(hours=1, minutes=30)
    assert clock.now() == datetime(2025, 3, 3, 10, 30, tzinfo=HALL_TZ)


def test_fixed_clock_set_jumps_to_a_moment() -> None:
    clock = FixedClock(datetime(2025, 3, 3, 9, 0, tzinfo=HALL_TZ))
    clock.set(datetime(2025, 12, 31, 23, 59, tzinfo=HALL_TZ))
    assert clock.now().year == 2025 and clock.now().month == 12


def test_fixed_clock_refuses_naive_datetimes() -> None:
    with pytest.raises(InvalidValue, match="时区"):
        FixedClock(datetime(2025, 1, 1))
    clock = FixedClock(datetime(2025, 1, 1, tzinfo=UTC))
    with pytest.raises(InvalidValue):
        clock.set(datetime(2025, 1, 2))


def test_hall_today_uses_beijing_date_not_utc_date() -> None:
    # 17:00 UTC on 31 December is already 1 January in Yingkou.
    clock = FixedClock(datetime(2024, 12, 31, 17, 0, tzinfo=UTC))
    assert hall_today(clock) == date(2025, 1, 1)


def test_both_clocks_satisfy_the_protocol() -> None:
    clocks: list[Clock] = [SystemClock(), FixedClock(datetime(2025, 1, 1, tzinfo=HALL_TZ))]
    assert all(c.now().tzinfo is not None for c in clocks)


def test_shifted_clock_sets_the_time_of_day_and_keeps_ticking() -> None:
    from datetime import time

    from yk_desktop.core.clock import ShiftedClock

    base = FixedClock(datetime(2026, 11, 25, 14, 30, tzinfo=UTC))  # 22:30 in Yingkou
    clock = ShiftedClock(time(10, 0), base)
    assert clock.now().astimezone(HALL_TZ).replace(tzinfo=None) == datetime(2026, 11, 25, 10, 0)
    base.advance(seconds=90)
    assert clock.now().astimezone(HALL_TZ).time() == time(10, 1, 30)


def test_offset_clock_follows_the_server_from_one_round_trip() -> None:
    from yk_desktop.core.clock import OffsetClock

    base = FixedClock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))
    clock = OffsetClock(base=base)
    sent = base.now()
    received = sent + timedelta(milliseconds=20)
    # The server is two minutes ahead and answered half-way through the round trip.
    offset = clock.adjust(sent + timedelta(minutes=2, milliseconds=10), sent, received)
    assert offset == timedelta(minutes=2)
    assert clock.now() == base.now() + timedelta(minutes=2)
    with pytest.raises(InvalidValue):
        clock.adjust(datetime(2026, 11, 25, 2, 0), sent, received)
