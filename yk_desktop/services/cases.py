"""Cases (办件) accepted against a deadline the hall keeps (办法 Art. 11 限时办结).

A case is accepted from a notice once its materials are complete, or under 容缺受理 with the missing
tolerable materials due by a date. Deadlines count working days from the day after acceptance on the
hall calendar (行政许可法 Art. 82); the limits are copied onto the case so a later catalog edit never moves
a running deadline. 补正 stops the clock until the corrected materials arrive, then the count starts
again from the day after; a suspension (听证/检验/鉴定…) moves the deadlines by the working days it
lasted. Every change is a case event and an audit entry.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import String, Text, cast, select, type_coerce

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import CASE, CORRECTION, normalize_payload, parse_payload
from yk_desktop.core.text import clean_text
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.printing.correction import CorrectionLine
from yk_desktop.services import audit, calendar, documents
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.notices import _find as _find_notice
from yk_desktop.services.notices import _window_id
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    Bundle,
    Case,
    CaseEvent,
    CaseMaterial,
    Notice,
    ServiceItem,
    Staff,
    VerifiedMaterial,
    Window,
)
from yk_desktop.store.models.cases import CaseState
from yk_desktop.store.models.notices import LineStatus, NoticeLine, NoticeState

# 行政许可法 Art. 32 allows five days to tell everything to correct; tolerated materials default to that too.
DEFAULT_TOLERANCE_DAYS = 5
DEFAULT_WARN_DAYS = 3
# list_cases with a limit up to this asks the database for only that many rows (an index walk).
SQL_LIMIT_UP_TO = 10_000
MAX_PAGES = 10_000


class DeadlineStatus(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"  # within N working days: yellow
    OVERDUE = "overdue"  # red
    STOPPED = "stopped"  # 补正 or suspended: the clock does not run
    DONE = "done"


@dataclass(frozen=True)
class Received:
    """What the clerk records for one material at acceptance."""

    name: str
    pages: int | None = None


@dataclass(frozen=True)
class CaseInfo:
    id: uuid.UUID
    case_no: str
    state: str
    accepted_at: datetime
    item_names: tuple[str, ...]
    applicant_name: str
    applicant_kind: str
    promised_days: int
    legal_days: int
    promised_deadline: date | None
    legal_deadline: date | None
    deadline_note: str
    tolerance: bool
    tolerance_due: date | None
    suspended_on: date | None
    completed_at: datetime | None
    handed_over_at: datetime | None
    notice_no: str | None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: plain values only, so 100,000 rows load fast and sort in the view."""

    case_no: str
    state: str
    accepted_at: datetime
    item_names: str
    applicant_name: str
    clerk_name: str
    window_number: int | None
    promised_deadline: date | None
    working_days_left: int | None
    status: DeadlineStatus


def _today(uow: UnitOfWork) -> date:
    return uow.now().astimezone(HALL_TZ).date()


def deadline_status(
    cal: WorkCalendar, today: date, deadline: date | None, state: str, warn_days: int = DEFAULT_WARN_DAYS
) -> tuple[DeadlineStatus, int | None]:
    """(status, working days left) of a case on ``today``; negative days left when overdue."""
    if state in (CaseState.COMPLETED, CaseState.REFUSED, CaseState.WITHDRAWN):
        return DeadlineStatus.DONE, None
    if state in (CaseState.CORRECTION, CaseState.SUSPENDED) or deadline is None:
        return DeadlineStatus.STOPPED, None
    if deadline < today:
        # Past the deadline on a weekend or holiday is still overdue: at least one day, never 「今日到期」.
        return DeadlineStatus.OVERDUE, -max(1, cal.working_days_between(deadline, today))
    left = cal.working_days_between(today, deadline)
    return (DeadlineStatus.DUE_SOON if left <= warn_days else DeadlineStatus.ON_TRACK), left


def _info(uow: UnitOfWork, case: Case, note: str = "") -> CaseInfo:
    notice_no = (
        uow.session.scalar(select(Notice.notice_no).where(Notice.id == case.notice_id))
        if case.notice_id
        else None
    )
    return CaseInfo(
        case.id,
        case.case_no,
        case.state,
        case.accepted_at,
        tuple(case.item_names),
        case.applicant_name,
        case.applicant_kind,
        case.promised_days,
        case.legal_days,
        case.promised_deadline,
        case.legal_deadline,
        note,
        case.tolerance,
        case.tolerance_due,
        case.suspended_on,
        case.completed_at,
        case.handed_over_at,
        notice_no,
    )


