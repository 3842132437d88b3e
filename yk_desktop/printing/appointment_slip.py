"""预约确认单: the appointment confirmation printed on the window's 80 mm receipt roll.

What the applicant takes home: the hall, the business and item, the date and time (marked 午间, 延时 or
周末延时 when it is an after-hours slot), the appointment code large and as a Code 128 barcode (the kiosk's
scanner reads it at check-in), who booked (masked, GB/T 35273), when and how to check in, until when it
can be changed or cancelled, and the hall's phone and address. Drawn line by line with ``drawString`` (no
markup, so typed text prints as typed) and as long as its contents, like the roll acceptance receipt.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.masking import mask_name
from yk_desktop.printing import a4, roll
from yk_desktop.printing.fonts import cjk_font

TITLE = "预约确认单"
KIND_MARKS = {"lunch": "午间", "evening": "延时", "weekend": "周末延时"}
WEEKDAYS = "一二三四五六日"

_SIZE = 9.5
_SMALL = 8.0
_MAX_LINES = 6
_MARK_PAD = 5.0


@dataclass(frozen=True)
class AppointmentSlip:
    """Everything one printed confirmation says."""

    hall_name: str
    hall_address: str
    hall_phone: str
    category_name: str
    item_name: str | None
    day: date
    start: time
    end: time
    kind: str
    """"regular", "lunch", "evening" or "weekend" (the last three are after-hours and marked)."""
    code: str
    """The appointment code: printed large and as the barcode (printable ASCII)."""
    applicant_name: str
    applicant_id_number: str
    phone: str
    booked_at: datetime
    channel_name: str
    clerk_name: str
    checkin_from: time
    checkin_until: time
    cancel_by: datetime
    """The latest moment to change or cancel (the slot's start minus the hall's rule)."""
    no_show_limit: int = 3
    no_show_window_days: int = 90
    changed: bool = False

    def __post_init__(self) -> None:
        a4.require_aware(self.booked_at, "预约时间")
        a4.require_aware(self.cancel_by, "取消截止时间")


def kind_mark(kind: str) -> str:
    return KIND_MARKS.get(kind, "")


def date_text(day: date) -> str:
    return f"{a4.cn_date(day)}（星期{WEEKDAYS[day.weekday()]}）"


def checkin_text(s: AppointmentSlip) -> str:
    return (
        f"请于 {s.checkin_from:%H:%M}–{s.checkin_until:%H:%M} 到大厅签到：在自助取号机点“预约签到”，输入预约码"
        f"或预约手机号（也可扫描本单条码），或到窗口出示本单。签到后按预约优先叫号；"
        f"{s.checkin_until:%H:%M} 后签到按普通号排队。"
    )


def cancel_text(s: AppointmentSlip) -> str:
    local = s.cancel_by.astimezone(HALL_TZ)
    text = (
        f"如需改约或取消，请于 {local.month}月{local.day}日 {local:%H:%M} 前致电或到窗口办理，"
        "改约后预约码不变。"
    )
    if s.no_show_limit > 0:
        text += f"未取消又未到场记为爽约，{s.no_show_window_days} 天内爽约 {s.no_show_limit} 次将暂停预约。"
    return text


class _Slip:
    """The slip's lines on a :class:`roll.Cursor` (measured first, then drawn)."""

    def __init__(self, cursor: roll.Cursor) -> None:
        self.c = cursor
        self.font = cursor.font

    def field(self, label: str, value: str, *, size: float = _SIZE, bold: bool = False) -> None:
        head = f"{label}："
        text = head + (roll.clean(value) or a4.DASH)
        indent = roll.text_width(head, self.font, size, bold)
        lines = roll.wrap(text, self.font, size, roll.INNER, bold, next_width=roll.INNER - indent)
        if len(lines) > _MAX_LINES:
            lines = lines[:_MAX_LINES]
            lines[-1] = roll.ellipsize(lines[-1], self.font, size, roll.INNER - indent, bold)
        self.c.left_lines(lines, size, bold=bold, indent=indent)
        self.c.gap(2.5)

    def text(self, text: str, *, size: float = _SIZE, bold: bool = False) -> None:
        lines = roll.wrap(roll.clean(text), self.font, size, roll.INNER, bold)[: _MAX_LINES * 2]
        self.c.left_lines(lines, size, bold=bold)
        self.c.gap(2.5)

    def centred(self, text: str, size: float, min_size: float, max_lines: int, *, bold: bool = False) -> None:
        fitted, lines = roll.fit(roll.clean(text), self.font, size, min_size, max_lines, bold)
        self.c.lines(lines, fitted, bold=bold)

    def mark(self, text: str) -> None:
        """White on black, centred: an after-hours slot must not be missed (the hall is half empty then)."""
        size = 11.0
        ascent, descent = pdfmetrics.getAscentDescent(self.font, size)
        box_h = ascent - descent + 5
        width = roll.text_width(text, self.font, size) + 2 * _MARK_PAD
        bottom = self.c.top - box_h
        if self.c.draw:
            c = self.c.canvas
            x = (roll.PAGE_WIDTH - width) / 2
            c.saveState()
            c.setFillGray(0)
            c.roundRect(x, bottom, width, box_h, 3, fill=1, stroke=0)
            c.setFillGray(1)
            c.setFont(self.font, size)
            c.drawString(x + _MARK_PAD, bottom + 2.5 - descent, text)
            c.restoreState()
        self.c.top = bottom

    def barcode(self, payload: str) -> None:
        height = roll.barcode_height()
        if self.c.draw:
            roll.draw_barcode(self.c.canvas, payload, self.font, self.c.top - height)
        self.c.top -= height

    def section(self) -> None:
        self.c.gap(2)
        self.c.rule()
        self.c.gap(6)


