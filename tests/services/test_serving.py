"""Everything a window does with a ticket, on SQLite and on PostgreSQL: every change is an event row."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from tests.support.appointments import add_appointment
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.ticketno import ticket_barcode
from yk_desktop.services import auth, checkin, hall, queue, serving
from yk_desktop.services.errors import InvalidInput, IssuingClosed, NotFound, QueueEmpty
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Ticket, TicketEvent, WindowEvent


def _events(runtime: Runtime, number: str) -> list[tuple[str, int | None]]:
    """(kind, window number) of a ticket's events in order."""
    from yk_desktop.store.models import Window

    with runtime.uow() as uow:
        rows = uow.session.execute(
            select(TicketEvent.kind, Window.number, TicketEvent.staff_id)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .outerjoin(Window, Window.id == TicketEvent.window_id)
            .where(Ticket.number == number)
            .order_by(TicketEvent.at, TicketEvent.id)
        ).all()
    return [(kind, window) for kind, window, _staff in rows]


def _clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


def test_call_serve_finish_is_recorded_and_counted(runtime: Runtime) -> None:
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, clerk.id)
    _clock(runtime).advance(minutes=1)
    assert serving.start_serving(runtime.uow(), 1, clerk.id).state == "serving"
    _clock(runtime).advance(minutes=9)
    done = serving.finish(runtime.uow(), 1, clerk.id)
    assert done.state == "finished"
    assert _events(runtime, "A001") == [("issued", None), ("called", 1), ("serving", 1), ("finished", 1)]
    status = serving.window_status(runtime.uow(), 1)
    assert status.current is None and status.served_today == 1
    # Service time runs from the start of service: 9 minutes, not the 10 since the call.
    assert status.mean_service_seconds == pytest.approx(540)
    with runtime.uow() as uow:
        staff = uow.session.scalars(select(TicketEvent.staff_id).where(TicketEvent.kind != "issued")).all()
    assert set(staff) == {clerk.id}


