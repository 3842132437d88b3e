"""帮办代办: a proxy case registered under a 委托书, walked through steps and hand-offs to delivery, on SQLite
and PostgreSQL; bad input saves nothing; closed and expired proxy cases refuse new steps; 转委托 only when
allowed; the scanned 委托书 kept and replaced; workload and closed durations on the hall calendar."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_NOW
from tests.support.agency import (
    AGENT01_ID,
    FOOD,
    HYGIENE,
    JPEG,
    PDF,
    PNG,
    TODAY,
    accept_case,
    person_id,
    register,
    request,
)
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import agency, agency_documents, agency_reports, audit, auth
from yk_desktop.services.agency import Upload
from yk_desktop.services.agency_files import ATTACHMENT_MAX_BYTES
from yk_desktop.services.cases import DeadlineStatus
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import (
    AgencyAttachment,
    AgencyEvent,
    AgencyItem,
    AgencyRecord,
    AuditEntry,
    DocumentCounter,
    Staff,
)


def staff_id(runtime: Runtime, username: str = "agent01") -> Any:
    return auth.login(runtime.uow(), username, "demo1234").id


def clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)


def audit_actions(runtime: Runtime) -> list[str]:
    with runtime.uow().reading() as uow:
        return list(
            uow.session.scalars(
                select(AuditEntry.action).where(AuditEntry.entity == "agency").order_by(AuditEntry.chain_seq)
            )
        )


def counts(runtime: Runtime) -> tuple[int, ...]:
    """Rows of every agency table, and the proxy-case number counter."""
    with runtime.uow().reading() as uow:
        tables = [
            uow.session.scalar(select(func.count()).select_from(t))
            for t in (AgencyRecord, AgencyItem, AgencyEvent, AgencyAttachment)
        ]
        counter = uow.session.scalar(
            select(func.count()).select_from(DocumentCounter).where(DocumentCounter.kind == "agency")
        )
        return (*[int(n or 0) for n in tables], int(counter or 0))


def test_a_proxy_case_is_registered_and_walked_to_delivery(runtime: Runtime) -> None:
    applicant_id = person_id()
    me = staff_id(runtime)
    info = agency.register(
        runtime.uow(),
        request(
            runtime, name="张三", id_number=applicant_id, items=(FOOD, HYGIENE), contact_phone="0417-2345678"
        ),
        staff_id=me,
        upload=Upload("委托书.pdf", PDF),
    )
    assert info.agency_no == "D2026000001"
    assert info.state == "registered" and not info.closed
    assert info.applicant_name == "张三"
    assert info.applicant_id_masked == applicant_id[:6] + "********" + applicant_id[-4:]
    assert info.item_names == ("食品经营许可", "公共场所卫生许可")
    assert info.departments == ("营口市市场监督管理局", "营口市行政审批局")
    assert info.matter == "代为办理食品经营许可、公共场所卫生许可事项"
    assert info.powers == agency.STANDARD_POWERS and not info.sub_delegation
    assert (info.valid_from, info.valid_until) == (TODAY, TODAY + timedelta(days=30))
    assert info.agent_name == "于春雷" and info.holder == "帮办代办员 于春雷"
    assert info.contact_name == "" and info.contact_phone_masked == "0417-***5678"
    assert info.attachment is not None and info.attachment.file_name == "委托书.pdf"
    assert info.attachment.content_type == "application/pdf" and info.attachment.size == len(PDF)
    assert info.case_no is None and info.created_at == TEST_NOW

    # Steps and hand-offs, each with who, when, to whom and a note.
    clock(runtime).advance(minutes=20)
    after = agency.record_step(runtime.uow(), info.agency_no, "材料预审，代为填写申请表", staff_id=me)
    assert after.state == "in_progress"
    clock(runtime).advance(minutes=30)
    after = agency.hand_off(runtime.uow(), info.agency_no, "window", "1号窗口", "提交申请材料", staff_id=me)
    assert (after.state, after.holder) == ("waiting", "1号窗口")
    case_no = accept_case(runtime, "张三", applicant_id)
    after = agency.link_case(runtime.uow(), info.agency_no, case_no, staff_id=me)
    assert after.case_no == case_no
    linked = agency_reports.linked_deadline(runtime.uow(), info.agency_no)
    assert linked is not None and linked.case_no == case_no
    assert linked.promised_deadline == date(2026, 11, 27)  # 3 working days after Tuesday
    assert (linked.status, linked.days_left) == (DeadlineStatus.DUE_SOON, 3)
    clerk = staff_id(runtime, "clerk01")
    after = agency.hand_off(
        runtime.uow(), info.agency_no, "department", "营口市市场监督管理局", "转食品科审查", staff_id=clerk
    )
    assert after.holder == "营口市市场监督管理局"
    clock(runtime).set(at(date(2026, 11, 26), 15))
    after = agency.hand_off(runtime.uow(), info.agency_no, "agent", "", "许可证已取回", staff_id=clerk)
    assert (after.state, after.holder) == ("in_progress", "帮办代办员 于春雷")
    after = agency.mark_ready(runtime.uow(), info.agency_no, "10号窗口", "请带公章", staff_id=me)
    assert (after.state, after.ready_at) == ("ready", at(date(2026, 11, 26), 15))
    with pytest.raises(Conflict, match="结果已通知领取"):
        agency.hand_off(runtime.uow(), info.agency_no, "window", "3号窗口", staff_id=me)
    clock(runtime).set(at(date(2026, 11, 27), 9, 30))
    done = agency.deliver(runtime.uow(), info.agency_no, "张三（本人）", staff_id=me)
    assert done.state == "delivered" and done.closed and done.closed_at == at(date(2026, 11, 27), 9, 30)

    story = agency_reports.events(runtime.uow(), info.agency_no)
    assert [e.kind for e in story] == [
        "registered",
        "attached",
        "step",
        "handoff",
        "linked",
        "handoff",
        "handoff",
        "ready",
        "delivered",
    ]
    handoffs = [e for e in story if e.kind == "handoff"]
    assert [(e.to_kind, e.to_name, e.staff_name, e.note) for e in handoffs] == [
        ("window", "1号窗口", "于春雷", "提交申请材料"),
        ("department", "营口市市场监督管理局", "王丽娜", "转食品科审查"),
        ("agent", "帮办代办员 于春雷", "王丽娜", "许可证已取回"),
    ]
    assert story[4].detail["case_no"] == case_no
    assert story[-1].to_name == "张三（本人）"
    # Every change is in the tamper-evident trail, and the chain still verifies.
    assert audit_actions(runtime) == [f"agency.{e.kind}" for e in story]
    assert all(check.intact for check in audit.verify_all(runtime.uow()))

    # Closed: no further steps of any kind.
    for attempt in (
        lambda: agency.record_step(runtime.uow(), info.agency_no, "再看看", staff_id=me),
        lambda: agency.hand_off(runtime.uow(), info.agency_no, "window", "3号窗口", staff_id=me),
        lambda: agency.link_case(runtime.uow(), info.agency_no, case_no, staff_id=me),
        lambda: agency.mark_ready(runtime.uow(), info.agency_no, "10号窗口", staff_id=me),
        lambda: agency.cancel(runtime.uow(), info.agency_no, "误操作", staff_id=me),
        lambda: agency.attach_authorization(runtime.uow(), info.agency_no, Upload("a.png", PNG), staff_id=me),
    ):
        with pytest.raises(Conflict, match="已交付，不能再"):
            attempt()
    assert len(agency_reports.events(runtime.uow(), info.agency_no)) == len(story)


BAD: list[tuple[dict[str, Any], str]] = [
    ({"items": ("210800-NOPE-001",)}, "不在本大厅的事项目录中"),
    ({"items": ()}, "请至少选择一个代办事项"),
    ({"id_number": "210802198001011235"}, "校验位不正确"),
    ({"id_number": ""}, "委托书须载明委托人的身份证号码"),
    ({"phone": ""}, "请填写委托人的联系电话"),
    ({"phone": "12345"}, "手机号码"),
    ({"name": "张三<script>"}, "姓名只能包含"),
    (
        {"agent": "agent01", "agent_id_number": "210802198505051235"},
        "受托人（帮办代办员）的身份证号码校验位不正确",
    ),
    ({"agent_id_number": ""}, "请填写受托人（帮办代办员）的身份证号码"),
    ({"id_number": AGENT01_ID}, "委托人与受托人不能是同一人"),
    ({"valid_from": TODAY + timedelta(days=1), "valid_until": TODAY + timedelta(days=9)}, "登记当天即须有效"),
    (
        {"valid_from": TODAY - timedelta(days=30), "valid_until": TODAY - timedelta(days=1)},
        "委托期限已经届满",
    ),
    ({"valid_from": TODAY, "valid_until": TODAY}, "截止日期应晚于起始日期"),
    ({"valid_until": TODAY + timedelta(days=3650)}, "委托期限最长"),
    ({"powers": ()}, "请至少选择一项代理权限"),
    ({"powers": ("  ",)}, "请至少选择一项代理权限"),
    (
        {"kind": "enterprise", "name": "营口海鲜餐饮有限公司", "id_number": "91210800MA0Y4L6X2B"},
        "统一社会信用代码",
    ),
    ({"contact_phone": "0417"}, "固定电话"),
]


@pytest.mark.parametrize(("change", "message"), BAD, ids=[m for _c, m in BAD])
def test_bad_registrations_are_refused_and_save_nothing(
    runtime: Runtime, change: dict[str, Any], message: str
) -> None:
    before = counts(runtime)
    with pytest.raises(InvalidInput, match=message):
        agency.register(runtime.uow(), request(runtime, **change), staff_id=staff_id(runtime))
    assert counts(runtime) == before
    assert audit_actions(runtime) == []


def test_a_clerk_cannot_be_the_agent_and_a_bad_scan_saves_nothing(runtime: Runtime) -> None:
    before = counts(runtime)
    with pytest.raises(InvalidInput, match="王丽娜 不是帮办代办员"):
        agency.register(runtime.uow(), request(runtime, agent="clerk01"), staff_id=None)
    too_big = Upload("scan.pdf", b"%PDF-" + b"0" * ATTACHMENT_MAX_BYTES)
    for upload, message in (
        (too_big, "超过 10 MB 的上限"),
        (Upload("scan.docx", b"PK\x03\x04rest"), "只能附加 PDF、JPEG 或 PNG"),
        (Upload("scan.pdf", PNG), "内容是 PNG 格式，与扩展名不符"),
        (Upload("empty.png", b""), "是空的"),
    ):
        with pytest.raises(InvalidInput, match=message):
            agency.register(runtime.uow(), request(runtime), staff_id=None, upload=upload)
    assert counts(runtime) == before
    # The refused attempts took no number: the first proxy case registered is still number 1.
    assert register(runtime).agency_no == "D2026000001"


def test_an_enterprise_is_registered_with_its_credit_code_whole(runtime: Runtime) -> None:
    info = register(
        runtime,
        kind="enterprise",
        name="营口海鲜餐饮有限公司",
        id_number="91210800MA0Y4L6X2L",
        contact_name="李四",
    )
    assert info.applicant_kind == "enterprise" and info.applicant_id_masked == "91210800MA0Y4L6X2L"
    assert info.contact_name == "李四"
    # An enterprise's name is public: the list shows it whole.
    assert [r.applicant_name for r in agency_reports.list_agencies(runtime.uow())] == ["营口海鲜餐饮有限公司"]


def test_screens_get_the_phone_masked_and_only_the_cases_people_reveal_it_audited(runtime: Runtime) -> None:
    info = register(
        runtime, name="张三", phone="13804170000", contact_name="李四", contact_phone="0417-2345678"
    )
    # Nothing a screen gets carries the whole number.
    assert info.contact_name == "李四" and info.contact_phone_masked == "0417-***5678"
    assert "2345678" not in repr(info) and "13804170000" not in repr(info)
    assert not agency.may_call(info, staff_id(runtime, "clerk01"), "clerk")
    assert agency.may_call(info, staff_id(runtime), "agent")
    assert agency.may_call(info, staff_id(runtime, "manager01"), "manager")

    # Any other staff member is refused, and nothing is recorded.
    for other in ("clerk01", "agent02"):
        with pytest.raises(PermissionDenied, match="只有本代办件的帮办代办员、受托人、登记人或大厅负责人"):
            agency.reveal_contact(runtime.uow(), info.agency_no, staff_id=staff_id(runtime, other))
    with pytest.raises(PermissionDenied, match="请先登录"):
        agency.reveal_contact(runtime.uow(), info.agency_no, staff_id=None)
    assert "agency.contact_viewed" not in audit_actions(runtime)

    # The agent who must call asks for it: the whole number, in the log and the audit trail (without it).
    assert agency.reveal_contact(runtime.uow(), info.agency_no, staff_id=staff_id(runtime)) == "0417-2345678"
    assert agency.reveal_contact(runtime.uow(), info.agency_no, staff_id=staff_id(runtime, "manager01")) == (
        "0417-2345678"
    )
    viewed = [e for e in agency_reports.events(runtime.uow(), info.agency_no) if e.kind == "contact_viewed"]
    assert [(e.staff_name, e.detail["whose"]) for e in viewed] == [
        ("于春雷", "contact"),
        ("高振宇", "contact"),
    ]
    assert audit_actions(runtime).count("agency.contact_viewed") == 2
    with runtime.uow().reading() as uow:
        details = uow.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "agency.contact_viewed")
        ).all()
    assert details and all("2345678" not in str(d) for d in details)

    # Without a contact the applicant is called; after 转委托 the new agent may reveal the number too.
    own = register(runtime, name="王五", phone="13804170001", sub_delegation=True)
    assert own.contact_phone_masked == "138****0001"
    agent02 = staff_id(runtime, "agent02")
    agency.hand_off(
        runtime.uow(), own.agency_no, "agent", "", staff_id=staff_id(runtime), to_staff_id=agent02
    )
    assert agency.reveal_contact(runtime.uow(), own.agency_no, staff_id=agent02) == "13804170001"


def test_lists_show_a_persons_name_masked_and_the_search_still_finds_the_whole_name(runtime: Runtime) -> None:
    me = staff_id(runtime)
    first = register(runtime, name="欧阳娜娜")
    second = register(runtime, name="张三")
    rows = {r.agency_no: r.applicant_name for r in agency_reports.list_agencies(runtime.uow())}
    assert rows == {first.agency_no: "欧阳**", second.agency_no: "张*"}
    found = agency_reports.list_agencies(runtime.uow(), text="张三")
    assert [(r.agency_no, r.applicant_name) for r in found] == [(second.agency_no, "张*")]
    agency.cancel(runtime.uow(), second.agency_no, "委托人撤回", staff_id=me)
    assert [r.applicant_name for r in agency_reports.closed_cases(runtime.uow()).rows] == ["张*"]


def test_an_expired_authorization_refuses_new_steps_but_allows_cancelling(runtime: Runtime) -> None:
    info = register(runtime, valid_until=TODAY + timedelta(days=2))
    me = staff_id(runtime)
    agency.record_step(runtime.uow(), info.agency_no, "材料预审", staff_id=me)
    clock(runtime).set(at(TODAY + timedelta(days=2), 16))
    agency.record_step(runtime.uow(), info.agency_no, "最后一天仍有效", staff_id=me)
    clock(runtime).set(at(TODAY + timedelta(days=3), 9))
    expired = "委托书已于 2026年11月26日 到期，不能再"
    with pytest.raises(Conflict, match=expired + "记录办理进展"):
        agency.record_step(runtime.uow(), info.agency_no, "还能办吗", staff_id=me)
    with pytest.raises(Conflict, match=expired + "移交"):
        agency.hand_off(runtime.uow(), info.agency_no, "window", "3号窗口", staff_id=me)
    with pytest.raises(Conflict, match=expired + "登记结果待领取"):
        agency.mark_ready(runtime.uow(), info.agency_no, "10号窗口", staff_id=me)
    rows = agency_reports.list_agencies(runtime.uow())
    assert [(r.agency_no, r.expired) for r in rows] == [(info.agency_no, True)]
    assert agency_reports.workload(runtime.uow())[0].expired == 1
    cancelled = agency.cancel(runtime.uow(), info.agency_no, "委托书到期，委托人不再委托", staff_id=me)
    assert cancelled.state == "cancelled" and cancelled.cancel_reason == "委托书到期，委托人不再委托"
    with pytest.raises(InvalidInput, match="请填写取消原因"):
        agency.cancel(runtime.uow(), register(runtime).agency_no, "  ", staff_id=me)


def test_handing_to_another_agent_needs_sub_delegation(runtime: Runtime) -> None:
    me, other = staff_id(runtime), staff_id(runtime, "agent02")
    plain = register(runtime)
    with pytest.raises(Conflict, match="委托书未授权转委托"):
        agency.hand_off(runtime.uow(), plain.agency_no, "agent", "", staff_id=me, to_staff_id=other)
    assert agency.get(runtime.uow(), plain.agency_no).agent_name == "于春雷"
    with pytest.raises(InvalidInput, match="不是帮办代办员"):
        agency.hand_off(
            runtime.uow(), plain.agency_no, "agent", "", staff_id=me, to_staff_id=staff_id(runtime, "clerk02")
        )
    with pytest.raises(InvalidInput, match="移交对象只能是"):
        agency.hand_off(runtime.uow(), plain.agency_no, "applicant", "张三", staff_id=me)
    with pytest.raises(InvalidInput, match="请填写移交给"):
        agency.hand_off(runtime.uow(), plain.agency_no, "department", " ", staff_id=me)

    allowed = register(runtime, sub_delegation=True)
    moved = agency.hand_off(
        runtime.uow(), allowed.agency_no, "agent", "", "本人休假", staff_id=me, to_staff_id=other
    )
    assert (moved.agent_name, moved.holder, moved.state) == ("鲍慧敏", "帮办代办员 鲍慧敏", "in_progress")
    # The signed 委托书 still names the 受托人 it was signed for, with that agent's ID.
    assert moved.authorized_agent_name == "于春雷"
    form = agency_documents.authorization_form(runtime.uow(), allowed.agency_no)
    assert (form.agent.name, form.agent.id_number) == ("于春雷", AGENT01_ID)
    last = agency_reports.events(runtime.uow(), allowed.agency_no)[-1]
    assert last.detail == {"from_agent": "于春雷", "sub_delegation": True}
    assert [r.agency_no for r in agency_reports.list_agencies(runtime.uow(), agent_id=other)] == [
        allowed.agency_no
    ]


def test_only_the_applicants_own_case_can_be_linked(runtime: Runtime) -> None:
    mine = person_id()
    info = register(runtime, name="张三", id_number=mine)
    me = staff_id(runtime)
    someone_else = accept_case(runtime, "李四", person_id())
    with pytest.raises(InvalidInput, match="申请人与本代办件的委托人不是同一人"):
        agency.link_case(runtime.uow(), info.agency_no, someone_else, staff_id=me)
    with pytest.raises(NotFound, match="未找到办件 C2026000099"):
        agency.link_case(runtime.uow(), info.agency_no, "C2026000099", staff_id=me)
    with pytest.raises(InvalidInput, match="不是办件编号"):
        agency.link_case(runtime.uow(), info.agency_no, info.agency_no, staff_id=me)
    own = accept_case(runtime, "张三", mine)
    assert agency.link_case(runtime.uow(), info.agency_no, own, staff_id=me).case_no == own
    with pytest.raises(Conflict, match="已关联办件"):
        agency.link_case(runtime.uow(), info.agency_no, own, staff_id=me)
    with pytest.raises(NotFound, match="未找到代办件 D2026000042"):
        agency.get(runtime.uow(), "D2026000042")


def test_the_scan_is_kept_and_a_replacement_keeps_the_old_one(runtime: Runtime) -> None:
    info = register(runtime)
    me = staff_id(runtime)
    with pytest.raises(NotFound, match="还没有附加委托书扫描件"):
        agency.authorization_scan(runtime.uow(), info.agency_no, staff_id=me)
    first = agency.attach_authorization(
        runtime.uow(), info.agency_no, Upload(r"C:\扫描\委托书.JPG", JPEG), staff_id=me
    )
    assert (first.file_name, first.content_type) == ("委托书.JPG", "image/jpeg")
    clock(runtime).advance(hours=1)
    second = agency.attach_authorization(
        runtime.uow(), info.agency_no, Upload("委托书-签字.png", PNG), staff_id=me
    )
    shown, data = agency.authorization_scan(runtime.uow(), info.agency_no, staff_id=me)
    assert shown == second and data == PNG
    assert agency.get(runtime.uow(), info.agency_no).attachment == second
    with runtime.uow().reading() as uow:
        rows = uow.session.execute(
            select(AgencyAttachment.file_name, AgencyAttachment.replaced_at).order_by(
                AgencyAttachment.uploaded_at
            )
        ).all()
    assert [(n, r is not None) for n, r in rows] == [("委托书.JPG", True), ("委托书-签字.png", False)]
    attached = [e for e in agency_reports.events(runtime.uow(), info.agency_no) if e.kind == "attached"]
    assert [e.detail["replaced"] for e in attached] == [None, first.sha256]
    assert attached[1].detail["sha256"] == second.sha256


def test_workload_counts_open_cases_age_and_overdue_links(runtime: Runtime) -> None:
    me = staff_id(runtime)
    applicant = person_id()
    oldest = register(runtime, name="赵六", id_number=applicant)
    clock(runtime).set(at(date(2026, 11, 25), 14))
    register(runtime)
    done = register(runtime)
    agency.mark_ready(runtime.uow(), done.agency_no, "10号窗口", staff_id=me)
    agency.deliver(runtime.uow(), done.agency_no, "本人", staff_id=me)
    second_agent = register(runtime, agent="agent02", agent_id_number=person_id(1975))
    agency.hand_off(runtime.uow(), second_agent.agency_no, "window", "3号窗口", staff_id=me)
    agency.link_case(runtime.uow(), oldest.agency_no, accept_case(runtime, "赵六", applicant), staff_id=me)
    # Tuesday 2026-12-01: the linked case (accepted Wednesday, promised Monday 11-30) is overdue.
    clock(runtime).set(at(date(2026, 12, 1), 16))
    loads = {load.agent_name: load for load in agency_reports.workload(runtime.uow())}
    first, second = loads["于春雷"], loads["鲍慧敏"]
    assert first.open_count == 2 and first.by_state["registered"] == 2
    assert first.oldest_no == oldest.agency_no
    assert first.oldest_working_days == 5  # Wed, Thu, Fri, Mon, Tue
    assert first.oldest_hours == 7 * 24 + 6
    assert (first.linked_overdue, first.linked_due_soon) == (1, 0)
    assert (second.open_count, second.by_state["waiting"], second.linked_overdue) == (1, 1, 0)
    assert list(loads) == ["于春雷", "鲍慧敏"]  # busiest first
    row = next(r for r in agency_reports.list_agencies(runtime.uow()) if r.agency_no == oldest.agency_no)
    assert (
        row.linked is not None and row.linked.status is DeadlineStatus.OVERDUE and row.linked.days_left == -1
    )
    open_only = agency_reports.list_agencies(
        runtime.uow(), states=("registered", "in_progress", "waiting", "ready")
    )
    assert done.agency_no not in {r.agency_no for r in open_only}
    assert [r.agency_no for r in agency_reports.list_agencies(runtime.uow(), text="赵六")] == [
        oldest.agency_no
    ]
    assert [r.agency_no for r in agency_reports.list_agencies(runtime.uow(), text="d2026000001")] == [
        oldest.agency_no
    ]


def test_closed_cases_carry_their_durations_in_working_days_and_hours(runtime: Runtime) -> None:
    me = staff_id(runtime)
    # Friday 16:00 → Monday 11:30: one working day (Monday), 67.5 hours.
    clock(runtime).set(at(date(2026, 11, 27), 16))
    weekend = register(runtime)
    clock(runtime).set(at(date(2026, 11, 30), 11))
    agency.mark_ready(runtime.uow(), weekend.agency_no, "10号窗口", staff_id=me)
    clock(runtime).set(at(date(2026, 11, 30), 11, 30))
    agency.deliver(runtime.uow(), weekend.agency_no, "本人", staff_id=me)
    # Same-day delivery: 0 working days.
    quick = register(runtime)
    agency.mark_ready(runtime.uow(), quick.agency_no, "10号窗口", staff_id=me)
    clock(runtime).advance(hours=2)
    agency.deliver(runtime.uow(), quick.agency_no, "本人", staff_id=me)
    dropped = register(runtime)
    clock(runtime).set(at(date(2026, 12, 2), 9))
    agency.cancel(runtime.uow(), dropped.agency_no, "委托人撤回", staff_id=me)
    register(runtime)  # still open: not listed

    report = agency_reports.closed_cases(runtime.uow())
    rows = {r.agency_no: r for r in report.rows}
    assert set(rows) == {weekend.agency_no, quick.agency_no, dropped.agency_no}
    assert (rows[weekend.agency_no].working_days, rows[weekend.agency_no].hours) == (1, 67.5)
    assert (rows[quick.agency_no].working_days, rows[quick.agency_no].hours) == (0, 2.0)
    assert (
        rows[dropped.agency_no].state == "cancelled" and rows[dropped.agency_no].cancel_reason == "委托人撤回"
    )
    assert rows[dropped.agency_no].working_days == 2
    assert (report.delivered, report.cancelled) == (2, 1)
    assert report.average_working_days == 0.5 and report.average_hours == 34.8
    assert report.longest_working_days == 1
    assert report.rows[0].agency_no == dropped.agency_no  # newest closed first
    # Closed on Monday 11-30 only: the cancellation (Wednesday) is outside the range.
    monday = agency_reports.closed_cases(runtime.uow(), date(2026, 11, 30), date(2026, 11, 30))
    assert {r.agency_no for r in monday.rows} == {weekend.agency_no, quick.agency_no}
    assert agency_reports.closed_cases(runtime.uow(), date(2026, 12, 3)).rows == []


def test_the_agent_picker_remembers_each_agents_id_number(runtime: Runtime) -> None:
    before = {a.name: a.last_id_number for a in agency_reports.list_agents(runtime.uow())}
    assert before == {"于春雷": "", "鲍慧敏": ""}
    register(runtime)
    after = {a.name: a.last_id_number for a in agency_reports.list_agents(runtime.uow())}
    assert after == {"于春雷": AGENT01_ID, "鲍慧敏": ""}


def test_requests_are_frozen_values() -> None:
    # The gui builds a request on the UI thread and hands it to a worker: it must not change under it.
    with pytest.raises(dataclasses.FrozenInstanceError):
        agency.Authorization("", (), False, TODAY, TODAY).matter = "x"  # type: ignore[misc]


def test_viewing_the_scan_is_for_staff_and_logged(runtime: Runtime) -> None:
    """The signed 委托书 carries whole ID numbers: who looked at it, and when, is on record."""
    info = register(runtime)
    me = staff_id(runtime)
    agency.attach_authorization(runtime.uow(), info.agency_no, Upload("委托书.png", PNG), staff_id=me)
    with pytest.raises(PermissionDenied, match="请先登录"):
        agency.authorization_scan(runtime.uow(), info.agency_no, staff_id=None)
    assert "agency.scan_viewed" not in audit_actions(runtime)
    window_clerk = auth.login(runtime.uow(), "clerk02", "demo1234").id  # not the agent: a window checking
    shown, data = agency.authorization_scan(runtime.uow(), info.agency_no, staff_id=window_clerk)
    assert shown.file_name == "委托书.png" and data == PNG
    viewed = [e for e in agency_reports.events(runtime.uow(), info.agency_no) if e.kind == "scan_viewed"]
    assert [(e.detail["file_name"], e.staff_name) for e in viewed] == [("委托书.png", "刘洋")]
    assert audit_actions(runtime).count("agency.scan_viewed") == 1
    with runtime.uow() as uow:
        uow.session.get(Staff, window_clerk).active = False
        uow.commit()
    with pytest.raises(PermissionDenied, match="只有本大厅在岗的工作人员"):
        agency.authorization_scan(runtime.uow(), info.agency_no, staff_id=window_clerk)
    assert audit_actions(runtime).count("agency.scan_viewed") == 1
