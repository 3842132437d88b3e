"""Complaints (办法 Art. 32; GB/T 36113 受理 → 调查 → 处置 → 意见反馈 → 资料归档), taken over from the 12345
hotline, in person or by phone.

Each has a number (K…), a type (咨询/求助/建议/投诉/举报) whose time limit in working days is a hall rule
(``complaint.days.<type>``, copied onto the complaint when received so a later rule change does not move a
running deadline), and goes received → routed (to a department) → replied → closed; a reply that does not
settle it reopens it with a fresh deadline. Overdue means not replied by the deadline. Every change is an
append-only event and an audit entry; the complainant's name and phone are masked wherever shown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import COMPLAINT, display_number, normalize_payload, parse_payload
from yk_desktop.core.masking import mask_name
from yk_desktop.core.phone import mask_phone, validate_phone
from yk_desktop.core.text import clean_person_name, clean_text
from yk_desktop.core.workdays import WorkCalendar
from yk_desktop.printing.complaint_slip import TITLE, ComplaintSlip, build_complaint_slip_pdf
from yk_desktop.services import audit, calendar, documents, policy
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import Runtime, UnitOfWork
from yk_desktop.store.models import Complaint, ComplaintEvent, Hall, ServiceItem, Staff
from yk_desktop.store.models.feedback import ComplaintKind, ComplaintSource, ComplaintState
from yk_desktop.store.models.hall import Role

KIND_NAMES: dict[str, str] = {
    ComplaintKind.CONSULT: "咨询",
    ComplaintKind.HELP: "求助",
    ComplaintKind.SUGGESTION: "建议",
    ComplaintKind.COMPLAINT: "投诉",
    ComplaintKind.REPORT: "举报",
}
SOURCE_NAMES: dict[str, str] = {
    ComplaintSource.HOTLINE: "12345热线转办",
    ComplaintSource.IN_PERSON: "现场",
    ComplaintSource.PHONE: "电话",
}
STATE_NAMES: dict[str, str] = {
    ComplaintState.RECEIVED: "已受理",
    ComplaintState.ROUTED: "已转办",
    ComplaintState.REPLIED: "已答复",
    ComplaintState.CLOSED: "已办结",
}
EVENT_NAMES: dict[str, str] = {
    "received": "受理",
    "routed": "转办",
    "replied": "答复",
    "closed": "办结",
    "reopened": "重新办理",
    "contact_viewed": "查看联系电话",
}
OPEN_STATES = (ComplaintState.RECEIVED.value, ComplaintState.ROUTED.value)
CONTENT_MAX = 2000
REPLY_MAX = 2000
NOTE_MAX = 500
WORK_ORDER_MAX = 40
MANAGERS = (Role.MANAGER.value, Role.ADMIN.value)


@dataclass(frozen=True)
class ComplaintRequest:
    kind: str
    source: str
    content: str
    work_order_no: str = ""  # the 12345 工单号, required when handed over by the hotline
    complainant_name: str = ""  # optional: anonymous complaints are taken too
    phone: str = ""


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the list; the complainant masked (GB/T 35273)."""

    complaint_no: str
    kind: str
    source: str
    work_order_no: str
    complainant: str
    phone: str
    content: str
    received_at: datetime
    deadline: date
    state: str
    department: str
    handler_name: str
    replied_at: datetime | None
    days_left: int | None  # working days to the deadline, negative when overdue, None once replied
    reopen_count: int

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def source_name(self) -> str:
        return SOURCE_NAMES.get(self.source, self.source)

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(self.state, self.state)


@dataclass(frozen=True)
class ComplaintEventRow:
    at: datetime
    kind: str
    staff_name: str
    detail: dict[str, object]


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    deadline_days: int
    reply: str
    routed_at: datetime | None
    closed_at: datetime | None
    events: list[ComplaintEventRow]


@dataclass(frozen=True)
class ComplaintFilter:
    states: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    overdue_only: bool = False
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""  # number, 工单号, department or content contains


def _today(uow: UnitOfWork) -> date:
    return uow.now().astimezone(HALL_TZ).date()


