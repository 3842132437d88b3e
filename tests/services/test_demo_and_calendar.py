"""The demo hall has what the issue asks for; the calendar gives deadlines that honour holidays."""

from __future__ import annotations

from datetime import date

import pytest

from yk_desktop.services import calendar, demo, hall, staff
from yk_desktop.services.errors import InvalidInput
from yk_desktop.services.runtime import Runtime


def test_demo_hall_is_big_enough_to_be_real(runtime: Runtime) -> None:
    assert len(hall.list_windows(runtime.uow())) >= 8
    assert len(hall.list_categories(runtime.uow())) >= 5
    roles = {row.role for row in staff.list_staff(runtime.uow())}
    assert roles == {"clerk", "agent", "manager", "admin"}
    assert len(staff.list_staff(runtime.uow())) >= 6
    from yk_desktop.services import catalog

    assert len(catalog.list_items(runtime.uow())) >= 30
    assert "残疾人" in hall.list_priority_groups(runtime.uow())


def test_seeding_twice_changes_nothing(runtime: Runtime) -> None:
    again = demo.seed_demo(runtime.uow())
    assert not again.created and "已存在" in again.summary()


def test_deadline_skips_the_national_day_holiday(runtime: Runtime) -> None:
    # Accepted Tue 2025-09-30: Oct 1–8 are off, Oct 11 (Sat) is a 调休 workday.
    assert calendar.deadline(runtime.uow(), date(2025, 9, 30), 1).day == date(2025, 10, 9)
    assert calendar.deadline(runtime.uow(), date(2025, 9, 30), 3).day == date(2025, 10, 11)


def test_hand_edits_override_the_package_and_survive_a_reload(runtime: Runtime) -> None:
    calendar.set_day(runtime.uow(), date(2025, 10, 9), "holiday", "大厅停电检修")
    calendar.load_official(runtime.uow(), [2025])
    assert calendar.deadline(runtime.uow(), date(2025, 9, 30), 1).day == date(2025, 10, 10)
    days = {d.day: d for d in calendar.list_days(runtime.uow(), 2025)}
    assert days[date(2025, 10, 9)].source == "manual" and days[date(2025, 10, 1)].name == "国庆节"


def test_next_year_not_covered_gives_a_start_up_warning(runtime: Runtime) -> None:
    years = calendar.uncovered_years(runtime.uow())
    covered = calendar.package_years()
    assert years == [y for y in (2026, 2027) if y not in covered]
    if years:
        note = calendar.coverage_warning(years)
        assert note is not None and f"{years[0]}年" in note


def test_loading_a_year_the_package_lacks_says_how_to_fix(runtime: Runtime) -> None:
    with pytest.raises(InvalidInput, match="chinesecalendar"):
        calendar.load_official(runtime.uow(), [2099])


def test_early_in_the_year_only_this_years_arrangement_matters(runtime: Runtime) -> None:
    from datetime import datetime

    from yk_desktop.core.clock import HALL_TZ, FixedClock

    assert isinstance(runtime.clock, FixedClock)
    runtime.clock.set(datetime(2026, 3, 2, 9, 0, tzinfo=HALL_TZ))
    assert calendar.uncovered_years(runtime.uow()) == [
        y for y in (2026,) if y not in calendar.package_years()
    ]


def test_demo_queue_is_issued_at_nine_in_the_hall_whatever_the_clocks_zone(runtime: Runtime) -> None:
    from datetime import UTC, datetime

    from yk_desktop.core.clock import FixedClock
    from yk_desktop.services import queue

    runtime.clock = FixedClock(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # 10:00 in Yingkou
    assert demo.seed_demo_queue(runtime, per_category=1) == len(hall.list_categories(runtime.uow()))
    # Three windows already called someone (the display has calls to show); the rest wait.
    called = queue.recent_calls(runtime.uow())
    assert [c.window_number for c in called] == [4, 3, 2]
    assert sum(queue.waiting_counts(runtime.uow()).values()) + len(called) == len(
        hall.list_categories(runtime.uow())
    )


@pytest.mark.parametrize(
    ("accepted", "days", "due"),
    [
        (date(2024, 2, 3), 1, date(2024, 2, 4)),  # Saturday → the 调休 Sunday before 春节
        (date(2024, 2, 9), 1, date(2024, 2, 18)),  # over 春节 2024 to the 调休 Sunday after it
        (date(2025, 1, 27), 1, date(2025, 2, 5)),  # 春节 2025 (4 statutory days since 2025)
        (date(2025, 1, 27), 4, date(2025, 2, 8)),  # … ending on the 调休 Saturday
        (date(2026, 2, 13), 1, date(2026, 2, 14)),  # 调休 Saturday before 春节 2026
        (date(2026, 2, 13), 2, date(2026, 2, 24)),  # 9 days off, back on Tuesday
        (date(2026, 9, 19), 1, date(2026, 9, 20)),  # 调休 Sunday before 国庆 2026
        (date(2026, 9, 30), 1, date(2026, 10, 8)),  # over 国庆 2026
        (date(2026, 9, 30), 3, date(2026, 10, 10)),  # … to the 调休 Saturday
    ],
)
def test_deadlines_follow_the_official_calendar_2024_to_2026(
    runtime: Runtime, accepted: date, days: int, due: date
) -> None:
    result = calendar.deadline(runtime.uow(), accepted, days)
    assert result.day == due and result.note == ""
