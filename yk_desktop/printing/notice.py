"""一次性告知书: the one-time notification letter, on A4.

The letter tells the applicant, at once and in writing, everything a service item (or every item of a
「一件事」 bundle, in the order they are handled) needs: its department, legal basis, conditions, steps,
time limits, fees, place and phone, and the complete list of materials with what is already handed in,
what was verified earlier and need not be brought again, and what is still missing. It closes with the
statement that the list is complete — the window may ask for nothing else — and the supervision phone to
call when it does. A material asked for although it is not on the published list is marked 「清单外」 with
the reason, so such a request is never hidden.

The applicant's ID number and phone are printed masked (GB/T 35273); an enterprise's unified social credit
code is public and printed whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable

from yk_desktop.printing import a4
from yk_desktop.printing.a4 import Cell, Markup, Plain

TITLE = "一次性告知书"
COMPLETENESS = "本告知书所列材料为本事项全部申请材料，窗口不得要求提供清单以外的材料。"

MATERIAL_STATUSES = {
    "brought": "已提交",
    "missing": "缺",
    "reused": "已核验，无需再次提交",
    "not_applicable": "不适用",
}
# As printed in the table's narrow columns, broken where the column is too narrow for one line.
_STATUS_CELLS = {**MATERIAL_STATUSES, "reused": "已核验，\n无需再次提交"}
_ORIGINAL_CELLS = {"original": "原件", "copy": "复印件", "original_and_copy": "原件及\n复印件"}
_FORM_CELLS = {"paper": "纸质", "electronic": "电子", "either": "纸质或\n电子"}
ORIGINALS = {"original": "原件", "copy": "复印件", "original_and_copy": "原件及复印件"}
FORMS = {"paper": "纸质", "electronic": "电子", "either": "纸质或电子"}


@dataclass(frozen=True)
class NoticeMaterial:
    """One material of the published list (or, marked, one asked for although not on it)."""

    name: str
    status: str
    """"brought" (已提交), "missing" (缺), "reused" (已核验可复用，无需再交), "not_applicable" (不适用)."""
    required: bool
    condition: str | None
    """When the material is needed only in some cases: the case, e.g. 「如委托他人办理」."""
    original: str
    """"original", "copy" or "original_and_copy"."""
    copies: int
    form: str
    """"paper", "electronic" or "either"."""
    issuer: str
    """出具单位; may be ""."""
    note: str
    """Format requirement or how to obtain it; may be ""."""
    items: tuple[str, ...]
    """Names of the service items that need it; one entry for a single item."""
    off_list: bool = False
    """Asked for although not on the published list (办法 Art. 19): marked 「清单外」 on the letter."""
    off_list_reason: str = ""

    def __post_init__(self) -> None:
        if self.status not in MATERIAL_STATUSES:
            raise ValueError(f"材料状态只能是 {'、'.join(MATERIAL_STATUSES)}，不能是 {self.status!r}")
        if self.original not in ORIGINALS:
            raise ValueError(f"原件/复印件只能是 {'、'.join(ORIGINALS)}，不能是 {self.original!r}")
        if self.form not in FORMS:
            raise ValueError(f"材料形式只能是 {'、'.join(FORMS)}，不能是 {self.form!r}")
        if self.copies < 0:
            raise ValueError(f"份数不能为负数：{self.copies}")
        # The letter must say why a material outside the published list is asked for; without a reason
        # the request is exactly what the completeness statement forbids.
        if self.off_list and not self.off_list_reason.strip():
            raise ValueError(f"清单外材料「{self.name}」必须写明要求提供的理由")


@dataclass(frozen=True)
class NoticeItem:
    """One service item (政务服务事项) as the published guide describes it."""

    code: str
    name: str
    department: str
    basis: str
    """设定依据."""
    conditions: str
    """受理条件."""
    procedure: tuple[str, ...]
    """办理流程, one step each."""
    legal_days: int
    """法定时限, in working days."""
    promised_days: int
    """承诺时限, in working days."""
    fees: str
    location: str
    phone: str

    def __post_init__(self) -> None:
        if self.legal_days < 0 or self.promised_days < 0:
            raise ValueError(f"办理时限不能为负数：法定 {self.legal_days}，承诺 {self.promised_days}")


@dataclass(frozen=True)
class NoticeLetter:
    """Everything one printed 一次性告知书 says."""

    hall_name: str
    hall_address: str
    supervision_phone: str
    window_number: int | None
    clerk_name: str
    document_number: str
    """Shown top right, e.g. 「营口政服告〔2026〕000123号」."""
    barcode: str
    """Code 128 payload, printable ASCII, e.g. ``N2026000123``."""
    issued_at: datetime
    """Aware; printed in the hall's time zone."""
    applicant_name: str
    applicant_kind: str
    """"person" or "enterprise"."""
    applicant_id_number: str
    """The whole number: the letter masks a person's ID number itself; a credit code is printed whole."""
    applicant_phone: str
    """The whole number: printed masked."""
    bundle_name: str | None
    """The 「一件事」 name when several items are served as one."""
    items: tuple[NoticeItem, ...]
    materials: tuple[NoticeMaterial, ...]
    hand_in: str
    """Where and how to hand in the rest (free text)."""

    def __post_init__(self) -> None:
        a4.require_aware(self.issued_at, "告知时间")
        a4.require_applicant_kind(self.applicant_kind)
        if not self.items:
            raise ValueError("告知书至少要有一个办理事项")

    @property
    def missing_count(self) -> int:
        return sum(1 for m in self.materials if m.status == "missing")


