"""Appointments (预约, 办法 Art. 11 预约延时服务): free slots, booking, change, cancel and automatic no-shows.

A clerk books at the window or from a phone call (real-name: name, ID number, phone). The hall's rules
(``services.policy``) decide what may be booked: at least ``appointment.min_days_ahead`` days ahead, up to
``appointment.horizon_working_days`` working days ahead, ``appointment.per_person_per_day`` bookings per
person and day, none for someone with ``appointment.no_show_limit`` no-shows within
``appointment.no_show_window_days`` days (0 = never suspended); a change or cancellation no later than
``appointment.cancel_before_hours`` before the slot. The hall itself (a manager or an admin) may cancel at
any time, with a reason the applicant is told: the hall cannot serve the slot. A slot plan may set its own
horizon and minimum notice (``SlotPlan.horizon_working_days``, ``…min_days_ahead``): a day is bookable for a
plan's slots when that plan's rules allow it, so one category may offer its weekend slots further ahead than
its working-hour slots.

The last free place of a slot goes to exactly one terminal: places are counted in ``AppointmentCounter``
rows raised by a conditional UPDATE (``taken < capacity``) inside the booking transaction. The UPDATE
holds the row lock until commit, so a second terminal waits and then finds the slot full; the same kind
of row guards one person's day (``services.appointment_counters``). All the counters a booking, change or
cancellation touches are locked first, in one order, so two clerks never wait for each other.

A booking holds its category's row (FOR SHARE) while it checks and takes its slot; a manager closing a day,
editing a plan or changing the calendar locks that row against it (``services.slot_plans``,
``services.calendar``). So a booking either commits before the change, which then sees it and is refused,
or waits and then sees the change.

Check-in (``services.checkin``) turns an appointment into a ticket; ``mark_no_shows`` marks those still
booked once their slot ended more than ``appointment.no_show_grace_minutes`` ago (call it on a timer), except those whose slot the hall no longer
offered that day (a holiday or closure decided afterwards): the applicant is never counted absent for that.
"""

from __future__ import annotations

import dataclasses
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select

from yk_desktop.core.applicant import ApplicantKind, applicant_key
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.idcard import mask_id_number, validate_id_number
from yk_desktop.core.phone import mask_phone, validate_phone
from yk_desktop.core.text import clean_person_name, clean_text
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.services import audit, calendar, policy
from yk_desktop.services.appointment_counters import (
    hold,
    person_counter,
    person_key,
    release,
    slot_counter,
    slot_key,
    take_person_day,
    take_slot,
)
from yk_desktop.services.appointment_slots import Slot, is_holiday, kind_name, offered, opened_on, slots_in
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    Appointment,
    AppointmentEvent,
    Category,
    ServiceItem,
    SlotPlan,
    Staff,
    Ticket,
)
from yk_desktop.store.models.appointments import AppointmentState, Channel
from yk_desktop.store.models.hall import Role

CODE_DIGITS = 8
REASON_MAX = 200
HALL_REASON_MIN = 4  # a hall-side cancellation says why, in words the applicant can be told
CHANNEL_NAMES = {Channel.WINDOW: "窗口预约", Channel.PHONE: "电话预约"}
STATE_NAMES = {
    AppointmentState.BOOKED: "已预约",
    AppointmentState.CHECKED_IN: "已签到",
    AppointmentState.CANCELLED: "已取消",
    AppointmentState.NO_SHOW: "爽约",
}


@dataclass(frozen=True)
class Rules:
    min_days_ahead: int
    horizon_working_days: int
    cancel_before_hours: int
    per_person_per_day: int
    no_show_grace_minutes: int
    no_show_limit: int
    no_show_window_days: int


def _rules(uow: UnitOfWork) -> Rules:
    def v(name: str) -> int:
        return policy.value(uow, f"appointment.{name}")

    return Rules(
        v("min_days_ahead"),
        v("horizon_working_days"),
        v("cancel_before_hours"),
        v("per_person_per_day"),
        v("no_show_grace_minutes"),
        v("no_show_limit"),
        v("no_show_window_days"),
    )


