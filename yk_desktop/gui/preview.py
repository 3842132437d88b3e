"""打印预览: the document as it will print, a printer and a number of copies, then print or save as PDF.

Printing goes through the one print path (``gui.printer.print_pdf``) on the worker pool, so a printer that
is slow to answer never freezes the window. A failure is shown in the dialog itself and the dialog stays
open: the clerk picks another printer and prints again, nothing is lost (the document is archived before
it is printed, DESIGN.md §7).

``print_document`` is what callers use: it prints straight away when the kind's remembered setup says so
(``PrintSetup.silent``), and opens the preview otherwise.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.printer import PrintFailed, available_printers, default_printer, print_pdf
from yk_desktop.gui.printsetup import COPIES_RANGE, PrintSetup, load_setup, save_setup
from yk_desktop.gui.workers import error_text, run_in_pool

log = logging.getLogger(__name__)

# One step of 放大/缩小, and how far either way: below a quarter nothing is legible, above 4× a page of
# A4 no longer fits any screen in either direction.
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


def _hint() -> str:
    return QCoreApplication.translate("PrintPreviewDialog", "可选择其他打印机后重新打印。")


def _print_copies(
    pdf: bytes, printer: str, output_file: Path | None, copies: int, dpi: int, title: str
) -> None:
    """Print ``copies`` jobs (worker thread); a file gets one copy, more would only overwrite it.

    print_pdf has no copy count, so each copy is its own job: the queue shows 「标题（2/3）」 and a printer
    that jams on the second copy says so without hiding that the first one came out.
    """
    hint = _hint()
    if output_file is not None:
        print_pdf(pdf, output_file=output_file, dpi=dpi, title=title, hint=hint)
        return
    for n in range(copies):
        job = title if copies == 1 else f"{title}（{n + 1}/{copies}）"
        try:
            print_pdf(pdf, printer=printer, dpi=dpi, title=job, hint=hint)
        except PrintFailed as exc:
            if n == 0:
                raise
            text = QCoreApplication.translate("PrintPreviewDialog", "已打印 {0} 份，第 {1} 份未能打印：{2}")
            raise PrintFailed(text.format(n, n + 1, exc.message)) from exc


def failure_text(exc: BaseException) -> str:
    """The Chinese message for a failed print: the printer's own, or the generic one with a code."""
    return exc.message if isinstance(exc, PrintFailed) else error_text(exc)


@dataclass(frozen=True)
class _Target:
    printer: str  # the printer's name; "" for a file
    file: Path | None = None
    installed: bool = True