_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (1–99), for 「（一）」 style numbering."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def days_text(days: int) -> str:
    return "即办（当场办结）" if days == 0 else f"{days} 个工作日"


def _item_table(item: NoticeItem) -> list[Flowable]:
    steps = "　→　".join(f"{i}.{step.strip()}" for i, step in enumerate(item.procedure, start=1))
    return a4.info_table(
        [
            ("事项名称", a4.or_dash(item.name), "事项编码", a4.or_dash(item.code)),
            ("实施部门", a4.or_dash(item.department), "咨询电话", a4.or_dash(item.phone)),
            ("设定依据", a4.or_dash(item.basis)),
            ("受理条件", a4.or_dash(item.conditions)),
            ("办理流程", a4.or_dash(steps)),
            ("法定时限", days_text(item.legal_days), "承诺时限", days_text(item.promised_days)),
            ("收费标准", a4.or_dash(item.fees), "办理地点", a4.or_dash(item.location)),
        ]
    )


def _small(text: str) -> Markup:
    return a4.markup('<font size="8">{}</font>', text)


def _used_by(m: NoticeMaterial, items: tuple[NoticeItem, ...]) -> str:
    """「用于：（一）（三）」 by the items' numbers above the table; a name not among them is printed as is."""
    numbers = {item.name: f"（{cn_number(i)}）" for i, item in enumerate(items, start=1)}
    if set(m.items) >= set(numbers):
        return "用于：各事项"
    return "用于：" + "".join(numbers.get(name, f"「{name}」") for name in m.items)


def _material_name(m: NoticeMaterial, items: tuple[NoticeItem, ...]) -> Markup:
    name: str = a4.markup("【清单外】{}", m.name) if m.off_list else m.name
    if len(items) > 1 and m.items:
        # On the name's line: most names are short, and a line of its own would double the table.
        name = a4.join_markup([name, _small(_used_by(m, items))], " ")
    parts = [name]
    if m.off_list:
        parts.append(_small(f"要求理由：{m.off_list_reason.strip()}"))
    if m.condition and m.condition.strip():
        parts.append(_small(f"适用情形：{m.condition.strip()}"))
    elif not m.required:
        parts.append(_small("（非必需，可选择提交）"))
    return a4.join_markup(parts)


def _status(m: NoticeMaterial) -> Cell:
    if m.status == "missing":
        # The one status that must not be overlooked: bold, larger, on a shaded row.
        return a4.bold("缺", 12, align="centre")
    return Plain(_STATUS_CELLS[m.status])


def _issuer(m: NoticeMaterial) -> Cell:
    # One run of text rather than two lines: most notes then fit in two lines of the column.
    parts = [p for p in (m.issuer.strip(), m.note.strip()) if p]
    return "；".join(parts) if parts else a4.DASH


def _material_table(letter: NoticeLetter) -> Flowable:
    rows: list[list[Cell]] = []
    for i, m in enumerate(letter.materials, start=1):
        rows.append(
            [
                Plain(str(i)),
                _material_name(m, letter.items),
                Plain(_ORIGINAL_CELLS[m.original]),
                Plain(f"{m.copies} 份" if m.copies else a4.DASH),
                Plain(_FORM_CELLS[m.form]),
                _issuer(m),
                _status(m),
            ]
        )
    shaded = [i for i, m in enumerate(letter.materials) if m.status == "missing"]
    header = [
        "序号",
        "材料名称",
        Plain("原件/\n复印件"),
        "份数",
        Plain("纸质/\n电子"),
        "出具单位/要求",
        "状态",
    ]
    return a4.data_table(header, rows, [22, 136, 42, 28, 34, 148, 72], centred={0, 2, 3, 4, 6}, shaded=shaded)


