"""一件事 (办法 Art. 15): the form that makes or edits one bundle — code, name, description, the category it
is queued in, and its items (picked from a searchable list, in the order they are served).

The service checks the bundle (at least two items, each in use, codes unique); its message is shown at the
field it names and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.catalog_common import (
    CatalogData,
    CatalogRow,
    FieldErrors,
    ask,
    fill_categories,
    table_view,
)
from yk_desktop.gui.controls import button
from yk_desktop.gui.models import SEARCH_ROLE, Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import catalog_edit
from yk_desktop.services.catalog_edit import BundleInput, BundleSummary, EditableBundle
from yk_desktop.services.catalog_rules import CODE_MAX, NAME_MAX
from yk_desktop.services.errors import Conflict, InvalidInput


class BundleEditDialog(QDialog):
    """Create (``code`` None) or edit one bundle; ``saved`` carries its summary."""

    saved = Signal(object)
    ready = Signal()

    def __init__(
        self, session: Session, data: CatalogData, code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BundleEditDialog")
        self.session = session
        self.code = code
        self.version: int | None = None
        self.busy = False
        self.is_ready = False
        self._baseline: BundleInput | None = None
        self._discarding = False
        self.question: QMessageBox | None = None
        self.names = {i.code: i for i in data.items}
        self.categories = data.categories
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("新建一件事") if code is None else self.tr("编辑一件事 {0}").format(code))
        self.resize(1000, 640)

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(CODE_MAX)
        self.code_edit.setAccessibleName(self.tr("一件事编码"))
        self.code_edit.setPlaceholderText(self.tr("如：YJS-006"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("一件事名称"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("一件事说明"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("取号的业务类别"))
        self.category_combo.view().setAccessibleName(self.tr("业务类别列表"))

        # The items to pick from: every item in use, filtered in the model like the catalog list.
        active = [(i, k) for i, k in zip(data.items, data.keys, strict=True) if i.active]
        self.available = RowTableModel(
            [Column(self.tr("事项编码"), lambda i: i.code), Column(self.tr("事项名称"), lambda i: i.name)],
            self,
        )
        self.available.set_rows([i for i, _ in active], [k for _, k in active])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.available)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("筛选可加入的事项"))
        self.filter_edit.setPlaceholderText(self.tr("按名称、编码或拼音首字母筛选"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(
            lambda text: self.proxy.setFilterFixedString(text.strip().lower())
        )
        self.available_view = table_view(self.tr("可加入的事项"))
        self.available_view.setModel(self.proxy)
        self.available_view.activated.connect(lambda _index: self.add_item())
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("包含的事项"))
        self.add_button = button(self.tr("加入 →"), self.tr("加入所选事项"), self.add_item)
        self.remove_button = button(self.tr("移出"), self.tr("移出所选事项"), self.remove_item)
        self.up_button = button(self.tr("上移"), self.tr("所选事项上移"), lambda: self.move_item(-1))
        self.down_button = button(self.tr("下移"), self.tr("所选事项下移"), lambda: self.move_item(1))

        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))
        self.save_button = button(self.tr("保存 (Ctrl+S)"), self.tr("保存一件事"), self.save, primary=True)
        self.cancel_button = button(self.tr("取消"), self.tr("取消编辑一件事"), self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._lay_out()

        if code is None:
            self._fill(BundleInput(code="", name=""))
        else:
            self._set_enabled(False)
            self.message.setText(self.tr("正在读取一件事…"))
            self._load()

    def _lay_out(self) -> None:
        e = self.errors
        form = QFormLayout()
        form.addRow(self.tr("编码"), e.wrap(self.code_edit, "一件事编码"))
        form.addRow(self.tr("名称"), e.wrap(self.name_edit, "一件事名称"))
        form.addRow(self.tr("说明"), e.wrap(self.description_edit, "一件事说明"))
        form.addRow(self.tr("业务类别"), e.wrap(self.category_combo, "业务类别"))
        pick = QVBoxLayout()
        pick.addWidget(QLabel(self.tr("可加入的事项")))
        pick.addWidget(self.filter_edit)
        pick.addWidget(self.available_view, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            middle.addWidget(b)
        middle.addStretch(1)
        chosen = QVBoxLayout()
        chosen.addWidget(QLabel(self.tr("包含的事项（按办理顺序）")))
        chosen.addWidget(e.wrap(self.chosen, "包含事项", grow=True), 1)
        items = QHBoxLayout()
        items.addLayout(pick, 3)
        items.addLayout(middle)
        items.addLayout(chosen, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(items, 1)
        layout.addLayout(buttons)
        for edit in (self.code_edit, self.name_edit):
            edit.textChanged.connect(self._edited)
        self.description_edit.textChanged.connect(self._edited)

    def _load(self) -> None:
        self.busy = True
        run_in_pool(
            catalog_edit.bundle_for_edit,
            self.session.runtime.uow(),
            self.code,
            on_done=self._loaded,
            on_error=self._load_failed,
            context=self,
        )

    def _loaded(self, bundle: EditableBundle) -> None:
        self.busy = False
        self.version = bundle.version
        self.setWindowTitle(self.tr("编辑一件事 {0} · 第 {1} 版").format(bundle.data.code, bundle.version))
        self._fill(bundle.data)
        self._set_enabled(True)
        self.message.setText("")

    def _load_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc))
        self.cancel_button.setEnabled(True)

    def _fill(self, data: BundleInput) -> None:
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self.description_edit.setPlainText(data.description)
        fill_categories(self.category_combo, self.categories, data.category_prefix)
        self.chosen.clear()
        for code in data.item_codes:
            self._append(code)
        self.errors.clear()
        self._baseline = self.form_input()
        self.is_ready = True
        (self.code_edit if self.code is None else self.name_edit).setFocus()
        self.ready.emit()

    def _append(self, code: str) -> None:
        item = self.names.get(code)
        if item is None:
            text = code
        elif item.active:
            text = f"{item.name}（{code}）"
        else:
            text = self.tr("{0}（{1}，已停用）").format(item.name, code)
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, code)
        self.chosen.addItem(entry)

    def form_input(self) -> BundleInput:
        codes = tuple(
            str(self.chosen.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.chosen.count())
        )
        return BundleInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            category_prefix=self.category_combo.currentData(),
            item_codes=codes,
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.form_input() != self._baseline

    def _edited(self) -> None:
        if self.is_ready and not self.busy:
            self.message.setText("")

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.code_edit,
            self.name_edit,
            self.description_edit,
            self.category_combo,
            self.filter_edit,
            self.available_view,
            self.chosen,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.save_button,
        ):
            widget.setEnabled(on)
        self.cancel_button.setEnabled(on or not self.busy)

    # -- the items ---------------------------------------------------------------------------------------

    def add_item(self) -> None:
        index = self.available_view.currentIndex()
        if not index.isValid():
            return
        item: CatalogRow = self.available.row_at(self.proxy.mapToSource(index).row())
        if item.code in self.form_input().item_codes:
            self.errors.show("包含事项", self.tr("“{0}”已在其中。").format(item.name), focus=False)
            return
        self.errors.hide("包含事项")
        self._append(item.code)
        self.chosen.setCurrentRow(self.chosen.count() - 1)
        self._edited()

    def remove_item(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self._edited()

    def move_item(self, step: int) -> None:
        row = self.chosen.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.chosen.count():
            return
        self.chosen.insertItem(to, self.chosen.takeItem(row))
        self.chosen.setCurrentRow(to)
        self._edited()

    # -- saving ----------------------------------------------------------------------------------------

    def save(self) -> None:
        if self.busy or not self.is_ready:
            return
        data = self.form_input()
        self.errors.clear()
        self.busy = True
        self._set_enabled(False)
        self.message.setText(self.tr("正在保存…"))
        runtime, staff_id, code, version = (
            self.session.runtime,
            self.session.staff_id,
            self.code,
            self.version,
        )

        def call() -> BundleSummary:
            if code is None or version is None:
                return catalog_edit.create_bundle(runtime.uow(), data, staff_id)
            return catalog_edit.update_bundle(runtime.uow(), code, data, staff_id, version)

        run_in_pool(call, on_done=self._saved, on_error=self._save_failed, context=self)

    def _saved(self, summary: BundleSummary) -> None:
        self.busy = False
        self._discarding = True
        self.saved.emit(summary)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._set_enabled(True)
        text = error_text(exc)
        self.message.setText(text)
        if isinstance(exc, InvalidInput):
            self.errors.show(exc.field, text)
        elif isinstance(exc, Conflict):
            self.question = ask(
                self,
                self.tr("一件事已被他人修改"),
                text,
                (self.tr("重新读取"), self.tr("重新读取最新内容")),
                (self.tr("继续编辑"), self.tr("继续编辑不读取")),
                self._reload,
            )

    def _reload(self) -> None:
        self.question = None
        self.is_ready = False
        self._set_enabled(False)
        self._load()

    # -- closing ---------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            return
        if self._discarding or not self.is_dirty():
            super().reject()
            return
        if self.question is not None and self.question.isVisible():
            return
        self.question = ask(
            self,
            self.tr("放弃修改"),
            self.tr("一件事的修改尚未保存，确定放弃吗？"),
            (self.tr("放弃修改"), self.tr("放弃修改并关闭")),
            (self.tr("继续编辑"), self.tr("继续编辑一件事")),
            self._discard,
        )

    def _discard(self) -> None:
        self.question = None
        self._discarding = True
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()  # keeps the form open when the manager chooses to go on editing
        if self.isVisible():
            event.ignore()
        else:
            event.accept()
