"""A clerk walks from 事项查询 to a printed one-time notification, then (the applicant back with the rest)
scans the letter, accepts the case and prints the receipt — real widgets, keys and a real print path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_clerk import idle, open_dialog, open_panel
from tests.printing.pdfcheck import page_count
from yk_desktop.gui.casedialog import CaseDialog
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.notice_dialog import BROUGHT, MISSING, NA, AcceptDialog, ChecklistModel, NoticeDialog
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import cases, documents, notices

PERSON_ID = "210802198001011230"


def _print_through_preview(qtbot: QtBot, dialog: NoticeDialog | AcceptDialog, target: Path) -> None:
    """The preview opens on the archived PDF; 打印 goes to ``target`` through the real print path."""
    qtbot.waitUntil(
        lambda: isinstance(dialog.preview, PrintPreviewDialog) and dialog.preview.is_ready, timeout=15_000
    )
    preview = dialog.preview
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.page_count() >= 1
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "已打印" in dialog.message.text(), timeout=30_000)
    idle()


def _tick(qtbot: QtBot, view_owner: NoticeDialog | AcceptDialog, row: int) -> None:
    """Space on the row's first cell toggles its 已带 check, as a clerk does from the keyboard."""
    view = view_owner.view
    view.setFocus()
    view.setCurrentIndex(view_owner.model.index(row, ChecklistModel.NAME))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_search_notify_print_scan_accept_and_print_the_receipt(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path
) -> None:
    panel: ClerkPanel = open_panel(qtbot, clerk_session)
    qtbot.keyClicks(panel.search.search, "spjy")  # 食品经营许可
    model = panel.search.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.item(0).name == "食品经营许可")
    panel.search.view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(panel.search.search, Qt.Key.Key_F8)
    dialog = open_dialog(qtbot, panel, NoticeDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.model.rowCount() > 0, timeout=10_000)
    assert unnamed_controls(dialog) == []
    assert "食品经营许可" in dialog.title.text()

    dialog.name_edit.setText("张三")  # QTest types ASCII only; an input method gives the clerk Chinese
    qtbot.keyClicks(dialog.id_edit, PERSON_ID)
    qtbot.keyClicks(dialog.phone_edit, "13804170000")
    lines = dialog.model.lines
    required = [r for r, ln in enumerate(lines) if ln.required]
    for row in required[1:]:
        _tick(qtbot, dialog, row)
    for ln in lines:
        if not ln.required:
            dialog.model.set_status(ln.name, NA)  # the clerk rules the conditional ones out
    assert [ln.status for ln in lines if ln.required] == [MISSING] + [BROUGHT] * (len(required) - 1)
    assert not dialog.accept_button.isEnabled()  # one material is missing
    assert "缺 1 项" in dialog.count_label.text()

    # A bad phone number: a clear message, and nothing numbered or archived.
    dialog.phone_edit.setText("12345")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "正在" not in dialog.message.text(), timeout=10_000)
    assert "电话" in dialog.message.text() or "手机" in dialog.message.text(), dialog.message.text()
    assert dialog.issued is None and documents.list_documents(clerk_session.runtime.uow()) == []
    dialog.phone_edit.setText("13804170000")

    letter = tmp_path / "notice.pdf"
    dialog.print_to = letter
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=15_000)
    _print_through_preview(qtbot, dialog, letter)
    issued = dialog.issued
    assert issued is not None and issued.missing == (lines[required[0]].name,)
    assert dialog.barcode.text() == issued.notice_no  # the bars on screen are the bars on the letter
    assert page_count(letter) >= 1
    archived = documents.list_documents(clerk_session.runtime.uow(), kind="notice")
    assert [(d.number, d.print_count) for d in archived] == [(issued.notice_no, 1)]
    dialog.reject()
    idle()

    # The applicant comes back: the letter's barcode is scanned, the missing material ticked, 受理.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.open_scan(issued.notice_no)
    accept = open_dialog(qtbot, panel, AcceptDialog)
    qtbot.waitUntil(lambda: accept.notice is not None, timeout=10_000)
    assert "仍缺 1 项" in accept.message.text() and not accept.accept_button.isEnabled()
    assert accept.due.date().toPython() == date(2026, 12, 1)  # 容缺 default: 5 working days, the hall's clock
    missing_row = next(r for r, ln in enumerate(accept.model.lines) if ln.status == MISSING)
    _tick(qtbot, accept, missing_row)
    assert accept.accept_button.isEnabled()
    receipt = tmp_path / "receipt.pdf"
    accept.print_to = receipt
    qtbot.mouseClick(accept.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: accept.case is not None, timeout=15_000)
    _print_through_preview(qtbot, accept, receipt)
    case = accept.case
    assert case is not None and case.case_no == "C2026000001"
    assert [r.case_no for r in cases.list_cases(clerk_session.runtime.uow())] == [case.case_no]
    assert notices.open_notice(clerk_session.runtime.uow(), issued.notice_no).case_no == case.case_no
    assert {d.kind for d in documents.list_documents(clerk_session.runtime.uow())} == {"notice", "receipt_a4"}
    accept.reject()

    # The receipt's barcode opens the case; 我的办件 lists it.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    with qtbot.waitSignal(panel.tabs.currentChanged, timeout=5_000):
        panel.tabs.setCurrentWidget(panel.cases_tab)
    listing = panel.case_list
    assert listing is not None
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=10_000)
    assert listing.model.case_at(0).case_no == case.case_no
    panel.open_scan(case.case_no)
    qtbot.waitUntil(
        lambda: any(isinstance(w, CaseDialog) and w.isVisible() for w in panel.findChildren(CaseDialog))
    )
    shown = next(w for w in panel.findChildren(CaseDialog) if w.isVisible())
    qtbot.waitUntil(lambda: case.case_no in shown.title_label.text(), timeout=10_000)
    shown.reject()


