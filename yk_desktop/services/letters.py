"""The documents of a notice or a case, built and archived: what the database says, handed to the one
builder of each document in ``yk_desktop.printing``, kept as the exact PDF (then printed by the gui).

Reprints never rebuild: they print the archived bytes, so a copy is always what the applicant got.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import CASE, CORRECTION, NOTICE, display_number
from yk_desktop.printing import a4
from yk_desktop.printing.correction import CorrectionLine, CorrectionNotice, build_correction_pdf
from yk_desktop.printing.notice import NoticeItem, NoticeLetter, NoticeMaterial, build_notice_pdf
from yk_desktop.printing.receipt import (
    AcceptanceReceipt,
    ReceivedMaterial,
    build_receipt_a4_pdf,
    build_receipt_roll_pdf,
)
from yk_desktop.services import calendar, documents
from yk_desktop.services.cases import _case
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.errors import Conflict, NotFound
from yk_desktop.services.hall import _hall
from yk_desktop.services.notices import _find as _find_notice
from yk_desktop.services.runtime import Runtime, UnitOfWork
from yk_desktop.store.models import (
    Bundle,
    Case,
    CaseEvent,
    CaseMaterial,
    Hall,
    ServiceItem,
    Staff,
    Window,
)
from yk_desktop.store.models.cases import CaseState

PICKUP = "办结后凭本回执到受理窗口领取结果，或在受理时选择邮寄送达；如有疑问请拨打咨询电话。"
RECEIPT_A4 = "receipt_a4"
RECEIPT_ROLL = "receipt_roll"


def _hall_row(uow: UnitOfWork) -> Hall:
    hall = uow.session.get(Hall, _hall(uow))
    assert hall is not None
    return hall


def _short(hall: Hall) -> str:
    return hall.short_name or hall.name


def _staff(uow: UnitOfWork, staff_id: uuid.UUID | None) -> Staff | None:
    return uow.session.get(Staff, staff_id) if staff_id is not None else None


def _window_number(uow: UnitOfWork, window_id: uuid.UUID | None) -> int | None:
    return uow.session.scalar(select(Window.number).where(Window.id == window_id)) if window_id else None


def notice_letter(uow: UnitOfWork, notice_no: str) -> NoticeLetter:
    with uow.reading():
        notice = _find_notice(uow, notice_no)
        hall = _hall_row(uow)
        ids = [uuid.UUID(i) for i in notice.item_ids]
        rows = {r.id: r for r in uow.session.scalars(select(ServiceItem).where(ServiceItem.id.in_(ids)))}
        items = [rows[i] for i in ids if i in rows]
        bundle = uow.session.get(Bundle, notice.bundle_id) if notice.bundle_id else None
        clerk = _staff(uow, notice.staff_id)
        return NoticeLetter(
            hall_name=hall.name,
            hall_address=hall.address,
            supervision_phone=hall.supervision_phone,
            window_number=_window_number(uow, notice.window_id),
            clerk_name=clerk.name if clerk else "",
            document_number=display_number(notice.notice_no, _short(hall)),
            barcode=notice.notice_no,
            issued_at=notice.issued_at,
            applicant_name=notice.applicant_name,
            applicant_kind=notice.applicant_kind,
            applicant_id_number=notice.applicant_id_number,
            applicant_phone=notice.applicant_phone,
            bundle_name=bundle.name if bundle else None,
            items=tuple(
                NoticeItem(
                    i.code,
                    i.name,
                    i.department,
                    i.basis,
                    i.conditions,
                    tuple(i.procedure),
                    i.legal_days,
                    i.promised_days,
                    i.fees,
                    i.location,
                    i.phone,
                )
                for i in items
            ),
            materials=tuple(
                NoticeMaterial(
                    name=ln.name,
                    status=ln.status,
                    required=ln.required,
                    condition=ln.condition,
                    original=ln.original,
                    copies=ln.copies,
                    form=ln.form,
                    issuer=ln.issuer,
                    note=ln.note,
                    items=tuple(ln.items),
                    off_list=ln.off_list,
                    off_list_reason=ln.off_list_reason,
                )
                for ln in sorted(notice.lines, key=lambda ln: ln.position)
            ),
            hand_in=notice.hand_in,
        )


def acceptance_receipt(uow: UnitOfWork, case_no: str) -> AcceptanceReceipt:
    with uow.reading():
        case = _case(uow, case_no, lock=False)
        hall = _hall_row(uow)
        clerk = _staff(uow, case.clerk_id)
        materials = uow.session.scalars(
            select(CaseMaterial).where(CaseMaterial.case_id == case.id).order_by(CaseMaterial.position)
        )
        if (
            case.state == CaseState.CORRECTION
            or case.promised_deadline is None
            or case.legal_deadline is None
        ):
            # The deadlines on file are void until the corrected materials arrive (the count restarts then).
            raise Conflict(f"办件 {case.case_no} 正在补正，补正材料收齐后才有办结期限，届时再打印受理回执。")
        cal = calendar.calendar_in(uow.session)
        start = case.materials_complete_on or case.accepted_at.astimezone(HALL_TZ).date()
        bundle = uow.session.get(Bundle, case.bundle_id) if case.bundle_id else None
        return AcceptanceReceipt(
            hall_name=hall.name,
            hall_phone=hall.phone,
            window_number=_window_number(uow, case.window_id),
            clerk_name=clerk.name if clerk else "",
            case_number=case.case_no,
            barcode=case.case_no,
            item_names=tuple(case.item_names) if not bundle else (bundle.name,),
            bundle_name=bundle.name if bundle else None,
            applicant_name=case.applicant_name,
            applicant_kind=case.applicant_kind,
            applicant_id_number=case.applicant_id_number,
            applicant_phone=case.applicant_phone,
            accepted_at=case.accepted_at,
            promised_deadline=case.promised_deadline,
            legal_deadline=case.legal_deadline,
            promised_days=case.promised_days,
            materials=tuple(ReceivedMaterial(m.name, m.pages, _receipt_status(m.status)) for m in materials),
            tolerance_due=case.tolerance_due if case.tolerance else None,
            pickup=PICKUP,
            deadline_note=calendar.estimate_note(cal.uncovered_between(start, case.legal_deadline)),
            suspension=_suspension(case),
        )


def _suspension(case: Case) -> str:
    if case.state != CaseState.SUSPENDED or case.suspended_on is None:
        return ""
    reason = f"（{case.suspend_reason}）" if case.suspend_reason else ""
    return (
        f"本办件自{a4.cn_date(case.suspended_on)}起中止计时{reason}，中止期间不计入办理时限；"
        "恢复计时后，上列办结日期相应顺延，以恢复时告知的日期为准。"
    )


def _receipt_status(status: str) -> str:
    # A material corrected or handed in after acceptance is, by the time of a receipt, simply received.
    return status if status in ("received", "reused", "tolerated") else "received"


def correction_notice(uow: UnitOfWork, number: str) -> CorrectionNotice:
    with uow.reading():
        event = uow.session.scalar(
            select(CaseEvent).where(
                CaseEvent.hall_id == _hall(uow),
                CaseEvent.kind == "correction",
                CaseEvent.detail["number"].as_string() == number,
            )
        )
        if event is None:
            raise NotFound(f"未找到补正通知 {number}。")
        case = uow.session.get(Case, event.case_id)
        assert case is not None
        hall = _hall_row(uow)
        clerk = _staff(uow, event.staff_id)
        detail = event.detail
        raw_lines = detail.get("lines", [])
        assert isinstance(raw_lines, list)
        due = detail.get("due")
        return CorrectionNotice(
            hall_name=hall.name,
            clerk_name=clerk.name if clerk else "",
            clerk_phone=(clerk.phone if clerk and clerk.phone else hall.phone),
            window_number=_window_number(uow, case.window_id),
            document_number=display_number(number, _short(hall)),
            barcode=number,
            issued_at=event.at,
            applicant_name=case.applicant_name,
            applicant_kind=case.applicant_kind,
            applicant_id_number=case.applicant_id_number,
            applicant_phone=case.applicant_phone,
            item_names=tuple(case.item_names),
            applied_on=case.accepted_at.astimezone(HALL_TZ).date(),
            lines=tuple(
                CorrectionLine(str(x["material"]), str(x["problem"]), str(x["standard"])) for x in raw_lines
            ),
            due=date.fromisoformat(str(due)) if due else None,
            note=str(detail.get("note", "")),
        )


def archive_notice(runtime: Runtime, notice_no: str, staff_id: uuid.UUID | None = None) -> DocumentInfo:
    """Build the letter of ``notice_no`` and keep it (call from a worker: the build takes ~0.1 s)."""
    letter = notice_letter(runtime.uow(), notice_no)
    pdf = build_notice_pdf(letter)
    notice_id = _ref(runtime.uow(), NOTICE.key, notice_no)
    return documents.archive(
        runtime.uow(), NOTICE.key, notice_no, NOTICE.title, pdf, ref_id=notice_id, staff_id=staff_id
    )


def archive_receipt(
    runtime: Runtime, case_no: str, *, roll: bool = False, staff_id: uuid.UUID | None = None
) -> DocumentInfo:
    receipt = acceptance_receipt(runtime.uow(), case_no)
    pdf = build_receipt_roll_pdf(receipt) if roll else build_receipt_a4_pdf(receipt)
    case_id = _ref(runtime.uow(), CASE.key, case_no)
    kind = RECEIPT_ROLL if roll else RECEIPT_A4
    return documents.archive(runtime.uow(), kind, case_no, CASE.title, pdf, ref_id=case_id, staff_id=staff_id)


def archive_correction(runtime: Runtime, number: str, staff_id: uuid.UUID | None = None) -> DocumentInfo:
    notice = correction_notice(runtime.uow(), number)
    pdf = build_correction_pdf(notice)
    return documents.archive(runtime.uow(), CORRECTION.key, number, CORRECTION.title, pdf, staff_id=staff_id)


def _ref(uow: UnitOfWork, kind: str, number: str) -> uuid.UUID:
    with uow.reading():
        if kind == NOTICE.key:
            return _find_notice(uow, number).id
        return _case(uow, number, lock=False).id
