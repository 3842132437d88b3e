"""Issuing and calling through the service layer, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from yk_desktop.core.clock import FixedClock
from yk_desktop.services import auth, queue, serving
from yk_desktop.services.errors import InvalidInput, IssuingClosed, NotFound, QueueEmpty
from yk_desktop.services.runtime import Runtime


def test_numbers_count_up_per_category_and_day(runtime: Runtime) -> None:
    first = queue.issue_ticket(runtime.uow(), "A")
    second = queue.issue_ticket(runtime.uow(), "A")
    other = queue.issue_ticket(runtime.uow(), "B")
    assert (first.number, second.number, other.number) == ("A001", "A002", "B001")
    assert second.waiting_before == 1


def test_numbering_restarts_the_next_day_without_touching_history(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    assert isinstance(runtime.clock, FixedClock)
    runtime.clock.advance(days=1)
    assert queue.issue_ticket(runtime.uow(), "A").number == "A001"
    runtime.clock.advance(days=-1)
    assert queue.issue_ticket(runtime.uow(), "A").number == "A002"


def test_outside_issuing_hours_the_kiosk_says_when_to_come(runtime: Runtime) -> None:
    assert isinstance(runtime.clock, FixedClock)
    runtime.clock.set(runtime.clock.now().replace(hour=20))
    with pytest.raises(IssuingClosed, match="取号时间"):
        queue.issue_ticket(runtime.uow(), "A")


def test_unknown_category_and_priority_group_are_refused(runtime: Runtime) -> None:
    with pytest.raises(NotFound):
        queue.issue_ticket(runtime.uow(), "Z")
    with pytest.raises(InvalidInput, match="优先服务对象"):
        queue.issue_ticket(runtime.uow(), "A", priority_group="'; DROP TABLE tickets;--")
    assert queue.waiting_counts(runtime.uow())["A"] == 0


def test_call_next_takes_priority_first_then_issue_order(runtime: Runtime) -> None:
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A", priority_group="残疾人")
    called = queue.call_next(runtime.uow(), 1, clerk.id)
    assert called.priority and called.number == "A002" and called.window_number == 1
    serving.finish(runtime.uow(), 1, clerk.id)
    assert queue.call_next(runtime.uow(), 1, clerk.id).number == "A001"
    serving.finish(runtime.uow(), 1, clerk.id)
    with pytest.raises(QueueEmpty):
        queue.call_next(runtime.uow(), 1, clerk.id)
    assert queue.waiting_counts(runtime.uow())["A"] == 0


def test_a_window_only_calls_the_categories_it_serves(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "B")  # 不动产: window 1 serves A and F only
    with pytest.raises(QueueEmpty):
        queue.call_next(runtime.uow(), 1, None)


def test_recent_calls_lists_todays_calls_newest_first(runtime: Runtime) -> None:
    assert queue.recent_calls(runtime.uow()) == []
    for _ in range(3):
        queue.issue_ticket(runtime.uow(), "A")
    assert isinstance(runtime.clock, FixedClock)
    first = queue.call_next(runtime.uow(), 1, None)
    runtime.clock.advance(minutes=1)
    second = queue.call_next(runtime.uow(), 2, None)
    calls = queue.recent_calls(runtime.uow())
    assert [(c.number, c.window_number) for c in calls] == [(second.number, 2), (first.number, 1)]
    assert not calls[0].recall and calls[0].category_prefix == "A"


def test_green_channel_comes_before_the_windows_own_weighting(runtime: Runtime) -> None:
    # Window 3 serves A (weight 2) and G 绿色通道 (weight 1): the green channel still goes first.
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "G")
    assert queue.call_next(runtime.uow(), 3, None).number == "G001"
    serving.finish(runtime.uow(), 3, None)
    assert queue.call_next(runtime.uow(), 3, None).number == "A001"


def test_a_paused_or_retired_window_cannot_call(runtime: Runtime) -> None:
    from sqlalchemy import update

    from yk_desktop.store.models import Window

    queue.issue_ticket(runtime.uow(), "A")
    with runtime.uow() as uow:
        uow.session.execute(update(Window).where(Window.number == 1).values(paused_reason="午间休息"))
        uow.session.execute(update(Window).where(Window.number == 2).values(active=False))
        uow.commit()
    with pytest.raises(InvalidInput, match="暂停服务（午间休息）"):
        queue.call_next(runtime.uow(), 1, None)
    with pytest.raises(InvalidInput, match="已停用"):
        queue.call_next(runtime.uow(), 2, None)
    with pytest.raises(NotFound, match="没有 99 号窗口"):
        queue.call_next(runtime.uow(), 99, None)
    assert queue.waiting_counts(runtime.uow())["A"] == 1
