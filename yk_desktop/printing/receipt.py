"""受理回执: the acceptance receipt, on A4 or on the 80 mm roll of the window's receipt printer.

Both forms say the same: the case number (also as a barcode, to open the case by scanning), when the case
was accepted and by whom, the promised and the legal completion dates, every material received with its
pages, the ones accepted under 容缺 (to be handed in later, by a date), how and when the result is
collected, and the phone to ask. The roll form is drawn line by line with ``drawString`` and grows as
long as its contents; the A4 form uses the shared A4 layout.

The applicant's ID number and phone are printed masked (GB/T 35273); an enterprise's unified social credit
code is public and printed whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from yk_desktop.printing import a4, roll
from yk_desktop.printing.a4 import Cell, Plain

TITLE = "受理回执"

RECEIVED_STATUSES = {"received": "已收取", "reused": "已核验复用", "tolerated": "容缺后补"}


@dataclass(frozen=True)
class ReceivedMaterial:
    name: str
    pages: int | None
    """Pages handed in, or None when not counted (an electronic file, a certificate verified online)."""
    status: str
    """"received", "reused" (verified earlier, not handed in again) or "tolerated" (容缺, handed in later)."""

    def __post_init__(self) -> None:
        if self.status not in RECEIVED_STATUSES:
            raise ValueError(f"材料状态只能是 {'、'.join(RECEIVED_STATUSES)}，不能是 {self.status!r}")
        if self.pages is not None and self.pages < 0:
            raise ValueError(f"页数不能为负数：{self.pages}")


@dataclass(frozen=True)
class AcceptanceReceipt:
    """Everything one printed 受理回执 says."""

    hall_name: str
    hall_phone: str
    window_number: int | None
    clerk_name: str
    case_number: str
    """As shown, e.g. 「C2026000123」."""
    barcode: str
    """Code 128 payload, printable ASCII."""
    item_names: tuple[str, ...]
    bundle_name: str | None
    applicant_name: str
    applicant_kind: str
    """"person" or "enterprise"."""
    applicant_id_number: str
    """The whole number: the receipt masks a person's ID number itself; a credit code is printed whole."""
    applicant_phone: str
    """The whole number: printed masked."""
    accepted_at: datetime
    """Aware; printed in the hall's time zone."""
    promised_deadline: date
    legal_deadline: date
    promised_days: int
    """The promised time limit in working days, printed next to the promised date."""
    materials: tuple[ReceivedMaterial, ...]
    tolerance_due: date | None
    """The day by which materials accepted under 容缺 must be handed in."""
    pickup: str
    """How and when the result is collected (取件方式)."""
    deadline_note: str = ""
    """A remark under the dates, e.g. that the holiday calendar beyond 2026 is estimated."""
    suspension: str = ""
    """Printed in bold when the clock is stopped (中止计时): the dates shown will move when it resumes."""

    def __post_init__(self) -> None:
        a4.require_aware(self.accepted_at, "受理时间")
        a4.require_applicant_kind(self.applicant_kind)
        if not self.item_names:
            raise ValueError("回执至少要有一个办理事项")
        if self.promised_days < 0:
            raise ValueError(f"承诺时限不能为负数：{self.promised_days}")
        # A 容缺 acceptance without a date would let the missing material be owed forever; the receipt is
        # where the applicant learns the date, so it must be on it.
        if self.tolerance_due is None and any(m.status == "tolerated" for m in self.materials):
            raise ValueError("有容缺后补的材料时，必须写明补交期限")

    @property
    def tolerated(self) -> tuple[ReceivedMaterial, ...]:
        return tuple(m for m in self.materials if m.status == "tolerated")


def _items_text(r: AcceptanceReceipt) -> str:
    names = "、".join(r.item_names)
    return f"「{r.bundle_name}」（{names}）" if r.bundle_name else names


def _window(r: AcceptanceReceipt) -> str:
    return f"{r.window_number} 号窗口" if r.window_number is not None else a4.DASH