def _event(uow: UnitOfWork, case: Case, kind: str, staff_id: uuid.UUID | None, **detail: object) -> None:
    uow.session.add(
        CaseEvent(
            hall_id=case.hall_id, case_id=case.id, kind=kind, at=uow.now(), staff_id=staff_id, detail=detail
        )
    )
    # The case's own hall: a calendar change recounts cases from the command line, which is no hall terminal.
    audit.record(
        uow,
        f"case.{kind}",
        "case",
        case.id,
        actor_id=staff_id,
        detail={"case_no": case.case_no, **detail},
        hall_id=case.hall_id,
    )


def _set_deadlines(case: Case, cal: WorkCalendar, start: date) -> str:
    promised = calendar.deadline_in(cal, start, case.promised_days)
    legal = calendar.deadline_in(cal, start, case.legal_days)
    case.materials_complete_on = start
    case.promised_deadline, case.legal_deadline = promised.day, legal.day
    return legal.note or promised.note


def accept_case(
    uow: UnitOfWork,
    notice_no: str,
    received: Sequence[Received],
    *,
    staff_id: uuid.UUID | None = None,
    window_number: int | None = None,
    tolerance: bool = False,
    tolerance_due: date | None = None,
    not_applicable: Sequence[str] = (),
) -> CaseInfo:
    """Accept the case of a notice. ``received``: materials handed in now, or with pages for ones the notice
    already marked as brought (those count as received either way). ``not_applicable``: conditional
    materials the notice left as missing whose condition the clerk now finds does not hold (audited), so
    the clerk never has to record a document that was not handed in.

    Every required material (and every conditional one the notice did not mark 不适用) must be received
    or reused; otherwise only 容缺受理 can accept, and only when every item allows it and every missing
    material is tolerable. Nothing is saved when the materials do not allow acceptance.
    """
    pages: dict[str, int | None] = {}
    for r in received:
        if r.pages is not None and not 0 < r.pages <= MAX_PAGES:
            raise InvalidInput(f"材料“{r.name}”的页数应为 1 至 {MAX_PAGES}。", field="页数")
        pages[r.name] = r.pages
    with uow:
        notice = _find_notice(uow, notice_no, lock=True)
        if notice.state == NoticeState.ACCEPTED:
            existing = uow.session.scalar(select(Case.case_no).where(Case.notice_id == notice.id))
            raise Conflict(f"该告知书已受理，办件编号 {existing}，请勿重复受理。")
        lines = sorted(notice.lines, key=lambda ln: ln.position)
        names = {ln.name for ln in lines}
        unknown = [n for n in [*pages, *not_applicable] if n not in names]
        if unknown:
            raise InvalidInput(f"“{unknown[0]}”不在该告知书的材料清单中。", field="材料")
        waived = _waive(lines, set(not_applicable), pages)
        outstanding = [
            ln
            for ln in lines
            if ln.status == LineStatus.MISSING and ln.name not in pages and ln.name not in waived
        ]
        item_ids = [uuid.UUID(i) for i in notice.item_ids]
        items = list(uow.session.scalars(select(ServiceItem).where(ServiceItem.id.in_(item_ids))))
        if outstanding and not tolerance:
            listed = "、".join(ln.name for ln in outstanding[:5])
            more = f"等 {len(outstanding)} 项" if len(outstanding) > 5 else ""
            raise InvalidInput(
                f"材料尚不齐全（缺：{listed}{more}），不能受理；可打印一次性告知书，或按容缺受理。",
                field="材料",
            )
        today = _today(uow)
        cal = calendar.calendar_in(uow.session)
        if tolerance:
            if not outstanding:
                tolerance = False  # complete after all: an ordinary acceptance
            elif not all(i.tolerance_allowed for i in items):
                raise InvalidInput("该事项不允许容缺受理，请补齐材料后受理。", field="容缺受理")
            else:
                strict = [ln.name for ln in outstanding if not ln.tolerable or ln.off_list]
                if strict:
                    raise InvalidInput(f"“{strict[0]}”不属于可容缺的材料，须补齐后受理。", field="容缺受理")
                tolerance_due = tolerance_due or cal.working_days_after(today, DEFAULT_TOLERANCE_DAYS)
                if tolerance_due <= today:
                    raise InvalidInput("容缺材料的补交日期应晚于今天。", field="补交日期")
        promised_days = max((i.promised_days for i in items), default=0)
        legal_days = max((i.legal_days for i in items), default=0)
        bundle_name = (
            uow.session.scalar(select(Bundle.name).where(Bundle.id == notice.bundle_id))
            if notice.bundle_id
            else None
        )
        case = Case(
            hall_id=_hall(uow),
            case_no=documents.next_payload(uow, CASE),
            item_id=item_ids[0],
            ticket_id=notice.ticket_id,
            applicant_kind=notice.applicant_kind,
            applicant_name=notice.applicant_name,
            applicant_id_type="统一社会信用代码" if notice.applicant_kind == "enterprise" else "居民身份证",
            applicant_id_number=notice.applicant_id_number,
            applicant_phone=notice.applicant_phone,
            credit_code=notice.applicant_id_number if notice.applicant_kind == "enterprise" else None,
            state=CaseState.ACCEPTED.value,
            accepted_at=uow.now(),
            clerk_id=staff_id,
            notice_id=notice.id,
            bundle_id=notice.bundle_id,
            window_id=_window_id(uow, window_number),
            item_names=[bundle_name] if bundle_name else [i.name for i in items],
            applicant_key=notice.applicant_key,
            promised_days=promised_days,
            legal_days=legal_days,
            tolerance=tolerance,
            tolerance_due=tolerance_due if tolerance else None,
        )
        note = _set_deadlines(case, cal, today)
        uow.session.add(case)
        uow.session.flush()
        outstanding_names = {ln.name for ln in outstanding}
        for position, ln in enumerate(lines):
            if ln.status == LineStatus.NOT_APPLICABLE or ln.name in waived:
                continue
            status = (
                "reused"
                if ln.status == LineStatus.REUSED
                else "tolerated"
                if ln.name in outstanding_names
                else "received"
            )
            uow.session.add(
                CaseMaterial(
                    hall_id=case.hall_id,
                    case_id=case.id,
                    position=position,
                    material_id=ln.material_id,
                    name=ln.name,
                    pages=pages.get(ln.name),
                    status=status,
                    received_at=uow.now() if status == "received" else None,
                )
            )
            if status == "received" and ln.material_id is not None:
                _remember_verified(uow, case, ln.material_id, staff_id)
        notice.state = NoticeState.ACCEPTED.value
        _event(
            uow,
            case,
            "accepted",
            staff_id,
            notice_no=notice.notice_no,
            tolerance=tolerance,
            promised_deadline=case.promised_deadline.isoformat() if case.promised_deadline else None,
            not_applicable=sorted(waived),
        )
        info = _info(uow, case, note)
        uow.commit()
    return info


