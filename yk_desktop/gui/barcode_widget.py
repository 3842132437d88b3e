"""The one Code 128 encoder drawn by Qt: a document's number shown on screen as the bars printed on it.

The bars come from ``printing.barcode`` (the same modules reportlab prints), so what the clerk sees can be
scanned off the screen to test a scanner, and a number read aloud can be checked against the paper.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from yk_desktop.printing.barcode import bar_runs, code128_modules

QUIET_MODULES = 10  # white space each side, as on paper, so a scanner finds the edges


def paint_code128(painter: QPainter, rect: QRectF, text: str) -> None:
    """Draw ``text``'s bars filling ``rect`` (white background, quiet zones included), whole pixels per
    module when the rect is wide enough so every bar keeps its width."""
    modules = code128_modules(text)
    total = len(modules) + 2 * QUIET_MODULES
    module = max(1.0, float(int(rect.width() / total))) if rect.width() >= total else rect.width() / total
    left = rect.left() + (rect.width() - module * total) / 2 + QUIET_MODULES * module
    painter.fillRect(rect, QColor("white"))
    for start, width in bar_runs(modules):
        painter.fillRect(
            QRectF(left + start * module, rect.top(), width * module, rect.height()), QColor("black")
        )


class BarcodeWidget(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)  # a screen reader says the number, not "image"
        self.setVisible(bool(text))
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        modules = len(code128_modules(self._text)) + 2 * QUIET_MODULES if self._text else 100
        return QSize(modules * 2, 48)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_code128(painter, QRectF(self.rect()), self._text)
        painter.end()
