"""Complaints on SQLite and PostgreSQL: numbered K…, deadlines per type from the hall's rules in working
days, received → routed → replied → closed (and reopened), overdue when not replied in time, every change
an event and an audit entry, the complainant masked, bad input refused in Chinese with nothing saved."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from yk_desktop.core.clock import FixedClock
from yk_desktop.services import auth, complaints, hall, policy
from yk_desktop.services.complaints import ComplaintFilter, ComplaintRequest
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import AuditEntry, Complaint, ComplaintEvent


def clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


def staff_id(runtime: Runtime, username: str) -> uuid.UUID:
    return auth.login(runtime.uow(), username, "demo1234").id


HOTLINE = ComplaintRequest(
    kind="complaint",
    source="12345",
    content="反映在不动产登记窗口排队三小时仍未办理。",
    work_order_no="YK20261124-0001",
    complainant_name="李四",
    phone="13904171234",
)


def count(runtime: Runtime, model: type) -> int:
    with runtime.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_12345_complaint_is_routed_replied_and_closed(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    taken = complaints.take_in(runtime.uow(), HOTLINE, staff_id=clerk)
    row = taken.row
    assert row.complaint_no == "K2026000001" and row.state_name == "已受理"
    assert (row.kind_name, row.source_name, row.work_order_no) == ("投诉", "12345热线转办", "YK20261124-0001")
    # 投诉: 15 working days from Tue 2026-11-24 (the default rule).
    assert (taken.deadline_days, row.deadline, row.days_left) == (15, date(2026, 12, 15), 15)
    assert (row.complainant, row.phone) == ("李*", "139****1234")  # masked wherever shown
    with runtime.uow() as uow:
        stored = uow.session.scalars(select(Complaint)).one()
        assert (stored.complainant_name, stored.phone) == ("李四", "13904171234")  # kept whole for the reply

    # A clerk takes complaints in; routing, replying and closing are the manager's.
    with pytest.raises(PermissionDenied, match="只有大厅负责人"):
        complaints.route(runtime.uow(), row.complaint_no, "营口市不动产登记中心", staff_id=clerk)
    with pytest.raises(Conflict, match="尚未答复"):
        complaints.close(runtime.uow(), row.complaint_no, staff_id=manager)
    assert "营口市不动产登记中心" in complaints.departments(runtime.uow())
    routed = complaints.route(
        runtime.uow(),
        "k2026000001",  # typed in lower case
        "营口市不动产登记中心",
        handler_id=staff_id(runtime, "clerk04"),
        note="请核实当日排队情况",
        staff_id=manager,
    )
    assert (routed.row.state, routed.row.department, routed.row.handler_name) == (
        "routed",
        "营口市不动产登记中心",
        "张海涛",
    )
    replied = complaints.reply(
        runtime.uow(), row.complaint_no, "经核实，当日系统故障，已增派人员并致歉。", staff_id=manager
    )
    assert replied.row.state == "replied" and replied.row.days_left is None and not replied.row.overdue
    closed = complaints.close(runtime.uow(), row.complaint_no, "投诉人表示满意", staff_id=manager)
    assert closed.row.state_name == "已办结" and closed.closed_at is not None
    assert [(e.kind, e.staff_name) for e in closed.events] == [
        ("received", "王丽娜"),
        ("routed", "高振宇"),
        ("replied", "高振宇"),
        ("closed", "高振宇"),
    ]
    assert closed.events[2].detail == {"reply": "经核实，当日系统故障，已增派人员并致歉。", "late": False}
    with runtime.uow() as uow:
        actions = list(
            uow.session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "complaint")
                .order_by(AuditEntry.chain_seq)
            )
        )
    assert actions == ["complaint.received", "complaint.routed", "complaint.replied", "complaint.closed"]
    # The same 12345 work order is not taken in twice.
    with pytest.raises(Conflict, match="已登记为投诉 K2026000001"):
        complaints.take_in(runtime.uow(), HOTLINE, staff_id=clerk)


def test_deadlines_follow_the_type_and_the_halls_rules(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    limits = complaints.type_limits(runtime.uow())
    assert limits == {"consult": 2, "help": 10, "suggestion": 10, "complaint": 15, "report": 15}
    consult = complaints.take_in(
        runtime.uow(), ComplaintRequest("consult", "phone", "营业执照遗失如何补领？"), staff_id=clerk
    )
    assert consult.row.deadline == date(2026, 11, 26) and consult.row.complainant == ""  # anonymous
    policy.change(runtime.uow(), {"complaint.days.consult": 5}, staff_id=manager)
    later = complaints.take_in(
        runtime.uow(), ComplaintRequest("consult", "in_person", "再问一次"), staff_id=clerk
    )
    assert later.row.deadline == date(2026, 12, 1)
    # A rule changed later does not move a running deadline.
    assert complaints.get_complaint(runtime.uow(), consult.row.complaint_no).row.deadline == date(
        2026, 11, 26
    )


def test_an_unanswered_complaint_is_overdue_and_a_reopened_one_gets_a_new_deadline(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    first = complaints.take_in(runtime.uow(), ComplaintRequest("consult", "phone", "咨询一"), staff_id=clerk)
    second = complaints.take_in(
        runtime.uow(), ComplaintRequest("complaint", "in_person", "投诉二"), staff_id=clerk
    )
    no1, no2 = first.row.complaint_no, second.row.complaint_no
    assert complaints.overdue_count(runtime.uow()) == 0
    clock(runtime).advance(days=3)  # Fri 11-27: the consultation was due Thu 11-26
    rows = {r.complaint_no: r for r in complaints.list_complaints(runtime.uow())}
    assert rows[no1].overdue and rows[no1].days_left == -1
    assert not rows[no2].overdue and rows[no2].days_left == 12
    assert [
        r.complaint_no for r in complaints.list_complaints(runtime.uow(), ComplaintFilter(overdue_only=True))
    ] == [no1]
    assert complaints.overdue_count(runtime.uow()) == 1

    replied = complaints.reply(runtime.uow(), no1, "已电话答复", staff_id=manager)
    assert not replied.row.overdue and replied.events[-1].detail["late"] is True
    assert complaints.overdue_count(runtime.uow()) == 0
    with pytest.raises(InvalidInput, match="请填写重新办理原因"):
        complaints.reopen(runtime.uow(), no1, "", staff_id=manager)
    reopened = complaints.reopen(runtime.uow(), no1, "来电人对答复不满意", staff_id=manager)
    # Back to received (never routed), a fresh 2 working days from Fri 11-27: Tue 12-01; the reply kept in events.
    assert (reopened.row.state, reopened.row.deadline, reopened.reply) == ("received", date(2026, 12, 1), "")
    assert reopened.row.reopen_count == 1 and [e.kind for e in reopened.events][-2:] == [
        "replied",
        "reopened",
    ]
    with pytest.raises(Conflict, match="当前为“已受理”，不能重新办理"):
        complaints.reopen(runtime.uow(), no1, "再次", staff_id=manager)


def test_the_list_filters(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    a = complaints.take_in(runtime.uow(), HOTLINE, staff_id=clerk).row.complaint_no
    clock(runtime).advance(days=1)
    b = complaints.take_in(
        runtime.uow(), ComplaintRequest("suggestion", "in_person", "建议增设母婴室"), staff_id=clerk
    )
    complaints.route(runtime.uow(), b.row.complaint_no, "营口市营商环境建设局", staff_id=manager)

    def numbers(**kw: object) -> list[str]:
        return [r.complaint_no for r in complaints.list_complaints(runtime.uow(), ComplaintFilter(**kw))]  # type: ignore[arg-type]

    assert numbers() == [b.row.complaint_no, a]  # newest first
    assert numbers(kinds=("complaint",)) == [a]
    assert numbers(states=("routed",)) == [b.row.complaint_no]
    assert numbers(text="母婴") == [b.row.complaint_no]
    assert numbers(text="YK20261124") == [a]
    assert numbers(text="营商环境") == [b.row.complaint_no]
    assert numbers(received_from=date(2026, 11, 25)) == [b.row.complaint_no]
    assert numbers(received_to=date(2026, 11, 24)) == [a]


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (ComplaintRequest("", "phone", "内容"), "请选择类型"),
        (ComplaintRequest("praise", "phone", "内容"), "请选择类型"),
        (ComplaintRequest("complaint", "email", "内容"), "请选择来源"),
        (ComplaintRequest("complaint", "phone", "   "), "请填写诉求内容"),
        (ComplaintRequest("complaint", "phone", "长" * 2001), "诉求内容最多2000个字"),
        (ComplaintRequest("complaint", "12345", "内容"), "请填写工单号"),
        (ComplaintRequest("complaint", "phone", "内容", complainant_name="李4"), "投诉人姓名只能包含"),
        (ComplaintRequest("complaint", "phone", "内容", phone="0417-123"), "固定电话格式不正确"),
    ],
)
def test_bad_input_is_refused_in_chinese_and_saves_nothing(
    runtime: Runtime, request_: ComplaintRequest, message: str
) -> None:
    clerk = staff_id(runtime, "clerk01")
    with pytest.raises(InvalidInput, match=message):
        complaints.take_in(runtime.uow(), request_, staff_id=clerk)
    assert count(runtime, Complaint) == 0 and count(runtime, ComplaintEvent) == 0


def test_actions_refused_out_of_turn_change_nothing(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    no = complaints.take_in(runtime.uow(), HOTLINE, staff_id=clerk).row.complaint_no
    with pytest.raises(InvalidInput, match="请填写承办部门"):
        complaints.route(runtime.uow(), no, "  ", staff_id=manager)
    with pytest.raises(InvalidInput, match="请填写答复内容"):
        complaints.reply(runtime.uow(), no, "", staff_id=manager)
    with pytest.raises(NotFound, match="未找到所选的承办人"):
        complaints.route(runtime.uow(), no, "某部门", handler_id=uuid.uuid4(), staff_id=manager)
    with pytest.raises(InvalidInput, match="不是投诉编号"):
        complaints.get_complaint(runtime.uow(), "N2026000001")
    with pytest.raises(NotFound, match="未找到投诉 K2026000099"):
        complaints.get_complaint(runtime.uow(), "K2026000099")
    complaints.reply(runtime.uow(), no, "已答复", staff_id=manager)
    with pytest.raises(Conflict, match="当前为“已答复”，不能转办"):
        complaints.route(runtime.uow(), no, "某部门", staff_id=manager)
    detail = complaints.get_complaint(runtime.uow(), no)
    assert [e.kind for e in detail.events] == ["received", "replied"] and detail.row.department == ""


def test_the_whole_phone_number_is_shown_only_on_asking_and_audited(runtime: Runtime) -> None:
    clerk, manager = staff_id(runtime, "clerk01"), staff_id(runtime, "manager01")
    no = complaints.take_in(runtime.uow(), HOTLINE, staff_id=clerk).row.complaint_no
    with pytest.raises(PermissionDenied):
        complaints.reveal_contact(runtime.uow(), no, staff_id=clerk)
    assert complaints.reveal_contact(runtime.uow(), no, staff_id=manager) == "13904171234"
    assert complaints.get_complaint(runtime.uow(), no).events[-1].kind == "contact_viewed"


def test_the_slip_is_built_from_the_stored_complaint_and_archived(runtime: Runtime) -> None:
    clerk = staff_id(runtime, "clerk01")
    no = complaints.take_in(runtime.uow(), HOTLINE, staff_id=clerk).row.complaint_no
    slip = complaints.complaint_slip(runtime.uow(), no)
    assert slip.number.endswith("投诉〔2026〕1号") and slip.barcode == no
    assert (slip.kind_name, slip.source_name, slip.clerk_name) == ("投诉", "12345热线转办", "王丽娜")
    assert (slip.deadline, slip.deadline_days) == (date(2026, 12, 15), 15)
    doc = complaints.archive_slip(runtime, no, clerk)
    assert (doc.kind, doc.number, doc.title) == ("complaint_slip", no, "投诉受理单")
    with runtime.uow() as uow:
        assert doc.ref_id == uow.session.scalar(select(Complaint.id))


def test_the_database_takes_a_12345_work_order_once_per_hall(runtime: Runtime) -> None:
    complaints.take_in(runtime.uow(), HOTLINE, staff_id=None)
    # Complaints from the hall itself have no work order: any number of them.
    for _ in range(2):
        complaints.take_in(
            runtime.uow(), ComplaintRequest("suggestion", "in_person", "建议增设母婴室"), staff_id=None
        )
    with pytest.raises(IntegrityError), runtime.uow() as uow:
        uow.session.add(
            Complaint(
                hall_id=runtime.hall_id,
                complaint_no="K2026000099",
                kind="complaint",
                source="12345",
                work_order_no=HOTLINE.work_order_no,
                content="同一工单再登记一次",
                received_at=uow.now(),
                deadline=date(2026, 12, 15),
            )
        )
        uow.session.flush()
    assert count(runtime, Complaint) == 3


def test_a_work_order_registered_by_another_terminal_a_moment_earlier_is_refused(runtime: Runtime) -> None:
    """Another terminal has inserted the same work order and not yet committed when this one checks: on
    PostgreSQL the check cannot see it, the unique index can (on SQLite the second waits for the write lock
    and its check sees it). Either way the second is told in the same words, and nothing of it is kept."""
    url = runtime.engine.url.render_as_string(hide_password=False)
    other = Runtime.open(url, clock=FixedClock(runtime.clock.now()), terminal_code="K2")
    outcome: list[object] = []

    def second_terminal() -> None:
        try:
            outcome.append(complaints.take_in(runtime.uow(), HOTLINE, staff_id=None))
        except Exception as exc:  # surfaced below; a thread's exception would otherwise vanish
            outcome.append(exc)

    try:
        hall.register_terminal(other.uow(), "YK-ZWFW", "K2", "投诉登记", "clerk", 2)
        with other.uow() as first:
            first.session.add(
                Complaint(
                    hall_id=other.hall_id,
                    complaint_no="K2026000050",
                    kind="complaint",
                    source="12345",
                    work_order_no=HOTLINE.work_order_no,
                    content="另一终端刚登记的同一工单",
                    received_at=first.now(),
                    deadline=date(2026, 12, 15),
                )
            )
            first.session.flush()
            thread = threading.Thread(target=second_terminal)
            thread.start()
            time.sleep(1.0)  # the second terminal is past its check and waits on the index (or the lock)
            first.commit()
        thread.join(timeout=60)
    finally:
        other.close()
    assert len(outcome) == 1 and isinstance(outcome[0], Conflict), outcome
    assert outcome[0].message == "12345工单 YK20261124-0001 已登记为投诉 K2026000050，请勿重复登记。"
    with runtime.uow() as uow:
        assert list(uow.session.scalars(select(Complaint.complaint_no))) == ["K2026000050"]
