"""Appointment slot plans (预约计划) and their exceptions for single dates; only a hall manager edits them.

A plan gives one category's slots over a date range: on its weekdays, from ``start`` to ``end`` in slots of
``slot_minutes``, ``capacity`` places each. Its kind says what the slots are: 工作时间, 午间 (午间不断档),
延时 (evening, after closing) or 周末延时 (weekend); working-day kinds run Monday–Friday, 周末延时 on Saturday
and Sunday. Which days a plan actually runs is the hall calendar's say (``services.appointment_slots``).
A plan may also set its own booking horizon and minimum notice (a weekend plan bookable two weeks ahead, an
evening plan needing two days' notice); left empty, the hall's rules apply (``services.policy``).

An exception overrides that for one date: a plan (or the whole category) closed, or a plan open with other
hours or capacity — which also opens it on a day it would not run, such as a holiday the hall chooses to
serve. Changes that would take away a slot someone has booked are refused: the clerk changes or cancels
those appointments first (``appointments.cancel(..., by_hall=True)``), so nobody is left holding a code
for a slot that no longer exists. Plans never overlap within a category (same days, overlapping hours).

Every change here first locks the category's row (FOR NO KEY UPDATE) until it commits; a booking holds the
same row FOR SHARE while it checks its slot (``services.appointments``). So a booking made while a manager
closes its day either commits first (and the closure, seeing it, is refused) or waits and finds the day
closed: never both.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.text import clean_text
from yk_desktop.services import audit, policy
from yk_desktop.services.appointment_slots import (
    MONDAY_TO_FRIDAY,
    WORKDAY_KINDS,
    digits,
    kind_name,
    minutes_between,
    slots_in,
    weekdays_text,
)
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Appointment, Category, SlotException, SlotPlan, Staff
from yk_desktop.store.models.appointments import AppointmentState, SlotKind
from yk_desktop.store.models.hall import Role

MIN_SLOT_MINUTES, MAX_SLOT_MINUTES = 5, 480
MAX_CAPACITY = 500  # places in one slot; more is a typo (a whole day's cap is a few hundred)
LABEL_MAX = 40
REASON_MAX = 200


@dataclass(frozen=True)
class PlanInput:
    """What the manager's form gives for a plan."""

    category_prefix: str
    kind: str
    valid_from: date
    valid_until: date | None
    weekdays: tuple[int, ...]
    start: time
    end: time
    slot_minutes: int
    capacity: int
    label: str = ""
    horizon_working_days: int | None = None  # None: the hall's rule
    min_days_ahead: int | None = None  # None: the hall's rule


@dataclass(frozen=True)
class PlanInfo:
    id: uuid.UUID
    category_prefix: str
    category_name: str
    kind: str
    valid_from: date
    valid_until: date | None
    weekdays: tuple[int, ...]
    start: time
    end: time
    slot_minutes: int
    capacity: int
    label: str
    active: bool
    retired_at: datetime | None
    horizon_working_days: int | None = None  # None: the hall's rule
    min_days_ahead: int | None = None  # None: the hall's rule

    @property
    def own_rules(self) -> bool:
        return self.horizon_working_days is not None or self.min_days_ahead is not None

    @property
    def slots_per_day(self) -> int:
        return minutes_between(self.start, self.end) // self.slot_minutes

    @property
    def summary(self) -> str:
        """「午间 周一至周五 11:30–13:00」 as the editor and messages name a plan."""
        return f"{kind_name(self.kind)} {weekdays_text(self.weekdays)} {self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class ExceptionInput:
    category_prefix: str
    on_date: date
    reason: str
    plan_id: uuid.UUID | None = None  # None: the whole category (closed only)
    closed: bool = True
    start: time | None = None  # open with other hours: None keeps the plan's
    end: time | None = None
    capacity: int | None = None


@dataclass(frozen=True)
class ExceptionInfo:
    id: uuid.UUID
    category_prefix: str
    plan_id: uuid.UUID | None
    plan_summary: str  # 「整个类别」 for a category-wide closure
    on_date: date
    closed: bool
    start: time | None
    end: time | None
    capacity: int | None
    reason: str


# --- who may edit ----------------------------------------------------------------------------------------


