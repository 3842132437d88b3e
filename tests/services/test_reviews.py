"""好差评 on SQLite and PostgreSQL: one rating per finished service, a 差评 opens a follow-up with its deadline
in working days, the follow-up walks 回访核实 → 答复 → the applicant's rating of the fix → 办结, an upheld
appeal takes a rating out of the figures, and 好评率 counts (非常满意 + 满意) / all."""

from __future__ import annotations

import itertools
import threading
import uuid
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.idcard import id_check_digit
from yk_desktop.services import (
    appointments,
    auth,
    cases,
    checkin,
    hall,
    notices,
    policy,
    queue,
    review_followups,
    reviews,
    serving,
)
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.notices import NoticeRequest
from yk_desktop.services.reviews import Rating
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import AuditEntry, Review, ReviewFollowUp, ReviewFollowUpStep, Ticket

FOOD = "210800-SCJG-XK-001"
_ids = itertools.count(1)


def clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


def staff_id(runtime: Runtime, username: str) -> uuid.UUID:
    return auth.login(runtime.uow(), username, "demo1234").id


def finished_ticket(runtime: Runtime, clerk: str = "clerk01", window: int = 1) -> uuid.UUID:
    """A ticket of category A called, served and finished at ``window`` by ``clerk``."""
    who = staff_id(runtime, clerk)
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), window, who)
    serving.start_serving(runtime.uow(), window, who)
    return serving.finish(runtime.uow(), window, who).id


def accepted_case(runtime: Runtime, phone: str = "13804170000") -> str:
    who = staff_id(runtime, "clerk01")
    plan = notices.plan_notice(runtime.uow(), item_codes=(FOOD,))
    first17 = f"21080219800101{next(_ids):03d}"
    notice = notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name="张三",
            applicant_id_number=first17 + id_check_digit(first17),
            applicant_phone=phone,
            item_codes=(FOOD,),
            window_number=1,
            staff_id=who,
            statuses={m.name: "brought" if m.required else "not_applicable" for m in plan.materials},
        ),
    )
    return cases.accept_case(runtime.uow(), notice.notice_no, [], staff_id=who, window_number=1).case_no


def count(runtime: Runtime, model: type) -> int:
    with runtime.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def audit_actions(runtime: Runtime, prefix: str) -> list[str]:
    with runtime.uow() as uow:
        rows = uow.session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.action.like(f"{prefix}%"))
            .order_by(AuditEntry.chain_seq)
        )
        return list(rows)


def test_a_finished_ticket_is_rated_once(runtime: Runtime) -> None:
    ticket_id = finished_ticket(runtime)
    target = reviews.review_target(runtime.uow(), ticket_id=ticket_id)
    assert target.rateable and target.subject_no == "A001" and target.window_number == 1
    assert target.staff_name == "王丽娜" and target.what == "企业开办与商事登记"

    clerk = staff_id(runtime, "clerk01")
    info = reviews.rate(runtime.uow(), Rating(5, efficiency=5, skill=4, attitude=5), ticket_id=ticket_id)
    assert (info.level_name, info.bad, info.followup_id) == ("非常满意", False, None)
    assert (info.staff_name, info.window_number, info.channel) == ("王丽娜", 1, "screen")
    with runtime.uow() as uow:
        review = uow.session.scalars(select(Review)).one()
        assert (review.subject_no, review.ticket_id, review.case_id) == ("A001", ticket_id, None)
        assert (review.efficiency, review.skill, review.attitude) == (5, 4, 5)
        assert review.staff_id == clerk and review.finished_at is not None

    # 一次一评: a second rating is refused, and the pad would not even open for it.
    with pytest.raises(Conflict, match="一次一评"):
        reviews.rate(runtime.uow(), Rating(1, reasons=("服务态度差",)), ticket_id=ticket_id)
    assert "一次一评" in reviews.review_target(runtime.uow(), ticket_id=ticket_id).why_not
    assert count(runtime, Review) == 1 and count(runtime, ReviewFollowUp) == 0
    assert audit_actions(runtime, "review.") == ["review.rated"]


