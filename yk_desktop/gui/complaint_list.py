"""投诉处理: the hall's complaints against their reply deadlines, overdue ones red and counted.

Filters: which states (未办结 = received or routed, by default), 只看逾期, type, and a search over the number,
the 12345 work order, the department and the content. 登记投诉 opens the intake; Enter, a double click or
查看 opens the complaint (``ComplaintDialog``). The list reloads after either and every minute.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from yk_desktop.gui.complaint_dialog import ComplaintDialog
from yk_desktop.gui.complaint_intake import ComplaintIntakeDialog, kind_text, source_text, state_text
from yk_desktop.gui.models import Column
from yk_desktop.gui.review_forms import DeadlineTableModel, button, day_text, hall_time, left_text, table
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import complaints
from yk_desktop.services.complaints import ComplaintFilter, ComplaintRow
from yk_desktop.services.runtime import Runtime

REFRESH_MS = 60_000
STATE_CHOICES: dict[str, tuple[str, ...]] = {
    "open": complaints.OPEN_STATES,
    "replied": ("replied",),
    "closed": ("closed",),
    "all": (),
}


def load_complaints(runtime: Runtime, filters: ComplaintFilter) -> tuple[list[ComplaintRow], int]:
    """Worker thread: the rows and the hall's overdue count (whatever the filter shows)."""
    return complaints.list_complaints(runtime.uow(), filters), complaints.overdue_count(runtime.uow())


class ComplaintListPanel(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintListPanel")
        self.session = session
        self.dialog: ComplaintDialog | None = None
        self.intake: ComplaintIntakeDialog | None = None
        self.overdue_total = 0
        self._loads = LatestOnly()
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("状态"))
        self.state_combo.view().setAccessibleName(self.tr("状态列表"))
        for key, text in (
            ("open", self.tr("未办结")),
            ("replied", self.tr("已答复")),
            ("closed", self.tr("已办结")),
            ("all", self.tr("全部")),
        ):
            self.state_combo.addItem(text, key)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("类型"))
        self.kind_combo.view().setAccessibleName(self.tr("类型列表"))
        self.kind_combo.addItem(self.tr("全部类型"), "")
        for kind in complaints.KIND_NAMES:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.overdue_box = QCheckBox(self.tr("只看逾期(&O)"))
        self.overdue_box.setAccessibleName(self.tr("只看逾期"))
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("搜索投诉"))
        self.search_edit.setPlaceholderText(self.tr("编号、工单号、部门或内容"))
        self.search_edit.setClearButtonEnabled(True)
        for combo in (self.state_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_box.toggled.connect(lambda _on: self.reload())
        self.search_edit.returnPressed.connect(self.reload)
        self.summary = QLabel(self.tr("正在读取…"))
        self.summary.setObjectName("hintLabel")
        self.summary.setAccessibleName(self.tr("投诉概况"))
        self.model = DeadlineTableModel(
            [
                Column(self.tr("编号"), lambda r: r.complaint_no),
                Column(self.tr("类型"), lambda r: kind_text(r.kind), centered=True),
                Column(self.tr("来源"), lambda r: source_text(r.source)),
                Column(self.tr("工单号"), lambda r: r.work_order_no),
                Column(self.tr("投诉人"), lambda r: r.complainant),
                Column(
                    self.tr("诉求"), lambda r: r.content.replace("\n", " ")[:40], tooltip=lambda r: r.content
                ),
                Column(self.tr("受理时间"), lambda r: hall_time(r.received_at)),
                Column(self.tr("答复期限"), lambda r: day_text(r.deadline), centered=True),
                Column(self.tr("期限"), lambda r: left_text(r.days_left), centered=True),
                Column(self.tr("承办部门"), lambda r: r.department),
                Column(self.tr("状态"), lambda r: state_text(r.state), centered=True),
            ],
            lambda r: r.days_left,
            self,
        )
        self.view = table(self.model, self.tr("投诉列表"), "complaintView")
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_current)
        # Only while this page has the focus: other tabs keep Ctrl+N and F5 for themselves.
        for keys, slot in (
            (QKeySequence("Ctrl+N"), self.open_intake),
            (QKeySequence.StandardKey.Refresh, self.reload),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.new_button = button(self.tr("登记投诉 (Ctrl+N)"), self.tr("登记投诉"), self.open_intake)
        self.new_button.setObjectName("primaryButton")
        self.open_button = button(self.tr("查看(&V)"), self.tr("查看所选投诉"), self.open_current)
        self.refresh_button = button(self.tr("刷新(&R)"), self.tr("刷新投诉列表"), self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.state_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.overdue_box)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.open_button)
        filters.addWidget(self.new_button)
        legend = QLabel(self.tr("红色：逾期未答复；黄色：今日到期。"))
        legend.setObjectName("hintLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: None if self._loads.busy else self.reload())
        self.timer.start()
        self.reload()

    def filters(self) -> ComplaintFilter:
        kind = str(self.kind_combo.currentData() or "")
        return ComplaintFilter(
            states=STATE_CHOICES[str(self.state_combo.currentData())],
            kinds=(kind,) if kind else (),
            overdue_only=self.overdue_box.isChecked(),
            text=self.search_edit.text(),
        )

    def reload(self) -> None:
        self._loads.run(
            load_complaints,
            self.session.runtime,
            self.filters(),
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _show(self, loaded: tuple[list[ComplaintRow], int]) -> None:
        rows, overdue = loaded
        self.overdue_total = overdue
        self.model.set_rows(rows)
        self.summary.setText(self.tr("显示 {0} 件；全厅逾期未答复 {1} 件").format(len(rows), overdue))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.loaded.emit()

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> ComplaintDialog:
        found: ComplaintRow = self.model.row_at(row)
        dialog = ComplaintDialog(self.session, found.complaint_no, parent=self)
        dialog.finished.connect(lambda _result: self.reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_intake(self) -> ComplaintIntakeDialog:
        dialog = ComplaintIntakeDialog(self.session, parent=self)
        dialog.finished.connect(lambda _result: self.reload())
        self.intake = dialog
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        self.timer.stop()
