"""A stored scan shown as it was handed in: a PDF page by page, a JPEG or PNG fitted to the window.

For the signed 委托书 of a proxy case: the window that takes over a step checks what the agent may do and
until when. Viewing only: the scan is evidence and is never edited or re-encoded here.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PDF = "application/pdf"


class ScanViewer(QDialog):
    def __init__(self, data: bytes, content_type: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScanViewer")
        self.setWindowTitle(title)
        self.resize(900, 760)
        self.page_count = 0
        self.image = QImage()
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setObjectName("errorLabel")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        if content_type == PDF:
            layout.addWidget(self._pdf_view(data), 1)
        else:
            layout.addWidget(self._image_view(data), 1)
        if self.page_count == 0 and self.image.isNull():
            self.note.setText(self.tr("扫描件无法显示（文件可能已损坏），请重新扫描后附加。"))
            self.note.show()
        close = QPushButton(self.tr("关闭"))
        close.setToolTip(self.tr("关闭（Esc）"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reject)

    def _pdf_view(self, data: bytes) -> QWidget:
        # The document reads from this buffer as long as it lives; both belong to the dialog.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Ready:
            self.page_count = self.document.pageCount()
        view = QPdfView(self)
        view.setAccessibleName(self.tr("扫描件"))
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def _image_view(self, data: bytes) -> QWidget:
        self.image = QImage.fromData(data)
        self.picture = QLabel()
        self.picture.setAccessibleName(self.tr("扫描件"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea()
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        self._area = area
        return area

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.image.isNull():
            # Fitted to the width, never enlarged past the scan's own pixels (that would only blur it).
            width = min(self.image.width(), max(1, self._area.viewport().width() - 4))
            self.picture.setPixmap(
                QPixmap.fromImage(self.image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
