"""The hall display hears the clerk's call (signal hub), shows it large, says it once, flashes it, and
scales its fonts to the screen."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_NOW
from yk_desktop.config import DisplayConfig
from yk_desktop.core.clock import FixedClock
from yk_desktop.gui import display as display_module
from yk_desktop.gui import events, workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.display import DisplayPanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.voice import CallAnnouncer
from yk_desktop.services import hall, queue
from yk_desktop.services.queue import CallNotice
from yk_desktop.services.runtime import Runtime


@pytest.fixture(autouse=True)
def _mock_voice(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Displays here speak through Qt's mock engine: quick, and no sound card or speech server needed."""
    monkeypatch.setattr(
        display_module, "CallAnnouncer", partial(CallAnnouncer, "mock", require_chinese=False, gap_ms=50)
    )
    yield


def open_display(qtbot: QtBot, session: Session, **kwargs: object) -> DisplayPanel:
    display = DisplayPanel(Session(session.started, None), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(display)
    with qtbot.waitSignal(display.loaded, timeout=10_000):
        display.resize(1280, 720)
        display.show()
    if display.announcer is not None:
        announcer = display.announcer
        qtbot.waitUntil(lambda: not announcer.starting, timeout=5_000)
    return display


def spoken_by(display: DisplayPanel) -> list[str]:
    assert display.announcer is not None
    said: list[str] = []
    display.announcer.spoken.connect(said.append)
    return said


def call_elsewhere(sqlite_url: str, prefix: str = "A", window: int = 2) -> None:
    """Another PC of the hall: its own runtime on the same database, no signal hub in common."""
    code = f"T{window:02d}"
    other = Runtime.open(sqlite_url, clock=FixedClock(TEST_NOW), terminal_code=code)
    try:
        hall.register_terminal(other.uow(), "YK-ZWFW", code, f"{window}号窗口", "clerk", window)
        queue.issue_ticket(other.uow(), prefix)
        queue.call_next(other.uow(), window, None)
    finally:
        other.close()


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


def test_a_call_polled_from_another_terminal_is_shown_within_a_second_and_spoken_once(
    qtbot: QtBot, clerk_session: Session, sqlite_url: str
) -> None:
    display = open_display(qtbot, clerk_session, display=DisplayConfig(voice_repeats=1))
    said = spoken_by(display)
    assert workers.wait_for_idle()
    call_elsewhere(sqlite_url)
    started = time.monotonic()
    qtbot.waitUntil(lambda: display.latest_label.text() == "请 A001 号到 2 号窗口办理", timeout=2_000)
    assert time.monotonic() - started < 1.5  # one poll period (1 s) and a query
    qtbot.waitUntil(lambda: said == ["请 A 零 零 一 号到 2 号窗口办理"], timeout=2_000)
    qtbot.wait(2_500)  # two more polls see the same call
    assert said == ["请 A 零 零 一 号到 2 号窗口办理"]
    assert display.latest_label.property("flash") in ("a", "b", "on")


def test_a_call_through_the_hub_is_spoken_once_though_the_poll_sees_it_too(
    qtbot: QtBot, clerk_session: Session
) -> None:
    display = open_display(qtbot, clerk_session)  # the default: each call said twice
    said = spoken_by(display)
    runtime = clerk_session.runtime
    queue.issue_ticket(runtime.uow(), "F")
    ticket = queue.call_next(runtime.uow(), 1, None)
    events.hub().ticket_called.emit(ticket)
    assert said == ["请 F 零 零 一 号到 1 号窗口办理"]  # at once, not after the next poll
    assert display.latest_label.text() == "请 F001 号到 1 号窗口办理"
    qtbot.waitUntil(lambda: [n.number for n in display.calls] == ["F001"] and not display._call_loads.busy)
    qtbot.wait(2_500)  # the reload the call asked for, and two timed polls
    assert display.announcer is not None and display.announcer.pending() == 0
    assert said == ["请 F 零 零 一 号到 1 号窗口办理"] * 2  # one call, its two repeats


def test_calls_made_before_the_screen_started_are_shown_not_spoken(
    qtbot: QtBot, clerk_session: Session, sqlite_url: str
) -> None:
    call_elsewhere(sqlite_url, "A", 2)
    call_elsewhere(sqlite_url, "B", 4)
    display = open_display(qtbot, clerk_session)
    said = spoken_by(display)
    qtbot.waitUntil(lambda: display.calls_model.rowCount() == 2)
    qtbot.wait(1_500)
    assert said == []
    assert display.latest_label.text() == "请 B001 号到 4 号窗口办理"
    assert display.latest_label.property("flash") in (None, "")
    # The next call is new: it is said, and only it.
    call_elsewhere(sqlite_url, "C", 6)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=3_000)
    assert said == ["请 C 零 零 一 号到 6 号窗口办理"]


def test_new_calls_from_the_poll_are_spoken_oldest_first_recalls_with_chonghu(
    qtbot: QtBot, clerk_session: Session
) -> None:
    display = open_display(qtbot, clerk_session, display=DisplayConfig(voice_repeats=1))
    display.calls_timer.stop()
    assert workers.wait_for_idle()
    said = spoken_by(display)

    def notice(number: str, window: int, recall: bool = False) -> CallNotice:
        return CallNotice(uuid.uuid4(), number, window, number[0], "业务", TEST_NOW, recall)

    first, second, third = notice("A001", 2), notice("B001", 3), notice("A001", 2, recall=True)
    display._show_calls([first])
    display._show_calls([third, second, first])  # newest first, as recent_calls gives them
    qtbot.waitUntil(lambda: len(said) == 3, timeout=5_000)
    assert said == [
        "请 A 零 零 一 号到 2 号窗口办理",
        "请 B 零 零 一 号到 3 号窗口办理",
        "重呼，请 A 零 零 一 号到 2 号窗口办理",
    ]
    assert display.latest_label.text() == "重呼：请 A001 号到 2 号窗口办理"


