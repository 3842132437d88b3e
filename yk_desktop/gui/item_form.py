"""新建/编辑事项: every field of the service guide (办法 Art. 14) and its materials, saved in one go.

The form loads the item with its version and sends that version back with the save, so a manager who edits
an item someone else has just changed gets told (``Conflict``) instead of overwriting it; reloading shows the
newer text. The service checks everything; a refusal (``InvalidInput``) is shown under the field it names,
which gets the focus, and nothing is saved. Esc asks before unsaved changes are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.workdays import MAX_WORKING_DAYS
from yk_desktop.gui.catalog_common import FieldErrors, ask, fill_categories
from yk_desktop.gui.controls import button
from yk_desktop.gui.material_editor import MaterialsEditor
from yk_desktop.gui.models import days
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import catalog_edit, hall
from yk_desktop.services.catalog import ItemSummary
from yk_desktop.services.catalog_edit import EditableItem, ItemInput
from yk_desktop.services.catalog_rules import (
    CODE_MAX,
    DEPARTMENT_MAX,
    FEES_MAX,
    LOCATION_MAX,
    NAME_MAX,
)
from yk_desktop.services.errors import Conflict, InvalidInput
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.runtime import Runtime

# The material fields a service message can name; they live in the materials editor, not in this form.
MATERIAL_FIELDS = ("材料名称", "原件/复印件", "份数", "材料形式", "适用情形", "证照名称", "出具单位", "备注")


@dataclass(frozen=True)
class ItemForm:
    item: EditableItem | None  # None: a new item
    categories: list[CategoryInfo]


def load_item_form(runtime: Runtime, code: str | None) -> ItemForm:
    """Worker thread: the item as its form loads it (with its version) and the hall's categories."""
    item = catalog_edit.item_for_edit(runtime.uow(), code) if code is not None else None
    return ItemForm(item, hall.list_categories(runtime.uow()))


