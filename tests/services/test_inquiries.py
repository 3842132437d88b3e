"""首问负责: log, hand off, note, close, reopen; who sees what with its age; the manager's list and figures;
the slip's contents — on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import audit, documents, inquiries, inquiry_lists, inquiry_slips, policy
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.inquiries import InquiryRequest
from yk_desktop.services.inquiry_lists import InquiryFilter
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import AuditEntry, FirstInquiry, InquiryEvent, ServiceItem, Staff
from yk_desktop.store.models.inquiries import Handling, InquiryState

PERSON_ID = "210802198001011230"
FOOD_LICENCE = "210800-SCJG-XK-001"


def _staff(runtime: Runtime, username: str) -> uuid.UUID:
    with runtime.uow().reading() as uow:
        found = uow.session.scalar(select(Staff.id).where(Staff.username == username))
    assert found is not None
    return found


def _item_id(runtime: Runtime, code: str = FOOD_LICENCE) -> uuid.UUID:
    with runtime.uow().reading() as uow:
        found = uow.session.scalar(select(ServiceItem.id).where(ServiceItem.code == code))
    assert found is not None
    return found


def _count(runtime: Runtime, model: type[FirstInquiry] | type[InquiryEvent]) -> int:
    with runtime.uow().reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


def _handed(runtime: Runtime, by: str = "clerk01", to: str = "clerk02") -> inquiries.InquiryInfo:
    request = InquiryRequest(
        question="个体户变更经营场所要带什么？",
        handling=Handling.HANDED,
        applicant_name="张三",
        phone="13804170000",
        hand_to_staff_id=_staff(runtime, to),
        answer="需查询原登记档案",
        window_number=1,
    )
    return inquiries.log_inquiry(runtime.uow(), request, staff_id=_staff(runtime, by))


def test_an_answer_on_the_spot_is_numbered_closed_and_audited(runtime: Runtime) -> None:
    clerk = _staff(runtime, "clerk01")
    info = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(
            question="食品经营许可要多久？",
            applicant_name="李四",
            phone="0417-2345678",
            item_id=_item_id(runtime),
            answer="承诺 5 个工作日办结。",
            window_number=1,
        ),
        staff_id=clerk,
    )
    assert info.inquiry_no == "Q2026000001"
    assert info.display_no == "营口政务首问〔2026〕1号"
    assert info.state == InquiryState.CLOSED and info.closed_at == TEST_NOW
    assert info.outcome == "承诺 5 个工作日办结。"
    assert info.item_name == "食品经营许可" and info.category_name  # the item's category filled in
    assert (info.responder_name, info.handler_name, info.window_number) == ("王丽娜", "王丽娜", 1)
    assert info.applicant_masked == "李*" and info.phone_masked == "0417-***5678"
    assert [e.kind for e in info.events] == ["logged", "closed"]
    with runtime.uow().reading() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "inquiry").order_by(AuditEntry.chain_seq)
        ).all()
    assert actions == ["inquiry.logged", "inquiry.closed"]
    assert all(c.intact for c in audit.verify_all(runtime.uow()))
    # Nothing open for the clerk: it was dealt with at once.
    assert inquiry_lists.open_for_staff(runtime.uow(), clerk) == []


@pytest.mark.parametrize(
    ("request_fields", "message"),
    [
        ({"question": "   "}, "请填写咨询问题"),
        ({"applicant_name": ""}, "请填写办事人姓名或单位"),
        ({"phone": "12345"}, "手机号码应为11位"),
        ({"id_number": "210802198001011231"}, "身份证"),
        ({"applicant_name": "<b>张三</b>"}, "办事人姓名只能包含"),
        ({"handling": Handling.GUIDED}, "请选择引导前往的窗口"),
        ({"handling": Handling.GUIDED, "guided_window_number": 99}, "没有 99 号窗口"),
        ({"handling": Handling.HANDED}, "请选择转交给哪位同事"),
        ({"handling": "whatever"}, "请选择处理方式"),
        ({"question": "问" * 1001}, "最多1000个字"),
    ],
)
def test_bad_input_says_what_to_fix_and_saves_nothing(
    runtime: Runtime, request_fields: dict[str, object], message: str
) -> None:
    fields: dict[str, object] = {
        "question": "营业执照遗失怎么补办？",
        "applicant_name": "张三",
        **request_fields,
    }
    with pytest.raises(InvalidInput, match=message):
        inquiries.log_inquiry(
            runtime.uow(),
            InquiryRequest(**fields),  # type: ignore[arg-type]  # each case's own fields
            staff_id=_staff(runtime, "clerk01"),
        )
    assert _count(runtime, FirstInquiry) == 0 and _count(runtime, InquiryEvent) == 0
    # No number was used up either: the next inquiry is the first.
    ok = inquiries.log_inquiry(
        runtime.uow(), InquiryRequest(question="问", anonymous=True), staff_id=_staff(runtime, "clerk01")
    )
    assert ok.inquiry_no == "Q2026000001"


def test_hand_off_to_self_or_an_inactive_colleague_is_refused(runtime: Runtime) -> None:
    clerk = _staff(runtime, "clerk01")
    with pytest.raises(InvalidInput, match="不能转交给自己"):
        inquiries.log_inquiry(
            runtime.uow(),
            InquiryRequest(question="问", anonymous=True, handling=Handling.HANDED, hand_to_staff_id=clerk),
            staff_id=clerk,
        )
    with runtime.uow() as uow:
        staff = uow.session.get(Staff, _staff(runtime, "clerk02"))
        assert staff is not None
        staff.active = False
        uow.commit()
    with pytest.raises(InvalidInput, match="已停用"):
        _handed(runtime)
    assert _count(runtime, FirstInquiry) == 0


def test_anonymous_is_allowed_and_only_the_masked_id_is_kept(runtime: Runtime) -> None:
    clerk = _staff(runtime, "clerk01")
    anon = inquiries.log_inquiry(
        runtime.uow(), InquiryRequest(question="大厅几点下班？", anonymous=True, phone="x"), staff_id=clerk
    )
    assert (
        anon.anonymous and anon.applicant_masked == "匿名" and anon.phone_masked == ""
    )  # what was typed is dropped
    named = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(question="社保转移", applicant_name="王五", id_number=PERSON_ID.lower()),
        staff_id=clerk,
    )
    assert named.id_number_masked == "210802********1230"
    with runtime.uow().reading() as uow:
        stored = uow.session.execute(select(FirstInquiry.__table__)).all()
        trail = uow.session.scalars(select(AuditEntry.detail)).all()
    assert PERSON_ID not in repr(stored) and PERSON_ID not in repr(trail)


def test_a_hand_off_keeps_the_first_staff_member_responsible_until_closed(runtime: Runtime) -> None:
    clerk1, clerk2, clerk3 = (_staff(runtime, u) for u in ("clerk01", "clerk02", "clerk03"))
    info = _handed(runtime)
    assert info.state == InquiryState.OPEN
    assert (info.responder_name, info.handler_name) == ("王丽娜", "刘洋")
    assert info.destination == "刘洋（2 号窗口（企业开办综合窗口，一楼A区））"
    handed = info.events[1]
    assert (handed.kind, handed.from_name, handed.to_name) == ("handed_off", "王丽娜", "刘洋")
    # Both see it on their lists; a third clerk does not, and may not act on it.
    assert [r.inquiry_no for r in inquiry_lists.open_for_staff(runtime.uow(), clerk1)] == [info.inquiry_no]
    assert [r.inquiry_no for r in inquiry_lists.open_for_staff(runtime.uow(), clerk2)] == [info.inquiry_no]
    assert inquiry_lists.open_for_staff(runtime.uow(), clerk3) == []
    with pytest.raises(PermissionDenied, match="首问负责人、当前承办人或大厅负责人"):
        inquiries.close_inquiry(runtime.uow(), info.inquiry_no, "已办", staff_id=clerk3)

    # The colleague passes it on: the first staff member still answers for it, the third now holds it.
    moved = inquiries.hand_off(
        runtime.uow(), info.inquiry_no, clerk3, "涉及许可，转许可窗口", staff_id=clerk2
    )
    assert (moved.responder_name, moved.handler_name) == ("王丽娜", "孙佳慧")
    assert (moved.events[-1].from_name, moved.events[-1].to_name, moved.events[-1].staff_name) == (
        "刘洋",
        "孙佳慧",
        "刘洋",
    )
    assert inquiry_lists.open_for_staff(runtime.uow(), clerk2) == []
    assert len(inquiry_lists.open_for_staff(runtime.uow(), clerk1)) == 1
    with pytest.raises(InvalidInput, match="当前已由 孙佳慧 承办"):
        inquiries.hand_off(runtime.uow(), info.inquiry_no, clerk3, staff_id=clerk1)

    noted = inquiries.add_note(runtime.uow(), info.inquiry_no, "已电话联系办事人", staff_id=clerk3)
    assert noted.events[-1].kind == "note" and noted.events[-1].text == "已电话联系办事人"
    closed = inquiries.close_inquiry(runtime.uow(), info.inquiry_no, "已告知所需材料", staff_id=clerk3)
    assert closed.state == InquiryState.CLOSED and closed.outcome == "已告知所需材料"
    with pytest.raises(Conflict, match="已办结"):
        inquiries.close_inquiry(runtime.uow(), info.inquiry_no, "again", staff_id=clerk3)
    with pytest.raises(Conflict, match="重新打开再转交"):
        inquiries.hand_off(runtime.uow(), info.inquiry_no, clerk2, staff_id=clerk1)
    assert inquiry_lists.open_for_staff(runtime.uow(), clerk1) == []

    with pytest.raises(InvalidInput, match="请填写重新打开的原因"):
        inquiries.reopen(runtime.uow(), info.inquiry_no, " ", staff_id=clerk1)
    again = inquiries.reopen(runtime.uow(), info.inquiry_no, "办事人反映材料清单不全", staff_id=clerk1)
    assert again.state == InquiryState.OPEN and again.outcome == "" and again.closed_at is None
    with pytest.raises(Conflict, match="尚未办结"):
        inquiries.reopen(runtime.uow(), info.inquiry_no, "x", staff_id=clerk1)
    assert len(inquiry_lists.open_for_staff(runtime.uow(), clerk3)) == 1
    manager = _staff(runtime, "manager01")
    final = inquiries.close_inquiry(runtime.uow(), info.inquiry_no, "已补充告知", staff_id=manager)
    assert [e.kind for e in final.events] == [
        "logged",
        "handed_off",
        "handed_off",
        "note",
        "closed",
        "reopened",
        "closed",
    ]
    assert final.events[-1].staff_name == "高振宇"
    with runtime.uow().reading() as uow:
        audited = uow.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action.like("inquiry.%"))
        )
    assert audited == len(final.events)


def test_the_phone_reaches_screens_masked_and_whole_only_on_asking_recorded(runtime: Runtime) -> None:
    clerk1, clerk2, clerk3 = (_staff(runtime, u) for u in ("clerk01", "clerk02", "clerk03"))
    info = _handed(runtime)
    # Nothing a screen gets carries the whole number.
    assert info.phone_masked == "138****0000"
    assert "13804170000" not in repr(info) and not hasattr(info, "phone")
    assert "13804170000" not in repr(inquiry_lists.open_for_staff(runtime.uow(), clerk1))

    # Only the first staff member, the handler or a manager may ask; a refusal records nothing.
    with pytest.raises(PermissionDenied, match="只有首问负责人、当前承办人或大厅负责人可以查看完整联系电话"):
        inquiries.reveal_phone(runtime.uow(), info.inquiry_no, staff_id=clerk3)
    with pytest.raises(PermissionDenied, match="请先登录"):
        inquiries.reveal_phone(runtime.uow(), info.inquiry_no, staff_id=None)
    assert [e.kind for e in inquiries.get_inquiry(runtime.uow(), info.inquiry_no).events] == [
        "logged",
        "handed_off",
    ]
    manager = _staff(runtime, "manager01")
    for who in (clerk2, clerk1, manager):
        assert inquiries.reveal_phone(runtime.uow(), info.inquiry_no, staff_id=who) == "13804170000"
    after = inquiries.get_inquiry(runtime.uow(), info.inquiry_no)
    viewed = [e for e in after.events if e.kind == "contact_viewed"]
    assert [e.staff_name for e in viewed] == ["刘洋", "王丽娜", "高振宇"]
    with runtime.uow().reading() as uow:
        trail = uow.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "inquiry.contact_viewed")
        ).all()
    assert len(trail) == 3 and "13804170000" not in repr(trail)
    # Still open, still theirs: looking is not handling.
    assert after.state == InquiryState.OPEN and after.handler_name == "刘洋"

    anonymous = inquiries.log_inquiry(
        runtime.uow(), InquiryRequest(question="几点下班？", anonymous=True), staff_id=clerk1
    )
    with pytest.raises(NotFound, match="没有留下联系电话"):
        inquiries.reveal_phone(runtime.uow(), anonymous.inquiry_no, staff_id=clerk1)


def test_age_and_the_hall_rule_for_overdue(runtime: Runtime) -> None:
    clerk1 = _staff(runtime, "clerk01")
    info = _handed(runtime)
    _clock(runtime).advance(hours=23, minutes=59)
    row = inquiry_lists.open_for_staff(runtime.uow(), clerk1)[0]
    assert row.age_minutes == 23 * 60 + 59 and not row.overdue
    _clock(runtime).advance(minutes=2)
    row = inquiry_lists.open_for_staff(runtime.uow(), clerk1)[0]
    assert row.overdue and inquiries.get_inquiry(runtime.uow(), info.inquiry_no).overdue
    policy.change(runtime.uow(), {"inquiry.open_alert_hours": 48}, staff_id=_staff(runtime, "manager01"))
    assert not inquiry_lists.open_for_staff(runtime.uow(), clerk1)[0].overdue
    # A closed inquiry's age stops at its closing and it is never overdue.
    _clock(runtime).advance(days=3)
    inquiries.close_inquiry(runtime.uow(), info.inquiry_no, "已办", staff_id=clerk1)
    _clock(runtime).advance(days=3)
    (closed,) = inquiry_lists.list_inquiries(runtime.uow())
    assert closed.age_minutes == (24 + 72) * 60 + 1 and not closed.overdue


def test_the_managers_list_filters(runtime: Runtime) -> None:
    clerk1, clerk3 = _staff(runtime, "clerk01"), _staff(runtime, "clerk03")
    spot = inquiries.log_inquiry(
        runtime.uow(), InquiryRequest(question="停车场在哪？", anonymous=True), staff_id=clerk3
    )
    handed = _handed(runtime)
    _clock(runtime).advance(days=2)
    guided = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(
            question="公积金提取",
            applicant_org="营口某某有限公司",
            handling=Handling.GUIDED,
            guided_window_number=7,
        ),
        staff_id=clerk1,
    )
    assert guided.state == InquiryState.CLOSED and guided.outcome == "已引导至：7 号窗口（住房公积金窗口）"

    def numbers(**kw: object) -> list[str]:
        rows = inquiry_lists.list_inquiries(runtime.uow(), InquiryFilter(**kw))  # type: ignore[arg-type]
        return [r.inquiry_no for r in rows]

    assert numbers() == [guided.inquiry_no, handed.inquiry_no, spot.inquiry_no]  # newest first
    assert numbers(states=(InquiryState.OPEN,)) == [handed.inquiry_no]
    assert numbers(staff_id=clerk1) == [guided.inquiry_no, handed.inquiry_no]
    assert numbers(staff_id=_staff(runtime, "clerk02")) == [handed.inquiry_no]  # as the current handler
    assert numbers(handling=Handling.ON_SPOT) == [spot.inquiry_no]
    today = TEST_NOW.date()
    assert numbers(asked_from=today, asked_to=today) == [handed.inquiry_no, spot.inquiry_no]
    assert numbers(asked_from=today + timedelta(days=1)) == [guided.inquiry_no]
    assert numbers(text="停车") == [spot.inquiry_no]
    assert numbers(text="某某") == [guided.inquiry_no]
    assert numbers(text="100%") == []  # the clerk's % is a character, not a wildcard
    assert numbers(overdue_only=True) == [handed.inquiry_no]
    row = inquiry_lists.list_inquiries(runtime.uow(), InquiryFilter(text="停车"))[0]
    assert (row.applicant, row.responder_name, row.handling) == ("匿名", "孙佳慧", Handling.ON_SPOT)


def test_figures_per_staff_per_day_with_the_hall_day_boundary(runtime: Runtime) -> None:
    clerk1, clerk2 = _staff(runtime, "clerk01"), _staff(runtime, "clerk02")
    clock = _clock(runtime)

    def log(staff: uuid.UUID, handling: str = Handling.ON_SPOT, **kw: object) -> None:
        inquiries.log_inquiry(
            runtime.uow(),
            InquiryRequest(question="问", anonymous=True, handling=handling, **kw),  # type: ignore[arg-type]
            staff_id=staff,
        )

    # 23:30 on the 24th and 00:30 on the 25th, hall time: two days, although the same UTC day.
    clock.set(datetime(2026, 11, 24, 23, 30, tzinfo=HALL_TZ))
    log(clerk1)
    log(clerk1, Handling.FOLLOW_UP)
    log(clerk2, Handling.HANDED, hand_to_staff_id=clerk1)
    clock.set(datetime(2026, 11, 25, 0, 30, tzinfo=HALL_TZ))
    log(clerk1, Handling.GUIDED, guided_to="市场监管局三楼")
    clock.set(datetime(2026, 11, 26, 10, 0, tzinfo=HALL_TZ))
    figures = inquiry_lists.inquiry_figures(runtime.uow(), date(2026, 11, 24), date(2026, 11, 25))
    assert [
        (s.day.day, s.staff_name, s.logged, s.on_spot, s.guided, s.handed, s.follow_up, s.still_open)
        for s in figures.per_staff_day
    ] == [
        (24, "刘洋", 1, 0, 0, 1, 0, 1),
        (24, "王丽娜", 2, 1, 0, 0, 1, 1),
        (25, "王丽娜", 1, 0, 1, 0, 0, 0),
    ]
    assert (figures.total, figures.on_spot, figures.still_open) == (4, 1, 2)
    assert figures.on_spot_share == 0.25
    # Open for 34.5 hours: past the default 24.
    assert figures.alert_hours == 24 and len(figures.overdue) == 2
    only_25th = inquiry_lists.inquiry_figures(runtime.uow(), date(2026, 11, 25), date(2026, 11, 25))
    assert only_25th.total == 1 and only_25th.on_spot_share == 0.0
    # Open ones past the rule are flagged whatever the range.
    assert len(only_25th.overdue) == 2
    empty = inquiry_lists.inquiry_figures(runtime.uow(), date(2026, 12, 1), date(2026, 12, 2))
    assert empty.total == 0 and empty.on_spot_share is None


def test_the_slip_says_where_to_go_and_who_sent_them_and_is_archived(runtime: Runtime) -> None:
    clerk1 = _staff(runtime, "clerk01")
    guided = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(
            question="<b>食品</b>经营许可 & 健康证？",
            applicant_name="张三",
            phone="13804170000",
            item_id=_item_id(runtime),
            handling=Handling.GUIDED,
            guided_window_number=3,
            guided_to="市场监管局食品科",
            window_number=1,
        ),
        staff_id=clerk1,
    )
    slip = inquiry_slips.inquiry_slip(runtime.uow(), guided.inquiry_no)
    assert slip.go_label == "请前往"
    assert slip.go_to == "3 号窗口（涉企经营许可窗口，一楼A区）；市场监管局食品科"
    assert slip.sent_by == "王丽娜（1 号窗口）"
    assert (slip.applicant, slip.number, slip.barcode) == ("张*", "营口政务首问〔2026〕1号", "Q2026000001")
    assert slip.question == "<b>食品</b>经营许可 & 健康证？" and slip.item_name == "食品经营许可"
    assert slip.hall_phone == "0417-2825000"
    assert slip.applicant_phone == "13804170000"  # read from the record; ``printing.inquiry_slip`` masks it

    handed = _handed(runtime)
    slip = inquiry_slips.inquiry_slip(runtime.uow(), handed.inquiry_no)
    assert (slip.go_label, slip.go_to, slip.note) == (
        "承办人",
        "刘洋（2 号窗口（企业开办综合窗口，一楼A区））",
        "需查询原登记档案",
    )
    doc = inquiry_slips.archive_slip(runtime, handed.inquiry_no, clerk1)
    assert (doc.kind, doc.number, doc.title, doc.ref_id) == (
        "inquiry",
        handed.inquiry_no,
        "首问登记单",
        handed.id,
    )
    assert documents.document_pdf(runtime.uow(), doc.id).startswith(b"%PDF")

    spot = inquiries.log_inquiry(
        runtime.uow(), InquiryRequest(question="问", anonymous=True), staff_id=clerk1
    )
    with pytest.raises(Conflict, match="无需打印"):
        inquiry_slips.inquiry_slip(runtime.uow(), spot.inquiry_no)
    with pytest.raises(InvalidInput, match="不是首问登记编号"):
        inquiries.get_inquiry(runtime.uow(), "N2026000001")


def test_form_choices_offer_colleagues_but_not_oneself(runtime: Runtime) -> None:
    clerk1 = _staff(runtime, "clerk01")
    choices = inquiries.form_choices(runtime.uow(), clerk1)
    names = [c.name for c in choices.colleagues]
    assert "王丽娜" not in names and names[0] == "刘洋"  # by window: 2 first, then those without one
    assert [w.number for w in choices.windows][:3] == [1, 2, 3]
    assert choices.categories[0].prefix == "A"
