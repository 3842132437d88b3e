"""Sending our PDFs to a printer through Qt print support: the one print path for every document.

Documents are built as PDF by ``yk_desktop.printing`` (no Qt there); this module rasterizes each page
with QtPdf at the printer's resolution and paints it onto a ``QPrinter`` whose page is exactly the PDF's
page, edge to edge. That way a receipt printer, an office laser and "print to PDF" all get the same
pixels, and nothing depends on the printer driver understanding PDF.

No widgets are touched, so ``print_pdf`` may run on a worker thread (``gui.workers.run_in_pool``): a
printer that is slow to answer must not freeze the kiosk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


class PrintFailed(Exception):
    """Printing could not happen; ``message`` says, in Chinese, what the user or hall IT should do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def available_printers() -> list[str]:
    """Names of the printers this PC knows, as the configuration's ``printer`` setting expects them."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    """The system's default printer, or "" when none is set (or none is installed)."""
    return QPrinterInfo.defaultPrinterName()


def _fail(text: str, hint: str) -> PrintFailed:
    # The hint is the caller's own next step ("号票仍然有效，可点“重打上一张”。"), added as its own sentence.
    return PrintFailed(text + hint)


def _page_size(points: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """A custom page exactly the PDF page's size; ExactMatch, so Qt does not snap 80 mm rolls to A7."""
    width, height = points.width(), points.height()
    # A QPageSize is portrait by definition; a wider-than-tall page is the portrait size turned.
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return size, orientation


def _set_page(printer: QPrinter, points: QSizeF) -> None:
    size, orientation = _page_size(points)
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    # Zero margins: the PDF already has its own; the printer's would shrink or shift the page.
    layout.setMode(QPageLayout.Mode.FullPageMode)
    printer.setPageLayout(layout)


def _printer(printer: str, output_file: Path | None, hint: str) -> tuple[QPrinter, str]:
    """The QPrinter to paint on, and how to name it in a message."""
    if output_file is not None:
        target = QPrinter(QPrinter.PrinterMode.HighResolution)
        target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target.setOutputFileName(str(output_file))
        return target, f"文件“{output_file}”"
    names = available_printers()
    name = printer or default_printer()
    if not name:
        if names:
            raise _fail(
                f"本机没有设置默认打印机，请在系统中设置默认打印机或指定打印机名称（本机可用的打印机：{'、'.join(names)}）。",
                hint,
            )
        raise _fail("本机没有可用的打印机，请连接并安装打印机后重试。", hint)
    if name not in names:
        known = f"（本机可用的打印机：{'、'.join(names)}）" if names else "（本机没有安装任何打印机）"
        raise _fail(f"未找到打印机“{name}”{known}，请检查打印机连接或改正打印机名称。", hint)
    target = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    return target, f"打印机“{name}”"


def _load(pdf: bytes, hint: str) -> tuple[QPdfDocument, QBuffer]:
    """The document and the buffer it reads from, which must stay alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    # Loading from a buffer that holds all the data is synchronous: status is final on return.
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.close()
        raise _fail("要打印的文件已损坏或不是有效的 PDF，无法打印，请重新生成后再试。", hint)
    return document, buffer


def print_pdf(
    pdf: bytes,
    *,
    printer: str = "",
    output_file: Path | None = None,
    dpi: int = 203,
    title: str = "",
    hint: str = "",
) -> None:
    """Print every page of ``pdf``, each on a page of exactly its own size.

    Args:
        printer: a name from :func:`available_printers`; "" means the system default.
        output_file: write a PDF file instead of printing ("print to PDF", and how tests print).
        dpi: the resolution pages are rasterized at; 203 is a thermal receipt printer's 8 dots per mm,
            an office printer wants 300 or 600.
        title: the job name the print queue shows.
        hint: a sentence added to any failure message, saying what to do next in the caller's terms.

    Raises:
        PrintFailed: no such printer, no printer at all, the PDF does not load, or printing could not
            start or finish. The message is Chinese and says what to do.
    """
    if dpi < 72 or dpi > 2400:
        raise ValueError(f"打印分辨率应在 72–2400 dpi 之间：{dpi}")
    document, buffer = _load(pdf, hint)
    try:
        target, where = _printer(printer, output_file, hint)
        target.setResolution(dpi)
        target.setDocName(title or "yk-desktop")
        target.setFullPage(True)
        target.setColorMode(QPrinter.ColorMode.GrayScale)
        _set_page(target, document.pagePointSize(0))
        _paint(document, target, where, hint)
    finally:
        document.close()
        buffer.close()


def _paint(document: QPdfDocument, target: QPrinter, where: str, hint: str) -> None:
    options = QPdfDocumentRenderOptions()
    # Aliased paths: a barcode's bars come out as whole printer dots with hard edges, not grey fringes a
    # receipt printer would dither into ragged bars.
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.PathAliased)
    painter = QPainter()
    if not painter.begin(target):
        raise _fail(f"{where}无法开始打印（可能脱机、缺纸、被占用或没有写入权限），请检查后重试。", hint)
    try:
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            if index > 0:
                # The next page's size is set before newPage(), which starts the page with it.
                _set_page(target, points)
                if not target.newPage():
                    raise _fail(f"{where}无法开始第 {index + 1} 页，请检查后重试。", hint)
            # Rasterize at the printer's real resolution: a driver may not honour the one we asked for.
            resolution = target.resolution()
            pixels = QSize(
                max(1, round(points.width() * resolution / 72)),
                max(1, round(points.height() * resolution / 72)),
            )
            image = document.render(index, pixels, options)
            if image.isNull():
                raise _fail(f"第 {index + 1} 页无法转换为打印图像（内存不足或文件损坏），请重试。", hint)
            # Full-page mode: the paper rect in device pixels is the whole page, origin at its corner.
            painter.drawImage(target.paperRect(QPrinter.Unit.DevicePixel), image, QRectF(image.rect()))
    finally:
        ended = painter.end()
    if not ended or target.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise _fail(f"{where}打印失败（打印机报告错误），请检查打印机后重试。", hint)
