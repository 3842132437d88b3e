"""The clerk's workstation: every function key through a ticket's life, transfer, hold, pause, a scanned
ticket, a restart that keeps the current ticket; 事项查询 finds items by pinyin initials."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_accessibility import unnamed_controls
from yk_desktop.core.clock import FixedClock
from yk_desktop.core.ticketno import ticket_barcode
from yk_desktop.gui import clerk, events, workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.clerk_dialogs import HoldDialog, PauseDialog, TransferDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import queue, serving
from yk_desktop.services.errors import DatabaseBusy
from yk_desktop.services.queue import TicketInfo

D = TypeVar("D", bound=QDialog)


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


def current(panel: ClerkPanel) -> str | None:
    status = panel.status
    return status.current.number if status is not None and status.current is not None else None


def idle() -> None:
    """Every pool task (the action and the reload it starts) has answered."""
    assert workers.wait_for_idle()


def key(qtbot: QtBot, widget: QWidget, k: Qt.Key) -> None:
    qtbot.keyClick(widget, k)
    idle()


def open_dialog(qtbot: QtBot, panel: ClerkPanel, kind: type[D]) -> D:
    qtbot.waitUntil(lambda: isinstance(panel.dialog, kind) and panel.dialog.isVisible())
    dialog = panel.dialog
    assert isinstance(dialog, kind)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def clock(session: Session) -> FixedClock:
    assert isinstance(session.runtime.clock, FixedClock)
    return session.runtime.clock


def test_f1_calls_f3_finishes_and_f1_waits_for_the_current_ticket(
    qtbot: QtBot, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    panel = open_panel(qtbot, clerk_session)
    assert panel.number_label.text() == "—"
    assert waiting(panel) == {"A": 0, "F": 0}  # window 1 serves A and F only
    assert panel.call_button.isEnabled()
    for button in (panel.recall_button, panel.start_button, panel.finish_button, panel.no_show_button):
        assert not button.isEnabled() and "请先叫号" in button.toolTip()

    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    panel.refresh_status()
    qtbot.waitUntil(lambda: waiting(panel)["A"] == 2)

    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert panel.category_label.text() == "企业开办与商事登记"
    assert panel.called_label.text() == "叫号时间 10:00:00"
    assert panel.message_label.text() == "已呼叫 A001，请到 1 号窗口"
    qtbot.waitUntil(lambda: waiting(panel)["A"] == 1)

    # One current ticket per window: F1 is off until A001 is done, and the key says why.
    assert not panel.call_button.isEnabled() and "A001 尚未办结" in panel.call_button.toolTip()
    key(qtbot, panel, Qt.Key.Key_F1)
    assert "A001 尚未办结" in panel.message_label.text()
    assert panel.number_label.text() == "A001" and panel.calls_made == 1

    key(qtbot, panel, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: panel.number_label.text() == "—")
    assert panel.message_label.text() == "A001 已办结，可呼叫下一位（F1）"
    qtbot.waitUntil(lambda: panel.stats_label.text() == "今日已办 1 件 · 平均 0 分钟")

    qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
    qtbot.waitUntil(lambda: waiting(panel)["A"] == 0)
    key(qtbot, panel.search.search, Qt.Key.Key_F3)  # the keys work wherever the focus is in the panel
    qtbot.waitUntil(lambda: current(panel) is None)

    key(qtbot, panel.search.search, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.message_label.text() == "当前没有等候的号票。")
    assert panel.call_button.isEnabled() and panel.calls_made == 2


def test_a_refusal_from_the_service_shows_and_the_true_state_follows(
    qtbot: QtBot, clerk_session: Session
) -> None:
    panel = open_panel(qtbot, clerk_session)
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    # The window's ticket was called elsewhere (a second PC at this window) since the last reload.
    queue.call_next(clerk_session.runtime.uow(), 1, None)
    assert panel.call_button.isEnabled()
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "当前号票 A001 尚未办结" in panel.message_label.text())
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert not panel.call_button.isEnabled() and panel.recall_button.isEnabled()


def test_recall_no_show_start_and_finish_with_their_keys(qtbot: QtBot, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    assert clerk_session.config.queue.no_show_after_recalls == 2
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    panel = open_panel(qtbot, clerk_session)
    heard: list[TicketInfo] = []
    events.hub().ticket_called.connect(heard.append)
    try:
        key(qtbot, panel, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
        assert [(t.number, t.recall_count) for t in heard] == [("A001", 0)]
        assert panel.state_label.text() == "已叫号，等候办事人到窗口"

        # No-show is blocked until the ticket was recalled twice: the button says so, F4 too.
        assert not panel.no_show_button.isEnabled()
        assert "需重呼满 2 次" in panel.no_show_button.toolTip()
        key(qtbot, panel, Qt.Key.Key_F4)
        assert panel.message_label.text() == "需重呼满 2 次后才能过号（A001 已重呼 0 次，按 F2 重呼）。"
        assert current(panel) == "A001"

        key(qtbot, panel, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: "已重呼 1 次" in panel.called_label.text())
        assert panel.message_label.text() == "已重呼 A001（第 1 次）"
        assert [(t.number, t.recall_count) for t in heard][-1] == ("A001", 1)  # the display says 「重呼」
        assert not panel.no_show_button.isEnabled()
        key(qtbot, panel, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: "已重呼 2 次" in panel.called_label.text())
        assert panel.no_show_button.isEnabled()
        key(qtbot, panel, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: panel.number_label.text() == "—")
        assert panel.message_label.text() == "A001 已按过号处理"

        key(qtbot, panel, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
        assert "F6" in panel.start_button.text()
        key(qtbot, panel, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: panel.state_label.text() == "办理中")
        assert panel.message_label.text() == "A002 开始办理"
        assert not panel.recall_button.isEnabled() and not panel.start_button.isEnabled()
        assert not panel.no_show_button.isEnabled() and panel.finish_button.isEnabled()
        assert not panel.call_button.isEnabled()

        clock(clerk_session).advance(minutes=9)
        key(qtbot, panel, Qt.Key.Key_F3)
        qtbot.waitUntil(lambda: panel.stats_label.text() == "今日已办 1 件 · 平均 9 分钟")
        assert panel.number_label.text() == "—" and panel.call_button.isEnabled()
        assert len(heard) == 4  # call, recall, recall, call: serving and finishing are not announced
    finally:
        events.hub().ticket_called.disconnect(heard.append)


def test_f5_transfers_to_another_category_or_to_a_named_window(qtbot: QtBot, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    queue.issue_ticket(runtime.uow(), "A")
    panel = open_panel(qtbot, clerk_session)
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")

    # Esc cancels and nothing changes.
    key(qtbot, panel, Qt.Key.Key_F5)
    dialog = open_dialog(qtbot, panel, TransferDialog)
    assert unnamed_controls(dialog) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.dialog is None and panel.isActiveWindow())  # F-keys work again at once
    assert current(panel) == "A001"

    # To a category, by keyboard: the category choice is preselected, type "F" in its list, Enter.
    key(qtbot, panel, Qt.Key.Key_F5)
    dialog = open_dialog(qtbot, panel, TransferDialog)
    assert dialog.by_category.isChecked() and dialog.by_category.hasFocus()
    offered = [dialog.category_combo.itemData(i) for i in range(dialog.category_combo.count())]
    assert "A" not in offered and "F" in offered  # not back into its own category
    qtbot.keyClick(dialog.by_category, Qt.Key.Key_Tab)
    assert dialog.category_combo.hasFocus()  # the disabled window list is skipped
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_F)
    assert dialog.destination() == ("F", None)
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.number_label.text() == "—")
    assert panel.message_label.text() == "A001 已转往 F · 税务，按原取号时间重新等候"
    qtbot.waitUntil(lambda: waiting(panel) == {"A": 0, "F": 1})

    # To a named window: arrow to the second choice, pick window 3, give a reason, click 转窗.
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    key(qtbot, panel, Qt.Key.Key_F5)
    dialog = open_dialog(qtbot, panel, TransferDialog)
    qtbot.keyClick(dialog.by_category, Qt.Key.Key_Down)
    assert dialog.by_window.isChecked() and not dialog.category_combo.isEnabled()
    windows = [dialog.window_combo.itemData(i) for i in range(dialog.window_combo.count())]
    assert 1 not in windows and 3 in windows
    dialog.window_combo.setCurrentIndex(windows.index(3))
    dialog.reason.setText("需现场核验经营许可")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.number_label.text() == "—")
    assert panel.message_label.text().startswith("A001 已转往 3 号窗口")
    assert serving.window_status(runtime.uow(), 3).waiting.get("转") == 1


def test_hold_then_resume_from_the_held_list(qtbot: QtBot, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    panel = open_panel(qtbot, clerk_session)
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")

    key(qtbot, panel, Qt.Key.Key_F7)
    dialog = open_dialog(qtbot, panel, HoldDialog)
    assert unnamed_controls(dialog) == []
    assert dialog.reason.hasFocus()
    dialog.reason.setText("去复印身份证")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [t.number for t in panel.held_model.rows()] == ["A001"])
    assert panel.number_label.text() == "—"
    assert panel.selected_held() is not None and panel.resume_held_button.isEnabled()

    key(qtbot, panel, Qt.Key.Key_F1)  # the window calls the next one meanwhile
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
    assert not panel.resume_held_button.isEnabled()
    assert "请先办结当前号票 A002" in panel.resume_held_button.toolTip()
    key(qtbot, panel, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: panel.resume_held_button.isEnabled())

    # The applicant is back: double-click A001 in the list.
    view = panel.held_view
    centre = view.visualRect(panel.held_model.index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert panel.state_label.text() == "办理中"
    assert panel.message_label.text() == "A001 已恢复办理"
    qtbot.waitUntil(lambda: panel.held_model.rowCount() == 0)
    assert not panel.resume_held_button.isEnabled()


def test_pause_needs_a_reason_shows_a_banner_and_stops_calls_until_resumed(
    qtbot: QtBot, clerk_session: Session
) -> None:
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    panel = open_panel(qtbot, clerk_session)
    assert not panel.paused_banner.isVisible()

    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, panel, PauseDialog)
    assert unnamed_controls(dialog) == []
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused, the dialog stays
    assert (
        dialog.isVisible() and dialog.error_label.text() == "请填写暂停服务的原因（如：临时离岗、系统故障）。"
    )
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)  # the first offered reason
    assert dialog.reason_text() == "临时离岗"
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.paused_banner.isVisible())
    assert panel.paused_label.text() == "已暂停服务：临时离岗"
    assert not panel.pause_button.isVisible() and not panel.call_button.isEnabled()
    key(qtbot, panel, Qt.Key.Key_F1)
    assert panel.message_label.text() == "本窗口已暂停服务（临时离岗），请先点“恢复服务”。"
    assert panel.number_label.text() == "—"

    qtbot.mouseClick(panel.resume_window_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.paused_banner.isVisible())
    assert panel.call_button.isEnabled() and panel.pause_button.isVisible()
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")


def test_a_fast_scan_anywhere_opens_the_ticket_and_calls_it(qtbot: QtBot, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    queue.issue_ticket(runtime.uow(), "A")
    second = queue.issue_ticket(runtime.uow(), "A")
    assert second.service_date is not None
    barcode = ticket_barcode(second.service_date, "A002")
    assert barcode == "T20261124A002"
    panel = open_panel(qtbot, clerk_session)

    # Typed slowly on a button: a person, not a scanner; nothing opens.
    panel.pause_button.setFocus()
    for char in "A002":
        qtbot.keyClick(panel.pause_button, char)
        qtbot.wait(80)
    qtbot.keyClick(panel.pause_button, Qt.Key.Key_Return)
    idle()
    assert not panel.scan_box.isVisible()

    # A scanner's burst on the same button: the ticket opens, and the Enter pressed nothing.
    heard: list[TicketInfo] = []
    events.hub().ticket_called.connect(heard.append)
    try:
        qtbot.keyClicks(panel.pause_button, barcode)
        qtbot.keyClick(panel.pause_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.scan_box.isVisible())
        assert panel.dialog is None and panel.scan_edit.text() == ""
        assert panel.scan_label.text() == "A002 · 企业开办与商事登记\n等候中 · 取号 10:00 · 未分配窗口"
        assert panel.scan_call_button.isVisible() and panel.scan_call_button.isEnabled()

        qtbot.mouseClick(panel.scan_call_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
        assert [t.number for t in heard] == ["A002"]
        assert "已叫号" in panel.scan_label.text() and not panel.scan_call_button.isVisible()
    finally:
        events.hub().ticket_called.disconnect(heard.append)

    # A scan while the focus rests in 事项查询 (the default) opens the ticket and leaves the search as it was.
    panel.search.search.setFocus()
    qtbot.keyClicks(panel.search.search, "bdc")
    qtbot.wait(80)
    qtbot.keyClicks(panel.search.search, "T20261124A001")
    qtbot.keyClick(panel.search.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.scan_label.text().startswith("A001 ·"))
    assert panel.search.search.text() == "bdc"
    assert not panel.scan_call_button.isEnabled()  # A002 is current: one at a time

    # The line edit takes typed numbers too, and says what it cannot find.
    qtbot.keyClicks(panel.scan_edit, "a099")
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message_label.text() == "未找到今日的号票 A099，请核对号码。")


def test_a_restarted_panel_shows_the_current_and_held_tickets_again(
    qtbot: QtBot, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    for _ in range(2):
        queue.issue_ticket(runtime.uow(), "A")
    first = open_panel(qtbot, clerk_session)
    key(qtbot, first, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: first.number_label.text() == "A001")
    serving.hold(runtime.uow(), 1, None)
    queue.call_next(runtime.uow(), 1, None)
    serving.recall(runtime.uow(), 1, None)
    first.close()

    again = open_panel(qtbot, clerk_session)
    assert again.number_label.text() == "A002"
    assert "已重呼 1 次" in again.called_label.text()
    assert [t.number for t in again.held_model.rows()] == ["A001"]
    assert not again.call_button.isEnabled() and again.recall_button.isEnabled()


def test_tab_goes_through_the_enabled_actions_in_order(qtbot: QtBot, clerk_session: Session) -> None:
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    panel = open_panel(qtbot, clerk_session)
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.recall_button.isEnabled())
    panel.recall_button.setFocus()
    # F1 (a ticket is current) and 过号 (not recalled yet) are off, so Tab skips them.
    for expected in (
        panel.start_button,
        panel.finish_button,
        panel.transfer_button,
        panel.hold_button,
        panel.scan_edit,
        panel.scan_button,
        panel.held_view,
        panel.pause_button,
        panel.search.search,
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


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
    panel.refresh_status()
    qtbot.waitUntil(lambda: panel.waiting_message.text() == DatabaseBusy.default_message)
    assert panel.waiting_message.isVisible()

    # The call succeeds; the reload it starts fails afterwards, on its own line.
    qtbot.keyClick(panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    assert workers.wait_for_idle()
    assert panel.message_label.text() == "已呼叫 A001，请到 1 号窗口"
    assert panel.waiting_message.text() == DatabaseBusy.default_message
    assert not panel.call_button.isEnabled() and panel.finish_button.isEnabled()  # the call's own answer

    monkeypatch.undo()
    panel.refresh_status()
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
    panel.refresh_status()  # the old poll, still waiting on the database
    monkeypatch.setattr(clerk, "load_window_queue", real)
    queue.issue_ticket(clerk_session.runtime.uow(), "F")
    panel.refresh_status()  # the newer one answers first
    qtbot.waitUntil(lambda: waiting(panel)["F"] == 1)
    release.set()
    assert workers.wait_for_idle()
    assert not panel.waiting_message.isVisible() and waiting(panel)["F"] == 1


def test_a_pc_without_a_window_number_cannot_call_but_sees_the_waiting_counts(
    qtbot: QtBot, clerk_session: Session
) -> None:
    started = clerk_session.started
    assert started.terminal is not None
    nowhere = Session(replace(started, terminal=replace(started.terminal, window_number=None)), None)
    queue.issue_ticket(nowhere.runtime.uow(), "B")
    panel = open_panel(qtbot, nowhere)
    assert waiting(panel)["B"] == 1
    assert not panel.call_button.isEnabled() and not panel.pause_button.isEnabled()
    key(qtbot, panel, Qt.Key.Key_F1)
    assert "本机未设置窗口号" in panel.message_label.text()


def test_keys_typed_fast_in_a_dialog_are_the_dialogs(qtbot: QtBot, clerk_session: Session) -> None:
    queue.issue_ticket(clerk_session.runtime.uow(), "A")
    panel = open_panel(qtbot, clerk_session)
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.hold_button.isEnabled())
    qtbot.keyClick(panel, Qt.Key.Key_F7)
    dialog = open_dialog(qtbot, panel, HoldDialog)
    dialog.ok_button.setFocus()
    qtbot.keyClicks(dialog.ok_button, "T20261124A001")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)  # presses 挂起, opens no ticket
    qtbot.waitUntil(lambda: [t.number for t in panel.held_model.rows()] == ["A001"])
    assert not panel.scan_box.isVisible()