def _promised(r: AcceptanceReceipt) -> str:
    return f"{a4.cn_date(r.promised_deadline)}（{r.promised_days} 个工作日）"


def _pages(m: ReceivedMaterial) -> str:
    return f"{m.pages} 页" if m.pages is not None else a4.DASH


def _due(r: AcceptanceReceipt) -> str:
    return a4.cn_date(r.tolerance_due) if r.tolerance_due is not None else a4.DASH


def _summary(r: AcceptanceReceipt) -> str:
    handed = [m for m in r.materials if m.status == "received"]
    pages = sum(m.pages or 0 for m in handed)
    reused = len(r.materials) - len(handed) - len(r.tolerated)
    text = f"共收取材料 {len(handed)} 项，合计 {pages} 页"
    if reused:
        text += f"；已核验复用 {reused} 项，无需提交"
    return text + "。"


# --- A4 ---------------------------------------------------------------------------------------------


def _a4_status(r: AcceptanceReceipt, m: ReceivedMaterial) -> Cell:
    if m.status == "tolerated":
        return a4.bold(f"容缺后补，须于{_due(r)}前补交", a4.CELL_SIZE, align="centre")
    return Plain(RECEIVED_STATUSES[m.status])


def _a4_story(r: AcceptanceReceipt) -> list[Flowable]:
    kind = r.applicant_kind
    id_label, id_value = a4.printed_id(kind, r.applicant_id_number)
    you = "贵单位" if kind == "enterprise" else "您"
    story: list[Flowable] = [
        a4.paragraph(f"{a4.or_dash(r.applicant_name)}："),
        a4.paragraph(
            f"{you}申请办理的{_items_text(r)}事项，本窗口已于 {a4.cn_datetime(r.accepted_at)} 受理，"
            f"受理编号 {r.case_number}。请妥善保管本回执，凭回执查询办理进度、领取办理结果。",
            indent=True,
        ),
        a4.heading("一、受理信息"),
        *a4.info_table(
            [
                ("受理编号", a4.or_dash(r.case_number), "受理时间", a4.cn_datetime(r.accepted_at)),
                (
                    a4.applicant_label(kind),
                    a4.or_dash(r.applicant_name),
                    "联系电话",
                    a4.printed_phone(r.applicant_phone),
                ),
                (id_label, id_value, "受理窗口", _window(r)),
                ("办理事项", _items_text(r)),
                ("承诺办结日期", _promised(r), "法定办结日期", a4.cn_date(r.legal_deadline)),
                ("受理人", a4.or_dash(r.clerk_name), "咨询电话", a4.or_dash(r.hall_phone)),
                ("取件方式", a4.or_dash(r.pickup)),
            ]
        ),
    ]
    if r.suspension.strip():
        story.append(a4.spacer(3))
        story.append(a4.bold(r.suspension.strip(), 10.5))
    if r.deadline_note.strip():
        story.append(a4.spacer(3))
        story.append(a4.paragraph(f"注：{r.deadline_note.strip()}", style="small"))
    story.append(a4.heading("二、收取材料"))
    rows: list[list[Cell]] = [
        [Plain(str(i)), m.name, Plain(_pages(m)), _a4_status(r, m)]
        for i, m in enumerate(r.materials, start=1)
    ]
    shaded = [i for i, m in enumerate(r.materials) if m.status == "tolerated"]
    story.append(
        a4.data_table(
            ["序号", "材料名称", "页数", "状态"], rows, [8, 52, 12, 40], centred={0, 2, 3}, shaded=shaded
        )
    )
    story.append(a4.spacer(4))
    story.append(a4.paragraph(_summary(r), style="small"))
    if r.tolerated:
        names = "、".join(m.name for m in r.tolerated)
        story.append(
            a4.bold(f"容缺受理：以下 {len(r.tolerated)} 项材料须于 {_due(r)} 前补交：{names}。", 10.5)
        )
    closing: list[Flowable] = [
        a4.spacer(10),
        a4.paragraph(a4.or_dash(r.hall_name) + "（盖章）", style="right"),
        a4.paragraph(a4.cn_date(a4.hall_date(r.accepted_at)), style="right"),
        a4.signature_lines(["受理人（签字）"]),
    ]
    story.append(a4.keep_together(closing))
    return story


