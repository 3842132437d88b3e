"""Working-day arithmetic for statutory and promised time limits (限时办结).

行政许可法 Art. 82 counts time limits in working days, excluding statutory holidays, and the count
starts on the day after acceptance. Holidays and 调休 working weekends come from the hall's
editable calendar table; this module only does the counting.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, timedelta

from yk_desktop.core.errors import InvalidValue

# No real time limit comes near ten thousand working days (about 40 years); a bigger number is a
# typo, and refusing it keeps the day-by-day walk from running for minutes.
MAX_WORKING_DAYS = 10_000
_ONE_DAY = timedelta(days=1)


def _weekdays_through(ordinal: int) -> int:
    """Mon–Fri count in days 1..ordinal of the proleptic calendar (day 1, 0001-01-01, is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


class WorkCalendar:
    """Which days the hall works.

    Args:
        holidays: days off that would otherwise be working days (statutory holidays).
        workdays: weekend days worked instead (调休). When a date is in both, it counts as a
            working day, because a 调休 notice is the later, more specific decision.
    """

    def __init__(
        self,
        holidays: Iterable[date] = (),
        workdays: Iterable[date] = (),
        covered_years: Iterable[int] | None = None,
    ) -> None:
        self.holidays = frozenset(holidays)
        self.workdays = frozenset(workdays)
        # Years whose official arrangement is known; None: treat every year as known (plain Mon–Fri tests).
        self.covered_years = None if covered_years is None else frozenset(covered_years)
        # Sorted exceptions to the Mon–Fri rule, for counting a span with two binary searches
        # instead of walking it day by day (reports count many spans).
        self._lost = sorted(d for d in self.holidays - self.workdays if d.weekday() < 5)
        self._gained = sorted(d for d in self.workdays if d.weekday() >= 5)

    def is_workday(self, d: date) -> bool:
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def next_workday(self, d: date) -> date:
        """``d`` itself if the hall works that day, else the first working day after it."""
        # Ends: holidays are a finite set, so some Monday–Friday beyond them is always free.
        while not self.is_workday(d):
            d += _ONE_DAY
        return d

    def working_days_after(self, start: date, n: int) -> date:
        """The deadline: the n-th working day counting from the day after ``start``; n = 0 gives ``start``."""
        # A negative limit has no meaning in the law and would silently give a date in the past.
        if n < 0:
            raise InvalidValue(f"办理时限不能为负数，收到{n}个工作日", "办理时限")
        if n > MAX_WORKING_DAYS:
            raise InvalidValue(f"办理时限{n}个工作日过长，请核对", "办理时限")
        d = start
        while n:
            d += _ONE_DAY
            if self.is_workday(d):
                n -= 1
        return d

    def uncovered_between(self, start: date, end: date) -> list[int]:
        """Years from ``start`` to ``end`` whose holidays are unknown: a deadline there is only estimated
        (counted Monday–Friday), because the State Council publishes each year's arrangement in autumn."""
        if self.covered_years is None:
            return []
        first, last = sorted((start.year, end.year))
        return [y for y in range(first, last + 1) if y not in self.covered_years]

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; 0 when ``end`` is not after ``start``.

        ``working_days_between(s, working_days_after(s, n)) == n`` for every n ≥ 0.
        """
        if end <= start:
            return 0
        plain = _weekdays_through(end.toordinal()) - _weekdays_through(start.toordinal())
        lost = bisect.bisect_right(self._lost, end) - bisect.bisect_right(self._lost, start)
        gained = bisect.bisect_right(self._gained, end) - bisect.bisect_right(self._gained, start)
        return plain - lost + gained
