"""投诉受理单: the 80 mm slip a complainant takes away — the number (also as a barcode), the type and its time
limit, the reply deadline, what was received, who took it in, and where to ask or complain further.

Drawn line by line on the roll (``printing.roll``), so typed text prints exactly as typed; the complainant's
name and phone are printed masked (GB/T 35273), the content capped at a few lines ending in "…".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from yk_desktop.core.masking import mask_name
from yk_desktop.printing import a4, roll

TITLE = "投诉受理单"
_CONTENT_LINES = 6


@dataclass(frozen=True)
class ComplaintSlip:
    hall_name: str
    number: str  # as printed: 「营口政务投诉〔2026〕1号」
    barcode: str  # the payload, K2026000001
    kind_name: str
    source_name: str
    work_order_no: str
    complainant_name: str  # printed masked
    phone: str  # printed masked
    content: str
    received_at: datetime
    deadline: date
    deadline_days: int
    clerk_name: str
    hall_phone: str
    supervision_phone: str


def _body(cursor: roll.Cursor, s: ComplaintSlip) -> None:
    roll.heading(cursor, s.hall_name, TITLE)
    roll.field(cursor, "编号", s.number, size=11, bold=True)
    roll.field(cursor, "受理时间", a4.cn_datetime(s.received_at))
    roll.field(cursor, "类型", s.kind_name)
    roll.field(cursor, "来源", s.source_name)
    if s.work_order_no.strip():
        roll.field(cursor, "工单号", s.work_order_no)  # its own line: a number is not broken across two
    roll.field(cursor, "投诉人", mask_name(s.complainant_name) if s.complainant_name.strip() else "匿名")
    roll.field(cursor, "联系电话", a4.printed_phone(s.phone))
    roll.field(cursor, "诉求内容", s.content, max_lines=_CONTENT_LINES)
    roll.field(cursor, "答复期限", f"{a4.cn_date(s.deadline)}前（{s.deadline_days}个工作日）", bold=True)
    roll.section(cursor)
    roll.field(cursor, "受理人", s.clerk_name)
    roll.field(cursor, "咨询电话", s.hall_phone)
    roll.field(cursor, "监督电话", s.supervision_phone)
    roll.text(cursor, "请妥善保管本单，凭编号查询办理进度。", size=roll.SMALL_SIZE)


def build_complaint_slip_pdf(s: ComplaintSlip) -> bytes:
    """The slip as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    a4.require_aware(s.received_at, "受理时间")
    return roll.build_slip(TITLE, s.barcode, lambda cursor: _body(cursor, s))
