"""A stored scan shown as it was handed in: a PDF page by page, a JPEG or PNG fitted to the window.

For the signed 委托书 of a proxy case: the window that takes over a step checks what the agent may do and
until when. Viewing only: the scan is evidence and is never edited or stored again from here.

Images are decoded on a worker thread (``decode_image``; a QImage may be made there) at no more than
``MAX_SIDE`` pixels a side (a 1200 dpi A4 page would be 9921×14031, beyond what Qt will decode), turned
upright by their EXIF orientation (a phone photo of the form), and scaled to the window a moment after it
stops changing size, so neither decoding nor resizing holds the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PDF = "application/pdf"
# Enough to read a signature and a handwritten date on a full page; small enough to decode quickly.
MAX_SIDE = 3000
FIT_DELAY_MS = 60

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DecodedImage:
    image: QImage
    problem: str  # why it cannot be shown ("" when it can)


def decode_image(data: bytes) -> DecodedImage:
    """Decode a JPEG or PNG scan, upright and at most MAX_SIDE pixels a side. Worker thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(size.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if not image.isNull():
        return DecodedImage(image, "")
    if size.isValid() and size.width() * size.height() * 4 > QImageReader.allocationLimit() * 1024 * 1024:
        return DecodedImage(
            image,
            translate(
                "ScanViewer", "扫描件分辨率过高（{0}×{1} 像素），无法显示；请以 300 dpi 重新扫描后附加。"
            ).format(size.width(), size.height()),
        )
    return DecodedImage(
        image, translate("ScanViewer", "扫描件无法显示（文件可能已损坏），请重新扫描后附加。")
    )


class ScanViewer(QDialog):
    def __init__(
        self,
        data: bytes,
        content_type: str,
        title: str,
        parent: QWidget | None = None,
        *,
        decoded: DecodedImage | None = None,
    ) -> None:
        """``decoded``: the image already decoded on a worker (``decode_image``); decoded here if not given."""
        super().__init__(parent)
        self.setObjectName("ScanViewer")
        self.setWindowTitle(title)
        self.resize(900, 760)
        self.page_count = 0
        self.image = QImage()
        self._pixmap = QPixmap()
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setObjectName("errorLabel")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        problem = ""
        if content_type == PDF:
            view, problem = self._pdf_view(data)
        else:
            view, problem = self._image_view(decoded or decode_image(data))
        layout.addWidget(view, 1)
        if problem:
            self.note.setText(problem)
            self.note.show()
        close = QPushButton(self.tr("关闭"))
        close.setToolTip(self.tr("关闭（Esc）"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self.fit)

    def _pdf_view(self, data: bytes) -> tuple[QWidget, str]:
        # The document reads from this buffer as long as it lives; both belong to the dialog.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        problem = ""
        if self.document.status() == QPdfDocument.Status.Ready:
            self.page_count = self.document.pageCount()
        if self.document.error() == QPdfDocument.Error.IncorrectPassword:
            problem = self.tr("扫描件 PDF 设有打开密码，无法显示；请去掉密码后重新附加。")
        elif self.page_count == 0:
            problem = self.tr("扫描件无法显示（文件可能已损坏），请重新扫描后附加。")
        view = QPdfView(self)
        view.setAccessibleName(self.tr("扫描件"))
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view, problem

    def _image_view(self, decoded: DecodedImage) -> tuple[QWidget, str]:
        self.image = decoded.image
        if not self.image.isNull():
            self._pixmap = QPixmap.fromImage(self.image)  # once; each fit only scales it
        self.picture = QLabel()
        self.picture.setAccessibleName(self.tr("扫描件"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea()
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        return self.area, decoded.problem

    def fit(self) -> None:
        """Scale the picture to the viewport's width, never past the scan's own pixels (that only blurs)."""
        if self._pixmap.isNull():
            return
        width = min(self._pixmap.width(), max(1, self.area.viewport().width() - 2))
        scaled = self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        if scaled.height() > self.area.viewport().height():
            # A vertical scroll bar will take part of the width: fit inside what remains.
            bar = self.area.verticalScrollBar().sizeHint().width()
            width = min(self._pixmap.width(), max(1, self.area.viewport().width() - bar - 2))
            scaled = self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(scaled)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit)  # the viewport has its real size once the layout has run

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()
