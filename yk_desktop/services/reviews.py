"""好差评 (国办发〔2019〕51号, GB/T 39734): the applicant rates a finished ticket or case once, and the figures.

One rating per service (一次一评): a finished ticket (a visit to a window) or a finished case (办件), held by
a unique key as well as checked here. It may be given right after the service, on the second screen or a
dialog, or later within ``review.later_rating_days`` days (补评, entered by staff). A bad rating (不满意,
非常不满意) opens a follow-up in the manager's ledger (``services.review_followups``) in the same
transaction, so no 差评 is ever without one. 好评率 = (非常满意 + 满意) / all ratings; ratings an appeal
found mistaken or malicious (``voided``) count in no figure.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import CASE, parse_payload
from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.phone import validate_phone
from yk_desktop.core.text import clean_text
from yk_desktop.core.ticketno import parse_ticket_scan
from yk_desktop.services import audit, calendar, policy
from yk_desktop.services.cases import _case
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    Appointment,
    Case,
    CaseEvent,
    Category,
    Review,
    ReviewFollowUp,
    ReviewFollowUpStep,
    ServiceItem,
    Staff,
    Ticket,
    Window,
)
from yk_desktop.store.models.cases import CaseState
from yk_desktop.store.models.feedback import FollowUpState, FollowUpStepKind, ReviewChannel
from yk_desktop.store.models.queue import TicketState

LEVELS: dict[int, str] = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
GOOD_FROM = 4  # 非常满意 and 满意 count as 好评
BAD_UP_TO = 2  # 不满意 and 非常不满意 are 差评
# 差评 reasons (GB/T 39734 差评分类); "其他" needs the applicant's own words.
REASONS: tuple[str, ...] = (
    "办事效率低",
    "服务态度差",
    "材料要求不清",
    "等候时间长",
    "多次跑动",
    "系统故障",
    "其他",
)
OTHER = "其他"
SUB_INDICATORS: dict[str, str] = {"efficiency": "服务效率", "skill": "服务水平", "attitude": "服务态度"}
CHANNEL_NAMES: dict[str, str] = {
    ReviewChannel.SCREEN: "评价器",
    ReviewChannel.DIALOG: "窗口评价",
    ReviewChannel.LATER: "补评",
}
COMMENT_MAX = 500
CASE_FINISHED = (CaseState.COMPLETED.value, CaseState.REFUSED.value)


def is_bad(level: int) -> bool:
    return level <= BAD_UP_TO


def level_name(level: int) -> str:
    return LEVELS.get(level, str(level))


@dataclass(frozen=True)
class ReviewTarget:
    """What the applicant is asked to rate, and whether it can be rated now (``why_not`` says why not)."""

    ticket_id: uuid.UUID | None
    case_no: str | None
    subject_no: str
    what: str  # the business category or the items
    staff_name: str
    window_number: int | None
    finished_at: datetime | None
    why_not: str = ""

    @property
    def rateable(self) -> bool:
        return not self.why_not


@dataclass(frozen=True)
class ReviewInfo:
    id: uuid.UUID
    subject_no: str
    level: int
    reasons: tuple[str, ...]
    comment: str
    channel: str
    rated_at: datetime
    staff_name: str
    window_number: int | None
    followup_id: uuid.UUID | None = None
    followup_deadline: date | None = None

    @property
    def level_name(self) -> str:
        return level_name(self.level)

    @property
    def bad(self) -> bool:
        return is_bad(self.level)


@dataclass
class _Target:
    ticket: Ticket | None
    case: Case | None
    subject_no: str
    what: str
    staff_id: uuid.UUID | None
    window_id: uuid.UUID | None
    item_id: uuid.UUID | None
    finished: bool
    finished_at: datetime | None


def _today(uow: UnitOfWork) -> date:
    return uow.now().astimezone(HALL_TZ).date()


def _load(uow: UnitOfWork, ticket_id: uuid.UUID | None, case_no: str | None, *, lock: bool) -> _Target:
    if (ticket_id is None) == (case_no is None):
        raise InvalidInput("请指明要评价的号票或办件（二选一）。", field="评价对象")
    if case_no is not None:
        case = _case(uow, case_no, lock=lock)
        finished_at = case.completed_at
        if finished_at is None and case.state in CASE_FINISHED:
            # 不予受理 ends a case without 办结: its last event is when it ended.
            finished_at = uow.session.scalar(
                select(func.max(CaseEvent.at)).where(CaseEvent.case_id == case.id)
            )
        return _Target(
            None,
            case,
            case.case_no,
            "、".join(case.item_names),
            case.clerk_id,
            case.window_id,
            case.item_id,
            case.state in CASE_FINISHED,
            finished_at,
        )
    # Locked while rating: two screens rating one ticket take turns, and the second sees the first's review.
    ticket = uow.session.get(Ticket, ticket_id, with_for_update=lock)
    if ticket is None or ticket.hall_id != _hall(uow):
        raise NotFound("未找到要评价的号票。")
    category = uow.session.get(Category, ticket.category_id)
    return _Target(
        ticket,
        None,
        ticket.number,
        category.name if category is not None else "",
        ticket.staff_id,
        ticket.window_id,
        ticket.item_id,
        ticket.state == TicketState.FINISHED.value,
        ticket.finished_at,
    )


def _existing(uow: UnitOfWork, target: _Target) -> Review | None:
    if target.ticket is not None:
        return uow.session.scalar(select(Review).where(Review.ticket_id == target.ticket.id))
    assert target.case is not None
    return uow.session.scalar(select(Review).where(Review.case_id == target.case.id))


def _why_not(uow: UnitOfWork, target: _Target) -> str:
    noun = "号票" if target.ticket is not None else "办件"
    if not target.finished or target.finished_at is None:
        return f"{noun} {target.subject_no} 尚未办结，办结后才能评价。"
    if _existing(uow, target) is not None:
        return f"{noun} {target.subject_no} 已评价过（一次一评），不能重复评价。"
    days = policy.value(uow, "review.later_rating_days")
    # The period runs from the applicant's last contact: a result collected days after 办结 is rated then.
    handed = target.case.handed_over_at if target.case is not None else None
    last = max(target.finished_at, handed) if handed is not None else target.finished_at
    last_on = last.astimezone(HALL_TZ).date()
    if _today(uow) > last_on + timedelta(days=days):
        done = "领取结果" if handed is not None else "办结"
        return f"{noun} {target.subject_no} 已于 {last_on:%Y-%m-%d} {done}，超过 {days} 天的补评期限，不能再评价。"
    return ""


@dataclass(frozen=True)
class Applicant:
    """Who was served, as the rating record keeps it; all empty for a walk-in ticket (anonymous)."""

    kind: str = ""  # person | enterprise
    name: str = ""
    id_number: str = ""
    phone: str = ""


def _of_case(case: Case) -> Applicant:
    id_number = case.applicant_id_number or (case.credit_code or "")
    return Applicant(case.applicant_kind, case.applicant_name, id_number, case.applicant_phone)


def _applicant(uow: UnitOfWork, target: _Target) -> Applicant:
    """The real-name applicant of the service: the case's; for a ticket, the case it led to, else the
    appointment it was checked in for (also a late check-in, whose ticket is an ordinary one)."""
    if target.case is not None:
        return _of_case(target.case)
    assert target.ticket is not None
    ticket = target.ticket
    case = uow.session.scalar(
        select(Case)
        .where(Case.ticket_id == ticket.id, Case.hall_id == ticket.hall_id)
        .order_by(Case.accepted_at.desc(), Case.id.desc())
        .limit(1)
    )
    if case is not None:
        return _of_case(case)
    checked_in_for = [Appointment.ticket_id == ticket.id]
    if ticket.appointment_id is not None:
        checked_in_for.append(Appointment.id == ticket.appointment_id)
    appointment = uow.session.scalar(
        select(Appointment).where(Appointment.hall_id == ticket.hall_id, or_(*checked_in_for)).limit(1)
    )
    if appointment is not None:
        return Applicant(
            "person", appointment.applicant_name, appointment.applicant_id_number, appointment.phone
        )
    return Applicant()


def _names(
    uow: UnitOfWork, staff_id: uuid.UUID | None, window_id: uuid.UUID | None
) -> tuple[str, int | None]:
    staff = uow.session.get(Staff, staff_id) if staff_id is not None else None
    window = uow.session.get(Window, window_id) if window_id is not None else None
    return (staff.name if staff is not None else ""), (window.number if window is not None else None)


def review_target(
    uow: UnitOfWork, *, ticket_id: uuid.UUID | None = None, case_no: str | None = None
) -> ReviewTarget:
    """The service to rate, read before the pad opens; ``why_not`` is set when it cannot be rated."""
    with uow.reading():
        target = _load(uow, ticket_id, case_no, lock=False)
        staff_name, window_number = _names(uow, target.staff_id, target.window_id)
        return ReviewTarget(
            target.ticket.id if target.ticket is not None else None,
            target.case.case_no if target.case is not None else None,
            target.subject_no,
            target.what,
            staff_name,
            window_number,
            target.finished_at,
            _why_not(uow, target),
        )


def later_target(uow: UnitOfWork, text: str, *, day: date | None = None) -> ReviewTarget:
    """The service a 补评 (a rating given later, by phone or in person) is about, named as staff have it: a
    case number (``C2026000123``), a ticket's barcode (``T20261124A015``) or a ticket number issued on
    ``day`` (today when None: numbers start again every day). ``why_not`` says when it cannot be rated."""
    text = text.strip()
    if not text:
        raise InvalidInput("请输入号票号码（如 A015）或办件编号（如 C2026000123）。", field="评价对象")
    try:
        kind, _year, _seq = parse_payload(text)
    except InvalidValue:
        kind = None
    if kind is not None:
        if kind is not CASE:
            raise InvalidInput(f"{text[:40]} 不是办件编号，请输入号票号码或办件编号。", field="评价对象")
        return review_target(uow, case_no=text)
    with checking_input():
        scanned_day, number = parse_ticket_scan(text)
    with uow.reading():
        on = scanned_day or day or _today(uow)
        ticket_id = uow.session.scalar(
            select(Ticket.id).where(
                Ticket.hall_id == _hall(uow), Ticket.service_date == on, Ticket.number == number
            )
        )
    if ticket_id is None:
        raise NotFound(f"未找到 {on:%Y-%m-%d} 的号票 {number}，请核对号码和取号日期。")
    return review_target(uow, ticket_id=ticket_id)


@dataclass(frozen=True)
class Rating:
    """What the applicant chose: the level (整体满意度), optional sub-indicators, reasons and words."""

    level: int
    efficiency: int | None = None
    skill: int | None = None
    attitude: int | None = None
    reasons: tuple[str, ...] = field(default_factory=tuple)
    comment: str = ""
    contact_phone: str = ""


def _check_level(value: object, label: str) -> int:
    # bool is an int to Python; a True from a checkbox is no rating.
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidInput(f"{label}应为 1 至 5 之间的整数（5 非常满意 … 1 非常不满意）。", field=label)
    return value


def _checked(rating: Rating) -> Rating:
    level = _check_level(rating.level, "评价等级")
    subs = {
        key: None if getattr(rating, key) is None else _check_level(getattr(rating, key), label)
        for key, label in SUB_INDICATORS.items()
    }
    reasons = tuple(dict.fromkeys(rating.reasons))
    unknown = [r for r in reasons if r not in REASONS]
    if unknown:
        raise InvalidInput(f"“{unknown[0]}”不是可选的差评原因。", field="差评原因")
    if reasons and not is_bad(level):
        raise InvalidInput("只有“不满意”或“非常不满意”时才需选择原因。", field="差评原因")
    with checking_input():
        comment = clean_text(rating.comment, "评价意见", COMMENT_MAX, required=False, multiline=True)
        phone = validate_phone(rating.contact_phone) if rating.contact_phone.strip() else ""
    if OTHER in reasons and not comment:
        raise InvalidInput("选择“其他”原因时，请写明具体意见。", field="评价意见")
    return Rating(level, subs["efficiency"], subs["skill"], subs["attitude"], reasons, comment, phone)


def rate(
    uow: UnitOfWork,
    rating: Rating,
    *,
    ticket_id: uuid.UUID | None = None,
    case_no: str | None = None,
    channel: str = ReviewChannel.SCREEN.value,
    recorded_by: uuid.UUID | None = None,
) -> ReviewInfo:
    """Record the applicant's rating of a finished ticket or case, once. A 差评 opens its follow-up.

    Args:
        channel: ``screen`` (评价器), ``dialog`` (clerk's screen) or ``later`` (补评, then ``recorded_by``
            names the staff member who entered it).
    """
    checked = _checked(rating)
    if channel not in CHANNEL_NAMES:
        raise InvalidInput(f"未知的评价渠道“{channel}”。", field="评价渠道")
    if channel == ReviewChannel.LATER and recorded_by is None:
        raise InvalidInput("补评须由登录的工作人员录入。", field="录入人")
    with uow:
        target = _load(uow, ticket_id, case_no, lock=True)
        why = _why_not(uow, target)
        if why:
            raise Conflict(why)
        item = uow.session.get(ServiceItem, target.item_id) if target.item_id is not None else None
        applicant = _applicant(uow, target)
        review = Review(
            hall_id=_hall(uow),
            ticket_id=target.ticket.id if target.ticket is not None else None,
            case_id=target.case.id if target.case is not None else None,
            subject_no=target.subject_no,
            item_id=target.item_id,
            item_code=item.code if item is not None else "",
            item_name=item.name if item is not None else target.what[:200],
            item_version=item.version if item is not None else None,
            department=item.department if item is not None else "",
            staff_id=target.staff_id,
            window_id=target.window_id,
            finished_at=target.finished_at,
            level=checked.level,
            efficiency=checked.efficiency,
            skill=checked.skill,
            attitude=checked.attitude,
            reasons=list(checked.reasons),
            comment=checked.comment,
            contact_phone=checked.contact_phone,
            applicant_kind=applicant.kind,
            applicant_name=applicant.name,
            applicant_id_number=applicant.id_number,
            applicant_phone=applicant.phone,
            channel=channel,
            rated_at=uow.now(),
            recorded_by=recorded_by,
        )
        uow.session.add(review)
        try:
            uow.session.flush()
        except IntegrityError as exc:
            # Another terminal rated the same service a moment ago (the unique key on the service).
            raise Conflict(f"{target.subject_no} 已评价过（一次一评），不能重复评价。") from exc
        audit.record(
            uow,
            "review.rated",
            "review",
            review.id,
            actor_id=recorded_by,
            detail={
                "subject": review.subject_no,
                "level": review.level,
                "reasons": list(checked.reasons),
                "channel": channel,
            },
        )
        followup = open_followup(uow, review) if is_bad(review.level) else None
        staff_name, window_number = _names(uow, review.staff_id, review.window_id)
        info = ReviewInfo(
            review.id,
            review.subject_no,
            review.level,
            tuple(review.reasons),
            review.comment,
            review.channel,
            review.rated_at,
            staff_name,
            window_number,
            followup.id if followup is not None else None,
            followup.deadline if followup is not None else None,
        )
        uow.commit()
    return info


def open_followup(uow: UnitOfWork, review: Review) -> ReviewFollowUp:
    """Inside the rating's transaction: the 差评's line in the ledger, due in the hall's working days
    (``review.followup_working_days``); whoever served answers for it (谁办理谁负责)."""
    days = policy.value(uow, "review.followup_working_days")
    cal = calendar.calendar_in(uow.session)
    followup = ReviewFollowUp(
        hall_id=review.hall_id,
        review_id=review.id,
        responsible_id=review.staff_id,
        opened_at=uow.now(),
        deadline=calendar.deadline_in(cal, _today(uow), days).day,
        state=FollowUpState.OPEN.value,
    )
    uow.session.add(followup)
    uow.session.flush()
    uow.session.add(
        ReviewFollowUpStep(
            hall_id=review.hall_id,
            followup_id=followup.id,
            kind=FollowUpStepKind.OPENED.value,
            at=uow.now(),
            detail={"deadline": followup.deadline.isoformat(), "working_days": days},
        )
    )
    audit.record(
        uow,
        "review.followup.opened",
        "review_followup",
        followup.id,
        detail={"subject": review.subject_no, "deadline": followup.deadline.isoformat()},
    )
    return followup


# -- figures -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """Ratings of one staff member, window or day: count per level (5 … 1)."""

    key: str
    counts: tuple[int, int, int, int, int]  # 非常满意, 满意, 基本满意, 不满意, 非常不满意

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def good(self) -> int:
        return self.counts[0] + self.counts[1]

    @property
    def bad(self) -> int:
        return self.counts[3] + self.counts[4]

    @property
    def good_rate(self) -> float | None:
        """好评率 = (非常满意 + 满意) / all; None when nobody rated."""
        return self.good / self.total if self.total else None


@dataclass(frozen=True)
class ReviewFigures:
    day_from: date
    day_to: date
    overall: Tally
    per_staff: list[Tally]
    per_window: list[Tally]
    per_day: list[Tally]


def _tallies(rows: Sequence[tuple[object, int, int]]) -> list[Tally]:
    """(key, level, count) rows → one Tally per key, in key order."""
    counts: dict[str, list[int]] = {}
    for key, level, n in rows:
        slot = counts.setdefault(str(key), [0, 0, 0, 0, 0])
        slot[5 - int(level)] += int(n)
    return [Tally(key, (c[0], c[1], c[2], c[3], c[4])) for key, c in sorted(counts.items())]


def _start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=HALL_TZ)


def figures(uow: UnitOfWork, day_from: date, day_to: date) -> ReviewFigures:
    """Ratings given from ``day_from`` to ``day_to`` (hall days, both included), per staff, window and day.
    Open and overdue follow-ups: ``review_followups.ledger_counts``."""
    if day_to < day_from:
        raise InvalidInput("统计的结束日期不能早于开始日期。", field="统计期间")
    start, end = _start_of(day_from), _start_of(day_to + timedelta(days=1))
    with uow.reading():
        hall_id = _hall(uow)
        where = (
            Review.hall_id == hall_id,
            Review.rated_at >= start,
            Review.rated_at < end,
            Review.voided.is_(False),
        )
        per_staff = uow.session.execute(
            select(func.coalesce(Staff.name, "（未记录）"), Review.level, func.count())
            .outerjoin(Staff, Staff.id == Review.staff_id)
            .where(*where)
            .group_by(Staff.name, Review.level)
        ).all()
        per_window = uow.session.execute(
            select(Window.number, Review.level, func.count())
            .outerjoin(Window, Window.id == Review.window_id)
            .where(*where)
            .group_by(Window.number, Review.level)
        ).all()
        # Days are hall days; the time-zone shift is done here rather than in two SQL dialects.
        stamps = uow.session.execute(select(Review.rated_at, Review.level).where(*where)).all()
    by_day: dict[tuple[str, int], int] = {}
    for at, level in stamps:
        key = (at.astimezone(HALL_TZ).date().isoformat(), level)
        by_day[key] = by_day.get(key, 0) + 1
    days = _tallies([(d, lv, n) for (d, lv), n in by_day.items()])
    overall = [0, 0, 0, 0, 0]
    for tally in days:
        for i, n in enumerate(tally.counts):
            overall[i] += n
    windows = _tallies(
        [(f"{number} 号窗口" if number is not None else "（未记录）", lv, n) for number, lv, n in per_window]
    )
    return ReviewFigures(
        day_from,
        day_to,
        Tally("合计", (overall[0], overall[1], overall[2], overall[3], overall[4])),
        _tallies([(name, lv, n) for name, lv, n in per_staff]),
        sorted(windows, key=lambda t: (len(t.key), t.key)),  # 2 号窗口 before 10 号窗口
        days,
    )
