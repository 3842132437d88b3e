"""事项查询 as the clerk uses it: type a name, code or pinyin initials ("bdc"), see matches, read the detail.

Searching and loading the detail run on the worker pool; an answer to an older query is dropped, so a
fast typist never sees results jump back to what they typed before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.itemdetail import ItemDetailView
from yk_desktop.gui.models import ItemTableModel
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import catalog
from yk_desktop.services.catalog import ItemDetail, ItemSummary
from yk_desktop.services.runtime import Runtime

# Wait this long after the last key before searching: one query per pause, not one per keystroke.
SEARCH_DELAY_MS = 200


class ItemSearchBox(QWidget):
    """Emits ``settled`` whenever results and (if any) the first item's detail are on screen."""

    settled = Signal()

    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ItemSearchBox")
        self._runtime = runtime
        self._query_seq = 0
        self._wanted_code: str | None = None

        caption = QLabel(self.tr("事项查询"))
        caption.setObjectName("sectionTitle")
        self.search = QLineEdit()
        self.search.setObjectName("itemSearch")
        self.search.setPlaceholderText(self.tr("输入事项名称、编码或拼音首字母（如 bdc），Ctrl+F"))
        self.search.setAccessibleName(self.tr("事项查询"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")

        self.model = ItemTableModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.view.setObjectName("itemResults")
        self.view.setAccessibleName(self.tr("事项查询结果"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        for column in (
            ItemTableModel.CODE,
            ItemTableModel.DEPARTMENT,
            ItemTableModel.LEGAL,
            ItemTableModel.ONLINE,
        ):
            self.view.hideColumn(column)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = ItemDetailView()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)

        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.view.setMinimumHeight(150)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.detail.materials_view)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        self._query_seq += 1
        seq = self._query_seq
        run_in_pool(
            catalog.search_items,
            self._runtime.uow(),
            self.search.text(),
            on_done=lambda items: self._show_results(seq, items),
            on_error=lambda exc: self._show_error(seq, exc),
            context=self,
        )

    def _show_results(self, seq: int, items: list[ItemSummary]) -> None:
        if seq != self._query_seq:
            return  # an answer to an older query; a newer one is on its way
        self.model.set_items(items)
        self.count_label.setText(self.tr("找到 {0} 项").format(len(items)))
        if items:
            # The first match is usually the one meant: show it at once, the typist keeps typing.
            self.view.selectRow(0)
        else:
            self._wanted_code = None
            self.detail.show_message(self.tr("没有找到匹配的事项，请换个名称、编码或拼音首字母试试。"))
            self.settled.emit()

    def _show_error(self, seq: int, exc: BaseException) -> None:
        if seq != self._query_seq:
            return
        self.model.set_items([])
        self.count_label.clear()
        self.detail.show_message(error_text(exc))
        self.settled.emit()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.load_detail(self.model.item(indexes[0].row()).code)

    def load_detail(self, code: str) -> None:
        self._wanted_code = code
        run_in_pool(
            catalog.item_detail,
            self._runtime.uow(),
            code,
            on_done=self._show_detail,
            on_error=self._detail_failed,
            context=self,
        )

    def _show_detail(self, detail: ItemDetail) -> None:
        if detail.summary.code != self._wanted_code:
            return
        self.detail.show_detail(detail)
        self.settled.emit()

    def _detail_failed(self, exc: BaseException) -> None:
        self.detail.show_message(error_text(exc))
        self.settled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search field move through the results, so the clerk never leaves the keyboard.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount() > 0:
                current = self.view.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                self.view.selectRow(max(0, min(self.model.rowCount() - 1, current + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search()
                return True
        return super().eventFilter(watched, event)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
