"""打印预览: every page shown, printing through the one print path into a PDF file, a failing printer told in
the dialog without losing anything, the print setup remembered per document kind, silent kinds."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.printing.pdfcheck import pdf_text, render_gray
from yk_desktop.gui import workers
from yk_desktop.gui.preview import PrintPreviewDialog, print_document
from yk_desktop.gui.printer import available_printers
from yk_desktop.gui.printsetup import PrintSetup, load_setup, save_setup, setup_path
from yk_desktop.printing.fonts import cjk_font

TITLE = "一次性告知书 N2026000123"
MISSING = "不存在的打印机-HP1020"


def build_pdf(pages: int = 3) -> bytes:
    """An A4 document with a Chinese heading and a big black box on each page (to find in the print)."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    font = cjk_font().name
    for page in range(1, pages + 1):
        canvas.setFont(font, 20)
        canvas.drawString(72, 760, f"一次性告知书 第{page}页")
        canvas.rect(72, 400, 300, 200, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return build_pdf()


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Each test starts with no remembered print setup, and leaves none behind for the next.
    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path / "data"))
    yield
    assert workers.wait_for_idle(20_000)


def open_dialog(
    qtbot: QtBot, pdf: bytes, kind: str = "notice", print_to: Path | None = None
) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, kind, TITLE, print_to=print_to)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=10_000)
    return dialog


def click_print(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)