def test_the_database_holds_one_rating_per_service_too(runtime: Runtime) -> None:
    ticket_id = finished_ticket(runtime)
    reviews.rate(runtime.uow(), Rating(4), ticket_id=ticket_id)
    with pytest.raises(IntegrityError), runtime.uow() as uow:
        uow.session.add(
            Review(
                hall_id=runtime.hall_id, ticket_id=ticket_id, subject_no="A001", level=3, rated_at=uow.now()
            )
        )
        uow.session.flush()


def test_only_finished_services_are_rated(runtime: Runtime) -> None:
    who = staff_id(runtime, "clerk01")
    queue.issue_ticket(runtime.uow(), "A")
    called = queue.call_next(runtime.uow(), 1, who)
    with pytest.raises(Conflict, match="A001 尚未办结"):
        reviews.rate(runtime.uow(), Rating(5), ticket_id=called.id)
    case_no = accepted_case(runtime)
    with pytest.raises(Conflict, match=f"办件 {case_no} 尚未办结"):
        reviews.rate(runtime.uow(), Rating(5), case_no=case_no)
    assert count(runtime, Review) == 0

    cases.complete(runtime.uow(), case_no, "准予许可", staff_id=who)
    info = reviews.rate(runtime.uow(), Rating(4), case_no=case_no, channel="dialog")
    assert (info.subject_no, info.level_name, info.channel) == (case_no, "满意", "dialog")
    with runtime.uow() as uow:
        review = uow.session.scalars(select(Review)).one()
        assert (review.item_code, review.item_name, review.item_version) == (FOOD, "食品经营许可", 1)
        assert review.department == "营口市市场监督管理局"


def test_a_later_rating_is_taken_within_the_set_days(runtime: Runtime) -> None:
    ticket_id = finished_ticket(runtime)
    clerk = staff_id(runtime, "clerk01")
    with pytest.raises(InvalidInput, match="补评须由登录的工作人员录入"):
        reviews.rate(runtime.uow(), Rating(3), ticket_id=ticket_id, channel="later")
    clock(runtime).advance(days=6)  # the default period is 5 days
    with pytest.raises(Conflict, match="超过 5 天的补评期限"):
        reviews.rate(runtime.uow(), Rating(3), ticket_id=ticket_id, channel="later", recorded_by=clerk)
    manager = staff_id(runtime, "manager01")
    policy.change(runtime.uow(), {"review.later_rating_days": 7}, staff_id=manager)
    info = reviews.rate(runtime.uow(), Rating(3), ticket_id=ticket_id, channel="later", recorded_by=clerk)
    assert info.channel == "later" and info.level_name == "基本满意"


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        (Rating(0), "评价等级应为 1 至 5"),
        (Rating(6), "评价等级应为 1 至 5"),
        (Rating(True), "评价等级应为 1 至 5"),  # type: ignore[arg-type]  # a checkbox's True is no level
        (Rating(4, efficiency=9), "服务效率应为 1 至 5"),
        (Rating(1, reasons=("看不顺眼",)), "不是可选的差评原因"),
        (Rating(5, reasons=("等候时间长",)), "只有“不满意”或“非常不满意”时才需选择原因"),
        (Rating(2, reasons=("其他",)), "选择“其他”原因时，请写明具体意见"),
        (Rating(2, reasons=("其他",), comment="  \n "), "选择“其他”原因时，请写明具体意见"),
        (Rating(1, comment="差" * 501), "评价意见最多500个字"),
        (Rating(1, contact_phone="12345"), "手机号码应为11位"),
    ],
)
def test_bad_input_is_refused_in_chinese_and_saves_nothing(
    runtime: Runtime, rating: Rating, message: str
) -> None:
    ticket_id = finished_ticket(runtime)
    with pytest.raises(InvalidInput, match=message):
        reviews.rate(runtime.uow(), rating, ticket_id=ticket_id)
    assert count(runtime, Review) == 0 and count(runtime, ReviewFollowUp) == 0
    with pytest.raises(InvalidInput, match="二选一"):
        reviews.rate(runtime.uow(), Rating(5))


