"""Proxy/agent service (帮办代办, 办法 Art. 11): a hall agent acts for an applicant under a signed 委托书.

A proxy case (代办件, numbered D…) is registered with the applicant (委托人), the agent (受托人), the service
items and the authorization: what the agent may do (权限), whether they may pass it on (转委托) and from
when to when. Its story is append-only: steps, hand-offs between agent, window and department, the link to
the real case (办件) and its deadline, the result ready (the applicant is notified by slip), delivered, or
cancelled with a reason. Every change is also an audit entry.

Rules a clerk meets here: nothing is saved half-way; the authorization must cover today and end after it
starts; no step after the proxy case is closed; no new step under an authorization that has expired or not
begun; handing the matter to another agent is 转委托 and needs the 委托书 to allow it. Reading views
(the agent's list, workload, closed cases with durations) are in ``services.agency_reports``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from yk_desktop.core.applicant import ApplicantKind, make_applicant
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import AGENCY, normalize_payload, parse_payload
from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.idcard import mask_id_number, validate_id_number
from yk_desktop.core.masking import mask_name
from yk_desktop.core.phone import mask_phone, validate_phone
from yk_desktop.core.text import clean_person_name, clean_text
from yk_desktop.services import agency_files, audit, documents
from yk_desktop.services.agency_files import AttachmentInfo, Upload, check_upload
from yk_desktop.services.cases import _case as _find_case
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
    AgencyEvent,
    AgencyItem,
    AgencyRecord,
    Case,
    ServiceItem,
    Staff,
)
from yk_desktop.store.models.agency import CLOSED_STATES, AgencyState, HandOffTo
from yk_desktop.store.models.hall import Role

# What an agent may do for the applicant, offered as ticks on the form (the clerk may add others).
STANDARD_POWERS = (
    "代为提交申请材料",
    "代为补正、补充申请材料",
    "代为签收有关文书",
    "代为领取办理结果",
)
DEFAULT_VALID_DAYS = 30
# A 委托书 for hall matters runs for weeks, not years; a date decades out is a typing slip (2062 for 2026).
MAX_VALID_DAYS = 366
MAX_ITEMS = 20
MAX_POWERS = 12
NOTE_MAX = 500
# Besides the proxy case's own people (see ``may_call``), who may see the whole phone number to call.
CALLER_ROLES = (Role.MANAGER.value, Role.ADMIN.value)
STATE_LABELS: dict[str, str] = {
    AgencyState.REGISTERED.value: "已登记",
    AgencyState.IN_PROGRESS.value: "代办中",
    AgencyState.WAITING.value: "待窗口/部门办理",
    AgencyState.READY.value: "结果待领取",
    AgencyState.DELIVERED.value: "已交付",
    AgencyState.CANCELLED.value: "已取消",
}


@dataclass(frozen=True)
class Authorization:
    """The 委托书 as the applicant signs it."""

    matter: str  # 委托事项 in words; empty: made from the items' names
    powers: tuple[str, ...]
    sub_delegation: bool
    valid_from: date
    valid_until: date


@dataclass(frozen=True)
class AgencyRequest:
    applicant_kind: str  # "person" or "enterprise"
    applicant_name: str
    applicant_id_number: str  # 身份证号 or 统一社会信用代码
    applicant_phone: str
    agent_id: uuid.UUID
    agent_id_number: str  # the agent's 身份证号, as the 委托书 names the 受托人
    item_codes: tuple[str, ...]
    authorization: Authorization
    contact_name: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class AgencyInfo:
    id: uuid.UUID
    agency_no: str
    state: str
    applicant_kind: str
    applicant_name: str
    applicant_id_masked: str  # screens show no whole ID number (GB/T 35273)
    contact_name: str  # "" when the applicant is called themselves
    # Whom the agent calls when the result is ready (the contact, else the applicant), masked like every
    # phone on a screen; the whole number only through ``reveal_contact``, which is audited.
    contact_phone_masked: str
    callers: tuple[uuid.UUID, ...]  # the agent, the 受托人 and who registered it: they may reveal the number
    agent_id: uuid.UUID  # who works on it now
    agent_name: str
    agent_phone: str
    authorized_agent_name: str  # 受托人 on the signed 委托书 (another agent only after 转委托)
    item_codes: tuple[str, ...]
    item_names: tuple[str, ...]
    departments: tuple[str, ...]  # the items' departments, offered as hand-off targets
    matter: str
    powers: tuple[str, ...]
    sub_delegation: bool
    valid_from: date
    valid_until: date
    holder: str
    case_no: str | None
    created_at: datetime
    ready_at: datetime | None
    closed_at: datetime | None
    cancel_reason: str
    attachment: AttachmentInfo | None

    @property
    def closed(self) -> bool:
        return self.state in CLOSED_STATES


def shown_name(kind: str, name: str) -> str:
    """The applicant as a list shows them: a person masked (张*), an enterprise whole (its name is public)."""
    return name if kind == ApplicantKind.ENTERPRISE else mask_name(name)


def may_call(info: AgencyInfo, staff_id: uuid.UUID | None, role: str | None) -> bool:
    """Whether this staff member may see the whole number (``reveal_contact`` enforces the same)."""
    return staff_id is not None and (staff_id in info.callers or role in CALLER_ROLES)


def today_in(uow: UnitOfWork) -> date:
    return uow.now().astimezone(HALL_TZ).date()


def state_label(state: str) -> str:
    """The state as the hall says it (Chinese, for service messages; the gui translates its own)."""
    return STATE_LABELS.get(state, state)


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# --- checking input ---------------------------------------------------------------------------------


def _check_authorization(auth: Authorization, today: date) -> tuple[str, tuple[str, ...]]:
    """(clean matter, clean powers); the validity must cover today and end after it starts."""
    if auth.valid_until <= auth.valid_from:
        raise InvalidInput("委托期限的截止日期应晚于起始日期。", field="委托期限")
    if auth.valid_from > today:
        raise InvalidInput("委托期限应从今天或之前开始，登记当天即须有效。", field="委托期限")
    if auth.valid_until < today:
        raise InvalidInput("委托期限已经届满，不能据此登记代办，请重新签署委托书。", field="委托期限")
    if (auth.valid_until - auth.valid_from).days > MAX_VALID_DAYS:
        raise InvalidInput(f"委托期限最长 {MAX_VALID_DAYS} 天，请核对截止日期。", field="委托期限")
    powers: list[str] = []
    with checking_input():
        matter = clean_text(auth.matter, "委托事项", 500, required=False, multiline=True)
        for power in auth.powers:
            text = clean_text(power, "代理权限", 100, required=False)
            if text and text not in powers:
                powers.append(text)
    if not powers:
        raise InvalidInput("请至少选择一项代理权限。", field="代理权限")
    if len(powers) > MAX_POWERS:
        raise InvalidInput(f"代理权限最多 {MAX_POWERS} 项。", field="代理权限")
    return matter, tuple(powers)


@dataclass(frozen=True)
class _Parties:
    """The 委托人 and 受托人 as checked: what the record and the 委托书 carry."""

    kind: ApplicantKind
    name: str
    id_type: str
    id_number: str
    phone: str
    contact_name: str
    contact_phone: str
    agent_id_number: str


def _check_parties(request: AgencyRequest) -> _Parties:
    with checking_input():
        applicant = make_applicant(
            request.applicant_kind,
            request.applicant_name,
            request.applicant_id_number,
            request.applicant_phone,
        )
        contact = clean_person_name(request.contact_name, "联系人") if request.contact_name.strip() else ""
        contact_phone = validate_phone(request.contact_phone) if request.contact_phone.strip() else ""
    if not applicant.id_number:
        raise InvalidInput("委托书须载明委托人的身份证号码，请填写。", field="身份证号码")
    if not applicant.phone:
        raise InvalidInput("请填写委托人的联系电话（委托书须载明）。", field="联系电话")
    if not request.agent_id_number.strip():
        raise InvalidInput(
            "请填写受托人（帮办代办员）的身份证号码（委托书须载明）。", field="受托人身份证号码"
        )
    try:
        agent_number = validate_id_number(request.agent_id_number).number
    except InvalidValue as exc:
        # The same checks as the applicant's number, but the clerk must know which of the two is wrong.
        raise InvalidInput(f"受托人（帮办代办员）的{exc.message}", field="受托人身份证号码") from exc
    if agent_number == applicant.id_number:
        raise InvalidInput("委托人与受托人不能是同一人，请核对两人的身份证号码。", field="受托人身份证号码")
    enterprise = applicant.kind is ApplicantKind.ENTERPRISE
    return _Parties(
        applicant.kind,
        applicant.name,
        "统一社会信用代码" if enterprise else "居民身份证",
        applicant.id_number,
        applicant.phone,
        contact,
        contact_phone,
        agent_number,
    )


# --- register ---------------------------------------------------------------------------------------


def register(
    uow: UnitOfWork, request: AgencyRequest, *, staff_id: uuid.UUID | None, upload: Upload | None = None
) -> AgencyInfo:
    """Number and keep a proxy case, with the scanned 委托书 when one is given; all or nothing."""
    parties = _check_parties(request)
    codes = list(dict.fromkeys(c.strip() for c in request.item_codes if c.strip()))
    if not codes:
        raise InvalidInput("请至少选择一个代办事项。", field="代办事项")
    if len(codes) > MAX_ITEMS:
        raise InvalidInput(f"一件代办最多 {MAX_ITEMS} 个事项，请分开登记。", field="代办事项")
    file = check_upload(upload) if upload is not None else None
    with uow:
        today = today_in(uow)
        matter, powers = _check_authorization(request.authorization, today)
        hall_id = _hall(uow)
        agent = _agent(uow, request.agent_id)
        found = {
            i.code: i
            for i in uow.session.scalars(
                select(ServiceItem).where(
                    ServiceItem.hall_id == hall_id, ServiceItem.code.in_(codes), ServiceItem.active.is_(True)
                )
            )
        }
        unknown = [c for c in codes if c not in found]
        if unknown:
            raise InvalidInput(
                f"事项编码“{unknown[0]}”不在本大厅的事项目录中（或已停用）。", field="代办事项"
            )
        items = [found[c] for c in codes]
        record = AgencyRecord(
            hall_id=hall_id,
            agency_no=documents.next_payload(uow, AGENCY),
            agent_id=agent.id,
            authorized_agent_id=agent.id,
            agent_id_type="居民身份证",
            agent_id_number=parties.agent_id_number,
            principal_kind=parties.kind.value,
            principal_name=parties.name,
            principal_id_type=parties.id_type,
            principal_id_number=parties.id_number,
            principal_phone=parties.phone,
            contact_name=parties.contact_name,
            contact_phone=parties.contact_phone,
            matter=matter or f"代为办理{'、'.join(i.name for i in items)}事项",
            powers="\n".join(powers),
            sub_delegation=request.authorization.sub_delegation,
            valid_from=request.authorization.valid_from,
            valid_until=request.authorization.valid_until,
            state=AgencyState.REGISTERED.value,
            holder=_agent_words(agent),
            registered_by=staff_id,
            created_at=uow.now(),
        )
        uow.session.add(record)
        uow.session.flush()
        for position, item in enumerate(items):
            uow.session.add(
                AgencyItem(
                    hall_id=hall_id,
                    agency_id=record.id,
                    item_id=item.id,
                    position=position,
                    code=item.code,
                    name=item.name,
                )
            )
        _event(
            uow,
            record,
            "registered",
            staff_id,
            to_kind=HandOffTo.AGENT,
            to_name=_agent_words(agent),
            to_staff_id=agent.id,
            items=codes,
            valid_until=record.valid_until.isoformat(),
            sub_delegation=record.sub_delegation,
        )
        if upload is not None and file is not None:
            _attach(uow, record, upload, file, staff_id)
        uow.session.flush()
        info = _info(uow, record)
        uow.commit()
    return info


def _agent(uow: UnitOfWork, staff_id: uuid.UUID) -> Staff:
    agent = uow.session.get(Staff, staff_id)
    if agent is None or agent.hall_id != _hall(uow) or not agent.active:
        raise NotFound("未找到所选的帮办代办员，请重新选择。")
    if agent.role != Role.AGENT:
        raise InvalidInput(f"{agent.name} 不是帮办代办员，请从帮办代办员中选择受托人。", field="受托人")
    return agent


def _agent_words(agent: Staff) -> str:
    return f"帮办代办员 {agent.name}"


# --- reading ----------------------------------------------------------------------------------------


def _record(uow: UnitOfWork, agency_no: str, *, lock: bool = True) -> AgencyRecord:
    with checking_input():
        payload = normalize_payload(agency_no)
        kind, _y, _s = parse_payload(payload)
    if kind is not AGENCY:
        raise InvalidInput(f"{payload} 不是代办件编号。", field="代办件编号")
    query = select(AgencyRecord).where(AgencyRecord.hall_id == _hall(uow), AgencyRecord.agency_no == payload)
    # Two terminals recording steps on one proxy case take turns.
    record = uow.session.scalar(query.with_for_update() if lock else query)
    if record is None:
        raise NotFound(f"未找到代办件 {payload}。")
    return record


def _info(uow: UnitOfWork, record: AgencyRecord) -> AgencyInfo:
    agent = uow.session.get(Staff, record.agent_id)
    assert agent is not None
    items = uow.session.execute(
        select(AgencyItem.code, AgencyItem.name, ServiceItem.department)
        .join(ServiceItem, ServiceItem.id == AgencyItem.item_id)
        .where(AgencyItem.agency_id == record.id)
        .order_by(AgencyItem.position)
    ).all()
    case_no = None
    if record.case_id is not None:
        case_no = uow.session.scalar(select(Case.case_no).where(Case.id == record.case_id))
    enterprise = record.principal_kind == ApplicantKind.ENTERPRISE
    return AgencyInfo(
        id=record.id,
        agency_no=record.agency_no,
        state=record.state,
        applicant_kind=record.principal_kind,
        applicant_name=record.principal_name,
        # A credit code is public (printed on the licence); a person's ID number is not.
        applicant_id_masked=record.principal_id_number
        if enterprise
        else mask_id_number(record.principal_id_number),
        contact_name=record.contact_name,
        contact_phone_masked=mask_phone(_phone_to_call(record)),
        callers=_callers(record),
        agent_id=agent.id,
        agent_name=agent.name,
        agent_phone=agent.phone,
        authorized_agent_name=_staff_name(uow, record.authorized_agent_id),
        item_codes=tuple(r[0] for r in items),
        item_names=tuple(r[1] for r in items),
        departments=tuple(dict.fromkeys(r[2] for r in items if r[2])),
        matter=record.matter,
        powers=tuple(p for p in record.powers.split("\n") if p),
        sub_delegation=record.sub_delegation,
        valid_from=record.valid_from,
        valid_until=record.valid_until,
        holder=record.holder,
        case_no=case_no,
        created_at=record.created_at,
        ready_at=record.ready_at,
        closed_at=record.closed_at,
        cancel_reason=record.cancel_reason,
        attachment=agency_files.current_attachment(uow.session, record.id),
    )


def _phone_to_call(record: AgencyRecord) -> str:
    return record.contact_phone or record.principal_phone


def _callers(record: AgencyRecord) -> tuple[uuid.UUID, ...]:
    people = (record.agent_id, record.authorized_agent_id, record.registered_by)
    return tuple(dict.fromkeys(p for p in people if p is not None))


def _staff_name(uow: UnitOfWork, staff_id: uuid.UUID) -> str:
    return uow.session.scalar(select(Staff.name).where(Staff.id == staff_id)) or ""


def get(uow: UnitOfWork, agency_no: str) -> AgencyInfo:
    with uow.reading():
        return _info(uow, _record(uow, agency_no, lock=False))


def reveal_contact(uow: UnitOfWork, agency_no: str, *, staff_id: uuid.UUID | None) -> str:
    """The whole number to call about the result (the contact's, else the applicant's), for the agent, the
    受托人, whoever registered the proxy case, or a hall manager; shown only on asking, and audited
    (``contact_viewed`` in the proxy case's log and the audit trail)."""
    with uow:
        record = _record(uow, agency_no, lock=False)
        staff = uow.session.get(Staff, staff_id) if staff_id is not None else None
        if staff is None or staff.hall_id != record.hall_id or not staff.active:
            raise PermissionDenied("请先登录，再查看联系电话。")
        if staff.id not in _callers(record) and staff.role not in CALLER_ROLES:
            raise PermissionDenied(
                "只有本代办件的帮办代办员、受托人、登记人或大厅负责人可以查看完整联系电话。"
            )
        phone = _phone_to_call(record)
        if not phone:
            raise NotFound(f"代办件 {record.agency_no} 没有留下联系电话。")
        _event(
            uow, record, "contact_viewed", staff.id, whose="contact" if record.contact_phone else "applicant"
        )
        uow.commit()
    return phone


# --- steps ------------------------------------------------------------------------------------------


def _event(
    uow: UnitOfWork,
    record: AgencyRecord,
    kind: str,
    staff_id: uuid.UUID | None,
    *,
    to_kind: str = "",
    to_name: str = "",
    to_staff_id: uuid.UUID | None = None,
    note: str = "",
    **detail: object,
) -> None:
    uow.session.add(
        AgencyEvent(
            hall_id=record.hall_id,
            agency_id=record.id,
            kind=kind,
            at=uow.now(),
            staff_id=staff_id,
            to_kind=str(to_kind),
            to_name=to_name,
            to_staff_id=to_staff_id,
            note=note,
            detail=detail,
        )
    )
    audit.record(
        uow,
        f"agency.{kind}",
        "agency",
        record.id,
        actor_id=staff_id,
        detail={"agency_no": record.agency_no, "to": to_name, "note": note, **detail},
        hall_id=record.hall_id,
    )


def _open_for(uow: UnitOfWork, record: AgencyRecord, doing: str, *, check_validity: bool = True) -> None:
    """Refuse a step on a closed proxy case, or under an authorization that does not hold today."""
    if record.state in CLOSED_STATES:
        raise Conflict(f"代办件 {record.agency_no} {state_label(record.state)}，不能再{doing}。")
    if not check_validity:
        return
    today = today_in(uow)
    if today > record.valid_until:
        raise Conflict(
            f"委托书已于 {cn_date(record.valid_until)} 到期，不能再{doing}。"
            "请委托人重新签署委托书，或取消本代办件后重新登记。"
        )
    if today < record.valid_from:
        raise Conflict(f"委托书自 {cn_date(record.valid_from)} 起生效，今天还不能{doing}。")


def _note(text: str, field: str = "说明", required: bool = False) -> str:
    with checking_input():
        return clean_text(text, field, NOTE_MAX, required=required, multiline=True)


def record_step(uow: UnitOfWork, agency_no: str, note: str, *, staff_id: uuid.UUID | None) -> AgencyInfo:
    """A step the agent took (材料预审, 代为填表, 电话催办…); the first one starts the work."""
    text = _note(note, "办理进展", required=True)
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "记录办理进展")
        if record.state == AgencyState.REGISTERED:
            record.state = AgencyState.IN_PROGRESS.value
        _event(uow, record, "step", staff_id, note=text)
        info = _info(uow, record)
        uow.commit()
    return info


