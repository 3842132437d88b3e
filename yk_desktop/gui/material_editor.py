"""The materials of one item in its edit form: the list (add, remove, move up and down) and, below it, every
detail of the chosen material (名称, 原件/复印件, 份数, 纸质/电子, 必交 or 情形, 出具单位, 备注, 可复用, 可容缺).

Its 出具单位, 证照名称, 备注 and 可复用 are shared by every item asking for the same document (see
``services.catalog_edit``): the editor says who else uses the chosen material and when a change here would
change their notices too; a material newly added under a name the hall already has takes those facts from it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.catalog_common import FieldErrors
from yk_desktop.gui.controls import button
from yk_desktop.gui.material_table import (
    MaterialListModel,
    SharedMaterial,
    material_index,
    material_key,
    original_name,
    shared_facts,
    shared_material,
    stored_facts,
)
from yk_desktop.gui.models import form_label
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly
from yk_desktop.services.catalog_rules import (
    CERTIFICATE_MAX,
    CONDITION_MAX,
    COPIES_MAX,
    ISSUER_MAX,
    NAME_MAX,
    MaterialInput,
)

# The issuer can be a sentence ("窗口领取或辽宁政务服务网下载"); fitted to it, a column would squeeze the
# material's name out of sight. Columns fit their text up to this; the whole text is in the tooltip and below.
MAX_COLUMN_WIDTH = 130


class MaterialsEditor(QWidget):
    """The list of materials and the detail form of the current one; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MaterialsEditor")
        self.session = session
        self.own_code: str | None = None  # the item being edited, not counted among "other items"
        self.shared: dict[str, SharedMaterial] = {}
        self._lookups = LatestOnly()
        self._filling = False  # the detail form is being filled from a row: not an edit
        self._prefilled = ""  # the material whose shared facts were just taken from the hall's own
        self.errors = FieldErrors()

        self.model = MaterialListModel(self)
        self.view = QTableView()
        self.view.setObjectName("materialsEditView")
        self.view.setAccessibleName(self.tr("申请材料清单"))
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MaterialListModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_columns)
        self.model.rowsInserted.connect(lambda *_: self._fit_columns())
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._row_changed(current.row())
        )
        self.model.rowsRemoved.connect(lambda *_: self._rows_changed())
        self.model.modelReset.connect(self._rows_changed)

        self.add_button = button(self.tr("添加材料"), self.tr("添加一项材料"), self.add_material)
        self.remove_button = button(self.tr("删除"), self.tr("删除所选材料"), self.remove_material)
        self.up_button = button(self.tr("上移"), self.tr("所选材料上移"), lambda: self.move_material(-1))
        self.down_button = button(self.tr("下移"), self.tr("所选材料下移"), lambda: self.move_material(1))

        self._build_detail()
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")

        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.errors.wrap(self.view, "申请材料", grow=True), 3)
        layout.addLayout(buttons)
        layout.addWidget(self.detail, 0)
        self._rows_changed()

    def _build_detail(self) -> None:
        self.detail = QWidget()
        self.detail.setObjectName("materialDetail")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("材料名称"))
        self.name_edit.setPlaceholderText(self.tr("如：营业执照"))
        self.name_edit.editingFinished.connect(self.look_up_current)
        self.original_combo = QComboBox()
        self.original_combo.setAccessibleName(self.tr("原件或复印件"))
        self.original_combo.view().setAccessibleName(self.tr("原件或复印件选项"))
        for value in ("original", "copy", "original_and_copy"):
            self.original_combo.addItem(original_name(value), value)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, COPIES_MAX)
        self.copies_spin.setSuffix(self.tr(" 份"))
        self.copies_spin.setAccessibleName(self.tr("份数"))
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("纸质或电子"))
        self.form_combo.view().setAccessibleName(self.tr("材料形式选项"))
        for value in ("paper", "electronic", "either"):
            self.form_combo.addItem(form_label(value), value)
        self.required_radio = QRadioButton(self.tr("必交"))
        self.required_radio.setAccessibleName(self.tr("必须提交"))
        self.situational_radio = QRadioButton(self.tr("按情形提交："))
        self.situational_radio.setAccessibleName(self.tr("按情形提交"))
        need = QButtonGroup(self)
        need.addButton(self.required_radio)
        need.addButton(self.situational_radio)
        self.condition_edit = QLineEdit()
        self.condition_edit.setMaxLength(CONDITION_MAX)
        self.condition_edit.setAccessibleName(self.tr("适用情形"))
        self.condition_edit.setPlaceholderText(self.tr("如：委托他人办理的提供"))
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setMaxLength(ISSUER_MAX)
        self.issuer_edit.setAccessibleName(self.tr("出具单位"))
        self.issuer_edit.setPlaceholderText(self.tr("如：市场监管部门"))
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setMaxLength(CERTIFICATE_MAX)
        self.certificate_edit.setAccessibleName(self.tr("电子证照名称"))
        self.certificate_edit.setPlaceholderText(self.tr("有电子证照时填写，如：营业执照"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("备注或要求"))
        self.note_edit.setPlaceholderText(self.tr("如：加盖公章；复印件须注明“与原件一致”"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(52)
        self.reusable_box = QCheckBox(self.tr("可复用（已核验过的不再要求提交）"))
        self.reusable_box.setAccessibleName(self.tr("可复用已核验材料"))
        self.tolerable_box = QCheckBox(self.tr("可容缺（容缺受理时可后补）"))
        self.tolerable_box.setAccessibleName(self.tr("可容缺"))
        self.shared_label = QLabel()
        self.shared_label.setObjectName("hintLabel")
        self.shared_label.setWordWrap(True)
        self.shared_label.hide()

        for edit in (self.name_edit, self.condition_edit, self.issuer_edit, self.certificate_edit):
            edit.textChanged.connect(self._store)
        self.note_edit.textChanged.connect(self._store)
        for combo in (self.original_combo, self.form_combo):
            combo.currentIndexChanged.connect(self._store)
        self.copies_spin.valueChanged.connect(self._store)
        for box in (self.required_radio, self.situational_radio, self.reusable_box, self.tolerable_box):
            box.toggled.connect(self._store)

        e = self.errors
        terms = QHBoxLayout()
        terms.addWidget(e.wrap(self.original_combo, "原件/复印件"), 1)
        terms.addWidget(e.wrap(self.copies_spin, "份数"))
        terms.addWidget(e.wrap(self.form_combo, "材料形式"), 1)
        need_row = QHBoxLayout()
        need_row.addWidget(self.required_radio)
        need_row.addWidget(self.situational_radio)
        need_row.addWidget(e.wrap(self.condition_edit, "适用情形"), 1)
        marks = QHBoxLayout()
        marks.addWidget(self.reusable_box)
        marks.addWidget(self.tolerable_box)
        marks.addStretch(1)
        form = QFormLayout(self.detail)
        form.setContentsMargins(0, 4, 0, 0)
        form.addRow(self.tr("材料名称"), e.wrap(self.name_edit, "材料名称"))
        form.addRow(self.tr("要求"), terms)
        form.addRow(self.tr("提交"), need_row)
        form.addRow(self.tr("出具单位"), e.wrap(self.issuer_edit, "出具单位"))
        form.addRow(self.tr("电子证照"), e.wrap(self.certificate_edit, "证照名称"))
        form.addRow(self.tr("备注/要求"), e.wrap(self.note_edit, "备注"))
        form.addRow("", marks)
        form.addRow("", self.shared_label)

    # -- the list --------------------------------------------------------------------------------------

    def set_materials(self, materials: tuple[MaterialInput, ...], own_code: str | None) -> None:
        self.own_code = own_code
        self.model.set_materials(materials)
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def materials(self) -> tuple[MaterialInput, ...]:
        return tuple(self.model.rows)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, MaterialListModel.NAME))

    def add_material(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.model.insert(row, MaterialInput(name=""))
        self.select(row)
        self.name_edit.setFocus()
        self.changed.emit()

    def remove_material(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))
        self.changed.emit()

    def move_material(self, step: int) -> None:
        row = self.current_row()
        to = row + step
        if row < 0 or not 0 <= to < self.model.rowCount():
            return
        self.model.move(row, to)
        self.select(to)
        self._follow_rows()  # the current index moved with its row, so no currentRowChanged said so
        self.changed.emit()

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            if column != MaterialListModel.NAME:
                self.view.resizeColumnToContents(column)
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), MAX_COLUMN_WIDTH))

    def _follow_rows(self) -> None:
        rows, row = self.model.rowCount(), self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)
        self.detail.setEnabled(row >= 0)
        self.count_label.setText(self.tr("共 {0} 项材料").format(rows))

    def _rows_changed(self) -> None:
        if self.current_row() < 0:
            self._show_row(-1)  # nothing chosen: an empty, disabled detail form
        else:
            self._follow_rows()

    # -- the detail of the current material ----------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        self._prefilled = ""
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        self._filling = True
        try:
            m = self.model.rows[row] if 0 <= row < len(self.model.rows) else MaterialInput(name="")
            self.name_edit.setText(m.name)
            self.original_combo.setCurrentIndex(max(0, self.original_combo.findData(m.original)))
            self.copies_spin.setValue(min(max(m.copies, 1), COPIES_MAX))
            self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(m.form)))
            self.required_radio.setChecked(m.required)
            self.situational_radio.setChecked(not m.required)
            self.condition_edit.setText(m.condition or "")
            self.condition_edit.setEnabled(not m.required)
            self.issuer_edit.setText(m.issuer)
            self.certificate_edit.setText(m.certificate or "")
            self.note_edit.setPlainText(m.note)
            self.reusable_box.setChecked(m.reusable)
            self.tolerable_box.setChecked(m.tolerable)
        finally:
            self._filling = False
        self.errors.clear()
        self._follow_rows()
        self.look_up_current()

    def _store(self) -> None:
        if self._filling:
            return
        row = self.current_row()
        if row < 0:
            return
        required = self.required_radio.isChecked()
        self.condition_edit.setEnabled(not required)
        m = MaterialInput(
            name=self.name_edit.text(),
            original=str(self.original_combo.currentData()),
            copies=self.copies_spin.value(),
            form=str(self.form_combo.currentData()),
            required=required,
            # A required material has no condition: the text stays in the field should the clerk switch back.
            condition=None if required else (self.condition_edit.text() or None),
            certificate=self.certificate_edit.text() or None,
            issuer=self.issuer_edit.text(),
            note=self.note_edit.toPlainText(),
            reusable=self.reusable_box.isChecked(),
            tolerable=self.tolerable_box.isChecked(),
        )
        if m != self.model.rows[row]:
            self.model.replace_row(row, m)
            self._show_shared()
            self.changed.emit()

    # -- shared materials ------------------------------------------------------------------------------

    def look_up_current(self) -> None:
        """Ask who else uses the current material (once per name; answers are kept)."""
        row = self.current_row()
        name = material_key(self.model.rows[row].name) if row >= 0 else ""
        if not name:
            self._show_shared()
            return
        if name in self.shared:
            self._arrived(self.shared[name])
            return
        self._lookups.run(
            shared_material,
            self.session.runtime,
            name,
            self.own_code,
            on_done=self._arrived,
            on_error=lambda _exc: None,  # only a hint: the save itself still works and says what is wrong
            context=self,
        )

    def _arrived(self, found: SharedMaterial) -> None:
        self.shared[found.name] = found
        row = self.current_row()
        if row < 0 or material_key(self.model.rows[row].name) != found.name:
            return
        m = self.model.rows[row]
        untouched = shared_facts(m) == (False, None, "", "")
        if self.model.fresh[row] and found.known and untouched and stored_facts(found) != shared_facts(m):
            # A document the hall already knows: take its shared facts instead of blanking them for everyone.
            taken = replace(
                m,
                reusable=found.reusable,
                certificate=found.certificate,
                issuer=found.issuer,
                note=found.note,
            )
            self.model.fresh[row] = False
            self.model.replace_row(row, taken)
            self._prefilled = found.name
            self._show_row(row)  # shows the shared note as well
            self.changed.emit()
            return
        self._show_shared()

    def _show_shared(self) -> None:
        row = self.current_row()
        found = self.shared.get(material_key(self.model.rows[row].name)) if row >= 0 else None
        taken = ""
        if found is not None and found.name == self._prefilled:
            taken = self.tr("本大厅已有材料“{0}”，已按它填入出具单位、证照名称、备注和可复用。").format(
                found.name
            )
        if found is None or not found.others:
            self.shared_label.setText(taken)
            self.shared_label.setVisible(bool(taken))
            return
        n = len(found.others)
        codes = "、".join(found.others[:3]) + (self.tr("等") if n > 3 else "")
        changed = self._changed_shared(self.model.rows[row], found)
        if changed:
            text = self.tr(
                "注意：“{0}”由 {1} 个其他事项（{2}）共用，修改其{3}将同时改变这 {1} 个事项的告知书。"
            ).format(found.name, n, codes, "、".join(changed))
            self.shared_label.setObjectName("errorLabel")
        else:
            text = self.tr(
                "“{0}”还用于其他 {1} 个事项（{2}）；出具单位、证照名称、备注和可复用对这些事项同时生效。"
            ).format(found.name, n, codes)
            self.shared_label.setObjectName("hintLabel")
        # The object name picks the colour in the style sheet; re-polish so the change shows.
        self.shared_label.style().unpolish(self.shared_label)
        self.shared_label.style().polish(self.shared_label)
        self.shared_label.setText(f"{taken}\n{text}" if taken else text)
        self.shared_label.show()

    def _changed_shared(self, m: MaterialInput, found: SharedMaterial) -> list[str]:
        if not found.known:
            return []
        mine, stored = shared_facts(m), stored_facts(found)
        labels = (self.tr("可复用"), self.tr("证照名称"), self.tr("出具单位"), self.tr("备注"))
        return [label for label, a, b in zip(labels, mine, stored, strict=True) if a != b]

    def ripples(self) -> list[tuple[str, int]]:
        """(material, how many other items) for each material whose shared facts this form changes."""
        found = []
        for m in self.model.rows:
            shared = self.shared.get(material_key(m.name))
            if shared is not None and shared.others and self._changed_shared(m, shared):
                found.append((shared.name, len(shared.others)))
        return found

    # -- errors ------------------------------------------------------------------------------------------

    def show_error(self, field: str, message: str) -> bool:
        """Show a service's message at the material (``第 N 项材料…``) and field it names."""
        index = material_index(message)
        if index is not None:
            self.select(index)
        return self.errors.show(field, message)
