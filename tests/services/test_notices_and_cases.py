"""One-time notification → acceptance → correction, suspension, completion, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import audit, auth, calendar, cases, documents, notices
from yk_desktop.services.cases import CorrectionLine, DeadlineStatus, Received
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound
from yk_desktop.services.notices import NoticeRequest, OffList
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import AuditEntry, ItemMaterial, Material, ServiceItem

PERSON_ID = "210802198001011230"
OTHER_ID = "210802199002024564"
CREDIT = "91210800MA0Q12345A"
SHOP = "210800-SCJG-DJ-004"  # 个体工商户设立登记: promised 0, legal 3 working days
FOOD = "210800-SCJG-XK-001"  # 食品经营许可: promised 3, legal 10


def _clerk(runtime: Runtime) -> auth.StaffInfo:
    return auth.login(runtime.uow(), "clerk01", "demo1234")


def _request(runtime: Runtime, **changes: object) -> NoticeRequest:
    base: dict[str, object] = {
        "applicant_kind": "person",
        "applicant_name": "张三",
        "applicant_id_number": PERSON_ID,
        "applicant_phone": "13804170000",
        "item_codes": (FOOD,),
        "window_number": 1,
        "staff_id": _clerk(runtime).id,
    }
    base.update(changes)
    return NoticeRequest(**base)  # type: ignore[arg-type]


def _names(runtime: Runtime, code: str) -> list[str]:
    plan = notices.plan_notice(runtime.uow(), item_codes=(code,))
    return [m.name for m in plan.materials]


def _all_brought(runtime: Runtime, code: str) -> dict[str, str]:
    """Everything brought; conditional materials marked 不适用 (the clerk decides whether they apply)."""
    plan = notices.plan_notice(runtime.uow(), item_codes=(code,))
    return {m.name: "brought" if m.required else "not_applicable" for m in plan.materials}


def _conditional_na(runtime: Runtime, code: str) -> dict[str, str]:
    plan = notices.plan_notice(runtime.uow(), item_codes=(code,))
    return {m.name: "not_applicable" for m in plan.materials if not m.required}


def test_the_notice_lists_every_catalog_material_and_marks_the_missing(runtime: Runtime) -> None:
    names = _names(runtime, FOOD)
    assert len(names) == 6
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses={names[0]: "brought"}))
    assert info.notice_no == "N2026000001" and "〔2026〕1号" in info.display_no
    assert [ln.name for ln in info.lines] == names
    assert info.lines[0].status == "brought"
    assert set(info.missing) >= set(names[1:]) - {ln.name for ln in info.lines if ln.status == "reused"}
    assert info.applicant_id_masked == "210802********1230"
    again = notices.open_notice(runtime.uow(), " n2026000001\r\n")  # as a scanner types it
    assert again.missing == info.missing and again.case_no is None
    second = notices.issue_notice(runtime.uow(), _request(runtime))
    assert second.notice_no == "N2026000002"


def test_a_bundle_lists_a_shared_material_once_naming_every_item(runtime: Runtime) -> None:
    plan = notices.plan_notice(runtime.uow(), bundle_code="YJS-001")
    assert plan.bundle_name == "开办餐饮店一件事" and len(plan.items) == 3
    names = [m.name for m in plan.materials]
    assert len(names) == len(set(names))
    licence = next(m for m in plan.materials if m.name == "居民身份证")
    assert len(licence.items) >= 2


def test_only_catalog_materials_and_off_list_ones_need_a_reason_that_is_logged(runtime: Runtime) -> None:
    with pytest.raises(InvalidInput, match="不在本事项的材料清单中"):
        notices.issue_notice(runtime.uow(), _request(runtime, statuses={"结婚证": "missing"}))
    with pytest.raises(InvalidInput, match="必须写明理由"):
        notices.issue_notice(runtime.uow(), _request(runtime, off_list=(OffList("房屋平面图", ""),)))
    with pytest.raises(InvalidInput, match="已在材料清单中"):
        notices.issue_notice(
            runtime.uow(), _request(runtime, off_list=(OffList(_names(runtime, FOOD)[0], "理由充分写明"),))
        )
    assert documents.list_documents(runtime.uow()) == []
    info = notices.issue_notice(
        runtime.uow(), _request(runtime, off_list=(OffList("<b>房屋平面图</b>", "经营场所面积核实需要"),))
    )
    off = [ln for ln in info.lines if ln.off_list]
    assert [(ln.name, ln.off_list_reason) for ln in off] == [("<b>房屋平面图</b>", "经营场所面积核实需要")]
    report = notices.off_list_report(runtime.uow())
    assert [(r.notice_no, r.material, r.staff_name) for r in report] == [
        (info.notice_no, "<b>房屋平面图</b>", "王丽娜")
    ]
    with runtime.uow() as uow:
        logged = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "notice.off_list")
        ).all()
    assert logged == ["notice.off_list"]


def test_bad_applicants_are_refused_with_what_to_fix_and_nothing_is_numbered(runtime: Runtime) -> None:
    with pytest.raises(InvalidInput) as bad_id:
        notices.issue_notice(runtime.uow(), _request(runtime, applicant_id_number="210802198001011231"))
    assert bad_id.value.field
    with pytest.raises(InvalidInput, match="统一社会信用代码"):
        notices.issue_notice(
            runtime.uow(), _request(runtime, applicant_kind="enterprise", applicant_id_number="")
        )
    with pytest.raises(InvalidInput):
        notices.issue_notice(runtime.uow(), _request(runtime, applicant_phone="12345"))
    with pytest.raises(InvalidInput, match="必交材料"):
        notices.issue_notice(
            runtime.uow(), _request(runtime, statuses={_names(runtime, FOOD)[0]: "not_applicable"})
        )
    with pytest.raises(NotFound):
        notices.issue_notice(runtime.uow(), _request(runtime, item_codes=("NO-SUCH",)))
    company = notices.issue_notice(
        runtime.uow(),
        _request(
            runtime,
            applicant_kind="enterprise",
            applicant_name="营口某某餐饮有限公司",
            applicant_id_number=CREDIT.lower(),
        ),
    )
    assert company.notice_no == "N2026000001"  # the refused attempts used no number
    assert company.applicant_id_masked == CREDIT  # a credit code is public


def test_accepting_needs_complete_materials_and_sets_the_deadlines(runtime: Runtime) -> None:
    names = _names(runtime, FOOD)
    info = notices.issue_notice(runtime.uow(), _request(runtime))
    with pytest.raises(InvalidInput, match="材料尚不齐全"):
        cases.accept_case(runtime.uow(), info.notice_no, [Received(names[0], 2)])
    received = [Received(n, 3) for n in names if n in info.missing]
    case = cases.accept_case(
        runtime.uow(), info.notice_no, received, staff_id=_clerk(runtime).id, window_number=1
    )
    # Accepted Tue 2026-11-24: 3 working days → Fri 11-27; 10 → Tue 12-08.
    assert case.case_no == "C2026000001"
    assert case.promised_deadline == date(2026, 11, 27) and case.legal_deadline == date(2026, 12, 8)
    assert case.notice_no == info.notice_no and case.item_names == ("食品经营许可",)
    assert notices.open_notice(runtime.uow(), info.notice_no).case_no == case.case_no
    with pytest.raises(Conflict, match="请勿重复受理"):
        cases.accept_case(runtime.uow(), info.notice_no, received)
    materials = cases.case_materials(runtime.uow(), case.case_no)
    assert {(n, p) for n, p, s in materials if s == "received"} == {(r.name, 3) for r in received}


def test_a_conditional_material_left_missing_can_be_found_not_applicable_at_acceptance(
    runtime: Runtime,
) -> None:
    plan = notices.plan_notice(runtime.uow(), item_codes=(FOOD,))
    required = [m.name for m in plan.materials if m.required]
    conditional = [m.name for m in plan.materials if not m.required]
    assert conditional, "the demo item has conditional materials"
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=dict.fromkeys(required, "brought")))
    assert set(conditional) <= set(info.missing)
    with pytest.raises(InvalidInput, match="必交材料，不能标为不适用"):
        cases.accept_case(runtime.uow(), info.notice_no, [], not_applicable=[required[0]])
    with pytest.raises(InvalidInput, match="不能同时标为已收取和不适用"):
        cases.accept_case(
            runtime.uow(), info.notice_no, [Received(conditional[0], 1)], not_applicable=conditional
        )
    with pytest.raises(InvalidInput, match="不在该告知书的材料清单中"):
        cases.accept_case(runtime.uow(), info.notice_no, [], not_applicable=["不存在的材料"])
    assert cases.list_cases(runtime.uow()) == []  # nothing saved by the refusals
    clerk = _clerk(runtime).id
    case = cases.accept_case(runtime.uow(), info.notice_no, [], not_applicable=conditional, staff_id=clerk)
    materials = cases.case_materials(runtime.uow(), case.case_no)
    assert {n for n, _p, _s in materials} == set(required)  # no false "received" for what never came
    later = notices.plan_notice(runtime.uow(), item_codes=(FOOD,), applicant_id_number=PERSON_ID)
    assert not any(m.reused for m in later.materials if m.name in conditional)
    with runtime.uow().reading() as uow:
        detail = uow.session.scalars(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "case.accepted")
            .order_by(AuditEntry.chain_seq.desc())
        ).first()
    assert detail is not None and sorted(conditional) == detail["not_applicable"]


def test_verified_reusable_materials_are_never_asked_again(runtime: Runtime) -> None:
    first = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    cases.accept_case(runtime.uow(), first.notice_no, [])
    plan = notices.plan_notice(
        runtime.uow(), item_codes=("210800-XZSP-XK-001",), applicant_id_number=PERSON_ID
    )
    reused = {m.name for m in plan.materials if m.reused}
    assert "居民身份证" in reused
    later = notices.issue_notice(runtime.uow(), _request(runtime, item_codes=("210800-XZSP-XK-001",)))
    assert next(ln for ln in later.lines if ln.name == "居民身份证").status == "reused"
    assert "居民身份证" not in later.missing
    stranger = notices.plan_notice(
        runtime.uow(), item_codes=("210800-XZSP-XK-001",), applicant_id_number=OTHER_ID
    )
    assert not any(m.reused for m in stranger.materials)


def _allow_tolerance(runtime: Runtime, code: str, material: str) -> None:
    with runtime.uow() as uow:
        item = uow.session.scalar(select(ServiceItem).where(ServiceItem.code == code))
        assert item is not None
        item.tolerance_allowed = True
        material_id = uow.session.scalar(select(Material.id).where(Material.name == material))
        uow.session.execute(
            update(ItemMaterial)
            .where(ItemMaterial.item_id == item.id, ItemMaterial.material_id == material_id)
            .values(tolerable=True)
        )
        uow.commit()


def test_tolerance_accepts_with_tolerable_materials_due_later(runtime: Runtime) -> None:
    names = _names(runtime, FOOD)
    late = next(n for n in names if n not in _conditional_na(runtime, FOOD))
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_conditional_na(runtime, FOOD)))
    given = [Received(n) for n in names if n != late and n in info.missing]
    with pytest.raises(InvalidInput, match="不允许容缺"):
        cases.accept_case(runtime.uow(), info.notice_no, given, tolerance=True)
    _allow_tolerance(runtime, FOOD, late)
    # The notice keeps the terms it was issued under; a new one carries the item's new 容缺 terms.
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_conditional_na(runtime, FOOD)))
    with pytest.raises(InvalidInput, match="补交日期"):
        cases.accept_case(
            runtime.uow(), info.notice_no, given, tolerance=True, tolerance_due=date(2026, 11, 24)
        )
    case = cases.accept_case(runtime.uow(), info.notice_no, given, tolerance=True)
    assert case.tolerance and case.tolerance_due == date(2026, 12, 1)  # 5 working days
    assert "tolerated" in {s for _n, _p, s in cases.case_materials(runtime.uow(), case.case_no)}
    with pytest.raises(Conflict, match="尚未补交"):
        cases.complete(runtime.uow(), case.case_no, "准予许可")  # not while a 容缺 material is owed
    done = cases.tolerated_received(runtime.uow(), case.case_no, [Received(late, 1)])
    assert not done.tolerance
    cases.complete(runtime.uow(), case.case_no, "准予许可")
    with pytest.raises(Conflict):
        cases.tolerated_received(runtime.uow(), case.case_no, [Received(late, 1)])


def test_correction_stops_the_clock_and_the_count_restarts_after_it(runtime: Runtime) -> None:
    assert isinstance(runtime.clock, FixedClock)
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case = cases.accept_case(runtime.uow(), info.notice_no, [])
    number = cases.request_correction(
        runtime.uow(), case.case_no, [CorrectionLine("营业执照", "复印件不清晰", "加盖公章的清晰复印件")]
    )
    assert number == "B2026000001"
    assert cases.get_case(runtime.uow(), case.case_no).state == "correction"
    rows = cases.list_cases(runtime.uow())
    assert rows[0].status is DeadlineStatus.STOPPED
    with pytest.raises(Conflict):
        cases.complete(runtime.uow(), case.case_no, "准予许可")
    runtime.clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=HALL_TZ))  # the corrected copy arrives Tuesday
    again = cases.corrected(runtime.uow(), case.case_no)
    assert again.promised_deadline == date(2026, 12, 4) and again.legal_deadline == date(2026, 12, 15)


def test_suspension_moves_both_deadlines_by_the_working_days_it_lasted(runtime: Runtime) -> None:
    assert isinstance(runtime.clock, FixedClock)
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case = cases.accept_case(runtime.uow(), info.notice_no, [])
    runtime.clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=HALL_TZ))
    cases.suspend(runtime.uow(), case.case_no, "现场核查（检验检测）")
    runtime.clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=HALL_TZ))  # Wed → next Wed: 5 working days
    resumed = cases.resume(runtime.uow(), case.case_no)
    assert resumed.promised_deadline == date(2026, 12, 4) and resumed.legal_deadline == date(2026, 12, 15)
    done = cases.complete(runtime.uow(), case.case_no, "准予许可，核发食品经营许可证")
    assert done.state == "completed"
    handed = cases.hand_over(runtime.uow(), case.case_no, "张三（本人）")
    assert handed.handed_over_at is not None
    with pytest.raises(Conflict, match="已于"):
        cases.hand_over(runtime.uow(), case.case_no, "张三")
    kinds = [k for _at, k, _who, _d in cases.case_events(runtime.uow(), case.case_no)]
    assert kinds == ["accepted", "suspended", "resumed", "completed", "handed_over"]


def test_the_case_list_flags_due_soon_and_overdue(runtime: Runtime) -> None:
    assert isinstance(runtime.clock, FixedClock)
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case = cases.accept_case(runtime.uow(), info.notice_no, [])
    assert cases.list_cases(runtime.uow())[0].status is DeadlineStatus.DUE_SOON  # 3 working days left
    assert cases.list_cases(runtime.uow(), warn_days=2)[0].status is DeadlineStatus.ON_TRACK
    runtime.clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=HALL_TZ))  # Saturday after a Friday deadline
    row = cases.list_cases(runtime.uow())[0]
    assert row.status is DeadlineStatus.OVERDUE and row.working_days_left == -1
    runtime.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=HALL_TZ))
    row = cases.list_cases(runtime.uow())[0]
    assert row.status is DeadlineStatus.OVERDUE and row.working_days_left == -1
    found = cases.list_cases(runtime.uow(), cases.CaseFilter(text="张"))
    assert [r.case_no for r in found] == [case.case_no]
    assert cases.list_cases(runtime.uow(), cases.CaseFilter(states=("completed",))) == []


def test_a_deadline_in_a_year_without_holidays_is_an_estimate_until_a_manager_enters_them(
    runtime: Runtime,
) -> None:
    assert isinstance(runtime.clock, FixedClock)
    runtime.clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=HALL_TZ))
    covered = calendar.package_years()
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case = cases.accept_case(runtime.uow(), info.notice_no, [])
    if 2027 in covered:
        pytest.skip("the installed chinesecalendar already knows 2027")
    # Mon 2026-12-28 + 10 working days, Mon–Fri (1 Jan 2027 is a Friday; unknown yet): 2027-01-11.
    assert case.legal_deadline == date(2027, 1, 11)
    assert "2027年" in case.deadline_note and "周一至周五" in case.deadline_note
    entries = calendar.parse_days("2027-01-01 节假日 元旦\n2027/02/06,调休上班,春节")
    calendar.enter_year(runtime.uow(), 2027, entries)
    assert calendar.uncovered_years(runtime.uow()) == []
    second = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case2 = cases.accept_case(runtime.uow(), second.notice_no, [])
    assert case2.legal_deadline == date(2027, 1, 12) and case2.deadline_note == ""
    # The case accepted before the year was entered is counted again, and says so in its history.
    again = cases.get_case(runtime.uow(), case.case_no)
    assert again.legal_deadline == date(2027, 1, 12) and again.deadline_note == ""
    assert cases.case_events(runtime.uow(), case.case_no)[-1][1] == "recounted"
    with pytest.raises(InvalidInput, match="第 1 行"):
        calendar.parse_days("2027-13-01 节假日")
    with pytest.raises(InvalidInput, match="不在 2027 年内"):
        calendar.enter_year(runtime.uow(), 2027, calendar.parse_days("2028-01-01 节假日 元旦"))
    # A wrongly typed holiday (Mon 2027-01-04) is corrected by entering the year again without it: the
    # year's list is replaced, the case is counted again, and the audit names the day removed.
    calendar.enter_year(
        runtime.uow(), 2027, calendar.parse_days("2027-01-01 节假日 元旦\n2027-01-04 节假日 元旦")
    )
    assert cases.get_case(runtime.uow(), case.case_no).legal_deadline == date(2027, 1, 13)
    calendar.enter_year(runtime.uow(), 2027, entries)
    assert [e.day for e in calendar.list_days(runtime.uow(), 2027)] == [date(2027, 1, 1), date(2027, 2, 6)]
    assert cases.get_case(runtime.uow(), case.case_no).legal_deadline == date(2027, 1, 12)
    with runtime.uow().reading() as uow:
        last = uow.session.scalars(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "calendar.enter_year")
            .order_by(AuditEntry.chain_seq.desc())
        ).first()
    assert last is not None and last["removed"] == ["2027-01-04"]
    assert [calendar.format_line(e) for e in calendar.list_days(runtime.uow(), 2027)] == [
        "2027-01-01 节假日 元旦",
        "2027-02-06 调休上班 春节",
    ]


def test_documents_are_archived_and_a_failed_print_can_be_printed_again(runtime: Runtime) -> None:
    doc = documents.archive(runtime.uow(), "notice", "N2026000009", "一次性告知书", b"%PDF-1.4 test")
    documents.mark_failed(runtime.uow(), doc.id, "打印机缺纸")
    waiting = documents.list_documents(runtime.uow(), unprinted_only=True)
    assert [(d.number, d.last_error) for d in waiting] == [("N2026000009", "打印机缺纸")]
    assert documents.document_pdf(runtime.uow(), doc.id) == b"%PDF-1.4 test"
    documents.mark_printed(runtime.uow(), doc.id)
    assert documents.list_documents(runtime.uow(), unprinted_only=True) == []
    assert documents.list_documents(runtime.uow(), number="N2026000009")[0].print_count == 1
    assert all(c.intact for c in audit.verify_all(runtime.uow()))


def test_numbers_restart_each_year(runtime: Runtime) -> None:
    assert isinstance(runtime.clock, FixedClock)
    assert notices.issue_notice(runtime.uow(), _request(runtime)).notice_no == "N2026000001"
    runtime.clock.set(TEST_NOW.replace(year=2027, month=1, day=5))
    assert notices.issue_notice(runtime.uow(), _request(runtime)).notice_no == "N2027000001"


def test_two_windows_accepting_one_notice_at_once_make_one_case(runtime: Runtime) -> None:
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def accept() -> None:
        start.wait()
        try:
            outcomes.append(cases.accept_case(runtime.uow(), info.notice_no, []).case_no)
        except Conflict as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=accept) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    # SQLite serialises the two (BEGIN IMMEDIATE, 15 s busy wait); PostgreSQL needs the notice row lock.
    assert sorted(outcomes) == ["C2026000001", "Conflict"]
    assert [r.case_no for r in cases.list_cases(runtime.uow())] == ["C2026000001"]