def _own_rules(rules: Rules, horizon_working_days: int | None, min_days_ahead: int | None) -> Rules:
    """The hall's ``rules`` with a plan's own horizon and notice where it sets them."""
    return dataclasses.replace(
        rules,
        horizon_working_days=rules.horizon_working_days
        if horizon_working_days is None
        else horizon_working_days,
        min_days_ahead=rules.min_days_ahead if min_days_ahead is None else min_days_ahead,
    )


def _slot_rules(rules: Rules, slot: Slot) -> Rules:
    return _own_rules(rules, slot.horizon_working_days, slot.min_days_ahead)


@dataclass(frozen=True)
class BookingWindow:
    """The dates that may be booked now under one set of rules: the hall's (``plans`` "") or some plans' own."""

    plans: str  # the plans with these rules of their own, by name; "" for those following the hall's rules
    first_day: date
    last_day: date
    min_days_ahead: int
    horizon_working_days: int


@dataclass(frozen=True)
class FreeSlot:
    plan_id: uuid.UUID
    day: date
    start: time
    end: time
    kind: str
    capacity: int
    taken: int
    open: bool  # can be booked now (the date is within the rules, the slot has not begun, a place is left)
    problem: str = ""  # why its plan's rules do not let the date be booked now ("" when they do)

    @property
    def left(self) -> int:
        return max(0, self.capacity - self.taken)

    @property
    def kind_name(self) -> str:
        return kind_name(self.kind)


@dataclass(frozen=True)
class SlotDay:
    category_prefix: str
    category_name: str
    day: date
    slots: tuple[FreeSlot, ...]
    note: str  # why nothing can be booked that day; "" when something can
    first_day: date  # the rules' window of bookable dates (of all the category's plans together)
    last_day: date
    # Each set of rules in force for the category's plans: the hall's first, then plans with their own.
    windows: tuple[BookingWindow, ...] = ()


@dataclass(frozen=True)
class EventInfo:
    kind: str
    at: datetime
    staff_name: str
    detail: dict[str, object]