def test_a_bad_rating_opens_a_follow_up_due_in_working_days(runtime: Runtime) -> None:
    ticket_id = finished_ticket(runtime)
    info = reviews.rate(
        runtime.uow(),
        Rating(2, reasons=("办事效率低", "其他"), comment="<b>排队两小时</b>'; DROP TABLE reviews;--"),
        ticket_id=ticket_id,
    )
    # Tue 2026-11-24 + 5 working days (the default rule): Tue 2026-12-01.
    assert info.bad and info.followup_id is not None and info.followup_deadline == date(2026, 12, 1)
    rows = review_followups.list_followups(runtime.uow())
    assert len(rows) == 1
    row = rows[0]
    assert (row.subject_no, row.level_name, row.reasons) == ("A001", "不满意", ("办事效率低", "其他"))
    assert row.comment == "<b>排队两小时</b>'; DROP TABLE reviews;--"  # kept exactly, never run
    assert (row.staff_name, row.window_number, row.state, row.days_left, row.overdue) == (
        "王丽娜",
        1,
        "open",
        5,
        False,
    )
    assert review_followups.ledger_counts(runtime.uow()) == (1, 0)
    assert audit_actions(runtime, "review.") == ["review.rated", "review.followup.opened"]

    # The hall's rule decides the deadline: 3 working days from Tue is Fri.
    policy.change(runtime.uow(), {"review.followup_working_days": 3}, staff_id=staff_id(runtime, "manager01"))
    second = reviews.rate(runtime.uow(), Rating(1), ticket_id=finished_ticket(runtime))
    assert second.followup_deadline == date(2026, 11, 27)

    # Past the deadline it is overdue, counted in working days (Tue 12-01 → Thu 12-03: two days late).
    clock(runtime).advance(days=9)
    overdue = review_followups.list_followups(runtime.uow(), overdue_only=True)
    assert [(r.subject_no, r.overdue) for r in overdue] == [("A002", True), ("A001", True)]
    assert overdue[1].days_left == -2
    assert review_followups.ledger_counts(runtime.uow()) == (2, 2)


def test_a_real_name_bad_rating_is_called_back_answered_rated_and_closed(runtime: Runtime) -> None:
    clerk, other, manager = (staff_id(runtime, u) for u in ("clerk01", "clerk02", "manager01"))
    case_no = accepted_case(runtime, phone="13804171234")
    cases.complete(runtime.uow(), case_no, "准予许可", staff_id=clerk)
    info = reviews.rate(runtime.uow(), Rating(1, reasons=("服务态度差",)), case_no=case_no)
    assert info.followup_id is not None
    fid = info.followup_id
    detail = review_followups.get_followup(runtime.uow(), fid)
    assert detail.contact == "张*  138****1234" and detail.contactable
    assert detail.close_blocker == "实名差评须先回访核实（联系上申请人）后才能办结。"

    # 谁办理谁负责: the clerk who served and the manager may act; a colleague may not; only a manager closes.
    with pytest.raises(PermissionDenied, match="被评价的工作人员本人或大厅负责人"):
        review_followups.call_back(runtime.uow(), fid, "无关人员", reached=True, staff_id=other)
    with pytest.raises(Conflict, match="回访核实"):
        review_followups.close(runtime.uow(), fid, "办结", staff_id=manager)
    assert review_followups.reveal_contact(runtime.uow(), fid, staff_id=clerk) == "13804171234"

    missed = review_followups.call_back(runtime.uow(), fid, "无人接听", reached=False, staff_id=clerk)
    assert missed.close_blocker.startswith("实名差评须先回访核实")
    called = review_followups.call_back(
        runtime.uow(), fid, "申请人反映窗口人员语气生硬，属实", reached=True, staff_id=clerk
    )
    assert called.row.called_back and called.close_blocker == "请先登记对申请人的答复后再办结。"
    with pytest.raises(Conflict, match="请先登记整改或答复"):
        review_followups.rate_fix(runtime.uow(), fid, 4, staff_id=clerk)
    review_followups.reply(runtime.uow(), fid, "已对窗口人员批评教育，并向您致歉", staff_id=clerk)
    rated = review_followups.rate_fix(runtime.uow(), fid, 4, staff_id=clerk)
    assert rated.row.fix_rating == 4 and rated.close_blocker == ""
    with pytest.raises(Conflict, match="已评价过整改结果（满意）"):
        review_followups.rate_fix(runtime.uow(), fid, 5, staff_id=clerk)
    with pytest.raises(PermissionDenied, match="只有大厅负责人"):
        review_followups.close(runtime.uow(), fid, "办结", staff_id=clerk)
    with pytest.raises(InvalidInput, match="请填写办结意见"):
        review_followups.close(runtime.uow(), fid, " ", staff_id=manager)
    closed = review_followups.close(runtime.uow(), fid, "整改到位，申请人满意", staff_id=manager)
    assert (closed.row.state, closed.row.outcome, closed.row.days_left) == ("closed", "resolved", None)
    assert [(s.kind, s.staff_name) for s in closed.steps] == [
        ("opened", ""),
        ("callback", "王丽娜"),
        ("callback", "王丽娜"),
        ("reply", "王丽娜"),
        ("fix_rating", "王丽娜"),
        ("closed", "高振宇"),
    ]
    assert closed.steps[1].detail == {"reached": False} and closed.steps[2].text.endswith("属实")
    with pytest.raises(Conflict, match="已办结"):
        review_followups.reply(runtime.uow(), fid, "再答复", staff_id=clerk)
    assert review_followups.list_followups(runtime.uow()) == []
    assert [r.state for r in review_followups.list_followups(runtime.uow(), open_only=False)] == ["closed"]
    assert audit_actions(runtime, "review.followup.") == [
        "review.followup.opened",
        "review.followup.contact_viewed",
        "review.followup.callback",
        "review.followup.callback",
        "review.followup.reply",
        "review.followup.fix_rating",
        "review.followup.closed",
    ]


