"""The 差评 ledger (整改台账): each bad review's follow-up, from 回访核实 to closure, against a deadline.

GB/T 39734 and 国办发〔2019〕51号: whoever served answers for a 差评 (谁办理谁负责); real-name bad reviews are
all called back (回访核实); the problem is fixed or put in this ledger with a deadline in working days; the
applicant is answered and rates the fix; a mistaken or malicious rating can be appealed (申诉), and an
upheld appeal takes the rating out of every figure. Each step is an append-only step row with who and when,
and an audit entry; the follow-up row keeps the state and the dates the ledger list shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.masking import mask_name
from yk_desktop.core.phone import mask_phone
from yk_desktop.core.text import clean_text
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.services import audit, calendar
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.reviews import level_name
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Review, ReviewFollowUp, ReviewFollowUpStep, Staff, Window
from yk_desktop.store.models.feedback import FollowUpState, FollowUpStepKind
from yk_desktop.store.models.hall import Role

TEXT_MAX = 1000
STEP_NAMES: dict[str, str] = {
    FollowUpStepKind.OPENED: "登记差评",
    FollowUpStepKind.CALLBACK: "回访核实",
    FollowUpStepKind.FIX: "整改",
    FollowUpStepKind.REPLY: "答复申请人",
    FollowUpStepKind.FIX_RATING: "申请人评价整改",
    FollowUpStepKind.APPEAL: "申诉",
    FollowUpStepKind.APPEAL_DECIDED: "申诉裁定",
    FollowUpStepKind.CLOSED: "办结",
}
STATE_NAMES: dict[str, str] = {
    FollowUpState.OPEN: "整改中",
    FollowUpState.APPEALING: "申诉中",
    FollowUpState.CLOSED: "已办结",
}
OUTCOME_NAMES = {"resolved": "已整改", "appeal_upheld": "申诉成立，评价不计"}
MANAGERS = (Role.MANAGER.value, Role.ADMIN.value)


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the ledger: plain values, the applicant's contact never shown whole."""

    id: uuid.UUID
    subject_no: str
    what: str
    level: int
    reasons: tuple[str, ...]
    comment: str
    staff_name: str
    window_number: int | None
    rated_at: datetime
    deadline: date
    state: str
    days_left: int | None  # working days to the deadline; negative when overdue; None when closed
    called_back: bool
    fixed: bool
    replied: bool
    fix_rating: int | None
    closed_at: datetime | None
    outcome: str

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def level_name(self) -> str:
        return level_name(self.level)


@dataclass(frozen=True)
class FollowUpStep:
    at: datetime
    kind: str
    staff_name: str
    text: str
    detail: dict[str, object]


@dataclass(frozen=True)
class FollowUpDetail:
    row: FollowUpRow
    sub_indicators: dict[str, int | None]
    channel: str
    contact: str  # masked: 「张*  138****5678」, or "" when the applicant left none (anonymous)
    steps: list[FollowUpStep]
    close_blocker: str  # why it cannot be closed yet, "" when it can

    @property
    def contactable(self) -> bool:
        return bool(self.contact)


def _today(uow: UnitOfWork) -> date:
    return uow.now().astimezone(HALL_TZ).date()


def _days_left(cal: WorkCalendar, today: date, deadline: date, state: str) -> int | None:
    if state == FollowUpState.CLOSED:
        return None
    if deadline < today:
        return -max(1, cal.working_days_between(deadline, today))
    return cal.working_days_between(today, deadline)


def _followup(uow: UnitOfWork, followup_id: uuid.UUID, *, lock: bool = True) -> ReviewFollowUp:
    query = select(ReviewFollowUp).where(
        ReviewFollowUp.id == followup_id, ReviewFollowUp.hall_id == _hall(uow)
    )
    # Two people recording steps on one follow-up take turns.
    followup = uow.session.scalar(query.with_for_update() if lock else query)
    if followup is None:
        raise NotFound("未找到该差评整改记录。")
    return followup


def _actor(uow: UnitOfWork, staff_id: uuid.UUID | None, followup: ReviewFollowUp, *, manager: bool) -> Staff:
    """The logged-in person doing a step: the responsible staff member or a manager (``manager``: only one)."""
    staff = uow.session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or not staff.active or staff.hall_id != followup.hall_id:
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    if staff.role in MANAGERS:
        return staff
    if manager:
        raise PermissionDenied("只有大厅负责人可以进行此操作。")
    if staff.id != followup.responsible_id:
        raise PermissionDenied("只有被评价的工作人员本人或大厅负责人可以登记整改进展。")
    return staff


