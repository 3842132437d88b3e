"""The main window: mode switching by role through the 模式 menu, log-out, status bar and start-up warnings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yk_desktop.app import Started
from yk_desktop.gui import shell
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.kiosk import KioskPanel
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

    qtbot.mouseClick(kiosk.result_page, Qt.MouseButton.LeftButton)  # a touch anywhere returns to the start
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
