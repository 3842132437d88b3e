"""The main window: mode switching by role through the 模式 menu, log-out, status bar and start-up warnings."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from yk_desktop.app import Started
from yk_desktop.gui import i18n, shell
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.kiosk import KioskPanel
from yk_desktop.gui.login import LoginDialog
from yk_desktop.gui.manager import ManagerPanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.shell import ModeWindow
from yk_desktop.services import auth


def open_window(qtbot: QtBot, session: Session, mode: str, warnings: list[str] | None = None) -> ModeWindow:
    window = ModeWindow(session, mode, warnings=warnings or [])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.panel is not None
    with qtbot.waitSignal(window.panel.loaded, timeout=10_000):
        window.show()
    return window


def mode_menu_texts(window: ModeWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_manager_switches_to_the_kiosk_and_takes_a_number(qtbot: QtBot, manager_session: Session) -> None:
    window = open_window(qtbot, manager_session, "manager")
    assert isinstance(window.panel, ManagerPanel)
    assert set(window.mode_actions) == {"clerk", "kiosk", "display", "manager"}
    assert all(a.isEnabled() for a in window.mode_actions.values())

    window.mode_actions["kiosk"].trigger()
    kiosk = window.panel
    assert isinstance(kiosk, KioskPanel)
    assert window.session.staff == manager_session.staff  # same user, same runtime
    assert window.mode_actions["kiosk"].isChecked()
    qtbot.waitUntil(lambda: kiosk.is_loaded and "A" in kiosk.buttons, timeout=10_000)

    qtbot.mouseClick(kiosk.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A001")
    assert kiosk.pages.currentIndex() == 1
    assert "前面还有 0 人等待" in kiosk.result_detail.text()
    assert kiosk.result_hint.text() == "请在休息区等候，注意呼叫及大屏显示信息"

    # A touch anywhere returns to the start, once the double-tap guard (1.5 s) has passed.
    qtbot.waitUntil(kiosk.result_page.accepts_touch, timeout=3_000)
    qtbot.mouseClick(kiosk.result_page, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: kiosk.buttons["A"].waiting == 1)

    qtbot.mouseClick(kiosk.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A002")
    assert kiosk._back_timer.interval() == 10_000  # nobody touches it: back to the start after 10 s
    kiosk._back_timer.setInterval(50)  # (restarts the running timer; the test need not wait 10 s)
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == 0)


def test_kiosk_priority_ticket_and_closed_hours(qtbot: QtBot, manager_session: Session) -> None:
    window = open_window(qtbot, manager_session, "kiosk")
    kiosk = window.panel
    assert isinstance(kiosk, KioskPanel)
    assert kiosk.priority_buttons, "the demo hall lists priority groups"
    qtbot.mouseClick(kiosk.priority_toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.priority_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.buttons["B"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "B001")
    assert "优先服务：残疾人" in kiosk.result_detail.text()
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)
    assert not kiosk.priority_toggle.isChecked()  # the next person starts without priority

    clock = manager_session.runtime.clock
    clock.set(clock.now().replace(hour=20))  # type: ignore[attr-defined]  # FixedClock in tests
    qtbot.mouseClick(kiosk.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_caption.text() == "暂时不能取号")
    assert "取号时间" in kiosk.result_detail.text() and kiosk.result_number.text() == ""


def test_a_clerk_cannot_switch_to_the_manager_console(qtbot: QtBot, clerk_session: Session) -> None:
    window = open_window(qtbot, clerk_session, "clerk")
    assert isinstance(window.panel, ClerkPanel)
    assert "manager" not in window.mode_actions
    assert "管理控制台" not in mode_menu_texts(window)
    assert window.switch_mode("manager") is False
    assert isinstance(window.panel, ClerkPanel)


def test_status_bar_shows_user_window_and_a_reachable_database(qtbot: QtBot, clerk_session: Session) -> None:
    window = open_window(qtbot, clerk_session, "clerk")
    assert window.user_label.text() == "王丽娜（窗口工作人员）"
    assert window.window_label.text() == "1 号窗口"
    qtbot.waitUntil(lambda: window.database_reachable is True)
    assert window.db_label.text().startswith("本地数据库") and window.db_label.text().endswith("连接正常")


def test_warnings_show_in_a_banner_that_can_be_dismissed(qtbot: QtBot, clerk_session: Session) -> None:
    window = open_window(qtbot, clerk_session, "clerk", warnings=["工作日历尚未包含2027年的法定节假日安排"])
    assert window.banner.isVisible() and "2027" in window.banner.label.text()
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_log_out_and_in_as_someone_else(
    qtbot: QtBot, manager_session: Session, started: Started, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, manager_session, "manager")
    clerk = auth.login(started.runtime.uow(), "clerk02", "demo1234")
    monkeypatch.setattr(shell.LoginDialog, "ask", classmethod(lambda cls, *a, **k: clerk))
    window.login_action.trigger()
    assert window.session.staff == clerk
    assert isinstance(
        window.panel, ClerkPanel
    )  # the manager console is not for a clerk: the clerk's own mode
    assert set(window.mode_actions) == {"clerk"}
    assert window.user_label.text() == "刘洋（窗口工作人员）"


def test_an_unattended_kiosk_offers_no_other_mode(qtbot: QtBot, started: Started) -> None:
    window = open_window(qtbot, Session(started, None), "kiosk", warnings=["提示"])
    assert not window.mode_actions["kiosk"].isEnabled()
    assert set(window.mode_actions) == {"kiosk"}
    assert window.switch_mode("display") is False
    assert not window.banner.isVisible()  # notes for IT do not go on the public screen
    assert window.login_action.text() == "工作人员登录…"


def test_public_screens_point_it_to_doctor_instead_of_showing_a_cut_off_note(
    qtbot: QtBot, started: Started
) -> None:
    note = "工作日历尚未包含2027年的法定节假日安排，办件期限将只按周末计算。" * 3
    window = open_window(qtbot, Session(started, None), "display", warnings=[note])
    assert window.statusBar().currentMessage() == "有 1 条启动提示，请信息管理员执行 yk-desktop doctor 查看"
    assert window.statusBar().toolTip() == note


def test_an_unattended_kiosk_shows_no_menus_no_status_and_cannot_be_quit(
    qtbot: QtBot, started: Started, manager_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, Session(started, None), "kiosk", warnings=["提示"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert "退出程序" not in [a.text() for a in window.findChildren(QAction)]
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()

    # Staff reach the login through a hidden shortcut; cancelling leaves the kiosk as it was.
    asked: list[str] = []
    monkeypatch.setattr(shell.LoginDialog, "ask", classmethod(lambda cls, *a, **k: asked.append("login")))
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_alt)
    assert asked == ["login"]
    assert isinstance(window.panel, KioskPanel) and window.is_public

    # A manager who logs in there gets the menus, the status bar and the way out back.
    monkeypatch.setattr(shell.LoginDialog, "ask", classmethod(lambda cls, *a, **k: manager_session.staff))
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_alt)
    assert window.session.staff == manager_session.staff
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert "退出程序" in mode_menu_texts(window)
    assert window.banner.isVisible() and window.banner.label.text() == "提示"  # kept for staff


def test_logging_out_at_a_kiosk_and_cancelling_returns_to_the_kiosk(
    qtbot: QtBot, manager_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This PC is configured as a kiosk; a manager opened the console on it for a moment.
    started = manager_session.started
    assert started.terminal is not None
    kiosk_pc = replace(started, terminal=replace(started.terminal, mode="kiosk"))
    window = open_window(qtbot, Session(kiosk_pc, manager_session.staff), "manager")
    monkeypatch.setattr(shell.LoginDialog, "ask", classmethod(lambda cls, *a, **k: None))
    window.login_action.trigger()  # 退出登录, then the login is cancelled
    assert window.isVisible()  # the program does not end
    assert isinstance(window.panel, KioskPanel)
    assert window.session.staff is None and window.mode == "kiosk" and window.is_public
    assert not window.menuBar().isVisible()
    assert window.login_action.text() == "工作人员登录…"


def test_logging_out_at_a_clerk_pc_and_cancelling_closes_the_window(
    qtbot: QtBot, clerk_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, clerk_session, "clerk")
    monkeypatch.setattr(shell.LoginDialog, "ask", classmethod(lambda cls, *a, **k: None))
    window.login_action.trigger()
    assert not window.isVisible()


def test_relogging_in_leaves_no_menus_actions_or_login_dialogs_behind(
    qtbot: QtBot, manager_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, manager_session, "manager")

    def parts() -> tuple[int, int, int, int]:
        # deleteLater'd objects go when control returns to an event loop.
        qtbot.wait(50)
        return (
            len(window.findChildren(QAction)),
            len(window.findChildren(QMenu)),
            len(window.findChildren(QActionGroup)),
            len(window.findChildren(LoginDialog)),
        )

    before = parts()
    # The real dialog, cancelled at once, then a login: the path log-out takes.
    monkeypatch.setattr(LoginDialog, "exec", lambda self: self.reject() or 0)
    for _ in range(3):
        window.login_action.trigger()  # cancelled: the console closes (nobody is logged in)
        window.session = manager_session
        window._start_as(manager_session)
    assert parts() == before
    assert before[3] == 0


def test_a_hung_ping_is_not_repeated_and_shows_the_database_unreachable(
    qtbot: QtBot, clerk_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    pings: list[int] = []

    def hung_ping(_runtime: object) -> bool:
        pings.append(1)
        release.wait(20)
        return True

    monkeypatch.setattr(shell, "PING_MS", 50)
    monkeypatch.setattr(shell, "ping_database", hung_ping)
    try:
        window = open_window(qtbot, clerk_session, "clerk")
        # Overdue after 2 intervals: shown as unreachable, while no second ping queues behind the first.
        qtbot.waitUntil(lambda: window.database_reachable is False, timeout=3_000)
        assert window.db_label.text().endswith("无法连接")
        qtbot.wait(300)
        assert len(pings) == 1
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.database_reachable is True, timeout=3_000)
    qtbot.waitUntil(lambda: len(pings) > 1, timeout=3_000)  # answered: the pings go on


def test_the_database_label_follows_the_ui_language(
    qtbot: QtBot, clerk_session: Session, qapp: QApplication
) -> None:
    i18n.install(qapp, "en")
    try:
        window = open_window(qtbot, clerk_session, "clerk")
        qtbot.waitUntil(lambda: window.database_reachable is True)
        url = clerk_session.runtime.engine.url
        assert window.database_text() == f"Local database {url.database}"
        assert window.db_label.toolTip() == f"Local database {url.database}"
    finally:
        i18n.remove(qapp)