def _require(followup: ReviewFollowUp, *states: FollowUpState, doing: str) -> None:
    if followup.state not in states:
        now = STATE_NAMES.get(followup.state, followup.state)
        raise Conflict(f"该差评当前为“{now}”，不能{doing}。")


def _step(
    uow: UnitOfWork,
    followup: ReviewFollowUp,
    kind: FollowUpStepKind,
    staff: Staff,
    text: str = "",
    **detail: object,
) -> None:
    uow.session.add(
        ReviewFollowUpStep(
            hall_id=followup.hall_id,
            followup_id=followup.id,
            kind=kind.value,
            at=uow.now(),
            staff_id=staff.id,
            text=text,
            detail=detail,
        )
    )
    audit.record(
        uow,
        f"review.followup.{kind.value}",
        "review_followup",
        followup.id,
        actor_id=staff.id,
        detail={"text": text, **detail} if text else detail,
    )


def _text(text: str, label: str) -> str:
    with checking_input():
        return clean_text(text, label, TEXT_MAX, multiline=True)


def _phone(review: Review) -> str:
    """The number to call back: the one the applicant left on the pad for it, else the one on record (the
    case's or the appointment's); "" for an anonymous rating."""
    return review.contact_phone or review.applicant_phone


def _contact(review: Review) -> str:
    """The masked way to reach the applicant for the call-back (「张*  138****5678」), or "" when anonymous."""
    phone = _phone(review)
    if not phone:
        return ""
    name = mask_name(review.applicant_name) if review.applicant_name else ""
    return f"{name}  {mask_phone(phone)}" if name else mask_phone(phone)


def _close_blocker(followup: ReviewFollowUp, review: Review) -> str:
    if followup.state != FollowUpState.OPEN:
        return f"该差评当前为“{STATE_NAMES.get(followup.state, followup.state)}”，不能办结。"
    if _contact(review):
        # Real-name 差评 are called back without exception (国办发〔2019〕51号).
        if followup.called_back_at is None:
            return "实名差评须先回访核实（联系上申请人）后才能办结。"
        if followup.replied_at is None:
            return "请先登记对申请人的答复后再办结。"
    elif followup.fixed_at is None and followup.replied_at is None:
        if review.applicant_name:
            return "申请人没有留下联系电话，无法回访，请先登记整改情况后再办结。"
        return "匿名差评无法回访，请先登记整改情况后再办结。"
    return ""


