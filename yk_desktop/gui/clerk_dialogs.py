"""The clerk panel's small dialogs: transfer (转窗), pause the window (暂停服务), put a ticket on hold (挂起).

They only ask; the panel runs the service call in the worker pool and shows its answer. Each is usable
from the keyboard alone: Tab moves through the fields, Enter confirms, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.services.hall import CategoryInfo, WindowInfo
from yk_desktop.services.queue import TicketInfo
from yk_desktop.services.serving import REASON_MAX


def _buttons(
    dialog: QDialog, ok_text: str, ok_name: str, cancel_text: str, cancel_name: str
) -> tuple[QPushButton, QPushButton]:
    """Our own 确定/取消 pair: QDialogButtonBox's standard buttons would say "OK" without Qt's catalogue."""
    ok = QPushButton(ok_text)
    ok.setObjectName("primaryButton")
    ok.setAccessibleName(ok_name)
    ok.setDefault(True)  # Enter in a field confirms
    ok.clicked.connect(dialog.accept)
    cancel = QPushButton(cancel_text)
    cancel.setAccessibleName(cancel_name)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    return ok, cancel


class TransferDialog(QDialog):
    """转窗: to another category or to one named window (two radio choices), with an optional reason."""

    def __init__(
        self,
        ticket: TicketInfo,
        categories: Sequence[CategoryInfo],
        windows: Sequence[WindowInfo],
        own_window: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TransferDialog")
        self.setWindowTitle(self.tr("转窗"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("将 {0}（{1}）转往：").format(ticket.number, ticket.category_name))
        title.setObjectName("sectionCaption")
        title.setWordWrap(True)
        hint = QLabel(self.tr("号票保留原取号时间重新等候，办事人无需重新排队。"))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)

        self.by_category = QRadioButton(self.tr("其他业务类别(&C)"))
        self.by_category.setAccessibleName(self.tr("转到其他业务类别"))
        self.by_window = QRadioButton(self.tr("指定窗口(&W)"))
        self.by_window.setAccessibleName(self.tr("转到指定窗口"))
        group = QButtonGroup(self)
        group.addButton(self.by_category)
        group.addButton(self.by_window)

        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("转往的业务类别"))
        self.category_combo.view().setAccessibleName(self.tr("业务类别列表"))  # its popup list
        for category in categories:
            if category.prefix != ticket.category_prefix:  # the same category again would change nothing
                self.category_combo.addItem(
                    self.tr("{0} · {1}").format(category.prefix, category.name), category.prefix
                )
        self.window_combo = QComboBox()
        self.window_combo.setAccessibleName(self.tr("转往的窗口"))
        self.window_combo.view().setAccessibleName(self.tr("窗口列表"))
        for window in windows:
            if window.number == own_window or not window.active:
                continue  # the service refuses both; better not to offer them
            text = self.tr("{0} 号窗口 · {1}").format(window.number, window.name)
            if window.paused_reason:
                text = self.tr("{0}（暂停中）").format(text)
            self.window_combo.addItem(text, window.number)

        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("转窗原因"))
        self.reason.setPlaceholderText(self.tr("可不填，如：需先办理税务登记"))
        self.reason.setMaxLength(REASON_MAX)

        self.ok_button, self.cancel_button = _buttons(
            self, self.tr("转窗"), self.tr("确定转窗"), self.tr("取消"), self.tr("取消转窗")
        )

        self.by_category.setEnabled(self.category_combo.count() > 0)
        self.by_window.setEnabled(self.window_combo.count() > 0)
        self.by_category.toggled.connect(self._follow_choice)
        self.by_window.toggled.connect(self._follow_choice)
        if self.category_combo.count() > 0:
            self.by_category.setChecked(True)
        elif self.window_combo.count() > 0:
            self.by_window.setChecked(True)
        self._follow_choice()

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.by_category, 0, 0)
        grid.addWidget(self.category_combo, 0, 1)
        grid.addWidget(self.by_window, 1, 0)
        grid.addWidget(self.window_combo, 1, 1)
        reason_label = QLabel(self.tr("原因(&R)"))
        reason_label.setBuddy(self.reason)
        grid.addWidget(reason_label, 2, 0)
        grid.addWidget(self.reason, 2, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        # Radios of one group take one Tab stop (arrow keys switch); the unchosen combo is disabled.
        self.setTabOrder(self.by_category, self.by_window)
        self.setTabOrder(self.by_window, self.category_combo)
        self.setTabOrder(self.category_combo, self.window_combo)
        self.setTabOrder(self.window_combo, self.reason)
        self.setTabOrder(self.reason, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        first = self.by_category if self.by_category.isChecked() else self.by_window
        first.setFocus()

    def _follow_choice(self) -> None:
        self.category_combo.setEnabled(self.by_category.isChecked())
        self.window_combo.setEnabled(self.by_window.isChecked())
        self.ok_button.setEnabled(self.by_category.isChecked() or self.by_window.isChecked())

    def destination(self) -> tuple[str | None, int | None]:
        """(category prefix, None) or (None, window number), as ``serving.transfer`` takes them."""
        if self.by_window.isChecked():
            return None, self.window_combo.currentData()
        return self.category_combo.currentData(), None

    def reason_text(self) -> str:
        return self.reason.text().strip()


class _ReasonDialog(QDialog):
    """One line of reason; ``required`` keeps the dialog open (with a note) until something is typed."""

    def __init__(self, required: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._required = required
        self.setMinimumWidth(460)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def _lay_out(self, field: QWidget, ok: QPushButton, cancel: QPushButton) -> None:
        self.prompt.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setTabOrder(field, ok)
        self.setTabOrder(ok, cancel)
        field.setFocus()

    def reason_text(self) -> str:
        raise NotImplementedError

    def _missing_text(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        if self._required and not self.reason_text():
            self.error_label.setText(self._missing_text())
            self.error_label.show()
            return
        super().accept()


class PauseDialog(_ReasonDialog):
    """暂停服务 needs a reason (the manager sees it); common ones are offered, any text may be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(True, parent)
        self.setObjectName("PauseDialog")
        self.setWindowTitle(self.tr("暂停服务"))
        self.prompt.setText(self.tr("暂停期间本窗口不再叫号。请填写暂停原因(&R)："))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setAccessibleName(self.tr("暂停原因"))
        self.reason.view().setAccessibleName(self.tr("常用暂停原因"))
        self.reason.addItems(
            [self.tr("临时离岗"), self.tr("午间休息"), self.tr("系统故障"), self.tr("业务培训")]
        )
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        assert line is not None  # editable
        line.setMaxLength(REASON_MAX)
        line.setPlaceholderText(self.tr("选择或输入原因，如：临时离岗"))
        self.ok_button, self.cancel_button = _buttons(
            self, self.tr("暂停服务"), self.tr("确定暂停服务"), self.tr("取消"), self.tr("取消暂停")
        )
        self._lay_out(self.reason, self.ok_button, self.cancel_button)

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def _missing_text(self) -> str:
        return self.tr("请填写暂停服务的原因（如：临时离岗、系统故障）。")


class HoldDialog(_ReasonDialog):
    """挂起 with an optional note (e.g. 去复印身份证), so the clerk remembers why when resuming."""

    def __init__(self, ticket: TicketInfo, parent: QWidget | None = None) -> None:
        super().__init__(False, parent)
        self.setObjectName("HoldDialog")
        self.setWindowTitle(self.tr("挂起"))
        self.prompt.setText(
            self.tr(
                "挂起 {0}：办事人暂时离开（如去复印材料），本窗口可先呼叫下一位。\n挂起原因(&R)（可不填）："
            ).format(ticket.number)
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("挂起原因"))
        self.reason.setPlaceholderText(self.tr("如：去复印身份证"))
        self.reason.setMaxLength(REASON_MAX)
        self.ok_button, self.cancel_button = _buttons(
            self, self.tr("挂起"), self.tr("确定挂起"), self.tr("取消"), self.tr("取消挂起")
        )
        self._lay_out(self.reason, self.ok_button, self.cancel_button)

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _missing_text(self) -> str:
        return ""
