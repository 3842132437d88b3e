"""投诉受理单: the 80 mm slip a complainant takes away — the number (also as a barcode), the type and its time
limit, the reply deadline, what was received, who took it in, and where to ask or complain further.

Drawn line by line on the roll (``printing.roll``), so typed text prints exactly as typed; the complainant's
name and phone are printed masked (GB/T 35273), the content capped at a few lines ending in "…".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.pdfgen.canvas import Canvas

from yk_desktop.core.masking import mask_name
from yk_desktop.printing import a4, roll
from yk_desktop.printing.fonts import cjk_font

TITLE = "投诉受理单"
_SIZE = 9.5
_SMALL = 8.0
_MAX_LINES = 6
_TOP_GAP = roll.MARGIN
_BARCODE_GAP = 8.0


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


def _field(cursor: roll.Cursor, label: str, value: str, *, size: float = _SIZE, bold: bool = False) -> None:
    """「label：value」, the value's later lines under its first character, at most a few lines."""
    font = cursor.font
    head = f"{label}："
    indent = roll.text_width(head, font, size, bold)
    lines = roll.wrap(
        head + (roll.clean(value) or a4.DASH), font, size, roll.INNER, bold, next_width=roll.INNER - indent
    )
    if len(lines) > _MAX_LINES:
        lines = lines[:_MAX_LINES]
        lines[-1] = roll.ellipsize(lines[-1], font, size, roll.INNER - indent, bold)
    cursor.left_lines(lines, size, bold=bold, indent=indent)
    cursor.gap(2.5)


def _body(cursor: roll.Cursor, s: ComplaintSlip) -> None:
    hall_size, hall = roll.fit(roll.clean(s.hall_name), cursor.font, 13, 9, 2, bold=True)
    cursor.lines(hall, hall_size, bold=True)
    cursor.gap(4)
    cursor.lines([TITLE], 15, bold=True)
    cursor.gap(6)
    cursor.rule()
    cursor.gap(6)
    _field(cursor, "编号", s.number, size=11, bold=True)
    _field(cursor, "受理时间", a4.cn_datetime(s.received_at))
    _field(cursor, "类型", s.kind_name)
    _field(cursor, "来源", s.source_name)
    if s.work_order_no.strip():
        _field(cursor, "工单号", s.work_order_no)  # its own line: a number is not broken across two
    _field(cursor, "投诉人", mask_name(s.complainant_name) if s.complainant_name.strip() else "匿名")
    _field(cursor, "联系电话", a4.printed_phone(s.phone))
    _field(cursor, "诉求内容", s.content)
    _field(cursor, "答复期限", f"{a4.cn_date(s.deadline)}前（{s.deadline_days}个工作日）", bold=True)
    cursor.gap(2)
    cursor.rule()
    cursor.gap(6)
    _field(cursor, "受理人", s.clerk_name)
    _field(cursor, "咨询电话", s.hall_phone)
    _field(cursor, "监督电话", s.supervision_phone)
    note = roll.wrap("请妥善保管本单，凭编号查询办理进度。", cursor.font, _SMALL, roll.INNER)
    cursor.left_lines(note, _SMALL)


def build_complaint_slip_pdf(s: ComplaintSlip) -> bytes:
    """The slip as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    a4.require_aware(s.received_at, "受理时间")
    font = cjk_font().name
    buf = io.BytesIO()
    # invariant: the same slip gives the same bytes (archive and reprint compare equal).
    canvas = Canvas(
        buf, pagesize=(roll.PAGE_WIDTH, 100), invariant=True, pageCompression=1, initialFontName=font
    )
    canvas.setTitle(f"{TITLE} {roll.clean(s.barcode)}")
    canvas.setCreator("yk-desktop")
    probe = roll.Cursor(canvas, font, 0.0, draw=False)  # measured first, then the page sized to fit
    _body(probe, s)
    height = _TOP_GAP - probe.top + _BARCODE_GAP + roll.barcode_height() + roll.MARGIN
    canvas.setPageSize((roll.PAGE_WIDTH, height))
    _body(roll.Cursor(canvas, font, height - _TOP_GAP), s)
    roll.draw_barcode(canvas, s.barcode, font, roll.MARGIN)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