def hand_off(
    uow: UnitOfWork,
    agency_no: str,
    to_kind: str,
    to_name: str,
    note: str = "",
    *,
    staff_id: uuid.UUID | None,
    to_staff_id: uuid.UUID | None = None,
) -> AgencyInfo:
    """The matter changes hands: to a window or a department (then it waits there), back to the agent, or
    on to another agent — which is 转委托 and needs the 委托书 to allow it."""
    try:
        target = HandOffTo(to_kind)
    except ValueError:
        raise InvalidInput("移交对象只能是帮办代办员、窗口或部门。", field="移交给") from None
    text = _note(note)
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "移交")
        if record.state == AgencyState.READY:
            raise Conflict(f"代办件 {record.agency_no} 的结果已通知领取，请交付办结，或取消后重新登记。")
        detail: dict[str, object] = {}
        if target is HandOffTo.AGENT:
            agent = (
                _agent(uow, to_staff_id)
                if to_staff_id is not None
                else uow.session.get(Staff, record.agent_id)
            )
            assert agent is not None
            if agent.id != record.agent_id:
                if not record.sub_delegation:
                    raise Conflict(
                        "委托书未授权转委托，不能移交给其他帮办代办员；如需更换，请委托人重新签署委托书。"
                    )
                previous = uow.session.get(Staff, record.agent_id)
                detail = {"from_agent": previous.name if previous else "", "sub_delegation": True}
                record.agent_id = agent.id
            words = _agent_words(agent)
            record.state = AgencyState.IN_PROGRESS.value
            to_staff_id = agent.id
        else:
            with checking_input():
                words = clean_text(to_name, "移交给", 200)
            record.state = AgencyState.WAITING.value
            to_staff_id = None
        record.holder = words
        _event(
            uow,
            record,
            "handoff",
            staff_id,
            to_kind=target,
            to_name=words,
            to_staff_id=to_staff_id,
            note=text,
            **detail,
        )
        info = _info(uow, record)
        uow.commit()
    return info


