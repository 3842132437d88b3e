"""代办结果领取通知: the 80 mm slip that tells an applicant their proxy case's result is ready.

The agent prints it when the result (licence, certificate…) is in hand and gives or sends it to the
applicant: the proxy case's number (also as a barcode, so the window opens the proxy case by scanning),
the items, where and by when to collect, the opening hours, what to bring, and the agent with their phone.
Drawn line by line with ``drawString`` like the roll receipt, as long as its contents.

The applicant's phone is masked (GB/T 35273); the slip carries no ID number at all. The agent's phone is
a work number the applicant is meant to call, and prints whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from yk_desktop.printing import a4, roll

TITLE = "代办结果领取通知"
BRING = "领取时请携带本通知单及委托人有效身份证件原件；他人代领的，另带代领人身份证件。"


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


def _body(cursor: roll.Cursor, s: ReadySlip) -> None:
    roll.heading(cursor, s.hall_name, TITLE)
    roll.field(cursor, "代办编号", s.agency_no, size=11, bold=True)
    roll.field(cursor, "委托人", s.applicant_name)
    roll.field(cursor, "联系电话", a4.printed_phone(s.applicant_phone))
    roll.field(cursor, "办理事项", "、".join(s.item_names))
    if s.case_no:
        roll.field(cursor, "办件编号", s.case_no)
    roll.field(cursor, "办结时间", a4.cn_datetime(s.ready_at))
    roll.section(cursor)
    roll.text(cursor, "您委托代办的事项已办理完毕，请按下列方式领取办理结果：", bold=True)
    roll.field(cursor, "领取地点", s.place, bold=True)
    if s.collect_by is not None:
        roll.field(cursor, "领取期限", f"请于 {a4.cn_date(s.collect_by)} 前领取", bold=True)
    roll.field(cursor, "办公时间", s.opening_hours)
    roll.text(cursor, BRING, size=roll.SMALL_SIZE)
    if s.note.strip():
        roll.field(cursor, "备注", s.note)
    roll.section(cursor)
    roll.field(cursor, "帮办代办员", f"{a4.or_dash(s.agent_name)}  {s.agent_phone}".strip())
    roll.field(cursor, "咨询电话", s.hall_phone)


def build_ready_slip_pdf(s: ReadySlip) -> bytes:
    """The slip as a one-page PDF 80 mm wide and as long as its contents, font embedded as a subset.

    Raises:
        ValueError: the barcode payload cannot be encoded.
    """
    return roll.build_slip(TITLE, s.agency_no, lambda cursor: _body(cursor, s))