def _waive(lines: Sequence[NoticeLine], names: set[str], pages: dict[str, int | None]) -> set[str]:
    """The conditional lines marked 不适用 at acceptance; a required or already handled line cannot be."""
    for ln in lines:
        if ln.name not in names:
            continue
        if ln.name in pages:
            raise InvalidInput(f"“{ln.name}”不能同时标为已收取和不适用。", field="材料")
        if ln.required or ln.off_list:
            raise InvalidInput(f"“{ln.name}”是必交材料，不能标为不适用。", field="材料")
        if ln.status != LineStatus.MISSING:
            raise InvalidInput(f"“{ln.name}”在告知书中不是缺少的材料，无需标为不适用。", field="材料")
    return names


def default_tolerance_due(uow: UnitOfWork) -> date:
    """When tolerated materials are due unless the clerk says otherwise: five working days from today."""
    with uow.reading():
        return calendar.calendar_in(uow.session).working_days_after(_today(uow), DEFAULT_TOLERANCE_DAYS)


def _remember_verified(
    uow: UnitOfWork, case: Case, material_id: uuid.UUID, staff_id: uuid.UUID | None
) -> None:
    """Art. 13: a material this applicant handed in and the hall checked is not asked for again."""
    if not case.applicant_key:
        return
    row = uow.session.scalar(
        select(VerifiedMaterial).where(
            VerifiedMaterial.hall_id == case.hall_id,
            VerifiedMaterial.applicant_key == case.applicant_key,
            VerifiedMaterial.material_id == material_id,
        )
    )
    if row is None:
        uow.session.add(
            VerifiedMaterial(
                hall_id=case.hall_id,
                applicant_key=case.applicant_key,
                material_id=material_id,
                case_id=case.id,
                verified_at=uow.now(),
                staff_id=staff_id,
            )
        )
    else:
        row.case_id, row.verified_at, row.staff_id = case.id, uow.now(), staff_id


