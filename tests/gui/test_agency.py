"""帮办代办 through the real widgets: an agent registers a proxy case (the 委托书 printed to a PDF, the scan
chosen in a file dialog), records a step, hands it to a window, links the real case and sees its deadline,
marks the result ready (the slip printed), and delivers after confirming; bad input shows a Chinese message
and saves nothing; cancelling asks first; an expired authorization stops the buttons; the manager sees the
workload and closed proxy cases with their durations."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas
from sqlalchemy import select

from tests.gui.conftest import session_for
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_casedialog import message_button
from tests.gui.test_caselist import type_text
from tests.printing.pdfcheck import flat, page_count, poppler_text
from tests.support.agency import AGENT01_ID, FOOD, PDF, PNG, accept_case, register
from yk_desktop.app import Started
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.agency_detail import AgencyDetail, open_agency
from yk_desktop.gui.agency_forms import (
    CancelForm,
    DeliverForm,
    HandOffForm,
    LinkCaseForm,
    ReadyForm,
    StepForm,
)
from yk_desktop.gui.agency_manager import AgencyManagerPanel
from yk_desktop.gui.agency_panel import AgencyPanel
from yk_desktop.gui.agency_register import AgencyRegisterDialog
from yk_desktop.gui.case_forms import ActionForm
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.scan_viewer import ScanViewer, decode_image
from yk_desktop.gui.session import Session
from yk_desktop.services import agency, agency_reports, auth, documents
from yk_desktop.services.agency import Upload
from yk_desktop.store.models import AuditEntry

F = TypeVar("F", bound=ActionForm)
APPLICANT_ID = "210802198001011230"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # No print setup remembered from another test: every print goes through the preview.
    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path / "data"))
    yield
    assert workers.wait_for_idle(20_000)


@pytest.fixture
def agent_session(started: Started) -> Session:
    return session_for(started, "agent01")


def idle() -> None:
    assert workers.wait_for_idle(20_000)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), (button.accessibleName(), button.toolTip())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_panel(qtbot: QtBot, session: Session, print_to: Path | None = None) -> AgencyPanel:
    panel = AgencyPanel(session, print_to=print_to)
    qtbot.addWidget(panel)
    panel.resize(1400, 820)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded_once, timeout=20_000)
    return panel


def settle(qtbot: QtBot, detail: AgencyDetail) -> None:
    """The action and the reload after it have answered."""
    idle()
    qtbot.waitUntil(lambda: not detail.busy)
    idle()


def form_of(qtbot: QtBot, detail: AgencyDetail, kind: type[F]) -> F:
    qtbot.waitUntil(lambda: isinstance(detail.form, kind) and detail.form.isVisible())
    form = detail.form
    assert isinstance(form, kind)
    return form


def print_through_preview(qtbot: QtBot, owner: AgencyDetail | AgencyRegisterDialog, target: Path) -> None:
    """The preview opens on the archived PDF; 打印 goes to ``target`` through the real print path."""
    qtbot.waitUntil(
        lambda: isinstance(owner.preview, PrintPreviewDialog) and owner.preview.is_ready, timeout=20_000
    )
    preview = owner.preview
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.select_file_target()
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    idle()
    assert target.exists()


def choose_file(qtbot: QtBot, owner: AgencyRegisterDialog | AgencyDetail, path: Path) -> None:
    """Pick ``path`` in the (non-native) file dialog the owner opened."""
    qtbot.waitUntil(lambda: isinstance(owner.file_dialog, QFileDialog) and owner.file_dialog.isVisible())
    dialog = owner.file_dialog
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: owner.file_dialog is None)


def register_clicked(qtbot: QtBot, dialog: AgencyRegisterDialog) -> str:
    click(qtbot, dialog.register_button)
    idle()
    qtbot.waitUntil(lambda: not dialog.busy)
    return dialog.message.text()


def archived_text(session: Session, document_id: object, tmp_path: Path) -> str:
    """The text of the archived PDF (what was sent to the printer)."""
    path = tmp_path / "archived.pdf"
    path.write_bytes(documents.document_pdf(session.runtime.uow(), document_id))  # type: ignore[arg-type]
    return flat(poppler_text(path))


def nothing_saved(session: Session) -> None:
    assert agency_reports.list_agencies(session.runtime.uow()) == []
    assert documents.list_documents(session.runtime.uow()) == []


def test_an_agent_registers_hands_off_links_notifies_and_delivers(
    qtbot: QtBot, agent_session: Session, tmp_path: Path
) -> None:
    form_pdf = tmp_path / "authorization.pdf"
    panel = open_panel(qtbot, agent_session, print_to=form_pdf)
    assert panel.mine.isChecked() and panel.model.rowCount() == 0
    assert unnamed_controls(panel) == []

    # 登记代办 (Ctrl+N): the agent is proposed as 受托人.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    assert isinstance(dialog, AgencyRegisterDialog)
    qtbot.waitUntil(lambda: bool(dialog.agents), timeout=20_000)
    assert unnamed_controls(dialog) == []
    assert dialog.agent_combo.currentText() == "于春雷（13804179620）"
    assert dialog.agent_id_edit.text() == ""  # no proxy case of hers yet to remember it from
    assert dialog.valid_from.date().toPython() == date(2026, 11, 24)
    assert dialog.valid_until.date().toPython() == date(2026, 12, 24)

    type_text(dialog.name_edit, "张三")
    qtbot.keyClicks(dialog.id_edit, APPLICANT_ID)
    qtbot.keyClicks(dialog.phone_edit, "13812345678")
    qtbot.keyClicks(dialog.agent_id_edit, AGENT01_ID)
    # No item yet: told, nothing saved.
    assert "请至少选择一个代办事项" in register_clicked(qtbot, dialog)
    nothing_saved(agent_session)

    qtbot.keyClicks(dialog.search.search, "spjy")
    qtbot.waitUntil(
        lambda: dialog.search.model.rowCount() > 0 and dialog.search.model.item(0).name == "食品经营许可"
    )
    dialog.search.view.setCurrentIndex(dialog.search.model.index(0, 1))
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.add_button)  # twice: told, listed once
    assert "已在代办事项中" in dialog.message.text()
    assert dialog.item_codes() == (FOOD,)

    # A wrong ID number: the service's message, nothing saved.
    dialog.id_edit.setText(APPLICANT_ID[:-1] + "5")
    assert "身份证号码校验位不正确" in register_clicked(qtbot, dialog)
    nothing_saved(agent_session)
    dialog.id_edit.setText(APPLICANT_ID)

    # A scan that is not PDF/JPEG/PNG: refused with the registration, nothing saved.
    bad = tmp_path / "委托书.docx"
    bad.write_bytes(b"PK\x03\x04 a word file")
    click(qtbot, dialog.scan_button)
    choose_file(qtbot, dialog, bad)
    assert dialog.scan_label.text() == "委托书.docx"
    assert "只能附加 PDF、JPEG 或 PNG 格式的扫描件" in register_clicked(qtbot, dialog)
    nothing_saved(agent_session)

    scan = tmp_path / "委托书签字.pdf"
    scan.write_bytes(PDF)
    click(qtbot, dialog.scan_button)
    choose_file(qtbot, dialog, scan)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=20_000)
    info = dialog.info
    assert info is not None and info.agency_no == "D2026000001"
    assert dialog.barcode.text() == info.agency_no
    print_through_preview(qtbot, dialog, form_pdf)
    assert page_count(form_pdf) == 1  # printed as pixels (the one print path rasterizes every page)
    printed = documents.list_documents(agent_session.runtime.uow(), kind="authorization")
    assert [(d.number, d.print_count) for d in printed] == [(info.agency_no, 1)]
    text = archived_text(agent_session, printed[0].id, tmp_path)
    assert "帮办代办委托书" in text and APPLICANT_ID in text and AGENT01_ID in text
    assert not dialog.register_button.isEnabled() and not dialog.name_edit.isEnabled()
    click(qtbot, dialog.close_button)
    idle()

    # The list has it, selected, with its detail beside it.
    qtbot.waitUntil(lambda: panel.current_no() == info.agency_no, timeout=20_000)
    detail = panel.detail
    qtbot.waitUntil(lambda: detail.details is not None and detail.details.info.agency_no == info.agency_no)
    assert detail.state_label.text() == "已登记"
    assert detail.fields["applicant"].text() == "张三（210802********1230）"
    assert detail.fields["scan"].text().startswith("委托书签字.pdf")
    assert unnamed_controls(detail) == []

    # 办理进展.
    click(qtbot, detail.step_button)
    step = form_of(qtbot, detail, StepForm)
    assert unnamed_controls(step) == []
    click(qtbot, step.ok_button)  # empty: told in the form
    assert step.error_label.text() == "请填写办理进展。" and step.isVisible()
    type_text(step.note.lineEdit(), "材料预审通过")  # type: ignore[arg-type]
    click(qtbot, step.ok_button)
    settle(qtbot, detail)
    assert detail.state_label.text() == "代办中"

    # 移交 to window 1.
    click(qtbot, detail.handoff_button)
    hand = form_of(qtbot, detail, HandOffForm)
    assert unnamed_controls(hand) == []
    assert hand.hint.text() == "委托书未授权转委托：只能交回受托人 于春雷。"
    type_text(hand.note, "提交申请材料")
    click(qtbot, hand.ok_button)
    settle(qtbot, detail)
    assert detail.state_label.text() == "待窗口/部门办理"
    assert detail.fields["holder"].text() == "1号窗口（企业开办综合窗口）"

    # The window accepts the case; the agent links it and sees its deadline.
    case_no = accept_case(agent_session.runtime, "张三", APPLICANT_ID)
    click(qtbot, detail.link_button)
    link = form_of(qtbot, detail, LinkCaseForm)
    assert unnamed_controls(link) == []
    qtbot.keyClicks(link.case_no, case_no)
    click(qtbot, link.ok_button)
    settle(qtbot, detail)
    assert detail.fields["case"].text() == case_no
    assert detail.fields["deadline"].text() == "承诺 2026-11-27 前办结（办理中 · 临期，剩 3 个工作日）"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.row_at(0).linked is not None)
    assert panel.model.index(0, 7).data() == "2026-11-27 临期"

    # 结果待领取: the slip printed to a PDF through the preview.
    slip_pdf = tmp_path / "slip.pdf"
    detail.print_to = slip_pdf
    click(qtbot, detail.ready_button)
    ready = form_of(qtbot, detail, ReadyForm)
    assert unnamed_controls(ready) == []
    assert ready.place.text() == "10号窗口"  # the agent's window (this PC has none), editable
    ready.place.end(False)
    type_text(ready.place, "（帮办代办）")
    assert ready.place.text() == "10号窗口（帮办代办）"
    click(qtbot, ready.ok_button)
    settle(qtbot, detail)
    print_through_preview(qtbot, detail, slip_pdf)
    slips = documents.list_documents(agent_session.runtime.uow(), kind="agency_slip")
    assert [(d.number, d.print_count) for d in slips] == [(info.agency_no, 1)]
    slip = archived_text(agent_session, slips[0].id, tmp_path)
    assert "代办结果领取通知" in slip and "领取地点：10号窗口（帮办代办）" in slip and "138****5678" in slip
    settle(qtbot, detail)
    assert detail.state_label.text() == "结果待领取"
    assert not detail.ready_button.isEnabled() and detail.slip_button.isEnabled()

    # 交付办结 asks first; 返回 changes nothing.
    click(qtbot, detail.deliver_button)
    deliver = form_of(qtbot, detail, DeliverForm)
    assert unnamed_controls(deliver) == []
    assert deliver.who.text() == "张三（本人）"
    click(qtbot, deliver.ok_button)
    box = deliver.confirm_box
    assert isinstance(box, QMessageBox) and info.agency_no in box.text()
    qtbot.mouseClick(message_button(box, "返回"), Qt.MouseButton.LeftButton)
    assert agency.get(agent_session.runtime.uow(), info.agency_no).state == "ready"
    click(qtbot, deliver.ok_button)
    box = deliver.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(message_button(box, "交付办结"), Qt.MouseButton.LeftButton)
    settle(qtbot, detail)
    assert agency.get(agent_session.runtime.uow(), info.agency_no).state == "delivered"
    assert detail.state_label.text() == "已交付"
    assert {b.accessibleName() for b in detail.action_buttons if b.isEnabled()} == {
        "打印委托书",
        "重打领取通知单",
        "查看委托书扫描件",  # closed, but the signed form stays on file to be looked at
    }
    assert detail.step_button.toolTip() == "代办件已交付。"
    kinds = [e.kind for e in detail.events_model.rows()]
    assert kinds == ["registered", "attached", "step", "handoff", "linked", "ready", "delivered"]
    # Delivered cases leave the 未办结 list.
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)
    panel.close()


def test_cancelling_asks_first_and_an_expired_authorization_stops_the_work(
    qtbot: QtBot, agent_session: Session
) -> None:
    runtime = agent_session.runtime
    first = register(runtime, valid_until=date(2026, 11, 26))
    panel = open_panel(qtbot, agent_session)
    detail = panel.detail
    qtbot.waitUntil(lambda: detail.details is not None)
    assert detail.step_button.isEnabled()

    # Two days on, the 委托书 has run out: the buttons say why, and the row is red.
    clock = runtime.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 11, 27, 9, 0, tzinfo=HALL_TZ))
    panel.refresh()
    detail.reload()
    idle()
    qtbot.waitUntil(lambda: detail.details is not None and detail.details.expired)
    assert not detail.step_button.isEnabled()
    assert "委托书已过期" in detail.step_button.toolTip()
    assert detail.state_label.text() == "已登记 · 委托书已过期"
    assert "已过期" in detail.fields["validity"].text()
    assert panel.model.index(0, 4).data() == "已登记 · 委托书已过期"
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    click(qtbot, detail.cancel_button)
    cancel = form_of(qtbot, detail, CancelForm)
    assert unnamed_controls(cancel) == []
    click(qtbot, cancel.ok_button)
    assert cancel.error_label.text() == "请填写取消原因。" and cancel.confirm_box is None
    cancel.reason.setCurrentIndex(cancel.reason.findText("委托书到期未续签"))
    click(qtbot, cancel.ok_button)
    box = cancel.confirm_box
    assert isinstance(box, QMessageBox) and "不能恢复" in box.text()
    qtbot.mouseClick(message_button(box, "取消代办"), Qt.MouseButton.LeftButton)
    settle(qtbot, detail)
    after = agency.get(runtime.uow(), first.agency_no)
    assert after.state == "cancelled" and after.cancel_reason == "委托书到期未续签"
    assert "取消：委托书到期未续签" in detail.fields["closed"].text()
    panel.close()


def test_a_scanned_number_opens_the_proxy_case_and_a_refusal_is_shown(
    qtbot: QtBot, agent_session: Session, tmp_path: Path
) -> None:
    runtime = agent_session.runtime
    info = register(runtime)
    dialog = open_agency(None, agent_session, info.agency_no.lower())
    qtbot.addWidget(dialog)
    detail = dialog.detail
    qtbot.waitUntil(lambda: detail.details is not None, timeout=20_000)
    assert dialog.windowTitle() == f"代办件 {info.agency_no.lower()}"
    assert detail.title.text() == f"代办件 {info.agency_no}"
    # Another terminal cancels it meanwhile; this one still offers 办理进展: the service refuses.
    agency.cancel(runtime.uow(), info.agency_no, "委托人撤回委托", staff_id=None)
    click(qtbot, detail.step_button)
    step = form_of(qtbot, detail, StepForm)
    type_text(step.note.lineEdit(), "电话催办")  # type: ignore[arg-type]
    click(qtbot, step.ok_button)
    settle(qtbot, detail)
    expected = f"代办件 {info.agency_no} 已取消，不能再记录办理进展。"
    assert step.error_label.text() == expected and detail.error_label.text() == expected
    assert detail.state_label.text() == "已取消"
    # No scan after closing; the 委托书 (registered without printing) is still made, archived and printed.
    assert not detail.scan_button.isEnabled()
    qtbot.mouseClick(step.cancel_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "form.pdf"
    detail.print_to = out
    assert documents.list_documents(runtime.uow(), kind="authorization") == []
    click(qtbot, detail.form_button)
    print_through_preview(qtbot, detail, out)
    archived = documents.list_documents(runtime.uow(), kind="authorization")
    assert [(d.number, d.print_count) for d in archived] == [(info.agency_no, 1)]
    dialog.close()


def test_a_scanned_number_finds_any_agents_proxy_case_in_the_panel(
    qtbot: QtBot, agent_session: Session
) -> None:
    runtime = agent_session.runtime
    theirs = register(runtime, agent="agent02", agent_id_number="210802197501011232")
    agency.cancel(runtime.uow(), theirs.agency_no, "委托人撤回委托", staff_id=None)
    panel = open_panel(qtbot, agent_session)
    assert panel.model.rowCount() == 0  # only my open ones
    panel.open_number(f" {theirs.agency_no.lower()} ")
    qtbot.waitUntil(lambda: panel.current_no() == theirs.agency_no, timeout=20_000)
    assert not panel.mine.isChecked() and panel.state_combo.currentText() == "全部"
    qtbot.waitUntil(
        lambda: panel.detail.details is not None and panel.detail.details.info.agency_no == theirs.agency_no
    )
    assert panel.detail.state_label.text() == "已取消"
    assert panel.detail.fields["agent"].text().startswith("鲍慧敏")
    panel.close()


def test_the_manager_sees_workload_and_closed_cases_with_durations(qtbot: QtBot, started: Started) -> None:
    runtime = started.runtime
    agent = auth.login(runtime.uow(), "agent01", "demo1234").id
    clock = runtime.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 11, 27, 16, 0, tzinfo=HALL_TZ))  # Friday
    weekend = register(runtime, name="李四")
    register(runtime, name="王五")
    clock.set(datetime(2026, 11, 30, 11, 30, tzinfo=HALL_TZ))  # Monday
    agency.mark_ready(runtime.uow(), weekend.agency_no, "10号窗口", staff_id=agent)
    agency.deliver(runtime.uow(), weekend.agency_no, "本人", staff_id=agent)

    panel = AgencyManagerPanel(session_for(started, "manager01"))
    qtbot.addWidget(panel)
    panel.resize(1400, 760)
    panel.show()
    idle()
    assert unnamed_controls(panel) == []
    assert not panel.cases.mine.isChecked()
    panel.tabs.setCurrentWidget(panel.workload)
    qtbot.waitUntil(lambda: panel.workload.loaded_once)
    rows = {r.agent_name: r for r in panel.workload.model.rows()}
    assert rows["于春雷"].open_count == 1 and rows["鲍慧敏"].open_count == 0
    assert panel.workload.model.index(0, 7).data().startswith("D2026000002（1 个工作日")
    assert "未办结代办件共 1 件" in panel.workload.summary.text()

    panel.tabs.setCurrentWidget(panel.closed)
    qtbot.waitUntil(lambda: panel.closed.report is not None and len(panel.closed.report.rows) == 1)
    model = panel.closed.model
    assert model.index(0, 0).data() == weekend.agency_no
    assert (model.index(0, 7).data(), model.index(0, 8).data()) == ("1", "67.5")
    assert "平均用时 1.0 个工作日（67.5 小时）" in panel.closed.summary.text()
    # A range before it: none.
    panel.closed.until.setDate(panel.closed.until.date().addDays(-5))
    panel.closed.since.setDate(panel.closed.until.date().addDays(-3))
    click(qtbot, panel.closed.show_button)
    qtbot.waitUntil(lambda: panel.closed.report is not None and panel.closed.report.rows == [])
    assert "没有已交付的代办件" in panel.closed.summary.text()
    panel.shutdown()
    panel.close()


def test_a_too_big_scan_is_refused_before_it_is_read(
    qtbot: QtBot, agent_session: Session, tmp_path: Path
) -> None:
    info = register(agent_session.runtime)
    dialog = open_agency(None, agent_session, info.agency_no)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    qtbot.waitUntil(lambda: detail.details is not None, timeout=20_000)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-")
        f.truncate(11 * 1024 * 1024)  # sparse: no 11 MB written to the test disk
    click(qtbot, detail.scan_button)
    choose_file(qtbot, detail, big)
    settle(qtbot, detail)
    assert "超过 10 MB 的上限" in detail.error_label.text()
    assert agency.get(agent_session.runtime.uow(), info.agency_no).attachment is None
    good = tmp_path / "scan.png"
    good.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    click(qtbot, detail.scan_button)
    choose_file(qtbot, detail, good)
    settle(qtbot, detail)
    assert detail.message.text() == "已附加委托书扫描件“scan.png”。"
    assert detail.fields["scan"].text().startswith("scan.png")
    dialog.close()


def test_the_contact_number_is_masked_until_the_agent_asks_and_lists_mask_names(
    qtbot: QtBot, started: Started, agent_session: Session
) -> None:
    runtime = agent_session.runtime
    info = register(runtime, name="张三", contact_name="李四", contact_phone="0417-2345678")
    other = register(runtime, name="王五")
    panel = open_panel(qtbot, agent_session)
    # The list shows the applicant masked; the search still finds the whole name (in the database).
    assert {panel.model.index(r, 1).data() for r in range(panel.model.rowCount())} == {"张*", "王*"}
    panel.search.setText("张三")  # QTest types ASCII only
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    assert (panel.model.index(0, 0).data(), panel.model.index(0, 1).data()) == (info.agency_no, "张*")
    qtbot.waitUntil(lambda: panel.current_no() == info.agency_no, timeout=20_000)
    detail = panel.detail
    qtbot.waitUntil(lambda: detail.details is not None and detail.details.info.agency_no == info.agency_no)
    contact = detail.fields["contact"]
    assert contact.text() == "李四 0417-***5678"
    assert "2345678" not in contact.text() and unnamed_controls(panel) == []

    # The agent who must call asks: the whole number, and the asking is in the proxy case's log.
    click(qtbot, detail.phone_button)
    settle(qtbot, detail)
    qtbot.waitUntil(lambda: contact.text() == "李四 0417-2345678", timeout=20_000)
    assert "已显示完整号码" in detail.message.text() and not detail.phone_button.isEnabled()
    qtbot.waitUntil(
        lambda: any(
            detail.events_model.index(r, 1).data() == "查看联系电话"
            for r in range(detail.events_model.rowCount())
        )
    )
    # Another proxy case shows its number masked again (no contact: the applicant is called).
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20_000)
    panel.select(other.agency_no)
    qtbot.waitUntil(lambda: detail.details is not None and detail.details.info.agency_no == other.agency_no)
    assert contact.text() == "委托人本人 138****0000" and detail.phone_button.isEnabled()
    panel.close()

    # A clerk who is not one of the case's people sees it masked and may not ask.
    clerk = open_panel(qtbot, session_for(started, "clerk01"))
    clerk.select(info.agency_no)
    qtbot.waitUntil(
        lambda: clerk.detail.details is not None and clerk.detail.details.info.agency_no == info.agency_no,
        timeout=20_000,
    )
    assert clerk.detail.fields["contact"].text() == "李四 0417-***5678"
    assert not clerk.detail.phone_button.isEnabled()
    assert "大厅负责人可以查看完整号码" in clerk.detail.phone_button.toolTip()
    viewed = [e for e in agency_reports.events(runtime.uow(), info.agency_no) if e.kind == "contact_viewed"]
    assert [e.staff_name for e in viewed] == ["于春雷"]
    clerk.close()


def test_closing_the_register_dialog_makes_the_panels_window_active_again(
    qtbot: QtBot, agent_session: Session
) -> None:
    """The clerk's F-keys are window shortcuts: after the dialog closes the opener's window must be active."""
    panel = open_panel(qtbot, agent_session)
    pressed: list[str] = []
    QShortcut(QKeySequence("F1"), panel, lambda: pressed.append("F1"))
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    for close in ("escape", "button"):
        panel.open_register()
        dialog = panel.dialog
        assert isinstance(dialog, AgencyRegisterDialog)
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # noqa: B023  # the agents have loaded
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        if close == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            click(qtbot, dialog.close_button)
        qtbot.waitUntil(lambda: panel.dialog is None)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window())
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_F1)
        assert pressed == ["F1"] * (1 if close == "escape" else 2)
    idle()
    panel.close()


def test_closing_a_scanned_proxy_case_makes_the_openers_window_active_again(
    qtbot: QtBot, agent_session: Session
) -> None:
    info = register(agent_session.runtime)
    opener = QWidget()
    qtbot.addWidget(opener)
    opener.show()
    opener.activateWindow()
    qtbot.waitUntil(opener.isActiveWindow)
    dialog = open_agency(opener, agent_session, info.agency_no)
    qtbot.waitUntil(lambda: dialog.detail.details is not None, timeout=20_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opener)
    idle()


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c00000"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _jpeg(width: int, height: int, orientation: int = 1) -> bytes:
    """A photo as a phone stores it: pixels as the sensor saw them, and an EXIF orientation."""
    picture = Image.new("RGB", (width, height), (192, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=60, exif=exif.tobytes())
    return out.getvalue()


def _one_page_pdf(password: str = "") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, encrypt=StandardEncryption(password) if password else None)
    page.drawString(72, 720, "signed authorization")
    page.save()
    return out.getvalue()


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height``, with a token of image data behind it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 16))
        + chunk(b"IEND", b"")
    )


def _view(qtbot: QtBot, detail: AgencyDetail) -> ScanViewer:
    # Alt+S, as the clerk would (Alt+V stays with 查看完整号码), in the window the clerk is in.
    detail.window().activateWindow()
    qtbot.waitUntil(detail.window().isActiveWindow)
    qtbot.keyClick(detail.events_view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(detail.scan_viewer, ScanViewer) and detail.scan_viewer.isVisible())
    assert detail.scan_viewer is not None
    return detail.scan_viewer


def _attach(session: Session, detail: AgencyDetail, qtbot: QtBot, name: str, data: bytes) -> None:
    assert detail.agency_no is not None
    agency.attach_authorization(session.runtime.uow(), detail.agency_no, Upload(name, data), staff_id=None)
    detail.reload()
    settle(qtbot, detail)
    qtbot.waitUntil(lambda: detail.fields["scan"].text().startswith(name), timeout=20_000)


def test_a_window_views_the_scan_and_the_viewing_is_logged(
    qtbot: QtBot, started: Started, agent_session: Session
) -> None:
    info = register(agent_session.runtime)
    clerk = session_for(started, "clerk02")  # a window checking what the agent may do, not the agent
    dialog = open_agency(None, clerk, info.agency_no)
    qtbot.addWidget(dialog)
    dialog.show()
    detail = dialog.detail
    qtbot.waitUntil(lambda: detail.details is not None, timeout=20_000)
    assert not detail.view_scan_button.isEnabled()
    assert "还没有附加委托书扫描件" in detail.view_scan_button.toolTip()

    # A photographed form (PNG): fitted to the window's width as it opens, the scan's own colours.
    _attach(agent_session, detail, qtbot, "委托书.png", _png(1200, 1600))
    assert "查看会记录在代办记录中" in detail.view_scan_button.toolTip()
    viewer = _view(qtbot, detail)
    assert viewer.windowTitle() == f"委托书扫描件 — {info.agency_no} — 委托书.png"
    assert (viewer.image.width(), viewer.image.height()) == (1200, 1600) and viewer.note.isHidden()
    viewport = viewer.area.viewport()
    qtbot.waitUntil(lambda: abs(viewer.picture.pixmap().width() - viewport.width()) <= 24)
    shown = viewer.grab().toImage()
    centre = viewer.picture.mapTo(viewer, viewer.picture.rect().center())
    assert shown.pixelColor(centre).name() == "#c00000"
    viewer.resize(600, 500)  # narrower: the picture follows, a moment after the resizing stops
    qtbot.waitUntil(lambda: abs(viewer.picture.pixmap().width() - viewport.width()) <= 24)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: detail.scan_viewer is None)
    settle(qtbot, detail)
    kinds = [row.kind for row in detail.events_model.rows()]
    assert kinds.count("scan_viewed") == 1
    assert "查看委托书扫描件" in [
        detail.events_model.data(detail.events_model.index(r, 1)) for r in range(len(kinds))
    ]

    # A phone photo lying on its side in the file (EXIF orientation 6) is shown upright; a large photo
    # (20 megapixels) is decoded at a size a screen can show, not refused.
    _attach(agent_session, detail, qtbot, "手机拍照.jpg", _jpeg(400, 300, orientation=6))
    viewer = _view(qtbot, detail)
    assert (viewer.image.width(), viewer.image.height()) == (300, 400) and viewer.note.isHidden()
    viewer.close()
    _attach(agent_session, detail, qtbot, "高清.jpg", _jpeg(4000, 5000))
    viewer = _view(qtbot, detail)
    assert (viewer.image.width(), viewer.image.height()) == (2400, 3000) and viewer.note.isHidden()
    viewer.close()

    # A scanned PDF: every page. One that cannot be shown says why and what to do.
    _attach(agent_session, detail, qtbot, "委托书.pdf", _one_page_pdf())
    viewer = _view(qtbot, detail)
    assert viewer.page_count == 1 and viewer.note.isHidden()
    viewer.close()
    _attach(agent_session, detail, qtbot, "加密.pdf", _one_page_pdf(password="1234"))
    viewer = _view(qtbot, detail)
    assert (
        viewer.note.isVisible()
        and viewer.note.text() == "扫描件 PDF 设有打开密码，无法显示；请去掉密码后重新附加。"
    )
    viewer.close()
    _attach(agent_session, detail, qtbot, "坏.png", PNG)
    viewer = _view(qtbot, detail)
    assert viewer.note.isVisible() and "文件可能已损坏" in viewer.note.text()
    viewer.close()
    with agent_session.runtime.uow().reading() as uow:
        logged = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "agency.scan_viewed")
        ).all()
    assert len(logged) == 6
    dialog.close()


def test_a_scan_too_large_to_decode_says_to_scan_again_at_300_dpi(qapp: object) -> None:
    decoded = decode_image(_png_header(9921, 14031))  # A4 at 1200 dpi: beyond what Qt decodes
    assert decoded.image.isNull()
    assert decoded.problem == "扫描件分辨率过高（9921×14031 像素），无法显示；请以 300 dpi 重新扫描后附加。"


def test_the_agent_reaches_the_number_with_alt_v_and_the_scan_with_alt_s(
    qtbot: QtBot, agent_session: Session
) -> None:
    info = register(agent_session.runtime)
    dialog = open_agency(None, agent_session, info.agency_no)
    qtbot.addWidget(dialog)
    dialog.show()
    detail = dialog.detail
    qtbot.waitUntil(lambda: detail.details is not None, timeout=20_000)
    _attach(agent_session, detail, qtbot, "委托书.png", _png(300, 400))
    assert detail.phone_button.isEnabled() and detail.view_scan_button.isEnabled()
    qtbot.keyClick(detail.events_view, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: detail.whole_phone is not None, timeout=20_000)
    assert detail.scan_viewer is None
    settle(qtbot, detail)
    _view(qtbot, detail).close()
    dialog.close()
