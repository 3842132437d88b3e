"""Booking, changing and cancelling appointments under the hall's rules, the last free place from two terminals,
automatic no-shows, check-in, the day view and after-hours sessions — on SQLite and PostgreSQL.

TEST_NOW is Tuesday 2026-11-24 10:00; the demo's plans give A working-hour slots of 2 places, 午间 slots
(11:30–13:00) of 1 place and evening 延时 slots (17:00–18:30) of 1 place, Monday–Friday, and Saturday
mornings. The rules are the defaults: book 1–5 working days ahead (so 11-25 … 12-01), one booking per person
and day, cancel up to 2 h before, no-show 15 min after the slot, 3 no-shows in 90 days suspend booking.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from sqlalchemy import delete, event, func, select

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import (
    after_hours,
    appointment_day,
    appointments,
    auth,
    calendar,
    checkin,
    hall,
    policy,
    queue,
    serving,
    slot_plans,
)
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.services.slot_plans import ExceptionInput
from yk_desktop.store.models import (
    Appointment,
    AppointmentCounter,
    AppointmentEvent,
    AuditEntry,
    CalendarDay,
    Category,
    SlotException,
)

PERSON_ID = "210802198001011230"
OTHER_ID = "210802199002024564"
THIRD_ID = "210802198503031231"
WED, THU, SAT = date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 28)


def _clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)


def _request(
    prefix: str = "A", day: date = WED, start: time = time(10, 0), **changes: object
) -> BookingRequest:
    base: dict[str, object] = {
        "category_prefix": prefix,
        "day": day,
        "start": start,
        "applicant_name": "张三",
        "applicant_id_number": PERSON_ID,
        "phone": "13804170000",
    }
    base.update(changes)
    return BookingRequest(**base)  # type: ignore[arg-type]


def _clerk(runtime: Runtime) -> auth.StaffInfo:
    return auth.login(runtime.uow(), "clerk01", "demo1234")


def _slot(runtime: Runtime, day: date, start: time, prefix: str = "A") -> appointments.FreeSlot:
    return next(s for s in appointments.free_slots(runtime.uow(), prefix, day).slots if s.start == start)


def _count(runtime: Runtime) -> int:
    with runtime.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Appointment)) or 0)


def _events(runtime: Runtime, code: str) -> list[str]:
    return [e.kind for e in appointments.find(runtime.uow(), code).events]


def test_free_slots_follow_the_booking_window(runtime: Runtime) -> None:
    today = appointments.free_slots(runtime.uow(), "A", TEST_NOW.date())
    assert today.slots and not any(s.open for s in today.slots)
    assert "至少提前 1 天" in today.note and today.first_day == WED and today.last_day == date(2026, 12, 1)
    wed = appointments.free_slots(runtime.uow(), "A", WED)
    assert wed.note == "" and all(s.open and s.left == s.capacity for s in wed.slots)
    kinds = {s.start: s.kind_name for s in wed.slots}
    assert kinds[time(9, 0)] == "工作时间" and kinds[time(11, 30)] == "午间" and kinds[time(17, 0)] == "延时"
    saturday = appointments.free_slots(runtime.uow(), "A", SAT)
    assert saturday.note == "" and {s.kind for s in saturday.slots} == {"weekend"}
    too_far = appointments.free_slots(runtime.uow(), "A", date(2026, 12, 2))
    assert "5 个工作日内" in too_far.note and not any(s.open for s in too_far.slots)
    assert "没有预约时段" in appointments.free_slots(runtime.uow(), "G", WED).note
    # The hall's own rules move the window.
    policy.change(
        runtime.uow(), {"appointment.min_days_ahead": 0, "appointment.horizon_working_days": 6}, staff_id=None
    )
    same_day = appointments.free_slots(runtime.uow(), "A", TEST_NOW.date())
    assert [s.open for s in same_day.slots if s.start in (time(9, 30), time(10, 30))] == [False, True]
    assert appointments.free_slots(runtime.uow(), "A", date(2026, 12, 2)).note == ""


def test_booking_takes_a_place_and_is_recorded(runtime: Runtime) -> None:
    clerk = _clerk(runtime)
    info = appointments.book(
        runtime.uow(),
        _request(start=time(11, 30), channel="phone", item_code="210800-SCJG-XK-001"),
        staff_id=clerk.id,
    )
    assert len(info.code) == 8 and info.code.isdigit() and info.code[0] != "1"
    assert (info.day, info.slot_text, info.kind, info.state) == (WED, "11:30–12:00", "lunch", "booked")
    assert info.channel == "phone" and info.booked_by == "王丽娜" and info.item_name == "食品经营许可"
    assert info.id_masked == "210802********1230" and info.phone_masked == "138****0000"
    assert _slot(runtime, WED, time(11, 30)).left == 0
    assert not _slot(runtime, WED, time(11, 30)).open
    assert _events(runtime, info.code) == ["booked"]
    with runtime.uow() as uow:
        audited = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "appointment.booked", AuditEntry.entity_id == info.id
            )
        ).all()
        assert [(a.actor_id, a.detail["code"]) for a in audited] == [(clerk.id, info.code)]
        assert PERSON_ID not in str(audited[0].detail)  # the trail names the slot, not the person
    # Found by code, phone or ID number (a caller who lost the code).
    for text in (info.code, "138 0417 0000", PERSON_ID):
        assert [a.code for a in appointments.lookup(runtime.uow(), text)] == [info.code]


def test_the_hall_rules_limit_bookings(runtime: Runtime) -> None:
    appointments.book(runtime.uow(), _request(start=time(11, 30)), staff_id=None)
    with pytest.raises(Conflict, match="已约满"):
        appointments.book(
            runtime.uow(), _request(start=time(11, 30), applicant_id_number=OTHER_ID), staff_id=None
        )
    with pytest.raises(Conflict, match="每人每天限 1 次"):
        appointments.book(runtime.uow(), _request(start=time(9, 0)), staff_id=None)
    appointments.book(runtime.uow(), _request(day=date(2026, 11, 26)), staff_id=None)  # another day is fine
    with pytest.raises(InvalidInput, match="至少提前 1 天"):
        appointments.book(
            runtime.uow(), _request(day=TEST_NOW.date(), applicant_id_number=OTHER_ID), staff_id=None
        )
    with pytest.raises(InvalidInput, match="个工作日内"):
        appointments.book(
            runtime.uow(), _request(day=date(2026, 12, 2), applicant_id_number=OTHER_ID), staff_id=None
        )
    with pytest.raises(NotFound, match="没有 10:15 开始"):
        appointments.book(
            runtime.uow(), _request(start=time(10, 15), applicant_id_number=OTHER_ID), staff_id=None
        )
    with pytest.raises(InvalidInput, match="不属于"):
        appointments.book(
            runtime.uow(),
            _request(applicant_id_number=OTHER_ID, item_code="210800-BDC-DJ-001"),  # 不动产 is B, not A
            staff_id=None,
        )
    policy.change(runtime.uow(), {"appointment.per_person_per_day": 2}, staff_id=None)
    appointments.book(runtime.uow(), _request(start=time(9, 0)), staff_id=None)
    assert _count(runtime) == 3


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"applicant_name": "<script>"}, "申请人姓名"),
        ({"applicant_name": ""}, "申请人姓名"),
        ({"applicant_id_number": "210802198001011231"}, "校验位"),
        ({"applicant_id_number": ""}, "身份证"),
        ({"phone": "12345"}, "手机号码应为11位"),
        ({"channel": "wechat"}, "预约渠道"),
    ],
)
def test_bad_input_saves_nothing(sqlite_runtime: Runtime, changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        appointments.book(sqlite_runtime.uow(), _request(**changes), staff_id=None)
    assert _count(sqlite_runtime) == 0


def _race(runtime: Runtime, day: date, start: time) -> list[object]:
    """Two terminals (own runtimes and connections) book ``start`` on ``day`` at the same moment."""
    url = runtime.engine.url.render_as_string(hide_password=False)
    people = [("李四", OTHER_ID), ("王五", THIRD_ID)]
    gate = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(n: int) -> None:
        rt = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code=f"R{n}")
        try:
            hall.register_terminal(rt.uow(), "YK-ZWFW", f"R{n}", "并发测试", "clerk", None)
            name, number = people[n]
            request = _request(day=day, start=start, applicant_name=name, applicant_id_number=number)
            gate.wait()
            results[n] = appointments.book(rt.uow(), request, staff_id=None)
        except Exception as exc:
            results[n] = exc
        finally:
            rt.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def _one_won(runtime: Runtime, results: list[object], day: date, start: time) -> None:
    won = [r for r in results if isinstance(r, appointments.AppointmentInfo)]
    lost = [r for r in results if isinstance(r, Conflict)]
    assert len(won) == 1 and len(lost) == 1, results
    assert "约满" in lost[0].message
    slot = _slot(runtime, day, start)
    assert slot.left == 0 and slot.taken == slot.capacity
    with runtime.uow() as uow:
        taken = uow.session.scalar(
            select(AppointmentCounter.taken).where(AppointmentCounter.key.like(f"slot:%:{day}:{start:%H%M}"))
        )
    assert taken == slot.capacity  # the counter agrees with the rows


def test_two_terminals_booking_the_last_place_at_once_one_wins(runtime: Runtime) -> None:
    # A slot of two places with one taken: the counter row exists and its lock decides.
    appointments.book(runtime.uow(), _request(start=time(9, 0)), staff_id=None)
    _one_won(runtime, _race(runtime, WED, time(9, 0)), WED, time(9, 0))
    # A 午间 slot of one place nobody has touched: both terminals make the counter row at once.
    thursday = date(2026, 11, 26)
    _one_won(runtime, _race(runtime, thursday, time(12, 0)), thursday, time(12, 0))
    assert _count(runtime) == 3


def test_a_change_keeps_the_code_and_frees_the_old_place(runtime: Runtime) -> None:
    clerk = _clerk(runtime)
    info = appointments.book(runtime.uow(), _request(start=time(11, 30)), staff_id=clerk.id)
    moved = appointments.change(
        runtime.uow(), info.code, day=date(2026, 11, 26), start=time(17, 0), staff_id=clerk.id
    )
    assert moved.code == info.code and (moved.day, moved.slot_text, moved.kind) == (
        date(2026, 11, 26),
        "17:00–17:30",
        "evening",
    )
    assert _slot(runtime, WED, time(11, 30)).left == 1  # free again for someone else
    assert _slot(runtime, date(2026, 11, 26), time(17, 0)).left == 0
    appointments.book(
        runtime.uow(), _request(start=time(11, 30), applicant_id_number=OTHER_ID), staff_id=None
    )
    history = appointments.find(runtime.uow(), info.code).events
    assert [e.kind for e in history] == ["booked", "changed"]
    assert history[1].detail["from"] == {
        "date": "2026-11-25",
        "start": "11:30",
        "end": "12:00",
        "kind": "lunch",
    }
    assert history[1].detail["to"] == {
        "date": "2026-11-26",
        "start": "17:00",
        "end": "17:30",
        "kind": "evening",
    }
    assert history[1].staff_name == "王丽娜"
    # The same slot, a full slot or a slot too late to leave: refused, nothing moves.
    with pytest.raises(InvalidInput, match="与原时段相同"):
        appointments.change(
            runtime.uow(), info.code, day=date(2026, 11, 26), start=time(17, 0), staff_id=None
        )
    with pytest.raises(Conflict, match="约满"):
        appointments.change(runtime.uow(), info.code, day=WED, start=time(11, 30), staff_id=None)
    # Moving back to Wednesday is one booking per person per day again, so the per-day counter moved too.
    appointments.change(runtime.uow(), info.code, day=WED, start=time(9, 0), staff_id=None)
    with pytest.raises(Conflict, match="每人每天"):
        appointments.book(runtime.uow(), _request(start=time(9, 30)), staff_id=None)
    appointments.book(runtime.uow(), _request(day=date(2026, 11, 26)), staff_id=None)
    _clock(runtime).set(_at(WED, 7, 30))  # 9:00 − 2 h = 7:00 has passed
    with pytest.raises(Conflict, match="2 小时内不能改约"):
        appointments.change(runtime.uow(), info.code, day=date(2026, 11, 27), start=time(9, 0), staff_id=None)
    assert appointments.find(runtime.uow(), info.code).start == time(9, 0)


def test_cancel_frees_the_place_until_the_rule_says_no(runtime: Runtime) -> None:
    info = appointments.book(runtime.uow(), _request(start=time(12, 0)), staff_id=None)
    done = appointments.cancel(runtime.uow(), info.code, staff_id=None)
    assert done.state == "cancelled" and done.cancelled_at == TEST_NOW
    assert _slot(runtime, WED, time(12, 0)).left == 1
    with pytest.raises(Conflict, match="已取消"):
        appointments.cancel(runtime.uow(), info.code, staff_id=None)
    again = appointments.book(
        runtime.uow(), _request(start=time(12, 0)), staff_id=None
    )  # same person, same day
    _clock(runtime).set(_at(WED, 10, 30))
    with pytest.raises(Conflict, match="2 小时内不能取消"):
        appointments.cancel(runtime.uow(), again.code, staff_id=None)
    with pytest.raises(InvalidInput, match="取消原因"):
        appointments.cancel(runtime.uow(), again.code, staff_id=None, by_hall=True)
    by_hall = appointments.cancel(
        runtime.uow(), again.code, staff_id=None, reason="窗口设备故障", by_hall=True
    )
    assert by_hall.state == "cancelled"
    assert _events(runtime, again.code) == ["booked", "cancelled"]
    with pytest.raises(NotFound, match="99999999"):
        appointments.cancel(runtime.uow(), "99999999", staff_id=None)


def test_no_shows_are_marked_after_the_slot_and_grace_and_limit_booking(runtime: Runtime) -> None:
    info = appointments.book(runtime.uow(), _request(start=time(10, 0)), staff_id=None)
    other = appointments.book(
        runtime.uow(), _request(start=time(10, 0), applicant_id_number=OTHER_ID), staff_id=None
    )
    clock = _clock(runtime)
    clock.set(_at(WED, 10, 5))
    checkin.check_in(runtime.uow(), code=other.code)
    clock.set(_at(WED, 10, 45))  # 10:30 + 15 min grace: not yet
    assert appointments.mark_no_shows(runtime.uow()) == 0
    clock.set(_at(WED, 10, 46))
    assert appointments.mark_no_shows(runtime.uow()) == 1
    assert appointments.mark_no_shows(runtime.uow()) == 0  # idempotent
    missed = appointments.find(runtime.uow(), info.code)
    assert missed.state == "no_show" and missed.no_show_at == _at(WED, 10, 46)
    assert [e.kind for e in missed.events] == ["booked", "no_show"]
    assert appointments.find(runtime.uow(), other.code).state == "checked_in"
    with pytest.raises(InvalidInput, match="爽约"):
        checkin.check_in(runtime.uow(), code=info.code)
    # A hall that suspends after one no-show refuses this applicant's next booking.
    policy.change(runtime.uow(), {"appointment.no_show_limit": 1}, staff_id=None)
    with pytest.raises(Conflict, match="爽约 1 次，已暂停预约"):
        appointments.book(runtime.uow(), _request(day=date(2026, 11, 27)), staff_id=None)
    policy.change(runtime.uow(), {"appointment.no_show_limit": 0}, staff_id=None)  # 0: never suspended
    appointments.book(runtime.uow(), _request(day=date(2026, 11, 27)), staff_id=None)


def test_check_in_early_on_time_and_late(runtime: Runtime) -> None:
    on_time = appointments.book(runtime.uow(), _request(start=time(10, 0)), staff_id=None)
    late = appointments.book(
        runtime.uow(), _request(start=time(9, 0), applicant_id_number=OTHER_ID), staff_id=None
    )
    clock = _clock(runtime)
    clock.set(_at(WED, 9, 20))
    with pytest.raises(InvalidInput, match="09:30 后再来签到"):
        checkin.check_in(runtime.uow(), code=on_time.code)
    clock.set(_at(WED, 9, 35))
    clerk = _clerk(runtime)
    done = checkin.check_in(runtime.uow(), code=on_time.code, staff_id=clerk.id)
    assert done.ticket.appointment and not done.late
    after = appointments.find(runtime.uow(), on_time.code)
    assert after.state == "checked_in" and after.ticket_number == done.ticket.number
    assert after.events[-1].kind == "checked_in" and after.events[-1].staff_name == "王丽娜"
    late_one = checkin.check_in(runtime.uow(), phone="13804170000")  # phone: the one still booked
    assert late_one.late and not late_one.ticket.appointment and late_one.appointment_code == late.code
    with runtime.uow() as uow:
        kinds = uow.session.scalars(select(AppointmentEvent.kind).order_by(AppointmentEvent.at)).all()
    assert kinds.count("checked_in") == 2


def test_the_day_view_counts_places_and_lists_who_is_booked(runtime: Runtime) -> None:
    from yk_desktop.services import demo

    first = appointments.book(runtime.uow(), _request(start=time(9, 0)), staff_id=None)
    appointments.book(runtime.uow(), _request(start=time(9, 0), applicant_id_number=OTHER_ID), staff_id=None)
    cancelled = appointments.book(
        runtime.uow(), _request(start=time(17, 0), applicant_id_number=THIRD_ID), staff_id=None
    )
    appointments.cancel(runtime.uow(), cancelled.code, staff_id=None)
    (a_day,) = appointment_day.day_view(runtime.uow(), WED, "A")
    nine = next(s for s in a_day.slots if s.start == time(9, 0))
    assert (nine.capacity, nine.taken, nine.left) == (2, 2, 0)
    assert nine.booked[0].code == first.code and nine.booked[0].phone_masked == "138****0000"
    five = next(s for s in a_day.slots if s.start == time(17, 0))
    assert (five.kind_name, five.taken, five.left, five.booked[0].state_name) == ("延时", 0, 1, "已取消")
    assert a_day.taken == 2 and a_day.capacity == sum(s.capacity or 0 for s in a_day.slots)
    everything = appointment_day.day_view(runtime.uow(), WED)
    assert [c.prefix for c in everything] == ["A", "B", "C", "D", "E", "F"]
    # Today's demo appointments sit in their plans' slots.
    demo.seed_demo_queue(runtime, per_category=0)
    today = {c.prefix: c for c in appointment_day.day_view(runtime.uow(), TEST_NOW.date())}
    ten = next(s for s in today["A"].slots if s.start == time(10, 0))
    assert ten.capacity == 2 and [b.applicant_name for b in ten.booked] == ["演示预约人"]
    evening = next(s for s in today["C"].slots if s.start == time(17, 30))
    assert evening.kind == "evening" and evening.taken == 1


def test_an_after_hours_session_counts_who_was_served(runtime: Runtime) -> None:
    clerk = _clerk(runtime)
    other = auth.login(runtime.uow(), "clerk09", "demo1234")
    clock = _clock(runtime)
    clock.set(_at(TEST_NOW.date(), 11, 30))
    with pytest.raises(InvalidInput, match="值守"):
        after_hours.open_session(runtime.uow(), kind="lunch", staff_on_duty=[], staff_id=clerk.id)
    with pytest.raises(InvalidInput, match="服务类型"):
        after_hours.open_session(runtime.uow(), kind="regular", staff_on_duty=[clerk.id], staff_id=clerk.id)
    session = after_hours.open_session(
        runtime.uow(), kind="lunch", staff_on_duty=[clerk.id], notes="午间不断档", staff_id=clerk.id
    )
    assert session.is_open and session.staff_names == ("王丽娜",) and session.kind_name == "午间"
    with pytest.raises(Conflict, match="进行中"):
        after_hours.open_session(runtime.uow(), kind="lunch", staff_on_duty=[clerk.id], staff_id=clerk.id)
    for _ in range(2):
        queue.issue_ticket(runtime.uow(), "A", enforce_hours=False)
        queue.call_next(runtime.uow(), 1, clerk.id)
        clock.advance(minutes=10)
        serving.finish(runtime.uow(), 1, clerk.id)
    queue.issue_ticket(runtime.uow(), "F", enforce_hours=False)
    queue.call_next(runtime.uow(), 9, other.id)
    serving.finish(runtime.uow(), 9, other.id)  # not on duty: not counted
    assert after_hours.list_sessions(runtime.uow())[0].served == 2  # so far
    clock.advance(minutes=30)
    closed = after_hours.close_session(runtime.uow(), session.id, notes="无异常", staff_id=clerk.id)
    assert (closed.served, closed.appointments, closed.closed_by) == (2, 0, "王丽娜")
    assert closed.notes == "午间不断档\n无异常" and not closed.is_open
    with pytest.raises(Conflict, match="已经结束"):
        after_hours.close_session(runtime.uow(), session.id, staff_id=clerk.id)
    with runtime.uow() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "after_hours_session")
        ).all()
    assert sorted(actions) == ["after_hours.close", "after_hours.open"]


# --- the hall's own closures, hall-side cancellations, concurrency ------------------------------------------


def _manager(runtime: Runtime) -> auth.StaffInfo:
    return auth.login(runtime.uow(), "manager01", "demo1234")


def test_a_calendar_change_over_bookings_is_refused_naming_them(runtime: Runtime) -> None:
    manager = _manager(runtime)
    booked = appointments.book(runtime.uow(), _request(start=time(10, 0)), staff_id=None)
    other = appointments.book(
        runtime.uow(), _request(prefix="B", start=time(9, 0), applicant_id_number=OTHER_ID), staff_id=None
    )
    with pytest.raises(Conflict) as refused:
        calendar.set_day(runtime.uow(), WED, "holiday", "停电检修", staff_id=manager.id)
    message = refused.value.message
    assert f"{booked.code}（2026-11-25 10:00）" in message and other.code in message
    assert "因大厅原因取消" in message
    assert not calendar.work_calendar(runtime.uow()).holidays & {WED}  # nothing saved
    # The whole year entered again with Wednesday added: the same refusal.
    year = calendar.list_days(runtime.uow(), 2026)
    entry = calendar.DayEntry(WED, "holiday", "停电检修", "manual")
    with pytest.raises(Conflict, match=booked.code):
        calendar.enter_year(runtime.uow(), 2026, [*year, entry], staff_id=manager.id)
    assert calendar.list_days(runtime.uow(), 2026) == year
    # Once the hall has cancelled both (and told the applicants), Wednesday can close.
    for code in (booked.code, other.code):
        appointments.cancel(runtime.uow(), code, staff_id=manager.id, reason="大厅停电检修", by_hall=True)
    calendar.set_day(runtime.uow(), WED, "holiday", "停电检修", staff_id=manager.id)
    assert WED in calendar.work_calendar(runtime.uow()).holidays


def test_loading_the_official_calendar_over_bookings_is_refused(sqlite_runtime: Runtime) -> None:
    runtime = sqlite_runtime
    national_day = date(2026, 10, 1)
    _clock(runtime).set(_at(date(2026, 9, 25), 10))
    with runtime.uow() as uow:  # a calendar that lacked National Day (say, loaded before it was published)
        uow.session.execute(
            delete(CalendarDay).where(CalendarDay.day >= national_day, CalendarDay.day <= date(2026, 10, 8))
        )
        uow.commit()
    booked = appointments.book(runtime.uow(), _request(day=national_day, start=time(10, 0)), staff_id=None)
    with pytest.raises(Conflict, match=f"{booked.code}（2026-10-01 10:00）"):
        calendar.load_official(runtime.uow(), [2026], staff_id=_manager(runtime).id)
    assert calendar.work_calendar(runtime.uow()).is_workday(national_day)


def test_no_shows_are_not_counted_for_slots_the_hall_did_not_open(runtime: Runtime) -> None:
    """Closures recorded past the refusals (older data, or made before them) never make anyone absent."""
    shut = appointments.book(runtime.uow(), _request(prefix="B", start=time(10, 0)), staff_id=None)
    kept = appointments.book(
        runtime.uow(), _request(start=time(10, 0), applicant_id_number=OTHER_ID), staff_id=None
    )
    holiday = appointments.book(runtime.uow(), _request(day=date(2026, 11, 26)), staff_id=None)
    with runtime.uow() as uow:
        hall_id = _hall_id(runtime)
        b = uow.session.scalar(select(Category.id).where(Category.hall_id == hall_id, Category.prefix == "B"))
        uow.session.add(
            SlotException(hall_id=hall_id, category_id=b, on_date=WED, reason="停电", created_at=TEST_NOW)
        )
        uow.session.add(CalendarDay(day=date(2026, 11, 26), kind="holiday", name="停电", source="manual"))
        uow.commit()
    _clock(runtime).set(_at(date(2026, 11, 26), 11, 0))
    assert appointments.mark_no_shows(runtime.uow()) == 1
    assert appointments.find(runtime.uow(), kept.code).state == "no_show"
    assert appointments.find(runtime.uow(), shut.code).state == "booked"
    assert appointments.find(runtime.uow(), holiday.code).state == "booked"
    assert appointments.mark_no_shows(runtime.uow()) == 0
    # Suspension after one no-show: the applicant of the closed slots may still book.
    policy.change(runtime.uow(), {"appointment.no_show_limit": 1}, staff_id=None)
    appointments.book(runtime.uow(), _request(day=date(2026, 11, 27)), staff_id=None)


def _hall_id(runtime: Runtime) -> uuid.UUID:
    assert runtime.hall_id is not None
    return runtime.hall_id


def test_only_a_manager_cancels_for_the_hall_and_says_why(runtime: Runtime) -> None:
    clerk, manager = _clerk(runtime), _manager(runtime)
    info = appointments.book(runtime.uow(), _request(start=time(12, 0)), staff_id=clerk.id)
    with pytest.raises(PermissionDenied, match="只有大厅负责人或系统管理员"):
        appointments.cancel(runtime.uow(), info.code, staff_id=clerk.id, reason="窗口设备故障", by_hall=True)
    with pytest.raises(InvalidInput, match="至少 4 个字"):
        appointments.cancel(runtime.uow(), info.code, staff_id=manager.id, reason=" 故障 ", by_hall=True)
    assert appointments.find(runtime.uow(), info.code).state == "booked"
    _clock(runtime).set(_at(WED, 11, 0))  # within 2 h of the slot: only the hall may still cancel
    done = appointments.cancel(
        runtime.uow(), info.code, staff_id=manager.id, reason="窗口设备故障", by_hall=True
    )
    assert done.state == "cancelled"
    history = appointments.find(runtime.uow(), info.code).events
    assert (history[-1].kind, history[-1].detail) == (
        "cancelled",
        {"reason": "窗口设备故障", "by_hall": True},
    )
    assert history[-1].staff_name == manager.name


def test_the_day_view_reads_the_calendar_once(sqlite_runtime: Runtime) -> None:
    reads: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM calendar_days" in statement:
            reads.append(statement)

    event.listen(sqlite_runtime.engine, "before_cursor_execute", seen)
    try:
        days = appointment_day.day_view(sqlite_runtime.uow(), WED)
    finally:
        event.remove(sqlite_runtime.engine, "before_cursor_execute", seen)
    assert len(days) == 6 and len(reads) == 1


@pytest.mark.postgres
def test_closing_a_day_and_booking_it_at_once_never_both_succeed(
    pg_runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manager closing Wednesday for category A while a clerk books it: one waits for the other."""
    runtime = pg_runtime
    manager = _manager(runtime)
    url = runtime.engine.url.render_as_string(hide_password=False)
    # (1) The booking is written but not committed when the manager closes the day: the closure waits for
    # it, then sees it and is refused.
    paused, go = threading.Event(), threading.Event()
    real_info = appointments._info

    def slow_info(uow: object, a: Appointment, **kw: bool) -> appointments.AppointmentInfo:
        if a.applicant_id_number == PERSON_ID:
            paused.set()
            go.wait(20)
        return real_info(uow, a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(appointments, "_info", slow_info)
    results: dict[str, object] = {}
    clerk = _in_thread(
        url, "B1", results, "book", lambda rt: appointments.book(rt.uow(), _request(), staff_id=None)
    )
    assert paused.wait(20)
    closing = _in_thread(
        url,
        "M1",
        results,
        "close",
        lambda rt: slot_plans.add_exception(
            rt.uow(), ExceptionInput("A", WED, "停电检修"), staff_id=manager.id
        ),
    )
    closing.join(1.5)
    assert closing.is_alive(), results  # waiting for the booking's transaction
    go.set()
    clerk.join(30)
    closing.join(30)
    booked = results["book"]
    assert isinstance(booked, appointments.AppointmentInfo), booked
    refused = results["close"]
    assert isinstance(refused, Conflict) and booked.code in refused.message, refused
    assert slot_plans.list_exceptions(runtime.uow()) == []
    monkeypatch.setattr(appointments, "_info", real_info)

    # (2) The closure is written but not committed when the clerk books: the booking waits, then finds the
    # day closed.
    paused.clear()
    go.clear()
    real_refuse = slot_plans._refuse_orphans

    def slow_refuse(uow: object, booked: list[Appointment], what: str) -> None:
        real_refuse(uow, booked, what)  # type: ignore[arg-type]
        paused.set()
        go.wait(20)

    monkeypatch.setattr(slot_plans, "_refuse_orphans", slow_refuse)
    closing = _in_thread(
        url,
        "M2",
        results,
        "close",
        lambda rt: slot_plans.add_exception(
            rt.uow(), ExceptionInput("A", THU, "停电检修"), staff_id=manager.id
        ),
    )
    assert paused.wait(20)
    request = _request(day=THU, applicant_id_number=OTHER_ID)
    clerk = _in_thread(
        url, "B2", results, "book", lambda rt: appointments.book(rt.uow(), request, staff_id=None)
    )
    clerk.join(1.5)
    assert clerk.is_alive(), results  # waiting for the closure's transaction
    go.set()
    closing.join(30)
    clerk.join(30)
    assert isinstance(results["close"], slot_plans.ExceptionInfo), results["close"]
    assert isinstance(results["book"], NotFound) and "没有 10:00 开始" in results["book"].message, results
    assert [a.code for a in appointments.lookup(runtime.uow(), OTHER_ID)] == []


def _in_thread(
    url: str, terminal: str, results: dict[str, object], name: str, call: Callable[[Runtime], object]
) -> threading.Thread:
    """``call`` on its own runtime (its own connection) in a thread; its result or error in ``results``."""

    def run() -> None:
        rt = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code=terminal)
        try:
            hall.register_terminal(rt.uow(), "YK-ZWFW", terminal, "并发测试", "clerk", None)
            results[name] = call(rt)
        except Exception as exc:
            results[name] = exc
        finally:
            rt.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _crosswise(
    runtime: Runtime,
    monkeypatch: pytest.MonkeyPatch,
    first: Callable[[Runtime], object],
    second: Callable[[Runtime], object],
) -> list[object]:
    """Run two changes at once, each held (3 s at most) just before it takes its new places until the other
    got as far: the old code then held one counter each and waited for the other's (a deadlock)."""
    gate = threading.Barrier(2, timeout=3)
    real_take_slot, real_release = appointments.take_slot, appointments.release

    def meet() -> None:
        # Broken when the other is waiting for our locks and cannot get here: the point of the fix.
        with contextlib.suppress(threading.BrokenBarrierError):
            gate.wait()

    def take_slot(uow: object, slot: object) -> None:
        meet()
        real_take_slot(uow, slot)  # type: ignore[arg-type]

    def release(uow: object, key: str) -> None:
        real_release(uow, key)  # type: ignore[arg-type]
        if key.startswith("slot:"):
            meet()

    monkeypatch.setattr(appointments, "take_slot", take_slot)
    monkeypatch.setattr(appointments, "release", release)
    url = runtime.engine.url.render_as_string(hide_password=False)
    results: dict[str, object] = {}
    threads = [_in_thread(url, "X1", results, "0", first), _in_thread(url, "X2", results, "1", second)]
    for t in threads:
        t.join(60)
    return [results["0"], results["1"]]