def _case(uow: UnitOfWork, case_no: str, *, lock: bool = True) -> Case:
    with checking_input():
        payload = normalize_payload(case_no)
        kind, _y, _s = parse_payload(payload)
    if kind is not CASE:
        raise InvalidInput(f"{payload} 不是办件编号。", field="办件编号")
    query = select(Case).where(Case.hall_id == _hall(uow), Case.case_no == payload)
    # Two windows changing one case take turns (a read-only look needs no lock).
    case = uow.session.scalar(query.with_for_update() if lock else query)
    if case is None:
        raise NotFound(f"未找到办件 {payload}。")
    return case


def _require(case: Case, *states: CaseState, doing: str) -> None:
    if case.state not in states:
        raise Conflict(
            f"办件 {case.case_no} 当前为“{STATE_LABELS.get(case.state, case.state)}”，不能{doing}。"
        )


STATE_LABELS: dict[str, str] = {
    CaseState.ACCEPTED: "办理中",
    CaseState.CORRECTION: "待补正",
    CaseState.SUSPENDED: "已中止计时",
    CaseState.COMPLETED: "已办结",
    CaseState.REFUSED: "不予受理",
    CaseState.WITHDRAWN: "已撤回",
}


def request_correction(
    uow: UnitOfWork,
    case_no: str,
    lines: Sequence[CorrectionLine],
    *,
    staff_id: uuid.UUID | None = None,
    due: date | None = None,
    note: str = "",
) -> str:
    """补正: everything to fix, told at once (行政许可法 Art. 32); the clock stops until it arrives.
    Returns the correction notice's number."""
    if not lines:
        raise InvalidInput("请至少列出一项需要补正的材料。", field="补正材料")
    cleaned: list[dict[str, str]] = []
    with checking_input():
        for line in lines:
            cleaned.append(
                {
                    "material": clean_text(line.material, "补正材料名称", 200),
                    "problem": clean_text(line.problem, "补正原因", 500, multiline=True),
                    "standard": clean_text(line.standard, "补正要求", 500, required=False, multiline=True),
                }
            )
        clean_note = clean_text(note, "备注", 500, required=False, multiline=True)
    with uow:
        case = _case(uow, case_no)
        _require(case, CaseState.ACCEPTED, doing="要求补正")
        today = _today(uow)
        if due is not None and due <= today:
            raise InvalidInput("补正期限应晚于今天。", field="补正期限")
        number = documents.next_payload(uow, CORRECTION)
        case.state = CaseState.CORRECTION.value
        case.suspended_on = today
        _event(
            uow,
            case,
            "correction",
            staff_id,
            number=number,
            lines=cleaned,
            due=due.isoformat() if due else None,
            note=clean_note,
        )
        uow.commit()
    return number


def corrected(uow: UnitOfWork, case_no: str, *, staff_id: uuid.UUID | None = None) -> CaseInfo:
    """The corrected materials arrived: the count starts again from the day after (DOMAIN.md Deadlines)."""
    with uow:
        case = _case(uow, case_no)
        _require(case, CaseState.CORRECTION, doing="登记补正完成")
        cal = calendar.calendar_in(uow.session)
        note = _set_deadlines(case, cal, _today(uow))
        case.state, case.suspended_on = CaseState.ACCEPTED.value, None
        _event(uow, case, "corrected", staff_id, promised_deadline=str(case.promised_deadline))
        info = _info(uow, case, note)
        uow.commit()
    return info


