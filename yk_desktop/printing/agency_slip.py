"""代办结果领取通知: the 80 mm slip that tells an applicant their proxy case's result is ready.

The agent prints it when the result (licence, certificate…) is in hand and gives or sends it to the
applicant: the proxy case's number (also as a barcode, so the window opens the proxy case by scanning),
the items, where and by when to collect, the opening hours, what to bring, and the agent with their phone.
Drawn line by line with ``drawString`` like the roll receipt, as long as its contents.

The applicant's phone is masked (GB/T 35273); the slip carries no ID number at all. The agent's phone is
a work number the applicant is meant to call, and prints whole.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.pdfgen.canvas import Canvas

from yk_desktop.printing import a4, roll
from yk_desktop.printing.fonts import cjk_font

TITLE = "代办结果领取通知"
BRING = "领取时请携带本通知单及委托人有效身份证件原件；他人代领的，另带代领人身份证件。"

_SIZE = 9.5
_SMALL = 8.0
# Free texts are capped so a pasted essay cannot make a metre of slip; the cut line ends in "…".
_MAX_LINES = 5
_TOP_GAP = roll.MARGIN
_BARCODE_GAP = 8.0


@dataclass(frozen=True)
class ReadySlip:
    """Everything one printed 领取通知 says."""

    hall_name: str
    agency_no: str
    """As shown and as the barcode carries it, e.g. ``D2026000001``."""
    applicant_name: str
    applicant_phone: str
    """The whole number: printed masked."""
    item_names: tuple[str, ...]
    case_no: str | None
    ready_at: datetime
    """Aware; printed in the hall's time zone."""
    place: str
    """Where to collect."""
    collect_by: date | None
    """Please collect by this day (the hall's reminder period), or None."""
    opening_hours: str
    agent_name: str
    agent_phone: str
    hall_phone: str
    note: str = ""

    def __post_init__(self) -> None:
        a4.require_aware(self.ready_at, "结果办结时间")
        if not self.item_names:
            raise ValueError("领取通知至少要有一个事项")


class _Lines:
    """The slip's lines on a :class:`roll.Cursor` (measured first, then drawn)."""

    def __init__(self, cursor: roll.Cursor) -> None:
        self.c = cursor
        self.font = cursor.font

    def _capped(self, lines: list[str], size: float, bold: bool, indent: float) -> list[str]:
        if len(lines) > _MAX_LINES:
            lines = lines[:_MAX_LINES]
            lines[-1] = roll.ellipsize(lines[-1], self.font, size, roll.INNER - indent, bold)
        return lines

    def field(self, label: str, value: str, *, size: float = _SIZE, bold: bool = False) -> None:
        """「label：value」, the value's later lines under its first character."""
        head = f"{label}："
        indent = roll.text_width(head, self.font, size, bold)
        lines = roll.wrap(
            head + (roll.clean(value) or a4.DASH),
            self.font,
            size,
            roll.INNER,
            bold,
            next_width=roll.INNER - indent,
        )
        self.c.left_lines(self._capped(lines, size, bold, indent), size, bold=bold, indent=indent)
        self.c.gap(2.5)

    def text(self, text: str, *, size: float = _SIZE, bold: bool = False) -> None:
        lines = roll.wrap(roll.clean(text), self.font, size, roll.INNER, bold)
        self.c.left_lines(self._capped(lines, size, bold, 0.0), size, bold=bold)
        self.c.gap(2.5)


def _body(cursor: roll.Cursor, s: ReadySlip) -> None:
    out = _Lines(cursor)
    hall_size, hall = roll.fit(roll.clean(s.hall_name), cursor.font, 13, 9, 2, bold=True)
    cursor.lines(hall, hall_size, bold=True)
    cursor.gap(4)
    cursor.lines([TITLE], 15, bold=True)
    cursor.gap(6)
    cursor.rule()
    cursor.gap(6)
    out.field("代办编号", s.agency_no, size=11, bold=True)
    out.field("委托人", s.applicant_name)
    out.field("联系电话", a4.printed_phone(s.applicant_phone))
    out.field("办理事项", "、".join(s.item_names))
    if s.case_no:
        out.field("办件编号", s.case_no)
    out.field("办结时间", a4.cn_datetime(s.ready_at))
    cursor.gap(2)
    cursor.rule()
    cursor.gap(6)
    out.text("您委托代办的事项已办理完毕，请按下列方式领取办理结果：", bold=True)
    out.field("领取地点", s.place, bold=True)
    if s.collect_by is not None:
        out.field("领取期限", f"请于 {a4.cn_date(s.collect_by)} 前领取", bold=True)
    out.field("办公时间", s.opening_hours)
    out.text(BRING, size=_SMALL)
    if s.note.strip():
        out.field("备注", s.note)
    cursor.gap(2)
    cursor.rule()
    cursor.gap(6)
    out.field("帮办代办员", f"{a4.or_dash(s.agent_name)}  {s.agent_phone}".strip())
    out.field("咨询电话", s.hall_phone)


def build_ready_slip_pdf(s: ReadySlip) -> bytes:
    """The slip as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    font = cjk_font().name
    buf = io.BytesIO()
    # invariant: same slip, same bytes (archive and reprint compare equal); our font as the initial one, so
    # no unembedded Helvetica is named in the page resources.
    canvas = Canvas(
        buf, pagesize=(roll.PAGE_WIDTH, 100), invariant=True, pageCompression=1, initialFontName=font
    )
    canvas.setTitle(f"{TITLE} {roll.clean(s.agency_no)}")
    canvas.setCreator("yk-desktop")
    probe = roll.Cursor(canvas, font, 0.0, draw=False)
    _body(probe, s)
    height = _TOP_GAP + -probe.top + _BARCODE_GAP + roll.barcode_height() + roll.MARGIN
    canvas.setPageSize((roll.PAGE_WIDTH, height))
    _body(roll.Cursor(canvas, font, height - _TOP_GAP), s)
    roll.draw_barcode(canvas, s.agency_no, font, roll.MARGIN)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
