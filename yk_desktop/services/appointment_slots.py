"""Which slots a category offers on a day: its plans, the hall calendar and the day's exceptions.

How the hall calendar decides which plans run on a day (``plan_runs_on``):

- a statutory holiday (法定节假日, also on a weekend) has no slots of any kind: the hall is closed;
- a working day runs the working-day plans (工作时间, 午间, 延时) of its weekday; a 调休 working day (a
  Saturday or Sunday the State Council makes a workday) runs the working-day plans that cover all of
  Monday–Friday, as any ordinary working day — a plan for some weekdays only does not run then;
- a rest day that is not a statutory holiday (an ordinary weekend) runs the 周末延时 plans of its weekday.
  So weekend after-hours service pauses over holidays and on 调休 weekends, where the working-day plans
  run instead.

An exception for the date wins over all of that (``services.slot_plans``): the whole category or one plan
closed, or a plan open with other hours or places, even on a day it would not run.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.services import calendar
from yk_desktop.services.errors import NotFound
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Category, SlotException, SlotPlan
from yk_desktop.store.models.appointments import SlotKind

KIND_NAMES = {
    SlotKind.REGULAR: "工作时间",
    SlotKind.LUNCH: "午间",
    SlotKind.EVENING: "延时",
    SlotKind.WEEKEND: "周末延时",
}
WORKDAY_KINDS = frozenset({SlotKind.REGULAR, SlotKind.LUNCH, SlotKind.EVENING})
WEEKDAY_NAMES = "一二三四五六日"
MONDAY_TO_FRIDAY = frozenset(range(5))


@dataclass(frozen=True)
class Slot:
    """One bookable slot on one day, as the plans, the calendar and the exceptions make it.

    ``horizon_working_days`` and ``min_days_ahead``: its plan's own booking rules, None where the plan follows
    the hall's (``services.appointments`` applies them)."""

    plan_id: uuid.UUID
    category_id: uuid.UUID
    day: date
    start: time
    end: time
    kind: str
    capacity: int
    horizon_working_days: int | None = None
    min_days_ahead: int | None = None

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start, tzinfo=HALL_TZ)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end, tzinfo=HALL_TZ)


def kind_name(kind: str) -> str:
    try:
        return KIND_NAMES[SlotKind(kind)]
    except ValueError:
        return kind