def suspend(uow: UnitOfWork, case_no: str, reason: str, *, staff_id: uuid.UUID | None = None) -> CaseInfo:
    """听证、检验、检测、鉴定、专家评审: time the law excludes; the applicant is told in writing."""
    with checking_input():
        why = clean_text(reason, "中止计时原因", 500, multiline=True)
    with uow:
        case = _case(uow, case_no)
        _require(case, CaseState.ACCEPTED, doing="中止计时")
        case.state, case.suspended_on, case.suspend_reason = CaseState.SUSPENDED.value, _today(uow), why
        _event(uow, case, "suspended", staff_id, reason=why)
        info = _info(uow, case)
        uow.commit()
    return info


def resume(uow: UnitOfWork, case_no: str, *, staff_id: uuid.UUID | None = None) -> CaseInfo:
    """The clock runs again; both deadlines move by the working days the suspension lasted."""
    with uow:
        case = _case(uow, case_no)
        _require(case, CaseState.SUSPENDED, doing="恢复计时")
        cal = calendar.calendar_in(uow.session)
        assert case.suspended_on is not None
        lost = cal.working_days_between(case.suspended_on, _today(uow))
        note = ""
        if case.promised_deadline is not None:
            promised = calendar.deadline_in(cal, case.promised_deadline, lost)
            case.promised_deadline, note = promised.day, promised.note
        if case.legal_deadline is not None:
            legal = calendar.deadline_in(cal, case.legal_deadline, lost)
            case.legal_deadline, note = legal.day, note or legal.note
        case.state, case.suspended_on = CaseState.ACCEPTED.value, None
        _event(
            uow, case, "resumed", staff_id, working_days=lost, promised_deadline=str(case.promised_deadline)
        )
        info = _info(uow, case, note)
        uow.commit()
    return info


def tolerated_received(
    uow: UnitOfWork, case_no: str, received: Sequence[Received], *, staff_id: uuid.UUID | None = None
) -> CaseInfo:
    """容缺 materials handed in later; when the last one arrives the case is no longer 容缺."""
    with uow:
        case = _case(uow, case_no)
        _require(
            case, CaseState.ACCEPTED, CaseState.CORRECTION, CaseState.SUSPENDED, doing="登记补交容缺材料"
        )
        rows = {
            m.name: m
            for m in uow.session.scalars(
                select(CaseMaterial).where(
                    CaseMaterial.case_id == case.id, CaseMaterial.status == "tolerated"
                )
            )
        }
        for r in received:
            row = rows.get(r.name)
            if row is None:
                raise InvalidInput(f"“{r.name}”不是该办件待补交的容缺材料。", field="材料")
            row.status, row.pages, row.received_at = "received", r.pages, uow.now()
            if row.material_id is not None:
                _remember_verified(uow, case, row.material_id, staff_id)
        if all(row.status == "received" for row in rows.values()):
            case.tolerance = False
        _event(uow, case, "materials", staff_id, names=[r.name for r in received])
        info = _info(uow, case)
        uow.commit()
    return info


def recount_deadlines(uow: UnitOfWork, years: Sequence[int], staff_id: uuid.UUID | None = None) -> int:
    """Inside the caller's open transaction, after the calendar of ``years`` changed: count every running
    case whose deadlines reach those years again (a deadline set before a year's holidays were known was
    Monday–Friday only). Suspensions already resumed stay added. Returns how many cases changed."""
    if not years:
        return 0
    first = date(min(years), 1, 1)
    cal = calendar.calendar_in(uow.session)
    running = uow.session.scalars(
        select(Case)
        .where(
            Case.state.in_((CaseState.ACCEPTED.value, CaseState.SUSPENDED.value)),
            Case.materials_complete_on.is_not(None),
            (Case.legal_deadline >= first) | (Case.promised_deadline >= first),
        )
        .with_for_update()
    ).all()
    changed = 0
    for case in running:
        assert case.materials_complete_on is not None
        lost = sum(
            int(str(detail.get("working_days", 0)))
            for detail in uow.session.scalars(
                select(CaseEvent.detail).where(CaseEvent.case_id == case.id, CaseEvent.kind == "resumed")
            )
        )
        promised = cal.working_days_after(case.materials_complete_on, case.promised_days + lost)
        legal = cal.working_days_after(case.materials_complete_on, case.legal_days + lost)
        if (promised, legal) == (case.promised_deadline, case.legal_deadline):
            continue
        before = {"promised": str(case.promised_deadline), "legal": str(case.legal_deadline)}
        case.promised_deadline, case.legal_deadline = promised, legal
        _event(
            uow,
            case,
            "recounted",
            staff_id,
            before=before,
            promised_deadline=promised.isoformat(),
            legal_deadline=legal.isoformat(),
        )
        changed += 1
    return changed


