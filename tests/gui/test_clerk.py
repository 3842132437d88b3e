"""The clerk's workstation: F1 and the button call the next number; 事项查询 finds items by pinyin initials."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yk_desktop.gui import clerk, workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.session import Session
from yk_desktop.services import queue
from yk_desktop.services.errors import DatabaseBusy


def open_panel(qtbot: QtBot, session: Session) -> ClerkPanel:
    panel = ClerkPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 760)
        panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def waiting(panel: ClerkPanel) -> dict[str, int]:
    return {row.prefix: row.waiting for row in panel.waiting_model.rows()}


def test_f1_and_the_button_call_numbers_in_order_until_the_queue_is_empty(
    qtbot: QtBot, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    panel = open_panel(qtbot, clerk_session)
    assert panel.number_label.text() == "—"
    assert waiting(panel) == {"A": 0, "F": 0}  # window 1 serves A and F only

    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    panel.refresh_waiting()
    qtbot.waitUntil(lambda: waiting(panel)["A"] == 2)

    qtbot.keyClick(panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert panel.category_label.text() == "企业开办与商事登记"
    assert panel.called_label.text() == "叫号时间 10:00:00"
    qtbot.waitUntil(lambda: waiting(panel)["A"] == 1)

    qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
    qtbot.waitUntil(lambda: waiting(panel)["A"] == 0)
    assert panel.count_label.text() == "本次已呼叫：2 位"

    qtbot.keyClick(panel.search.search, Qt.Key.Key_F1)  # F1 works wherever the focus is in the panel
    qtbot.waitUntil(lambda: panel.message_label.text() == "当前没有等候的号票。")
    assert panel.number_label.text() == "A002"  # the last called number stays shown
    assert panel.call_button.isEnabled()


def test_search_by_pinyin_initials_shows_the_item_and_its_materials(
    qtbot: QtBot, clerk_session: Session
) -> None:
    panel = open_panel(qtbot, clerk_session)
    assert panel.search.search.hasFocus()  # typing goes straight into 事项查询
    panel.call_button.setFocus()
    assert not panel.search.search.hasFocus()
    qtbot.keyClick(panel.call_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.search.hasFocus()

    qtbot.keyClicks(panel.search.search, "bdc")
    model = panel.search.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and all("不动产" in i.name for i in model.rows()))
    first = model.item(0)
    detail = panel.search.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.summary.code == first.code)
    assert detail.title.text() == first.name
    assert "设定依据" in detail.info.toPlainText() and "承诺时限" in detail.info.toPlainText()

    # Down arrow in the search field moves to the next result, and its detail follows.
    second = model.item(1)
    qtbot.keyClick(panel.search.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.summary.code == second.code)
    materials = detail.materials
    assert materials.rowCount() == len(detail.detail.materials) > 0
    column = {materials.headerData(c, Qt.Orientation.Horizontal): c for c in range(materials.columnCount())}
    assert {"必需/情形", "原件/复印件", "份数", "可复用"} <= set(column)
    needs = {materials.index(r, column["必需/情形"]).data() for r in range(materials.rowCount())}
    assert "必需" in needs
    originals = {materials.index(r, column["原件/复印件"]).data() for r in range(materials.rowCount())}
    assert originals <= {"原件", "复印件"}
    reuse = {materials.index(r, column["可复用"]).data() for r in range(materials.rowCount())}
    assert "✔ 可复用" in reuse  # 身份证/营业执照 are on file from earlier cases (art. 13)


def test_a_search_with_no_match_says_so(qtbot: QtBot, clerk_session: Session) -> None:
    panel = open_panel(qtbot, clerk_session)
    # Chinese arrives through the input method, not as key clicks (QTest types ASCII only).
    panel.search.search.setText("<b>不存在的事项%")
    qtbot.waitUntil(lambda: panel.search.model.rowCount() == 0)
    qtbot.waitUntil(lambda: "没有找到匹配的事项" in panel.search.detail.title.text())


def test_a_failed_waiting_list_poll_neither_hides_a_call_nor_stays_after_recovery(
    qtbot: QtBot, clerk_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, clerk_session)
    queue.issue_ticket(clerk_session.runtime.uow(), "A")

    def busy(*_args: object) -> object:
        raise DatabaseBusy()

    monkeypatch.setattr(clerk, "load_window_queue", busy)
    panel.refresh_waiting()
    qtbot.waitUntil(lambda: panel.waiting_message.text() == DatabaseBusy.default_message)
    assert panel.waiting_message.isVisible()

    # The call succeeds; the waiting-list poll it starts fails afterwards, on its own line.
    qtbot.keyClick(panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert workers.wait_for_idle()
    assert panel.message_label.text() == "已呼叫 A001，请到 1 号窗口"
    assert panel.waiting_message.text() == DatabaseBusy.default_message

    monkeypatch.undo()
    panel.refresh_waiting()
    qtbot.waitUntil(lambda: not panel.waiting_message.isVisible())
    assert panel.waiting_message.text() == ""
    assert panel.message_label.text() == "已呼叫 A001，请到 1 号窗口"


def test_an_older_poll_failing_late_does_not_cover_a_newer_good_one(
    qtbot: QtBot, clerk_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, clerk_session)
    release = threading.Event()
    real = clerk.load_window_queue

    def slow_then_failing(*_args: object) -> object:
        release.wait(10)
        raise DatabaseBusy()

    monkeypatch.setattr(clerk, "load_window_queue", slow_then_failing)
    panel.refresh_waiting()  # the old poll, still waiting on the database
    monkeypatch.setattr(clerk, "load_window_queue", real)
    queue.issue_ticket(clerk_session.runtime.uow(), "F")
    panel.refresh_waiting()  # the newer one answers first
    qtbot.waitUntil(lambda: waiting(panel)["F"] == 1)
    release.set()
    assert workers.wait_for_idle()
    assert not panel.waiting_message.isVisible() and waiting(panel)["F"] == 1
