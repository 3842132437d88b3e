"""The one A4 layout every A4 document shares: header, title, barcode, page numbers and building blocks.

Every page carries the hall's name top left, the document number top right with a Code 128 barcode of the
machine payload under it, and 「第 1 页 共 2 页」 at the foot; the title is centred on the first page and
repeated small in the header of the others, so a page that comes loose from the stack still says what it
is and whose it is. The body is a reportlab platypus story that flows over as many pages as it needs.

Text handling: a reportlab Paragraph parses its text as markup, so every string handed to the helpers
here is *plain text* and is escaped with :func:`printing.escape.para` on the way in. Markup our own code
builds (bold, line breaks) is marked by wrapping it in :class:`Markup`, made with :func:`markup`, which
escapes each inserted value exactly once. Text drawn straight on the canvas (header, bold lines) uses
``drawString`` and needs no escaping.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tables import Table, TableStyle

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.idcard import mask_id_number
from yk_desktop.core.phone import mask_phone
from yk_desktop.printing import roll
from yk_desktop.printing.barcode import code128_modules, draw_code128
from yk_desktop.printing.escape import para
from yk_desktop.printing.fonts import cjk_font

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: float = 20 * mm
CONTENT_WIDTH: float = PAGE_WIDTH - 2 * MARGIN

# Header band, from the top of the sheet: the number's line at 12 mm, the barcode under it, a rule. Office
# laser printers cannot print the outer ~5 mm, so nothing goes above 12 mm.
_HEADER_TOP: float = PAGE_HEIGHT - 12 * mm
_NUMBER_SIZE = 10.5
_BARCODE_BARS: float = 8 * mm
_BARCODE_TEXT = 8.0
_BARCODE_HEIGHT: float = _BARCODE_BARS + _BARCODE_TEXT * 1.25
_BARCODE_TOP: float = _HEADER_TOP - _NUMBER_SIZE - 3.5
_RULE_Y: float = _BARCODE_TOP - _BARCODE_HEIGHT - 3
_FRAME_TOP: float = _RULE_Y - 5
_FRAME_BOTTOM: float = 16 * mm
_FOOTER_BASELINE: float = 9 * mm
_FOOTER_SIZE = 9.0

# Module width: 4 dots of a 300 dpi (8 of a 600 dpi) office printer, 0.34 mm, so every bar is a whole
# number of printer dots; a long payload shrinks it, but not under the 0.19 mm scanners still read.
_DOT_300: float = 72 / 300
_MODULE: float = 4 * _DOT_300
_MIN_MODULE: float = 0.54
_QUIET_MODULES = 10
_BARCODE_MAX_WIDTH: float = 75 * mm

BODY_SIZE = 10.5
CELL_SIZE = 9.0
CELL_LEADING = 12.0
_KEY_WIDTH: float = 24 * mm
_KEY_FILL = colors.Color(0.92, 0.92, 0.92)
SHADE_FILL = colors.Color(0.88, 0.88, 0.88)
"""Background of table rows that must catch the eye (missing materials); prints as light grey."""
_GRID = colors.Color(0.25, 0.25, 0.25)

DASH = "—"
"""What an empty field prints as, so a blank cell is never mistaken for one the printer skipped."""


class Markup(str):
    """Paragraph markup built by our code, with every user value in it already escaped once.

    Plain ``str`` passed to the helpers here is escaped; a ``Markup`` is used as is. Concatenating a
    ``Markup`` with a ``str`` gives a plain ``str`` again, which then prints literally — the safe mistake.
    """

    __slots__ = ()


def markup(template: str, *values: str) -> Markup:
    """``template`` (our own markup, with ``{}`` placeholders) filled with ``values`` escaped by para()."""
    return Markup(template.format(*(para(v) for v in values)))


def join_markup(parts: Sequence[str], separator: str = "<br/>") -> Markup:
    """Plain strings escaped, ``Markup`` kept, joined by ``separator`` (our markup; a line break by default)."""
    return Markup(separator.join(_as_markup(p) for p in parts))


def _as_markup(text: str) -> str:
    return str(text) if isinstance(text, Markup) else para(text)


class Plain(str):
    """A short table cell of our own (「复印件」, 「1 份」) drawn as is, without a Paragraph.

    It does not wrap (a ``\\n`` starts a new line) and is never parsed as markup; a table lays it out
    several times faster than a Paragraph, which matters in a 30-row material list.
    """

    __slots__ = ()


Cell: TypeAlias = str | Flowable
"""A table cell: plain text (escaped, wrapped), :class:`Markup`, :class:`Plain`, or any flowable."""


# --- printed values -------------------------------------------------------------------------------


def cn_date(d: date) -> str:
    """「2026年11月24日」: official documents write dates without leading zeros (GB/T 9704)."""
    return f"{d.year}年{d.month}月{d.day}日"


def hall_date(moment: datetime) -> date:
    """The calendar day ``moment`` falls on in the hall."""
    return moment.astimezone(HALL_TZ).date()


def cn_datetime(moment: datetime) -> str:
    """「2026年11月24日 10:03」 in the hall's time zone, whatever zone ``moment`` carries."""
    local = moment.astimezone(HALL_TZ)
    return f"{cn_date(local.date())} {local:%H:%M}"


