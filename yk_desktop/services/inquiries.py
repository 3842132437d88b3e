"""First-inquiry log (首问负责, 办法 Art. 11): whoever is asked first records the question and how it was
dealt with, and stays responsible until it is closed.

An inquiry answered on the spot, or one whose applicant was guided to the right window or department, is
closed when logged (guided ones can be kept open for follow-up). One handed to a named colleague, or
needing follow-up, stays open: it shows on the first staff member's list and on the current handler's,
with its age, until one of them closes it with an outcome; it can be reopened with a reason. Every change
is an event (append-only) and an audit entry. Personal data is validated when given and shown masked; only
the masked ID number is kept (the log recognises an applicant, it does not prove who they are). The whole
phone number never reaches a screen with an inquiry: the staff member in charge who must call back asks for
it (``reveal_phone``), and that is an event and an audit entry too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from yk_desktop.core.docno import INQUIRY, display_number, normalize_payload, parse_payload
from yk_desktop.core.idcard import mask_id_number, validate_id_number
from yk_desktop.core.masking import mask_name
from yk_desktop.core.phone import mask_phone, validate_phone
from yk_desktop.core.text import clean_person_name, clean_text
from yk_desktop.services import audit, documents, policy
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Category, FirstInquiry, Hall, InquiryEvent, ServiceItem, Staff, Window
from yk_desktop.store.models.hall import Role
from yk_desktop.store.models.inquiries import Handling, InquiryEventKind, InquiryState

MAX_QUESTION = 1000
MAX_TEXT = 1000
ALERT_RULE = "inquiry.open_alert_hours"  # hours an inquiry may stay open before it is flagged

ANONYMOUS = "匿名"


@dataclass(frozen=True)
class InquiryRequest:
    """What the quick form records. ``answer``: what was said on the spot (the outcome), or a first note."""

    question: str
    handling: str = Handling.ON_SPOT.value
    anonymous: bool = False
    applicant_name: str = ""
    applicant_org: str = ""
    phone: str = ""
    id_number: str = ""
    address: str = ""
    category_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    materials_received: str = ""
    guided_window_number: int | None = None
    guided_to: str = ""
    hand_to_staff_id: uuid.UUID | None = None
    answer: str = ""
    keep_open: bool = False  # guided only: the first staff member follows up what happened there
    window_number: int | None = None  # where the question was asked


@dataclass(frozen=True)
class InquiryEventInfo:
    at: datetime
    kind: str
    staff_name: str
    from_name: str
    to_name: str
    text: str


@dataclass(frozen=True)
class InquiryInfo:
    id: uuid.UUID
    inquiry_no: str
    display_no: str
    asked_at: datetime
    state: str
    handling: str
    anonymous: bool
    applicant_name: str
    applicant_org: str
    applicant_masked: str
    phone_masked: str  # the whole number only through ``reveal_phone`` (audited)
    id_number_masked: str
    address: str
    question: str
    category_name: str
    item_name: str
    materials_received: str
    window_number: int | None
    guided_window_number: int | None
    guided_to: str
    destination: str  # where the applicant was sent, in words ("" when answered on the spot)
    responder_id: uuid.UUID
    responder_name: str
    handler_id: uuid.UUID | None
    handler_name: str
    outcome: str
    closed_at: datetime | None
    age_minutes: int
    overdue: bool
    events: tuple[InquiryEventInfo, ...]


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str
    window_number: int | None
    department: str


@dataclass(frozen=True)
class WindowChoice:
    number: int
    name: str
    area: str


@dataclass(frozen=True)
class CategoryChoice:
    id: uuid.UUID
    prefix: str
    name: str


@dataclass(frozen=True)
class FormChoices:
    """What the quick form offers: categories, windows to guide to, colleagues to hand to (not oneself)."""

    categories: tuple[CategoryChoice, ...]
    windows: tuple[WindowChoice, ...]
    colleagues: tuple[StaffChoice, ...]


# --- helpers ------------------------------------------------------------------------------------------


def _applicant_shown(anonymous: bool, name: str, org: str) -> str:
    if anonymous:
        return ANONYMOUS
    parts = [mask_name(name) if name else "", org]
    return "，".join(p for p in parts if p) or ANONYMOUS


def _window_text(number: int | None, name: str = "", area: str = "") -> str:
    if number is None:
        return ""
    where = "，".join(p for p in (name, area) if p)
    return f"{number} 号窗口（{where}）" if where else f"{number} 号窗口"


def _age(uow: UnitOfWork, asked_at: datetime, closed_at: datetime | None) -> int:
    end = closed_at or uow.now()
    return max(0, int((end - asked_at).total_seconds() // 60))


def _actor(uow: UnitOfWork, staff_id: uuid.UUID | None) -> Staff:
    if staff_id is None:
        raise PermissionDenied("请先登录，再登记或处理首问。")
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.hall_id != _hall(uow):
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    return staff


def _colleague(uow: UnitOfWork, staff_id: uuid.UUID) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None or staff.hall_id != _hall(uow):
        raise NotFound("未找到要转交的同事，请重新选择。")
    if not staff.active:
        raise InvalidInput(f"{staff.name} 的账号已停用，不能转交，请选择其他同事。", field="转交给")
    return staff


def _window(uow: UnitOfWork, number: int | None) -> Window | None:
    if number is None:
        return None
    window = uow.session.scalar(select(Window).where(Window.hall_id == _hall(uow), Window.number == number))
    if window is None:
        raise InvalidInput(f"本大厅没有 {number} 号窗口，请重新选择。", field="窗口")
    return window


def _inquiry(uow: UnitOfWork, inquiry_no: str, *, lock: bool = True) -> FirstInquiry:
    with checking_input():
        payload = normalize_payload(inquiry_no)
        kind, _year, _seq = parse_payload(payload)
    if kind is not INQUIRY:
        raise InvalidInput(f"{payload} 不是首问登记编号。", field="首问登记编号")
    query = select(FirstInquiry).where(FirstInquiry.hall_id == _hall(uow), FirstInquiry.inquiry_no == payload)
    # Two terminals changing one inquiry take turns (a read needs no lock).
    found = uow.session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFound(f"未找到首问登记 {payload}。")
    return found


def _may_act(inquiry: FirstInquiry, actor: Staff, doing: str) -> None:
    if actor.id in (inquiry.responder_id, inquiry.handler_id) or actor.role in (Role.MANAGER, Role.ADMIN):
        return
    raise PermissionDenied(f"只有首问负责人、当前承办人或大厅负责人可以{doing}。")


def _event(
    uow: UnitOfWork,
    inquiry: FirstInquiry,
    kind: InquiryEventKind,
    actor: Staff,
    *,
    text: str = "",
    from_id: uuid.UUID | None = None,
    to_id: uuid.UUID | None = None,
) -> None:
    uow.session.add(
        InquiryEvent(
            hall_id=inquiry.hall_id,
            inquiry_id=inquiry.id,
            kind=kind.value,
            at=uow.now(),
            staff_id=actor.id,
            from_staff_id=from_id,
            to_staff_id=to_id,
            text=text,
        )
    )
    detail: dict[str, object] = {"inquiry_no": inquiry.inquiry_no}
    if text:
        detail["text"] = text
    if from_id is not None or to_id is not None:
        detail["from"], detail["to"] = str(from_id), str(to_id)
    audit.record(
        uow,
        f"inquiry.{kind.value}",
        "inquiry",
        inquiry.id,
        actor_id=actor.id,
        detail=detail,
        hall_id=inquiry.hall_id,
    )


def _staff_names(uow: UnitOfWork, hall_id: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = uow.session.execute(select(Staff.id, Staff.name).where(Staff.hall_id == hall_id))
    return {staff_id: name for staff_id, name in rows}


def _text(value: str, field: str, *, required: bool = True) -> str:
    with checking_input():
        return clean_text(value, field, MAX_TEXT, required=required, multiline=True)


# --- use cases ----------------------------------------------------------------------------------------


def log_inquiry(uow: UnitOfWork, request: InquiryRequest, *, staff_id: uuid.UUID | None) -> InquiryInfo:
    """Record a first inquiry; ``staff_id`` is the first staff member (首问负责人). Nothing is saved when
    anything is wrong."""
    try:
        handling = Handling(request.handling)
    except ValueError:
        raise InvalidInput("请选择处理方式。", field="处理方式") from None
    with checking_input():
        question = clean_text(request.question, "咨询问题", MAX_QUESTION, multiline=True)
        name = org = phone = masked_id = address = ""
        if not request.anonymous:
            if request.applicant_name.strip():
                name = clean_person_name(request.applicant_name, "办事人姓名")
            org = clean_text(request.applicant_org, "办事单位", 200, required=False)
            if not name and not org:
                raise InvalidInput("请填写办事人姓名或单位；不愿留名的请勾选“匿名”。", field="办事人姓名")
            phone = validate_phone(request.phone) if request.phone.strip() else ""
            if request.id_number.strip():
                masked_id = mask_id_number(validate_id_number(request.id_number).number)
            address = clean_text(request.address, "住址", 200, required=False)
        materials = clean_text(
            request.materials_received, "收取材料", MAX_TEXT, required=False, multiline=True
        )
        guided_to = clean_text(request.guided_to, "引导去向", 200, required=False)
        answer = clean_text(request.answer, "答复或备注", MAX_TEXT, required=False, multiline=True)
    if handling is Handling.GUIDED and request.guided_window_number is None and not guided_to:
        raise InvalidInput("请选择引导前往的窗口，或填写部门/地点。", field="引导去向")
    if handling is Handling.HANDED:
        if request.hand_to_staff_id is None:
            raise InvalidInput("请选择转交给哪位同事。", field="转交给")
        if request.hand_to_staff_id == staff_id:
            raise InvalidInput("不能转交给自己；自己继续办理请选“需后续跟进”。", field="转交给")
    with uow:
        actor = _actor(uow, staff_id)
        hall_id = _hall(uow)
        guided_window = _window(uow, request.guided_window_number) if handling is Handling.GUIDED else None
        colleague = (
            _colleague(uow, request.hand_to_staff_id)
            if handling is Handling.HANDED and request.hand_to_staff_id
            else None
        )
        item = None
        if request.item_id is not None:
            item = uow.session.get(ServiceItem, request.item_id)
            if item is None or item.hall_id != hall_id:
                raise InvalidInput("所选事项不存在，请重新选择。", field="事项")
        category_id = request.category_id or (item.category_id if item is not None else None)
        if category_id is not None:
            category = uow.session.get(Category, category_id)
            if category is None or category.hall_id != hall_id:
                raise InvalidInput("所选业务类别不存在，请重新选择。", field="业务类别")
        window = _window(uow, request.window_number)
        inquiry = FirstInquiry(
            hall_id=hall_id,
            inquiry_no=documents.next_payload(uow, INQUIRY),
            asked_at=uow.now(),
            window_id=window.id if window else None,
            anonymous=request.anonymous,
            applicant_name=name,
            applicant_org=org,
            address=address,
            phone=phone,
            id_number_masked=masked_id,
            question=question,
            category_id=category_id,
            item_id=item.id if item else None,
            item_name=item.name if item else "",
            materials_received=materials,
            handling=handling.value,
            guided_window_id=guided_window.id if guided_window else None,
            guided_to=guided_to if handling is Handling.GUIDED else "",
            responder_id=actor.id,
            handler_id=colleague.id if colleague and handling is Handling.HANDED else actor.id,
            state=InquiryState.OPEN.value,
        )
        uow.session.add(inquiry)
        uow.session.flush()
        _event(uow, inquiry, InquiryEventKind.LOGGED, actor, text=answer)
        if handling is Handling.HANDED and colleague is not None:
            _event(uow, inquiry, InquiryEventKind.HANDED_OFF, actor, from_id=actor.id, to_id=colleague.id)
        closes = handling is Handling.ON_SPOT or (handling is Handling.GUIDED and not request.keep_open)
        if closes:
            where = _window_text(guided_window.number, guided_window.name) if guided_window else ""
            default = "已当场答复" if handling is Handling.ON_SPOT else f"已引导至：{where or guided_to}"
            _close(uow, inquiry, actor, answer or default)
        info = _info(uow, inquiry)
        uow.commit()
    return info


def _close(uow: UnitOfWork, inquiry: FirstInquiry, actor: Staff, outcome: str) -> None:
    inquiry.state, inquiry.outcome, inquiry.closed_at = InquiryState.CLOSED.value, outcome, uow.now()
    _event(uow, inquiry, InquiryEventKind.CLOSED, actor, text=outcome)


def hand_off(
    uow: UnitOfWork, inquiry_no: str, to_staff_id: uuid.UUID, note: str = "", *, staff_id: uuid.UUID | None
) -> InquiryInfo:
    """Pass an open inquiry to a named colleague; the first staff member stays responsible."""
    text = _text(note, "转交说明", required=False)
    with uow:
        actor = _actor(uow, staff_id)
        inquiry = _inquiry(uow, inquiry_no)
        _may_act(inquiry, actor, "转交该首问")
        if inquiry.state != InquiryState.OPEN:
            raise Conflict(f"首问 {inquiry.inquiry_no} 已办结，请先重新打开再转交。")
        colleague = _colleague(uow, to_staff_id)
        if colleague.id == inquiry.handler_id:
            raise InvalidInput(f"该首问当前已由 {colleague.name} 承办，请选择其他同事。", field="转交给")
        before = inquiry.handler_id
        inquiry.handler_id = colleague.id
        _event(
            uow, inquiry, InquiryEventKind.HANDED_OFF, actor, text=text, from_id=before, to_id=colleague.id
        )
        info = _info(uow, inquiry)
        uow.commit()
    return info


def add_note(uow: UnitOfWork, inquiry_no: str, note: str, *, staff_id: uuid.UUID | None) -> InquiryInfo:
    """A follow-up step (回访, 联系了部门…); also after closing, e.g. a call back to the applicant."""
    text = _text(note, "跟进备注")
    with uow:
        actor = _actor(uow, staff_id)
        inquiry = _inquiry(uow, inquiry_no)
        _may_act(inquiry, actor, "填写跟进备注")
        _event(uow, inquiry, InquiryEventKind.NOTE, actor, text=text)
        info = _info(uow, inquiry)
        uow.commit()
    return info


def close_inquiry(
    uow: UnitOfWork, inquiry_no: str, outcome: str, *, staff_id: uuid.UUID | None
) -> InquiryInfo:
    text = _text(outcome, "处理结果")
    with uow:
        actor = _actor(uow, staff_id)
        inquiry = _inquiry(uow, inquiry_no)
        _may_act(inquiry, actor, "办结该首问")
        if inquiry.state != InquiryState.OPEN:
            raise Conflict(f"首问 {inquiry.inquiry_no} 已办结。")
        _close(uow, inquiry, actor, text)
        info = _info(uow, inquiry)
        uow.commit()
    return info


def reopen(uow: UnitOfWork, inquiry_no: str, reason: str, *, staff_id: uuid.UUID | None) -> InquiryInfo:
    """A closed inquiry open again (the applicant came back, the answer was wrong); the reason is kept."""
    text = _text(reason, "重新打开的原因")
    with uow:
        actor = _actor(uow, staff_id)
        inquiry = _inquiry(uow, inquiry_no)
        _may_act(inquiry, actor, "重新打开该首问")
        if inquiry.state != InquiryState.CLOSED:
            raise Conflict(f"首问 {inquiry.inquiry_no} 尚未办结，无需重新打开。")
        # The earlier outcome stays in the events; the inquiry has none until it is closed again.
        inquiry.state, inquiry.outcome, inquiry.closed_at = InquiryState.OPEN.value, "", None
        _event(uow, inquiry, InquiryEventKind.REOPENED, actor, text=text)
        info = _info(uow, inquiry)
        uow.commit()
    return info


def reveal_phone(uow: UnitOfWork, inquiry_no: str, *, staff_id: uuid.UUID | None) -> str:
    """The applicant's whole phone number, for the call back: only the first staff member, the current
    handler or a hall manager, only on asking, and recorded (event ``contact_viewed`` and the audit trail)."""
    with uow:
        actor = _actor(uow, staff_id)
        inquiry = _inquiry(uow, inquiry_no, lock=False)
        _may_act(inquiry, actor, "查看完整联系电话")
        if not inquiry.phone:
            raise NotFound(f"首问 {inquiry.inquiry_no} 的办事人没有留下联系电话。")
        _event(uow, inquiry, InquiryEventKind.CONTACT_VIEWED, actor)
        phone = inquiry.phone
        uow.commit()
    return phone


# --- reading ------------------------------------------------------------------------------------------


def _info(uow: UnitOfWork, inquiry: FirstInquiry) -> InquiryInfo:
    s = uow.session
    names = _staff_names(uow, inquiry.hall_id)
    window = s.get(Window, inquiry.window_id) if inquiry.window_id else None
    guided = s.get(Window, inquiry.guided_window_id) if inquiry.guided_window_id else None
    category = s.get(Category, inquiry.category_id) if inquiry.category_id else None
    events = s.scalars(
        select(InquiryEvent)
        .where(InquiryEvent.inquiry_id == inquiry.id)
        .order_by(InquiryEvent.at, InquiryEvent.id)
    ).all()
    handler_name = names.get(inquiry.handler_id, "") if inquiry.handler_id else ""
    destination = ""
    if inquiry.handling == Handling.GUIDED:
        destination = "；".join(
            p
            for p in (
                _window_text(guided.number, guided.name, guided.area) if guided else "",
                inquiry.guided_to,
            )
            if p
        )
    elif inquiry.handler_id is not None and inquiry.handler_id != inquiry.responder_id:
        # With a colleague now: the applicant is sent to them, at their window or in their department.
        handler = s.get(Staff, inquiry.handler_id)
        at = s.get(Window, handler.window_id) if handler and handler.window_id else None
        where = _window_text(at.number, at.name, at.area) if at else (handler.department if handler else "")
        destination = f"{handler_name}（{where}）" if where else handler_name
    age = _age(uow, inquiry.asked_at, inquiry.closed_at)
    alert = policy.value(uow, ALERT_RULE)
    return InquiryInfo(
        id=inquiry.id,
        inquiry_no=inquiry.inquiry_no,
        display_no=display_number(inquiry.inquiry_no, _short_name(uow)),
        asked_at=inquiry.asked_at,
        state=inquiry.state,
        handling=inquiry.handling,
        anonymous=inquiry.anonymous,
        applicant_name=inquiry.applicant_name,
        applicant_org=inquiry.applicant_org,
        applicant_masked=_applicant_shown(inquiry.anonymous, inquiry.applicant_name, inquiry.applicant_org),
        phone_masked=mask_phone(inquiry.phone) if inquiry.phone else "",
        id_number_masked=inquiry.id_number_masked,
        address=inquiry.address,
        question=inquiry.question,
        category_name=category.name if category else "",
        item_name=inquiry.item_name,
        materials_received=inquiry.materials_received,
        window_number=window.number if window else None,
        guided_window_number=guided.number if guided else None,
        guided_to=inquiry.guided_to,
        destination=destination,
        responder_id=inquiry.responder_id,
        responder_name=names.get(inquiry.responder_id, ""),
        handler_id=inquiry.handler_id,
        handler_name=handler_name,
        outcome=inquiry.outcome,
        closed_at=inquiry.closed_at,
        age_minutes=age,
        overdue=inquiry.state == InquiryState.OPEN and age > alert * 60,
        events=tuple(
            InquiryEventInfo(
                e.at,
                e.kind,
                names.get(e.staff_id, "") if e.staff_id else "",
                names.get(e.from_staff_id, "") if e.from_staff_id else "",
                names.get(e.to_staff_id, "") if e.to_staff_id else "",
                e.text,
            )
            for e in events
        ),
    )


def _short_name(uow: UnitOfWork) -> str:
    hall = uow.session.get(Hall, _hall(uow))
    assert hall is not None
    return hall.short_name or hall.name


def get_inquiry(uow: UnitOfWork, inquiry_no: str) -> InquiryInfo:
    with uow.reading():
        return _info(uow, _inquiry(uow, inquiry_no, lock=False))


def form_choices(uow: UnitOfWork, staff_id: uuid.UUID | None) -> FormChoices:
    with uow.reading():
        hall_id = _hall(uow)
        categories = uow.session.scalars(
            select(Category)
            .where(Category.hall_id == hall_id, Category.active.is_(True))
            .order_by(Category.prefix)
        )
        windows = uow.session.scalars(
            select(Window).where(Window.hall_id == hall_id, Window.active.is_(True)).order_by(Window.number)
        )
        staff = uow.session.execute(
            select(Staff, Window.number)
            .outerjoin(Window, Window.id == Staff.window_id)
            .where(Staff.hall_id == hall_id, Staff.active.is_(True), Staff.id != staff_id)
            .order_by(Window.number.is_(None), Window.number, Staff.name)
        ).all()
        return FormChoices(
            tuple(CategoryChoice(c.id, c.prefix, c.name) for c in categories),
            tuple(WindowChoice(w.number, w.name, w.area) for w in windows),
            tuple(StaffChoice(s.id, s.name, number, s.department) for s, number in staff),
        )
