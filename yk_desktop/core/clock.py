"""One clock for deadlines, so every rule reads the hall's time from one place and tests can fix it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from yk_desktop.core.errors import InvalidValue

HALL_TZ = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    """Anything that tells the current time as an aware datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clock, read in the hall's time zone whatever the PC's zone is set to."""

    def now(self) -> datetime:
        return datetime.now(HALL_TZ)


def _require_aware(dt: datetime) -> datetime:
    # A naive datetime would be read in the PC's local zone by some code and as UTC by other
    # code; refusing it here keeps deadline arithmetic in one well-defined zone.
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise InvalidValue("时间必须带时区", "时间")
    return dt


class FixedClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self._now = _require_aware(now)

    def now(self) -> datetime:
        return self._now

    def advance(self, **timedelta_kwargs: float) -> datetime:
        """Move forward by a timedelta given as keywords (``days=1, hours=2``); returns the new time."""
        self._now = self._now + timedelta(**timedelta_kwargs)
        return self._now

    def set(self, dt: datetime) -> None:
        self._now = _require_aware(dt)


class ShiftedClock:
    """The system clock moved to another time of day: a demo or a training session at 10:00 in the
    evening still sees the hall open, and the seconds keep ticking."""

    def __init__(self, at: time, base: Clock | None = None) -> None:
        self._base = base or SystemClock()
        now = self._base.now().astimezone(HALL_TZ)
        self._offset = datetime.combine(now.date(), at, tzinfo=HALL_TZ) - now

    def now(self) -> datetime:
        return self._base.now() + self._offset


class OffsetClock:
    """This PC's clock corrected by an offset measured against the central database's clock.

    Terminals sharing central PostgreSQL order tickets and calls by time; a kiosk two minutes slow would
    put its tickets ahead of everyone's, a window PC two minutes slow would have its calls sorted below
    the display's latest eight. So on central every terminal keeps the server's time.
    """

    def __init__(self, offset: timedelta = timedelta(0), base: Clock | None = None) -> None:
        self.base = base or SystemClock()
        self.offset = offset

    def now(self) -> datetime:
        return self.base.now() + self.offset

    def adjust(self, server_now: datetime, sent: datetime, received: datetime) -> timedelta:
        """Set the offset from one query: the server answered at ``server_now``, between our ``sent``
        and ``received`` (base-clock readings); assume it answered half-way."""
        _require_aware(server_now)
        self.offset = server_now - (sent + (received - sent) / 2)
        return self.offset


def hall_today(clock: Clock) -> date:
    """Today's date in the hall, which is what working-day deadlines count from."""
    return clock.now().astimezone(HALL_TZ).date()
