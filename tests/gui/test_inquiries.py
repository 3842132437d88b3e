"""首问负责 through the real widgets: the quick form (keys first), the slip printed to a PDF, a hand-off the
colleague sees on their own panel, closing and reopening, bad input refused in Chinese, and the manager's
view with its figures and the overdue ones flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.conftest import session_for
from tests.gui.test_accessibility import unnamed_controls
from tests.printing.pdfcheck import flat, page_count, poppler_text, render_gray
from yk_desktop.app import Started
from yk_desktop.core.clock import FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.inquiry_common import AskDialog, InquiryTableModel
from yk_desktop.gui.inquiry_dialog import InquiryDialog, open_inquiry_form
from yk_desktop.gui.inquiry_manager import InquiryManagerPanel
from yk_desktop.gui.inquiry_panel import InquiryListBase, InquiryPanel
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import documents, inquiries
from yk_desktop.services.inquiries import InquiryRequest
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import FirstInquiry, Staff
from yk_desktop.store.models.inquiries import Handling


def idle() -> None:
    assert workers.wait_for_idle()


def _panel(qtbot: QtBot, session: Session, cls: type[InquiryListBase] = InquiryPanel) -> InquiryListBase:
    panel = cls(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1200, 640)
        panel.show()
    qtbot.waitUntil(lambda: panel.choices is not None, timeout=10_000)
    return panel


def _numbers(panel: InquiryListBase) -> list[str]:
    return [panel.model.inquiry(r).inquiry_no for r in range(panel.model.rowCount())]


def _form(qtbot: QtBot, panel: InquiryListBase) -> InquiryDialog:
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in panel.findChildren(InquiryDialog)))
    dialog = next(d for d in panel.findChildren(InquiryDialog) if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
    return dialog


def _ask(
    qtbot: QtBot, panel: InquiryListBase, button: QWidget, text: str, colleague: str | None = None
) -> None:
    """Press an action, fill its little dialog, confirm, and wait until the list has reloaded."""
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, AskDialog) and panel.dialog.isVisible())
    ask = panel.dialog
    assert isinstance(ask, AskDialog)
    assert unnamed_controls(ask) == []
    if colleague is not None:
        ask.choose_colleague(colleague)
    ask.text_edit.setText(text)  # QTest types ASCII only; an input method gives the clerk Chinese
    with qtbot.waitSignal(panel.acted, timeout=10_000):
        qtbot.mouseClick(ask.ok_button, Qt.MouseButton.LeftButton)
    idle()


def _count(runtime: Runtime) -> int:
    with runtime.uow().reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(FirstInquiry)) or 0)


def test_log_hand_off_the_colleague_sees_it_close_reopen_close(
    qtbot: QtBot, started: Started, clerk_session: Session, tmp_path: Path
) -> None:
    mine = _panel(qtbot, clerk_session)
    assert _numbers(mine) == [] and unnamed_controls(mine) == []
    dialog = _form(qtbot, mine)
    assert unnamed_controls(dialog) == []
    assert dialog.radios[Handling.ON_SPOT].isChecked()  # the common case needs no choice
    assert dialog.question_edit.hasFocus()
    # A second press brings the same form forward rather than a second one.
    assert open_inquiry_form(clerk_session, mine) is dialog

    dialog.question_edit.setPlainText("开饭店要办哪些证？")
    dialog.name_edit.setText("张三")
    qtbot.keyClicks(dialog.phone_edit, "13804170000")
    qtbot.keyClicks(dialog.item_edit, "spjy")  # 食品经营许可 by its pinyin initials
    qtbot.waitUntil(lambda: dialog.item_list.isVisible() and dialog.item_list.count() > 0, timeout=10_000)
    qtbot.keyClick(dialog.item_edit, Qt.Key.Key_Return)
    assert dialog.item is not None and dialog.item.name == "食品经营许可"
    assert dialog.category_combo.currentIndex() > 0  # the item's category follows
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 转交同事(&3)
    # A mnemonic clicks the button the way Qt animates it: a moment later.
    qtbot.waitUntil(lambda: dialog.handling == Handling.HANDED and dialog.colleague_combo.isVisible())
    dialog.colleague_combo.setCurrentIndex(
        dialog.colleague_combo.findText("刘洋", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.answer_edit.setText("需查询原登记档案")
    qtbot.keyClick(dialog.question_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.logged is not None, timeout=10_000)
    logged = dialog.logged
    assert logged is not None and logged.inquiry_no == "Q2026000001"
    assert "已登记 营口政务首问〔2026〕1号" in dialog.message.text() and "Ctrl+P" in dialog.message.text()
    assert (logged.handler_name, logged.item_name) == ("刘洋", "食品经营许可")
    assert dialog.print_button.isEnabled() and dialog.print_button.hasFocus()
    assert not dialog.save_button.isEnabled()  # one press, one inquiry

    # The slip, through the preview, to a PDF file: where to go, who sent them, the number.
    slip = tmp_path / "slip.pdf"
    dialog.printer.print_to = slip
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: isinstance(dialog.printer.preview, PrintPreviewDialog) and dialog.printer.preview.is_ready,
        timeout=15_000,
    )
    preview = dialog.printer.preview
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slip.exists() and "已打印" in dialog.message.text(), timeout=30_000)
    idle()
    # The print path paints pixels: an 80 mm page with the slip on it.
    printed = render_gray(slip, 100)
    assert page_count(slip) == 1 and abs(printed.width - 80 / 25.4 * 100) <= 2
    assert printed.dark_count() > 0.03 * printed.width * printed.height
    # What went to the printer is the archived PDF, whose text says where to go and who sent them.
    archived = documents.list_documents(clerk_session.runtime.uow(), kind="inquiry")
    assert [(d.number, d.print_count) for d in archived] == [("Q2026000001", 1)]
    kept = tmp_path / "archived.pdf"
    kept.write_bytes(documents.document_pdf(clerk_session.runtime.uow(), archived[0].id))
    text = flat(poppler_text(kept))
    assert "承办人：刘洋（2号窗口" in text and "首问负责人：王丽娜（1号窗口）" in text
    assert "营口政务首问〔2026〕1号" in text and "13804170000" not in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The first staff member's list has it (it reloaded on its own), with age and both names.
    qtbot.waitUntil(lambda: _numbers(mine) == ["Q2026000001"], timeout=10_000)
    row = mine.model.inquiry(0)
    assert (row.responder_name, row.handler_name) == ("王丽娜", "刘洋")
    assert mine.model.index(0, InquiryTableModel.AGE).data() == "0 分钟"

    # The colleague sees it on their own panel and closes it.
    colleague = session_for(started, "clerk02")
    theirs = _panel(qtbot, colleague)
    assert _numbers(theirs) == ["Q2026000001"]
    qtbot.waitUntil(lambda: theirs.current is not None, timeout=10_000)
    assert theirs.current is not None and "转交：王丽娜 → 刘洋" in theirs.detail.toPlainText()
    # The phone is masked until the handler, who calls back, asks for it; asking is in the story.
    assert "联系电话：138****0000" in theirs.detail.toPlainText()
    assert "13804170000" not in theirs.detail.toPlainText()
    qtbot.waitUntil(theirs.phone_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(theirs.phone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "查看联系电话" in theirs.detail.toPlainText(), timeout=10_000)
    assert "联系电话：13804170000" in theirs.detail.toPlainText()
    assert "已显示完整号码" in theirs.message_label.text() and not theirs.phone_button.isEnabled()
    _ask(qtbot, theirs, theirs.close_button, "已告知所需材料")
    qtbot.waitUntil(lambda: _numbers(theirs) == [] and _numbers(mine) == [], timeout=10_000)

    # Back with the first staff member: the last 30 days show it closed; reopen with a reason.
    assert isinstance(mine, InquiryPanel)
    with qtbot.waitSignal(mine.loaded, timeout=10_000):
        mine.set_scope("recent")
    qtbot.waitUntil(lambda: mine.current is not None and mine.current.state == "closed", timeout=10_000)
    assert not mine.close_button.isEnabled() and mine.reopen_button.isEnabled()
    _ask(qtbot, mine, mine.reopen_button, "办事人反映还缺健康证说明")
    qtbot.waitUntil(lambda: _numbers(theirs) == ["Q2026000001"], timeout=10_000)
    assert mine.current is not None and mine.current.state == "open"
    _ask(qtbot, mine, mine.close_button, "已补充告知健康证办理地点")

    final = inquiries.get_inquiry(clerk_session.runtime.uow(), "Q2026000001")
    assert [(e.kind, e.staff_name) for e in final.events] == [
        ("logged", "王丽娜"),
        ("handed_off", "王丽娜"),
        ("contact_viewed", "刘洋"),
        ("closed", "刘洋"),
        ("reopened", "王丽娜"),
        ("closed", "王丽娜"),
    ]
    assert final.state == "closed" and final.outcome == "已补充告知健康证办理地点"


def test_a_hand_off_from_the_panel_names_both(qtbot: QtBot, started: Started, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(question="公司注销", anonymous=True, handling=Handling.FOLLOW_UP),
        staff_id=clerk_session.staff_id,
    )
    mine = _panel(qtbot, clerk_session)
    qtbot.waitUntil(lambda: mine.current is not None, timeout=10_000)
    assert not mine.print_button.isEnabled()  # still with the clerk: nowhere to send the applicant
    _ask(qtbot, mine, mine.hand_off_button, "涉及税务清算", colleague="周婷婷")
    assert mine.current is not None and mine.current.handler_name == "周婷婷"
    assert "转交：王丽娜 → 周婷婷：涉及税务清算" in mine.detail.toPlainText()
    assert "首问负责人：王丽娜" in mine.message_label.text() or "首问负责人不变" in mine.message_label.text()
    assert mine.print_button.isEnabled()  # now the applicant can be sent to 周婷婷 with a slip
    theirs = _panel(qtbot, session_for(started, "clerk09"))
    assert _numbers(theirs) == _numbers(mine) == ["Q2026000001"]
    # The applicant shows the slip at another window: its number opens the record there, read only.
    other = _panel(qtbot, session_for(started, "clerk03"))
    assert _numbers(other) == []
    other.open_number("q2026000001")
    qtbot.waitUntil(lambda: "不在当前列表中" in other.message_label.text(), timeout=10_000)
    assert "首问负责人：王丽娜，当前承办人：周婷婷" in other.message_label.text()
    assert "公司注销" in other.detail.toPlainText() and not other.close_button.isEnabled()


@pytest.mark.parametrize(
    ("fill", "message", "field"),
    [
        ({}, "请填写咨询问题", "question_edit"),
        ({"question_edit": "营业执照遗失怎么办？", "phone_edit": "12345"}, "手机号码应为11位", "phone_edit"),
        (
            {"question_edit": "营业执照遗失怎么办？", "name_edit": "<script>"},
            "办事人姓名只能包含",
            "name_edit",
        ),
    ],
)
def test_bad_input_shows_a_chinese_message_and_saves_nothing(
    qtbot: QtBot, clerk_session: Session, fill: dict[str, str], message: str, field: str
) -> None:
    mine = _panel(qtbot, clerk_session)
    dialog = _form(qtbot, mine)
    for name, text in fill.items():
        widget = getattr(dialog, name)
        if name == "question_edit":
            widget.setPlainText(text)
        else:
            widget.setText(text)
    if "name_edit" not in fill:
        dialog.name_edit.setText("张三")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and message in dialog.message.text(), timeout=10_000)
    assert getattr(dialog, field).hasFocus()  # the field to fix
    assert dialog.logged is None and dialog.save_button.isEnabled()
    assert _count(clerk_session.runtime) == 0
    # Anonymous needs neither name nor phone; the number is the first, nothing was used up before.
    dialog.anonymous_box.setChecked(True)
    dialog.question_edit.setPlainText("大厅几点下班？")
    qtbot.keyClick(dialog.question_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.logged is not None, timeout=10_000)
    assert dialog.logged is not None and dialog.logged.inquiry_no == "Q2026000001"
    assert dialog.logged.state == "closed" and not dialog.print_button.isEnabled()
    # Ctrl+N: an empty form for the next applicant.
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (
        dialog.logged is None and dialog.question_edit.toPlainText() == "" and dialog.save_button.isEnabled()
    )
    dialog.close()


def test_the_manager_sees_figures_and_the_overdue_ones_flagged(
    qtbot: QtBot, started: Started, manager_session: Session
) -> None:
    runtime = manager_session.runtime
    with runtime.uow().reading() as uow:
        staff = {s.username: s.id for s in uow.session.scalars(select(Staff))}
    inquiries.log_inquiry(
        runtime.uow(), InquiryRequest(question="停车场在哪？", anonymous=True), staff_id=staff["clerk03"]
    )
    old = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(
            question="二手房过户",
            applicant_name="李四",
            handling=Handling.HANDED,
            hand_to_staff_id=staff["clerk04"],
        ),
        staff_id=staff["clerk01"],
    )
    clock = runtime.clock
    assert isinstance(clock, FixedClock)
    clock.advance(hours=25)
    panel = _panel(qtbot, manager_session, InquiryManagerPanel)
    assert isinstance(panel, InquiryManagerPanel)
    assert unnamed_controls(panel) == []
    assert sorted(_numbers(panel)) == ["Q2026000001", "Q2026000002"]
    summary = panel.summary_label.text()
    assert "共登记 2 条，当场答复 1 条（50.0%），仍未办结 1 条" in summary
    assert "超过 24 小时未办结 1 条" in summary
    late_row = _numbers(panel).index(old.inquiry_no)
    index = panel.model.index(late_row, InquiryTableModel.STATE)
    assert index.data() == "未办结（超时）"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#c0261b"
    days = [(s.staff_name, s.logged, s.on_spot, s.handed) for s in panel.day_model.rows()]
    assert days == [("孙佳慧", 1, 1, 0), ("王丽娜", 1, 0, 1)]
    assert panel.day_model.index(0, 8).data() == "100.0%"

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.overdue_box.setChecked(True)
    assert _numbers(panel) == [old.inquiry_no]
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.overdue_box.setChecked(False)
    qtbot.waitUntil(lambda: panel.staff_combo.count() > 1, timeout=10_000)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.choose(panel.staff_combo, staff["clerk04"])  # as the current handler
    assert _numbers(panel) == [old.inquiry_no]
    # A manager may close anyone's inquiry.
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10_000)
    _ask(qtbot, panel, panel.close_button, "已由负责人协调办结")
    assert "仍未办结 0 条" in panel.summary_label.text()
    assert inquiries.get_inquiry(runtime.uow(), old.inquiry_no).events[-1].staff_name == "高振宇"


def test_closing_the_form_makes_the_openers_window_active_again(qtbot: QtBot, clerk_session: Session) -> None:
    """The clerk's F-keys are window shortcuts: after the form closes the opener's window must be active."""
    window = QWidget()
    qtbot.addWidget(window)
    opener = QLineEdit(window)  # the form is opened from a widget inside the clerk's window
    pressed: list[str] = []
    QShortcut(QKeySequence("F1"), window, lambda: pressed.append("F1"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for close in ("escape", "button"):
        dialog = open_inquiry_form(clerk_session, opener)
        qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)  # noqa: B023
        qtbot.waitUntil(dialog.isActiveWindow)
        if close == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()
        qtbot.waitUntil(lambda: not dialog.isVisible())  # noqa: B023
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_F1)
        assert pressed == ["F1"] * (1 if close == "escape" else 2)
    idle()


def test_only_those_in_charge_may_reveal_the_phone(
    qtbot: QtBot, started: Started, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    clerk02 = session_for(started, "clerk02")
    info = inquiries.log_inquiry(
        runtime.uow(),
        InquiryRequest(
            question="开饭店要办哪些证？",
            handling=Handling.HANDED,
            applicant_name="张三",
            phone="13804170000",
            hand_to_staff_id=clerk02.staff_id,
        ),
        staff_id=clerk_session.staff_id,
    )
    # Another clerk opens it by its number: the phone masked, no way to see it whole.
    other = _panel(qtbot, session_for(started, "clerk03"))
    other.open_number(info.inquiry_no)
    qtbot.waitUntil(lambda: other.current is not None, timeout=10_000)
    assert "联系电话：138****0000" in other.detail.toPlainText()
    assert not other.phone_button.isEnabled()
    # The first staff member may, and the whole number shows only in their story.
    mine = _panel(qtbot, clerk_session)
    qtbot.waitUntil(lambda: mine.current is not None and mine.phone_button.isEnabled(), timeout=10_000)
    assert "13804170000" not in mine.detail.toPlainText()
    qtbot.mouseClick(mine.phone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "联系电话：13804170000" in mine.detail.toPlainText(), timeout=10_000)
    assert "王丽娜  查看联系电话" in mine.detail.toPlainText()
    assert "13804170000" not in other.detail.toPlainText()
    idle()