def _tolerated(uow: UnitOfWork, case: Case) -> list[str]:
    """Materials accepted under 容缺 and not handed in yet."""
    return list(
        uow.session.scalars(
            select(CaseMaterial.name)
            .where(CaseMaterial.case_id == case.id, CaseMaterial.status == "tolerated")
            .order_by(CaseMaterial.position)
        )
    )


def complete(uow: UnitOfWork, case_no: str, result: str, *, staff_id: uuid.UUID | None = None) -> CaseInfo:
    with checking_input():
        text = clean_text(result, "办理结果", 500, multiline=True)
    with uow:
        case = _case(uow, case_no)
        _require(case, CaseState.ACCEPTED, doing="办结")
        owed = _tolerated(uow, case)
        if owed:
            raise Conflict(f"容缺材料“{'、'.join(owed)}”尚未补交，补齐后才能办结。")
        case.state, case.completed_at, case.result = CaseState.COMPLETED.value, uow.now(), text
        late = case.promised_deadline is not None and _today(uow) > case.promised_deadline
        _event(uow, case, "completed", staff_id, result=text, late=late)
        info = _info(uow, case)
        uow.commit()
    return info


def hand_over(uow: UnitOfWork, case_no: str, to_whom: str, *, staff_id: uuid.UUID | None = None) -> CaseInfo:
    """The result (licence, certificate…) handed to the applicant or their agent."""
    with checking_input():
        who = clean_text(to_whom, "领取人", 200)
    with uow:
        case = _case(uow, case_no)
        _require(case, CaseState.COMPLETED, doing="登记领取")
        if case.handed_over_at is not None:
            raise Conflict(f"办件 {case.case_no} 的结果已于 {case.handed_over_at:%Y-%m-%d} 领取。")
        case.handed_over_at, case.handed_over_to = uow.now(), who
        _event(uow, case, "handed_over", staff_id, to=who)
        info = _info(uow, case)
        uow.commit()
    return info


def get_case(uow: UnitOfWork, case_no: str) -> CaseInfo:
    with uow.reading():
        case = _case(uow, case_no, lock=False)
        cal = calendar.calendar_in(uow.session)
        note = ""
        if case.promised_deadline is not None and case.materials_complete_on is not None:
            note = calendar.estimate_note(
                cal.uncovered_between(case.materials_complete_on, case.promised_deadline)
            )
        return _info(uow, case, note)


@dataclass(frozen=True)
class CaseFilter:
    states: tuple[str, ...] = ()
    clerk_id: uuid.UUID | None = None
    accepted_from: date | None = None
    accepted_to: date | None = None
    text: str = ""  # case number or applicant name contains