def days_left(cal: WorkCalendar, today: date, deadline: date, state: str) -> int | None:
    """Working days to the reply deadline; negative when overdue; None once replied or closed."""
    if state not in OPEN_STATES:
        return None
    if deadline < today:
        # Past the deadline on a weekend is still overdue: at least one day, never 「今日到期」.
        return -max(1, cal.working_days_between(deadline, today))
    return cal.working_days_between(today, deadline)


def type_limits(uow: UnitOfWork) -> dict[str, int]:
    """Working days each type allows (the hall's rules), for the intake form."""
    rules = policy.read_all(uow)
    return {kind: rules[f"complaint.days.{kind}"] for kind in KIND_NAMES}


def departments(uow: UnitOfWork) -> list[str]:
    """Where a complaint can be routed: the departments of the catalog's items (another can be typed)."""
    with uow.reading():
        names = uow.session.scalars(
            select(ServiceItem.department)
            .where(
                ServiceItem.hall_id == _hall(uow), ServiceItem.active.is_(True), ServiceItem.department != ""
            )
            .distinct()
        )
        return sorted(set(names))


def _staff(uow: UnitOfWork, staff_id: uuid.UUID | None, *, manager: bool) -> Staff:
    staff = uow.session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or not staff.active or staff.hall_id != _hall(uow):
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    if manager and staff.role not in MANAGERS:
        raise PermissionDenied("只有大厅负责人可以转办、答复或办结投诉。")
    return staff


def _complaint(uow: UnitOfWork, complaint_no: str, *, lock: bool = True) -> Complaint:
    with checking_input():
        payload = normalize_payload(complaint_no)
        kind, _year, _seq = parse_payload(payload)
    if kind is not COMPLAINT:
        raise InvalidInput(f"{payload} 不是投诉编号。", field="投诉编号")
    query = select(Complaint).where(Complaint.hall_id == _hall(uow), Complaint.complaint_no == payload)
    # Two people acting on one complaint take turns (a read-only look needs no lock).
    complaint = uow.session.scalar(query.with_for_update() if lock else query)
    if complaint is None:
        raise NotFound(f"未找到投诉 {payload}。")
    return complaint


def _event(
    uow: UnitOfWork, complaint: Complaint, kind: str, staff_id: uuid.UUID | None, **detail: object
) -> None:
    uow.session.add(
        ComplaintEvent(
            hall_id=complaint.hall_id,
            complaint_id=complaint.id,
            kind=kind,
            at=uow.now(),
            staff_id=staff_id,
            detail=detail,
        )
    )
    audit.record(
        uow,
        f"complaint.{kind}",
        "complaint",
        complaint.id,
        actor_id=staff_id,
        detail={"complaint_no": complaint.complaint_no, **detail},
        hall_id=complaint.hall_id,
    )


def _require(complaint: Complaint, *states: ComplaintState, doing: str) -> None:
    if complaint.state not in states:
        now = STATE_NAMES.get(complaint.state, complaint.state)
        raise Conflict(f"投诉 {complaint.complaint_no} 当前为“{now}”，不能{doing}。")


def _checked(request: ComplaintRequest) -> ComplaintRequest:
    if request.kind not in KIND_NAMES:
        raise InvalidInput("请选择类型（咨询、求助、建议、投诉或举报）。", field="类型")
    if request.source not in SOURCE_NAMES:
        raise InvalidInput("请选择来源（12345热线转办、现场或电话）。", field="来源")
    with checking_input():
        content = clean_text(request.content, "诉求内容", CONTENT_MAX, multiline=True)
        order = clean_text(request.work_order_no, "12345工单号", WORK_ORDER_MAX, required=False)
        name = (
            clean_person_name(request.complainant_name, "投诉人姓名")
            if request.complainant_name.strip()
            else ""
        )
        phone = validate_phone(request.phone) if request.phone.strip() else ""
    if request.source == ComplaintSource.HOTLINE and not order:
        raise InvalidInput("12345热线转办的投诉请填写工单号。", field="12345工单号")
    return ComplaintRequest(request.kind, request.source, content, order, name, phone)


def _registered_twice(work_order_no: str, complaint_no: str) -> Conflict:
    return Conflict(f"12345工单 {work_order_no} 已登记为投诉 {complaint_no}，请勿重复登记。")


