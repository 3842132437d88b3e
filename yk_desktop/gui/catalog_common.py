"""What the catalog editor's windows share: the catalog as the list shows it (loaded on a worker thread, its
model and filter), and the small pieces every form uses (buttons, errors shown beside their field, the reason to retire, a question).

The editor's windows: ``catalog_editor`` (the list), ``item_form`` with ``material_editor`` (one item),
``catalog_history``, ``bundle_list`` and ``bundle_form``, ``catalog_import``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import SEARCH_ROLE, SORT_ROLE, Column, RowTableModel, days
from yk_desktop.services import catalog, catalog_io, hall
from yk_desktop.services.catalog_rules import REASON_MAX
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.runtime import Runtime

_Index = QModelIndex | QPersistentModelIndex
# lupdate knows this alias; every string below is found by ``translate("catalog_common", "…")``.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class CatalogRow:
    """One item as the catalog list shows it, retired ones included."""

    code: str
    name: str
    department: str
    category_prefix: str | None
    legal_days: int
    promised_days: int
    online: bool
    active: bool
    materials: int


@dataclass(frozen=True)
class BundleRow:
    code: str
    name: str
    description: str
    category_prefix: str | None
    item_codes: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class CatalogData:
    items: list[CatalogRow]
    keys: list[str]  # per item: code, name, department, pinyin initials and full pinyin, for the filter
    bundles: list[BundleRow]
    categories: list[CategoryInfo]


def _entries(runtime: Runtime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    # The exchange export is the services' one read that returns every item and bundle *with* the retired
    # ones (list_items and list_bundles show only what is in use), as plain data in a documented shape
    # (docs/catalog-format.md). It reads each item's materials too, which a catalog of a hall's few
    # hundred items affords on a worker thread.
    document = json.loads(catalog_io.export_json(runtime.uow()))
    return document["items"], document["bundles"]


def _bundle_rows(bundles: Iterable[dict[str, Any]]) -> list[BundleRow]:
    return [
        BundleRow(b["code"], b["name"], b["description"], b["category"], tuple(b["items"]), b["active"])
        for b in bundles
    ]


def load_catalog(runtime: Runtime) -> CatalogData:
    """Worker thread: every item and bundle, the filter keys (pinyin built here, not on the UI thread)."""
    entries, bundles = _entries(runtime)
    items, keys = [], []
    for e in entries:
        items.append(
            CatalogRow(
                e["code"],
                e["name"],
                e["department"],
                e["category"],
                e["legal_days"],
                e["promised_days"],
                e["online"],
                e["active"],
                len(e["materials"]),
            )
        )
        initials, full = catalog.pinyin_keys(e["name"])
        keys.append(" ".join((e["code"], e["name"], e["department"], initials, full)))
    return CatalogData(items, keys, _bundle_rows(bundles), hall.list_categories(runtime.uow()))


def time_text(at: datetime) -> str:
    return at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- the list

RETIRED_COLOUR = QColor("#8a94a3")


class CatalogModel(RowTableModel):
    """Every item of the hall; retired ones are greyed (and hidden by the filter unless asked for)."""

    CODE, NAME, CATEGORY, DEPARTMENT, LEGAL, PROMISED, MATERIALS, STATE = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("catalog_common", "事项编码"), lambda i: i.code),
                Column(translate("catalog_common", "事项名称"), lambda i: i.name, tooltip=lambda i: i.name),
                Column(translate("catalog_common", "类别"), lambda i: i.category_prefix or "", centered=True),
                Column(translate("catalog_common", "实施部门"), lambda i: i.department),
                Column(
                    translate("catalog_common", "法定时限"), lambda i: i.legal_days, centered=True, text=days
                ),
                Column(
                    translate("catalog_common", "承诺时限"),
                    lambda i: i.promised_days,
                    centered=True,
                    text=days,
                ),
                Column(translate("catalog_common", "材料"), lambda i: i.materials, centered=True),
                Column(
                    translate("catalog_common", "状态"),
                    lambda i: (
                        translate("catalog_common", "在用")
                        if i.active
                        else translate("catalog_common", "已停用")
                    ),
                    centered=True,
                ),
            ],
            parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            return None if self.item(index.row()).active else RETIRED_COLOUR
        return super().data(index, role)

    def item(self, row: int) -> CatalogRow:
        found: CatalogRow = self.row_at(row)
        return found


class CatalogFilter(QSortFilterProxyModel):
    """The text filter (on the search key: code, name, department, pinyin) and 「显示已停用」."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_retired = False
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(CatalogModel.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)

    def set_show_retired(self, on: bool) -> None:
        self.beginFilterChange()
        self.show_retired = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        if not self.show_retired and isinstance(source, CatalogModel) and not source.item(source_row).active:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


# ---------------------------------------------------------------- small widgets