def call_back(
    uow: UnitOfWork, followup_id: uuid.UUID, result: str, *, reached: bool, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """回访核实: the call and what it found; a call that reached nobody is recorded but does not count."""
    text = _text(result, "回访结果")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=False)
        _require(followup, FollowUpState.OPEN, FollowUpState.APPEALING, doing="回访")
        if reached:
            followup.called_back_at = uow.now()
        _step(uow, followup, FollowUpStepKind.CALLBACK, staff, text, reached=reached)
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def record_fix(
    uow: UnitOfWork, followup_id: uuid.UUID, measures: str, *, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """整改: what was put right."""
    text = _text(measures, "整改措施")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=False)
        _require(followup, FollowUpState.OPEN, doing="登记整改")
        followup.fixed_at = uow.now()
        _step(uow, followup, FollowUpStepKind.FIX, staff, text)
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def reply(
    uow: UnitOfWork, followup_id: uuid.UUID, answer: str, *, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """答复申请人: what the applicant was told."""
    text = _text(answer, "答复内容")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=False)
        _require(followup, FollowUpState.OPEN, doing="答复")
        followup.replied_at = uow.now()
        _step(uow, followup, FollowUpStepKind.REPLY, staff, text)
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def rate_fix(
    uow: UnitOfWork, followup_id: uuid.UUID, level: int, *, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """The applicant's rating of the fix (five levels), recorded by whoever asked them; once."""
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
        raise InvalidInput("申请人对整改的评价应为 1 至 5 之间的整数。", field="整改评价")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=False)
        _require(followup, FollowUpState.OPEN, doing="登记整改评价")
        if followup.replied_at is None and followup.fixed_at is None:
            raise Conflict("请先登记整改或答复，再请申请人评价整改结果。")
        if followup.fix_rating is not None:
            raise Conflict(f"申请人已评价过整改结果（{level_name(followup.fix_rating)}）。")
        followup.fix_rating = level
        _step(uow, followup, FollowUpStepKind.FIX_RATING, staff, level=level, level_name=level_name(level))
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def appeal(
    uow: UnitOfWork, followup_id: uuid.UUID, reason: str, *, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """申诉: the rating is held to be mistaken or malicious; once per follow-up, a manager decides."""
    text = _text(reason, "申诉理由")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=False)
        _require(followup, FollowUpState.OPEN, doing="申诉")
        earlier = uow.session.scalar(
            select(func.count())
            .select_from(ReviewFollowUpStep)
            .where(
                ReviewFollowUpStep.followup_id == followup.id,
                ReviewFollowUpStep.kind == FollowUpStepKind.APPEAL.value,
            )
        )
        if earlier:
            raise Conflict("该差评已申诉过，申诉被驳回后不能再次申诉。")
        followup.state = FollowUpState.APPEALING.value
        _step(uow, followup, FollowUpStepKind.APPEAL, staff, text)
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def decide_appeal(
    uow: UnitOfWork, followup_id: uuid.UUID, *, upheld: bool, note: str, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """A manager decides: upheld closes the follow-up and the rating counts in no figure; rejected goes on."""
    text = _text(note, "裁定意见")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=True)
        _require(followup, FollowUpState.APPEALING, doing="裁定申诉")
        appellant = uow.session.scalar(
            select(ReviewFollowUpStep.staff_id).where(
                ReviewFollowUpStep.followup_id == followup.id,
                ReviewFollowUpStep.kind == FollowUpStepKind.APPEAL.value,
            )
        )
        if appellant == staff.id:
            raise PermissionDenied("申诉须由申诉人以外的大厅负责人裁定。")
        if upheld:
            review = uow.session.get(Review, followup.review_id)
            assert review is not None
            review.voided = True
            followup.state, followup.closed_at = FollowUpState.CLOSED.value, uow.now()
            followup.outcome = "appeal_upheld"
        else:
            followup.state = FollowUpState.OPEN.value
        _step(uow, followup, FollowUpStepKind.APPEAL_DECIDED, staff, text, upheld=upheld)
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def close(
    uow: UnitOfWork, followup_id: uuid.UUID, note: str, *, staff_id: uuid.UUID | None
) -> FollowUpDetail:
    """办结 (a manager): only once the applicant was called back and answered (or, anonymous, the fix noted)."""
    text = _text(note, "办结意见")
    with uow:
        followup = _followup(uow, followup_id)
        staff = _actor(uow, staff_id, followup, manager=True)
        review = uow.session.get(Review, followup.review_id)
        assert review is not None
        blocker = _close_blocker(followup, review)
        if blocker:
            raise Conflict(blocker)
        followup.state, followup.closed_at, followup.outcome = (
            FollowUpState.CLOSED.value,
            uow.now(),
            "resolved",
        )
        late = _today(uow) > followup.deadline
        _step(uow, followup, FollowUpStepKind.CLOSED, staff, text, late=late)
        detail = _detail(uow, followup.id)
        uow.commit()
    return detail


def reveal_contact(uow: UnitOfWork, followup_id: uuid.UUID, *, staff_id: uuid.UUID | None) -> str:
    """The applicant's whole phone number for the call-back; shown only on asking, and audited."""
    with uow:
        followup = _followup(uow, followup_id, lock=False)
        staff = _actor(uow, staff_id, followup, manager=False)
        review = uow.session.get(Review, followup.review_id)
        assert review is not None
        phone = _phone(review)
        if not phone:
            raise NotFound("申请人没有留下联系电话（匿名评价），无法回访。")
        audit.record(uow, "review.followup.contact_viewed", "review_followup", followup.id, actor_id=staff.id)
        uow.commit()
    return phone


# -- reading -------------------------------------------------------------------------------------------

_ROW_COLUMNS = (ReviewFollowUp, Review, Staff.name, Window.number)


