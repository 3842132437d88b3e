"""首问登记单: the 80 mm slip an applicant takes along when the first staff member sends them elsewhere.

It says where to go (a window, a department, or the named colleague who now has the matter), who sent
them and from which window, what they asked, when, the registration number (also as a Code 128 barcode, so
the next window opens the record by scanning), and the hall's phone. The applicant's name and phone are
printed masked (GB/T 35273). Everything is drawn with ``drawString``, so typed text such as ``<b>&amp;``
prints exactly as typed; long texts wrap and are capped with "…", never drawn off the paper.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.pdfgen.canvas import Canvas

from yk_desktop.printing import a4, roll
from yk_desktop.printing.fonts import cjk_font

TITLE = "首问登记单"
GUIDE = "请持本单前往办理；接待人员可扫描条码查看本次登记。如有疑问，请拨打咨询电话或联系首问负责人。"

_SIZE = 9.5
_SMALL = 8.0
_GO_SIZE = 12.0
# Free texts are capped so that a pasted essay cannot make a metre of slip; the cut line ends in "…".
_MAX_FIELD_LINES = 5
_MAX_GO_LINES = 4
_TOP_GAP = roll.MARGIN
_BARCODE_GAP = 8.0


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


class _Lines:
    """The slip's lines on a :class:`roll.Cursor` (measured first, then drawn)."""

    def __init__(self, cursor: roll.Cursor) -> None:
        self.c = cursor
        self.font = cursor.font

    def _capped(self, lines: list[str], size: float, bold: bool, max_lines: int, indent: float) -> list[str]:
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            width = roll.INNER - (indent if max_lines > 1 else 0.0)
            lines[-1] = roll.ellipsize(lines[-1], self.font, size, width, bold)
        return lines

    def field(
        self,
        label: str,
        value: str,
        *,
        size: float = _SIZE,
        bold: bool = False,
        max_lines: int = _MAX_FIELD_LINES,
    ) -> None:
        """「label：value」, the value's later lines under its first character."""
        head = f"{label}："
        text = head + (roll.clean(value) or a4.DASH)
        indent = roll.text_width(head, self.font, size, bold)
        # A label wider than a third of the paper would leave a thin column; wrap from the margin instead.
        if indent > roll.INNER / 3:
            indent = 0.0
        lines = roll.wrap(text, self.font, size, roll.INNER, bold, next_width=roll.INNER - indent)
        self.c.left_lines(self._capped(lines, size, bold, max_lines, indent), size, bold=bold, indent=indent)
        self.c.gap(2.5)

    def text(self, text: str, *, size: float = _SIZE, bold: bool = False) -> None:
        lines = roll.wrap(roll.clean(text), self.font, size, roll.INNER, bold)
        self.c.left_lines(self._capped(lines, size, bold, _MAX_FIELD_LINES, 0.0), size, bold=bold)
        self.c.gap(2.5)

    def section(self) -> None:
        self.c.gap(2)
        self.c.rule()
        self.c.gap(6)


def _body(cursor: roll.Cursor, s: InquirySlip) -> None:
    out = _Lines(cursor)
    hall_size, hall = roll.fit(roll.clean(s.hall_name), cursor.font, 13, 9, 2, bold=True)
    cursor.lines(hall, hall_size, bold=True)
    cursor.gap(4)
    cursor.lines([TITLE], 15, bold=True)
    cursor.gap(6)
    cursor.rule()
    cursor.gap(6)
    out.field("登记编号", s.number, size=10.5, bold=True)
    out.field("登记时间", a4.cn_datetime(s.asked_at))
    out.field("办事人", s.applicant)
    out.field("联系电话", a4.printed_phone(s.applicant_phone))
    if s.item_name.strip():
        out.field("咨询事项", s.item_name)
    out.field("咨询内容", s.question)
    out.section()
    out.field(s.go_label, s.go_to, size=_GO_SIZE, bold=True, max_lines=_MAX_GO_LINES)
    if s.note.strip():
        out.field("说明", s.note)
    out.field("首问负责人", s.sent_by)
    out.section()
    out.text(GUIDE, size=_SMALL)
    out.field("咨询电话", s.hall_phone)
    if s.supervision_phone.strip():
        out.field("监督电话", s.supervision_phone)


def build_inquiry_slip_pdf(s: InquirySlip) -> bytes:
    """The slip as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    face = cjk_font()
    font = face.name
    buf = io.BytesIO()
    # invariant: same slip, same bytes; our font as the initial one, so no unembedded Helvetica is named.
    canvas = Canvas(
        buf, pagesize=(roll.PAGE_WIDTH, 100), invariant=True, pageCompression=1, initialFontName=font
    )
    canvas.setTitle(f"{TITLE} {roll.clean(s.barcode)}")
    canvas.setCreator("yk-desktop")
    # Measure, then size the page to fit: the body above, the barcode under it, margins around.
    probe = roll.Cursor(canvas, font, 0.0, draw=False)
    _body(probe, s)
    height = _TOP_GAP - probe.top + _BARCODE_GAP + roll.barcode_height() + roll.MARGIN
    canvas.setPageSize((roll.PAGE_WIDTH, height))
    _body(roll.Cursor(canvas, font, height - _TOP_GAP), s)
    roll.draw_barcode(canvas, s.barcode, font, roll.MARGIN)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
