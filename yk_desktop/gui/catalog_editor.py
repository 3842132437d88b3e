"""事项目录 as the hall manager keeps it (办法 Art. 14/15): the item list, and from it every edit of the catalog.

``CatalogPanel`` is the manager console's catalog tab: the items (retired ones on request), filtered in the
model by name, code, department or pinyin initials; 新建事项 (Ctrl+N), 编辑 (Enter or a double click),
停用/恢复 with a reason, 修改历史, 一件事, 导入… and 导出…. Every service call runs on the worker pool;
while one runs the actions are disabled and the status line says what is happening, in Chinese.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.bundle_list import BundleListDialog
from yk_desktop.gui.catalog_common import (
    CatalogData,
    CatalogFilter,
    CatalogModel,
    CatalogRow,
    ReasonDialog,
    load_catalog,
)
from yk_desktop.gui.catalog_history import HistoryDialog
from yk_desktop.gui.catalog_import import ImportDialog, export_file
from yk_desktop.gui.controls import button
from yk_desktop.gui.item_form import ItemEditDialog
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import catalog_edit
from yk_desktop.services.catalog import ItemSummary
from yk_desktop.services.catalog_io import ImportReport


class CatalogPanel(QWidget):
    """The manager's catalog tab. ``loaded`` fires once, after the first list arrived (or failed);
    ``reloaded`` after every load."""

    loaded = Signal()
    reloaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogPanel")
        self.session = session
        self.data: CatalogData | None = None
        self.is_loaded = False
        self.busy = False
        self._loads = LatestOnly()
        self._select_after_load: str | None = None
        # The window last opened from here (tests and the keyboard find it); each is deleted on close.
        self.editor: ItemEditDialog | None = None
        self.history: HistoryDialog | None = None
        self.bundles: BundleListDialog | None = None
        self.importer: ImportDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.model = CatalogModel(self)
        self.proxy = CatalogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("catalogFilter")
        self.filter_edit.setPlaceholderText(self.tr("按名称、编码、部门或拼音首字母筛选"))
        self.filter_edit.setAccessibleName(self.tr("筛选事项"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.retired_box = QCheckBox(self.tr("显示已停用"))
        self.retired_box.setAccessibleName(self.tr("显示已停用的事项"))
        self.retired_box.toggled.connect(self._show_retired)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")
        self.view = self._build_view()

        self.new_button = button(
            self.tr("新建事项 (Ctrl+N)"), self.tr("新建事项"), self.new_item, primary=True
        )
        self.edit_button = button(self.tr("编辑 (Enter)"), self.tr("编辑所选事项"), self.edit_item)
        self.retire_button = button(self.tr("停用"), self.tr("停用或恢复所选事项"), self.toggle_active)
        self.history_button = button(self.tr("修改历史"), self.tr("所选事项的修改历史"), self.show_history)
        self.bundles_button = button(self.tr("一件事…"), self.tr("一件事列表与编辑"), self.show_bundles)
        self.import_button = button(self.tr("导入…"), self.tr("从文件导入事项清单"), self.import_catalog)
        self.export_button = button(self.tr("导出…"), self.tr("导出事项清单到文件"), self.export_catalog)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self, self.new_item)
        # Only while the catalog tab has the focus: other tabs and windows keep Ctrl+N for themselves.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.status_label = QLabel()
        self.status_label.setObjectName("messageLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("事项目录提示信息"))

        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.retire_button, self.history_button):
            actions.addWidget(b)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        actions.addWidget(line)
        for b in (self.bundles_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.retired_box)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        order: list[QWidget] = [
            self.filter_edit,
            self.retired_box,
            self.view,
            self.new_button,
            self.edit_button,
            self.retire_button,
            self.history_button,
            self.bundles_button,
            self.import_button,
            self.export_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._update_buttons()
        self.reload()

    def take_focus(self) -> None:
        """Where work in the tab starts: the filter (type a few pinyin initials, then ↓ and Enter)."""
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("catalogView")
        view.setAccessibleName(self.tr("事项目录"))
        view.setModel(self.proxy)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(CatalogModel.CODE, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(30)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CatalogModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Enter and a double click both "activate" a row: edit it.
        view.activated.connect(lambda _index: self.edit_item())
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return view

    # -- the list --------------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Load the list again; the current item (or ``select``) stays current."""
        current = self.current()
        self._select_after_load = select or (current.code if current is not None else None)
        self._loads.run(
            load_catalog, self.session.runtime, on_done=self._show, on_error=self._failed, context=self
        )

    def _show(self, data: CatalogData) -> None:
        self.data = data
        self.model.set_rows(data.items, data.keys)
        if self._select_after_load:
            self.select_item(self._select_after_load)
        self._update_count()
        self._update_buttons()
        self._arrived()

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(error_text(exc))
        self._arrived()

    def _arrived(self) -> None:
        if not self.is_loaded:
            self.is_loaded = True
            self.loaded.emit()
        self.reloaded.emit()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().lower())
        self._update_count()
        self._update_buttons()

    def _show_retired(self, on: bool) -> None:
        self.proxy.set_show_retired(on)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        total = sum(1 for i in self.model.rows() if i.active or self.retired_box.isChecked())
        retired = sum(1 for i in self.model.rows() if not i.active)
        if shown == total:
            text = self.tr("共 {0} 项").format(total)
        else:
            text = self.tr("共 {0} 项（全部 {1} 项）").format(shown, total)
        if retired and not self.retired_box.isChecked():
            text += self.tr("，另有 {0} 项已停用").format(retired)
        self.count_label.setText(text)

    def shown_codes(self) -> list[str]:
        """The codes the list shows now, top to bottom (tests, and a quick look from the console)."""
        return [
            self.model.item(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).code
            for r in range(self.proxy.rowCount())
        ]

    def select_item(self, code: str) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.code == code:
                index = self.proxy.mapFromSource(self.model.index(row, CatalogModel.NAME))
                if index.isValid():
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                    return True
        return False

    def current(self) -> CatalogRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(self.proxy.mapToSource(index).row())

    def _update_buttons(self) -> None:
        item = self.current()
        ready = not self.busy and self.data is not None
        self.new_button.setEnabled(ready)
        for b in (self.edit_button, self.retire_button, self.history_button):
            b.setEnabled(ready and item is not None)
        self.retire_button.setText(
            self.tr("恢复") if item is not None and not item.active else self.tr("停用")
        )
        for b in (self.bundles_button, self.import_button, self.export_button):
            b.setEnabled(ready)

    def _run(
        self, busy_text: str, call: Callable[..., object], done: Callable[[Any], object], *args: Any
    ) -> None:
        """One call at a time from the panel: actions disabled meanwhile, the status line says what runs."""
        self.busy = True
        self.status_label.setText(busy_text)
        self._update_buttons()

        def finished(result: object) -> None:
            self.busy = False
            self._update_buttons()
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.status_label.setText(error_text(exc))

        run_in_pool(call, *args, on_done=finished, on_error=failed, context=self)

    # -- items -----------------------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.new_button.isEnabled():
            return
        self._open_editor(None)

    def edit_item(self) -> None:
        item = self.current()
        if item is not None and self.edit_button.isEnabled():
            self._open_editor(item.code)

    def _open_editor(self, code: str | None) -> None:
        self.editor = ItemEditDialog(self.session, code, self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.saved.connect(self._item_saved)
        self.editor.open()

    def _item_saved(self, summary: ItemSummary) -> None:
        self.status_label.setText(self.tr("已保存事项“{0}”（{1}）。").format(summary.name, summary.code))
        self.reload(select=summary.code)

    def toggle_active(self) -> None:
        item = self.current()
        if item is None or not self.retire_button.isEnabled():
            return
        uow, staff_id = self.session.runtime.uow(), self.session.staff_id
        if item.active:
            dialog = ReasonDialog(
                self.tr("停用事项"),
                self.tr(
                    "停用“{0}”（{1}）后，取号机、窗口查询和告知书中不再出现该事项；已受理的办件不受影响，"
                    "停用的事项可以恢复。\n停用原因(&R)："
                ).format(item.name, item.code),
                self.tr("确定停用"),
                required=True,
                parent=self,
            )
            call = partial(catalog_edit.retire_item, uow, item.code, staff_id)
            done = self.tr("已停用事项“{0}”。勾选“显示已停用”可以看到它。").format(item.name)
        else:
            dialog = ReasonDialog(
                self.tr("恢复事项"),
                self.tr(
                    "恢复“{0}”（{1}）？恢复后该事项重新出现在窗口查询和告知书中。\n恢复原因(&R)（可不填）："
                ).format(item.name, item.code),
                self.tr("确定恢复"),
                required=False,
                parent=self,
            )
            call = partial(catalog_edit.restore_item, uow, item.code, staff_id)
            done = self.tr("已恢复事项“{0}”。").format(item.name)

        def submitted(reason: str) -> None:
            dialog.set_busy(True)
            self.busy = True
            self._update_buttons()

            def finished(_result: object) -> None:
                self.busy = False
                self._update_buttons()
                dialog.set_busy(False)
                dialog.accept()
                self.status_label.setText(done)
                self.reload(select=item.code)

            def failed(exc: BaseException) -> None:
                self.busy = False
                self._update_buttons()
                dialog.set_busy(False)
                dialog.show_error(error_text(exc))

            run_in_pool(call, reason, on_done=finished, on_error=failed, context=dialog)

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.open()

    def show_history(self) -> None:
        item = self.current()
        if item is None or not self.history_button.isEnabled():
            return
        self.history = HistoryDialog(self.session, item.code, item.name, self)
        self.history.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history.open()

    def show_bundles(self) -> None:
        if not self.bundles_button.isEnabled():
            return
        self.bundles = BundleListDialog(self.session, self)
        self.bundles.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bundle's changes do not show in the item list, but an item may have been retired meanwhile.
        self.bundles.finished.connect(lambda _result: self.reload())
        self.bundles.open()

    # -- files -----------------------------------------------------------------------------------------

    def _file_dialog(self, title: str, filters: str, save: bool, suggested: str = "") -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, title, str(Path(folder) / suggested) if suggested else folder, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        if not save:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def import_catalog(self) -> None:
        if not self.import_button.isEnabled():
            return
        dialog = self._file_dialog(
            self.tr("导入事项清单"),
            self.tr("事项清单 (*.json *.xlsx);;JSON 文件 (*.json);;Excel 工作簿 (*.xlsx)"),
            save=False,
        )
        dialog.fileSelected.connect(self.import_file)
        dialog.open()

    def import_file(self, path: str | Path) -> None:
        """Try the file (nothing saved) and show what it would do; the manager confirms the real import."""
        self.file_dialog = None
        self.importer = ImportDialog(self.session, path, self)
        self.importer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.importer.imported.connect(self._imported)
        self.importer.open()

    def _imported(self, report: ImportReport) -> None:
        self.status_label.setText(report.summary())
        self.reload()

    def export_catalog(self) -> None:
        if not self.export_button.isEnabled():
            return
        dialog = self._file_dialog(
            self.tr("导出事项清单"),
            self.tr("Excel 工作簿 (*.xlsx);;JSON 文件 (*.json)"),
            save=True,
            suggested=self.tr("事项清单-{0}.xlsx").format(self._today()),
        )
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("json" if "json" in chosen else "xlsx")
        )
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def _today(self) -> str:
        return self.session.runtime.clock.now().astimezone(HALL_TZ).strftime("%Y%m%d")

    def export_to(self, path: str | Path) -> None:
        self.file_dialog = None
        target = Path(path)
        self._run(
            self.tr("正在导出事项清单…"),
            export_file,
            lambda size: self.status_label.setText(
                self.tr("已导出事项清单到“{0}”（{1} KB）。").format(target, max(1, size // 1024))
            ),
            self.session.runtime,
            target,
        )
