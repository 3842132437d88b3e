"""A hall's own rules where local practice varies (DOMAIN.md: "make it configurable with the default given
here"): follow-up and reply time limits, booking rules, when an open inquiry is overdue.

Hall data, not terminal config: every window of a hall must count a complaint's deadline the same way.
Rules never set keep their defaults, so a new rule needs no migration. Only a manager changes them, audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from yk_desktop.services import audit
from yk_desktop.services.errors import InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import HallSetting, Staff
from yk_desktop.store.models.hall import Role


@dataclass(frozen=True)
class Rule:
    key: str
    label: str  # how the manager's form and messages name it
    default: int
    minimum: int
    maximum: int
    unit: str


RULES: tuple[Rule, ...] = (
    Rule("inquiry.open_alert_hours", "首问登记超时未办结提醒", 24, 1, 720, "小时"),
    Rule("agency.ready_notice_days", "代办结果领取提醒", 3, 1, 30, "个工作日"),
    Rule("appointment.min_days_ahead", "最少提前预约天数", 1, 0, 30, "天"),
    Rule("appointment.horizon_working_days", "可预约范围", 5, 1, 60, "个工作日"),
    Rule("appointment.cancel_before_hours", "最晚取消时间（时段开始前）", 2, 0, 72, "小时"),
    Rule("appointment.per_person_per_day", "每人每天预约次数上限", 1, 1, 10, "次"),
    Rule("appointment.no_show_grace_minutes", "时段结束后判定爽约的宽限", 15, 0, 240, "分钟"),
    Rule("appointment.no_show_limit", "爽约后暂停预约的次数", 3, 0, 20, "次"),
    Rule("appointment.no_show_window_days", "爽约次数的统计期", 90, 1, 365, "天"),
    Rule("review.later_rating_days", "办结后补评期限", 5, 0, 30, "天"),
    Rule("review.followup_working_days", "差评整改期限", 5, 1, 30, "个工作日"),
    Rule("complaint.days.consult", "咨询答复期限", 2, 1, 60, "个工作日"),
    Rule("complaint.days.help", "求助办理期限", 10, 1, 60, "个工作日"),
    Rule("complaint.days.suggestion", "建议答复期限", 10, 1, 60, "个工作日"),
    Rule("complaint.days.complaint", "投诉办理期限", 15, 1, 60, "个工作日"),
    Rule("complaint.days.report", "举报办理期限", 15, 1, 60, "个工作日"),
)
BY_KEY = {r.key: r for r in RULES}


def _rule(key: str) -> Rule:
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown hall rule {key!r}") from None  # a programming error, not input


def _stored(uow: UnitOfWork, hall_id: uuid.UUID) -> dict[str, HallSetting]:
    rows = uow.session.scalars(select(HallSetting).where(HallSetting.hall_id == hall_id))
    return {row.key: row for row in rows}


def _valid(rule: Rule, raw: object) -> int | None:
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None
    return raw if rule.minimum <= raw <= rule.maximum else None


def value(uow: UnitOfWork, key: str) -> int:
    """The hall's value of ``key`` inside the caller's open unit of work (the default when never set)."""
    rule = _rule(key)
    row = uow.session.scalar(
        select(HallSetting.value).where(HallSetting.hall_id == _hall(uow), HallSetting.key == key)
    )
    stored = _valid(rule, row.get("value")) if isinstance(row, dict) else None
    return rule.default if stored is None else stored


def read_all(uow: UnitOfWork) -> dict[str, int]:
    """Every rule's current value for this hall."""
    with uow.reading():
        stored = {key: row.value.get("value") for key, row in _stored(uow, _hall(uow)).items()}
    out: dict[str, int] = {}
    for rule in RULES:
        kept = _valid(rule, stored.get(rule.key))
        out[rule.key] = rule.default if kept is None else kept
    return out


def change(uow: UnitOfWork, values: Mapping[str, int], *, staff_id: uuid.UUID | None) -> dict[str, int]:
    """Set some rules (a manager; ``staff_id`` None only from the command line). All or nothing."""
    for key, raw in values.items():
        rule = BY_KEY.get(key)
        if rule is None:
            raise InvalidInput(f"没有名为“{key}”的规则。", field="规则")
        if _valid(rule, raw) is None:
            raise InvalidInput(
                f"“{rule.label}”应为 {rule.minimum} 至 {rule.maximum} {rule.unit}之间的整数。",
                field=rule.label,
            )
    with uow:
        hall_id = _hall(uow)
        if staff_id is not None:
            staff = uow.session.get(Staff, staff_id)
            if staff is None or not staff.active or staff.hall_id != hall_id:
                raise NotFound("未找到当前登录的工作人员，请重新登录。")
            if staff.role not in (Role.MANAGER, Role.ADMIN):
                raise PermissionDenied("只有大厅负责人或系统管理员可以修改大厅规则。")
        stored = _stored(uow, hall_id)
        changed: dict[str, object] = {}
        for key, new in values.items():
            row = stored.get(key)
            old = _valid(BY_KEY[key], row.value.get("value")) if row is not None else None
            before = BY_KEY[key].default if old is None else old
            if before == new:
                continue
            if row is None:
                uow.session.add(
                    HallSetting(hall_id=hall_id, key=key, value={"value": new}, changed_at=uow.now())
                )
            else:
                row.value, row.changed_at = {"value": new}, uow.now()
            changed[key] = {"from": before, "to": new}
        if changed:
            audit.record(
                uow, "policy.change", "hall", hall_id, actor_id=staff_id, detail=changed, hall_id=hall_id
            )
        uow.commit()
    return read_all(uow)