def list_cases(
    uow: UnitOfWork,
    filters: CaseFilter = CaseFilter(),
    *,
    warn_days: int = DEFAULT_WARN_DAYS,
    limit: int = 200_000,
) -> list[CaseRow]:
    """Cases with their deadline status today, newest first (columns only: fast for 100,000 rows).

    Per-row Python work is what costs at 100,000 rows (DESIGN.md §8), so: the rows come through Core (no
    ORM result machinery); on SQLite the two instants and dates come as their stored ISO text, parsed here
    by one C call each (the generic column types parse, then re-attach UTC, in Python); the item names
    come as their JSON text, decoded once per distinct value; and the deadline status is computed once per
    distinct (deadline, state) — a hall has a few hundred of those, not 100,000.
    """
    as_text = not uow.is_postgres  # PostgreSQL's driver returns datetime and date objects already
    accepted_col = type_coerce(Case.accepted_at, String) if as_text else Case.accepted_at
    deadline_col = type_coerce(Case.promised_deadline, String) if as_text else Case.promised_deadline
    query = (
        select(
            Case.case_no,
            Case.state,
            accepted_col,
            cast(Case.item_names, Text),
            Case.applicant_name,
            Staff.name,
            Window.number,
            deadline_col,
        )
        .outerjoin(Staff, Staff.id == Case.clerk_id)
        .outerjoin(Window, Window.id == Case.window_id)
        .where(Case.hall_id == _hall(uow))
        .order_by(Case.accepted_at.desc())
    )
    if not as_text or limit <= SQL_LIMIT_UP_TO:
        # A few rows: LIMIT walks the (hall_id, accepted_at) index. All of them on SQLite: fetchmany
        # below, since a large LIMIT there doubles the sort time.
        query = query.limit(limit)
    if filters.states:
        query = query.where(Case.state.in_(filters.states))
    if filters.clerk_id is not None:
        query = query.where(Case.clerk_id == filters.clerk_id)
    if filters.accepted_from is not None:
        query = query.where(Case.accepted_at >= _start_of(filters.accepted_from))
    if filters.accepted_to is not None:
        query = query.where(Case.accepted_at < _start_of(filters.accepted_to, 1))
    if filters.text.strip():
        like = f"%{filters.text.strip()}%"
        query = query.where(Case.case_no.ilike(like) | Case.applicant_name.ilike(like))
    with uow.reading():
        rows = uow.session.connection().execute(query).fetchmany(limit)
        today = _today(uow)
        cal = calendar.calendar_in(uow.session)
    names: dict[str, str] = {}
    days: dict[object, date | None] = {None: None}
    statuses: dict[tuple[date | None, str], tuple[DeadlineStatus, int | None]] = {}
    to_utc: Callable[[Any], datetime] = _utc_from_text if as_text else _utc
    out: list[CaseRow] = []
    append = out.append
    for no, state, accepted_at, raw_names, applicant, clerk, window, raw_deadline in rows:
        joined = names.get(raw_names)
        if joined is None:
            joined = names[raw_names] = "、".join(json.loads(raw_names)) if raw_names else ""
        if raw_deadline in days:
            deadline = days[raw_deadline]
        else:
            deadline = days[raw_deadline] = (
                date.fromisoformat(raw_deadline) if isinstance(raw_deadline, str) else raw_deadline
            )
        known = statuses.get((deadline, state))
        if known is None:
            known = statuses[deadline, state] = deadline_status(cal, today, deadline, state, warn_days)
        append(
            CaseRow(
                no,
                state,
                to_utc(accepted_at),
                joined,
                applicant,
                clerk or "",
                window,
                deadline,
                known[1],
                known[0],
            )
        )
    return out


def _utc_from_text(stored: str) -> datetime:
    """An instant as SQLite keeps it (naive UTC, ``2026-11-24 02:00:00.000000``), aware in one C call."""
    return datetime.fromisoformat(stored + "+00:00")


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _start_of(day: date, plus_days: int = 0) -> datetime:
    d = day + timedelta(days=plus_days)
    return datetime(d.year, d.month, d.day, tzinfo=HALL_TZ)


def case_materials(uow: UnitOfWork, case_no: str) -> list[tuple[str, int | None, str]]:
    """(name, pages, status) as received: what the receipt lists."""
    with uow.reading():
        case = _case(uow, case_no, lock=False)
        return [
            (m.name, m.pages, m.status)
            for m in uow.session.scalars(
                select(CaseMaterial).where(CaseMaterial.case_id == case.id).order_by(CaseMaterial.position)
            )
        ]


def case_events(
    uow: UnitOfWork, case_no: str
) -> list[tuple[datetime, str, str | None, Mapping[str, object]]]:
    """(time, kind, staff name, detail), oldest first: the case's story."""
    with uow.reading():
        case = _case(uow, case_no, lock=False)
        rows = uow.session.execute(
            select(CaseEvent.at, CaseEvent.kind, Staff.name, CaseEvent.detail)
            .outerjoin(Staff, Staff.id == CaseEvent.staff_id)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.at, CaseEvent.id)
        ).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]