def table_view(name: str) -> QTableView:
    """A read-only list of rows: Tab leaves it, arrows move in it, one row chosen at a time."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fill_categories(combo: QComboBox, categories: Sequence[CategoryInfo], current: str | None) -> None:
    """「无」 and the hall's categories; a retired category the entry still names stays, so saving the form
    unchanged does not quietly drop it."""
    combo.clear()
    combo.addItem(translate("catalog_common", "无（不在取号机上单独显示）"), None)
    for c in categories:
        combo.addItem(f"{c.prefix} · {c.name}", c.prefix)
    if current and combo.findData(current) < 0:
        combo.addItem(translate("catalog_common", "{0}（已停用的类别）").format(current), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class FieldErrors:
    """A service's InvalidInput names the field at fault (``field="承诺时限"``); its message is shown right
    under that field, and the field gets the focus."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, widget: QWidget, *fields: str, grow: bool = False) -> QWidget:
        """The widget with its (hidden) error line below it, registered under each of ``fields``.

        Args:
            grow: the widget takes spare height (a list); otherwise the pair keeps its natural height, so a
                form's rows do not drift apart when the form is taller than its fields.
        """
        label = QLabel()
        label.setObjectName("errorLabel")
        label.setWordWrap(True)
        label.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(label)
        if not grow:
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for field in fields:
            self._fields[field] = (widget, label)
        return box

    def wrap_row(self, row: QWidget, targets: dict[str, QWidget]) -> QWidget:
        """Several fields side by side (法定/承诺时限) sharing one error line under the row; each field
        name focuses its own widget."""
        box = self.wrap(row)
        label = box.findChild(QLabel, "errorLabel")
        assert isinstance(label, QLabel)
        for field, widget in targets.items():
            self._fields[field] = (widget, label)
        return box

    def knows(self, field: str) -> bool:
        return self._find(field) is not None

    def _find(self, field: str) -> tuple[QWidget, QLabel] | None:
        if field in self._fields:
            return self._fields[field]
        # 「办理流程第 3 步」 is a part of 办理流程: the longest registered name the field starts with.
        for name in sorted(self._fields, key=len, reverse=True):
            if field.startswith(name):
                return self._fields[name]
        return None

    def show(self, field: str, message: str, *, focus: bool = True) -> bool:
        found = self._find(field)
        if found is None:
            return False
        widget, label = found
        label.setText(message)
        label.show()
        if focus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def hide(self, field: str) -> None:
        found = self._find(field)
        if found is not None:
            found[1].hide()
            found[1].clear()

    def message(self, field: str) -> str:
        found = self._find(field)
        return found[1].text() if found is not None and not found[1].isHidden() else ""

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            label.hide()
            label.clear()


def ask(
    parent: QWidget,
    title: str,
    text: str,
    yes: tuple[str, str],
    no: tuple[str, str],
    on_yes: Callable[[], object],
    *,
    detail: str = "",
    on_no: Callable[[], object] | None = None,
) -> QMessageBox:
    """A question with our own two buttons ((text, accessible name) each); ``no`` is the default, so a
    stray Enter never discards or overwrites anything. Opened window-modal, not exec()'d."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes_button = box.addButton(yes[0], QMessageBox.ButtonRole.AcceptRole)
    yes_button.setAccessibleName(yes[1])
    no_button = box.addButton(no[0], QMessageBox.ButtonRole.RejectRole)
    no_button.setAccessibleName(no[1])
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(clicked: QAbstractButton) -> None:
        if clicked is yes_button:
            on_yes()
        elif on_no is not None:
            on_no()

    box.buttonClicked.connect(answered)
    box.open()
    return box


class ReasonDialog(QDialog):
    """停用 (a reason is required: it goes into the item's history) or 恢复 (optional) of one entry.

    ``submitted`` hands the reason to the caller, who runs the service call and then either ``accept()``s
    or shows the service's refusal here with ``show_error`` (the dialog stays open to correct it).
    """

    submitted = Signal(str)

    def __init__(
        self, title: str, prompt: str, ok_text: str, *, required: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.required = required
        self.busy = False
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setAccessibleName(
            translate("catalog_common", "停用原因") if required else translate("catalog_common", "恢复原因")
        )
        self.reason.setPlaceholderText(
            translate("catalog_common", "如：事项已取消，依据某文件")
            if required
            else translate("catalog_common", "可不填")
        )
        self.prompt.setBuddy(self.reason)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAccessibleName(ok_text)
        self.ok_button.setDefault(True)  # one field: Enter confirms
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(translate("catalog_common", "取消"))
        self.cancel_button.setAccessibleName(translate("catalog_common", "取消并关闭"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.reason, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self.reason.setFocus()

    def _submit(self) -> None:
        if self.busy:
            return
        if self.required and not self.reason.text().strip():
            self.show_error(translate("catalog_common", "请填写停用原因，它会记入事项的修改历史。"))
            return
        self.error_label.hide()
        self.submitted.emit(self.reason.text())

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.reason, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.reason.setFocus()

    def reject(self) -> None:
        if not self.busy:  # the call is on its way; its answer must find the dialog
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
