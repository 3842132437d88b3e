"""Working-day deadlines on the real 2025 calendar, and the counting rules as properties."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.workdays import WorkCalendar


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(n) for n in range((last - first).days + 1)]


# The State Council's 2025 arrangement, typed in by hand (core must not depend on chinesecalendar).
HOLIDAYS_2025 = [
    date(2025, 1, 1),  # 元旦
    *days(date(2025, 1, 28), date(2025, 2, 4)),  # 春节
    *days(date(2025, 10, 1), date(2025, 10, 8)),  # 国庆 + 中秋
]
WORKDAYS_2025 = [date(2025, 1, 26), date(2025, 2, 8), date(2025, 9, 28), date(2025, 10, 11)]
CAL = WorkCalendar(HOLIDAYS_2025, WORKDAYS_2025)


@pytest.mark.parametrize(
    ("day", "works"),
    [
        (date(2025, 9, 26), True),  # Friday
        (date(2025, 9, 27), False),  # Saturday
        (date(2025, 9, 28), True),  # Sunday, 调休 workday
        (date(2025, 10, 1), False),  # 国庆
        (date(2025, 10, 4), False),  # Saturday inside the holiday
        (date(2025, 10, 8), False),  # Wednesday, last holiday day
        (date(2025, 10, 9), True),  # Thursday, back to work
        (date(2025, 10, 11), True),  # Saturday, 调休 workday
        (date(2025, 10, 12), False),  # Sunday
        (date(2025, 1, 26), True),  # Sunday before 春节, 调休 workday
        (date(2025, 1, 28), False),  # 除夕
        (date(2025, 2, 8), True),  # Saturday after 春节, 调休 workday
    ],
)
def test_2025_calendar_facts(day: date, works: bool) -> None:
    assert CAL.is_workday(day) is works


def test_counting_starts_the_day_after_acceptance() -> None:
    # Accepted Monday 2025-03-03 with 1 working day: due Tuesday, not Monday.
    assert CAL.working_days_after(date(2025, 3, 3), 1) == date(2025, 3, 4)


def test_five_days_across_national_day() -> None:
    # Accepted 30 Sep: Oct 9, 10, 11 (Sat, 调休), 13, 14.
    assert CAL.working_days_after(date(2025, 9, 30), 5) == date(2025, 10, 14)


def test_one_day_from_friday_lands_on_the_workday_sunday() -> None:
    assert CAL.working_days_after(date(2025, 9, 26), 1) == date(2025, 9, 28)


def test_three_days_across_spring_festival() -> None:
    # Accepted Fri 24 Jan: Sun 26 (调休), Mon 27, then 28 Jan–4 Feb off, Wed 5 Feb.
    assert CAL.working_days_after(date(2025, 1, 24), 3) == date(2025, 2, 5)


def test_statutory_twenty_days_across_national_day() -> None:
    # From Mon 15 Sep: 16–19 (4), 22–26 (9), Sun 28 (10), 29–30 (12), Oct 9–11 (15), Oct 13–17 (20).
    assert CAL.working_days_after(date(2025, 9, 15), 20) == date(2025, 10, 17)


def test_zero_days_is_the_start_day_even_on_a_holiday() -> None:
    assert CAL.working_days_after(date(2025, 10, 1), 0) == date(2025, 10, 1)


def test_negative_limit_is_refused() -> None:
    with pytest.raises(InvalidValue, match="不能为负数") as info:
        CAL.working_days_after(date(2025, 1, 1), -1)
    assert info.value.field == "办理时限"


def test_absurd_limit_is_refused() -> None:
    with pytest.raises(InvalidValue, match="过长"):
        CAL.working_days_after(date(2025, 1, 1), 1_000_000)


def test_between_counts_the_end_day_but_not_the_start_day() -> None:
    assert CAL.working_days_between(date(2025, 9, 30), date(2025, 10, 14)) == 5
    assert CAL.working_days_between(date(2025, 3, 3), date(2025, 3, 4)) == 1


def test_between_is_zero_when_end_is_not_after_start() -> None:
    assert CAL.working_days_between(date(2025, 3, 4), date(2025, 3, 4)) == 0
    assert CAL.working_days_between(date(2025, 3, 5), date(2025, 3, 4)) == 0


def test_next_workday() -> None:
    assert CAL.next_workday(date(2025, 10, 1)) == date(2025, 10, 9)
    assert CAL.next_workday(date(2025, 10, 9)) == date(2025, 10, 9)
    assert CAL.next_workday(date(2025, 9, 27)) == date(2025, 9, 28)


def test_without_a_calendar_weekends_are_off() -> None:
    plain = WorkCalendar()
    assert plain.working_days_after(date(2025, 3, 7), 1) == date(2025, 3, 10)  # Fri → Mon


def test_a_date_listed_as_both_counts_as_workday() -> None:
    both = WorkCalendar(holidays=[date(2025, 3, 8)], workdays=[date(2025, 3, 8)])
    assert both.is_workday(date(2025, 3, 8))
    assert both.working_days_between(date(2025, 3, 7), date(2025, 3, 8)) == 1


starts = st.dates(min_value=date(2024, 6, 1), max_value=date(2026, 6, 1))
limits = st.integers(min_value=0, max_value=400)


@given(starts, limits)
def test_between_undoes_after(start: date, n: int) -> None:
    assert CAL.working_days_between(start, CAL.working_days_after(start, n)) == n


@given(starts, st.integers(min_value=0, max_value=399))
def test_one_more_day_is_always_later_and_a_workday(start: date, n: int) -> None:
    due, later = CAL.working_days_after(start, n), CAL.working_days_after(start, n + 1)
    assert later > due
    assert CAL.is_workday(later)


@given(starts, starts)
def test_between_matches_counting_day_by_day(start: date, end: date) -> None:
    naive = sum(CAL.is_workday(d) for d in days(start + timedelta(1), end)) if end > start else 0
    assert CAL.working_days_between(start, end) == naive


@given(starts, starts, starts)
def test_between_never_decreases_as_the_end_moves_later(start: date, a: date, b: date) -> None:
    early, late = min(a, b), max(a, b)
    assert CAL.working_days_between(start, early) <= CAL.working_days_between(start, late)