@dataclass(frozen=True)
class AppointmentInfo:
    id: uuid.UUID
    code: str
    category_prefix: str
    category_name: str
    item_code: str | None
    item_name: str | None
    day: date
    start: time
    end: time
    kind: str
    applicant_name: str
    id_masked: str
    phone_masked: str
    state: str
    channel: str
    booked_at: datetime
    booked_by: str
    checked_in_at: datetime | None
    cancelled_at: datetime | None
    no_show_at: datetime | None
    ticket_number: str | None
    events: tuple[EventInfo, ...] = ()

    @property
    def slot_text(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(AppointmentState(self.state), self.state)


@dataclass(frozen=True)
class BookingRequest:
    category_prefix: str
    day: date
    start: time
    applicant_name: str
    applicant_id_number: str
    phone: str
    channel: str = Channel.WINDOW.value
    item_code: str | None = None


# --- reading ---------------------------------------------------------------------------------------------


def _today(uow: UnitOfWork) -> tuple[datetime, date]:
    now = uow.now().astimezone(HALL_TZ)
    return now, now.date()


def _category(uow: UnitOfWork, prefix: str, *, lock: bool = False) -> Category:
    """``lock``: hold the row FOR SHARE until commit (bookings side by side; see the module docstring)."""
    query = select(Category).where(Category.hall_id == _hall(uow), Category.prefix == prefix.strip().upper())
    category = uow.session.scalar(query.with_for_update(read=True) if lock else query)
    if category is None or not category.active:
        raise NotFound(f"没有“{prefix.strip()[:10]}”类业务，请重新选择业务类别。")
    return category


def bookable_range(cal: WorkCalendar, today: date, rules: Rules) -> tuple[date, date]:
    """First and last day the rules let an applicant book on ``today``."""
    return today + timedelta(days=rules.min_days_ahead), cal.working_days_after(
        today, rules.horizon_working_days
    )


def _date_problem(cal: WorkCalendar, day: date, today: date, rules: Rules, *, opened: bool = False) -> str:
    """Why ``day`` cannot be booked now ("" when it can); ``opened``: an exception opens one of the
    category's plans that day (a holiday the hall chooses to serve is bookable)."""
    first, last = bookable_range(cal, today, rules)
    if day < today:
        return "不能预约已经过去的日期。"
    if day < first:
        return f"预约须至少提前 {rules.min_days_ahead} 天，最早可约 {first:%Y-%m-%d}。"
    if day > last:
        return f"只能预约 {rules.horizon_working_days} 个工作日内的时段（至 {last:%Y-%m-%d}）。"
    if is_holiday(cal, day) and not opened:
        return f"{day:%Y-%m-%d} 为法定节假日，不开放预约。"
    return ""


def _plans_rules(
    uow: UnitOfWork, category: Category, rules: Rules, today: date
) -> list[tuple[SlotPlan, Rules]]:
    """The category's plans in use from ``today`` on, each with the rules its slots are booked under."""
    plans = uow.session.scalars(
        select(SlotPlan)
        .where(
            SlotPlan.hall_id == category.hall_id,
            SlotPlan.category_id == category.id,
            SlotPlan.active.is_(True),
            or_(SlotPlan.valid_until.is_(None), SlotPlan.valid_until >= today),
        )
        .order_by(SlotPlan.start, SlotPlan.valid_from)
    ).all()
    return [(p, _own_rules(rules, p.horizon_working_days, p.min_days_ahead)) for p in plans]


def _widest(rules: Rules, plans: list[tuple[SlotPlan, Rules]]) -> Rules:
    """Rules whose window spans every plan's (the hall's when the category has no plan): the least notice and
    the furthest horizon."""
    if not plans:
        return rules
    return dataclasses.replace(
        rules,
        min_days_ahead=min(r.min_days_ahead for _p, r in plans),
        horizon_working_days=max(r.horizon_working_days for _p, r in plans),
    )


def _plan_name(plan: SlotPlan) -> str:
    return plan.label or f"{kind_name(plan.kind)} {plan.start:%H:%M}–{plan.end:%H:%M}"


def _windows(
    cal: WorkCalendar, today: date, rules: Rules, plans: list[tuple[SlotPlan, Rules]]
) -> tuple[BookingWindow, ...]:
    """The hall's window (when some plan, or no plan at all, follows it), then each set of rules of the
    plans' own, naming the plans that set it."""
    own: dict[tuple[int, int], list[str]] = {}
    follow_hall = not plans
    for plan, plan_rules in plans:
        if plan.horizon_working_days is None and plan.min_days_ahead is None:
            follow_hall = True
        else:
            key = (plan_rules.min_days_ahead, plan_rules.horizon_working_days)
            own.setdefault(key, []).append(_plan_name(plan))
    out = []
    if follow_hall:
        first, last = bookable_range(cal, today, rules)
        out.append(BookingWindow("", first, last, rules.min_days_ahead, rules.horizon_working_days))
    for (notice, horizon), names in own.items():
        first, last = bookable_range(
            cal, today, dataclasses.replace(rules, min_days_ahead=notice, horizon_working_days=horizon)
        )
        out.append(BookingWindow("、".join(names), first, last, notice, horizon))
    return tuple(out)


def _taken(uow: UnitOfWork, category_id: uuid.UUID, day: date) -> dict[tuple[uuid.UUID | None, time], int]:
    rows = uow.session.execute(
        select(Appointment.slot_plan_id, Appointment.start, func.count())
        .where(
            Appointment.hall_id == _hall(uow),
            Appointment.category_id == category_id,
            Appointment.service_date == day,
            Appointment.state != AppointmentState.CANCELLED.value,
        )
        .group_by(Appointment.slot_plan_id, Appointment.start)
    ).all()
    return {(plan_id, start): int(n) for plan_id, start, n in rows}


def free_slots(uow: UnitOfWork, category_prefix: str, day: date) -> SlotDay:
    """The category's slots on ``day`` with places left, and whether the rules (the hall's, or the slot's
    plan's own) allow booking them now."""
    with uow.reading():
        category = _category(uow, category_prefix)
        cal = calendar.calendar_in(uow.session)
        rules = _rules(uow)
        now, today = _today(uow)
        opened = _opened(uow, cal, category, day)
        plans = _plans_rules(uow, category, rules, today)
        taken = _taken(uow, category.id, day)
        problems: dict[tuple[int, int], str] = {}  # one answer per set of rules

        def problem_of(s: Slot) -> str:
            r = _slot_rules(rules, s)
            key = (r.min_days_ahead, r.horizon_working_days)
            if key not in problems:
                problems[key] = _date_problem(cal, day, today, r, opened=opened)
            return problems[key]

        slots = tuple(
            FreeSlot(
                s.plan_id,
                day,
                s.start,
                s.end,
                s.kind,
                s.capacity,
                taken.get((s.plan_id, s.start), 0),
                not problem_of(s) and s.starts_at > now and taken.get((s.plan_id, s.start), 0) < s.capacity,
                problem_of(s),
            )
            for s in slots_in(uow.session, category.hall_id, category.id, day, cal)
        )
        # Each reason once, in slot order (plans with rules of their own may give different ones).
        said = "".join(dict.fromkeys(s.problem for s in slots if s.problem))
        if not slots:
            note = _date_problem(cal, day, today, _widest(rules, plans), opened=opened) or (
                f"{category.name} {day:%Y-%m-%d} 没有预约时段。"
            )
        elif any(s.open for s in slots):
            note = ""
        elif all(s.problem for s in slots):
            note = said
        else:
            note = f"{category.name} {day:%Y-%m-%d} 的时段已约满或已开始，请选择其他日期。" + said
        first, last = bookable_range(cal, today, _widest(rules, plans))
        windows = _windows(cal, today, rules, plans)
        return SlotDay(category.prefix, category.name, day, slots, note, first, last, windows)


def _info(uow: UnitOfWork, a: Appointment, *, with_events: bool = False) -> AppointmentInfo:
    session = uow.session
    category = session.get(Category, a.category_id)
    item = session.get(ServiceItem, a.item_id) if a.item_id else None
    staff = session.get(Staff, a.booked_by) if a.booked_by else None
    ticket = session.scalar(select(Ticket.number).where(Ticket.id == a.ticket_id)) if a.ticket_id else None
    events: tuple[EventInfo, ...] = ()
    if with_events:
        rows = session.execute(
            select(AppointmentEvent, Staff.name)
            .outerjoin(Staff, Staff.id == AppointmentEvent.staff_id)
            .where(AppointmentEvent.appointment_id == a.id)
            .order_by(AppointmentEvent.at, AppointmentEvent.id)
        ).all()
        events = tuple(EventInfo(e.kind, e.at, name or "", dict(e.detail)) for e, name in rows)
    return AppointmentInfo(
        a.id,
        a.code,
        category.prefix if category else "",
        category.name if category else "",
        item.code if item else None,
        item.name if item else None,
        a.service_date,
        a.start,
        a.end,
        a.kind,
        a.applicant_name,
        mask_id_number(a.applicant_id_number) if a.applicant_id_number else "",
        mask_phone(a.phone) if a.phone else "",
        a.state,
        a.channel,
        a.booked_at,
        staff.name if staff else "",
        a.checked_in_at,
        a.cancelled_at,
        a.no_show_at,
        ticket,
        events,
    )


def is_appointment_code(text: str) -> bool:
    """Whether a scan or a typed entry is an appointment code: digits only (ticket numbers start with a
    letter, phone numbers have 11 digits); demo and older codes are shorter than today's eight."""
    code = _normal_code(text)
    return code.isascii() and code.isdigit() and 4 <= len(code) <= CODE_DIGITS


def _normal_code(code: str) -> str:
    return "".join(code.split()).upper()[:20]


def _find(uow: UnitOfWork, code: str, *, lock: bool) -> Appointment:
    code = _normal_code(code)
    if not code:
        raise InvalidInput("请输入预约码。", field="预约码")
    query = select(Appointment).where(Appointment.hall_id == _hall(uow), Appointment.code == code)
    found = uow.session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFound(f"未找到预约码 {code} 的预约，请核对。")
    return found


def find(uow: UnitOfWork, code: str) -> AppointmentInfo:
    """One appointment by its code, with its history (booked, changed from …, cancelled …)."""
    with uow.reading():
        return _info(uow, _find(uow, code, lock=False), with_events=True)


def lookup(uow: UnitOfWork, text: str) -> list[AppointmentInfo]:
    """Appointments from today on for a code, a phone number or an ID number (a caller who lost the code)."""
    text = "".join(text.split())
    if not text:
        raise InvalidInput("请输入预约码、手机号或身份证号。", field="查询")
    with uow.reading():
        _now, today = _today(uow)
        query = select(Appointment).where(Appointment.hall_id == _hall(uow))
        if len(text) == 18:
            with checking_input():
                number = validate_id_number(text, today).number
            query = query.where(Appointment.applicant_key == applicant_key(ApplicantKind.PERSON, number))
        elif len("".join(ch for ch in text if ch.isdigit())) >= 10:  # a mobile or a landline with area code
            with checking_input():
                query = query.where(Appointment.phone == validate_phone(text))
        else:
            query = query.where(Appointment.code == _normal_code(text))
        query = query.where(Appointment.service_date >= today).order_by(
            Appointment.service_date, Appointment.start
        )
        return [_info(uow, a) for a in uow.session.scalars(query.limit(50))]


# --- booking -----------------------------------------------------------------------------------------------


def _opened(uow: UnitOfWork, cal: WorkCalendar, category: Category, day: date) -> bool:
    """An exception opens the category on ``day`` (asked only for a holiday: other days need no opening)."""
    return is_holiday(cal, day) and opened_on(uow.session, category.hall_id, category.id, day)


def _bookable_slot(uow: UnitOfWork, category: Category, day: date, start: time, rules: Rules) -> Slot:
    """The slot starting at ``start`` on ``day``, when its plan's rules (the hall's where the plan sets none)
    allow booking that date now and it has not begun; refused in words the clerk can pass on otherwise."""
    now, today = _today(uow)
    cal = calendar.calendar_in(uow.session)
    opened = _opened(uow, cal, category, day)
    slots = slots_in(uow.session, category.hall_id, category.id, day, cal)
    slot = next((s for s in slots if s.start == start), None)
    # No such slot: first say why the date itself cannot be booked (past, a holiday, beyond every plan's
    # horizon), which tells the clerk more than "no slot at that time" would.
    if slot is not None:
        date_rules = _slot_rules(rules, slot)
    else:
        date_rules = _widest(rules, _plans_rules(uow, category, rules, today))
    problem = _date_problem(cal, day, today, date_rules, opened=opened)
    if problem:
        raise InvalidInput(problem, field="预约日期")
    if slot is None:
        raise NotFound(f"{category.name} {day:%Y-%m-%d} 没有 {start:%H:%M} 开始的预约时段，请重新选择。")
    if slot.starts_at <= now:
        raise Conflict(f"{day:%Y-%m-%d} {start:%H:%M} 的时段已经开始，不能再预约。")
    return slot


def _check_no_shows(uow: UnitOfWork, key: str, rules: Rules) -> None:
    if rules.no_show_limit == 0:
        return  # the hall does not suspend anyone
    _now, today = _today(uow)
    since = today - timedelta(days=rules.no_show_window_days)
    missed = uow.session.scalar(
        select(func.count())
        .select_from(Appointment)
        .where(
            Appointment.hall_id == _hall(uow),
            Appointment.applicant_key == key,
            Appointment.state == AppointmentState.NO_SHOW.value,
            Appointment.service_date >= since,
        )
    )
    if int(missed or 0) >= rules.no_show_limit:
        raise Conflict(
            f"该申请人近 {rules.no_show_window_days} 天内爽约 {missed} 次，已暂停预约；"
            "可现场取号办理，如有特殊情况请联系大厅负责人。"
        )


def _new_code(uow: UnitOfWork) -> str:
    """Eight random digits, the first 2–9: typed on the kiosk's keypad, never taken for a phone number,
    and not guessable from a neighbour's code (someone else's appointment cannot be checked in by guess)."""
    hall_id = _hall(uow)
    for _attempt in range(20):
        code = str(secrets.choice(range(2, 10))) + "".join(
            str(secrets.randbelow(10)) for _ in range(CODE_DIGITS - 1)
        )
        taken = uow.session.scalar(
            select(Appointment.id).where(Appointment.hall_id == hall_id, Appointment.code == code)
        )
        if taken is None:
            return code
    raise Conflict("暂时无法生成预约码，请重试。")  # 20 collisions in 80 million codes: not in this world


def _event(
    uow: UnitOfWork, a: Appointment, what: str, staff_id: uuid.UUID | None, /, **detail: object
) -> None:
    uow.session.add(
        AppointmentEvent(
            hall_id=a.hall_id, appointment_id=a.id, kind=what, at=uow.now(), staff_id=staff_id, detail=detail
        )
    )
    audit.record(
        uow,
        f"appointment.{what}",
        "appointment",
        a.id,
        actor_id=staff_id,
        detail={"code": a.code, **detail},
        hall_id=a.hall_id,
    )


def _slot_detail(day: date, start: time, end: time, kind: str) -> dict[str, object]:
    return {"date": day.isoformat(), "start": f"{start:%H:%M}", "end": f"{end:%H:%M}", "kind": kind}


def book(uow: UnitOfWork, request: BookingRequest, *, staff_id: uuid.UUID | None) -> AppointmentInfo:
    """Book a slot for an applicant (real-name); everything checked before anything is written."""
    try:
        channel = Channel(request.channel)
    except ValueError:
        raise InvalidInput("预约渠道应为窗口或电话。", field="预约渠道") from None
    with checking_input():
        name = clean_person_name(request.applicant_name, "申请人姓名")
        number = validate_id_number(request.applicant_id_number).number
        phone = validate_phone(request.phone)
    key = applicant_key(ApplicantKind.PERSON, number)
    with uow:
        now = _today(uow)[0]
        category = _category(uow, request.category_prefix, lock=True)
        item_id = _item(uow, category, request.item_code)
        rules = _rules(uow)
        slot = _bookable_slot(uow, category, request.day, request.start, rules)
        _check_no_shows(uow, key, rules)
        person, place = (
            person_counter(uow, key, slot.day),
            slot_counter(uow, slot.plan_id, slot.day, slot.start),
        )
        hold(uow, dict([person, place]))  # both, in the one order every booking and cancellation uses
        take_person_day(uow, key, request.day, rules.per_person_per_day)
        take_slot(uow, slot)
        appointment = Appointment(
            hall_id=category.hall_id,
            code=_new_code(uow),
            slot_plan_id=slot.plan_id,
            category_id=category.id,
            item_id=item_id,
            service_date=slot.day,
            start=slot.start,
            end=slot.end,
            kind=slot.kind,
            applicant_name=name,
            applicant_id_number=number,
            applicant_key=key,
            phone=phone,
            channel=channel.value,
            booked_by=staff_id,
            booked_at=now,
        )
        uow.session.add(appointment)
        uow.session.flush()
        _event(
            uow,
            appointment,
            "booked",
            staff_id,
            channel=channel.value,
            **_slot_detail(slot.day, slot.start, slot.end, slot.kind),
        )
        info = _info(uow, appointment)
        uow.commit()
        return info


def _item(uow: UnitOfWork, category: Category, item_code: str | None) -> uuid.UUID | None:
    if not item_code or not item_code.strip():
        return None
    item = uow.session.scalar(
        select(ServiceItem).where(
            ServiceItem.hall_id == category.hall_id,
            ServiceItem.code == item_code.strip(),
            ServiceItem.active.is_(True),
        )
    )
    if item is None:
        raise NotFound(f"未找到在办事项“{item_code.strip()[:60]}”，请重新选择。")
    if item.category_id is not None and item.category_id != category.id:
        raise InvalidInput(f"“{item.name}”不属于{category.name}，请重新选择业务类别或事项。", field="事项")
    return item.id


def _check_deadline(uow: UnitOfWork, a: Appointment, rules: Rules, what: str) -> None:
    now = _today(uow)[0]
    start = datetime.combine(a.service_date, a.start, tzinfo=HALL_TZ)
    latest = start - timedelta(hours=rules.cancel_before_hours)
    if now > latest:
        raise Conflict(
            f"预约时段 {a.service_date:%Y-%m-%d} {a.start:%H:%M} 开始前 {rules.cancel_before_hours} 小时内"
            f"不能{what}（最晚 {latest:%m-%d %H:%M}）；请按时到场签到。"
        )


def _must_be_booked(a: Appointment, what: str) -> None:
    if a.state != AppointmentState.BOOKED.value:
        state = STATE_NAMES.get(AppointmentState(a.state), a.state)
        raise Conflict(f"预约 {a.code} {state}，不能{what}。")


def change(
    uow: UnitOfWork, code: str, *, day: date, start: time, staff_id: uuid.UUID | None
) -> AppointmentInfo:
    """Move a booked appointment to another slot of its category; the code stays the same."""
    with uow:
        a = _find(uow, code, lock=True)
        _must_be_booked(a, "改约")
        rules = _rules(uow)
        _check_deadline(uow, a, rules, "改约")
        if a.service_date == day and a.start == start:
            raise InvalidInput("新时段与原时段相同，请选择其他时段。", field="预约时段")
        category = uow.session.scalar(
            select(Category).where(Category.id == a.category_id).with_for_update(read=True)
        )
        if category is None or not category.active:
            raise NotFound("该预约的业务类别已停办，请取消后重新预约。")
        slot = _bookable_slot(uow, category, day, start, rules)
        moves_day = day != a.service_date and bool(a.applicant_key)
        counters = dict([slot_counter(uow, slot.plan_id, slot.day, slot.start)])
        if a.slot_plan_id is not None:
            counters.update([slot_counter(uow, a.slot_plan_id, a.service_date, a.start)])
        if moves_day:
            counters.update([person_counter(uow, a.applicant_key, a.service_date)])
            counters.update([person_counter(uow, a.applicant_key, day)])
        hold(uow, counters)  # all of them, in one order, before any changes (the module docstring)
        if moves_day:
            release(uow, person_key(a.applicant_key, a.service_date))
            take_person_day(uow, a.applicant_key, day, rules.per_person_per_day)
        if a.slot_plan_id is not None:
            release(uow, slot_key(a.slot_plan_id, a.service_date, a.start))
        # The place is taken before the row moves: a counter made now counts the appointments already in
        # the new slot, and this one is not among them yet.
        take_slot(uow, slot)
        before = _slot_detail(a.service_date, a.start, a.end, a.kind)
        a.slot_plan_id, a.service_date, a.start, a.end = slot.plan_id, slot.day, slot.start, slot.end
        a.kind = slot.kind
        after = _slot_detail(day, slot.start, slot.end, slot.kind)
        _event(uow, a, "changed", staff_id, **{"from": before, "to": after})
        info = _info(uow, a)
        uow.commit()
        return info


def _counters(uow: UnitOfWork, a: Appointment) -> list[tuple[str, Callable[[], int]]]:
    """The counters an appointment holds a place in: its slot and its applicant's day."""
    out = []
    if a.slot_plan_id is not None:
        out.append(slot_counter(uow, a.slot_plan_id, a.service_date, a.start))
    if a.applicant_key:
        out.append(person_counter(uow, a.applicant_key, a.service_date))
    return out


def _check_hall_cancel(uow: UnitOfWork, staff_id: uuid.UUID | None) -> None:
    """Only a manager or an admin cancels for the hall (it skips the applicant's cancel-time rule).
    ``staff_id`` None is the command line, run by whoever administers the machine."""
    if staff_id is None:
        return
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.hall_id != _hall(uow):
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    if staff.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionDenied(
            "只有大厅负责人或系统管理员可以“因大厅原因取消”预约；申请人要求取消的，请不要勾选该项。"
        )


def cancel(
    uow: UnitOfWork, code: str, *, staff_id: uuid.UUID | None, reason: str = "", by_hall: bool = False
) -> AppointmentInfo:
    """Cancel at the applicant's request (no later than the rule allows) or, ``by_hall``, because the hall
    cannot serve the slot: any time, by a manager or an admin only, with a reason of at least
    ``HALL_REASON_MIN`` characters the applicant is told; the place is free again."""
    with checking_input():
        reason = clean_text(reason, "取消原因", REASON_MAX, required=by_hall)
    if by_hall and len(reason) < HALL_REASON_MIN:
        raise InvalidInput(
            f"因大厅原因取消须写明原因（至少 {HALL_REASON_MIN} 个字），以便告知申请人。", field="取消原因"
        )
    with uow:
        if by_hall:
            _check_hall_cancel(uow, staff_id)
        a = _find(uow, code, lock=True)
        _must_be_booked(a, "取消")
        if not by_hall:
            _check_deadline(uow, a, _rules(uow), "取消")
        hold(uow, dict(_counters(uow, a)))  # the one order a booking uses too: neither waits for the other
        if a.slot_plan_id is not None:
            release(uow, slot_key(a.slot_plan_id, a.service_date, a.start))
        if a.applicant_key:
            release(uow, person_key(a.applicant_key, a.service_date))
        a.state, a.cancelled_at = AppointmentState.CANCELLED.value, uow.now()
        _event(uow, a, "cancelled", staff_id, reason=reason, by_hall=by_hall)
        info = _info(uow, a)
        uow.commit()
        return info


def mark_no_shows(uow: UnitOfWork) -> int:
    """Mark every appointment still booked whose slot ended more than the grace ago as a no-show.

    One whose slot the hall no longer offered that day (marked a holiday, the category or the plan closed
    after it was booked) is left alone: the applicant did not miss it, the hall did not open it.

    Idempotent (only booked ones change) and safe beside a check-in at the same moment (row locks). Looks
    first in a read-only unit, so a timer calling it every minute takes no write lock on a quiet day
    (SQLite has one writer at a time). Returns how many were marked.
    """
    with uow.reading():
        due = _due_no_shows(uow, lock=False)
    if not due:
        return 0
    write = uow.runtime.uow()
    with write:
        marked = 0
        for a in _due_no_shows(write, lock=True):
            a.state, a.no_show_at = AppointmentState.NO_SHOW.value, write.now()
            _event(write, a, "no_show", None, **_slot_detail(a.service_date, a.start, a.end, a.kind))
            marked += 1
        write.commit()
        return marked


def _due_no_shows(uow: UnitOfWork, *, lock: bool) -> list[Appointment]:
    now, today = _today(uow)
    grace = timedelta(minutes=policy.value(uow, "appointment.no_show_grace_minutes"))
    query = (
        select(Appointment)
        .where(
            Appointment.hall_id == _hall(uow),
            Appointment.state == AppointmentState.BOOKED.value,
            Appointment.service_date <= today,
        )
        .order_by(Appointment.service_date, Appointment.start, Appointment.id)  # one lock order for all
    )
    rows = uow.session.scalars(query.with_for_update() if lock else query).all()
    due = [a for a in rows if datetime.combine(a.service_date, a.end, tzinfo=HALL_TZ) + grace < now]
    if not due:
        return []
    cal = calendar.calendar_in(uow.session)
    days: dict[tuple[uuid.UUID, uuid.UUID, date], list[Slot]] = {}
    out = []
    for a in due:
        where = (a.hall_id, a.category_id, a.service_date)
        if where not in days:
            days[where] = slots_in(uow.session, a.hall_id, a.category_id, a.service_date, cal)
        if offered(a.slot_plan_id, a.start, a.end, days[where]):
            out.append(a)
    return out


def channel_name(channel: str) -> str:
    try:
        return CHANNEL_NAMES[Channel(channel)]
    except ValueError:
        return channel
