"""Slot plans and their exceptions: what a manager may set, and which slots the calendar then gives.

TEST_NOW is Tuesday 2026-11-24 10:00. The demo hall has plans for A–F from 2026-01-01 (A: working hours,
午间 11:30–13:00, evening 17:00–18:30, Saturday mornings); G has none, so tests make G's plans themselves.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import appointment_slots, appointments, auth, calendar, demo, hall, slot_plans
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.services.slot_plans import ExceptionInput, PlanInput
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine
from yk_desktop.store.models import AuditEntry

PERSON_ID = "210802198001011230"
WED, THU, FRI, SAT = date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 28)


def _manager(runtime: Runtime) -> auth.StaffInfo:
    return auth.login(runtime.uow(), "manager01", "demo1234")


def _plan(**changes: object) -> PlanInput:
    base: dict[str, object] = {
        "category_prefix": "G",
        "kind": "regular",
        "valid_from": WED,
        "valid_until": None,
        "weekdays": (0, 1, 2, 3, 4),
        "start": time(9, 0),
        "end": time(10, 0),
        "slot_minutes": 30,
        "capacity": 2,
        "label": "上午",
    }
    base.update(changes)
    return PlanInput(**base)  # type: ignore[arg-type]


def _starts(runtime: Runtime, prefix: str, day: date) -> list[str]:
    return [f"{s.start:%H:%M}/{s.kind}" for s in appointment_slots.slots_on(runtime.uow(), prefix, day)]


def _actions(runtime: Runtime, prefix: str) -> list[str]:
    with runtime.uow() as uow:
        return list(
            uow.session.scalars(select(AuditEntry.action).where(AuditEntry.action.startswith(prefix)))
        )


def test_a_plan_gives_slots_on_its_weekdays_in_its_date_range(runtime: Runtime) -> None:
    manager = _manager(runtime)
    plan = slot_plans.create_plan(runtime.uow(), _plan(valid_until=date(2026, 12, 31)), staff_id=manager.id)
    assert plan.slots_per_day == 2 and plan.summary == "工作时间 周一至周五 09:00–10:00"
    assert _starts(runtime, "G", WED) == ["09:00/regular", "09:30/regular"]
    assert [(s.start, s.end, s.capacity) for s in appointment_slots.slots_on(runtime.uow(), "G", WED)] == [
        (time(9, 0), time(9, 30), 2),
        (time(9, 30), time(10, 0), 2),
    ]
    assert _starts(runtime, "G", date(2026, 11, 24)) == []  # before valid_from
    assert _starts(runtime, "G", date(2027, 1, 4)) == []  # after valid_until
    assert _starts(runtime, "G", SAT) == []  # a working-day plan on a plain weekend
    assert _actions(runtime, "slot_plan.") == ["slot_plan.create"]


def test_holidays_close_every_plan_and_a_tiaoxiu_saturday_runs_as_a_working_day(runtime: Runtime) -> None:
    # 2026 from the official arrangement the demo loaded: 10-01…10-07 National Day (10-03 a Saturday),
    # 10-10 (a Saturday) a 调休 working day, 10-17 an ordinary Saturday.
    assert _starts(runtime, "A", date(2026, 10, 1)) == []
    assert _starts(runtime, "A", date(2026, 10, 3)) == []  # weekend 延时 pauses over the holiday too
    tiaoxiu = _starts(runtime, "A", date(2026, 10, 10))
    assert "09:00/regular" in tiaoxiu and "11:30/lunch" in tiaoxiu and "17:00/evening" in tiaoxiu
    assert not any(s.endswith("/weekend") for s in tiaoxiu)
    assert _starts(runtime, "A", date(2026, 10, 17)) == [
        f"{h}/weekend" for h in ("09:00", "09:30", "10:00", "10:30", "11:00")
    ]
    # A plan for some weekdays only does not run on a 调休 Saturday; a hand-entered holiday closes a weekday.
    manager = _manager(runtime)
    slot_plans.create_plan(
        runtime.uow(), _plan(weekdays=(2,), valid_from=date(2026, 9, 1)), staff_id=manager.id
    )
    assert _starts(runtime, "G", date(2026, 10, 10)) == []
    assert _starts(runtime, "G", WED) == ["09:00/regular", "09:30/regular"]
    calendar.set_day(runtime.uow(), WED, "holiday", "停电检修", staff_id=manager.id)
    assert _starts(runtime, "G", WED) == []


def test_a_weekend_plan_runs_on_ordinary_weekends_only(runtime: Runtime) -> None:
    manager = _manager(runtime)
    slot_plans.create_plan(
        runtime.uow(),
        _plan(
            kind="weekend", weekdays=(5, 6), start=time(9, 0), end=time(11, 30), valid_from=date(2026, 9, 1)
        ),
        staff_id=manager.id,
    )
    assert len(_starts(runtime, "G", SAT)) == 5 and len(_starts(runtime, "G", date(2026, 11, 29))) == 5
    assert _starts(runtime, "G", FRI) == []
    assert _starts(runtime, "G", date(2026, 10, 3)) == []  # holiday
    assert _starts(runtime, "G", date(2026, 10, 10)) == []  # 调休 working Saturday
    assert _starts(runtime, "G", date(2026, 9, 20)) == []  # 调休 working Sunday


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"end": time(9, 0)}, "结束时间 09:00 应晚于开始时间 09:00"),
        ({"capacity": 0}, "可约人数"),
        ({"slot_minutes": 45}, "不能均分为 45 分钟"),
        ({"slot_minutes": 2}, "时段的长度"),
        ({"weekdays": ()}, "至少选择一个星期"),
        ({"kind": "weekend"}, "周末延时只能设在周六、周日"),
        ({"weekdays": (5,)}, "周一至周五"),
        ({"valid_until": date(2026, 11, 1)}, "不能早于开始日期"),
        ({"kind": "overtime"}, "时段类型"),
        ({"label": "<b>" * 30}, "名称"),
    ],
)
def test_a_bad_plan_is_refused_in_chinese_and_nothing_is_saved(
    sqlite_runtime: Runtime, changes: dict[str, object], message: str
) -> None:
    manager = _manager(sqlite_runtime)
    with pytest.raises(InvalidInput, match=message):
        slot_plans.create_plan(sqlite_runtime.uow(), _plan(**changes), staff_id=manager.id)
    assert slot_plans.list_plans(sqlite_runtime.uow(), "G") == []


def test_overlapping_plans_of_one_category_are_refused(runtime: Runtime) -> None:
    manager = _manager(runtime)
    first = slot_plans.create_plan(runtime.uow(), _plan(), staff_id=manager.id)
    with pytest.raises(Conflict, match="时间重叠"):
        slot_plans.create_plan(runtime.uow(), _plan(start=time(9, 30), end=time(10, 30)), staff_id=manager.id)
    # Touching, another weekday set, a later date range or another category: all fine.
    slot_plans.create_plan(runtime.uow(), _plan(start=time(10, 0), end=time(11, 0)), staff_id=manager.id)
    slot_plans.create_plan(
        runtime.uow(), _plan(kind="weekend", weekdays=(5,), valid_from=WED), staff_id=manager.id
    )
    with pytest.raises(Conflict, match="时间重叠"):
        slot_plans.edit_plan(runtime.uow(), first.id, _plan(end=time(10, 30)), staff_id=manager.id)
    assert len(slot_plans.list_plans(runtime.uow(), "G")) == 3


def test_only_a_manager_changes_plans(runtime: Runtime) -> None:
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    with pytest.raises(PermissionDenied, match="大厅负责人"):
        slot_plans.create_plan(runtime.uow(), _plan(), staff_id=clerk.id)
    with pytest.raises(PermissionDenied):
        slot_plans.add_exception(runtime.uow(), ExceptionInput("A", WED, "停电"), staff_id=clerk.id)
    with pytest.raises(NotFound):
        slot_plans.create_plan(runtime.uow(), _plan(category_prefix="Z"), staff_id=_manager(runtime).id)


def _book(runtime: Runtime, prefix: str, day: date, start: time) -> str:
    request = BookingRequest(prefix, day, start, "张三", PERSON_ID, "13804170000")
    return appointments.book(runtime.uow(), request, staff_id=None).code


def test_a_change_that_would_take_a_booked_slot_away_is_refused(runtime: Runtime) -> None:
    manager = _manager(runtime)
    plan = slot_plans.create_plan(runtime.uow(), _plan(), staff_id=manager.id)
    code = _book(runtime, "G", WED, time(9, 30))
    with pytest.raises(Conflict, match=code):
        slot_plans.edit_plan(
            runtime.uow(), plan.id, _plan(start=time(10, 0), end=time(11, 0)), staff_id=manager.id
        )
    with pytest.raises(Conflict, match=code):
        slot_plans.retire_plan(runtime.uow(), plan.id, staff_id=manager.id)
    with pytest.raises(Conflict, match=code):
        slot_plans.add_exception(
            runtime.uow(), ExceptionInput("G", WED, "培训", plan_id=plan.id), staff_id=manager.id
        )
    # Fewer places and a longer span keep the booked slot: allowed.
    edited = slot_plans.edit_plan(
        runtime.uow(), plan.id, _plan(capacity=1, end=time(11, 0)), staff_id=manager.id
    )
    assert edited.capacity == 1 and edited.slots_per_day == 4
    # Once the hall has cancelled it (and told the applicant), the plan can go.
    appointments.cancel(runtime.uow(), code, staff_id=manager.id, reason="计划调整", by_hall=True)
    retired = slot_plans.retire_plan(runtime.uow(), plan.id, staff_id=manager.id)
    assert not retired.active and retired.retired_at is not None
    assert _starts(runtime, "G", WED) == []
    assert slot_plans.list_plans(runtime.uow(), "G") == []
    assert [p.id for p in slot_plans.list_plans(runtime.uow(), "G", include_retired=True)] == [plan.id]
    assert _actions(runtime, "slot_plan.") == ["slot_plan.create", "slot_plan.edit", "slot_plan.retire"]


def test_exceptions_close_a_date_or_open_it_with_other_hours(runtime: Runtime) -> None:
    manager = _manager(runtime)
    plan = slot_plans.create_plan(runtime.uow(), _plan(), staff_id=manager.id)
    closed = slot_plans.add_exception(
        runtime.uow(), ExceptionInput("G", WED, "业务培训", plan_id=plan.id), staff_id=manager.id
    )
    assert closed.closed and closed.plan_summary == plan.summary
    assert _starts(runtime, "G", WED) == []
    with pytest.raises(Conflict, match="已有该计划的例外"):
        slot_plans.add_exception(
            runtime.uow(), ExceptionInput("G", WED, "重复", plan_id=plan.id), staff_id=manager.id
        )
    # Other hours and places on Thursday; Saturday opened though the plan does not run on weekends.
    slot_plans.add_exception(
        runtime.uow(),
        ExceptionInput("G", THU, "人手加倍", plan_id=plan.id, closed=False, end=time(11, 0), capacity=4),
        staff_id=manager.id,
    )
    assert [(s.start, s.capacity) for s in appointment_slots.slots_on(runtime.uow(), "G", THU)][-1] == (
        time(10, 30),
        4,
    )
    slot_plans.add_exception(
        runtime.uow(),
        ExceptionInput("G", SAT, "重点项目集中办理", plan_id=plan.id, closed=False),
        staff_id=manager.id,
    )
    assert _starts(runtime, "G", SAT) == ["09:00/regular", "09:30/regular"]
    # A whole category closed for a day, then reopened by removing the exception.
    whole = slot_plans.add_exception(runtime.uow(), ExceptionInput("A", FRI, "系统升级"), staff_id=manager.id)
    assert whole.plan_id is None and whole.plan_summary == "整个类别"
    assert _starts(runtime, "A", FRI) == []
    assert [e.on_date for e in slot_plans.list_exceptions(runtime.uow())] == [WED, THU, FRI, SAT]
    slot_plans.remove_exception(runtime.uow(), whole.id, staff_id=manager.id)
    assert len(_starts(runtime, "A", FRI)) > 10
    assert _actions(runtime, "slot_exception.") == ["slot_exception.add"] * 4 + ["slot_exception.remove"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ExceptionInput("G", WED, ""), "原因"),
        (ExceptionInput("G", date(2026, 11, 20), "补录"), "已过去的日期"),
        (ExceptionInput("G", WED, "开放", closed=False), "整个类别只能"),
        (ExceptionInput("G", WED, "停约", start=time(9, 0)), "不需要填写时间"),
    ],
)
def test_bad_exceptions_are_refused(sqlite_runtime: Runtime, data: ExceptionInput, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        slot_plans.add_exception(sqlite_runtime.uow(), data, staff_id=_manager(sqlite_runtime).id)
    assert slot_plans.list_exceptions(sqlite_runtime.uow()) == []


def test_an_opened_day_with_other_hours_is_checked_like_a_plan(sqlite_runtime: Runtime) -> None:
    manager = _manager(sqlite_runtime)
    plan = slot_plans.create_plan(sqlite_runtime.uow(), _plan(), staff_id=manager.id)
    with pytest.raises(InvalidInput, match="应晚于开始时间"):
        slot_plans.add_exception(
            sqlite_runtime.uow(),
            ExceptionInput("G", WED, "调整", plan_id=plan.id, closed=False, start=time(11, 0)),
            staff_id=manager.id,
        )
    with pytest.raises(InvalidInput, match="有效期"):
        slot_plans.add_exception(
            sqlite_runtime.uow(),
            ExceptionInput("G", date(2026, 11, 24), "调整", plan_id=plan.id, closed=False),
            staff_id=manager.id,
        )


def test_a_holiday_opened_by_an_exception_can_be_booked(runtime: Runtime) -> None:
    manager = _manager(runtime)
    plan = slot_plans.create_plan(runtime.uow(), _plan(), staff_id=manager.id)
    calendar.set_day(runtime.uow(), THU, "holiday", "节日", staff_id=manager.id)
    shut = appointments.free_slots(runtime.uow(), "G", THU)
    assert "法定节假日" in shut.note and shut.slots == ()
    slot_plans.add_exception(
        runtime.uow(),
        ExceptionInput("G", THU, "节日加班开放", plan_id=plan.id, closed=False),
        staff_id=manager.id,
    )
    opened = appointments.free_slots(runtime.uow(), "G", THU)
    assert opened.note == "" and [(s.start, s.open) for s in opened.slots] == [
        (time(9, 0), True),
        (time(9, 30), True),
    ]
    code = _book(runtime, "G", THU, time(9, 0))
    assert appointments.find(runtime.uow(), code).day == THU
    # Other categories stay closed that holiday, for booking and for moving into it.
    assert "法定节假日" in appointments.free_slots(runtime.uow(), "A", THU).note
    other = appointments.book(
        runtime.uow(),
        BookingRequest("A", WED, time(9, 0), "李四", "210802199002024564", "13804170001"),
        staff_id=None,
    )
    with pytest.raises(InvalidInput, match="法定节假日"):
        appointments.change(runtime.uow(), other.code, day=THU, start=time(9, 0), staff_id=None)
    # The opened holiday is a day like any other now: removing the opening would strand the booking.
    (opening,) = slot_plans.list_exceptions(runtime.uow(), "G")
    with pytest.raises(Conflict, match=code):
        slot_plans.remove_exception(runtime.uow(), opening.id, staff_id=manager.id)
    # And a holiday set on a day already opened for its bookings strands nothing: allowed.
    slot_plans.add_exception(
        runtime.uow(),
        ExceptionInput("G", FRI, "集中办理", plan_id=plan.id, closed=False),
        staff_id=manager.id,
    )
    friday = _book(runtime, "G", FRI, time(9, 30))
    calendar.set_day(runtime.uow(), FRI, "holiday", "节日", staff_id=manager.id)
    assert appointments.free_slots(runtime.uow(), "G", FRI).note == ""
    assert appointments.find(runtime.uow(), friday).state == "booked"


# --- a plan's own booking horizon and minimum notice ---------------------------------------------------------
# The hall's rules are the defaults: at least 1 day ahead, within 5 working days (11-25 … 12-01). Working days
# after Tue 11-24: 11-25, 26, 27, 30, 12-01 (5th), 12-02, 03, 04, 07, 08 (10th).

DEC_2, DEC_8, DEC_9 = date(2026, 12, 2), date(2026, 12, 8), date(2026, 12, 9)


def test_a_plan_with_a_ten_working_day_horizon_offers_days_beyond_the_halls_five(runtime: Runtime) -> None:
    manager = _manager(runtime)
    plan = slot_plans.create_plan(
        runtime.uow(), _plan(horizon_working_days=10, label="两周内"), staff_id=manager.id
    )
    assert (plan.horizon_working_days, plan.min_days_ahead, plan.own_rules) == (10, None, True)
    for day in (DEC_2, DEC_8):  # beyond the hall's 5 working days, within the plan's 10
        offered = appointments.free_slots(runtime.uow(), "G", day)
        assert offered.note == "" and [s.open for s in offered.slots] == [True, True], day
    assert offered.first_day == WED and offered.last_day == DEC_8
    assert [(w.plans, w.first_day, w.last_day) for w in offered.windows] == [("两周内", WED, DEC_8)]
    too_far = appointments.free_slots(runtime.uow(), "G", DEC_9)
    assert "10 个工作日内" in too_far.note and not any(s.open for s in too_far.slots)
    code = _book(runtime, "G", DEC_8, time(9, 0))
    assert appointments.find(runtime.uow(), code).day == DEC_8
    with pytest.raises(InvalidInput, match="只能预约 10 个工作日内"):
        _book(runtime, "G", DEC_9, time(9, 0))
    # Another category's plans keep the hall's 5 days, for listing, booking and moving into the day.
    assert "只能预约 5 个工作日内" in appointments.free_slots(runtime.uow(), "A", DEC_2).note
    with pytest.raises(InvalidInput, match="只能预约 5 个工作日内"):
        _book(runtime, "A", DEC_2, time(9, 0))
    other = appointments.book(
        runtime.uow(),
        BookingRequest("A", WED, time(9, 0), "李四", "210802199002024564", "13804170001"),
        staff_id=None,
    )
    with pytest.raises(InvalidInput, match="只能预约 5 个工作日内"):
        appointments.change(runtime.uow(), other.code, day=DEC_2, start=time(9, 0), staff_id=None)
    # Back to the hall's rule: the far day closes again; the booking made under the plan's rule stays.
    slot_plans.edit_plan(runtime.uow(), plan.id, _plan(label="两周内"), staff_id=manager.id)
    assert "只能预约 5 个工作日内" in appointments.free_slots(runtime.uow(), "G", DEC_2).note
    assert appointments.find(runtime.uow(), code).state == "booked"
    with runtime.uow() as uow:
        edits = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "slot_plan.edit")).all()
        assert [
            (e.detail["before"]["horizon_working_days"], e.detail["after"]["horizon_working_days"])
            for e in edits
        ] == [(10, None)]


def test_a_plan_needing_two_days_notice_refuses_tomorrow(runtime: Runtime) -> None:
    manager = _manager(runtime)
    # G's mornings follow the hall (1 day's notice); its evenings need 2 days' notice.
    slot_plans.create_plan(runtime.uow(), _plan(label="上午"), staff_id=manager.id)
    slot_plans.create_plan(
        runtime.uow(),
        _plan(kind="evening", start=time(17, 0), end=time(18, 0), min_days_ahead=2, label="延时"),
        staff_id=manager.id,
    )
    tomorrow = appointments.free_slots(runtime.uow(), "G", WED)
    assert tomorrow.note == ""  # the mornings can be booked
    assert [(f"{s.start:%H:%M}", s.open) for s in tomorrow.slots] == [
        ("09:00", True),
        ("09:30", True),
        ("17:00", False),
        ("17:30", False),
    ]
    assert "至少提前 2 天，最早可约 2026-11-26" in tomorrow.slots[-1].problem
    assert tomorrow.slots[0].problem == ""
    assert [(w.plans, w.first_day, w.last_day) for w in tomorrow.windows] == [
        ("", WED, date(2026, 12, 1)),
        ("延时", THU, date(2026, 12, 1)),
    ]
    with pytest.raises(InvalidInput, match="至少提前 2 天"):
        _book(runtime, "G", WED, time(17, 0))
    code = _book(runtime, "G", WED, time(9, 0))
    with pytest.raises(InvalidInput, match="至少提前 2 天"):
        appointments.change(runtime.uow(), code, day=WED, start=time(17, 30), staff_id=None)
    moved = appointments.change(runtime.uow(), code, day=THU, start=time(17, 0), staff_id=None)
    assert (moved.day, moved.kind) == (THU, "evening")
    # A day whose only slots need more notice than is left says so.
    slot_plans.add_exception(
        runtime.uow(),
        ExceptionInput("G", WED, "上午培训", plan_id=slot_plans.list_plans(runtime.uow(), "G")[0].id),
        staff_id=manager.id,
    )
    assert appointments.free_slots(runtime.uow(), "G", WED).note.startswith("预约须至少提前 2 天")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"horizon_working_days": 0},
            "该计划的“可预约范围”应为 1 至 60 个工作日之间的整数，或不填（按大厅规则）",
        ),
        ({"horizon_working_days": 61}, "可预约范围”应为 1 至 60"),
        ({"min_days_ahead": -1}, "最少提前预约天数”应为 0 至 30 天"),
        ({"min_days_ahead": 31}, "最少提前预约天数”应为 0 至 30 天"),
        ({"min_days_ahead": True}, "最少提前预约天数"),
        ({"min_days_ahead": 7, "horizon_working_days": 5}, "最少提前 7 天超出了可预约范围 5 个工作日"),
        ({"min_days_ahead": 6}, "可预约范围 5 个工作日（大厅规则）"),
        ({"horizon_working_days": 2, "min_days_ahead": None}, None),  # fine: 1 day's notice (the hall's)
    ],
)
def test_bad_plan_rules_are_refused_in_chinese_and_nothing_is_saved(
    sqlite_runtime: Runtime, changes: dict[str, object], message: str | None
) -> None:
    manager = _manager(sqlite_runtime)
    if message is None:
        made = slot_plans.create_plan(sqlite_runtime.uow(), _plan(**changes), staff_id=manager.id)
        assert made.horizon_working_days == 2 and made.min_days_ahead is None
        return
    with pytest.raises(InvalidInput, match=message):
        slot_plans.create_plan(sqlite_runtime.uow(), _plan(**changes), staff_id=manager.id)
    assert slot_plans.list_plans(sqlite_runtime.uow(), "G") == []
    # Nor does an edit with them change a plan.
    plan = slot_plans.create_plan(sqlite_runtime.uow(), _plan(min_days_ahead=2), staff_id=manager.id)
    with pytest.raises(InvalidInput, match=message):
        slot_plans.edit_plan(sqlite_runtime.uow(), plan.id, _plan(**changes), staff_id=manager.id)
    assert slot_plans.list_plans(sqlite_runtime.uow(), "G") == [plan]
    assert _actions(sqlite_runtime, "slot_plan.") == ["slot_plan.create"]


# --- migration 0008 both ways ----------------------------------------------------------------------------

_OLD_PLANS = sa.table(
    "slot_plans",
    *(sa.column(n, sa.Uuid()) for n in ("id", "hall_id", "category_id", "origin_terminal_id")),
    sa.column("weekday", sa.Integer()),
    sa.column("on_date", sa.Date()),
    sa.column("start", sa.Time()),
    sa.column("end", sa.Time()),
    sa.column("capacity", sa.Integer()),
    sa.column("after_hours", sa.Boolean()),
    sa.column("label", sa.String()),
    sa.column("active", sa.Boolean()),
    sa.column("hlc", sa.String()),
)
_OLD_APPOINTMENTS = sa.table(
    "appointments",
    *(
        sa.column(n, sa.Uuid())
        for n in ("id", "hall_id", "category_id", "slot_plan_id", "origin_terminal_id")
    ),
    *(
        sa.column(n, sa.String())
        for n in ("code", "applicant_name", "applicant_id_number", "phone", "state", "hlc")
    ),
    sa.column("service_date", sa.Date()),
    sa.column("start", sa.Time()),
    sa.column("end", sa.Time()),
    sa.column("booked_at", sa.DateTime()),
)
_PLAN_COLUMNS = 'kind, weekdays, valid_from, valid_until, start, "end", slot_minutes, capacity, label, active'


def _database(request: pytest.FixtureRequest, which: str) -> str:
    url: str = request.getfixturevalue(which)
    return url


def _open(url: str) -> Runtime:
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="T01")
    hall.register_terminal(runtime.uow(), "YK-ZWFW", "T01", "测试终端", "clerk", 1)
    return runtime


@pytest.mark.parametrize("which", ["sqlite_url", pytest.param("pg_url", marks=pytest.mark.postgres)])
def test_the_first_schemas_plans_go_up_and_back_down_unchanged(
    request: pytest.FixtureRequest, which: str
) -> None:
    engine = make_engine(_database(request, which))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM slot_plans"))  # the demo's plans are of the new shape
        assert schema.downgrade(engine, "0007") == "0007"
        weekly, evening, one_day = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        with engine.begin() as conn:
            hall_id, category_id = conn.execute(
                sa.text("SELECT hall_id, id FROM categories WHERE prefix = 'G'")
            ).one()
            hall_id, category_id = uuid.UUID(str(hall_id)), uuid.UUID(str(category_id))
            common = {"hall_id": hall_id, "category_id": category_id, "active": True, "hlc": "0", "label": ""}
            conn.execute(
                sa.insert(_OLD_PLANS),
                [
                    {
                        **common,
                        "id": weekly,
                        "weekday": 2,
                        "on_date": None,
                        "start": time(9),
                        "end": time(10),
                        "capacity": 2,
                        "after_hours": False,
                        "label": "周三上午",
                    },
                    {
                        **common,
                        "id": evening,
                        "weekday": 0,
                        "on_date": None,
                        "start": time(17),
                        "end": time(18),
                        "capacity": 1,
                        "after_hours": True,
                    },
                    {
                        **common,
                        "id": one_day,
                        "weekday": None,
                        "on_date": FRI,
                        "start": time(14),
                        "end": time(15),
                        "capacity": 3,
                        "after_hours": False,
                    },
                ],
            )
            conn.execute(
                sa.insert(_OLD_APPOINTMENTS).values(
                    id=uuid.uuid4(),
                    hall_id=hall_id,
                    category_id=category_id,
                    slot_plan_id=weekly,
                    code="5000",
                    applicant_name="张三",
                    applicant_id_number=PERSON_ID,
                    phone="13804170000",
                    state="booked",
                    hlc="0",
                    service_date=WED,
                    start=time(9),
                    end=time(9, 30),
                    booked_at=datetime(2026, 11, 20, 9),
                )
            )
            old_rows = conn.execute(sa.text("SELECT * FROM slot_plans ORDER BY start")).all()
        assert schema.upgrade(engine) == schema.head_revision()
        with engine.connect() as conn:
            query = sa.text(f"SELECT {_PLAN_COLUMNS} FROM slot_plans ORDER BY start")
            plans = conn.execute(query.columns(valid_from=sa.Date(), valid_until=sa.Date())).all()
            kind = conn.execute(
                sa.text("SELECT kind, applicant_key, channel FROM appointments WHERE code = '5000'")
            ).one()
        assert [tuple(p)[:4] for p in plans] == [
            ("regular", "2", date(2000, 1, 1), None),
            ("regular", "0123456", FRI, FRI),
            ("evening", "0", date(2000, 1, 1), None),
        ]
        assert {p.slot_minutes for p in plans} == {30} and tuple(kind) == ("regular", "", "window")
        # The program reads them as the old schema meant them.
        runtime = _open(_database(request, which))
        try:
            assert _starts(runtime, "G", WED) == ["09:00/regular", "09:30/regular"]
            assert _starts(runtime, "G", FRI) == ["14:00/regular", "14:30/regular"]
            assert _starts(runtime, "G", date(2026, 11, 30)) == ["17:00/evening", "17:30/evening"]
        finally:
            runtime.close()
        # A plan's own booking rules are something the old schema cannot hold: refused, nothing changed.
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE slot_plans SET min_days_ahead = 2 WHERE kind = 'evening'"))
        with pytest.raises(RuntimeError, match=r"1 个预约计划（.*自定预约范围或提前天数"):
            schema.downgrade(engine, "0007")
        assert schema.current_revision(engine) == schema.head_revision()
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE slot_plans SET min_days_ahead = NULL"))
        # Nothing the old schema cannot hold: back down, rows as they were.
        assert schema.downgrade(engine, "0007") == "0007"
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT * FROM slot_plans ORDER BY start")).all() == old_rows
    finally:
        engine.dispose()


@pytest.mark.parametrize("which", ["sqlite_url", pytest.param("pg_url", marks=pytest.mark.postgres)])
def test_downgrading_refuses_what_the_old_schema_cannot_hold(
    request: pytest.FixtureRequest, which: str
) -> None:
    url = _database(request, which)
    runtime = _open(url)
    try:
        code = _book(runtime, "A", WED, time(11, 30))  # a 午间 slot, booked at a window
    finally:
        runtime.close()
    engine = make_engine(url)
    try:
        with pytest.raises(RuntimeError) as refused:
            schema.downgrade(engine, "0007")
        message = str(refused.value)
        assert f"{len(demo.DEMO_SLOT_PLANS)} 个预约计划" in message and "1 个预约（" in message
        assert "1 条预约办理记录" in message and "数据库未作任何改动" in message
        assert schema.current_revision(engine) == schema.head_revision()
        with engine.connect() as conn:
            weekdays = conn.execute(
                sa.text("SELECT DISTINCT weekdays FROM slot_plans ORDER BY weekdays")
            ).scalars()
            assert list(weekdays) == ["01234", "5"]
            assert (
                conn.execute(sa.text(f"SELECT kind FROM appointments WHERE code = '{code}'")).scalar()
                == "lunch"
            )
    finally:
        engine.dispose()