def test_an_anonymous_bad_rating_closes_on_its_fix(runtime: Runtime) -> None:
    manager = staff_id(runtime, "manager01")
    info = reviews.rate(runtime.uow(), Rating(2, reasons=("等候时间长",)), ticket_id=finished_ticket(runtime))
    assert info.followup_id is not None
    detail = review_followups.get_followup(runtime.uow(), info.followup_id)
    assert detail.contact == "" and detail.close_blocker.startswith("匿名差评无法回访")
    review_followups.record_fix(runtime.uow(), info.followup_id, "高峰时段增开一个窗口", staff_id=manager)
    closed = review_followups.close(runtime.uow(), info.followup_id, "已整改", staff_id=manager)
    assert closed.row.state == "closed" and closed.row.fixed


def test_an_upheld_appeal_takes_the_rating_out_of_the_figures(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    good = reviews.rate(runtime.uow(), Rating(5), ticket_id=finished_ticket(runtime))
    bad = reviews.rate(runtime.uow(), Rating(1, reasons=("系统故障",)), ticket_id=finished_ticket(runtime))
    assert good.followup_id is None and bad.followup_id is not None
    fid = bad.followup_id
    today = date(2026, 11, 24)
    assert reviews.figures(runtime.uow(), today, today).overall.good_rate == pytest.approx(0.5)

    with pytest.raises(InvalidInput, match="请填写申诉理由"):
        review_followups.appeal(runtime.uow(), fid, "", staff_id=clerk)
    appealed = review_followups.appeal(
        runtime.uow(), fid, "申请人误触“非常不满意”，回访时已确认", staff_id=clerk
    )
    assert appealed.row.state == "appealing"
    with pytest.raises(PermissionDenied, match="只有大厅负责人"):
        review_followups.decide_appeal(runtime.uow(), fid, upheld=True, note="成立", staff_id=clerk)
    decided = review_followups.decide_appeal(
        runtime.uow(), fid, upheld=True, note="经核实系误评", staff_id=manager
    )
    assert (decided.row.state, decided.row.outcome) == ("closed", "appeal_upheld")
    figures = reviews.figures(runtime.uow(), today, today)
    assert figures.overall.total == 1 and figures.overall.good_rate == 1.0


def test_a_rejected_appeal_goes_back_to_work_and_is_not_made_twice(runtime: Runtime) -> None:
    manager = staff_id(runtime, "manager01")
    bad = reviews.rate(runtime.uow(), Rating(2, reasons=("办事效率低",)), ticket_id=finished_ticket(runtime))
    assert bad.followup_id is not None
    fid = bad.followup_id
    review_followups.appeal(runtime.uow(), fid, "我方认为已按时限办理", staff_id=manager)
    # The one who appealed does not decide it.
    with pytest.raises(PermissionDenied, match="申诉人以外"):
        review_followups.decide_appeal(runtime.uow(), fid, upheld=True, note="成立", staff_id=manager)
    admin = staff_id(runtime, "admin01")
    again = review_followups.decide_appeal(
        runtime.uow(), fid, upheld=False, note="评价属实，驳回", staff_id=admin
    )
    assert again.row.state == "open"
    with pytest.raises(Conflict, match="不能再次申诉"):
        review_followups.appeal(runtime.uow(), fid, "再申诉", staff_id=manager)
    with runtime.uow() as uow:
        assert uow.session.scalars(select(Review.voided)).one() is False
        kinds = uow.session.scalars(
            select(ReviewFollowUpStep.kind).order_by(ReviewFollowUpStep.at, ReviewFollowUpStep.id)
        )
        assert list(kinds) == ["opened", "appeal", "appeal_decided"]


def test_figures_per_staff_window_and_day(runtime: Runtime) -> None:
    levels_at_1 = [5, 4, 2]  # 王丽娜 at window 1
    levels_at_2 = [5, 3]  # 刘洋 at window 2
    for level in levels_at_1:
        reviews.rate(runtime.uow(), Rating(level), ticket_id=finished_ticket(runtime))
    clock(runtime).advance(days=1)
    for level in levels_at_2:
        reviews.rate(runtime.uow(), Rating(level), ticket_id=finished_ticket(runtime, "clerk02", 2))
    figures = reviews.figures(runtime.uow(), date(2026, 11, 24), date(2026, 11, 25))
    assert figures.overall.counts == (2, 1, 1, 1, 0)
    assert figures.overall.good_rate == pytest.approx(3 / 5)
    assert [(t.key, t.total, t.good, t.bad) for t in figures.per_staff] == [
        ("刘洋", 2, 1, 0),
        ("王丽娜", 3, 2, 1),
    ]
    assert [(t.key, t.good_rate) for t in figures.per_window] == [
        ("1 号窗口", pytest.approx(2 / 3)),
        ("2 号窗口", 0.5),
    ]
    assert [(t.key, t.total) for t in figures.per_day] == [("2026-11-24", 3), ("2026-11-25", 2)]
    only_first = reviews.figures(runtime.uow(), date(2026, 11, 24), date(2026, 11, 24))
    assert only_first.overall.total == 3
    empty = reviews.figures(runtime.uow(), date(2026, 11, 1), date(2026, 11, 2))
    assert empty.overall.total == 0 and empty.overall.good_rate is None
    with pytest.raises(InvalidInput, match="结束日期不能早于开始日期"):
        reviews.figures(runtime.uow(), date(2026, 11, 25), date(2026, 11, 24))


def test_a_ticket_of_another_day_is_still_found(runtime: Runtime) -> None:
    ticket_id = finished_ticket(runtime)
    clock(runtime).advance(days=1)
    assert reviews.rate(runtime.uow(), Rating(4), ticket_id=ticket_id).subject_no == "A001"
    with runtime.uow() as uow:
        assert uow.session.get(Ticket, ticket_id) is not None


def test_two_screens_rating_one_ticket_at_once_exactly_one_wins(runtime: Runtime) -> None:
    """Two terminals (their own connections) rate one ticket at the same moment: one rating, one refusal."""
    ticket_id = finished_ticket(runtime)
    url = runtime.engine.url.render_as_string(hide_password=False)
    start = threading.Barrier(2)
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def rater(n: int) -> None:
        rt = Runtime.open(url, clock=FixedClock(runtime.clock.now()), terminal_code=f"R{n}")
        try:
            hall.register_terminal(rt.uow(), "YK-ZWFW", f"R{n}", "评价器", "clerk", n + 1)
            start.wait()
            try:
                outcomes.append(
                    reviews.rate(
                        rt.uow(),
                        Rating(5 - n * 4, reasons=() if n == 0 else ("系统故障",)),
                        ticket_id=ticket_id,
                    ).level_name
                )
            except Conflict as exc:
                outcomes.append(exc.message)
        except BaseException as exc:  # surfaced below; a thread's exception would otherwise vanish
            errors.append(exc)
        finally:
            rt.close()

    threads = [threading.Thread(target=rater, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert len(outcomes) == 2
    assert sum(o in ("非常满意", "非常不满意") for o in outcomes) == 1
    assert sum("一次一评" in o for o in outcomes) == 1
    assert count(runtime, Review) == 1
    # A 差评 that lost leaves no follow-up behind; one that won has exactly one.
    with runtime.uow() as uow:
        level = uow.session.scalars(select(Review.level)).one()
    assert count(runtime, ReviewFollowUp) == (1 if level == 1 else 0)


PERSON_ID = "210802198001011230"


def appointment_ticket(runtime: Runtime) -> uuid.UUID:
    """张三 booked 10:00 tomorrow (Wed) by phone, checks in at 09:50, is served and finished at window 1."""
    wednesday = date(2026, 11, 25)
    appointment = appointments.book(
        runtime.uow(),
        BookingRequest("A", wednesday, time(10, 0), "张三", PERSON_ID, "13804170000"),
        staff_id=None,
    )
    clock(runtime).set(datetime(2026, 11, 25, 9, 50, tzinfo=HALL_TZ))
    checked_in = checkin.check_in(runtime.uow(), code=appointment.code)
    who = staff_id(runtime, "clerk01")
    assert queue.call_next(runtime.uow(), 1, who).id == checked_in.ticket.id
    serving.start_serving(runtime.uow(), 1, who)
    return serving.finish(runtime.uow(), 1, who).id


def test_a_bad_rating_of_an_appointment_ticket_is_real_name_and_is_called_back(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    info = reviews.rate(
        runtime.uow(), Rating(2, reasons=("办事效率低",)), ticket_id=appointment_ticket(runtime)
    )
    assert info.followup_id is not None
    fid = info.followup_id
    # The rating record carries who was served, from the appointment (nothing was typed on the pad).
    with runtime.uow() as uow:
        review = uow.session.scalars(select(Review)).one()
        assert (review.applicant_kind, review.applicant_name, review.applicant_id_number) == (
            "person",
            "张三",
            PERSON_ID,
        )
        assert (review.applicant_phone, review.contact_phone) == ("13804170000", "")
    detail = review_followups.get_followup(runtime.uow(), fid)
    assert detail.contact == "张*  138****0000"  # masked on screen
    assert detail.close_blocker == "实名差评须先回访核实（联系上申请人）后才能办结。"

    # A fix and a reply do not stand in for the call-back of a real-name 差评.
    review_followups.record_fix(runtime.uow(), fid, "预约号优先叫号", staff_id=clerk)
    review_followups.reply(runtime.uow(), fid, "已改进叫号顺序", staff_id=clerk)
    with pytest.raises(Conflict, match="实名差评须先回访核实"):
        review_followups.close(runtime.uow(), fid, "已整改", staff_id=manager)
    review_followups.call_back(runtime.uow(), fid, "无人接听", reached=False, staff_id=clerk)
    with pytest.raises(Conflict, match="实名差评须先回访核实"):
        review_followups.close(runtime.uow(), fid, "已整改", staff_id=manager)
    assert review_followups.reveal_contact(runtime.uow(), fid, staff_id=clerk) == "13804170000"
    review_followups.call_back(runtime.uow(), fid, "已联系申请人，情况属实", reached=True, staff_id=clerk)
    closed = review_followups.close(runtime.uow(), fid, "已整改并回访", staff_id=manager)
    assert closed.row.state == "closed"


def test_a_ticket_that_led_to_a_case_is_rated_under_the_cases_applicant(runtime: Runtime) -> None:
    who = staff_id(runtime, "clerk01")
    queue.issue_ticket(runtime.uow(), "A")
    ticket = queue.call_next(runtime.uow(), 1, who)
    serving.start_serving(runtime.uow(), 1, who)
    plan = notices.plan_notice(runtime.uow(), item_codes=(FOOD,))
    notice = notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name="李四",
            applicant_id_number=PERSON_ID,
            applicant_phone="13904179999",
            item_codes=(FOOD,),
            window_number=1,
            staff_id=who,
            ticket_id=ticket.id,
            statuses={m.name: "brought" if m.required else "not_applicable" for m in plan.materials},
        ),
    )
    cases.accept_case(runtime.uow(), notice.notice_no, [], staff_id=who, window_number=1)
    serving.finish(runtime.uow(), 1, who)
    info = reviews.rate(runtime.uow(), Rating(1, reasons=("服务态度差",)), ticket_id=ticket.id)
    assert info.followup_id is not None
    detail = review_followups.get_followup(runtime.uow(), info.followup_id)
    assert detail.contact == "李*  139****9999" and detail.close_blocker.startswith("实名差评须先回访核实")
    # A walk-in ticket with nobody on record stays anonymous.
    walk_in = reviews.rate(
        runtime.uow(), Rating(2, reasons=("等候时间长",)), ticket_id=finished_ticket(runtime)
    )
    assert walk_in.followup_id is not None
    assert review_followups.get_followup(runtime.uow(), walk_in.followup_id).contact == ""


def test_staff_find_the_service_of_a_later_rating_by_its_number(runtime: Runtime) -> None:
    ticket_id = finished_ticket(runtime)  # A001, Tue 2026-11-24
    assert reviews.later_target(runtime.uow(), " a001 ").ticket_id == ticket_id
    clock(runtime).advance(days=2)  # Thu: numbers started again, so a bare number needs its day
    with pytest.raises(NotFound, match="未找到 2026-11-26 的号票 A001"):
        reviews.later_target(runtime.uow(), "A001")
    target = reviews.later_target(runtime.uow(), "A001", day=date(2026, 11, 24))
    assert (target.ticket_id, target.subject_no, target.staff_name, target.rateable) == (
        ticket_id,
        "A001",
        "王丽娜",
        True,
    )
    assert reviews.later_target(runtime.uow(), "T20261124A001").ticket_id == ticket_id  # the ticket's barcode
    case_no = accepted_case(runtime)
    assert "尚未办结" in reviews.later_target(runtime.uow(), case_no.lower()).why_not
    cases.complete(runtime.uow(), case_no, "准予许可", staff_id=staff_id(runtime, "clerk01"))
    assert reviews.later_target(runtime.uow(), case_no).case_no == case_no
    for text, message in (
        ("", "请输入号票号码"),
        ("N2026000001", "不是办件编号"),
        ("办件", "无法识别的号码“办件”"),
    ):
        with pytest.raises(InvalidInput, match=message):
            reviews.later_target(runtime.uow(), text)


def test_a_result_collected_after_the_rating_period_is_still_rated_at_collection(runtime: Runtime) -> None:
    """The pad asks at 登记领取; a licence collected a week after 办结 is rated then, and the period runs
    from the collection."""
    case_no = accepted_case(runtime)
    who = staff_id(runtime, "clerk01")
    cases.complete(runtime.uow(), case_no, "准予许可", staff_id=who)
    clock(runtime).advance(days=7)  # longer than the 5-day rule
    assert not reviews.review_target(runtime.uow(), case_no=case_no).rateable
    cases.hand_over(runtime.uow(), case_no, "张三", staff_id=who)
    assert reviews.review_target(runtime.uow(), case_no=case_no).rateable
    clock(runtime).advance(days=6)
    target = reviews.review_target(runtime.uow(), case_no=case_no)
    assert not target.rateable and "领取结果" in target.why_not
