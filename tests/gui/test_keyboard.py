"""Keyboard first in the real main window: F1 calls and typing searches right after start, with the
warning banner showing and after a mode switch, without a click into the panel first."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from yk_desktop.gui import workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.login import LoginDialog
from yk_desktop.gui.session import Session
from yk_desktop.gui.shell import ModeWindow
from yk_desktop.services import queue

WARNING = "工作日历尚未包含2027年的法定节假日安排"


def open_active(qtbot: QtBot, session: Session, mode: str) -> ModeWindow:
    window = ModeWindow(session, mode, warnings=[WARNING])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.panel is not None
    with qtbot.waitSignal(window.panel.loaded, timeout=10_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_clerk_logs_in_and_calls_with_f1_while_the_banner_shows(qtbot: QtBot, clerk_session: Session) -> None:
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    window = open_active(qtbot, clerk_session, "clerk")
    panel = window.panel
    assert isinstance(panel, ClerkPanel)
    assert window.banner.isVisible()
    assert QApplication.focusWidget() is panel.search.search  # not the banner's 知道了 button

    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert panel.message_label.text() == "已呼叫 A001，请到 1 号窗口"

    qtbot.keyClicks(QApplication.focusWidget(), "bdc")  # typing goes straight into 事项查询
    assert panel.search.search.text() == "bdc"

    # F3 finishes A001 (one current ticket per window); F1 works wherever the focus is in the window,
    # the banner's button included.
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: panel.number_label.text() == "—" and panel.call_button.isEnabled())
    window.banner.close_button.setFocus()
    qtbot.keyClick(window.banner.close_button, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
    qtbot.keyClick(window.banner.close_button, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: panel.number_label.text() == "—" and panel.call_button.isEnabled())

    # A modal dialog on top keeps F1 from calling a number behind the clerk's back.
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    dialog = LoginDialog(clerk_session.runtime, parent=window)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.username, Qt.Key.Key_F1)
    assert workers.wait_for_idle()
    assert panel.number_label.text() == "—" and panel.calls_made == 2
    dialog.reject()


def test_a_manager_switches_to_the_clerk_window_and_calls_with_f1(
    qtbot: QtBot, manager_session: Session
) -> None:
    # The manager has no window of their own: this PC stands at window 1.
    started = manager_session.started
    assert started.terminal is not None
    at_window_1 = replace(started, terminal=replace(started.terminal, window_number=1))
    session = Session(at_window_1, manager_session.staff)
    queue.issue_ticket(session.runtime.uow(), "F")
    window = open_active(qtbot, session, "manager")
    assert window.banner.isVisible()

    window.mode_actions["clerk"].trigger()
    panel = window.panel
    assert isinstance(panel, ClerkPanel)
    qtbot.waitUntil(lambda: panel.is_loaded, timeout=10_000)
    assert QApplication.focusWidget() is panel.search.search

    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "F001")
    assert panel.calls_made == 1

    qtbot.keyClicks(QApplication.focusWidget(), "yyzz")
    assert panel.search.search.text() == "yyzz"
