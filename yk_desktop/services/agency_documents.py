"""The printed documents of a proxy case, built from the database and archived: the 委托书 to sign (A4)
and the result-ready slip (80 mm). Like ``services.letters``: what the rows say, handed to the one
builder of each document in ``yk_desktop.printing``, kept as the exact PDF (the gui prints the archive's
bytes, so a reprint is always what the applicant got).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import AGENCY, display_number
from yk_desktop.printing.agency_slip import TITLE as SLIP_TITLE
from yk_desktop.printing.agency_slip import ReadySlip, build_ready_slip_pdf
from yk_desktop.printing.authorization import AuthorizationForm, Party, build_authorization_pdf
from yk_desktop.services import calendar, documents, policy
from yk_desktop.services.agency import _record
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.errors import Conflict
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import Runtime, UnitOfWork
from yk_desktop.store.models import AgencyEvent, AgencyItem, Case, Hall, Staff
from yk_desktop.store.models.agency import AgencyState

# Archive kinds: the gui's archive knows 「authorization」 as 委托书; the slip is its own kind.
AUTHORIZATION = "authorization"
READY_SLIP = "agency_slip"
READY_NOTICE_RULE = "agency.ready_notice_days"


def _hall_row(uow: UnitOfWork) -> Hall:
    hall = uow.session.get(Hall, _hall(uow))
    assert hall is not None
    return hall


def authorization_form(uow: UnitOfWork, agency_no: str) -> AuthorizationForm:
    with uow.reading():
        record = _record(uow, agency_no, lock=False)
        hall = _hall_row(uow)
        # The 受托人 the applicant signed for, whoever works on it now under 转委托.
        agent = uow.session.get(Staff, record.authorized_agent_id)
        assert agent is not None
        items = uow.session.execute(
            select(AgencyItem.code, AgencyItem.name)
            .where(AgencyItem.agency_id == record.id)
            .order_by(AgencyItem.position)
        ).all()
        contact = " ".join(p for p in (record.contact_name, record.contact_phone) if p)
        return AuthorizationForm(
            hall_name=hall.name,
            document_number=display_number(record.agency_no, hall.short_name or hall.name),
            barcode=record.agency_no,
            principal_kind=record.principal_kind,
            principal=Party(
                record.principal_name,
                record.principal_id_type,
                record.principal_id_number,
                record.principal_phone,
            ),
            contact=contact,
            agent=Party(agent.name, record.agent_id_type, record.agent_id_number, agent.phone),
            agent_unit=agent.department or hall.name,
            items=tuple((code, name) for code, name in items),
            matter=record.matter,
            powers=tuple(p for p in record.powers.split("\n") if p),
            sub_delegation=record.sub_delegation,
            valid_from=record.valid_from,
            valid_until=record.valid_until,
            issued_at=record.created_at,
        )


def ready_slip(uow: UnitOfWork, agency_no: str) -> ReadySlip:
    """The slip as the latest 「结果待领取」 says; refused before the result is ready."""
    with uow.reading():
        record = _record(uow, agency_no, lock=False)
        event = uow.session.scalar(
            select(AgencyEvent)
            .where(AgencyEvent.agency_id == record.id, AgencyEvent.kind == "ready")
            .order_by(AgencyEvent.at.desc(), AgencyEvent.id.desc())
            .limit(1)
        )
        if event is None or record.state not in (AgencyState.READY, AgencyState.DELIVERED):
            raise Conflict(f"代办件 {record.agency_no} 的结果尚未办结，不能打印领取通知单。")
        hall = _hall_row(uow)
        agent = uow.session.get(Staff, record.agent_id)
        assert agent is not None
        names = uow.session.scalars(
            select(AgencyItem.name).where(AgencyItem.agency_id == record.id).order_by(AgencyItem.position)
        ).all()
        case_no = (
            uow.session.scalar(select(Case.case_no).where(Case.id == record.case_id))
            if record.case_id
            else None
        )
        ready_day = event.at.astimezone(HALL_TZ).date()
        days = policy.value(uow, READY_NOTICE_RULE)
        collect_by = calendar.calendar_in(uow.session).working_days_after(ready_day, days)
        return ReadySlip(
            hall_name=hall.name,
            agency_no=record.agency_no,
            applicant_name=record.principal_name,
            applicant_phone=record.contact_phone or record.principal_phone,
            item_names=tuple(names),
            case_no=case_no,
            ready_at=event.at,
            place=str(event.detail.get("place") or event.to_name),
            collect_by=collect_by,
            opening_hours=hall.opening_hours,
            agent_name=agent.name,
            agent_phone=agent.phone,
            hall_phone=hall.phone,
            note=event.note,
        )


def _ref(uow: UnitOfWork, agency_no: str) -> uuid.UUID:
    with uow.reading():
        return _record(uow, agency_no, lock=False).id


def archive_authorization(
    runtime: Runtime, agency_no: str, staff_id: uuid.UUID | None = None
) -> DocumentInfo:
    """Build the 委托书 of ``agency_no`` and keep it (call from a worker thread)."""
    form = authorization_form(runtime.uow(), agency_no)
    pdf = build_authorization_pdf(form)
    return documents.archive(
        runtime.uow(),
        AUTHORIZATION,
        form.barcode,
        AGENCY.title,
        pdf,
        ref_id=_ref(runtime.uow(), agency_no),
        staff_id=staff_id,
    )


def archive_ready_slip(runtime: Runtime, agency_no: str, staff_id: uuid.UUID | None = None) -> DocumentInfo:
    """Build the result-ready slip of ``agency_no`` and keep it (call from a worker thread)."""
    slip = ready_slip(runtime.uow(), agency_no)
    pdf = build_ready_slip_pdf(slip)
    return documents.archive(
        runtime.uow(),
        READY_SLIP,
        slip.agency_no,
        SLIP_TITLE,
        pdf,
        ref_id=_ref(runtime.uow(), agency_no),
        staff_id=staff_id,
    )