def _with_work_order(uow: UnitOfWork, work_order_no: str) -> str | None:
    """Inside an open unit of work: the complaint this hall registered the 12345 work order as, if any."""
    return uow.session.scalar(
        select(Complaint.complaint_no).where(
            Complaint.hall_id == _hall(uow), Complaint.work_order_no == work_order_no
        )
    )


def take_in(uow: UnitOfWork, request: ComplaintRequest, *, staff_id: uuid.UUID | None) -> ComplaintDetail:
    """受理: any staff member takes a complaint in; its deadline counts the type's working days from today.

    A 12345 work order is taken in once: the check below, and the unique index under it for two terminals
    registering the same work order at the same moment (then the loser is told the same)."""
    checked = _checked(request)
    try:
        return _take_in(uow, checked, staff_id)
    except IntegrityError as exc:
        if not checked.work_order_no:
            raise
        # The transaction is gone; the winner's number is read in a fresh one.
        with uow.reading():
            twice = _with_work_order(uow, checked.work_order_no)
        if twice is None:
            raise  # some other rule broke: not a work order registered twice
        raise _registered_twice(checked.work_order_no, twice) from exc


def _take_in(uow: UnitOfWork, checked: ComplaintRequest, staff_id: uuid.UUID | None) -> ComplaintDetail:
    with uow:
        staff = _staff(uow, staff_id, manager=False) if staff_id is not None else None
        hall_id = _hall(uow)
        if checked.work_order_no:
            twice = _with_work_order(uow, checked.work_order_no)
            if twice is not None:
                raise _registered_twice(checked.work_order_no, twice)
        days = policy.value(uow, f"complaint.days.{checked.kind}")
        cal = calendar.calendar_in(uow.session)
        complaint = Complaint(
            hall_id=hall_id,
            complaint_no=documents.next_payload(uow, COMPLAINT),
            kind=checked.kind,
            source=checked.source,
            work_order_no=checked.work_order_no,
            complainant_name=checked.complainant_name,
            phone=checked.phone,
            content=checked.content,
            received_at=uow.now(),
            received_by=staff.id if staff is not None else None,
            deadline_days=days,
            deadline=calendar.deadline_in(cal, _today(uow), days).day,
            state=ComplaintState.RECEIVED.value,
        )
        uow.session.add(complaint)
        uow.session.flush()
        _event(
            uow,
            complaint,
            "received",
            staff_id,
            type=checked.kind,
            source=checked.source,
            work_order_no=checked.work_order_no,
            deadline=complaint.deadline.isoformat(),
        )
        detail = _detail(uow, complaint)
        uow.commit()
    return detail


def route(
    uow: UnitOfWork,
    complaint_no: str,
    department: str,
    *,
    handler_id: uuid.UUID | None = None,
    handler_name: str = "",
    note: str = "",
    staff_id: uuid.UUID | None,
) -> ComplaintDetail:
    """转办 to a department (from the catalog or typed) and, optionally, a handler: a hall staff member
    (``handler_id``) or a person there by name. A routed complaint can be routed again."""
    with checking_input():
        where = clean_text(department, "承办部门", 100)
        who = clean_person_name(handler_name, "承办人") if handler_name.strip() else ""
        why = clean_text(note, "转办说明", NOTE_MAX, required=False, multiline=True)
    with uow:
        _staff(uow, staff_id, manager=True)
        complaint = _complaint(uow, complaint_no)
        _require(complaint, ComplaintState.RECEIVED, ComplaintState.ROUTED, doing="转办")
        if handler_id is not None:
            handler = uow.session.get(Staff, handler_id)
            if handler is None or not handler.active or handler.hall_id != complaint.hall_id:
                raise NotFound("未找到所选的承办人。")
            who = handler.name
        complaint.department, complaint.handler_id, complaint.handler_name = where, handler_id, who
        complaint.state, complaint.routed_at = ComplaintState.ROUTED.value, uow.now()
        _event(uow, complaint, "routed", staff_id, department=where, handler=who, note=why)
        detail = _detail(uow, complaint)
        uow.commit()
    return detail


