"""文书存档: archived documents listed and filtered, printed again through the preview, the print (or its
failure) recorded on the document, a scanned number opening its copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_accessibility import keyboard_unreachable, unnamed_controls
from tests.gui.test_preview import MISSING, build_pdf
from yk_desktop.gui import workers
from yk_desktop.gui.archive import ArchivePanel, DocumentTableModel
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.printsetup import PrintSetup, save_setup
from yk_desktop.gui.session import Session
from yk_desktop.services import documents
from yk_desktop.services.documents import DocumentInfo

NOTICE, RECEIPT, CORRECTION = "N2026000001", "C2026000001", "B2026000001"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No print setup remembered from another test.
    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path / "data"))


@pytest.fixture
def archived(clerk_session: Session) -> Iterator[dict[str, DocumentInfo]]:
    """Three documents as the window archives them before printing; the receipt printed once."""
    uow = clerk_session.runtime.uow
    staff = clerk_session.staff.id if clerk_session.staff else None
    docs = {
        NOTICE: documents.archive(
            uow(), "notice", NOTICE, "一次性告知书 · 企业设立登记", build_pdf(2), staff_id=staff
        ),
        RECEIPT: documents.archive(
            uow(), "receipt_a4", RECEIPT, "受理回执 · 企业设立登记", build_pdf(1), staff_id=staff
        ),
        CORRECTION: documents.archive(
            uow(), "correction", CORRECTION, "补正材料通知书", build_pdf(1), staff_id=staff
        ),
    }
    documents.mark_printed(uow(), docs[RECEIPT].id, staff)
    yield docs


def open_panel(qtbot: QtBot, session: Session, print_to: Path | None = None) -> ArchivePanel:
    panel = ArchivePanel(session, print_to=print_to)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    return panel


def settle() -> None:
    assert workers.wait_for_idle(20_000)


def shown(panel: ArchivePanel) -> list[str]:
    return [d.number for d in panel.model.rows()]


def cell(panel: ArchivePanel, number: str, column: int) -> str:
    row = shown(panel).index(number)
    return str(panel.model.index(row, column).data())


def stored(session: Session, number: str) -> DocumentInfo:
    (doc,) = documents.list_documents(session.runtime.uow(), number=number)
    return doc


def open_preview(qtbot: QtBot, panel: ArchivePanel, number: str) -> PrintPreviewDialog:
    assert panel.select_number(number)
    qtbot.mouseClick(panel.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=10_000)
    dialog = panel.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=10_000)
    return dialog


def test_an_empty_archive_says_so(qtbot: QtBot, clerk_session: Session) -> None:
    panel = open_panel(qtbot, clerk_session)
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text().startswith("还没有存档的文书。")
    assert not panel.reprint_button.isEnabled()


def test_archived_documents_are_listed_and_filtered(
    qtbot: QtBot, clerk_session: Session, archived: dict[str, DocumentInfo]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    assert sorted(shown(panel)) == sorted(archived)
    assert [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "时间",
        "类型",
        "编号",
        "标题",
        "打印次数",
        "状态",
    ]
    assert cell(panel, NOTICE, DocumentTableModel.KIND) == "一次性告知书"
    assert cell(panel, NOTICE, DocumentTableModel.TIME) == "2026-11-24 10:00"  # hall time, not UTC
    assert cell(panel, NOTICE, DocumentTableModel.STATUS) == "未打印"
    assert cell(panel, RECEIPT, DocumentTableModel.STATUS) == "已打印"
    assert cell(panel, RECEIPT, DocumentTableModel.COUNT) == "1"
    assert panel.count_label.text() == "共 3 份"

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.unprinted_box, Qt.MouseButton.LeftButton)
    assert sorted(shown(panel)) == sorted([NOTICE, CORRECTION])

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findText("受理回执"))
    assert shown(panel) == []  # the receipt is printed
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "没有符合条件的文书。"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.unprinted_box, Qt.MouseButton.LeftButton)
    assert shown(panel) == [RECEIPT]

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.kind_combo.setCurrentIndex(0)
    # A number typed as it looks on paper (lower case, full-width), then part of a title. Typed through
    # insert(), as an input method delivers it: QTest can only type ASCII keys.
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.number_edit.insert("ｎ2026000001")
    assert shown(panel) == [NOTICE]
    panel.number_edit.clear()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.number_edit.insert("企业设立")
    assert sorted(shown(panel)) == sorted([NOTICE, RECEIPT])


def test_reprinting_marks_the_document_printed(
    qtbot: QtBot, clerk_session: Session, archived: dict[str, DocumentInfo], tmp_path: Path
) -> None:
    out = tmp_path / "reprint.pdf"
    panel = open_panel(qtbot, clerk_session, print_to=out)
    dialog = open_preview(qtbot, panel, NOTICE)
    assert dialog.page_count() == 2
    assert NOTICE in dialog.windowTitle()
    dialog.select_file_target()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(PdfReader(out).pages) == 2
    doc = stored(clerk_session, NOTICE)
    assert doc.print_count == 1 and doc.printed_at is not None and doc.last_error == ""
    assert cell(panel, NOTICE, DocumentTableModel.STATUS) == "已打印"
    assert cell(panel, NOTICE, DocumentTableModel.COUNT) == "1"
    selected = panel.selected_document()  # the reload kept the row selected
    assert selected is not None and selected.number == NOTICE

    # Printed again (the applicant lost it): the count goes on.
    dialog = open_preview(qtbot, panel, NOTICE)
    dialog.select_file_target()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle()
    assert stored(clerk_session, NOTICE).print_count == 2
    assert cell(panel, NOTICE, DocumentTableModel.COUNT) == "2"


def test_a_failed_reprint_is_recorded_and_can_be_retried(
    qtbot: QtBot, clerk_session: Session, archived: dict[str, DocumentInfo], tmp_path: Path
) -> None:
    save_setup("correction", PrintSetup(printer=MISSING))
    out = tmp_path / "retry.pdf"
    panel = open_panel(qtbot, clerk_session, print_to=out)
    dialog = open_preview(qtbot, panel, CORRECTION)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle()
    doc = stored(clerk_session, CORRECTION)
    assert doc.last_error.startswith(f"未找到打印机“{MISSING}”")
    assert doc.printed_at is None and doc.print_count == 0
    status = cell(panel, CORRECTION, DocumentTableModel.STATUS)
    assert status.startswith("未打印 · 上次打印失败：未找到打印机")
    assert dialog.isVisible()  # still open for another printer

    dialog.select_file_target()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle()
    doc = stored(clerk_session, CORRECTION)
    assert doc.print_count == 1 and doc.last_error == ""
    assert cell(panel, CORRECTION, DocumentTableModel.STATUS) == "已打印"


def test_enter_on_a_row_opens_the_preview(
    qtbot: QtBot, clerk_session: Session, archived: dict[str, DocumentInfo]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    panel.select_number(RECEIPT)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=10_000)
    assert panel.dialog is not None and RECEIPT in panel.dialog.windowTitle()
    panel.dialog.reject()


def test_a_scanned_number_opens_its_copy(
    qtbot: QtBot, clerk_session: Session, archived: dict[str, DocumentInfo]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.unprinted_box, Qt.MouseButton.LeftButton)
    panel.open_number(f" {RECEIPT.lower()} ")  # printed, so the filter had hidden it: it is reset
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=10_000)
    assert panel.dialog is not None and RECEIPT in panel.dialog.windowTitle()
    assert not panel.unprinted_box.isChecked()
    panel.dialog.reject()

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.open_number("N2026999999")
    assert panel.message_label.text() == "未找到编号为 N2026999999 的存档文书。"
    assert not panel.dialog.isVisible()


def test_the_archive_is_named_and_keyboard_usable(
    qtbot: QtBot, clerk_session: Session, archived: dict[str, DocumentInfo]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    panel.select_number(NOTICE)
    assert unnamed_controls(panel) == []
    assert keyboard_unreachable(panel) == []
