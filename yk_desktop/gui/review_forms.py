"""Pieces the 差评 ledger and the complaint windows share: a small form for one step (text and a few extras)
that stays open until the service accepted it, a confirmation box, a colour for overdue rows, hall time.

The step dialogs run the service call themselves (``StepForm.submitted``); a refused entry shows the
service's Chinese message in the form, so nothing typed is lost.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import Column, RowTableModel

translate = QCoreApplication.translate
W = TypeVar("W", bound=QWidget)
_Index = QModelIndex | QPersistentModelIndex
# Overdue rows: white on red (5.9:1), the same red as an overdue case in the case list.
OVERDUE_COLOURS = ("#c0261b", "#ffffff")
DUE_TODAY_COLOURS = ("#ffe98a", "#1d2733")
_OVERDUE = (QBrush(QColor(OVERDUE_COLOURS[0])), QBrush(QColor(OVERDUE_COLOURS[1])))
_DUE_TODAY = (QBrush(QColor(DUE_TODAY_COLOURS[0])), QBrush(QColor(DUE_TODAY_COLOURS[1])))


def hall_time(value: datetime | None) -> str:
    return value.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def day_text(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def left_text(days_left: int | None) -> str:
    """A deadline in words, so colour never says it alone."""
    if days_left is None:
        return "—"
    if days_left < 0:
        return translate("review_forms", "逾期 {0} 个工作日").format(-days_left)
    if days_left == 0:
        return translate("review_forms", "今日到期")
    return translate("review_forms", "剩 {0} 个工作日").format(days_left)


class DeadlineTableModel(RowTableModel):
    """A ``RowTableModel`` whose rows turn red when overdue and yellow on their last day (``days_left``)."""

    def __init__(
        self, columns: Sequence[Column], days_left: Callable[[Any], int | None], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._days_left = days_left

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid():
            left = self._days_left(self.row_at(index.row()))
            brushes = _OVERDUE if left is not None and left < 0 else _DUE_TODAY if left == 0 else None
            if brushes is None:
                return None
            return brushes[0] if role == Qt.ItemDataRole.BackgroundRole else brushes[1]
        return super().data(index, role)


def table(model: RowTableModel, name: str, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name)
    made.clicked.connect(lambda _checked=False: slot())
    return made


class StepForm(QDialog):
    """One step's form: a text (required or not) and optional extras; 确定 emits ``submitted``."""

    submitted = Signal()

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.busy = False
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.fields = QFormLayout()
        self.text_edit: QPlainTextEdit | None = None
        self.combo: QComboBox | None = None  # the last choice added (tests and keyboard users find it here)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(translate("review_forms", "填写提示"))
        self.error_label.hide()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAccessibleName(ok_text)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(translate("review_forms", "取消"))
        self.cancel_button.setAccessibleName(translate("review_forms", "取消并关闭表单"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._inputs: list[QWidget] = []
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(self.fields)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def add_text(self, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(100)
        self.text_edit = edit
        return self._add(label, edit)

    def add_check(self, text: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        box.setChecked(checked)
        self._inputs.append(box)
        self.fields.addRow(box)
        return box

    def add_combo(self, label: str, items: Sequence[tuple[str, object]], editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(label)
        combo.view().setAccessibleName(translate("review_forms", "{0}列表").format(label))
        combo.setEditable(editable)
        for text, data in items:
            combo.addItem(text, data)
        if editable:
            combo.setCurrentIndex(-1)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo = combo
        return self._add(label, combo)

    def add_line(self, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        return self._add(label, edit)

    def _add(self, label: str, widget: W) -> W:
        self._inputs.append(widget)
        self.fields.addRow(label + translate("review_forms", "："), widget)
        order = [*self._inputs, self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._inputs[0].setFocus()
        return widget

    def text(self) -> str:
        return self.text_edit.toPlainText() if self.text_edit is not None else ""

    def combo_for(self, label: str) -> QComboBox:
        """The choice added under ``label`` (tests and the form's own checks find it by name)."""
        for widget in self._inputs:
            if isinstance(widget, QComboBox) and widget.accessibleName() == label:
                return widget
        raise KeyError(label)

    def _submit(self) -> None:
        if not self.busy:
            self.error_label.hide()
            self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (*self._inputs, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def confirm(
    parent: QWidget,
    object_name: str,
    title: str,
    text: str,
    detail: str,
    yes_text: str,
    then: Callable[[], None],
) -> QMessageBox:
    """Ask once more before an action that cannot be taken back; ``then`` runs on yes. Enter alone says no."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setAccessibleName(yes_text)
    no = box.addButton(translate("review_forms", "返回修改"), QMessageBox.ButtonRole.RejectRole)
    no.setAccessibleName(translate("review_forms", "返回修改"))
    box.setDefaultButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(clicked: QAbstractButton) -> None:
        if clicked is yes:
            then()

    box.buttonClicked.connect(answered)
    box.open()
    return box
