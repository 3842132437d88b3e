"""The hall display hears the clerk's call (signal hub), shows it large, and scales its fonts to the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.display import DisplayPanel
from yk_desktop.gui.session import Session
from yk_desktop.services import hall, queue
from yk_desktop.services.runtime import Runtime


def test_the_display_shows_the_call_made_at_the_clerk_window(
    qtbot: QtBot, clerk_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    display = DisplayPanel(Session(clerk_session.started, None))
    clerk = ClerkPanel(clerk_session)
    for panel in (display, clerk):
        qtbot.addWidget(panel)
        panel.resize(1280, 760)
        panel.show()
    # Both load at once; waiting on one's signal could miss the other's, so wait on the state.
    qtbot.waitUntil(lambda: display.is_loaded and clerk.is_loaded, timeout=10_000)
    assert display.hall_label.text() == "营口市政务服务中心"
    assert display.calls_model.rowCount() == 0
    # Only the signal hub may bring the call here: the database poll (1 s timer, and the reload a call
    # triggers) is switched off, so a broken hub fails this test instead of being covered by the poll.
    display.calls_timer.stop()
    polls: list[int] = []
    monkeypatch.setattr(display, "refresh_calls", lambda: polls.append(1))
    assert workers.wait_for_idle()

    queue.issue_ticket(clerk_session.runtime.uow(), "F")
    display.refresh_waiting()
    qtbot.waitUntil(lambda: ("F", "税务", 1) in display.waiting_model.rows())

    qtbot.mouseClick(clerk.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: display.calls_model.rowCount() == 1)
    assert display.latest_label.text() == "请 F001 号到 1 号窗口办理"
    assert [display.calls_model.index(0, c).data() for c in range(3)] == ["F001", "1 号窗口", "税务"]
    qtbot.waitUntil(lambda: ("F", "税务", 0) in display.waiting_model.rows())
    assert polls == [1]  # the hub's call asked for a reload, which this test kept from running


def test_clock_and_marquee_run_and_fonts_follow_the_screen_height(
    qtbot: QtBot, clerk_session: Session
) -> None:
    display = DisplayPanel(Session(clerk_session.started, None))
    qtbot.addWidget(display)
    with qtbot.waitSignal(display.loaded, timeout=10_000):
        display.resize(1280, 720)
        display.show()
    assert display.clock_label.text() == "2026年11月24日 星期二 10:00:00"
    assert "0417-2825012" in display.marquee.text()  # the hall's supervision phone from the demo data
    small = display.latest_label.font().pixelSize()
    display.resize(1920, 1080)
    qtbot.waitUntil(lambda: display.latest_label.font().pixelSize() > small)
    assert display.latest_label.font().pixelSize() == int(1080 * 0.085)


def test_a_call_made_on_another_terminal_appears_within_a_second_or_two(
    qtbot: QtBot, clerk_session: Session, sqlite_url: str
) -> None:
    display = DisplayPanel(Session(clerk_session.started, None))
    qtbot.addWidget(display)
    with qtbot.waitSignal(display.loaded, timeout=10_000):
        display.resize(1280, 720)
        display.show()
    # Another PC of the hall: its own runtime on the same database, no signal hub in common.
    other = Runtime.open(sqlite_url, clock=FixedClock(TEST_NOW), terminal_code="T02")
    try:
        hall.register_terminal(other.uow(), "YK-ZWFW", "T02", "2号窗口", "clerk", 2)
        queue.issue_ticket(other.uow(), "A")
        queue.call_next(other.uow(), 2, None)
    finally:
        other.close()
    qtbot.waitUntil(lambda: display.latest_label.text() == "请 A001 号到 2 号窗口办理", timeout=3_000)
    assert [display.calls_model.index(0, c).data() for c in range(2)] == ["A001", "2 号窗口"]


def test_a_display_started_without_its_hall_fills_in_once_the_retry_succeeds(
    qtbot: QtBot, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    hall_id = runtime.hall_id
    runtime.hall_id = None  # every hall query raises NotFound
    try:
        display = DisplayPanel(Session(clerk_session.started, None))
        qtbot.addWidget(display)
        with qtbot.waitSignal(display.loaded, timeout=10_000):
            display.resize(1280, 720)
            display.show()
        assert "本机尚未登记到大厅" in display.latest_label.text()
        assert display.waiting_model.rowCount() == 0
        for timer in display._timers:
            timer.setInterval(50)
        qtbot.wait(300)
        assert display.waiting_model.rowCount() == 0
    finally:
        runtime.hall_id = hall_id
    qtbot.waitUntil(lambda: ("A", "企业开办与商事登记", 0) in display.waiting_model.rows(), timeout=5_000)
    assert display.latest_label.text() == "欢迎光临，请留意叫号信息"