def reply(uow: UnitOfWork, complaint_no: str, text: str, *, staff_id: uuid.UUID | None) -> ComplaintDetail:
    """意见反馈: what the complainant was told (a consultation may be answered without routing)."""
    with checking_input():
        answer = clean_text(text, "答复内容", REPLY_MAX, multiline=True)
    with uow:
        _staff(uow, staff_id, manager=True)
        complaint = _complaint(uow, complaint_no)
        _require(complaint, ComplaintState.RECEIVED, ComplaintState.ROUTED, doing="答复")
        late = _today(uow) > complaint.deadline
        complaint.reply, complaint.replied_at = answer, uow.now()
        complaint.state = ComplaintState.REPLIED.value
        _event(uow, complaint, "replied", staff_id, reply=answer, late=late)
        detail = _detail(uow, complaint)
        uow.commit()
    return detail


def close(
    uow: UnitOfWork, complaint_no: str, note: str = "", *, staff_id: uuid.UUID | None
) -> ComplaintDetail:
    """办结 and 资料归档: only after a reply."""
    with checking_input():
        why = clean_text(note, "办结说明", NOTE_MAX, required=False, multiline=True)
    with uow:
        _staff(uow, staff_id, manager=True)
        complaint = _complaint(uow, complaint_no)
        if complaint.state in OPEN_STATES:
            raise Conflict(f"投诉 {complaint.complaint_no} 尚未答复，答复后才能办结。")
        _require(complaint, ComplaintState.REPLIED, doing="办结")
        complaint.state, complaint.closed_at = ComplaintState.CLOSED.value, uow.now()
        _event(uow, complaint, "closed", staff_id, note=why)
        detail = _detail(uow, complaint)
        uow.commit()
    return detail


def reopen(uow: UnitOfWork, complaint_no: str, reason: str, *, staff_id: uuid.UUID | None) -> ComplaintDetail:
    """重新办理: the reply did not settle it; back to its department (or to received) with a fresh deadline
    of the same number of working days from today. The earlier reply stays in the events."""
    with checking_input():
        why = clean_text(reason, "重新办理原因", NOTE_MAX, multiline=True)
    with uow:
        _staff(uow, staff_id, manager=True)
        complaint = _complaint(uow, complaint_no)
        _require(complaint, ComplaintState.REPLIED, ComplaintState.CLOSED, doing="重新办理")
        cal = calendar.calendar_in(uow.session)
        before = complaint.deadline
        complaint.deadline = calendar.deadline_in(cal, _today(uow), complaint.deadline_days).day
        complaint.state = (ComplaintState.ROUTED if complaint.department else ComplaintState.RECEIVED).value
        complaint.reply, complaint.replied_at, complaint.closed_at = "", None, None
        complaint.reopen_count += 1
        _event(
            uow,
            complaint,
            "reopened",
            staff_id,
            reason=why,
            deadline_before=before.isoformat(),
            deadline=complaint.deadline.isoformat(),
        )
        detail = _detail(uow, complaint)
        uow.commit()
    return detail


def reveal_contact(uow: UnitOfWork, complaint_no: str, *, staff_id: uuid.UUID | None) -> str:
    """The complainant's whole phone number, for whoever must call back; shown only on asking, audited."""
    with uow:
        _staff(uow, staff_id, manager=True)
        complaint = _complaint(uow, complaint_no, lock=False)
        if not complaint.phone:
            raise NotFound("投诉人没有留下联系电话。")
        _event(uow, complaint, "contact_viewed", staff_id)
        phone = complaint.phone
        uow.commit()
    return phone


# -- reading -------------------------------------------------------------------------------------------


def _row(complaint: Complaint, cal: WorkCalendar, today: date) -> ComplaintRow:
    return ComplaintRow(
        complaint.complaint_no,
        complaint.kind,
        complaint.source,
        complaint.work_order_no,
        mask_name(complaint.complainant_name) if complaint.complainant_name else "",
        mask_phone(complaint.phone) if complaint.phone else "",
        complaint.content,
        complaint.received_at,
        complaint.deadline,
        complaint.state,
        complaint.department,
        complaint.handler_name,
        complaint.replied_at,
        days_left(cal, today, complaint.deadline, complaint.state),
        complaint.reopen_count,
    )


