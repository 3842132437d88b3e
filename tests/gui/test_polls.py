"""Polls do not pile up behind a slow database: a tick is skipped while the last load is still running."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from yk_desktop.gui import clerk, manager
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.display import DisplayPanel
from yk_desktop.gui.kiosk import KioskPanel
from yk_desktop.gui.manager import ManagerPanel
from yk_desktop.gui.panel import ModePanel
from yk_desktop.gui.session import Session
from yk_desktop.services import queue

# Each mode's poll and the function it runs on the worker pool.
POLLS: dict[str, tuple[type[ModePanel], ModuleType, str]] = {
    "clerk waiting list": (ClerkPanel, clerk, "load_window_queue"),
    "manager overview": (ManagerPanel, manager, "load_overview"),
    "display recent calls": (DisplayPanel, queue, "recent_calls"),
    "display waiting counts": (DisplayPanel, queue, "waiting_counts"),
    "kiosk waiting counts": (KioskPanel, queue, "waiting_counts"),
}


@pytest.mark.parametrize("poll", POLLS)
def test_a_slow_poll_is_not_started_again_until_it_answers(
    qtbot: QtBot, manager_session: Session, monkeypatch: pytest.MonkeyPatch, poll: str
) -> None:
    panel_class, module, name = POLLS[poll]
    real: Callable[..., Any] = getattr(module, name)
    release = threading.Event()
    calls: list[int] = []

    def slow(*args: Any) -> Any:
        calls.append(1)
        release.wait(20)  # a database that takes its time
        return real(*args)

    panel = panel_class(manager_session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.is_loaded, timeout=10_000)
    for timer in panel._timers:
        timer.setInterval(20)
    monkeypatch.setattr(module, name, slow)
    try:
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=5_000)
        qtbot.wait(400)  # twenty ticks
        assert len(calls) == 1
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(calls) > 2, timeout=5_000)  # answered: the poll goes on
    panel.close()