def _body(cursor: roll.Cursor, s: AppointmentSlip) -> None:
    out = _Slip(cursor)
    out.centred(s.hall_name, 13, 9, 2, bold=True)
    cursor.gap(4)
    cursor.lines([TITLE + ("（改约）" if s.changed else "")], 15, bold=True)
    out.section()
    out.centred(s.category_name, 12, 8, 2, bold=True)
    if s.item_name:
        cursor.gap(2)
        out.centred(s.item_name, 10, 7.5, 2)
    cursor.gap(6)
    cursor.lines([date_text(s.day)], 12, bold=True)
    cursor.gap(4)
    cursor.lines([f"{s.start:%H:%M}–{s.end:%H:%M}"], 20, bold=True)
    mark = kind_mark(s.kind)
    if mark:
        cursor.gap(4)
        out.mark(f"{mark}服务")
    out.section()
    cursor.lines(["预约码"], _SIZE)
    cursor.gap(3)
    out.centred(s.code, 30, 16, 1, bold=True)
    cursor.gap(5)
    out.barcode(s.code)
    out.section()
    out.field("预约人", mask_name(s.applicant_name))
    _label, id_value = a4.printed_id("person", s.applicant_id_number)
    out.field("证件号码", id_value)
    out.field("预约手机", a4.printed_phone(s.phone))
    out.section()
    out.text("签到须知", bold=True)
    out.text(checkin_text(s))
    out.text("改约与取消", bold=True)
    out.text(cancel_text(s))
    out.section()
    out.field("咨询电话", s.hall_phone)
    out.field("大厅地址", s.hall_address)
    booked = a4.cn_datetime(s.booked_at)
    who = f"{s.channel_name}" + (f" · 经办人 {s.clerk_name}" if s.clerk_name.strip() else "")
    out.field("预约时间", booked, size=_SMALL)
    out.field("预约方式", who, size=_SMALL)


def build_appointment_slip_pdf(s: AppointmentSlip) -> bytes:
    """The confirmation as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the code cannot be encoded as a barcode.
    """
    face = cjk_font()
    font = face.name
    buf = io.BytesIO()
    # invariant: the same slip gives the same bytes (archive and reprint compare equal); our font as the
    # initial one, so no unembedded Helvetica is named in the page resources.
    canvas = Canvas(
        buf, pagesize=(roll.PAGE_WIDTH, 100), invariant=True, pageCompression=1, initialFontName=font
    )
    canvas.setTitle(f"{TITLE} {roll.clean(s.code)}")
    canvas.setCreator("yk-desktop")
    probe = roll.Cursor(canvas, font, 0.0, draw=False)
    _body(probe, s)
    height = roll.MARGIN + (-probe.top) + roll.MARGIN
    canvas.setPageSize((roll.PAGE_WIDTH, height))
    _body(roll.Cursor(canvas, font, height - roll.MARGIN), s)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
