"""帮办代办委托书: the A4 power of attorney an applicant signs so a hall agent may act for them.

It names the 委托人 and the 受托人 (name, ID type and number, phone), the matters entrusted (委托事项, with
the service items), what the agent may do (权限) and whether they may pass it on (转委托), for how long
(期限), and carries the signature and date lines of both and the note that copies of both IDs are
attached. It opens with the principle Yingkou's 帮办代办 works on: 「自愿委托、无偿代理、全程服务、合法高效」.

ID numbers and phones are printed **whole** here, unlike every other document the hall prints (DESIGN.md
§7: masked "unless the document legally needs them whole"). A 委托书 is that exception: it is the written
authorization that proves who empowered whom (民法典 Art. 165: it names the agent, the matters, the powers
and the term, signed by the principal), and whoever the agent presents it to — a window, a department —
identifies both people by checking the numbers on it against the ID copies attached. A masked number
would defeat exactly that check, and a mistyped one could not be spotted before signing. The form goes
only to the applicant, the agent and the case file; its archived PDF sits in the database that already
keeps the whole numbers. The result-ready slip, which is handed around more freely, masks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from yk_desktop.printing import a4
from yk_desktop.printing.a4 import Cell, Plain

TITLE = "帮办代办委托书"
PRINCIPLE = "自愿委托、无偿代理、全程服务、合法高效"
FREE = "帮办代办服务不收取任何费用；受托人不得以任何名义向委托人收取费用或索要财物。"
TRUTH = "委托人对所提交申请材料的真实性、合法性负责；受托人在上述权限和期限内代为办理的行为，委托人予以承认。"
ID_COPIES = (
    "附：委托人、受托人身份证件复印件各一份（委托人为单位的，附营业执照复印件及法定代表人身份证件复印件）。"
)
COPIES = "本委托书一式两份，委托人、受托人各执一份；受托人持本委托书及所附证件复印件代为办理。"
SUB_YES = "受托人可以将本委托事项转委托给本中心其他帮办代办员办理，转委托须记录在案。"
SUB_NO = "受托人无转委托权，不得将本委托事项转委托他人办理。"


@dataclass(frozen=True)
class Party:
    """委托人 or 受托人 as the form names them."""

    name: str
    id_type: str
    """「居民身份证」 or 「统一社会信用代码」."""
    id_number: str
    """Printed whole (see the module docstring)."""
    phone: str


@dataclass(frozen=True)
class AuthorizationForm:
    """Everything one printed 委托书 says."""

    hall_name: str
    document_number: str
    """Shown top right, e.g. 「营口政务代办〔2026〕1号」."""
    barcode: str
    """Code 128 payload (the proxy case's number, ``D2026000001``)."""
    principal_kind: str
    """"person" or "enterprise"."""
    principal: Party
    contact: str
    """For an enterprise its 经办联系人 (name and phone); may be ""."""
    agent: Party
    agent_unit: str
    """The agent's unit (工作单位), e.g. 「营口市营商环境建设局（政务服务中心帮办代办组）」."""
    items: tuple[tuple[str, str], ...]
    """(事项编码, 事项名称) of each entrusted item."""
    matter: str
    powers: tuple[str, ...]
    sub_delegation: bool
    valid_from: date
    valid_until: date
    issued_at: datetime
    """When the proxy case was registered (aware); its date is the form's date."""

    def __post_init__(self) -> None:
        a4.require_aware(self.issued_at, "登记时间")
        a4.require_applicant_kind(self.principal_kind)
        if not self.items:
            raise ValueError("委托书至少要有一个委托事项")
        if not self.powers:
            raise ValueError("委托书至少要写明一项代理权限")
        if self.valid_until <= self.valid_from:
            raise ValueError("委托期限的截止日期应晚于起始日期")


_Row = tuple[str, Cell] | tuple[str, Cell, str, Cell]


def _party_rows(label: str, p: Party, extra: list[tuple[str, Cell]]) -> list[_Row]:
    """Name and phone, ID type and number side by side; each extra line across the width."""
    rows: list[_Row] = [
        (label, a4.or_dash(p.name), "联系电话", a4.or_dash(p.phone)),
        ("证件类型", a4.or_dash(p.id_type), "证件号码", a4.or_dash(p.id_number)),
    ]
    rows.extend(extra)
    return rows


def _story(f: AuthorizationForm) -> list[Flowable]:
    enterprise = f.principal_kind == "enterprise"
    principal_label = "委托单位" if enterprise else "委托人"
    story: list[Flowable] = [
        a4.paragraph(
            f"本着「{PRINCIPLE}」的原则，{principal_label}自愿委托{a4.or_dash(f.hall_name)}帮办代办员"
            f"{a4.or_dash(f.agent.name)}，代为办理下列政务服务事项。",
            indent=True,
        ),
        a4.heading(f"一、{principal_label}"),
        *a4.info_table(
            _party_rows(
                "单位名称" if enterprise else "姓名",
                f.principal,
                [("经办联系人", a4.or_dash(f.contact))] if enterprise or f.contact.strip() else [],
            )
        ),
        a4.heading("二、受托人（帮办代办员）"),
        *a4.info_table(_party_rows("姓名", f.agent, [("工作单位", a4.or_dash(f.agent_unit))])),
        a4.heading("三、委托事项"),
        a4.data_table(
            ["序号", "事项名称", "事项编码"],
            [[Plain(str(i)), name, code] for i, (code, name) in enumerate(f.items, start=1)],
            [8, 62, 30],
            centred={0},
        ),
        a4.spacer(4),
        a4.paragraph(f"委托事项说明：{a4.or_dash(f.matter)}", indent=True),
        a4.heading("四、代理权限"),
    ]
    for i, power in enumerate(f.powers, start=1):
        story.append(a4.paragraph(f"{i}. {power}"))
    story.append(a4.bold(f"转委托：{SUB_YES if f.sub_delegation else SUB_NO}", 10.5))
    story.append(a4.heading("五、委托期限"))
    story.append(
        a4.paragraph(
            f"自 {a4.cn_date(f.valid_from)} 起至 {a4.cn_date(f.valid_until)} 止。期限届满，本委托自行终止；"
            "委托事项提前办结的，自结果交付之日起终止。",
            indent=True,
        )
    )
    story.append(a4.heading("六、声明"))
    story.append(a4.paragraph(FREE, indent=True))
    story.append(a4.paragraph(TRUTH, indent=True))
    signer = "委托单位（盖章）及法定代表人（签字）" if enterprise else "委托人（签字）"
    # The signatures stay with the notes under them; the form's date is each signer's own.
    closing: list[Flowable] = [
        a4.spacer(6),
        a4.signature_lines([signer, "受托人（签字）"]),
        a4.spacer(4),
        a4.paragraph(ID_COPIES, style="small"),
        a4.paragraph(COPIES, style="small"),
    ]
    story.append(a4.keep_together(closing))
    return story


def build_authorization_pdf(f: AuthorizationForm) -> bytes:
    """The 委托书 as an A4 PDF (Chinese font embedded as a subset, same form → same bytes).

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    header = a4.A4Header(f.hall_name, TITLE, f.document_number, f.barcode)
    return a4.build_a4_pdf(header, _story(f))