def link_case(uow: UnitOfWork, agency_no: str, case_no: str, *, staff_id: uuid.UUID | None) -> AgencyInfo:
    """The real case (办件) the window accepted for this matter; its deadline then shows here."""
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "关联办件")
        case = _find_case(uow, case_no, lock=False)
        same_id = bool(case.applicant_id_number) and case.applicant_id_number == record.principal_id_number
        same_name = not case.applicant_id_number and case.applicant_name == record.principal_name
        if not (same_id or same_name):
            raise InvalidInput(
                f"办件 {case.case_no} 的申请人与本代办件的委托人不是同一人（单位），请核对办件编号。",
                field="办件编号",
            )
        before = None
        if record.case_id is not None:
            before = uow.session.scalar(select(Case.case_no).where(Case.id == record.case_id))
            if record.case_id == case.id:
                raise Conflict(f"代办件已关联办件 {case.case_no}。")
        record.case_id = case.id
        _event(
            uow,
            record,
            "linked",
            staff_id,
            case_no=case.case_no,
            replaced=before,
            promised_deadline=case.promised_deadline.isoformat() if case.promised_deadline else None,
        )
        info = _info(uow, record)
        uow.commit()
    return info


def mark_ready(
    uow: UnitOfWork, agency_no: str, place: str, note: str = "", *, staff_id: uuid.UUID | None
) -> AgencyInfo:
    """The result (licence, certificate…) is ready: where to collect it; the notify slip is printed next."""
    with checking_input():
        where = clean_text(place, "领取地点", 200)
    text = _note(note)
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "登记结果待领取")
        if record.state == AgencyState.READY:
            raise Conflict(f"代办件 {record.agency_no} 已登记结果待领取，可重打领取通知单。")
        record.state, record.ready_at, record.holder = AgencyState.READY.value, uow.now(), where
        _event(uow, record, "ready", staff_id, to_name=where, note=text, place=where)
        info = _info(uow, record)
        uow.commit()
    return info


