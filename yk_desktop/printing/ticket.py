"""The queue ticket (号票) printed by the kiosk on an 80 mm receipt roll.

The ticket is what an applicant holds while waiting: the number must be readable from arm's length, the
priority or appointment marking unmistakable to the clerk, and the barcode scannable so the window can
open the ticket without typing. Everything is drawn with ``drawString`` (no Paragraph markup), so a hall
name such as ``<b>&amp;`` prints exactly as typed; long texts are shrunk or wrapped, never drawn past the
paper's edge, because a receipt printer silently cuts off whatever does not fit.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.printing.barcode import code128_modules, draw_code128
from yk_desktop.printing.fonts import cjk_font

PAGE_WIDTH: float = 80 * mm
PAGE_HEIGHT: float = 120 * mm
MARGIN: float = 4 * mm
_INNER = PAGE_WIDTH - 2 * MARGIN

DEFAULT_NOTICE = "过号无效，请您重新取号"
GUIDE = "请在休息区等候，注意呼叫及大屏显示信息"

# Thermal receipt printers put 8 dots in a millimetre (203 dpi). Bars whose width is a whole number of
# dots print with even edges; a fractional width makes the driver round each bar differently, which is
# what makes cheap kiosk tickets hard to scan.
_DOT: float = mm / 8
_QUIET_MODULES = 10
_BARCODE_BARS: float = 12 * mm
_BARCODE_TEXT = 9.0

# Fake bold: the one CJK face has no bold weight, so heavy lines are filled and stroked with a thin
# outline, in this fraction of the font size (the outline widens each glyph by as much).
_BOLD_STROKE = 0.035

# Punctuation that must not start a line (Chinese typesetting's 避头点): the character before it moves
# down with it.
_NO_LINE_START = frozenset("，。、；：？！）」』》〉】”’,.;:?!)]}…·")
_WHITESPACE = re.compile(r"\s+")


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


def _clean(text: str) -> str:
    # Line breaks and tabs typed into a configuration field would print as boxes; control characters
    # from a scanner or clipboard have no glyph at all.
    collapsed = _WHITESPACE.sub(" ", text).strip()
    return "".join(ch for ch in collapsed if ch.isprintable())


def _width(text: str, font: str, size: float, bold: bool) -> float:
    extra = size * _BOLD_STROKE if bold else 0.0
    return float(pdfmetrics.stringWidth(text, font, size)) + extra


def _wrap(text: str, font: str, size: float, width: float, bold: bool) -> list[str]:
    """Greedy line breaking by character: Chinese has no spaces to break at."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if not line or _width(line + ch, font, size, bold) <= width:
            line += ch
            continue
        carry = ""
        if ch in _NO_LINE_START and len(line) > 1:
            line, carry = line[:-1], line[-1]
        lines.append(line.rstrip())
        line = (carry + ch).lstrip()
    if line:
        lines.append(line)
    return lines


def _ellipsize(line: str, font: str, size: float, width: float, bold: bool) -> str:
    while line and _width(line + "…", font, size, bold) > width:
        line = line[:-1]
    return line + "…"


def _fit(
    text: str, font: str, size: float, min_size: float, max_lines: int, bold: bool = False
) -> tuple[float, list[str]]:
    """The largest size (≥ ``min_size``) at which ``text`` fits the width in at most ``max_lines`` lines.

    One line at up to a fifth smaller reads better than two lines, so that is tried first; past
    ``min_size`` the last line is cut with "…" rather than drawn off the paper.
    """
    if not text:
        return size, []
    sizes = [size - 0.5 * i for i in range(int((size - min_size) / 0.5) + 1)]
    for s in sizes:
        if s < size * 0.8:
            break
        if _width(text, font, s, bold) <= _INNER:
            return s, [text]
    for s in sizes:
        lines = _wrap(text, font, s, _INNER, bold)
        if len(lines) <= max_lines:
            return s, lines
    lines = _wrap(text, font, min_size, _INNER, bold)[:max_lines]
    lines[-1] = _ellipsize(lines[-1], font, min_size, _INNER, bold)
    return min_size, lines


def _block_height(font: str, size: float, n_lines: int, leading: float = 1.22) -> float:
    """From the first line's ascent to the last line's descent."""
    if n_lines == 0:
        return 0.0
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return float(ascent - descent) + (n_lines - 1) * size * leading


class _Page:
    """A cursor down the ticket: each block is centred and placed under the previous one.

    With ``draw`` off it only moves the cursor, which is how a block is measured before it is placed.
    """

    def __init__(self, canvas: Canvas, font: str, top: float, *, draw: bool = True) -> None:
        self.canvas = canvas
        self.font = font
        self.top = top
        self.draw = draw

    def lines(self, lines: list[str], size: float, *, bold: bool = False, leading: float = 1.22) -> None:
        ascent, _descent = pdfmetrics.getAscentDescent(self.font, size)
        if self.draw:
            for i, line in enumerate(lines):
                # The first line's ascent sits at the cursor; later lines follow at the leading.
                self._centred(line, size, self.top - ascent - i * size * leading, bold)
        self.top -= _block_height(self.font, size, len(lines), leading)

    def _centred(self, text: str, size: float, baseline: float, bold: bool) -> None:
        c = self.canvas
        x = (PAGE_WIDTH - _width(text, self.font, size, False)) / 2
        # The render mode and line width are graphics state in PDF: saved and restored, so the fake bold
        # does not leak into the next line.
        c.saveState()
        t = c.beginText(x, baseline)
        t.setFont(self.font, size)
        if bold:
            c.setLineWidth(size * _BOLD_STROKE)
            c.setLineJoin(1)
            t.setTextRenderMode(2)
        t.textLine(text)
        c.drawText(t)
        c.restoreState()

    def gap(self, points: float) -> None:
        self.top -= points

    def rule(self) -> None:
        if not self.draw:
            return
        c = self.canvas
        c.saveState()
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(MARGIN, self.top, PAGE_WIDTH - MARGIN, self.top)
        c.restoreState()