def build_receipt_a4_pdf(r: AcceptanceReceipt) -> bytes:
    """The 受理回执 as an A4 PDF (Chinese font embedded as a subset, same receipt → same bytes).

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    header = a4.A4Header(r.hall_name, TITLE, f"受理编号：{r.case_number}", r.barcode)
    return a4.build_a4_pdf(header, _a4_story(r))


# --- 80 mm roll -------------------------------------------------------------------------------------

_MAX_MATERIAL_LINES = 3


def _material(cursor: roll.Cursor, number: int, m: ReceivedMaterial, due: str) -> None:
    """「n. name（pages）」 with, under it, what is still owed or reused."""
    font, size = cursor.font, roll.FIELD_SIZE
    head = f"{number}. "
    pages = f"（{m.pages}页）" if m.pages is not None else ""
    text = head + (roll.clean(m.name) or a4.DASH) + pages
    indent = roll.text_width(head, font, size)
    lines = roll.wrap(text, font, size, roll.INNER, next_width=roll.INNER - indent)
    cursor.left_lines(
        roll.capped(lines, font, size, max_lines=_MAX_MATERIAL_LINES, indent=indent), size, indent=indent
    )
    if m.status != "received":
        cursor.gap(1.5)
        tolerated = m.status == "tolerated"
        note = f"容缺后补，须于{due}前补交" if tolerated else "已核验复用，无需提交"
        # Under the name, where the name's later lines start: the note belongs to the line above.
        lines = roll.wrap(note, font, roll.SMALL_SIZE, roll.INNER - indent, tolerated)
        cursor.left_lines(lines, roll.SMALL_SIZE, bold=tolerated, left=indent)
    cursor.gap(3)


def _roll_body(cursor: roll.Cursor, r: AcceptanceReceipt) -> None:
    roll.heading(cursor, r.hall_name, TITLE)
    kind = r.applicant_kind
    id_label, id_value = a4.printed_id(kind, r.applicant_id_number)
    roll.field(cursor, "受理编号", r.case_number, size=11, bold=True)
    roll.field(cursor, "受理时间", a4.cn_datetime(r.accepted_at))
    roll.field(cursor, "办理事项", _items_text(r))
    roll.field(cursor, a4.applicant_label(kind), r.applicant_name)
    roll.field(cursor, id_label, id_value)
    roll.field(cursor, "联系电话", a4.printed_phone(r.applicant_phone))
    roll.field(cursor, "承诺办结", _promised(r), bold=True)
    roll.field(cursor, "法定办结", a4.cn_date(r.legal_deadline))
    if r.suspension.strip():
        roll.text(cursor, r.suspension.strip(), bold=True)
    if r.deadline_note.strip():
        roll.text(cursor, f"注：{r.deadline_note}", size=roll.SMALL_SIZE)
    roll.section(cursor)
    roll.text(cursor, f"收取材料（共 {len(r.materials)} 项）：", bold=True)
    due = _due(r)
    for i, m in enumerate(r.materials, start=1):
        _material(cursor, i, m, due)
    if not r.materials:
        roll.text(cursor, a4.DASH)
    roll.text(cursor, _summary(r), size=roll.SMALL_SIZE)
    if r.tolerated:
        roll.text(cursor, f"容缺材料 {len(r.tolerated)} 项，请于 {due} 前补交。", bold=True)
    roll.section(cursor)
    roll.field(cursor, "受理人", f"{a4.or_dash(r.clerk_name)}（{_window(r)}）")
    roll.field(cursor, "咨询电话", r.hall_phone)
    roll.field(cursor, "取件方式", r.pickup)


def build_receipt_roll_pdf(r: AcceptanceReceipt) -> bytes:
    """The 受理回执 as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    return roll.build_slip(TITLE, r.barcode, lambda cursor: _roll_body(cursor, r))