def weekdays_text(weekdays: Iterable[int]) -> str:
    """「周一至周五」, 「周六、周日」, 「周二、周四」."""
    days = sorted(set(weekdays))
    if not days:
        return "—"
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"周{WEEKDAY_NAMES[days[0]]}至周{WEEKDAY_NAMES[days[-1]]}"
    return "、".join(f"周{WEEKDAY_NAMES[d]}" for d in days)


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _add(t: time, minutes: int) -> time:
    total = t.hour * 60 + t.minute + minutes
    return time(total // 60, total % 60)


def is_holiday(cal: WorkCalendar, day: date) -> bool:
    """A statutory holiday (法定节假日): a day off by the State Council's notice, not a 调休 workday."""
    return day in cal.holidays and day not in cal.workdays


def plan_runs_on(kind: str, weekdays: Iterable[int], day: date, cal: WorkCalendar) -> bool:
    """Whether a plan of ``kind`` on ``weekdays`` runs on ``day`` by the calendar (the module's rules)."""
    days = set(weekdays)
    if is_holiday(cal, day):
        return False
    if kind == SlotKind.WEEKEND:
        return not cal.is_workday(day) and day.weekday() in days
    if not cal.is_workday(day):
        return False
    if day.weekday() >= 5:  # 调休: a weekend day worked as an ordinary working day
        return days >= MONDAY_TO_FRIDAY
    return day.weekday() in days


def cut_slots(start: time, end: time, minutes: int) -> list[tuple[time, time]]:
    out: list[tuple[time, time]] = []
    t = start
    while minutes_between(t, end) >= minutes:
        nxt = _add(t, minutes)
        out.append((t, nxt))
        t = nxt
    return out


def slots_in(
    session: Session,
    hall_id: uuid.UUID,
    category_id: uuid.UUID,
    day: date,
    cal: WorkCalendar | None = None,
) -> list[Slot]:
    """The day's slots of a category, read inside the caller's open transaction, by start time.

    ``cal``: the hall calendar when the caller has read it already (a view of many categories reads it
    once); read here otherwise."""
    plans = session.scalars(
        select(SlotPlan).where(
            SlotPlan.hall_id == hall_id,
            SlotPlan.category_id == category_id,
            SlotPlan.active.is_(True),
            SlotPlan.valid_from <= day,
        )
    ).all()
    plans = [p for p in plans if p.valid_until is None or p.valid_until >= day]
    if not plans:
        return []
    exceptions = session.scalars(
        select(SlotException).where(
            SlotException.hall_id == hall_id,
            SlotException.category_id == category_id,
            SlotException.on_date == day,
            SlotException.active.is_(True),
        )
    ).all()
    return _slots(plans, exceptions, day, calendar.calendar_in(session) if cal is None else cal)


def _slots(
    plans: Sequence[SlotPlan], exceptions: Sequence[SlotException], day: date, cal: WorkCalendar
) -> list[Slot]:
    if any(e.plan_id is None for e in exceptions):
        return []  # the whole category is closed that day
    by_plan = {e.plan_id: e for e in exceptions}
    out: list[Slot] = []
    for plan in plans:
        exc = by_plan.get(plan.id)
        if exc is not None and exc.closed:
            continue
        if exc is None and not plan_runs_on(plan.kind, digits(plan.weekdays), day, cal):
            continue
        start = exc.start if exc is not None and exc.start is not None else plan.start
        end = exc.end if exc is not None and exc.end is not None else plan.end
        capacity = exc.capacity if exc is not None and exc.capacity is not None else plan.capacity
        for s, e in cut_slots(start, end, plan.slot_minutes):
            out.append(
                Slot(
                    plan.id,
                    plan.category_id,
                    day,
                    s,
                    e,
                    plan.kind,
                    capacity,
                    plan.horizon_working_days,
                    plan.min_days_ahead,
                )
            )
    return sorted(out, key=lambda s: (s.start, s.end))


def opened_on(session: Session, hall_id: uuid.UUID, category_id: uuid.UUID, day: date) -> bool:
    """Whether an exception opens one of the category's plans on ``day`` (e.g. a holiday the hall serves)."""
    found = session.scalar(
        select(SlotException.id)
        .join(SlotPlan, SlotPlan.id == SlotException.plan_id)
        .where(
            SlotException.hall_id == hall_id,
            SlotException.category_id == category_id,
            SlotException.on_date == day,
            SlotException.active.is_(True),
            SlotException.closed.is_(False),
            SlotPlan.active.is_(True),
        )
        .limit(1)
    )
    return found is not None


def offered(appointment_plan_id: uuid.UUID | None, start: time, end: time, slots: Sequence[Slot]) -> bool:
    """Whether an appointment's slot is among the day's ``slots`` of its category.

    An appointment without a plan (made before plans, or the demo's) counts as offered unless the category
    has no slot at all that day (a holiday, a closure): nobody can tell which plan it belonged to."""
    if appointment_plan_id is None:
        return bool(slots)
    return any(s.plan_id == appointment_plan_id and s.start == start and s.end == end for s in slots)


def digits(weekdays: str) -> tuple[int, ...]:
    return tuple(sorted({int(ch) for ch in weekdays if ch.isdigit() and int(ch) < 7}))


def slots_on(uow: UnitOfWork, category_prefix: str, day: date) -> list[Slot]:
    """A category's slots on ``day`` (capacity only; ``appointments.free_slots`` adds what is taken)."""
    with uow.reading():
        category = uow.session.scalar(
            select(Category).where(
                Category.hall_id == _hall(uow), Category.prefix == category_prefix.strip().upper()
            )
        )
        if category is None or not category.active:
            raise NotFound(f"没有“{category_prefix.strip()[:10]}”类业务，请重新选择业务类别。")
        return slots_in(uow.session, category.hall_id, category.id, day)