def _marks(slip: TicketSlip, embedded: bool) -> list[str]:
    marks: list[str] = []
    if slip.appointment:
        marks.append("预约")
    if slip.priority_group is not None:
        group = _clean(slip.priority_group)
        # The STSong-Light fallback's CMap has no U+00B7 (间隔号) and prints a box; its "・" looks alike.
        dot = " · " if embedded else "・"
        marks.append(f"优先{dot}{group}" if group else "优先")
    return marks


_MARK_PAD = 5.0
_MARK_SPACE = 6.0


def _mark_rows(font: str, marks: list[str]) -> list[tuple[float, list[str]]]:
    """(font size, marks) per row: side by side when they fit, else one a row, shrunk or cut to the paper."""

    def row_width(row: list[str], size: float) -> float:
        return sum(_width(m, font, size, False) + 2 * _MARK_PAD for m in row) + _MARK_SPACE * (len(row) - 1)

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
            mark = _ellipsize(mark, font, size, _INNER - 2 * _MARK_PAD, False)
        rows.append((size, [mark]))
    return rows


def _draw_marks(page: _Page, marks: list[str]) -> None:
    """White on black boxes: the marking a clerk must not miss, even on a faded thermal print."""
    font = page.font
    for size, row in _mark_rows(font, marks):
        ascent, descent = pdfmetrics.getAscentDescent(font, size)
        box_h = ascent - descent + 2 * 2.5
        bottom = page.top - box_h
        if page.draw:
            widths = [_width(m, font, size, False) + 2 * _MARK_PAD for m in row]
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


def _draw_barcode(canvas: Canvas, payload: str, font: str, bottom: float) -> float:
    """Draw the barcode from ``bottom`` up; returns its top. Bars snap to printer dots."""
    modules = len(code128_modules(payload)) + 2 * _QUIET_MODULES
    dots = math.floor(_INNER / (modules * _DOT))
    # Whole dots per module when the symbol allows it; a very long payload just uses the full width.
    width = dots * _DOT * modules if dots >= 1 else _INNER
    x = round((PAGE_WIDTH - width) / 2 / _DOT) * _DOT
    height = _BARCODE_BARS + _BARCODE_TEXT * 1.25
    draw_code128(canvas, payload, x, bottom, width, height, font_name=font, font_size=_BARCODE_TEXT)
    return bottom + height


def _wait_text(minutes: int) -> str:
    return "预计等候不到1分钟" if minutes < 1 else f"预计等候约{minutes}分钟"


def _middle(page: _Page, slip: TicketSlip, embedded: bool) -> None:
    """Category, number, marks and waiting: the part the applicant reads, centred on the free space."""
    font = page.font
    category_size, category = _fit(_clean(slip.category_name), font, 13, 8, 2)
    page.lines(category, category_size)
    page.gap(9)
    number_size, number = _fit(_clean(slip.number), font, 62, 24, 1, bold=True)
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
    canvas.setTitle(f"号票 {_clean(slip.number)}")
    canvas.setCreator("yk-desktop")

    # Footer, laid out upwards from the bottom margin: time, notice, guide, then the barcode above them.
    issued = slip.issued_at.astimezone(HALL_TZ)
    notice_size, notice = _fit(_clean(slip.notice), font, 9.5, 7, 2, bold=True)
    footer: list[tuple[list[str], float, bool]] = [
        ([f"取号时间：{issued:%Y-%m-%d %H:%M}"], 9.0, False),
        (notice, notice_size, True),
        ([GUIDE], 9.0, False),
    ]
    y = MARGIN
    for lines, size, bold in footer:
        if not lines:
            continue
        height = _block_height(font, size, len(lines))
        _Page(canvas, font, y + height).lines(lines, size, bold=bold)
        y += height + 3
    barcode_top = _draw_barcode(canvas, slip.barcode, font, y + 1)

    # Header from the top margin: the hall, its area, a dashed rule.
    page = _Page(canvas, font, PAGE_HEIGHT - MARGIN)
    hall_size, hall = _fit(_clean(slip.hall_name), font, 15, 9, 2, bold=True)
    page.lines(hall, hall_size, bold=True)
    area = _clean(slip.area)
    if area:
        page.gap(3)
        area_size, area_lines = _fit(area, font, 10.5, 7, 1)
        page.lines(area_lines, area_size)
    page.gap(5)
    page.rule()

    # The middle, measured first, then centred between the rule and the barcode.
    free_top, free_bottom = page.top - 6, barcode_top + 8
    probe = _Page(canvas, font, free_top, draw=False)
    _middle(probe, slip, face.embedded)
    height = free_top - probe.top
    # Every block above is capped (two lines of hall name, one area line, two of category, two rows of
    # marks), so it always fits; a change that breaks this must fail loudly, not print over the bars.
    if height > free_top - free_bottom:
        raise TicketLayoutError(
            f"号票内容超出纸张：中部需要 {height:.1f}pt，只有 {free_top - free_bottom:.1f}pt"
        )
    _middle(_Page(canvas, font, free_top - (free_top - free_bottom - height) / 2), slip, face.embedded)

    canvas.showPage()
    canvas.save()
    return buf.getvalue()