def deliver(
    uow: UnitOfWork, agency_no: str, to_whom: str, note: str = "", *, staff_id: uuid.UUID | None
) -> AgencyInfo:
    """The result reached the applicant (or whom they sent): the proxy case is closed."""
    with checking_input():
        who = clean_text(to_whom, "领取人", 200)
    text = _note(note)
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "交付办结")
        if record.state != AgencyState.READY:
            raise Conflict(
                f"代办件 {record.agency_no} 当前为“{state_label(record.state)}”，结果待领取后才能交付办结。"
            )
        record.state, record.closed_at, record.holder = AgencyState.DELIVERED.value, uow.now(), who
        _event(uow, record, "delivered", staff_id, to_name=who, note=text)
        info = _info(uow, record)
        uow.commit()
    return info


def cancel(uow: UnitOfWork, agency_no: str, reason: str, *, staff_id: uuid.UUID | None) -> AgencyInfo:
    """The applicant withdrew, or the matter cannot go on: closed with the reason (even if expired)."""
    why = _note(reason, "取消原因", required=True)
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "取消", check_validity=False)
        record.state, record.closed_at, record.cancel_reason = AgencyState.CANCELLED.value, uow.now(), why
        _event(uow, record, "cancelled", staff_id, note=why)
        info = _info(uow, record)
        uow.commit()
    return info


