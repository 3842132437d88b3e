"""The queue ticket (号票) printed by the kiosk on an 80 mm receipt roll.

The ticket is what an applicant holds while waiting: the number must be readable from arm's length, the
priority or appointment marking unmistakable to the clerk, and the barcode scannable so the window can
open the ticket without typing. Everything is drawn with ``drawString`` (no Paragraph markup), so a hall
name such as ``<b>&amp;`` prints exactly as typed; long texts are shrunk or wrapped, never drawn past the
paper's edge, because a receipt printer silently cuts off whatever does not fit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing import roll
from yk_desktop.printing.fonts import cjk_font
from yk_desktop.printing.roll import Cursor, block_height, clean, ellipsize, fit, text_width

# The roll's geometry is shared with the roll acceptance receipt (printing.roll); named here too because
# the ticket's callers and tests know it as the ticket's.
PAGE_WIDTH: float = roll.PAGE_WIDTH
PAGE_HEIGHT: float = 120 * mm
MARGIN: float = roll.MARGIN
_INNER = roll.INNER

DEFAULT_NOTICE = "过号无效，请您重新取号"
GUIDE = "请在休息区等候，注意呼叫及大屏显示信息"


class TicketLayoutError(RuntimeError):
    """The ticket's contents overflowed the fixed page; a layout bug, never the applicant's input."""


@dataclass(frozen=True)
class TicketSlip:
    """What one printed ticket says; built from an issued ticket and the kiosk's configuration."""

    hall_name: str
    category_name: str
    number: str
    waiting_before: int
    issued_at: datetime
    barcode: str
    priority_group: str | None
    appointment: bool
    area: str = ""
    notice: str = DEFAULT_NOTICE
    estimated_wait_minutes: int | None = None

    def __post_init__(self) -> None:
        # A naive time would print the PC's local clock or UTC depending on who made it; the ticket
        # must show the hall's time, so only an aware datetime can say which moment it was.
        if self.issued_at.tzinfo is None or self.issued_at.utcoffset() is None:
            raise ValueError("取号时间必须带时区")
        if self.waiting_before < 0:
            raise ValueError(f"等待人数不能为负数：{self.waiting_before}")
        if self.estimated_wait_minutes is not None and self.estimated_wait_minutes < 0:
            raise ValueError(f"预计等候时间不能为负数：{self.estimated_wait_minutes}")


def _marks(slip: TicketSlip, embedded: bool) -> list[str]:
    marks: list[str] = []
    if slip.appointment:
        marks.append("预约")
    if slip.priority_group is not None:
        group = clean(slip.priority_group)
        # The STSong-Light fallback's CMap has no U+00B7 (间隔号) and prints a box; its "・" looks alike.
        dot = " · " if embedded else "・"
        marks.append(f"优先{dot}{group}" if group else "优先")
    return marks


_MARK_PAD = 5.0
_MARK_SPACE = 6.0


def _mark_rows(font: str, marks: list[str]) -> list[tuple[float, list[str]]]:
    """(font size, marks) per row: side by side when they fit, else one a row, shrunk or cut to the paper."""

    def row_width(row: list[str], size: float) -> float:
        boxes = sum(text_width(m, font, size, False) + 2 * _MARK_PAD for m in row)
        return boxes + _MARK_SPACE * (len(row) - 1)

    if not marks:
        return []
    for size in (11.0, 10.5, 10.0, 9.5, 9.0):
        if row_width(marks, size) <= _INNER:
            return [(size, marks)]
    rows: list[tuple[float, list[str]]] = []
    for mark in marks:
        size = 11.0
        while row_width([mark], size) > _INNER and size > 7:
            size -= 0.5
        if row_width([mark], size) > _INNER:
            mark = ellipsize(mark, font, size, _INNER - 2 * _MARK_PAD, False)
        rows.append((size, [mark]))
    return rows


