"""一件事 (办法 Art. 15): the hall's bundles, retired ones too, with new, edit, retire and restore; the form
for one bundle is ``bundle_form``."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.bundle_form import BundleEditDialog
from yk_desktop.gui.catalog_common import (
    BundleRow,
    CatalogData,
    CatalogRow,
    ReasonDialog,
    load_catalog,
    table_view,
)
from yk_desktop.gui.controls import button
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import catalog_edit
from yk_desktop.services.catalog_edit import BundleSummary


class BundleListDialog(QDialog):
    """Every bundle of the hall, retired ones too; new, edit, retire or restore."""

    loaded = Signal()  # after every load of the list

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BundleListDialog")
        self.setWindowTitle(self.tr("一件事"))
        self.resize(900, 520)
        self.session = session
        self.data: CatalogData | None = None
        self.items: dict[str, CatalogRow] = {}
        self.editor: BundleEditDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.busy = False
        self.model = RowTableModel(
            [
                Column(self.tr("编码"), lambda b: b.code),
                Column(self.tr("名称"), lambda b: b.name, tooltip=lambda b: b.description),
                Column(self.tr("类别"), lambda b: b.category_prefix or "", centered=True),
                Column(self.tr("包含事项"), self._item_names, tooltip=self._item_names),
                Column(
                    self.tr("状态"),
                    lambda b: self.tr("在用") if b.active else self.tr("已停用"),
                    centered=True,
                ),
            ],
            self,
        )
        self.view = table_view(self.tr("一件事列表"))
        self.view.setObjectName("bundlesView")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _index: self.edit_bundle())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel(self.tr("正在读取…"))
        self.message.setObjectName("hintLabel")
        self.message.setWordWrap(True)
        self.new_button = button(self.tr("新建一件事 (Ctrl+N)"), self.tr("新建一件事"), self.new_bundle)
        self.edit_button = button(self.tr("编辑 (Enter)"), self.tr("编辑所选一件事"), self.edit_bundle)
        self.retire_button = button(self.tr("停用"), self.tr("停用或恢复所选一件事"), self.toggle_active)
        self.close_button = button(self.tr("关闭"), self.tr("关闭一件事列表"), self.reject)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_bundle)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.retire_button):
            buttons.addWidget(b)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.reload()

    def _item_names(self, bundle: BundleRow) -> str:
        return "、".join(self.items[c].name if c in self.items else c for c in bundle.item_codes)

    def reload(self, select: str | None = None) -> None:
        self.busy = True
        self._update_buttons()
        run_in_pool(
            load_catalog,
            self.session.runtime,
            on_done=partial(self._show, select),
            on_error=self._failed,
            context=self,
        )

    def _show(self, select: str | None, data: CatalogData) -> None:
        self.busy = False
        self.data = data
        self.items = {i.code: i for i in data.items}
        shown = self.current()
        current = select or (shown.code if shown is not None else None)
        self.model.set_rows(data.bundles)
        for row, bundle in enumerate(data.bundles):
            if bundle.code == current:
                self.view.setCurrentIndex(self.model.index(row, 1))
        if not self.view.currentIndex().isValid() and data.bundles:
            self.view.setCurrentIndex(self.model.index(0, 1))
        self.message.setText(self.tr("共 {0} 个一件事").format(len(data.bundles)))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc))
        self._update_buttons()
        self.loaded.emit()

    def current(self) -> BundleRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        bundle = self.current()
        ready = not self.busy and self.data is not None
        self.new_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and bundle is not None)
        self.retire_button.setEnabled(ready and bundle is not None)
        self.retire_button.setText(
            self.tr("恢复") if bundle is not None and not bundle.active else self.tr("停用")
        )

    def new_bundle(self) -> None:
        self._open_editor(None)

    def edit_bundle(self) -> None:
        bundle = self.current()
        if bundle is not None:
            self._open_editor(bundle.code)

    def _open_editor(self, code: str | None) -> None:
        if self.data is None or self.busy:
            return
        self.editor = BundleEditDialog(self.session, self.data, code, self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.saved.connect(self._saved)
        self.editor.open()

    def _saved(self, summary: BundleSummary) -> None:
        self.reload(select=summary.code)
        self.message.setText(
            self.tr("已保存一件事“{0}”（第 {1} 版）。").format(summary.name, summary.version)
        )

    def toggle_active(self) -> None:
        bundle = self.current()
        if bundle is None or self.busy:
            return
        if bundle.active:
            dialog = ReasonDialog(
                self.tr("停用一件事"),
                self.tr(
                    "停用“{0}”后，取号机和窗口不再提供这件事；已受理的办件不受影响。\n停用原因(&R)："
                ).format(bundle.name),
                self.tr("确定停用"),
                required=True,
                parent=self,
            )
            call = partial(catalog_edit.retire_bundle, self.session.runtime.uow(), bundle.code)
            done = self.tr("已停用一件事“{0}”。").format(bundle.name)
        else:
            dialog = ReasonDialog(
                self.tr("恢复一件事"),
                self.tr("恢复“{0}”？其中的事项须都在用。\n恢复原因(&R)（可不填）：").format(bundle.name),
                self.tr("确定恢复"),
                required=False,
                parent=self,
            )
            call = partial(catalog_edit.restore_bundle, self.session.runtime.uow(), bundle.code)
            done = self.tr("已恢复一件事“{0}”。").format(bundle.name)
        staff_id = self.session.staff_id

        def submitted(reason: str) -> None:
            dialog.set_busy(True)

            def finished(_result: object) -> None:
                dialog.set_busy(False)
                dialog.accept()
                self.reload(select=bundle.code)
                self.message.setText(done)

            def failed(exc: BaseException) -> None:
                dialog.set_busy(False)
                dialog.show_error(error_text(exc))

            run_in_pool(call, staff_id, reason, on_done=finished, on_error=failed, context=dialog)

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.open()
