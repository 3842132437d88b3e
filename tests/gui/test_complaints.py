"""Complaints through the real widgets: a 12345 hand-over taken in by a clerk, then routed, answered and closed
by the manager, each step confirmed; an overdue complaint red in the list; bad input told in Chinese with
nothing saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_accessibility import CJK, CONTROLS, QT_COMPOSITES, unnamed_controls
from tests.gui.test_caselist import type_text
from tests.printing.pdfcheck import flat, page_count, poppler_text
from yk_desktop.core.clock import FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.complaint_dialog import ComplaintDialog
from yk_desktop.gui.complaint_intake import ComplaintIntakeDialog
from yk_desktop.gui.complaint_list import ComplaintListPanel
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.review_forms import StepForm
from yk_desktop.gui.session import Session
from yk_desktop.services import auth, complaints, documents
from yk_desktop.services.complaints import ComplaintRequest


@pytest.fixture(autouse=True)
def drained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path / "data"))
    yield
    assert workers.wait_for_idle(20_000)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_button(box: QMessageBox, text: str) -> QPushButton:
    for found in box.buttons():
        if found.text() == text:
            assert isinstance(found, QPushButton)
            return found
    raise AssertionError(f"no {text!r} in {[b.text() for b in box.buttons()]}")


def clock(session: Session) -> FixedClock:
    assert isinstance(session.runtime.clock, FixedClock)
    return session.runtime.clock


def open_intake(qtbot: QtBot, session: Session) -> ComplaintIntakeDialog:
    dialog = ComplaintIntakeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.limit_label.text() != "", timeout=20_000)
    return dialog


def submit_intake(qtbot: QtBot, dialog: ComplaintIntakeDialog) -> None:
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert workers.wait_for_idle()


def test_bad_input_is_told_in_chinese_and_nothing_is_saved(qtbot: QtBot, clerk_session: Session) -> None:
    dialog = open_intake(qtbot, clerk_session)
    assert dialog.limit_label.text() == "办理期限 15 个工作日"  # 投诉 by default
    dialog.kind_combo.setCurrentIndex(0)  # 咨询
    assert dialog.limit_label.text() == "办理期限 2 个工作日"
    type_text(dialog.content_edit, "营业执照遗失如何补领？")
    submit_intake(qtbot, dialog)  # 12345 without its work-order number
    assert dialog.message_label.text() == "12345热线转办的投诉请填写工单号。"
    click(qtbot, dialog.source_buttons["phone"])
    assert not dialog.order_edit.isEnabled()
    type_text(dialog.name_edit, "李<b>")
    submit_intake(qtbot, dialog)
    assert "投诉人姓名只能包含汉字" in dialog.message_label.text()
    assert complaints.list_complaints(clerk_session.runtime.uow()) == []
    assert dialog.ok_button.isVisible() and dialog.detail is None


def test_a_12345_complaint_is_taken_routed_replied_and_closed(
    qtbot: QtBot, clerk_session: Session, manager_session: Session, tmp_path: Path
) -> None:
    # At the window: a clerk takes the hand-over in.
    intake = open_intake(qtbot, clerk_session)
    assert intake.source() == "12345"
    intake.order_edit.setText("YK20261124-0001")
    type_text(intake.name_edit, "李四")
    intake.phone_edit.setText("13904171234")
    type_text(intake.content_edit, "反映不动产登记窗口排队三小时未办理")
    intake.grab().save(str(tmp_path / "intake.png"))
    with qtbot.waitSignal(intake.taken, timeout=20_000):
        click(qtbot, intake.ok_button)
    assert intake.result_label.text() == "已登记 K2026000001（投诉），请在 2026-12-15 前答复。"
    assert not intake.ok_button.isVisible() and not intake.content_edit.isEnabled()
    # The complainant's 投诉受理单: archived, then printed through the preview (here into a file).
    slip = tmp_path / "slip.pdf"
    intake.print_to = slip
    click(qtbot, intake.print_button)
    qtbot.waitUntil(
        lambda: isinstance(intake.preview, PrintPreviewDialog) and intake.preview.is_ready, timeout=20_000
    )
    assert isinstance(intake.preview, PrintPreviewDialog)
    qtbot.mouseClick(intake.preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slip.exists() and "已打印" in intake.message_label.text(), timeout=30_000)
    assert workers.wait_for_idle()
    assert page_count(slip) == 1  # what went to the "printer" (rasterised by Qt's print path)
    archived = documents.list_documents(clerk_session.runtime.uow(), kind="complaint_slip")
    assert [(d.number, d.print_count) for d in archived] == [("K2026000001", 1)]
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(documents.document_pdf(clerk_session.runtime.uow(), archived[0].id))
    printed = flat(poppler_text(kept))
    assert "K2026000001" in printed and "投诉人：李*" in printed and "李四" not in printed
    intake.accept()

    # The manager's list: masked complainant, deadline in words.
    panel = ComplaintListPanel(manager_session)
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[:5] == ["K2026000001", "投诉", "12345热线转办", "YK20261124-0001", "李*"]
    assert row[7:] == ["2026-12-15", "剩 15 个工作日", "", "已受理"]
    assert "逾期未答复 0 件" in panel.summary.text()
    panel.grab().save(str(tmp_path / "complaints.png"))
    panel.view.selectRow(0)
    dialog = panel.open_row(0)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20_000)
    assert dialog.fields["complainant"].text() == "李*" and dialog.fields["phone"].text() == "139****1234"
    assert not dialog.close_button.isEnabled() and "答复后才能办结" in dialog.close_button.toolTip()
    dialog.grab().save(str(tmp_path / "complaint.png"))

    def confirmed(form: StepForm, yes: str) -> None:
        click(qtbot, form.ok_button)
        box = dialog.confirm_box
        assert isinstance(box, QMessageBox) and "K2026000001" in box.text()
        qtbot.mouseClick(message_button(box, yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.isVisible() or form.error_label.isVisible(), timeout=20_000)
        assert workers.wait_for_idle()

    # 转办: the department picked from the catalog's list, the handler typed; second thoughts first.
    click(qtbot, dialog.route_button)
    form = dialog.form
    assert isinstance(form, StepForm)
    department = form.combo_for("承办部门")
    qtbot.waitUntil(lambda: department.count() > 0, timeout=20_000)
    department.setCurrentIndex(department.findText("营口市不动产登记中心"))
    handler = form.combo_for("承办人")
    handler.setEditText("赵六")
    click(qtbot, form.ok_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and "营口市不动产登记中心" in box.text()
    qtbot.mouseClick(message_button(box, "返回修改"), Qt.MouseButton.LeftButton)
    assert form.isVisible() and dialog.detail is not None and dialog.detail.row.state == "received"
    confirmed(form, "确定转办")
    assert dialog.fields["department"].text() == "营口市不动产登记中心"
    assert dialog.fields["handler"].text() == "赵六" and dialog.state_label.text() == "已转办"

    # 答复: an empty reply is refused in the form; then answered.
    click(qtbot, dialog.reply_button)
    form = dialog.form
    assert isinstance(form, StepForm) and form.text_edit is not None
    confirmed(form, "确定答复")
    assert form.isVisible() and form.error_label.text() == "请填写答复内容"
    type_text(form.text_edit, "经核实已增派人员，并向您致歉")
    confirmed(form, "确定答复")
    assert not form.isVisible() and dialog.state_label.text() == "已答复"

    click(qtbot, dialog.close_button)
    form = dialog.form
    assert isinstance(form, StepForm) and form.text_edit is not None
    type_text(form.text_edit, "投诉人表示满意")
    confirmed(form, "确定办结")
    assert dialog.state_label.text() == "已办结"
    assert [dialog.events_model.index(r, 1).data() for r in range(dialog.events_model.rowCount())] == [
        "受理",
        "转办",
        "答复",
        "办结",
    ]
    assert (
        dialog.events_model.index(0, 2).data() == "王丽娜"
        and dialog.events_model.index(3, 2).data() == "高振宇"
    )
    assert dialog.reopen_button.isEnabled() and not dialog.reply_button.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)  # 未办结 shows none now
    panel.state_combo.setCurrentIndex(3)  # 全部
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)


def test_an_overdue_complaint_is_flagged(qtbot: QtBot, manager_session: Session) -> None:
    runtime = manager_session.runtime
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234").id
    late = complaints.take_in(
        runtime.uow(), ComplaintRequest("consult", "phone", "咨询办事时间"), staff_id=clerk
    )
    complaints.take_in(
        runtime.uow(), ComplaintRequest("complaint", "in_person", "窗口人员态度差"), staff_id=clerk
    )
    clock(manager_session).advance(days=3)  # Fri 11-27: the consultation was due Thu 11-26
    panel = ComplaintListPanel(manager_session)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20_000)
    rows = {panel.model.index(r, 0).data(): r for r in range(2)}
    overdue_row = rows[late.row.complaint_no]
    assert panel.model.index(overdue_row, 8).data() == "逾期 1 个工作日"
    assert panel.model.index(overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#c0261b")
    assert panel.model.index(1 - overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "逾期未答复 1 件" in panel.summary.text()
    panel.overdue_box.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    assert panel.model.index(0, 0).data() == late.row.complaint_no
    dialog = panel.open_row(0)
    assert isinstance(dialog, ComplaintDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20_000)
    assert dialog.state_label.text() == "已受理 · 已逾期"
    dialog.reject()
    # Ctrl+N on the list opens the intake.
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.intake is not None and panel.intake.isVisible())
    assert panel.intake is not None
    panel.intake.reject()


def test_a_clerk_may_take_complaints_in_but_not_handle_them(qtbot: QtBot, clerk_session: Session) -> None:
    runtime = clerk_session.runtime
    taken = complaints.take_in(
        runtime.uow(),
        ComplaintRequest("suggestion", "in_person", "建议增设母婴室"),
        staff_id=clerk_session.staff_id,
    )
    dialog = ComplaintDialog(clerk_session, taken.row.complaint_no)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20_000)
    assert not any(b.isEnabled() for b in dialog.action_buttons)
    assert dialog.route_button.toolTip() == "只有大厅负责人可以办理投诉。"


def test_every_control_has_a_chinese_name(qtbot: QtBot, manager_session: Session) -> None:
    runtime = manager_session.runtime
    complaints.take_in(runtime.uow(), HOTLINE_REQUEST, staff_id=manager_session.staff_id)
    panel = ComplaintListPanel(manager_session)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    assert unnamed_controls(panel) == []
    intake = panel.open_intake()
    assert unnamed_controls(intake) == []
    intake.reject()
    dialog = panel.open_row(0)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20_000)
    assert unnamed_controls(dialog) == []
    for ask in (dialog.ask_route, dialog.ask_reply, dialog.ask_close, dialog.ask_reopen):
        form = ask()
        named = [
            w.accessibleName()
            for w in form.findChildren(QWidget)
            if isinstance(w, CONTROLS) and not isinstance(w.parent(), QT_COMPOSITES)
        ]
        assert named and all(CJK.search(n) for n in named), (form.windowTitle(), named)
        form.reject()
    assert workers.wait_for_idle()
    dialog.reject()


HOTLINE_REQUEST = ComplaintRequest("complaint", "12345", "排队时间过长", work_order_no="YK-1")