def _draw_marks(page: Cursor, marks: list[str]) -> None:
    """White on black boxes: the marking a clerk must not miss, even on a faded thermal print."""
    font = page.font
    for size, row in _mark_rows(font, marks):
        ascent, descent = pdfmetrics.getAscentDescent(font, size)
        box_h = ascent - descent + 2 * 2.5
        bottom = page.top - box_h
        if page.draw:
            widths = [text_width(m, font, size, False) + 2 * _MARK_PAD for m in row]
            x = (PAGE_WIDTH - sum(widths) - _MARK_SPACE * (len(row) - 1)) / 2
            c = page.canvas
            for mark, w in zip(row, widths, strict=True):
                c.saveState()
                c.setFillGray(0)
                c.roundRect(x, bottom, w, box_h, 3, fill=1, stroke=0)
                c.setFillGray(1)
                c.setFont(font, size)
                c.drawString(x + _MARK_PAD, bottom + 2.5 - descent, mark)
                c.restoreState()
                x += w + _MARK_SPACE
        page.top = bottom - 3


def _wait_text(minutes: int) -> str:
    return "预计等候不到1分钟" if minutes < 1 else f"预计等候约{minutes}分钟"


def _middle(page: Cursor, slip: TicketSlip, embedded: bool) -> None:
    """Category, number, marks and waiting: the part the applicant reads, centred on the free space."""
    font = page.font
    category_size, category = fit(clean(slip.category_name), font, 13, 8, 2)
    page.lines(category, category_size)
    page.gap(9)
    number_size, number = fit(clean(slip.number), font, 62, 24, 1, bold=True)
    page.lines(number, number_size, bold=True)
    page.gap(9)
    _draw_marks(page, _marks(slip, embedded))
    page.gap(2)
    page.lines([f"您前面还有{slip.waiting_before}人在等待"], 12)
    if slip.estimated_wait_minutes is not None:
        page.gap(4)
        page.lines([_wait_text(slip.estimated_wait_minutes)], 10)


def build_ticket_pdf(slip: TicketSlip) -> bytes:
    """The ticket as a one-page PDF, 80 mm wide, with its Chinese font embedded as a subset."""
    face = cjk_font()
    font = face.name
    buf = io.BytesIO()
    # invariant: no creation timestamp or random ID, so the same ticket always gives the same bytes and
    # the archived copy can be compared with a reprint.
    # The initial font is ours too: reportlab's default (Helvetica) would otherwise be named in the page
    # resources, an unembedded font the printer must supply.
    canvas = Canvas(
        buf,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=True,
        pageCompression=1,
        initialFontName=font,
    )
    canvas.setTitle(f"号票 {clean(slip.number)}")
    canvas.setCreator("yk-desktop")

    # Footer, laid out upwards from the bottom margin: time, notice, guide, then the barcode above them.
    issued = slip.issued_at.astimezone(HALL_TZ)
    notice_size, notice = fit(clean(slip.notice), font, 9.5, 7, 2, bold=True)
    footer: list[tuple[list[str], float, bool]] = [
        ([f"取号时间：{issued:%Y-%m-%d %H:%M}"], 9.0, False),
        (notice, notice_size, True),
        ([GUIDE], 9.0, False),
    ]
    y = MARGIN
    for lines, size, bold in footer:
        if not lines:
            continue
        height = block_height(font, size, len(lines))
        Cursor(canvas, font, y + height).lines(lines, size, bold=bold)
        y += height + 3
    barcode_top = roll.draw_barcode(canvas, slip.barcode, font, y + 1)

    # Header from the top margin: the hall, its area, a dashed rule.
    page = Cursor(canvas, font, PAGE_HEIGHT - MARGIN)
    hall_size, hall = fit(clean(slip.hall_name), font, 15, 9, 2, bold=True)
    page.lines(hall, hall_size, bold=True)
    area = clean(slip.area)
    if area:
        page.gap(3)
        area_size, area_lines = fit(area, font, 10.5, 7, 1)
        page.lines(area_lines, area_size)
    page.gap(5)
    page.rule()

    # The middle, measured first, then centred between the rule and the barcode.
    free_top, free_bottom = page.top - 6, barcode_top + 8
    probe = Cursor(canvas, font, free_top, draw=False)
    _middle(probe, slip, face.embedded)
    height = free_top - probe.top
    # Every block above is capped (two lines of hall name, one area line, two of category, two rows of
    # marks), so it always fits; a change that breaks this must fail loudly, not print over the bars.
    if height > free_top - free_bottom:
        raise TicketLayoutError(
            f"号票内容超出纸张：中部需要 {height:.1f}pt，只有 {free_top - free_bottom:.1f}pt"
        )
    _middle(Cursor(canvas, font, free_top - (free_top - free_bottom - height) / 2), slip, face.embedded)

    canvas.showPage()
    canvas.save()
    return buf.getvalue()