def _text_box(name: str, placeholder: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on; the guide's text has no tabs in it
    box.setFixedHeight(height)
    return box


class ItemEditDialog(QDialog):
    """Create (``code`` None) or edit one item. ``saved`` carries the saved item's summary."""

    saved = Signal(object)
    ready = Signal()  # the item and the categories have arrived: the form can be used

    def __init__(self, session: Session, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ItemEditDialog")
        self.session = session
        self.code = code
        self.version: int | None = None
        self.active = True
        self.busy = False
        self.is_ready = False
        self._baseline: ItemInput | None = None  # the form as loaded: unsaved changes are any difference
        self._discarding = False
        self.question: QMessageBox | None = None  # the open discard/conflict/shared-material question
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("新建事项") if code is None else self.tr("编辑事项 {0}").format(code))
        self.resize(1200, 760)

        self._build_fields()
        self.materials = MaterialsEditor(session)
        self.materials.changed.connect(self._edited)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))
        self.save_button = button(self.tr("保存 (Ctrl+S)"), self.tr("保存事项"), self.save, primary=True)
        self.cancel_button = button(self.tr("取消"), self.tr("取消编辑"), self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        scroll.setMinimumWidth(500)
        materials_box = QVBoxLayout()
        caption = QLabel(self.tr("申请材料（顺序即告知书上的顺序）"))
        caption.setObjectName("sectionCaption")
        materials_box.addWidget(caption)
        materials_box.addWidget(self.materials, 1)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 5)
        columns.addLayout(materials_box, 6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self._set_enabled(False)
        self.message.setText(self.tr("正在读取事项…") if code else self.tr("正在读取业务类别…"))
        self._load()

    def _build_fields(self) -> None:
        self.fields = QWidget()
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(CODE_MAX)
        self.code_edit.setAccessibleName(self.tr("事项编码"))
        self.code_edit.setPlaceholderText(self.tr("如：210800-SCJG-DJ-001"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("事项名称"))
        self.department_edit = QLineEdit()
        self.department_edit.setMaxLength(DEPARTMENT_MAX)
        self.department_edit.setAccessibleName(self.tr("实施部门"))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("业务类别"))
        self.category_combo.view().setAccessibleName(self.tr("业务类别列表"))
        self.basis_edit = _text_box(self.tr("设定依据"), self.tr("法律、法规、规章的名称和条款"), 60)
        self.conditions_edit = _text_box(self.tr("受理条件"), self.tr("可分行填写"), 96)
        self.procedure_edit = _text_box(
            self.tr("办理流程"), self.tr("每行一步，如：\n申请\n受理\n审查\n决定"), 110
        )
        self.legal_spin = self._days(self.tr("法定时限"))
        self.promised_spin = self._days(self.tr("承诺时限"))
        self.fees_edit = QLineEdit()
        self.fees_edit.setMaxLength(FEES_MAX)
        self.fees_edit.setAccessibleName(self.tr("收费标准"))
        self.fees_edit.setPlaceholderText(self.tr("不收费请填“不收费”"))
        self.location_edit = QLineEdit()
        self.location_edit.setMaxLength(LOCATION_MAX)
        self.location_edit.setAccessibleName(self.tr("办理地点"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.phone_edit.setAccessibleName(self.tr("咨询电话"))
        self.phone_edit.setPlaceholderText(self.tr("如：0417-2825101"))
        self.online_box = QCheckBox(self.tr("可网上办理"))
        self.online_box.setAccessibleName(self.tr("可网上办理"))
        self.tolerance_box = QCheckBox(self.tr("允许容缺受理"))
        self.tolerance_box.setAccessibleName(self.tr("允许容缺受理"))

        e = self.errors
        limits_row = QWidget()
        limits = QHBoxLayout(limits_row)
        limits.setContentsMargins(0, 0, 0, 0)
        limits.addWidget(QLabel(self.tr("法定")))
        limits.addWidget(self.legal_spin, 1)
        limits.addWidget(QLabel(self.tr("承诺")))
        limits.addWidget(self.promised_spin, 1)
        limits_box = e.wrap_row(limits_row, {"法定时限": self.legal_spin, "承诺时限": self.promised_spin})
        marks = QHBoxLayout()
        marks.addWidget(self.online_box)
        marks.addWidget(self.tolerance_box)
        marks.addStretch(1)
        form = QFormLayout(self.fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("事项编码"), e.wrap(self.code_edit, "事项编码"))
        form.addRow(self.tr("事项名称"), e.wrap(self.name_edit, "事项名称"))
        form.addRow(self.tr("实施部门"), e.wrap(self.department_edit, "实施部门"))
        form.addRow(self.tr("业务类别"), e.wrap(self.category_combo, "业务类别"))
        form.addRow(self.tr("设定依据"), e.wrap(self.basis_edit, "设定依据"))
        form.addRow(self.tr("受理条件"), e.wrap(self.conditions_edit, "受理条件"))
        form.addRow(self.tr("办理流程"), e.wrap(self.procedure_edit, "办理流程"))
        form.addRow(self.tr("办理时限"), limits_box)
        form.addRow(self.tr("收费标准"), e.wrap(self.fees_edit, "收费标准"))
        form.addRow(self.tr("办理地点"), e.wrap(self.location_edit, "办理地点"))
        form.addRow(self.tr("咨询电话"), e.wrap(self.phone_edit, "咨询电话"))
        form.addRow("", marks)

        for edit in (
            self.code_edit,
            self.name_edit,
            self.department_edit,
            self.fees_edit,
            self.location_edit,
            self.phone_edit,
        ):
            edit.textChanged.connect(self._edited)
        for box in (self.basis_edit, self.conditions_edit, self.procedure_edit):
            box.textChanged.connect(self._edited)
        for spin in (self.legal_spin, self.promised_spin):
            spin.valueChanged.connect(self._check_limits)
        self.category_combo.currentIndexChanged.connect(self._edited)
        self.online_box.toggled.connect(self._edited)
        self.tolerance_box.toggled.connect(self._edited)

    def _days(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_WORKING_DAYS)
        spin.setSuffix(self.tr(" 个工作日"))
        spin.setSpecialValueText(self.tr("即办"))  # 0 days: done while the applicant waits
        spin.setAccessibleName(name)
        spin.setMinimumWidth(120)
        return spin

    # -- loading ---------------------------------------------------------------------------------------

    def _load(self) -> None:
        self.busy = True
        run_in_pool(
            load_item_form,
            self.session.runtime,
            self.code,
            on_done=self._loaded,
            on_error=self._load_failed,
            context=self,
        )

    def _loaded(self, form: ItemForm) -> None:
        self.busy = False
        if form.item is not None:
            self.version, self.active = form.item.version, form.item.active
            data = form.item.data
            state = "" if self.active else self.tr("（已停用）")
            self.setWindowTitle(self.tr("编辑事项 {0} · 第 {1} 版{2}").format(data.code, self.version, state))
        else:
            data = ItemInput(code="", name="", department="")
        self.fill(data, form.categories)
        self._set_enabled(True)
        self.message.setText("")
        self.is_ready = True
        (self.code_edit if self.code is None else self.name_edit).setFocus()
        self.ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc))
        self.cancel_button.setEnabled(True)

    def fill(self, data: ItemInput, categories: list[CategoryInfo]) -> None:
        """Put ``data`` in the form; what it holds now is the form's unsaved-changes baseline."""
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self.department_edit.setText(data.department)
        fill_categories(self.category_combo, categories, data.category_prefix)
        self.basis_edit.setPlainText(data.basis)
        self.conditions_edit.setPlainText(data.conditions)
        self.procedure_edit.setPlainText("\n".join(data.procedure))
        self.legal_spin.setValue(data.legal_days)
        self.promised_spin.setValue(data.promised_days)
        self.fees_edit.setText(data.fees)
        self.location_edit.setText(data.location)
        self.phone_edit.setText(data.phone)
        self.online_box.setChecked(data.online)
        self.tolerance_box.setChecked(data.tolerance_allowed)
        self.materials.set_materials(data.materials, self.code)
        self.errors.clear()
        self._baseline = self.form_input()
        self._check_limits()

    # -- the form's value ---------------------------------------------------------------------------

    def form_input(self) -> ItemInput:
        """What the form says, as typed: the service cleans and checks it."""
        steps = tuple(line for line in self.procedure_edit.toPlainText().splitlines() if line.strip())
        return ItemInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            department=self.department_edit.text(),
            category_prefix=self.category_combo.currentData(),
            basis=self.basis_edit.toPlainText(),
            conditions=self.conditions_edit.toPlainText(),
            procedure=steps,
            legal_days=self.legal_spin.value(),
            promised_days=self.promised_spin.value(),
            fees=self.fees_edit.text(),
            online=self.online_box.isChecked(),
            location=self.location_edit.text(),
            phone=self.phone_edit.text(),
            tolerance_allowed=self.tolerance_box.isChecked(),
            materials=self.materials.materials(),
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.form_input() != self._baseline

    def _edited(self) -> None:
        if self.is_ready and not self.busy and self.message.text():
            self.message.setText("")

    def _check_limits(self) -> None:
        # Said while typing, not only on save: the two numbers are usually entered together.
        legal, promised = self.legal_spin.value(), self.promised_spin.value()
        if promised > legal:
            self.errors.show(
                "承诺时限",
                self.tr("承诺时限不得超过法定时限（{0}）。").format(days(legal)),
                focus=False,
            )
        else:
            self.errors.hide("承诺时限")
        self._edited()

    def _set_enabled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.materials.setEnabled(on)
        self.save_button.setEnabled(on)
        self.cancel_button.setEnabled(on or not self.busy)

    # -- saving ----------------------------------------------------------------------------------------

    def save(self) -> None:
        if self.busy or not self.is_ready:
            return
        data = self.form_input()
        ripples = self.materials.ripples()
        if not ripples:
            self._save(data)
            return
        # Shared facts of a document change for every item asking for it: said once more, before saving.
        lines = "\n".join(self.tr("“{0}”：另有 {1} 个事项").format(name, n) for name, n in ripples)
        self.question = ask(
            self,
            self.tr("修改共用材料"),
            self.tr("以下材料各事项共用，保存后这些事项的告知书也随之改变："),
            (self.tr("仍然保存"), self.tr("仍然保存，同时改变其他事项")),
            (self.tr("返回修改"), self.tr("返回修改材料")),
            lambda: self._save(data),
            detail=lines,
        )

    def _save(self, data: ItemInput) -> None:
        self.question = None
        self.errors.clear()
        self.materials.errors.clear()
        self.busy = True
        self._set_enabled(False)
        self.message.setText(self.tr("正在保存…"))
        runtime, staff_id, code, version = (
            self.session.runtime,
            self.session.staff_id,
            self.code,
            self.version,
        )

        def call() -> ItemSummary:
            if code is None or version is None:
                return catalog_edit.create_item(runtime.uow(), data, staff_id)
            return catalog_edit.update_item(runtime.uow(), code, data, staff_id, version)

        run_in_pool(call, on_done=self._saved, on_error=self._save_failed, context=self)

    def _saved(self, summary: ItemSummary) -> None:
        self.busy = False
        self._discarding = True  # saved: closing loses nothing
        self.message.setText(self.tr("已保存。"))
        self.saved.emit(summary)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._set_enabled(True)
        text = error_text(exc)
        self.message.setText(text)
        if isinstance(exc, InvalidInput):
            shown = self.errors.show(exc.field, text)
            if not shown:
                self.materials.show_error(exc.field, text)
        elif isinstance(exc, Conflict):
            self.question = ask(
                self,
                self.tr("事项已被他人修改"),
                text,
                (self.tr("重新读取"), self.tr("重新读取最新内容")),
                (self.tr("继续编辑"), self.tr("继续编辑不读取")),
                self.reload,
                detail=self.tr("重新读取会放弃您在此所做的修改；也可以先记下修改，读取后再改。"),
            )

    def reload(self) -> None:
        """Read the item again (its newest version); what was typed here is dropped."""
        self.question = None
        self.is_ready = False
        self._set_enabled(False)
        self.message.setText(self.tr("正在读取最新内容…"))
        self._load()

    # -- closing ---------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            return  # a save is on its way; its answer must find the form
        if self._discarding or not self.is_dirty():
            super().reject()
            return
        if self.question is not None and self.question.isVisible():
            return
        self.question = ask(
            self,
            self.tr("放弃修改"),
            self.tr("事项的修改尚未保存，确定放弃吗？"),
            (self.tr("放弃修改"), self.tr("放弃修改并关闭")),
            (self.tr("继续编辑"), self.tr("继续编辑事项")),
            self._discard,
        )

    def _discard(self) -> None:
        self.question = None
        self._discarding = True
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # QDialog turns a close into reject(); when reject() keeps the form open, the close must not
        # go through either.
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()