def test_a_new_call_flashes_for_about_three_seconds_then_stays_highlighted(
    qtbot: QtBot, clerk_session: Session
) -> None:
    display = open_display(qtbot, clerk_session)
    label = display.latest_label

    def colour() -> QColor:
        return label.grab().toImage().pixelColor(label.width() // 2, 6)

    resting = colour()
    font_size = label.font().pixelSize()
    looks: list[str] = []
    display.flash_timer.timeout.connect(lambda: looks.append(str(label.property("flash"))))
    queue.issue_ticket(clerk_session.runtime.uow(), "F")
    events.hub().ticket_called.emit(queue.call_next(clerk_session.runtime.uow(), 1, None))
    started = time.monotonic()
    assert label.property("flash") == "a"
    first = colour()
    qtbot.waitUntil(lambda: label.property("flash") == "b", timeout=1_000)
    second = colour()
    qtbot.waitUntil(lambda: label.property("flash") == "on", timeout=5_000)
    assert 2.5 < time.monotonic() - started < 4.5
    assert looks == ["b", "a", "b", "a", "b", "on"]
    assert len({resting.name(), first.name(), second.name(), colour().name()}) == 4  # all four look different
    qtbot.wait(1_200)
    assert label.property("flash") == "on"
    assert label.font().pixelSize() == font_size  # re-polishing for the looks keeps the scaled font


def test_the_screen_says_when_it_cannot_speak(qtbot: QtBot, clerk_session: Session) -> None:
    broken = CallAnnouncer("no-such-engine", 2)
    display = open_display(qtbot, clerk_session, announcer=broken)
    qtbot.waitUntil(display.voice_label.isVisible)
    assert display.voice_label.text() == "语音播报不可用（未找到语音引擎 no-such-engine），改为提示音"
    said = spoken_by(display)
    queue.issue_ticket(clerk_session.runtime.uow(), "F")
    events.hub().ticket_called.emit(queue.call_next(clerk_session.runtime.uow(), 1, None))
    assert said == ["（提示音）请 F 零 零 一 号到 1 号窗口办理"]


def test_a_working_voice_shows_no_note_and_voice_off_is_silent_but_still_flashes(
    qtbot: QtBot, clerk_session: Session
) -> None:
    speaking = open_display(qtbot, clerk_session)
    assert speaking.announcer is not None and speaking.announcer.available
    assert not speaking.voice_label.isVisible()
    silent = open_display(qtbot, clerk_session, display=DisplayConfig(voice=False))
    assert silent.announcer is None and not silent.voice_label.isVisible()
    queue.issue_ticket(clerk_session.runtime.uow(), "F")
    events.hub().ticket_called.emit(queue.call_next(clerk_session.runtime.uow(), 1, None))
    assert silent.latest_label.text() == "请 F001 号到 1 号窗口办理"
    assert silent.latest_label.property("flash") == "a"


def test_the_configured_notice_scrolls_instead_of_the_default(qtbot: QtBot, clerk_session: Session) -> None:
    display = open_display(
        qtbot, clerk_session, display=DisplayConfig(notice="今日16:00后暂停办理不动产业务")
    )
    assert display.marquee.text() == "今日16:00后暂停办理不动产业务"


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160), (1024, 768)])
def test_the_latest_call_is_legible_from_ten_metres(
    qtbot: QtBot, clerk_session: Session, size: tuple[int, int]
) -> None:
    # 55-inch 16:9 screen: 68.5 cm tall; from 10 m a character needs about 3.5 cm, so 5 % of the height.
    display = open_display(qtbot, clerk_session)
    width, height = size
    display.resize(width, height)
    qtbot.waitUntil(lambda: display.height() == height)
    assert QFontMetrics(display.latest_label.font()).height() >= 0.05 * height
    assert display.latest_label.font().pixelSize() >= 0.05 * height
    # ...and the longest text (a recall at a two-digit window) still fits across the screen.
    display._show_calls([CallNotice(uuid.uuid4(), "A015", 12, "A", "业务", TEST_NOW, True)])
    text = display.latest_label.text()
    assert QFontMetrics(display.latest_label.font()).horizontalAdvance(text) < display.latest_label.width()


def test_a_recall_from_this_pcs_clerk_is_spoken_as_a_recall_once(
    qtbot: QtBot, clerk_session: Session
) -> None:
    from yk_desktop.services import serving

    display = open_display(qtbot, clerk_session)
    said = spoken_by(display)
    runtime = clerk_session.runtime
    queue.issue_ticket(runtime.uow(), "F")
    events.hub().ticket_called.emit(queue.call_next(runtime.uow(), 1, None))
    qtbot.waitUntil(lambda: [n.number for n in display.calls] == ["F001"] and not display._call_loads.busy)
    qtbot.wait(1_500)
    events.hub().ticket_called.emit(serving.recall(runtime.uow(), 1, None))
    assert display.latest_label.text().startswith("重呼")
    qtbot.wait(2_500)  # the poll sees the recall event too: it must not be spoken again
    assert display.announcer is not None and display.announcer.pending() == 0
    recalls = [s for s in said if s.startswith("重呼")]
    assert recalls == ["重呼，请 F 零 零 一 号到 1 号窗口办理"] * 2, said
