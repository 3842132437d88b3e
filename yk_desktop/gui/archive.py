"""文书存档: every printed document as it went to the printer, to find, preview and print again.

A print that failed at the window (printer out of paper, unplugged) shows here as 未打印 with its error;
the clerk or the hall manager prints it again from here, and the archive records the print. Lists load on
the worker pool (DESIGN.md §5), and so do the PDF and the print marks.
"""

from __future__ import annotations

import itertools
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import normalize_payload
from yk_desktop.core.errors import InvalidValue
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import documents
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.runtime import Runtime

# lupdate knows this alias; every string below is found by ``translate("archive", "…")``.
translate = QCoreApplication.translate
# The newest this many are listed; older ones are found by their number (a scan or typing it).
LIMIT = 500
# Wait this long after the last key before searching: one query per pause, not one per keystroke.
SEARCH_DELAY_MS = 250
# Receipts are archived as the A4 sheet or the roll slip (or under the case's own document kind).
RECEIPT_KINDS = ("case", "receipt_a4", "receipt_roll")
_ERROR_COLOR = QBrush(QColor("#c0261b"))


def kind_name(kind: str) -> str:
    """The document kind as the hall calls it; an unknown kind (a newer program's) as it is stored."""
    names = {
        "notice": translate("archive", "一次性告知书"),
        "case": translate("archive", "受理回执"),
        "receipt_a4": translate("archive", "受理回执"),
        "receipt_roll": translate("archive", "受理回执（小票）"),
        "correction": translate("archive", "补正通知"),
        "ticket": translate("archive", "号票"),
        "appointment": translate("archive", "预约确认单"),
        "authorization": translate("archive", "委托书"),
        "inquiry": translate("archive", "首问登记单"),
        "agency_slip": translate("archive", "代办结果领取通知"),
        "complaint_slip": translate("archive", "投诉受理单"),
    }
    return names.get(kind, kind)


def kind_filters() -> list[tuple[str, tuple[str, ...] | None]]:
    """The kind combo's choices: a label and the stored kinds it covers (None: every kind)."""
    return [
        (translate("archive", "全部"), None),
        (translate("archive", "告知书"), ("notice",)),
        (translate("archive", "受理回执"), RECEIPT_KINDS),
        (translate("archive", "补正通知"), ("correction",)),
        (translate("archive", "号票"), ("ticket",)),
        (translate("archive", "首问登记单"), ("inquiry",)),
        (translate("archive", "委托书/代办通知"), ("authorization", "agency_slip")),
        (translate("archive", "投诉受理单"), ("complaint_slip",)),
        (translate("archive", "预约确认单"), ("appointment",)),
    ]


def status_text(doc: DocumentInfo) -> str:
    state = translate("archive", "已打印") if doc.printed_at is not None else translate("archive", "未打印")
    if not doc.last_error:
        return state
    return translate("archive", "{0} · 上次打印失败：{1}").format(state, doc.last_error)


def _local_time(doc: DocumentInfo) -> str:
    return doc.created_at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")


def exact_number(text: str) -> str:
    """A typed or scanned number as stored: document numbers normalized (n2026000123 → N2026000123),
    anything else (a ticket's barcode) with full-width characters and spaces taken out, upper case."""
    try:
        return normalize_payload(text)
    except InvalidValue:
        return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def load_documents(
    runtime: Runtime, kinds: tuple[str, ...] | None, text: str, unprinted: bool
) -> list[DocumentInfo]:
    """Worker thread: the newest documents of ``kinds``; with ``text``, those numbered exactly so, or else
    the newest whose number or title contains it."""

    def query(number: str | None) -> list[DocumentInfo]:
        found: list[DocumentInfo] = []
        for kind in kinds or (None,):
            found += documents.list_documents(
                runtime.uow(), kind=kind, number=number, unprinted_only=unprinted, limit=LIMIT
            )
        found.sort(key=lambda d: d.created_at, reverse=True)
        return found[:LIMIT]

    text = text.strip()
    if not text:
        return query(None)
    exact = query(exact_number(text))
    if exact:
        return exact
    needle = unicodedata.normalize("NFKC", text).casefold()
    return [d for d in query(None) if needle in d.number.casefold() or needle in d.title.casefold()]


