"""补正材料通知书: the notice that an application's materials are incomplete or not in legal form, on A4.

行政许可法 Art. 32: what must be corrected is told on the spot or within five days, *all at once*; the
notice lists every missing or faulty material with the standard it must meet, says by when, and that the
time limit for the case counts from the day after the complete materials are received. It carries the
hall's seal line and the applicant's 签收 with the time, and is made in two copies: one for the applicant,
one for the case file.

The applicant's ID number and phone are printed masked (GB/T 35273); an enterprise's unified social credit
code is public and printed whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable

from yk_desktop.printing import a4
from yk_desktop.printing.a4 import Cell, Plain

TITLE = "补正材料通知书"
DEFAULT_BASIS = "《中华人民共和国行政许可法》第三十二条"
ALL_AT_ONCE = "以上为需要补正的全部内容，已一次性告知。"
TIME_LIMIT = "办理时限自收到全部补正材料之日的次日起计算。"
COPIES = "本通知书一式两份，一份交申请人，一份由窗口存档。"


@dataclass(frozen=True)
class CorrectionLine:
    """One material to hand in or to put right."""

    material: str
    problem: str
    """What is wrong: missing, expired, unsigned, unreadable …"""
    standard: str
    """What the corrected material must be like."""


@dataclass(frozen=True)
class CorrectionNotice:
    """Everything one printed 补正材料通知书 says.

    ``basis`` is keyword-only (it has a default and the fields after it have none).
    """

    hall_name: str
    clerk_name: str
    """承办人."""
    clerk_phone: str
    window_number: int | None
    document_number: str
    """Shown top right, e.g. 「营口政服补〔2026〕000045号」."""
    barcode: str
    """Code 128 payload, printable ASCII."""
    issued_at: datetime
    """Aware; printed in the hall's time zone."""
    applicant_name: str
    applicant_kind: str
    """"person" or "enterprise"."""
    applicant_id_number: str
    """The whole number: the notice masks a person's ID number itself; a credit code is printed whole."""
    applicant_phone: str
    """The whole number: printed masked."""
    item_names: tuple[str, ...]
    applied_on: date
    lines: tuple[CorrectionLine, ...]
    due: date | None
    """By when the corrections are to be handed in, or None when no date is set."""
    note: str
    basis: str = field(default=DEFAULT_BASIS, kw_only=True)
    """The legal basis the notice cites."""

    def __post_init__(self) -> None:
        a4.require_aware(self.issued_at, "通知时间")
        a4.require_applicant_kind(self.applicant_kind)
        if not self.lines:
            raise ValueError("补正材料通知书至少要列出一项需要补正的材料")
        if not self.item_names:
            raise ValueError("补正材料通知书至少要有一个申请事项")


def _story(n: CorrectionNotice) -> list[Flowable]:
    kind = n.applicant_kind
    id_label, id_value = a4.printed_id(kind, n.applicant_id_number)
    you = "贵单位" if kind == "enterprise" else "您"
    items = "、".join(n.item_names)
    window = f"{n.window_number} 号窗口" if n.window_number is not None else a4.DASH
    basis = n.basis.strip() or DEFAULT_BASIS
    story: list[Flowable] = [
        a4.paragraph(f"{a4.or_dash(n.applicant_name)}："),
        a4.paragraph(
            f"{you}于 {a4.cn_date(n.applied_on)} 申请办理的「{items}」事项，经审查，申请材料不齐全或者不符合"
            f"法定形式。根据{basis}的规定，现将需要补正的全部内容一次性告知如下：",
            indent=True,
        ),
        a4.heading("一、申请信息"),
        *a4.info_table(
            [
                (
                    a4.applicant_label(kind),
                    a4.or_dash(n.applicant_name),
                    "联系电话",
                    a4.printed_phone(n.applicant_phone),
                ),
                (id_label, id_value, "申请日期", a4.cn_date(n.applied_on)),
                ("申请事项", items),
                ("承办人", a4.or_dash(n.clerk_name), "承办人电话", a4.or_dash(n.clerk_phone)),
                ("受理窗口", window, "通知时间", a4.cn_datetime(n.issued_at)),
            ]
        ),
        a4.heading("二、需要补正的材料"),
    ]
    rows: list[list[Cell]] = [
        [Plain(str(i)), a4.or_dash(line.material), a4.or_dash(line.problem), a4.or_dash(line.standard)]
        for i, line in enumerate(n.lines, start=1)
    ]
    story.append(
        a4.data_table(
            ["序号", "材料名称", "存在的问题", "补正要求（应达到的标准）"], rows, [7, 27, 33, 33], centred={0}
        )
    )
    story.append(a4.spacer(4))
    story.append(a4.paragraph(f"共 {len(n.lines)} 项。", style="small"))
    story.append(a4.heading("三、补正期限及说明"))
    if n.due is not None:
        story.append(a4.bold(f"请于 {a4.cn_date(n.due)} 前将上述补正材料一并提交至{window}。", 10.5))
    else:
        story.append(a4.paragraph(f"请补齐上述材料后一并提交至{window}。", indent=True))
    story.append(a4.paragraph(f"{ALL_AT_ONCE}{TIME_LIMIT}", indent=True))
    if n.note.strip():
        story.append(a4.paragraph(f"备注：{n.note.strip()}", indent=True))
    closing: list[Flowable] = [
        a4.spacer(14),
        a4.paragraph(a4.or_dash(n.hall_name) + "（盖章）", style="right"),
        a4.paragraph(a4.cn_date(a4.hall_date(n.issued_at)), style="right"),
        a4.spacer(6),
        a4.signature_lines(["申请人签收"], with_time=True),
        a4.spacer(6),
        a4.paragraph(COPIES, style="small"),
    ]
    story.append(a4.keep_together(closing))
    return story


def build_correction_pdf(n: CorrectionNotice) -> bytes:
    """The 补正材料通知书 as an A4 PDF (Chinese font embedded as a subset, same notice → same bytes).

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    header = a4.A4Header(n.hall_name, TITLE, n.document_number, n.barcode)
    return a4.build_a4_pdf(header, _story(n))