def _row(
    followup: ReviewFollowUp,
    review: Review,
    staff_name: str | None,
    window_number: int | None,
    cal: WorkCalendar,
    today: date,
) -> FollowUpRow:
    return FollowUpRow(
        followup.id,
        review.subject_no,
        review.item_name,
        review.level,
        tuple(review.reasons),
        review.comment,
        staff_name or "",
        window_number,
        review.rated_at,
        followup.deadline,
        followup.state,
        _days_left(cal, today, followup.deadline, followup.state),
        followup.called_back_at is not None,
        followup.fixed_at is not None,
        followup.replied_at is not None,
        followup.fix_rating,
        followup.closed_at,
        followup.outcome,
    )


def _query() -> Select[ReviewFollowUp, Review, str, int]:
    return (
        select(*_ROW_COLUMNS)
        .join(Review, Review.id == ReviewFollowUp.review_id)
        .outerjoin(Staff, Staff.id == ReviewFollowUp.responsible_id)
        .outerjoin(Window, Window.id == Review.window_id)
    )


def list_followups(
    uow: UnitOfWork, *, open_only: bool = True, overdue_only: bool = False
) -> list[FollowUpRow]:
    """The ledger, earliest deadline first (open ones), then the closed ones newest first."""
    query = _query().where(ReviewFollowUp.hall_id == _hall(uow))
    if open_only or overdue_only:
        query = query.where(ReviewFollowUp.state != FollowUpState.CLOSED.value)
    with uow.reading():
        today = _today(uow)
        if overdue_only:
            query = query.where(ReviewFollowUp.deadline < today)
        cal = calendar.calendar_in(uow.session)
        rows = [
            _row(f, r, staff, window, cal, today) for f, r, staff, window in uow.session.execute(query).all()
        ]
    open_rows = sorted(
        (r for r in rows if r.state != FollowUpState.CLOSED), key=lambda r: (r.deadline, r.rated_at)
    )
    closed = sorted(
        (r for r in rows if r.state == FollowUpState.CLOSED), key=lambda r: r.rated_at, reverse=True
    )
    return open_rows + closed


def ledger_counts(uow: UnitOfWork) -> tuple[int, int]:
    """(open follow-ups, overdue among them) for the manager's console."""
    with uow.reading():
        today = _today(uow)
        base = (
            select(func.count())
            .select_from(ReviewFollowUp)
            .where(ReviewFollowUp.hall_id == _hall(uow), ReviewFollowUp.state != FollowUpState.CLOSED.value)
        )
        open_count = uow.session.scalar(base) or 0
        overdue = uow.session.scalar(base.where(ReviewFollowUp.deadline < today)) or 0
    return int(open_count), int(overdue)


def followup_of_review(uow: UnitOfWork, review_id: uuid.UUID) -> uuid.UUID | None:
    with uow.reading():
        return uow.session.scalar(select(ReviewFollowUp.id).where(ReviewFollowUp.review_id == review_id))


def get_followup(uow: UnitOfWork, followup_id: uuid.UUID) -> FollowUpDetail:
    with uow.reading():
        return _detail(uow, followup_id)


def _detail(uow: UnitOfWork, followup_id: uuid.UUID) -> FollowUpDetail:
    """Inside an open unit of work (a step returns what it left behind, read in its own transaction)."""
    found = uow.session.execute(
        _query().where(ReviewFollowUp.id == followup_id, ReviewFollowUp.hall_id == _hall(uow))
    ).first()
    if found is None:
        raise NotFound("未找到该差评整改记录。")
    followup, review, staff_name, window_number = found
    cal = calendar.calendar_in(uow.session)
    steps = [
        FollowUpStep(at, kind, name or "", text, dict(detail))
        for at, kind, name, text, detail in uow.session.execute(
            select(
                ReviewFollowUpStep.at,
                ReviewFollowUpStep.kind,
                Staff.name,
                ReviewFollowUpStep.text,
                ReviewFollowUpStep.detail,
            )
            .outerjoin(Staff, Staff.id == ReviewFollowUpStep.staff_id)
            .where(ReviewFollowUpStep.followup_id == followup.id)
            .order_by(ReviewFollowUpStep.at, ReviewFollowUpStep.id)
        ).all()
    ]
    return FollowUpDetail(
        _row(followup, review, staff_name, window_number, cal, _today(uow)),
        {"efficiency": review.efficiency, "skill": review.skill, "attitude": review.attitude},
        review.channel,
        _contact(review),
        steps,
        _close_blocker(followup, review),
    )
