"""The log-in dialog: wrong password stays open with the reason, the right one logs in; demo accounts help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yk_desktop.app import Started
from yk_desktop.gui.login import LoginDialog
from yk_desktop.services import demo


def test_wrong_password_stays_open_then_the_right_one_logs_in(qtbot: QtBot, started: Started) -> None:
    dialog = LoginDialog(started.runtime)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClicks(dialog.username, "clerk01")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "用户名或密码错误" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.staff is None
    assert dialog.password.text() == ""  # cleared, so the next attempt starts clean
    assert dialog.password.hasFocus()

    with qtbot.waitSignal(dialog.logged_in, timeout=10_000) as signal:
        qtbot.keyClicks(dialog.password, "demo1234")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)
    staff = signal.args[0]
    assert staff.username == "clerk01" and staff.name == "王丽娜" and staff.window_number == 1
    assert dialog.staff == staff
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_empty_fields_ask_for_both(qtbot: QtBot, started: Started) -> None:
    dialog = LoginDialog(started.runtime)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text() == "请输入用户名和密码。"
    assert dialog.username.hasFocus()


def test_demo_accounts_fill_the_fields_and_double_click_logs_in(qtbot: QtBot, started: Started) -> None:
    dialog = LoginDialog(started.runtime, demo_accounts=demo.demo_accounts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view, model = dialog.demo_view, dialog.demo_model
    assert view is not None and model is not None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["用户名", "姓名", "角色", "密码"]
    manager_row = next(r for r in range(model.rowCount()) if model.row_at(r)[0] == "manager01")
    assert model.index(manager_row, 2).data() == "大厅负责人"

    view.scrollTo(model.index(manager_row, 1))
    rect = view.visualRect(model.index(manager_row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (dialog.username.text(), dialog.password.text()) == ("manager01", "demo1234")

    with qtbot.waitSignal(dialog.logged_in, timeout=10_000) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0].role == "manager"
    assert not dialog.isVisible()
