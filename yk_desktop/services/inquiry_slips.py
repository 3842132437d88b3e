"""The 首问登记单 of an inquiry: what the database says, handed to ``printing.inquiry_slip``, archived as the
exact PDF before it is printed (then printed by the gui), like ``services.letters`` does for letters.

A slip is built whenever one is asked for: after a hand-off the next slip names the new handler, and every
slip handed out stays in the archive.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from yk_desktop.core.docno import INQUIRY
from yk_desktop.printing.inquiry_slip import InquirySlip, build_inquiry_slip_pdf
from yk_desktop.services import documents
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.errors import Conflict
from yk_desktop.services.hall import _hall
from yk_desktop.services.inquiries import _info, _inquiry, _window_text
from yk_desktop.services.runtime import Runtime, UnitOfWork
from yk_desktop.store.models import Hall, Staff, Window
from yk_desktop.store.models.inquiries import Handling

SLIP_KIND = INQUIRY.key  # the archive's and the print setup's kind


def inquiry_slip(uow: UnitOfWork, inquiry_no: str) -> InquirySlip:
    """The slip's contents; only for an applicant sent elsewhere (guided, or with a colleague now)."""
    with uow.reading():
        inquiry = _inquiry(uow, inquiry_no, lock=False)
        info = _info(uow, inquiry)
        if not info.destination:
            raise Conflict(f"首问 {info.inquiry_no} 已当场答复或由本人跟进，无需打印首问登记单。")
        hall = uow.session.get(Hall, _hall(uow))
        assert hall is not None
        responder = uow.session.get(Staff, info.responder_id)
        window = uow.session.scalar(
            select(Window).where(Window.id == (responder.window_id if responder else None))
        )
        # Where the staff member stood when asked; their own window when the PC had none.
        number = info.window_number if info.window_number is not None else (window.number if window else None)
        sent_by = (
            f"{info.responder_name}（{_window_text(number)}）" if number is not None else info.responder_name
        )
        handed = [e for e in info.events if e.kind == "handed_off"]
        logged = [e for e in info.events if e.kind == "logged"]
        note = (handed[-1].text if handed and handed[-1].text else "") or (logged[0].text if logged else "")
        return InquirySlip(
            hall_name=hall.name,
            hall_phone=hall.phone,
            number=info.display_no,
            barcode=info.inquiry_no,
            asked_at=info.asked_at,
            go_to=info.destination,
            go_label="请前往" if info.handling == Handling.GUIDED else "承办人",
            sent_by=sent_by,
            applicant=info.applicant_masked,
            applicant_phone=inquiry.phone,  # the builder prints it masked
            question=info.question,
            item_name=info.item_name,
            note=note,
            supervision_phone=hall.supervision_phone,
        )


def archive_slip(runtime: Runtime, inquiry_no: str, staff_id: uuid.UUID | None = None) -> DocumentInfo:
    """Build the slip of ``inquiry_no`` and keep it (call from a worker)."""
    slip = inquiry_slip(runtime.uow(), inquiry_no)
    pdf = build_inquiry_slip_pdf(slip)
    uow = runtime.uow()
    with uow.reading():
        ref = _inquiry(uow, inquiry_no, lock=False).id
    return documents.archive(
        runtime.uow(), SLIP_KIND, slip.barcode, INQUIRY.title, pdf, ref_id=ref, staff_id=staff_id
    )