# --- the scanned 委托书 -------------------------------------------------------------------------------


def _attach(
    uow: UnitOfWork,
    record: AgencyRecord,
    upload: Upload,
    checked: tuple[str, str],
    staff_id: uuid.UUID | None,
) -> AttachmentInfo:
    info, previous = agency_files.store(
        uow.session,
        hall_id=record.hall_id,
        agency_id=record.id,
        upload=upload,
        checked=checked,
        staff_id=staff_id,
        now=uow.now(),
    )
    _event(
        uow,
        record,
        "attached",
        staff_id,
        file_name=info.file_name,
        size=info.size,
        sha256=info.sha256,
        replaced=previous.sha256 if previous else None,
    )
    return info


def attach_authorization(
    uow: UnitOfWork, agency_no: str, upload: Upload, *, staff_id: uuid.UUID | None
) -> AttachmentInfo:
    """Attach (or replace) the scanned signed 委托书; the one replaced stays on file, marked replaced."""
    checked = check_upload(upload)
    with uow:
        record = _record(uow, agency_no)
        _open_for(uow, record, "附加委托书扫描件", check_validity=False)
        info = _attach(uow, record, upload, checked, staff_id)
        uow.commit()
    return info


def authorization_scan(
    uow: UnitOfWork, agency_no: str, *, staff_id: uuid.UUID | None
) -> tuple[AttachmentInfo, bytes]:
    """The current scanned 委托书 and its bytes, for the hall's staff (a window checks what the agent may
    do). The signed form carries whole ID numbers, so each viewing is logged (``scan_viewed`` in the proxy
    case's log and the audit trail), as a revealed phone number is."""
    with uow:
        record = _record(uow, agency_no, lock=False)
        staff = uow.session.get(Staff, staff_id) if staff_id is not None else None
        if staff is None:
            raise PermissionDenied("请先登录，再查看委托书扫描件。")
        if staff.hall_id != record.hall_id or not staff.active:
            raise PermissionDenied("只有本大厅在岗的工作人员可以查看委托书扫描件。")
        info = agency_files.current_attachment(uow.session, record.id)
        if info is None:
            raise NotFound(f"代办件 {record.agency_no} 还没有附加委托书扫描件。")
        data = agency_files.attachment_data(uow.session, info.id)
        _event(uow, record, "scan_viewed", staff.id, file_name=info.file_name)
        uow.commit()
    return info, data


def default_validity(uow: UnitOfWork) -> tuple[date, date]:
    """Today and DEFAULT_VALID_DAYS later, on the hall's clock: what the form proposes."""
    today = today_in(uow)
    return today, today + timedelta(days=DEFAULT_VALID_DAYS)