class DocumentTableModel(RowTableModel):
    TIME, KIND, NUMBER, TITLE, COUNT, STATUS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("archive", "时间"), _local_time),
                Column(translate("archive", "类型"), lambda d: kind_name(d.kind)),
                Column(translate("archive", "编号"), lambda d: d.number),
                Column(translate("archive", "标题"), lambda d: d.title, tooltip=lambda d: d.title),
                Column(translate("archive", "打印次数"), lambda d: d.print_count, centered=True),
                Column(translate("archive", "状态"), status_text, tooltip=status_text),
            ],
            parent,
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Not printed, or the last try failed: red, so it stands out in a long list.
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.STATUS:
            doc = self.document(index.row())
            return _ERROR_COLOR if doc.printed_at is None or doc.last_error else None
        return super().data(index, role)

    def document(self, row: int) -> DocumentInfo:
        doc: DocumentInfo = self.row_at(row)
        return doc


class ArchivePanel(QWidget):
    """The archive list with its filters; ``loaded`` after every list load (or failed load)."""

    loaded = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, print_to: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ArchivePanel")
        self.session = session
        # Passed on to every preview: tests print through the real path into this file.
        self.print_to = print_to
        self.dialog: PrintPreviewDialog | None = None
        self._loads = LatestOnly()
        self._open_when_loaded: str | None = None
        self._selected_id: uuid.UUID | None = None
        self._has_loaded = False
        self._load_error_shown = False

        caption = QLabel(self.tr("文书存档"))
        caption.setObjectName("sectionTitle")
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("按文书类型筛选"))
        self.kind_combo.view().setAccessibleName(self.tr("文书类型列表"))
        self._filters = kind_filters()
        for label, _kinds in self._filters:
            self.kind_combo.addItem(label)
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("按编号或标题查找文书"))
        self.number_edit.setPlaceholderText(self.tr("输入或扫描文书编号，也可输入标题中的字"))
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.setMaxLength(100)  # numbers are short; a stuck scanner must not query megabytes
        self.unprinted_box = QCheckBox(self.tr("仅显示未打印(&U)"))
        self.unprinted_box.setAccessibleName(self.tr("仅显示未打印的文书"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setAccessibleName(self.tr("刷新文书列表"))
        self.refresh_button.setToolTip(self.tr("刷新（F5）"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")

        self.model = DocumentTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("archiveTable")
        self.view.setAccessibleName(self.tr("存档文书列表"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DocumentTableModel.STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DocumentTableModel.STATUS, 260)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.reprint_button = QPushButton(self.tr("预览/重新打印(&P)"))
        self.reprint_button.setObjectName("primaryButton")
        self.reprint_button.setAccessibleName(self.tr("预览或重新打印所选文书"))
        self.reprint_button.setEnabled(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.number_edit.textChanged.connect(self._timer.start)
        self.number_edit.returnPressed.connect(self.refresh)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.unprinted_box.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.reprint_button.clicked.connect(self.reprint)
        self.view.activated.connect(self.reprint)  # Enter or double-click on a row
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

        self._lay_out(caption)
        self.refresh()

    def _lay_out(self, caption: QLabel) -> None:
        filters = QHBoxLayout()
        filters.addWidget(caption)
        filters.addSpacing(12)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.number_edit, 1)
        filters.addWidget(self.unprinted_box)
        filters.addWidget(self.refresh_button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)  # not the whole width
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self.stack, 1)
        layout.addLayout(bottom)
        order = [
            self.kind_combo,
            self.number_edit,
            self.unprinted_box,
            self.refresh_button,
            self.view,
            self.reprint_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown again (a tab switched back): documents printed meanwhile at the window should be there.
        if self._has_loaded and not event.spontaneous():
            self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        self._loads.run(
            load_documents,
            self.session.runtime,
            self._filters[max(0, self.kind_combo.currentIndex())][1],
            self.number_edit.text(),
            self.unprinted_box.isChecked(),
            on_done=self._loaded,
            on_error=self._load_failed,
            context=self,
        )

    def _loaded(self, docs: list[DocumentInfo]) -> None:
        self._has_loaded = True
        if self._load_error_shown:
            self._load_error_shown = False
            self.message_label.hide()
        self.model.set_rows(docs)
        filtered = bool(self.number_edit.text().strip()) or self.kind_combo.currentIndex() > 0
        filtered = filtered or self.unprinted_box.isChecked()
        if docs:
            self.stack.setCurrentWidget(self.view)
        elif filtered:
            self.empty_label.setText(self.tr("没有符合条件的文书。"))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                self.tr("还没有存档的文书。\n打印一次性告知书、受理回执、补正通知时，文书会自动存档在这里。")
            )
            self.stack.setCurrentWidget(self.empty_label)
        if len(docs) >= LIMIT:
            self.count_label.setText(self.tr("显示最近的 {0} 份，更早的请按编号查找").format(LIMIT))
        else:
            self.count_label.setText(self.tr("共 {0} 份").format(len(docs)))
        self._reselect()
        wanted, self._open_when_loaded = self._open_when_loaded, None
        if wanted is not None:
            self._open_wanted(wanted, docs)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._open_when_loaded = None
        self._show_message(error_text(exc))
        self._load_error_shown = True
        self.loaded.emit()

    def _reselect(self) -> None:
        """Keep the same document selected across a reload (after a print the list reloads under it)."""
        for row, doc in enumerate(self.model.rows()):
            if doc.id == self._selected_id:
                self.view.selectRow(row)
                return
        self._selected_id = None
        self.reprint_button.setEnabled(False)

    def _selection_changed(self) -> None:
        doc = self.selected_document()
        self._selected_id = doc.id if doc is not None else None
        self.reprint_button.setEnabled(doc is not None)

    def selected_document(self) -> DocumentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def select_number(self, number: str) -> bool:
        for row, doc in enumerate(self.model.rows()):
            if doc.number == number:
                self.view.selectRow(row)
                return True
        return False

    def open_number(self, number: str) -> None:
        """Show the archived document ``number`` (a scanned barcode) and open its preview.

        The filters are reset first, so a kind or 仅显示未打印 chosen earlier cannot hide it.
        """
        for widget in (self.kind_combo, self.unprinted_box, self.number_edit):
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.unprinted_box.setChecked(False)
        self.number_edit.setText(number.strip())
        for widget in (self.kind_combo, self.unprinted_box, self.number_edit):
            widget.blockSignals(False)
        self._open_when_loaded = exact_number(number)
        self.refresh()

    def _open_wanted(self, number: str, docs: list[DocumentInfo]) -> None:
        if not any(d.number == number for d in docs):
            self._show_message(self.tr("未找到编号为 {0} 的存档文书。").format(number))
            self._load_error_shown = True  # gone with the next list that loads
            return
        self.select_number(number)  # the newest of that number, should one have been archived twice
        self.reprint()

    # -- printing again ------------------------------------------------------------------------------
    def reprint(self) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()  # one preview at a time; a second would print the same twice
            self.dialog.activateWindow()
            return
        self.reprint_button.setEnabled(False)
        self.message_label.hide()
        run_in_pool(
            documents.document_pdf,
            self.session.runtime.uow(),
            doc.id,
            on_done=lambda pdf: self._open_preview(doc, pdf),
            on_error=self._pdf_failed,
            context=self,
        )

    def _open_preview(self, doc: DocumentInfo, pdf: bytes) -> None:
        self.reprint_button.setEnabled(self.selected_document() is not None)
        if self.dialog is not None:
            self.dialog.deleteLater()  # the previous preview, closed
        title = self.tr("{0}（{1}）").format(doc.title or kind_name(doc.kind), doc.number)
        dialog = PrintPreviewDialog(pdf, doc.kind, title, self, print_to=self.print_to)
        dialog.printed.connect(lambda: self._mark_printed(doc))
        dialog.failed.connect(lambda message: self._mark_failed(doc, message))
        self.dialog = dialog
        dialog.open()

    def _pdf_failed(self, exc: BaseException) -> None:
        self.reprint_button.setEnabled(self.selected_document() is not None)
        self._show_message(error_text(exc))

    def _mark_printed(self, doc: DocumentInfo) -> None:
        staff = self.session.staff
        run_in_pool(
            documents.mark_printed,
            self.session.runtime.uow(),
            doc.id,
            staff.id if staff is not None else None,
            on_done=lambda _none: self.refresh(),
            on_error=lambda exc: self._mark_lost(exc, self.tr("文书已打印，但打印记录未能保存：{0}")),
            context=self,
        )

    def _mark_failed(self, doc: DocumentInfo, message: str) -> None:
        run_in_pool(
            documents.mark_failed,
            self.session.runtime.uow(),
            doc.id,
            message,
            on_done=lambda _none: self.refresh(),
            on_error=lambda exc: self._mark_lost(exc, self.tr("打印失败的记录未能保存：{0}")),
            context=self,
        )

    def _mark_lost(self, exc: BaseException, text: str) -> None:
        self._show_message(text.format(error_text(exc)))
        self.refresh()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
