"""The 80 mm receipt roll: page geometry, ``drawString`` text fitting and a cursor down the paper.

Shared by the queue ticket and the roll acceptance receipt. Everything is drawn with ``drawString`` (no
Paragraph markup), so a name such as ``<b>&amp;`` prints exactly as typed; long texts are shrunk, wrapped
or cut with "…", never drawn past the paper's edge, because a receipt printer silently cuts off whatever
does not fit. The text helpers take the width to fit as a parameter, so the A4 layout uses them too for
its fake-bold lines.
"""

from __future__ import annotations

import math
import re

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from yk_desktop.printing.barcode import code128_modules, draw_code128

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