def require_aware(moment: datetime, what: str) -> None:
    """Refuse a naive datetime: it would print the PC's clock or UTC depending on who made it."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what}必须带时区")


APPLICANT_KINDS = ("person", "enterprise")


def require_applicant_kind(kind: str) -> None:
    if kind not in APPLICANT_KINDS:
        raise ValueError(f"申请人类型只能是 person 或 enterprise，不能是 {kind!r}")


def applicant_label(kind: str) -> str:
    return "申请单位" if kind == "enterprise" else "申请人"


def printed_id(kind: str, number: str) -> tuple[str, str]:
    """(label, value) for the applicant's number as it goes on paper.

    A person's ID number is masked (GB/T 35273: first 6 and last 4 shown); an enterprise's unified
    social credit code is public (it is printed on the business licence) and is printed whole.
    """
    number = number.strip()
    if kind == "enterprise":
        return "统一社会信用代码", number or DASH
    return "证件号码", mask_id_number(number) if number else DASH


def printed_phone(phone: str) -> str:
    return mask_phone(phone) if phone.strip() else DASH


def or_dash(text: str) -> str:
    return text if text.strip() else DASH


# --- styles and building blocks ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    key: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle


@functools.cache
def _styles(font: str) -> _Styles:
    # wordWrap="CJK" breaks between any two characters, as Chinese is set, and keeps 避头点 punctuation
    # off the start of a line.
    body = ParagraphStyle(
        "yk-body", fontName=font, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.55, wordWrap="CJK"
    )
    cell = ParagraphStyle("yk-cell", parent=body, fontSize=CELL_SIZE, leading=CELL_LEADING)
    return _Styles(
        body=body,
        cell=cell,
        cell_centre=ParagraphStyle("yk-cell-centre", parent=cell, alignment=TA_CENTER),
        key=ParagraphStyle("yk-key", parent=cell, alignment=TA_CENTER),
        small=ParagraphStyle("yk-small", parent=body, fontSize=9, leading=13.5),
        right=ParagraphStyle("yk-right", parent=body, alignment=TA_RIGHT),
    )


def _font() -> str:
    return cjk_font().name


class _Paragraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that breaks its lines once per width.

    A table wraps every cell when it measures its rows, again for each page it is split over and again
    when it draws; breaking Chinese text into lines is most of a document's build time. The result
    depends only on the width (not on the height offered), so it is kept for the last width asked.
    """

    _wrapped: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped
        # Paragraph.split drops the broken lines when it cannot split; then they are made again.
        if done is not None and done[0] == availWidth and hasattr(self, "blPara"):
            self.width, self.height = done[1], done[2]
            return done[1], done[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height


class BoldText(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Fake-bold text (filled and outlined glyphs: the one CJK face has no bold weight), wrapped by character.

    Drawn with ``drawString``, so the text prints literally and needs no escaping.
    """

    def __init__(
        self,
        text: str,
        size: float,
        *,
        align: str = "left",
        leading: float = 1.4,
        space_before: float = 0.0,
        space_after: float = 0.0,
        min_room: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = roll.clean(text)
        self.min_room = min_room
        self.size = size
        self.align = align
        self.leading = leading
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.font = _font()
        self._lines: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = roll.wrap(self.text, self.font, self.size, availWidth, bold=True) or [""]
        self.width = availWidth
        self.height = len(self._lines) * self.size * self.leading
        if availHeight < self.min_room:
            # A heading at the foot of a page with nothing of its section under it: claim more than
            # there is, so the frame moves it to the next page (a heading is never split).
            return self.width, availHeight + 1
        return self.width, self.height

    def draw(self) -> None:
        ascent, descent = pdfmetrics.getAscentDescent(self.font, self.size)
        line_height = self.size * self.leading
        # Each line's glyph box is centred in its line height.
        offset = (line_height - (ascent - descent)) / 2 + ascent
        for i, line in enumerate(self._lines):
            width = roll.text_width(line, self.font, self.size, bold=True)
            if self.align == "centre":
                x = (self.width - width) / 2
            elif self.align == "right":
                x = self.width - width
            else:
                x = 0.0
            baseline = self.height - i * line_height - offset
            roll.draw_line(self.canv, line, self.font, self.size, x, baseline, True)


# A heading moves to the next page unless this much room is left: itself and about three lines under it.
_HEADING_ROOM = 72.0


def title(text: str) -> Flowable:
    """The document's centred title, as on an official document."""
    return BoldText(text, 20, align="centre", leading=1.3, space_after=10)


def heading(text: str) -> Flowable:
    """A section heading such as 「一、申请人信息」; never left alone at the foot of a page."""
    return BoldText(text, 12, leading=1.45, space_before=8, space_after=3, min_room=_HEADING_ROOM)


def bold(text: str, size: float = BODY_SIZE, *, align: str = "left", keep_room: bool = False) -> Flowable:
    """Fake-bold text; ``keep_room`` treats it as a sub-heading that needs lines under it on the page."""
    return BoldText(text, size, align=align, leading=1.5, min_room=_HEADING_ROOM if keep_room else 0.0)


def paragraph(text: str, *, style: str = "body", indent: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or :class:`Markup`; ``indent`` starts it two characters in.

    ``style``: "body", "small" or "right".
    """
    st = getattr(_styles(_font()), style)
    if indent:
        st = ParagraphStyle(f"{st.name}-indent", parent=st, firstLineIndent=2 * st.fontSize)
    return _Paragraph(_as_markup(text), st)


def spacer(height: float) -> Spacer:
    return Spacer(1, height)


def keep_together(flowables: Sequence[Flowable]) -> Flowable:
    """The flowables on one page (moved to the next if they do not fit what is left).

    Do not nest them: reportlab's KeepTogether tells an enclosing one it is infinitely tall, which pushes
    the whole block to a page of its own.
    """
    return KeepTogether(list(flowables))


def _cell(value: Cell, style: ParagraphStyle) -> Flowable | str:
    if isinstance(value, Flowable | Plain):
        return value
    return _Paragraph(_as_markup(value), style)


# Rows in a table may split over two pages when one row alone is taller than what is left (a very long
# 受理条件); without it such a row would stop the whole document with a LayoutError.
_SPLIT_IN_ROW = 30


def _ruled(font: str) -> list[tuple[Any, ...]]:
    """Style shared by the ruled tables: thin grid, cells centred vertically, tight padding."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # For Plain cells; Paragraph cells carry their own style.
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE, CELL_LEADING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def _key(label: str, font: str) -> Plain:
    """A key cell's label as Plain lines that fit the key column (a Paragraph key would stop the table's
    rows from splitting over two pages)."""
    lines = roll.wrap(roll.clean(label), font, CELL_SIZE, _KEY_WIDTH - 8)
    return Plain("\n".join(lines))


def info_table(rows: Sequence[tuple[str, Cell] | tuple[str, Cell, str, Cell]]) -> list[Flowable]:
    """A key/value table: each row one pair across the width, or two pairs side by side.

    Keys are short labels of our own; a value taller than what is left of the page continues on the next.
    Returned as a list of tables (extend the story with it): consecutive rows of the same shape share a
    table, because reportlab cannot split a row with spanned cells over two pages without narrowing it.
    """
    font = _font()
    st = _styles(font)
    half = (CONTENT_WIDTH - 2 * _KEY_WIDTH) / 2
    tables: list[Flowable] = []
    start = 0
    while start < len(rows):
        shape = len(rows[start])
        end = start
        while end < len(rows) and len(rows[end]) == shape:
            end += 1
        data: list[list[Flowable | str]] = []
        for row in rows[start:end]:
            if len(row) == 2:
                data.append([_key(row[0], font), _cell(row[1], st.cell)])
            else:
                data.append(
                    [_key(row[0], font), _cell(row[1], st.cell), _key(row[2], font), _cell(row[3], st.cell)]
                )
        commands = _ruled(font)
        # Top-aligned: reportlab splits a row over two pages only then (tested with reportlab 5.1).
        commands.append(("VALIGN", (0, 0), (-1, -1), "TOP"))
        for key_column in (0, 2) if shape == 4 else (0,):
            commands.append(("BACKGROUND", (key_column, 0), (key_column, -1), _KEY_FILL))
            commands.append(("ALIGN", (key_column, 0), (key_column, -1), "CENTER"))
        widths = (
            [_KEY_WIDTH, half, _KEY_WIDTH, half] if shape == 4 else [_KEY_WIDTH, CONTENT_WIDTH - _KEY_WIDTH]
        )
        tables.append(
            Table(data, colWidths=widths, style=TableStyle(commands), splitInRow=_SPLIT_IN_ROW, hAlign="LEFT")
        )
        start = end
    return tables


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    weights: Sequence[float],
    *,
    centred: Collection[int] = (),
    shaded: Collection[int] = (),
) -> Table:
    """A ruled table with a header row repeated on every page it runs onto.

    ``weights`` share the content width between the columns; ``centred`` column indexes are centred;
    ``shaded`` row indexes (0 = first data row) get a grey background.
    """
    if any(len(row) != len(header) for row in rows) or len(weights) != len(header):
        raise ValueError("表格每行的列数必须与表头一致")
    font = _font()
    st = _styles(font)
    total = sum(weights)
    widths = [CONTENT_WIDTH * w / total for w in weights]
    data: list[list[Flowable | str]] = [[_cell(h, st.key) for h in header]]
    for row in rows:
        data.append([_cell(v, st.cell_centre if c in centred else st.cell) for c, v in enumerate(row)])
    commands = _ruled(font)
    commands.append(("BACKGROUND", (0, 0), (-1, 0), _KEY_FILL))
    commands.extend(("ALIGN", (c, 0), (c, -1), "CENTER") for c in centred)
    commands.extend(("BACKGROUND", (0, r + 1), (-1, r + 1), SHADE_FILL) for r in shaded)
    return Table(
        data,
        colWidths=widths,
        style=TableStyle(commands),
        repeatRows=1,
        splitInRow=_SPLIT_IN_ROW,
        hAlign="LEFT",
    )


class SignatureLines(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One row per signer: 「label：＿＿＿＿＿＿　日期：＿＿年＿月＿日」, with room to write by hand.

    Drawn on the canvas rather than as Paragraphs, which would collapse the blanks between 年, 月 and 日.
    ``with_time`` adds 时 and 分, for a 签收 whose moment matters.
    """

    ROW = 32.0
    SIZE = BODY_SIZE

    def __init__(self, labels: Sequence[str], *, with_time: bool = False) -> None:
        super().__init__()
        self.labels = [roll.clean(label) for label in labels]
        self.with_time = with_time
        self.font = _font()
        self.spaceBefore = 4

    def _date_parts(self) -> list[tuple[float, str]]:
        # (blank before, unit) from left to right: the year gets room for four digits.
        parts = [(30.0, "年"), (18.0, "月"), (18.0, "日")]
        if self.with_time:
            parts += [(18.0, "时"), (18.0, "分")]
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.ROW * len(self.labels)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        size, font = self.SIZE, self.font
        unit = roll.text_width("年", font, size)
        date_width = roll.text_width("日期：", font, size) + sum(
            blank + unit for blank, _ in self._date_parts()
        )
        date_x = self.width - date_width
        label_width = max(roll.text_width(f"{label}：", font, size) for label in self.labels)
        c.saveState()
        c.setFont(font, size)
        c.setLineWidth(0.6)
        for i, label in enumerate(self.labels):
            baseline = self.height - (i + 1) * self.ROW + 6
            c.drawString(0, baseline, f"{label}：")
            c.line(label_width + 2, baseline - 2, date_x - 14, baseline - 2)
            x = date_x
            c.drawString(x, baseline, "日期：")
            x += roll.text_width("日期：", font, size)
            for blank, unit_text in self._date_parts():
                c.line(x + 1, baseline - 2, x + blank - 1, baseline - 2)
                x += blank
                c.drawString(x, baseline, unit_text)
                x += unit
        c.restoreState()


def signature_lines(labels: Sequence[str], *, with_time: bool = False) -> Flowable:
    """Signature rows with a handwritten date; see :class:`SignatureLines`."""
    return SignatureLines(labels, with_time=with_time)


def field_line(pairs: Sequence[tuple[str, str]]) -> Table:
    """「label：value」 pairs side by side on one line (wrapping inside their share), without rules."""
    st = _styles(_font())
    width = CONTENT_WIDTH / len(pairs)
    cells = [_Paragraph(f"{para(label)}：{para(value)}", st.body) for label, value in pairs]
    return Table(
        [cells],
        colWidths=[width] * len(pairs),
        style=TableStyle(
            [
                # Sets the canvas font as each cell is drawn; without it reportlab names Helvetica.
                ("FONT", (0, 0), (-1, -1), _font(), BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )


# --- the page and the document ----------------------------------------------------------------------


@dataclass(frozen=True)
class A4Header:
    """What every page of a document repeats."""

    hall_name: str
    title: str
    document_number: str
    """Shown top right as given, e.g. 「营口政服告〔2026〕000123号」."""
    barcode: str
    """The Code 128 payload under the number, printable ASCII, e.g. ``N2026000123``."""


def _barcode_geometry(payload: str) -> tuple[float, float]:
    """(x, width) of the barcode box, right-aligned to the margin, snapped to 300 dpi dots."""
    modules = len(code128_modules(payload)) + 2 * _QUIET_MODULES
    module = min(_MODULE, _BARCODE_MAX_WIDTH / modules)
    if module < _MODULE:
        # Whole dots where possible; never under what a scanner reads.
        module = max(math.floor(module / _DOT_300) * _DOT_300, _MIN_MODULE)
    width = module * modules
    x = round((PAGE_WIDTH - MARGIN - width) / _DOT_300) * _DOT_300
    return x, width


def barcode_bars_box(payload: str) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the barcode's bars on every page, in points from the bottom left.

    Includes the quiet zones, excludes the line of text under the bars; for tests that scan the page.
    """
    x, width = _barcode_geometry(payload)
    return x, _BARCODE_TOP - _BARCODE_BARS, width, _BARCODE_BARS


def _draw_header(canvas: Canvas, doc: BaseDocTemplate, *, header: A4Header, font: str) -> None:
    x, width = _barcode_geometry(header.barcode)
    canvas.saveState()
    draw_code128(
        canvas,
        header.barcode,
        x,
        _BARCODE_TOP - _BARCODE_HEIGHT,
        width,
        _BARCODE_HEIGHT,
        quiet_modules=_QUIET_MODULES,
        font_name=font,
        font_size=_BARCODE_TEXT,
    )
    # The number right-aligned over the bars' right end (inside the quiet zone), shrunk if very long.
    number = roll.clean(header.document_number)
    number_width = CONTENT_WIDTH / 2
    size, lines = roll.fit(number, font, _NUMBER_SIZE, 7, 1, width=number_width)
    right = PAGE_WIDTH - MARGIN
    ascent, _ = pdfmetrics.getAscentDescent(font, _NUMBER_SIZE)
    canvas.setFont(font, size)
    canvas.drawRightString(right, _HEADER_TOP - ascent, lines[0] if lines else "")
    # Hall name top left, two lines at most, clear of the barcode; later pages add the title.
    left_width = CONTENT_WIDTH - width - 6 * mm
    name_size, name_lines = roll.fit(roll.clean(header.hall_name), font, 11, 8, 2, width=left_width)
    top = _HEADER_TOP
    name_ascent, _ = pdfmetrics.getAscentDescent(font, name_size)
    for line in name_lines:
        roll.draw_line(canvas, line, font, name_size, MARGIN, top - name_ascent, False)
        top -= name_size * 1.3
    if doc.page > 1:
        t_size, t_lines = roll.fit(roll.clean(header.title) + "（续）", font, 9.5, 8, 1, width=left_width)
        t_ascent, _ = pdfmetrics.getAscentDescent(font, t_size)
        roll.draw_line(canvas, t_lines[0], font, t_size, MARGIN, top - 3 - t_ascent, False)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, _RULE_Y, PAGE_WIDTH - MARGIN, _RULE_Y)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Holds each finished page back until the end, so every footer can say how many pages there are."""

    def __init__(self, *args: Any, footer_font: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_font = footer_font
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(self._footer_font, _FOOTER_SIZE)
            self.drawCentredString(PAGE_WIDTH / 2, _FOOTER_BASELINE, f"第 {number} 页 共 {total} 页")
            self.restoreState()
            super().showPage()
        super().save()


def build_a4_pdf(header: A4Header, story: Sequence[Flowable]) -> bytes:
    """The document as an A4 PDF: the title centred first, then ``story``, over as many pages as needed.

    The Chinese font is embedded as a subset; the output has no timestamp or random ID, so the same
    document always gives the same bytes and an archived copy can be compared with a reprint.

    Raises:
        ValueError: the barcode payload cannot be encoded (empty, too long, not ASCII).
    """
    font = _font()
    # Checked before laying out pages, so a bad payload fails with the encoder's own message.
    code128_modules(header.barcode)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=PAGE_HEIGHT - _FRAME_TOP,
        bottomMargin=_FRAME_BOTTOM,
        title=f"{roll.clean(header.title)} {roll.clean(header.document_number)}",
        author=roll.clean(header.hall_name),
        creator="yk-desktop",
        subject="",
        invariant=1,
        pageCompression=1,
        initialFontName=font,
        lang="zh-CN",
    )
    frame = Frame(
        MARGIN,
        _FRAME_BOTTOM,
        CONTENT_WIDTH,
        _FRAME_TOP - _FRAME_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="page", frames=[frame], onPage=functools.partial(_draw_header, header=header, font=font)
            )
        ]
    )
    doc.build([title(header.title), *story], canvasmaker=functools.partial(_NumberedCanvas, footer_font=font))
    return buf.getvalue()
