"""The 80 mm receipt roll: page geometry, ``drawString`` text fitting and a cursor down the paper.

Shared by the queue ticket and every roll slip (acceptance receipt, 首问登记单, 代办通知, 投诉受理单). Everything is drawn with ``drawString`` (no
Paragraph markup), so a name such as ``<b>&amp;`` prints exactly as typed; long texts are shrunk, wrapped
or cut with "…", never drawn past the paper's edge, because a receipt printer silently cuts off whatever
does not fit. The text helpers take the width to fit as a parameter, so the A4 layout uses them too for
its fake-bold lines.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from yk_desktop.printing.barcode import code128_modules, draw_code128
from yk_desktop.printing.fonts import cjk_font

PAGE_WIDTH: float = 80 * mm
MARGIN: float = 4 * mm
INNER: float = PAGE_WIDTH - 2 * MARGIN

# Thermal receipt printers put 8 dots in a millimetre (203 dpi). Bars whose width is a whole number of
# dots print with even edges; a fractional width makes the driver round each bar differently, which is
# what makes cheap kiosk tickets hard to scan.
DOT: float = mm / 8
QUIET_MODULES = 10
BARCODE_BARS: float = 12 * mm
BARCODE_TEXT = 9.0

# Fake bold: the one CJK face has no bold weight, so heavy lines are filled and stroked with a thin
# outline, in this fraction of the font size (the outline widens each glyph by as much).
BOLD_STROKE = 0.035

# Punctuation that must not start a line (Chinese typesetting's 避头点): the character before it moves
# down with it.
NO_LINE_START = frozenset("，。、；：？！）」』》〉】”’,.;:?!)]}…·")
_WHITESPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` on one line: runs of whitespace (line breaks, tabs) become one space, non-printables go."""
    # Line breaks and tabs typed into a configuration field would print as boxes; control characters
    # from a scanner or clipboard have no glyph at all.
    collapsed = _WHITESPACE.sub(" ", text).strip()
    return "".join(ch for ch in collapsed if ch.isprintable())


def text_width(text: str, font: str, size: float, bold: bool = False) -> float:
    """Width in points as drawn, including the fake-bold outline."""
    extra = size * BOLD_STROKE if bold else 0.0
    return float(pdfmetrics.stringWidth(text, font, size)) + extra


def wrap(
    text: str, font: str, size: float, width: float, bold: bool = False, *, next_width: float | None = None
) -> list[str]:
    """Greedy line breaking by character: Chinese has no spaces to break at.

    ``next_width`` is the width of the lines after the first (a hanging indent); by default all lines
    get ``width``.
    """
    lines: list[str] = []
    line = ""
    limit = width
    for ch in text:
        if not line or text_width(line + ch, font, size, bold) <= limit:
            line += ch
            continue
        carry = ""
        if ch in NO_LINE_START and len(line) > 1:
            line, carry = line[:-1], line[-1]
        lines.append(line.rstrip())
        line = (carry + ch).lstrip()
        if next_width is not None:
            limit = next_width
    if line:
        lines.append(line)
    return lines


def ellipsize(line: str, font: str, size: float, width: float, bold: bool = False) -> str:
    """``line`` cut so that it and a trailing "…" fit ``width``."""
    while line and text_width(line + "…", font, size, bold) > width:
        line = line[:-1]
    return line + "…"


def fit(
    text: str,
    font: str,
    size: float,
    min_size: float,
    max_lines: int,
    bold: bool = False,
    *,
    width: float = INNER,
) -> tuple[float, list[str]]:
    """The largest size (≥ ``min_size``) at which ``text`` fits ``width`` in at most ``max_lines`` lines.

    One line at up to a fifth smaller reads better than two lines, so that is tried first; past
    ``min_size`` the last line is cut with "…" rather than drawn off the paper.
    """
    if not text:
        return size, []
    sizes = [size - 0.5 * i for i in range(int((size - min_size) / 0.5) + 1)]
    for s in sizes:
        if s < size * 0.8:
            break
        if text_width(text, font, s, bold) <= width:
            return s, [text]
    for s in sizes:
        lines = wrap(text, font, s, width, bold)
        if len(lines) <= max_lines:
            return s, lines
    lines = wrap(text, font, min_size, width, bold)[:max_lines]
    lines[-1] = ellipsize(lines[-1], font, min_size, width, bold)
    return min_size, lines