def _check_manager(uow: UnitOfWork, staff_id: uuid.UUID | None) -> None:
    """Plans decide what the whole hall may promise applicants: a manager or an admin changes them.
    ``staff_id`` None is the command line or the demo seed, run by whoever administers the machine."""
    if staff_id is None:
        return
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.hall_id != _hall(uow):
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    if staff.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionDenied("只有大厅负责人或系统管理员可以修改预约计划。")


def _category(uow: UnitOfWork, prefix: str, *, lock: bool = False) -> Category:
    """``lock``: hold the row against bookings of the category until commit (the module docstring)."""
    query = select(Category).where(Category.hall_id == _hall(uow), Category.prefix == prefix.strip().upper())
    category = uow.session.scalar(query.with_for_update(key_share=True) if lock else query)
    if category is None or not category.active:
        raise NotFound(f"没有“{prefix.strip()[:10]}”类业务，请重新选择业务类别。")
    return category


def _lock_category(uow: UnitOfWork, category_id: uuid.UUID | None) -> None:
    """Lock a category's row as ``_category(lock=True)`` does (taken before its plan's or exception's)."""
    if category_id is not None:
        uow.session.execute(
            select(Category.id).where(Category.id == category_id).with_for_update(key_share=True)
        )


def _today(uow: UnitOfWork) -> date:
    return uow.now().astimezone(HALL_TZ).date()


# --- checking a plan ----------------------------------------------------------------------------------------


def _check_hours(start: time, end: time, slot_minutes: int, capacity: int) -> None:
    if end <= start:
        raise InvalidInput(f"结束时间 {end:%H:%M} 应晚于开始时间 {start:%H:%M}。", field="结束时间")
    if not MIN_SLOT_MINUTES <= slot_minutes <= MAX_SLOT_MINUTES:
        raise InvalidInput(
            f"每个时段的长度应在 {MIN_SLOT_MINUTES}–{MAX_SLOT_MINUTES} 分钟之间。", field="时段长度"
        )
    span = minutes_between(start, end)
    if span % slot_minutes:
        raise InvalidInput(
            f"{start:%H:%M}–{end:%H:%M} 共 {span} 分钟，不能均分为 {slot_minutes} 分钟的时段，"
            "请调整起止时间或时段长度。",
            field="时段长度",
        )
    if not 1 <= capacity <= MAX_CAPACITY:
        raise InvalidInput(f"每个时段的可约人数应为 1–{MAX_CAPACITY} 人。", field="可约人数")


NOTICE_RULE = policy.BY_KEY["appointment.min_days_ahead"]
HORIZON_RULE = policy.BY_KEY["appointment.horizon_working_days"]