def test_a_window_calls_no_one_else_before_its_current_ticket_is_done(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    with pytest.raises(InvalidInput, match="A001 尚未办结"):
        queue.call_next(runtime.uow(), 1, None)
    assert queue.waiting_counts(runtime.uow())["A"] == 1


def test_recall_counts_and_no_show_needs_enough_recalls(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    with pytest.raises(InvalidInput, match="重呼满 2 次"):
        serving.no_show(runtime.uow(), 1, None, min_recalls=2)
    assert serving.recall(runtime.uow(), 1, None).recall_count == 1
    assert serving.recall(runtime.uow(), 1, None).recall_count == 2
    notices = queue.recent_calls(runtime.uow())
    assert [n.recall for n in notices] == [True, True, False]
    gone = serving.no_show(runtime.uow(), 1, None, min_recalls=2)
    assert gone.state == "no_show"
    assert [k for k, _w in _events(runtime, "A001")] == [
        "issued",
        "called",
        "recalled",
        "recalled",
        "no_show",
    ]
    assert serving.window_status(runtime.uow(), 1).current is None


def test_no_show_threshold_zero_allows_it_at_once_but_not_once_serving(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    serving.start_serving(runtime.uow(), 1, None)
    with pytest.raises(InvalidInput, match="已在办理中"):
        serving.no_show(runtime.uow(), 1, None, min_recalls=0)
    with pytest.raises(InvalidInput, match="无需重呼"):
        serving.recall(runtime.uow(), 1, None)


def test_transfer_to_another_category_keeps_the_issue_time(runtime: Runtime) -> None:
    # Window 1 serves A and F; window 4 serves neither A001's old nor... see demo: B is served elsewhere.
    first = queue.issue_ticket(runtime.uow(), "A")
    _clock(runtime).advance(minutes=5)
    queue.issue_ticket(runtime.uow(), "F")
    queue.call_next(runtime.uow(), 1, None)
    moved = serving.transfer(runtime.uow(), 1, None, to_category="F", reason="需先办理税务登记")
    assert moved.state == "waiting" and moved.category_prefix == "F" and moved.number == "A001"
    assert moved.issued_at == first.issued_at
    # Back in F it is still ahead of F001, issued five minutes later.
    assert queue.call_next(runtime.uow(), 1, None).number == "A001"
    assert _events(runtime, "A001")[-2:] == [("transferred", 1), ("called", 1)]


def test_transfer_to_a_named_window_reaches_only_that_window_even_outside_its_categories(
    runtime: Runtime,
) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "B")
    queue.call_next(runtime.uow(), 1, None)  # A001
    target = next(w for w in range(2, 10) if "A" not in serving.window_status(runtime.uow(), w).waiting)
    serving.transfer(runtime.uow(), 1, None, to_window=target)
    status = serving.window_status(runtime.uow(), target)
    assert status.waiting.get("转") == 1
    # Other windows serving A no longer see it.
    with pytest.raises(QueueEmpty):
        queue.call_next(runtime.uow(), 2, None)
    # The target window gets it first, even before its own categories.
    assert queue.call_next(runtime.uow(), target, None).number == "A001"


def test_transfer_needs_exactly_one_destination_and_a_real_one(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    with pytest.raises(InvalidInput, match="二选一"):
        serving.transfer(runtime.uow(), 1, None)
    with pytest.raises(NotFound):
        serving.transfer(runtime.uow(), 1, None, to_category="Z")
    with pytest.raises(InvalidInput, match="不能转往本窗口"):
        serving.transfer(runtime.uow(), 1, None, to_window=1)
    assert serving.window_status(runtime.uow(), 1).current is not None  # nothing half-done


def test_hold_lets_the_window_call_others_and_resume_brings_it_back(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    held = serving.hold(runtime.uow(), 1, None, "去复印身份证")
    assert held.state == "on_hold"
    assert queue.call_next(runtime.uow(), 1, None).number == "A002"
    with pytest.raises(InvalidInput, match="A002 尚未办结"):
        serving.resume(runtime.uow(), 1, None, held.id)
    serving.finish(runtime.uow(), 1, None)
    status = serving.window_status(runtime.uow(), 1)
    assert [t.number for t in status.held] == ["A001"]
    with pytest.raises(NotFound):
        serving.resume(runtime.uow(), 2, None, held.id)  # another window cannot take it
    back = serving.resume(runtime.uow(), 1, None, held.id)
    assert back.state == "serving"
    assert [k for k, _w in _events(runtime, "A001")][-2:] == ["held", "resumed"]


def test_pause_needs_a_reason_stops_calls_and_is_logged(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    with pytest.raises(InvalidInput, match="请填写暂停服务的原因"):
        serving.pause_window(runtime.uow(), 1, None, "   ")
    serving.pause_window(runtime.uow(), 1, None, "临时离岗")
    assert serving.window_status(runtime.uow(), 1).paused_reason == "临时离岗"
    with pytest.raises(InvalidInput, match="暂停服务（临时离岗）"):
        queue.call_next(runtime.uow(), 1, None)
    serving.resume_window(runtime.uow(), 1, None)
    assert queue.call_next(runtime.uow(), 1, None).number == "A001"
    with runtime.uow() as uow:
        kinds = uow.session.scalars(select(WindowEvent.kind).order_by(WindowEvent.at)).all()
    assert kinds == ["paused", "resumed"]


def test_scanned_ticket_opens_and_can_be_called_directly(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    second = queue.issue_ticket(runtime.uow(), "A")
    assert second.service_date is not None
    found = serving.find_ticket(runtime.uow(), ticket_barcode(second.service_date, "A002") + "\r\n")
    assert found.number == "A002" and found.state == "waiting"
    assert serving.find_ticket(runtime.uow(), "a002").id == found.id
    with pytest.raises(NotFound, match="A099"):
        serving.find_ticket(runtime.uow(), "A099")
    with pytest.raises(InvalidInput):
        serving.find_ticket(runtime.uow(), "<script>")
    called = serving.call_ticket(runtime.uow(), 1, None, found.id)
    assert called.state == "called" and called.window_number == 1
    assert queue.call_next(runtime.uow(), 2, None).number == "A001"


def test_window_status_shows_waiting_per_served_category(runtime: Runtime) -> None:
    for prefix in ("A", "A", "F", "B"):
        queue.issue_ticket(runtime.uow(), prefix)
    status = serving.window_status(runtime.uow(), 1)
    assert status.waiting == {"A": 2, "F": 1}
    assert status.category_names["A"] == "企业开办与商事登记"


def test_estimated_wait_comes_from_todays_service_times(runtime: Runtime) -> None:
    first = queue.issue_ticket(runtime.uow(), "A")
    assert first.estimated_wait_minutes == 0
    queue.issue_ticket(runtime.uow(), "A")
    assert queue.issue_ticket(runtime.uow(), "A").estimated_wait_minutes is None  # nobody served yet
    queue.call_next(runtime.uow(), 1, None)
    _clock(runtime).advance(minutes=12)
    serving.finish(runtime.uow(), 1, None)
    later = queue.issue_ticket(runtime.uow(), "A")
    # Two ahead, 12 minutes each, shared by the open windows that serve A.
    assert later.waiting_before == 2
    assert later.estimated_wait_minutes is not None and 1 <= later.estimated_wait_minutes <= 24


def test_bundle_ticket_queues_in_the_bundles_category(runtime: Runtime) -> None:
    ticket = queue.issue_ticket(runtime.uow(), bundle_code="YJS-001")
    assert ticket.category_prefix == "A" and ticket.number == "A001"
    with pytest.raises(NotFound):
        queue.issue_ticket(runtime.uow(), bundle_code="NOPE")


def test_appointment_check_in_on_time_is_called_before_ordinary_once_due(runtime: Runtime) -> None:
    clock = _clock(runtime)  # 10:00
    add_appointment(runtime, "YY0001", "A", time(10, 15), time(10, 45))
    queue.issue_ticket(runtime.uow(), "A")  # A001, ordinary, 10:00
    clock.advance(minutes=5)
    done = checkin.check_in(runtime.uow(), code=" yy0001 ")
    assert done.ticket.appointment and not done.late and done.slot == "10:15–10:45"
    # Before the slot starts the appointment waits its turn.
    assert queue.call_next(runtime.uow(), 1, None).number == "A001"
    serving.finish(runtime.uow(), 1, None)
    queue.issue_ticket(runtime.uow(), "A")  # A003 ordinary
    clock.advance(minutes=15)  # 10:20: slot started
    queue.issue_ticket(runtime.uow(), "A", priority_group="孕妇")  # A004 priority
    assert queue.call_next(runtime.uow(), 1, None).number == "A004"  # priority first
    serving.finish(runtime.uow(), 1, None)
    assert queue.call_next(runtime.uow(), 1, None).number == done.ticket.number  # then the appointment
    with pytest.raises(InvalidInput, match="已签到"):
        checkin.check_in(runtime.uow(), code="YY0001")


def test_check_in_too_early_is_refused_and_too_late_becomes_ordinary(runtime: Runtime) -> None:
    add_appointment(runtime, "YY0002", "A", time(11, 0), time(11, 30), phone="13912345678")
    with pytest.raises(InvalidInput, match="10:30 后再来签到"):
        checkin.check_in(runtime.uow(), phone="139 1234 5678", early_minutes=30)
    _clock(runtime).advance(minutes=80)  # 11:20
    late = checkin.check_in(runtime.uow(), phone="13912345678", late_minutes=15)
    assert late.late and not late.ticket.appointment
    with pytest.raises(NotFound, match="139"):
        checkin.check_in(runtime.uow(), phone="13900000000")
    with pytest.raises(InvalidInput, match="预约码"):
        checkin.check_in(runtime.uow())


def test_check_in_ignores_issuing_hours_for_an_after_hours_slot(runtime: Runtime) -> None:
    add_appointment(runtime, "YY0003", "A", time(17, 30), time(18, 0))
    _clock(runtime).set(_clock(runtime).now().replace(hour=17, minute=20))
    assert checkin.check_in(runtime.uow(), code="YY0003").ticket.appointment


def test_demo_queue_seeds_todays_appointments_that_check_in(sqlite_runtime: Runtime) -> None:
    from yk_desktop.services import demo

    demo.seed_demo_queue(sqlite_runtime)
    demo.seed_demo_queue(sqlite_runtime)  # a second seed the same day adds no duplicate codes
    day = sqlite_runtime.clock.now().astimezone(HALL_TZ).date()
    got = checkin.check_in(sqlite_runtime.uow(), code=demo.demo_appointment_code(day, "01"))
    assert got.ticket.category_prefix == "A"


def _two_terminals_at_once(runtime: Runtime, first: object, second: object) -> list[object]:
    """Run two use cases from two terminals (own runtimes and connections) released together."""
    import threading

    url = runtime.engine.url.render_as_string(hide_password=False)
    gate = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(n: int, action: object) -> None:
        rt = Runtime.open(url, clock=FixedClock(runtime.clock.now()), terminal_code=f"R{n}")
        try:
            hall.register_terminal(rt.uow(), "YK-ZWFW", f"R{n}", "并发测试", "clerk", None)
            gate.wait()
            assert callable(action)
            results[n] = action(rt)
        except Exception as exc:
            results[n] = exc
        finally:
            rt.close()

    threads = [threading.Thread(target=run, args=(n, a)) for n, a in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_a_scanned_ticket_and_call_next_never_both_get_it(runtime: Runtime) -> None:
    ticket = queue.issue_ticket(runtime.uow(), "A")
    for _round in range(5):
        results = _two_terminals_at_once(
            runtime,
            lambda rt: queue.call_next(rt.uow(), 1, None),
            lambda rt: serving.call_ticket(rt.uow(), 2, None, ticket.id),
        )
        won = [r for r in results if isinstance(r, queue.TicketInfo)]
        assert len(won) == 1, results
        with runtime.uow() as uow:
            calls = uow.session.scalars(select(TicketEvent.kind).where(TicketEvent.kind == "called")).all()
        assert len(calls) == 1
        # Put it back for the next round: transfer returns it to waiting.
        winner = won[0]
        assert winner.window_number is not None
        serving.transfer(runtime.uow(), winner.window_number, None, to_category="A")
        with runtime.uow() as uow:
            uow.session.execute(TicketEvent.__table__.delete().where(TicketEvent.kind == "called"))
            uow.commit()


def test_one_appointment_checked_in_at_two_kiosks_gives_one_ticket(runtime: Runtime) -> None:
    add_appointment(runtime, "YY0009", "A", time(10, 0), time(10, 30))
    results = _two_terminals_at_once(
        runtime,
        lambda rt: checkin.check_in(rt.uow(), code="YY0009"),
        lambda rt: checkin.check_in(rt.uow(), code="YY0009"),
    )
    assert sum(isinstance(r, checkin.CheckIn) for r in results) == 1, results
    assert sum(isinstance(r, InvalidInput) for r in results) == 1
    assert queue.waiting_counts(runtime.uow())["A"] == 1


def test_a_late_check_in_keeps_the_ordinary_issuing_hours(runtime: Runtime) -> None:
    add_appointment(runtime, "YY0010", "A", time(9, 0), time(9, 30))
    _clock(runtime).set(_clock(runtime).now().replace(hour=18))
    with pytest.raises(IssuingClosed, match="已超过签到时间"):
        checkin.check_in(runtime.uow(), code="YY0010")


def test_a_retired_category_does_not_break_the_window(runtime: Runtime) -> None:
    from yk_desktop.store.models import Category

    queue.issue_ticket(runtime.uow(), "F")
    queue.issue_ticket(runtime.uow(), "F")
    queue.call_next(runtime.uow(), 1, None)
    serving.hold(runtime.uow(), 1, None)
    queue.call_next(runtime.uow(), 1, None)
    with runtime.uow() as uow:
        uow.session.execute(Category.__table__.update().where(Category.prefix == "F").values(active=False))
        uow.commit()
    status = serving.window_status(runtime.uow(), 1)
    assert status.current is not None and status.current.number == "F002"
    assert [t.number for t in status.held] == ["F001"]
    assert "F" not in status.waiting
    serving.finish(runtime.uow(), 1, None)


def test_tickets_left_open_yesterday_are_abandoned_with_an_event(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    serving.hold(runtime.uow(), 1, None)  # A001 held at closing time
    queue.call_next(runtime.uow(), 1, None)
    serving.finish(runtime.uow(), 1, None)  # A002 done; A003 never called
    assert serving.close_past_days(runtime.uow()) == 0  # today's queue is left alone
    _clock(runtime).advance(days=1)
    assert serving.close_past_days(runtime.uow()) == 2
    assert serving.close_past_days(runtime.uow()) == 0
    assert _events(runtime, "A001")[-1] == ("abandoned", 1)
    assert _events(runtime, "A003")[-1] == ("abandoned", None)
    assert _events(runtime, "A002")[-1] == ("finished", 1)


def test_time_on_hold_does_not_count_as_service_time(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, None)
    serving.start_serving(runtime.uow(), 1, None)
    _clock(runtime).advance(minutes=5)
    held = serving.hold(runtime.uow(), 1, None, "去复印")
    _clock(runtime).advance(minutes=30)
    serving.resume(runtime.uow(), 1, None, held.id)
    _clock(runtime).advance(minutes=5)
    serving.finish(runtime.uow(), 1, None)
    assert serving.window_status(runtime.uow(), 1).mean_service_seconds == pytest.approx(600)


def test_people_ahead_follow_the_call_order_for_appointments(runtime: Runtime) -> None:
    clock = _clock(runtime)  # 10:00
    add_appointment(runtime, "YY0020", "A", time(10, 0), time(10, 30))
    queue.issue_ticket(runtime.uow(), "A")  # A001 ordinary, 10:00
    clock.advance(minutes=1)
    due = checkin.check_in(runtime.uow(), code="YY0020")  # slot started: goes before A001
    assert due.ticket.waiting_before == 0
    clock.advance(minutes=1)
    later = queue.issue_ticket(runtime.uow(), "A")
    assert later.waiting_before == 2