def block_height(font: str, size: float, n_lines: int, leading: float = 1.22) -> float:
    """From the first line's ascent to the last line's descent."""
    if n_lines == 0:
        return 0.0
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return float(ascent - descent) + (n_lines - 1) * size * leading


def draw_line(
    canvas: Canvas, text: str, font: str, size: float, x: float, baseline: float, bold: bool
) -> None:
    """One line of text at (x, baseline); ``bold`` fills and strokes the glyphs (fake bold)."""
    # The render mode and line width are graphics state in PDF: saved and restored, so the fake bold
    # does not leak into the next line.
    canvas.saveState()
    t = canvas.beginText(x, baseline)
    t.setFont(font, size)
    if bold:
        canvas.setLineWidth(size * BOLD_STROKE)
        canvas.setLineJoin(1)
        t.setTextRenderMode(2)
    t.textLine(text)
    canvas.drawText(t)
    canvas.restoreState()


class Cursor:
    """A cursor down the roll: each block is placed under the previous one, centred or from the left.

    With ``draw`` off it only moves the cursor, which is how a block is measured before it is placed.
    """

    def __init__(self, canvas: Canvas, font: str, top: float, *, draw: bool = True) -> None:
        self.canvas = canvas
        self.font = font
        self.top = top
        self.draw = draw

    def lines(self, lines: list[str], size: float, *, bold: bool = False, leading: float = 1.22) -> None:
        """Each line centred on the paper."""
        ascent, _descent = pdfmetrics.getAscentDescent(self.font, size)
        if self.draw:
            for i, line in enumerate(lines):
                # The first line's ascent sits at the cursor; later lines follow at the leading.
                x = (PAGE_WIDTH - text_width(line, self.font, size)) / 2
                draw_line(self.canvas, line, self.font, size, x, self.top - ascent - i * size * leading, bold)
        self.top -= block_height(self.font, size, len(lines), leading)

    def left_lines(
        self,
        lines: list[str],
        size: float,
        *,
        bold: bool = False,
        indent: float = 0.0,
        left: float = 0.0,
        leading: float = 1.22,
    ) -> None:
        """Lines from ``left`` points inside the left margin; lines after the first start ``indent`` further in."""
        ascent, _descent = pdfmetrics.getAscentDescent(self.font, size)
        if self.draw:
            for i, line in enumerate(lines):
                x = MARGIN + left + (indent if i else 0.0)
                draw_line(self.canvas, line, self.font, size, x, self.top - ascent - i * size * leading, bold)
        self.top -= block_height(self.font, size, len(lines), leading)

    def gap(self, points: float) -> None:
        self.top -= points

    def rule(self) -> None:
        """A dashed line across the paper at the cursor."""
        if not self.draw:
            return
        c = self.canvas
        c.saveState()
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(MARGIN, self.top, PAGE_WIDTH - MARGIN, self.top)
        c.restoreState()


def barcode_height(text_size: float = BARCODE_TEXT, bars: float = BARCODE_BARS) -> float:
    """Height of the box :func:`draw_barcode` fills: the bars and the line of text under them."""
    return bars + text_size * 1.25


def draw_barcode(
    canvas: Canvas,
    payload: str,
    font: str,
    bottom: float,
    *,
    bars: float = BARCODE_BARS,
    text_size: float = BARCODE_TEXT,
) -> float:
    """Draw the barcode centred on the roll from ``bottom`` up; returns its top. Bars snap to printer dots."""
    modules = len(code128_modules(payload)) + 2 * QUIET_MODULES
    dots = math.floor(INNER / (modules * DOT))
    # Whole dots per module when the symbol allows it; a very long payload just uses the full width.
    width = dots * DOT * modules if dots >= 1 else INNER
    x = round((PAGE_WIDTH - width) / 2 / DOT) * DOT
    height = barcode_height(text_size, bars)
    draw_code128(
        canvas,
        payload,
        x,
        bottom,
        width,
        height,
        quiet_modules=QUIET_MODULES,
        font_name=font,
        font_size=text_size,
    )
    return bottom + height