class PrintPreviewDialog(QDialog):
    """Shows ``pdf`` and prints it; ``printed`` on success (the dialog then closes), ``failed(message)``
    for each failed attempt (the dialog stays open for another try).

    Args:
        kind: the document kind whose print setup is used and remembered ("notice", "receipt_roll", …).
        print_to: offer "print to this PDF file" as a target, selected when no printer was remembered;
            tests print through the real path this way, and so can a PC meant to produce files.
    """

    printed = Signal()
    failed = Signal(str)
    ready = Signal()  # the printer list has arrived

    def __init__(
        self,
        pdf: bytes,
        kind: str,
        title: str,
        parent: QWidget | None = None,
        *,
        print_to: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PrintPreviewDialog")
        self.setWindowTitle(self.tr("打印预览 — {0}").format(title))
        self.resize(1040, 760)
        self._pdf = pdf
        self._kind = kind
        self._title = title
        self._print_to = print_to
        self._setup = load_setup(kind)
        self._targets: list[_Target] = []
        self.busy = False
        self.is_ready = False
        self.file_dialog: QFileDialog | None = None

        # The document reads from this buffer as long as it lives; both belong to the dialog.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)  # synchronous: the buffer holds all the data

        self.view = QPdfView()
        self.view.setObjectName("pdfPreview")
        self.view.setAccessibleName(self.tr("文书预览"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.zoom_out_button = self._button(self.tr("缩小(&-)"), self.tr("缩小预览"), self.zoom_out)
        self.zoom_in_button = self._button(self.tr("放大(&+)"), self.tr("放大预览"), self.zoom_in)
        self.fit_button = self._button(self.tr("适合宽度(&W)"), self.tr("预览适合宽度"), self.fit_width)
        self.page_label = QLabel()
        self.page_label.setObjectName("hintLabel")

        caption = QLabel(title)
        caption.setObjectName("sectionCaption")
        caption.setWordWrap(True)
        self.pages_label = QLabel(self.tr("共 {0} 页").format(self.page_count()))
        self.pages_label.setObjectName("hintLabel")
        self.printer_combo = QComboBox()
        self.printer_combo.setAccessibleName(self.tr("选择打印机"))
        self.printer_combo.view().setAccessibleName(self.tr("打印机列表"))
        self.printer_combo.addItem(self.tr("正在查找打印机…"))
        self.printer_combo.setEnabled(False)
        self.copies = QSpinBox()
        self.copies.setAccessibleName(self.tr("打印份数"))
        self.copies.setRange(*COPIES_RANGE)
        self.copies.setValue(self._setup.copies)
        self.copies.setSuffix(self.tr(" 份"))
        self.note_label = QLabel()
        self.note_label.setObjectName("hintLabel")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("captionLabel")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.print_button = self._button(self.tr("打印"), self.tr("打印文书"), self.print_now)
        self.print_button.setObjectName("primaryButton")
        self.print_button.setDefault(True)
        self.print_button.setToolTip(self.tr("打印（Ctrl+P）"))
        self.print_button.setEnabled(False)  # until the printers are known
        self.save_button = self._button(self.tr("另存为PDF…"), self.tr("另存为PDF文件"), self.save_as)
        self.close_button = self._button(self.tr("关闭"), self.tr("关闭打印预览"), self.reject)
        self.close_button.setToolTip(self.tr("关闭（Esc）"))
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter anywhere prints; only 打印 is the default

        self._shortcut(QKeySequence.StandardKey.Print, self.print_button.click)
        self._shortcut(QKeySequence.StandardKey.ZoomIn, self.zoom_in_button.click)
        self._shortcut(QKeySequence.StandardKey.ZoomOut, self.zoom_out_button.click)
        self._shortcut(QKeySequence("Ctrl+0"), self.fit_button.click)
        self._lay_out(caption)
        self._show_page(0)
        if self.document.status() != QPdfDocument.Status.Ready or self.page_count() < 1:
            self._show_error(self.tr("文书文件已损坏，无法预览和打印，请重新生成该文书。"))
        run_in_pool(
            _list_printers, on_done=self._printers_listed, on_error=self._printers_failed, context=self
        )

    # -- building ------------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)

    def _lay_out(self, caption: QLabel) -> None:
        tools = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.view, 1)

        form = QGridLayout()
        printer_label = QLabel(self.tr("打印机(&R)"))
        printer_label.setBuddy(self.printer_combo)
        copies_label = QLabel(self.tr("份数(&N)"))
        copies_label.setBuddy(self.copies)
        form.addWidget(printer_label, 0, 0)
        form.addWidget(self.printer_combo, 0, 1)
        form.addWidget(copies_label, 1, 0)
        form.addWidget(self.copies, 1, 1)
        # Silent print where the hall wants it (a roll printer at every window): remembered per document
        # kind with the printer. The archive's reprint always shows this dialog, so it can be turned off again.
        self.silent_box = QCheckBox(self.tr("以后此类文书不预览，直接打印(&S)"))
        self.silent_box.setAccessibleName(self.tr("此类文书以后直接打印"))
        self.silent_box.setChecked(self._setup.silent)
        form.addWidget(self.silent_box, 2, 0, 1, 2)
        form.setColumnStretch(1, 1)
        side = QVBoxLayout()
        side.addWidget(caption)
        side.addWidget(self.pages_label)
        side.addSpacing(8)
        side.addLayout(form)
        side.addWidget(self.note_label)
        side.addWidget(self.error_label)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side.addWidget(self.print_button)
        side.addWidget(self.save_button)
        side.addWidget(self.close_button)
        panel = QWidget()
        panel.setFixedWidth(300)
        panel.setLayout(side)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(panel)
        # The choices first (where the work is), then the document for reading with the arrow keys.
        order = [
            self.printer_combo,
            self.copies,
            self.silent_box,
            self.print_button,
            self.save_button,
            self.close_button,
            self.view,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # -- the document --------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(self.tr("第 {0} / {1} 页").format(page + 1, max(1, self.page_count())))

    def _fit_factor(self) -> float:
        """The zoom FitToWidth shows now, so 放大 starts from what is on screen, not from 100 %."""
        if self.page_count() < 1:
            return 1.0
        widest = max(self.document.pagePointSize(i).width() for i in range(self.page_count()))
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, usable / max(1.0, widest * self.view.logicalDpiX() / 72))

    def _zoom(self, step: float) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            current = self.view.zoomFactor()
        else:
            current = self._fit_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, current * step)))

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- printers ------------------------------------------------------------------------------------
    def _printers_listed(self, found: tuple[list[str], str]) -> None:
        names, system_default = found
        remembered = self._setup.printer
        self._targets = [_Target(name) for name in names]
        labels = [self.tr("{0}（默认）").format(n) if n == system_default else n for n in names]
        if remembered and remembered not in names and (names or self._print_to is not None):
            # The printer used last time is unplugged or renamed: keep it in sight, so the clerk sees
            # what changed (printing to it says so) rather than silently getting another printer.
            self._targets.append(_Target(remembered, installed=False))
            labels.append(self.tr("{0}（未找到）").format(remembered))
        if self._print_to is not None:
            self._targets.append(_Target("", file=self._print_to))
            labels.append(self.tr("PDF 文件：{0}").format(self._print_to.name))
        self.printer_combo.clear()
        if not self._targets:
            self.printer_combo.addItem(self.tr("本机没有安装打印机"))
            self._show_note(
                self.tr("本机没有安装打印机，无法直接打印。可点「另存为PDF…」保存文件，在其他电脑上打印。")
            )
        else:
            self.printer_combo.addItems(labels)
            self.printer_combo.setCurrentIndex(self._initial_target(remembered, system_default))
        self.is_ready = True
        self._set_busy(False)
        if self.print_button.isEnabled():
            self.print_button.setFocus()
        else:
            self.save_button.setFocus()
        self.ready.emit()

    def _initial_target(self, remembered: str, system_default: str) -> int:
        for wanted in (remembered, system_default):
            for index, target in enumerate(self._targets):
                if wanted and target.file is None and target.printer == wanted:
                    return index
        # No remembered or default printer: a file target when there is one (never a stale name).
        for index, target in enumerate(self._targets):
            if target.file is not None:
                return index
        return 0

    def _printers_failed(self, exc: BaseException) -> None:
        self._targets = []
        self._printers_listed(([], ""))
        self._show_error(failure_text(exc))

    def current_target(self) -> _Target | None:
        index = self.printer_combo.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def select_file_target(self) -> bool:
        """Choose the ``print_to`` file as the target (tests, and callers that offer it)."""
        for index, target in enumerate(self._targets):
            if target.file is not None:
                self.printer_combo.setCurrentIndex(index)
                return True
        return False

    # -- printing ------------------------------------------------------------------------------------
    def print_now(self) -> None:
        target = self.current_target()
        if self.busy or target is None or not self.print_button.isEnabled():
            return
        self._set_busy(True)
        self.error_label.hide()
        self.status_label.setText(self.tr("正在打印，请稍候…"))
        self.status_label.show()
        run_in_pool(
            _print_copies,
            self._pdf,
            target.printer,
            target.file,
            self.copies.value(),
            self._setup.dpi,
            self._title,
            on_done=lambda _none: self._printed(target),
            on_error=self._print_failed,
            context=self,
        )

    def _printed(self, target: _Target) -> None:
        self._set_busy(False)
        # A file target is a stand-in for a printer: keep the printer remembered before it.
        printer = target.printer if target.file is None else self._setup.printer
        self._setup = replace(
            self._setup, printer=printer, copies=self.copies.value(), silent=self.silent_box.isChecked()
        )
        try:
            save_setup(self._kind, self._setup)
        except OSError as exc:
            # The document did print; forgetting the choice next time is not worth bothering the clerk.
            log.warning("打印设置无法保存：%s", exc)
        self.status_label.setText(self.tr("已打印。"))
        self.printed.emit()
        self.accept()

    def _print_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = failure_text(exc)
        self.status_label.hide()
        self._show_error(message)
        self.printer_combo.setFocus()  # most failures are fixed by choosing another printer
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        can_print = self.is_ready and bool(self._targets) and self.page_count() > 0
        self.print_button.setEnabled(not busy and can_print)
        self.printer_combo.setEnabled(not busy and bool(self._targets))
        self.copies.setEnabled(not busy and can_print)
        self.save_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.show()

    # -- saving --------------------------------------------------------------------------------------
    def save_as(self) -> None:
        """Ask where (a non-blocking file dialog), then write the PDF exactly as archived."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self,
            self.tr("另存为PDF"),
            str(Path(folder) / _file_name(self._title)),
            self.tr("PDF 文件 (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.write_pdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def write_pdf(self, path: str | Path) -> bool:
        self.file_dialog = None
        try:
            Path(path).write_bytes(self._pdf)
        except OSError as exc:
            self._show_error(
                self.tr("无法保存到“{0}”（{1}），请换一个文件夹后重试。").format(path, exc.strerror or exc)
            )
            return False
        self.error_label.hide()
        self.status_label.setText(self.tr("已保存到“{0}”。").format(path))
        self.status_label.show()
        return True

    # -- closing -------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:
            return  # the job is with the printer; its answer must reach the archive
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def _list_printers() -> tuple[list[str], str]:
    # Worker thread: with network printers offline, asking the system can take seconds on Windows.
    return available_printers(), default_printer()


def _file_name(title: str) -> str:
    """A file name from the title: characters Windows refuses replaced, never empty."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", title).strip(" .") or "文书"
    return f"{name[:80]}.pdf"


def print_document(
    pdf: bytes,
    kind: str,
    title: str,
    parent: QWidget | None,
    *,
    on_printed: Callable[[], object],
    on_failed: Callable[[str], object],
    print_to: Path | None = None,
) -> PrintPreviewDialog | None:
    """Print ``pdf`` as the kind's remembered setup says: straight away when it is ``silent`` (returns
    None; exactly one callback follows), or through the preview (returns the open dialog; ``on_failed``
    may come for each failed try before ``on_printed``, or never if the clerk closes it)."""
    setup: PrintSetup = load_setup(kind)
    if setup.silent:
        run_in_pool(
            _print_copies,
            pdf,
            setup.printer,
            print_to,
            setup.copies,
            setup.dpi,
            title,
            on_done=lambda _none: on_printed(),
            on_error=lambda exc: on_failed(failure_text(exc)),
            context=parent,
        )
        return None
    dialog = PrintPreviewDialog(pdf, kind, title, parent, print_to=print_to)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.printed.connect(lambda: on_printed())
    dialog.failed.connect(lambda message: on_failed(message))
    dialog.open()
    return dialog
