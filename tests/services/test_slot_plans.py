"""Slot plans and their exceptions: what a manager may set, and which slots the calendar then gives.

TEST_NOW is Tuesday 2026-11-24 10:00. The demo hall has plans for A–F from 2026-01-01 (A: working hours,
午间 11:30–13:00, evening 17:00–18:30, Saturday mornings); G has none, so tests make G's plans themselves.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from yk_desktop.services import appointment_slots, appointments, auth, calendar, slot_plans
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.services.slot_plans import ExceptionInput, PlanInput
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