def _counts(letter: NoticeLetter) -> str:
    counts = {status: 0 for status in MATERIAL_STATUSES}
    for m in letter.materials:
        counts[m.status] += 1
    return (
        f"共 {len(letter.materials)} 项材料：已提交 {counts['brought']} 项，"
        f"已核验无需再次提交 {counts['reused']} 项，缺 {counts['missing']} 项，不适用 {counts['not_applicable']} 项。"
    )


def _story(letter: NoticeLetter) -> list[Flowable]:
    kind = letter.applicant_kind
    id_label, id_value = a4.printed_id(kind, letter.applicant_id_number)
    item_names = "、".join(item.name for item in letter.items)
    subject = f"「{letter.bundle_name}」（{item_names}）" if letter.bundle_name else f"「{item_names}」"
    you = "贵单位" if kind == "enterprise" else "您"
    story: list[Flowable] = [
        a4.paragraph(f"{a4.or_dash(letter.applicant_name)}："),
        a4.paragraph(
            f"{you}申请办理的{subject}事项，现将办理依据、受理条件、办理流程、办理时限、收费标准"
            "和全部申请材料一次性告知如下：",
            indent=True,
        ),
        a4.heading("一、申请人信息"),
        *a4.info_table(
            [
                (
                    a4.applicant_label(kind),
                    a4.or_dash(letter.applicant_name),
                    "联系电话",
                    a4.printed_phone(letter.applicant_phone),
                ),
                (id_label, id_value, "告知时间", a4.cn_datetime(letter.issued_at)),
            ]
        ),
        a4.heading("二、办理事项"),
    ]
    if len(letter.items) > 1:
        bundle = f"「{letter.bundle_name}」" if letter.bundle_name else ""
        story.append(
            a4.paragraph(f"本次{bundle}共 {len(letter.items)} 个事项，按以下顺序办理：", indent=True)
        )
    for i, item in enumerate(letter.items, start=1):
        if len(letter.items) > 1:
            department = f"（{item.department.strip()}）" if item.department.strip() else ""
            story.append(a4.bold(f"（{cn_number(i)}）{item.name}{department}", 11, keep_room=True))
        story.extend(_item_table(item))
        story.append(a4.spacer(4))
    story.append(a4.heading("三、申请材料"))
    if len(letter.items) > 1:
        story.append(
            a4.paragraph(
                "多个事项共用的材料只需提交一次；「用于」后是使用该材料的事项序号，见第二部分。",
                style="small",
            )
        )
    story.append(_material_table(letter))
    story.append(a4.spacer(4))
    story.append(a4.paragraph(_counts(letter), style="small"))
    missing = letter.missing_count
    if missing:
        story.append(a4.bold(f"尚缺 {missing} 项材料（表中标「缺」的材料），请补齐后提交。", 11.5))
    else:
        story.append(a4.paragraph("申请材料已齐全。"))
    if any(m.off_list for m in letter.materials):
        story.append(
            a4.paragraph(
                "标「清单外」的材料不在公布的申请材料清单内，窗口已在表中写明要求提供的理由；"
                f"如有异议，可拨打监督电话 {letter.supervision_phone} 反映。",
                style="small",
            )
        )
    section = 4
    if missing or letter.hand_in.strip():
        story.append(a4.heading(f"{cn_number(section)}、补交材料方式"))
        hand_in = (
            letter.hand_in.strip() or f"请携带所缺材料到{letter.hall_name}（{letter.hall_address}）窗口提交。"
        )
        story.append(a4.paragraph(hand_in, indent=True))
        section += 1
    story.append(a4.heading(f"{cn_number(section)}、告知说明"))
    story.append(a4.paragraph(COMPLETENESS, indent=True))
    story.append(
        a4.paragraph(
            f"如窗口工作人员要求提供本告知书以外的材料，或对本告知有异议，请拨打监督电话：{a4.or_dash(letter.supervision_phone)}。",
            indent=True,
        )
    )
    story.append(a4.paragraph(f"办事地址：{a4.or_dash(letter.hall_address)}", indent=True))
    window = f"{letter.window_number} 号窗口" if letter.window_number is not None else a4.DASH
    closing = [
        a4.spacer(6),
        a4.field_line(
            [
                ("告知窗口", window),
                ("窗口工作人员", a4.or_dash(letter.clerk_name)),
                ("告知日期", a4.cn_date(a4.hall_date(letter.issued_at))),
            ]
        ),
        a4.signature_lines(["窗口工作人员（签字）", "申请人（签字）"]),
    ]
    story.append(a4.keep_together(closing))
    return story


def build_notice_pdf(letter: NoticeLetter) -> bytes:
    """The 一次性告知书 as an A4 PDF (Chinese font embedded as a subset, same letter → same bytes).

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    header = a4.A4Header(letter.hall_name, TITLE, letter.document_number, letter.barcode)
    return a4.build_a4_pdf(header, _story(letter))