def _detail(uow: UnitOfWork, complaint: Complaint) -> ComplaintDetail:
    """Inside an open unit of work."""
    cal = calendar.calendar_in(uow.session)
    events = [
        ComplaintEventRow(at, kind, name or "", dict(detail))
        for at, kind, name, detail in uow.session.execute(
            select(ComplaintEvent.at, ComplaintEvent.kind, Staff.name, ComplaintEvent.detail)
            .outerjoin(Staff, Staff.id == ComplaintEvent.staff_id)
            .where(ComplaintEvent.complaint_id == complaint.id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        ).all()
    ]
    return ComplaintDetail(
        _row(complaint, cal, _today(uow)),
        complaint.deadline_days,
        complaint.reply,
        complaint.routed_at,
        complaint.closed_at,
        events,
    )


def get_complaint(uow: UnitOfWork, complaint_no: str) -> ComplaintDetail:
    with uow.reading():
        return _detail(uow, _complaint(uow, complaint_no, lock=False))


def _start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=HALL_TZ)


def list_complaints(uow: UnitOfWork, filters: ComplaintFilter = ComplaintFilter()) -> list[ComplaintRow]:
    """Complaints newest first, each with its deadline today; overdue ones are those not replied in time."""
    query = select(Complaint).where(Complaint.hall_id == _hall(uow)).order_by(Complaint.received_at.desc())
    if filters.states:
        query = query.where(Complaint.state.in_(filters.states))
    if filters.kinds:
        query = query.where(Complaint.kind.in_(filters.kinds))
    if filters.received_from is not None:
        query = query.where(Complaint.received_at >= _start_of(filters.received_from))
    if filters.received_to is not None:
        query = query.where(Complaint.received_at < _start_of(filters.received_to + timedelta(days=1)))
    text = filters.text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(
            Complaint.complaint_no.ilike(like)
            | Complaint.work_order_no.ilike(like)
            | Complaint.department.ilike(like)
            | Complaint.content.ilike(like)
        )
    with uow.reading():
        today = _today(uow)
        if filters.overdue_only:
            query = query.where(Complaint.state.in_(OPEN_STATES), Complaint.deadline < today)
        cal = calendar.calendar_in(uow.session)
        return [_row(c, cal, today) for c in uow.session.scalars(query)]


def overdue_count(uow: UnitOfWork) -> int:
    """Complaints not replied by their deadline, for the manager's console."""
    with uow.reading():
        n = uow.session.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(
                Complaint.hall_id == _hall(uow),
                Complaint.state.in_(OPEN_STATES),
                Complaint.deadline < _today(uow),
            )
        )
    return int(n or 0)


# -- the 投诉受理单 -------------------------------------------------------------------------------------

SLIP_KIND = "complaint_slip"


def complaint_slip(uow: UnitOfWork, complaint_no: str) -> ComplaintSlip:
    """The slip's data, read from the database (the printed text is never taken from a form)."""
    with uow.reading():
        complaint = _complaint(uow, complaint_no, lock=False)
        hall = uow.session.get(Hall, complaint.hall_id)
        assert hall is not None
        clerk = uow.session.get(Staff, complaint.received_by) if complaint.received_by is not None else None
        return ComplaintSlip(
            hall_name=hall.name,
            number=display_number(complaint.complaint_no, hall.short_name or hall.name),
            barcode=complaint.complaint_no,
            kind_name=KIND_NAMES.get(complaint.kind, complaint.kind),
            source_name=SOURCE_NAMES.get(complaint.source, complaint.source),
            work_order_no=complaint.work_order_no,
            complainant_name=complaint.complainant_name,
            phone=complaint.phone,
            content=complaint.content,
            received_at=complaint.received_at,
            deadline=complaint.deadline,
            deadline_days=complaint.deadline_days,
            clerk_name=clerk.name if clerk is not None else "",
            hall_phone=hall.phone,
            supervision_phone=hall.supervision_phone,
        )


def archive_slip(runtime: Runtime, complaint_no: str, staff_id: uuid.UUID | None = None) -> DocumentInfo:
    """Build the slip and keep it in the archive before printing (call from a worker)."""
    slip = complaint_slip(runtime.uow(), complaint_no)
    pdf = build_complaint_slip_pdf(slip)
    with runtime.uow().reading() as uow:
        ref = uow.session.scalar(
            select(Complaint.id).where(
                Complaint.hall_id == _hall(uow), Complaint.complaint_no == slip.barcode
            )
        )
    return documents.archive(
        runtime.uow(), SLIP_KIND, slip.barcode, TITLE, pdf, ref_id=ref, staff_id=staff_id
    )