def test_a_failure_after_acceptance_is_retried_without_a_second_notice_or_case(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from yk_desktop.services import letters

    real = letters.archive_receipt
    calls: list[str] = []

    def fails_once(*args: object, **kwargs: object) -> documents.DocumentInfo:
        calls.append("x")
        if len(calls) == 1:
            raise RuntimeError("PDF build failed")  # injected: a disk or font failure after the commit
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(letters, "archive_receipt", fails_once)
    panel = open_panel(qtbot, clerk_session)
    dialog = NoticeDialog(clerk_session, item_codes=("210800-SCJG-XK-001",), parent=panel)
    dialog.print_to = tmp_path / "receipt.pdf"
    dialog.open()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.model.rowCount() > 0, timeout=10_000)
    dialog.name_edit.setText("张三")
    for ln in dialog.model.lines:
        dialog.model.set_status(ln.name, BROUGHT if ln.required else NA)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.case is not None and not dialog.busy, timeout=15_000)
    qtbot.waitUntil(
        lambda: "错误" in dialog.message.text() or "重试" in dialog.message.text(), timeout=10_000
    )
    assert dialog.accept_button.isEnabled() and "重新打印受理回执" in dialog.accept_button.text()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    _print_through_preview(qtbot, dialog, tmp_path / "receipt.pdf")
    uow = clerk_session.runtime.uow
    assert len(cases.list_cases(uow())) == 1
    assert [d.kind for d in documents.list_documents(uow())] == ["receipt_a4"]
    assert len(calls) == 2


def test_at_acceptance_a_conditional_material_can_be_ruled_out_instead_of_ticked(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path
) -> None:
    """The notice left a conditional material as 缺; at the window it turns out not to apply: the clerk
    ticks 不适用 (Space in that column), never a document that was not handed in."""
    from yk_desktop.services.notices import NoticeRequest

    runtime = clerk_session.runtime
    plan = notices.plan_notice(runtime.uow(), item_codes=("210800-SCJG-XK-001",))
    required = {m.name for m in plan.materials if m.required}
    info = notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name="李四",
            applicant_id_number=PERSON_ID,
            applicant_phone="13804170000",
            item_codes=("210800-SCJG-XK-001",),
            statuses=dict.fromkeys(required, BROUGHT),
        ),
    )
    panel = open_panel(qtbot, clerk_session)
    panel.open_scan(info.notice_no)
    accept = open_dialog(qtbot, panel, AcceptDialog)
    qtbot.waitUntil(lambda: accept.notice is not None, timeout=10_000)
    conditional = [r for r, ln in enumerate(accept.model.lines) if not ln.required]
    assert conditional and not accept.accept_button.isEnabled()
    assert not accept.view.isColumnHidden(ChecklistModel.NA_COL)
    brought = next(r for r, ln in enumerate(accept.model.lines) if ln.required)
    assert not accept.model.flags(accept.model.index(brought, ChecklistModel.NA_COL)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )  # a required material can never be ruled out
    for row in conditional:
        accept.view.setFocus()
        accept.view.setCurrentIndex(accept.model.index(row, ChecklistModel.NA_COL))
        qtbot.keyClick(accept.view, Qt.Key.Key_Space)
    assert [accept.model.lines[r].status for r in conditional] == [NA] * len(conditional)
    assert accept.accept_button.isEnabled()
    accept.print_to = tmp_path / "receipt.pdf"
    qtbot.mouseClick(accept.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: accept.case is not None, timeout=15_000)
    _print_through_preview(qtbot, accept, tmp_path / "receipt.pdf")
    assert accept.case is not None
    materials = cases.case_materials(runtime.uow(), accept.case.case_no)
    assert {n for n, _p, _s in materials} == required
    accept.reject()