def test_the_preview_shows_every_page(qtbot: QtBot, pdf: bytes) -> None:
    dialog = open_dialog(qtbot, pdf)
    assert dialog.page_count() == 3
    assert dialog.pages_label.text() == "共 3 页"
    assert dialog.page_label.text() == "第 1 / 3 页"
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == "第 3 / 3 页")
    # 放大 starts from the fitted width on screen, not from 100 %.
    fitted = dialog._fit_factor()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_print_sends_every_page_to_the_file(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    source = tmp_path / "source.pdf"
    source.write_bytes(pdf)
    dialog = open_dialog(qtbot, pdf, print_to=out)
    assert dialog.select_file_target()  # never a real printer, whatever this machine has
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        click_print(qtbot, dialog)
        # While the job runs: nothing to click twice, and Esc does not walk away from it.
        assert dialog.busy and dialog.status_label.text() == "正在打印，请稍候…"
        assert not dialog.print_button.isEnabled() and not dialog.close_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    assert not dialog.isVisible()  # printed: the dialog closes itself
    pages = PdfReader(out).pages
    assert len(pages) == 3
    for page in pages:
        assert abs(float(page.mediabox.width) - A4[0]) <= 1 and abs(float(page.mediabox.height) - A4[1]) <= 1
    # The print is a raster of the page (printer.py), so it is compared by its pixels, not its text.
    printed, original = render_gray(out, 50), render_gray(source, 50)
    assert abs(printed.dark_count() - original.dark_count()) / original.dark_count() < 0.05
    assert original.dark_count() > 0.05 * original.width * original.height  # the box is there


def test_a_failing_printer_is_told_in_the_dialog_and_another_choice_prints(
    qtbot: QtBot, pdf: bytes, tmp_path: Path
) -> None:
    save_setup("notice", PrintSetup(printer=MISSING))
    out = tmp_path / "retry.pdf"
    dialog = open_dialog(qtbot, pdf, print_to=out)
    assert dialog.printer_combo.currentText() == f"{MISSING}（未找到）"
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        click_print(qtbot, dialog)
    message = failed.args[0]
    assert message.startswith(f"未找到打印机“{MISSING}”")
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and dialog.error_label.text() == message
    assert dialog.print_button.isEnabled() and dialog.printer_combo.isEnabled()
    assert not out.exists()

    dialog.select_file_target()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        click_print(qtbot, dialog)
    assert len(PdfReader(out).pages) == 3
    # The file stood in for a printer: the printer remembered is still the one chosen before.
    assert load_setup("notice").printer == MISSING


def test_the_setup_is_remembered_per_kind(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, pdf, print_to=tmp_path / "a.pdf")
    dialog.select_file_target()
    dialog.copies.setValue(3)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P prints
    assert load_setup("notice") == PrintSetup(copies=3)

    again = open_dialog(qtbot, pdf)
    assert again.copies.value() == 3
    other = open_dialog(qtbot, pdf, kind="correction")
    assert other.copies.value() == 1
    assert load_setup("receipt_roll").dpi == 203 and load_setup("ticket").dpi == 203
    assert load_setup("receipt_a4").dpi == 300
    stored = json.loads(setup_path().read_text(encoding="utf-8"))
    assert stored["notice"]["copies"] == 3


def test_a_broken_setup_file_falls_back_to_defaults(
    qtbot: QtBot, pdf: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = setup_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{这不是 JSON", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="yk_desktop.gui.printsetup"):
        assert load_setup("notice") == PrintSetup()
    assert "格式错误" in caplog.text
    dialog = open_dialog(qtbot, pdf)
    assert dialog.copies.value() == 1

    # Hand-edited values out of range or of the wrong type: each falls back, the good ones are kept.
    path.write_text(
        json.dumps(
            {"ticket": {"printer": "XP-58", "copies": 99, "dpi": "high", "silent": "yes"}, "notice": 7}
        ),
        encoding="utf-8",
    )
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="yk_desktop.gui.printsetup"):
        assert load_setup("ticket") == PrintSetup(printer="XP-58", copies=1, dpi=203, silent=False)
        assert load_setup("notice") == PrintSetup()
    assert "copies" in caplog.text and "dpi" in caplog.text

    # Saving over a broken file leaves a good one.
    save_setup("correction", PrintSetup(copies=2))
    assert load_setup("correction").copies == 2
    with pytest.raises(ValueError):
        save_setup("correction", PrintSetup(copies=21))
    with pytest.raises(ValueError):
        save_setup("correction", PrintSetup(dpi=50))


def test_a_silent_kind_prints_without_a_dialog(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    save_setup("ticket", PrintSetup(dpi=203, silent=True))
    out = tmp_path / "silent.pdf"
    results: list[str] = []
    shown = print_document(
        pdf,
        "ticket",
        TITLE,
        None,
        on_printed=lambda: results.append("printed"),
        on_failed=results.append,
        print_to=out,
    )
    assert shown is None
    assert not any(
        isinstance(w, PrintPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert workers.wait_for_idle(20_000)
    assert results == ["printed"]
    assert len(PdfReader(out).pages) == 3

    # Not silent: the preview opens, and its answer comes back through the same callbacks.
    dialog = print_document(
        pdf,
        "notice",
        TITLE,
        None,
        on_printed=lambda: results.append("again"),
        on_failed=results.append,
        print_to=out,
    )
    assert isinstance(dialog, PrintPreviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=10_000)
    dialog.select_file_target()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        click_print(qtbot, dialog)
    assert results == ["printed", "again"]

    # Ticking 「以后此类文书不预览，直接打印」 when printing makes the kind silent from then on.
    dialog = open_dialog(qtbot, pdf, print_to=out)
    dialog.select_file_target()
    qtbot.mouseClick(dialog.silent_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        click_print(qtbot, dialog)
    assert load_setup("notice").silent
    assert (
        print_document(pdf, "notice", TITLE, None, on_printed=lambda: None, on_failed=print, print_to=out)
        is None
    )
    assert workers.wait_for_idle(20_000)


def test_a_silent_print_that_fails_says_why(qtbot: QtBot, pdf: bytes) -> None:
    save_setup("ticket", PrintSetup(printer=MISSING, silent=True))
    results: list[str] = []
    print_document(
        pdf, "ticket", TITLE, None, on_printed=lambda: results.append("printed"), on_failed=results.append
    )
    assert workers.wait_for_idle(20_000)
    assert len(results) == 1 and results[0].startswith(f"未找到打印机“{MISSING}”")


def test_save_as_pdf_writes_the_document_as_it_is(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, pdf)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    target = tmp_path / "saved.pdf"
    chooser.selectFile(str(target))
    chooser.accept()
    assert target.read_bytes() == pdf
    assert "一次性告知书第2页" in "".join(pdf_text(target).split())
    assert dialog.isVisible()  # saving is not printing: the dialog stays for a print as well
    assert "已保存" in dialog.status_label.text()

    assert not dialog.write_pdf(tmp_path / "no-such-folder" / "x.pdf")
    assert dialog.error_label.text().startswith("无法保存到")


def test_without_any_printer_only_saving_is_offered(qtbot: QtBot, pdf: bytes) -> None:
    if available_printers():
        pytest.skip("this machine has printers")
    save_setup("notice", PrintSetup(printer=MISSING))
    dialog = open_dialog(qtbot, pdf)
    assert dialog.printer_combo.currentText() == "本机没有安装打印机"
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert "另存为PDF" in dialog.note_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_broken_pdf_is_refused_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, b"%PDF-1.4\n% truncated", print_to=tmp_path / "never.pdf")
    assert not dialog.print_button.isEnabled()
    assert "已损坏" in dialog.error_label.text()


def test_the_preview_speaks_english_with_the_catalogue(qtbot: QtBot, pdf: bytes, qapp: QApplication) -> None:
    from yk_desktop.gui import i18n

    i18n.install(qapp, "en")
    try:
        dialog = open_dialog(qtbot, pdf)
        assert dialog.windowTitle() == f"Print preview — {TITLE}"
        assert dialog.page_label.text() == "Page 1 of 3"
        assert dialog.print_button.text() == "Print"
    finally:
        i18n.remove(qapp)