# --- slips: the roll documents other than the ticket (receipt, 首问登记单, 代办通知, 投诉受理单) ------------
FIELD_SIZE = 9.5
SMALL_SIZE = 8.0
# Free texts are capped so a pasted essay cannot make a metre of slip; the cut line ends in "…".
MAX_FIELD_LINES = 6
_SLIP_TOP_GAP = MARGIN
_SLIP_BARCODE_GAP = 8.0


def capped(
    lines: list[str],
    font: str,
    size: float,
    *,
    bold: bool = False,
    max_lines: int = MAX_FIELD_LINES,
    indent: float = 0.0,
) -> list[str]:
    """At most ``max_lines``, the last cut with "…" to the width left after the hanging ``indent``."""
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        width = INNER - (indent if max_lines > 1 else 0.0)
        lines[-1] = ellipsize(lines[-1], font, size, width, bold)
    return lines


def field(
    cursor: Cursor,
    label: str,
    value: str,
    *,
    size: float = FIELD_SIZE,
    bold: bool = False,
    max_lines: int = MAX_FIELD_LINES,
    empty: str = "—",
) -> None:
    """「label：value」 from the left margin, the value's later lines under its first character."""
    font = cursor.font
    head = f"{label}："
    indent = text_width(head, font, size, bold)
    # A label wider than a third of the paper would leave a thin column; wrap from the margin instead.
    if indent > INNER / 3:
        indent = 0.0
    lines = wrap(head + (clean(value) or empty), font, size, INNER, bold, next_width=INNER - indent)
    cursor.left_lines(
        capped(lines, font, size, bold=bold, max_lines=max_lines, indent=indent),
        size,
        bold=bold,
        indent=indent,
    )
    cursor.gap(2.5)


def text(
    cursor: Cursor,
    words: str,
    *,
    size: float = FIELD_SIZE,
    bold: bool = False,
    max_lines: int = MAX_FIELD_LINES,
) -> None:
    """A paragraph from the left margin, wrapped and capped."""
    lines = wrap(clean(words), cursor.font, size, INNER, bold)
    cursor.left_lines(capped(lines, cursor.font, size, bold=bold, max_lines=max_lines), size, bold=bold)
    cursor.gap(2.5)


def heading(cursor: Cursor, hall_name: str, title: str) -> None:
    """The hall's name (shrunk to fit two lines), the slip's title and a rule under them."""
    hall_size, hall = fit(clean(hall_name), cursor.font, 13, 9, 2, bold=True)
    cursor.lines(hall, hall_size, bold=True)
    cursor.gap(4)
    cursor.lines([title], 15, bold=True)
    cursor.gap(6)
    cursor.rule()
    cursor.gap(6)


def section(cursor: Cursor) -> None:
    """A rule between two parts of a slip."""
    cursor.gap(2)
    cursor.rule()
    cursor.gap(6)


def build_slip(title: str, barcode: str, body: Callable[[Cursor], None]) -> bytes:
    """A one-page PDF 80 mm wide and as long as its contents: ``body`` from the top, the Code 128 of
    ``barcode`` under it; the font embedded as a subset, and the same slip gives the same bytes (archive and
    reprint compare equal).

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    font = cjk_font().name
    buf = io.BytesIO()
    # Our font as the initial one, so no unembedded Helvetica is named in the page resources.
    canvas = Canvas(buf, pagesize=(PAGE_WIDTH, 100), invariant=True, pageCompression=1, initialFontName=font)
    canvas.setTitle(f"{title} {clean(barcode)}")
    canvas.setCreator("yk-desktop")
    # Measure, then size the page to fit: the body above, the barcode under it, margins around.
    probe = Cursor(canvas, font, 0.0, draw=False)
    body(probe)
    height = _SLIP_TOP_GAP - probe.top + _SLIP_BARCODE_GAP + barcode_height() + MARGIN
    canvas.setPageSize((PAGE_WIDTH, height))
    body(Cursor(canvas, font, height - _SLIP_TOP_GAP))
    draw_barcode(canvas, barcode, font, MARGIN)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