def _check_own_rule(rule: policy.Rule, raw: object) -> int | None:
    """A plan's own value of a hall rule: None (follow the hall) or an integer in the hall rule's range."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not rule.minimum <= raw <= rule.maximum:
        raise InvalidInput(
            f"该计划的“{rule.label}”应为 {rule.minimum} 至 {rule.maximum} {rule.unit}之间的整数，"
            "或不填（按大厅规则）。",
            field=rule.label,
        )
    return raw


def _check_window(uow: UnitOfWork, horizon: int | None, notice: int | None) -> None:
    """A plan with its own rules must leave some day to book: notice within the horizon (the hall's rule
    fills what the plan leaves empty). Each working day is at least one calendar day, so ``notice`` days ≤
    ``horizon`` working days always leaves the last day of the horizon bookable, whatever today is."""
    if horizon is None and notice is None:
        return  # the hall's own rules: the hall's business (``services.policy``)
    days = policy.value(uow, NOTICE_RULE.key) if notice is None else notice
    span = policy.value(uow, HORIZON_RULE.key) if horizon is None else horizon
    if days > span:
        said_days = "（大厅规则）" if notice is None else ""
        said_span = "（大厅规则）" if horizon is None else ""
        raise InvalidInput(
            f"最少提前 {days} 天{said_days}超出了可预约范围 {span} 个工作日{said_span}，该计划将没有可预约的日期；"
            "请减少提前天数或放宽可预约范围。",
            field=NOTICE_RULE.label,
        )


def _check_plan(data: PlanInput) -> tuple[SlotKind, tuple[int, ...], str]:
    try:
        kind = SlotKind(data.kind)
    except ValueError:
        raise InvalidInput("时段类型应为工作时间、午间、延时或周末延时。", field="时段类型") from None
    days = tuple(sorted(set(data.weekdays)))
    if not days:
        raise InvalidInput("请至少选择一个星期几。", field="星期")
    if any(not 0 <= d <= 6 for d in days):
        raise InvalidInput("星期只能是周一至周日。", field="星期")
    if kind == SlotKind.WEEKEND and not set(days) <= {5, 6}:
        raise InvalidInput("周末延时只能设在周六、周日；工作日请选“工作时间”“午间”或“延时”。", field="星期")
    if kind in WORKDAY_KINDS and not set(days) <= MONDAY_TO_FRIDAY:
        raise InvalidInput(
            "工作日的时段只能设在周一至周五（调休上班日自动按工作日开放）；周末请选“周末延时”。", field="星期"
        )
    if data.valid_until is not None and data.valid_until < data.valid_from:
        raise InvalidInput("有效期的结束日期不能早于开始日期。", field="有效期至")
    _check_hours(data.start, data.end, data.slot_minutes, data.capacity)
    _check_own_rule(HORIZON_RULE, data.horizon_working_days)
    _check_own_rule(NOTICE_RULE, data.min_days_ahead)
    with checking_input():
        label = clean_text(data.label, "名称", LABEL_MAX, required=False)
    return kind, days, label


def _overlaps(a: SlotPlan, kind: str, days: Sequence[int], data: PlanInput) -> bool:
    if (a.valid_until is not None and a.valid_until < data.valid_from) or (
        data.valid_until is not None and data.valid_until < a.valid_from
    ):
        return False
    if not set(digits(a.weekdays)) & set(days):
        return False
    return a.start < data.end and data.start < a.end


def _check_no_overlap(
    uow: UnitOfWork,
    category: Category,
    kind: str,
    days: Sequence[int],
    data: PlanInput,
    own: uuid.UUID | None,
) -> None:
    others = uow.session.scalars(
        select(SlotPlan).where(
            SlotPlan.hall_id == category.hall_id,
            SlotPlan.category_id == category.id,
            SlotPlan.active.is_(True),
        )
    )
    for other in others:
        if other.id != own and _overlaps(other, kind, days, data):
            info = _plan_info(other, category)
            until = f"至 {info.valid_until}" if info.valid_until else "起"
            raise Conflict(
                f"与{category.name}现有的预约计划“{info.summary}”（{info.valid_from} {until}）时间重叠，"
                "请调整时间、星期或有效期。"
            )


def _plan_info(plan: SlotPlan, category: Category) -> PlanInfo:
    return PlanInfo(
        plan.id,
        category.prefix,
        category.name,
        plan.kind,
        plan.valid_from,
        plan.valid_until,
        digits(plan.weekdays),
        plan.start,
        plan.end,
        plan.slot_minutes,
        plan.capacity,
        plan.label,
        plan.active,
        plan.retired_at,
        plan.horizon_working_days,
        plan.min_days_ahead,
    )


def _booked_after(uow: UnitOfWork, plan_id: uuid.UUID, day: date | None = None) -> list[Appointment]:
    """Booked appointments in the plan from today on (or on ``day``)."""
    query = select(Appointment).where(
        Appointment.hall_id == _hall(uow),
        Appointment.slot_plan_id == plan_id,
        Appointment.state == AppointmentState.BOOKED.value,
    )
    query = (
        query.where(Appointment.service_date == day)
        if day
        else query.where(Appointment.service_date >= _today(uow))
    )
    return list(uow.session.scalars(query.order_by(Appointment.service_date, Appointment.start)))


def _refuse_orphans(uow: UnitOfWork, booked: list[Appointment], what: str) -> None:
    """Refuse a change that takes away slots someone booked (the module docstring says why)."""
    if not booked:
        return
    first = ", ".join(f"{a.code}（{a.service_date:%m-%d} {a.start:%H:%M}）" for a in booked[:3])
    more = f"等 {len(booked)} 个" if len(booked) > 3 else ""
    raise Conflict(
        f"{what}会取消已有预约的时段：{first}{more}。请先在预约日视图中为这些预约改约或取消并告知申请人，再修改。"
    )


def _still_offered(uow: UnitOfWork, appointment: Appointment) -> bool:
    session = uow.session
    session.flush()
    return any(
        s.plan_id == appointment.slot_plan_id and s.start == appointment.start and s.end == appointment.end
        for s in slots_in(session, appointment.hall_id, appointment.category_id, appointment.service_date)
    )


# --- use cases ----------------------------------------------------------------------------------------


def create_plan(uow: UnitOfWork, data: PlanInput, *, staff_id: uuid.UUID | None) -> PlanInfo:
    kind, days, label = _check_plan(data)
    with uow:
        _check_manager(uow, staff_id)
        category = _category(uow, data.category_prefix, lock=True)
        _check_no_overlap(uow, category, kind, days, data, None)
        _check_window(uow, data.horizon_working_days, data.min_days_ahead)
        plan = SlotPlan(
            hall_id=category.hall_id,
            category_id=category.id,
            kind=kind.value,
            valid_from=data.valid_from,
            valid_until=data.valid_until,
            weekdays="".join(map(str, days)),
            start=data.start,
            end=data.end,
            slot_minutes=data.slot_minutes,
            capacity=data.capacity,
            label=label,
            horizon_working_days=data.horizon_working_days,
            min_days_ahead=data.min_days_ahead,
        )
        uow.session.add(plan)
        uow.session.flush()
        info = _plan_info(plan, category)
        audit.record(uow, "slot_plan.create", "slot_plan", plan.id, actor_id=staff_id, detail=_detail(info))
        uow.commit()
        return info


def _detail(info: PlanInfo) -> dict[str, object]:
    return {
        "category": info.category_prefix,
        "kind": info.kind,
        "valid_from": info.valid_from.isoformat(),
        "valid_until": info.valid_until.isoformat() if info.valid_until else None,
        "weekdays": "".join(map(str, info.weekdays)),
        "start": f"{info.start:%H:%M}",
        "end": f"{info.end:%H:%M}",
        "slot_minutes": info.slot_minutes,
        "capacity": info.capacity,
        "label": info.label,
        "horizon_working_days": info.horizon_working_days,
        "min_days_ahead": info.min_days_ahead,
    }


def _plan(uow: UnitOfWork, plan_id: uuid.UUID) -> tuple[SlotPlan, Category]:
    _lock_category(uow, uow.session.scalar(select(SlotPlan.category_id).where(SlotPlan.id == plan_id)))
    plan = uow.session.get(SlotPlan, plan_id, with_for_update=True)
    if plan is None or plan.hall_id != _hall(uow):
        raise NotFound("未找到该预约计划，请刷新后重试。")
    category = uow.session.get(Category, plan.category_id)
    assert category is not None
    return plan, category


def edit_plan(
    uow: UnitOfWork, plan_id: uuid.UUID, data: PlanInput, *, staff_id: uuid.UUID | None
) -> PlanInfo:
    """Change a plan (not its category); refused when booked slots would disappear, capacity may drop below
    what is booked (those keep their place, nobody new gets one)."""
    kind, days, label = _check_plan(data)
    with uow:
        _check_manager(uow, staff_id)
        plan, category = _plan(uow, plan_id)
        if not plan.active:
            raise Conflict("该预约计划已停用，不能再修改；请新建计划。")
        if category.prefix != data.category_prefix.strip().upper():
            raise InvalidInput("预约计划不能改到其他业务类别，请为该类别新建计划。", field="业务类别")
        _check_no_overlap(uow, category, kind, days, data, plan.id)
        _check_window(uow, data.horizon_working_days, data.min_days_ahead)
        before = _detail(_plan_info(plan, category))
        plan.kind, plan.valid_from, plan.valid_until = kind.value, data.valid_from, data.valid_until
        plan.weekdays, plan.start, plan.end = "".join(map(str, days)), data.start, data.end
        plan.slot_minutes, plan.capacity, plan.label = data.slot_minutes, data.capacity, label
        # Bookings already made keep their places; the plan's rules decide only what may be booked from now.
        plan.horizon_working_days, plan.min_days_ahead = data.horizon_working_days, data.min_days_ahead
        _refuse_orphans(
            uow, [a for a in _booked_after(uow, plan.id) if not _still_offered(uow, a)], "这样修改"
        )
        info = _plan_info(plan, category)
        audit.record(
            uow,
            "slot_plan.edit",
            "slot_plan",
            plan.id,
            actor_id=staff_id,
            detail={"before": before, "after": _detail(info)},
        )
        uow.commit()
        return info


def retire_plan(uow: UnitOfWork, plan_id: uuid.UUID, *, staff_id: uuid.UUID | None) -> PlanInfo:
    """Stop a plan: no new bookings; refused while it has booked appointments to come."""
    with uow:
        _check_manager(uow, staff_id)
        plan, category = _plan(uow, plan_id)
        if not plan.active:
            return _plan_info(plan, category)
        _refuse_orphans(uow, _booked_after(uow, plan.id), "停用该计划")
        plan.active, plan.retired_at = False, uow.now()
        info = _plan_info(plan, category)
        audit.record(uow, "slot_plan.retire", "slot_plan", plan.id, actor_id=staff_id, detail=_detail(info))
        uow.commit()
        return info


def list_plans(
    uow: UnitOfWork, category_prefix: str | None = None, *, include_retired: bool = False
) -> list[PlanInfo]:
    with uow.reading():
        query = (
            select(SlotPlan, Category)
            .join(Category, Category.id == SlotPlan.category_id)
            .where(SlotPlan.hall_id == _hall(uow))
        )
        if category_prefix:
            query = query.where(Category.prefix == category_prefix.strip().upper())
        if not include_retired:
            query = query.where(SlotPlan.active.is_(True))
        rows = uow.session.execute(
            query.order_by(Category.prefix, SlotPlan.active.desc(), SlotPlan.start, SlotPlan.valid_from)
        ).all()
        return [_plan_info(plan, category) for plan, category in rows]


def _exception_info(exc: SlotException, category: Category, plan: SlotPlan | None) -> ExceptionInfo:
    summary = "整个类别" if plan is None else _plan_info(plan, category).summary
    return ExceptionInfo(
        exc.id,
        category.prefix,
        exc.plan_id,
        summary,
        exc.on_date,
        exc.closed,
        exc.start,
        exc.end,
        exc.capacity,
        exc.reason,
    )


def add_exception(uow: UnitOfWork, data: ExceptionInput, *, staff_id: uuid.UUID | None) -> ExceptionInfo:
    """Close a plan (or the whole category) on one date, or open a plan then with other hours or capacity."""
    with checking_input():
        reason = clean_text(data.reason, "原因", REASON_MAX)
    if data.plan_id is None and not data.closed:
        raise InvalidInput("整个类别只能设为当日停止预约；调整时段请选择具体的预约计划。", field="预约计划")
    if data.closed and (data.start or data.end or data.capacity):
        raise InvalidInput("停止预约的日期不需要填写时间和人数。", field="时间")
    with uow:
        _check_manager(uow, staff_id)
        category = _category(uow, data.category_prefix, lock=True)  # a booking that day waits, or is seen
        if data.on_date < _today(uow):
            raise InvalidInput("不能为已过去的日期设置例外。", field="日期")
        plan: SlotPlan | None = None
        if data.plan_id is not None:
            plan, plan_category = _plan(uow, data.plan_id)
            if plan_category.id != category.id or not plan.active:
                raise NotFound("未找到该类别在用的预约计划，请刷新后重试。")
            if data.on_date < plan.valid_from or (
                plan.valid_until is not None and data.on_date > plan.valid_until
            ):
                raise InvalidInput(f"{data.on_date} 不在该计划的有效期内。", field="日期")
            if not data.closed:
                _check_hours(
                    data.start or plan.start,
                    data.end or plan.end,
                    plan.slot_minutes,
                    data.capacity if data.capacity is not None else plan.capacity,
                )
        taken = uow.session.scalar(
            select(SlotException.id).where(
                SlotException.hall_id == category.hall_id,
                SlotException.category_id == category.id,
                SlotException.on_date == data.on_date,
                SlotException.active.is_(True),
                SlotException.plan_id.is_(None)
                if data.plan_id is None
                else SlotException.plan_id == data.plan_id,
            )
        )
        if taken is not None:
            raise Conflict(f"{data.on_date} 已有该计划的例外，请先删除原例外再设置。")
        exc = SlotException(
            hall_id=category.hall_id,
            category_id=category.id,
            plan_id=data.plan_id,
            on_date=data.on_date,
            closed=data.closed,
            start=None if data.closed else data.start,
            end=None if data.closed else data.end,
            capacity=None if data.closed else data.capacity,
            reason=reason,
            created_at=uow.now(),
            staff_id=staff_id,
        )
        uow.session.add(exc)
        uow.session.flush()
        booked = _booked_on(uow, category.id, data.on_date, data.plan_id)
        _refuse_orphans(uow, [a for a in booked if not _still_offered(uow, a)], "该例外")
        info = _exception_info(exc, category, plan)
        audit.record(
            uow,
            "slot_exception.add",
            "slot_exception",
            exc.id,
            actor_id=staff_id,
            detail={
                "category": category.prefix,
                "plan": str(data.plan_id) if data.plan_id else None,
                "date": data.on_date.isoformat(),
                "closed": data.closed,
                "start": f"{exc.start:%H:%M}" if exc.start else None,
                "end": f"{exc.end:%H:%M}" if exc.end else None,
                "capacity": exc.capacity,
                "reason": reason,
            },
        )
        uow.commit()
        return info


def _booked_on(
    uow: UnitOfWork, category_id: uuid.UUID, day: date, plan_id: uuid.UUID | None
) -> list[Appointment]:
    query = select(Appointment).where(
        Appointment.hall_id == _hall(uow),
        Appointment.category_id == category_id,
        Appointment.service_date == day,
        Appointment.state == AppointmentState.BOOKED.value,
        Appointment.slot_plan_id.is_not(None),
    )
    if plan_id is not None:
        query = query.where(Appointment.slot_plan_id == plan_id)
    return list(uow.session.scalars(query.order_by(Appointment.start)))


def remove_exception(uow: UnitOfWork, exception_id: uuid.UUID, *, staff_id: uuid.UUID | None) -> None:
    """The date goes back to the plans' own slots; refused when that would take a booked slot away (an
    opened holiday with bookings)."""
    with uow:
        _check_manager(uow, staff_id)
        _lock_category(
            uow, uow.session.scalar(select(SlotException.category_id).where(SlotException.id == exception_id))
        )
        exc = uow.session.get(SlotException, exception_id, with_for_update=True)
        if exc is None or exc.hall_id != _hall(uow) or not exc.active:
            raise NotFound("未找到该例外，请刷新后重试。")
        exc.active = False
        booked = _booked_on(uow, exc.category_id, exc.on_date, exc.plan_id)
        _refuse_orphans(uow, [a for a in booked if not _still_offered(uow, a)], "删除该例外")
        audit.record(
            uow,
            "slot_exception.remove",
            "slot_exception",
            exc.id,
            actor_id=staff_id,
            detail={"date": exc.on_date.isoformat()},
        )
        uow.commit()


def list_exceptions(
    uow: UnitOfWork, category_prefix: str | None = None, *, since: date | None = None
) -> list[ExceptionInfo]:
    """Active exceptions from ``since`` (default: today) on, by date."""
    with uow.reading():
        start = since or _today(uow)
        query = (
            select(SlotException, Category, SlotPlan)
            .join(Category, Category.id == SlotException.category_id)
            .outerjoin(SlotPlan, SlotPlan.id == SlotException.plan_id)
            .where(
                SlotException.hall_id == _hall(uow),
                SlotException.active.is_(True),
                SlotException.on_date >= start,
            )
        )
        if category_prefix:
            query = query.where(Category.prefix == category_prefix.strip().upper())
        rows = uow.session.execute(query.order_by(SlotException.on_date, Category.prefix)).all()
        return [_exception_info(exc, category, plan) for exc, category, plan in rows]