@pytest.mark.postgres
def test_two_clerks_moving_appointments_crosswise_both_succeed(
    pg_runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = pg_runtime
    a = appointments.book(runtime.uow(), _request(start=time(10, 0)), staff_id=None)
    b = appointments.book(
        runtime.uow(), _request(start=time(10, 30), applicant_id_number=OTHER_ID), staff_id=None
    )
    results = _crosswise(
        runtime,
        monkeypatch,
        lambda rt: appointments.change(rt.uow(), a.code, day=WED, start=time(10, 30), staff_id=None),
        lambda rt: appointments.change(rt.uow(), b.code, day=WED, start=time(10, 0), staff_id=None),
    )
    assert all(isinstance(r, appointments.AppointmentInfo) for r in results), results
    assert appointments.find(runtime.uow(), a.code).start == time(10, 30)
    assert appointments.find(runtime.uow(), b.code).start == time(10, 0)
    assert (_slot(runtime, WED, time(10, 0)).taken, _slot(runtime, WED, time(10, 30)).taken) == (1, 1)


@pytest.mark.postgres
def test_a_booking_and_a_cancellation_of_the_same_person_and_slot_both_succeed(
    pg_runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Booking takes the person's day then the slot; cancelling gave back the slot then the day."""
    runtime = pg_runtime
    policy.change(runtime.uow(), {"appointment.per_person_per_day": 3}, staff_id=None)
    appointments.book(runtime.uow(), _request(start=time(9, 0)), staff_id=None)
    leaving = appointments.book(runtime.uow(), _request(start=time(10, 0)), staff_id=None)
    results = _crosswise(
        runtime,
        monkeypatch,
        lambda rt: appointments.book(rt.uow(), _request(start=time(10, 0)), staff_id=None),
        lambda rt: appointments.cancel(rt.uow(), leaving.code, staff_id=None),
    )
    assert all(isinstance(r, appointments.AppointmentInfo) for r in results), results
    assert _slot(runtime, WED, time(10, 0)).taken == 1
    with runtime.uow() as uow:
        person = uow.session.scalar(
            select(AppointmentCounter.taken).where(AppointmentCounter.key.like("person:%"))
        )
    assert person == 2
