"""Proxy cases (帮办代办) for tests: valid applicants, a registration request, and a real case to link."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from tests.conftest import TEST_NOW
from yk_desktop.core.idcard import id_check_digit
from yk_desktop.services import agency, auth, cases, notices
from yk_desktop.services.agency import AgencyInfo, AgencyRequest, Authorization
from yk_desktop.services.notices import NoticeRequest
from yk_desktop.services.runtime import Runtime

FOOD = "210800-SCJG-XK-001"  # 食品经营许可, promised 3 working days, 营口市市场监督管理局
HYGIENE = "210800-XZSP-XK-001"  # 公共场所卫生许可, promised 5, 营口市行政审批局
AGENT01_ID = "210802198505051236"
TODAY = TEST_NOW.date()  # Tuesday 2026-11-24

_ids = itertools.count(1)


def person_id(year: int = 1980) -> str:
    """A fresh valid resident ID number (Yingkou), so every applicant is someone new."""
    first17 = f"210802{year}0101{next(_ids) % 1000:03d}"
    return first17 + id_check_digit(first17)


def request(
    runtime: Runtime,
    *,
    name: str = "张三",
    id_number: str | None = None,
    phone: str = "13804170000",
    agent: str = "agent01",
    agent_id_number: str = AGENT01_ID,
    items: tuple[str, ...] = (FOOD,),
    sub_delegation: bool = False,
    valid_from: date = TODAY,
    valid_until: date = TODAY + timedelta(days=30),
    powers: tuple[str, ...] = agency.STANDARD_POWERS,
    kind: str = "person",
    contact_name: str = "",
    contact_phone: str = "",
) -> AgencyRequest:
    staff = auth.login(runtime.uow(), agent, "demo1234")
    return AgencyRequest(
        applicant_kind=kind,
        applicant_name=name,
        applicant_id_number=id_number if id_number is not None else person_id(),
        applicant_phone=phone,
        agent_id=staff.id,
        agent_id_number=agent_id_number,
        item_codes=items,
        authorization=Authorization("", powers, sub_delegation, valid_from, valid_until),
        contact_name=contact_name,
        contact_phone=contact_phone,
    )


def register(runtime: Runtime, **kwargs: object) -> AgencyInfo:
    """A proxy case registered by agent01 (or ``agent``), as agent01 at the window."""
    staff = auth.login(runtime.uow(), "agent01", "demo1234")
    return agency.register(runtime.uow(), request(runtime, **kwargs), staff_id=staff.id)  # type: ignore[arg-type]


def accept_case(runtime: Runtime, name: str, id_number: str, code: str = FOOD, clerk: str = "clerk01") -> str:
    """A notice with everything brought, accepted at window 1: the case number."""
    staff = auth.login(runtime.uow(), clerk, "demo1234")
    plan = notices.plan_notice(runtime.uow(), item_codes=(code,))
    statuses = {m.name: "brought" if m.required else "not_applicable" for m in plan.materials}
    notice = notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name=name,
            applicant_id_number=id_number,
            applicant_phone="13804170000",
            item_codes=(code,),
            window_number=1,
            staff_id=staff.id,
            statuses=statuses,
        ),
    )
    return cases.accept_case(runtime.uow(), notice.notice_no, [], staff_id=staff.id, window_number=1).case_no


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
