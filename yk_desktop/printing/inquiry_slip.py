"""首问登记单: the 80 mm slip an applicant takes along when the first staff member sends them elsewhere.

It says where to go (a window, a department, or the named colleague who now has the matter), who sent
them and from which window, what they asked, when, the registration number (also as a Code 128 barcode, so
the next window opens the record by scanning), and the hall's phone. The applicant's name and phone are
printed masked (GB/T 35273). Everything is drawn with ``drawString``, so typed text such as ``<b>&amp;``
prints exactly as typed; long texts wrap and are capped with "…", never drawn off the paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from yk_desktop.printing import a4, roll

TITLE = "首问登记单"
GUIDE = "请持本单前往办理；接待人员可扫描条码查看本次登记。如有疑问，请拨打咨询电话或联系首问负责人。"

_GO_SIZE = 12.0
_MAX_GO_LINES = 4


@dataclass(frozen=True)
class InquirySlip:
    """Everything one printed 首问登记单 says."""

    hall_name: str
    hall_phone: str
    number: str
    """As printed, e.g. 「营口政务首问〔2026〕1号」."""
    barcode: str
    """Code 128 payload, printable ASCII (``Q2026000001``)."""
    asked_at: datetime
    """Aware; printed in the hall's time zone."""
    go_to: str
    """Where to go now, in words: 「3 号窗口（涉企经营许可窗口，一楼A区）」 or a department."""
    go_label: str
    """「请前往」 when guided, 「承办人」 when handed to a colleague."""
    sent_by: str
    """The first staff member (首问负责人), e.g. 「王丽娜（1 号窗口）」."""
    applicant: str
    """Masked name or the unit (「张*」), or 「匿名」."""
    applicant_phone: str
    """The whole number or empty: printed masked (「138****5678」)."""
    question: str
    item_name: str = ""
    note: str = ""
    """What the first staff member wants the next one to know (the hand-off note), printed as is."""
    supervision_phone: str = ""

    def __post_init__(self) -> None:
        a4.require_aware(self.asked_at, "登记时间")
        if not self.go_to.strip():
            raise ValueError("首问登记单必须写明去向")


def _body(cursor: roll.Cursor, s: InquirySlip) -> None:
    roll.heading(cursor, s.hall_name, TITLE)
    roll.field(cursor, "登记编号", s.number, size=10.5, bold=True)
    roll.field(cursor, "登记时间", a4.cn_datetime(s.asked_at))
    roll.field(cursor, "办事人", s.applicant)
    roll.field(cursor, "联系电话", a4.printed_phone(s.applicant_phone))
    if s.item_name.strip():
        roll.field(cursor, "咨询事项", s.item_name)
    roll.field(cursor, "咨询内容", s.question)
    roll.section(cursor)
    roll.field(cursor, s.go_label, s.go_to, size=_GO_SIZE, bold=True, max_lines=_MAX_GO_LINES)
    if s.note.strip():
        roll.field(cursor, "说明", s.note)
    roll.field(cursor, "首问负责人", s.sent_by)
    roll.section(cursor)
    roll.text(cursor, GUIDE, size=roll.SMALL_SIZE)
    roll.field(cursor, "咨询电话", s.hall_phone)
    if s.supervision_phone.strip():
        roll.field(cursor, "监督电话", s.supervision_phone)


def build_inquiry_slip_pdf(s: InquirySlip) -> bytes:
    """The slip as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    return roll.build_slip(TITLE, s.barcode, lambda cursor: _body(cursor, s))
