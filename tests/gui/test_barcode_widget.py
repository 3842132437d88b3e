"""The bars Qt draws on screen are the bars reportlab prints: read back from the widget's pixels."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.printing.pdfcheck import row_modules
from yk_desktop.gui.barcode_widget import BarcodeWidget
from yk_desktop.printing.barcode import code128_modules, decode_modules


def _row(image: QImage, y: int) -> bytes:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    line = gray.constScanLine(y)
    return bytes(line)[: gray.width()]


def test_the_widget_draws_the_same_modules_as_the_printed_code(qtbot: QtBot) -> None:
    for text in ("N2026000123", "C2026000001", "T20261124A015"):
        widget = BarcodeWidget(text)
        qtbot.addWidget(widget)
        widget.resize(400, 48)
        image = widget.grab().toImage()
        modules = row_modules(_row(image, image.height() // 2))
        assert modules == code128_modules(text)
        assert decode_modules(modules) == text
        assert widget.accessibleName() == text


def test_no_number_no_bars(qtbot: QtBot) -> None:
    widget = BarcodeWidget()
    qtbot.addWidget(widget)
    assert not widget.isVisible() and widget.text() == ""
