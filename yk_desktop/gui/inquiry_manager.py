"""首问管理 (manager console): every first inquiry of the hall with filters, and the figures a hall manager
is judged by — inquiries per staff member per day, the share answered on the spot, and the open ones past
the hall's rule (``inquiry.open_alert_hours``), flagged red in the list and counted above it.

The list, the story and the actions are the staff panel's (``InquiryListBase``): a manager may hand off,
note, close and reopen any inquiry. The list and the figures load together on the worker pool.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.inquiry_common import handling_name
from yk_desktop.gui.inquiry_panel import InquiryListBase
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.services import inquiry_lists
from yk_desktop.services.inquiries import FormChoices
from yk_desktop.services.inquiry_lists import InquiryFigures, InquiryFilter, InquiryRow, StaffDay
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.inquiries import Handling

# lupdate knows this alias; every string below is found by ``translate("inquiry_manager", "…")``.
translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300


def share_text(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


class StaffDayModel(RowTableModel):
    """按人员按日: one row per staff member and day."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("inquiry_manager", "日期"), lambda s: s.day.isoformat(), centered=True),
                Column(translate("inquiry_manager", "首问负责人"), lambda s: s.staff_name),
                Column(translate("inquiry_manager", "登记"), lambda s: s.logged, centered=True),
                Column(translate("inquiry_manager", "当场答复"), lambda s: s.on_spot, centered=True),
                Column(translate("inquiry_manager", "引导"), lambda s: s.guided, centered=True),
                Column(translate("inquiry_manager", "转交"), lambda s: s.handed, centered=True),
                Column(translate("inquiry_manager", "需跟进"), lambda s: s.follow_up, centered=True),
                Column(translate("inquiry_manager", "未办结"), lambda s: s.still_open, centered=True),
                Column(
                    translate("inquiry_manager", "当场答复率"),
                    lambda s: share_text(s.on_spot, s.logged),
                    centered=True,
                ),
            ],
            parent,
        )

    def staff_day(self, row: int) -> StaffDay:
        found: StaffDay = self.row_at(row)
        return found


def load_overview(
    runtime: Runtime, filters: InquiryFilter, first: date, last: date
) -> tuple[list[InquiryRow], InquiryFigures]:
    """Worker thread: the filtered list and the figures of the chosen days."""
    return (
        inquiry_lists.list_inquiries(runtime.uow(), filters),
        inquiry_lists.inquiry_figures(runtime.uow(), first, last),
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class InquiryManagerPanel(InquiryListBase):
    """The manager console's 首问管理 tab."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("InquiryManagerPanel")
        self.figures: InquiryFigures | None = None
        today = session.runtime.clock.now().astimezone(HALL_TZ).date()
        caption = QLabel(self.tr("首问管理"))
        caption.setObjectName("sectionTitle")
        self.from_edit = self._date(self.tr("起始日期"), today.replace(day=1))
        self.to_edit = self._date(self.tr("截止日期"), today)
        self.state_combo = self._combo(
            self.tr("状态"),
            [(self.tr("全部状态"), None), (self.tr("未办结"), "open"), (self.tr("已办结"), "closed")],
        )
        self.staff_combo = self._combo(self.tr("工作人员"), [(self.tr("全部人员"), None)])
        self.handling_combo = self._combo(
            self.tr("处理方式"),
            [(self.tr("全部处理方式"), None), *((handling_name(h), h.value) for h in Handling)],
        )
        self.overdue_box = QCheckBox(self.tr("仅超时未办结(&L)"))
        self.overdue_box.setAccessibleName(self.tr("只显示超过时限未办结的首问"))
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("查找首问"))
        self.search_edit.setPlaceholderText(self.tr("编号、问题、事项或单位"))
        self.search_edit.setClearButtonEnabled(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("captionLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("首问统计"))

        self.day_model = StaffDayModel(self)
        self.day_view = QTableView()
        self.day_view.setObjectName("inquiryStaffDays")
        self.day_view.setAccessibleName(self.tr("按人员按日统计"))
        self.day_view.setTabKeyNavigation(False)
        self.day_view.setModel(self.day_model)
        self.day_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_view.verticalHeader().hide()
        self.day_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("首问记录与统计"))
        records = QWidget()
        records_layout = QVBoxLayout(records)
        records_layout.setContentsMargins(0, 0, 0, 0)
        records_layout.addWidget(self.splitter, 1)
        records_layout.addLayout(self.action_row)
        self.pages.addTab(records, self.tr("首问记录"))
        self.pages.addTab(self.day_view, self.tr("按人员按日统计"))

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("从(&F)"), self.from_edit),
            (self.tr("至(&T)"), self.to_edit),
            (None, self.state_combo),
            (None, self.staff_combo),
            (None, self.handling_combo),
            (None, self.overdue_box),
        ):
            if label is not None:
                text = QLabel(label)
                text.setBuddy(widget)
                filters.addWidget(text)
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message_label)
        self.tab_chain(
            [
                self.from_edit,
                self.to_edit,
                self.state_combo,
                self.staff_combo,
                self.handling_combo,
                self.overdue_box,
                self.search_edit,
            ]
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.state_combo, self.staff_combo, self.handling_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_box.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def _date(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(day))
        return edit

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.view().setAccessibleName(self.tr("{0}列表").format(name))
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _choices_loaded(self, choices: FormChoices) -> None:
        super()._choices_loaded(choices)
        me = self.session.staff
        people = ([(me.name, me.id)] if me is not None else []) + [(c.name, c.id) for c in choices.colleagues]
        self.staff_combo.blockSignals(True)  # filling the list is no choice of the manager's
        for name, staff_id in sorted(people):
            self.staff_combo.addItem(name, staff_id)
        self.staff_combo.blockSignals(False)

    def set_days(self, first: date, last: date) -> None:
        self.from_edit.setDate(_qdate(first))
        self.to_edit.setDate(_qdate(last))

    def choose(self, combo: QComboBox, data: object) -> None:
        """Keyboard and tests: choose a filter by its value (compared in Python: Qt cannot compare UUIDs)."""
        for row in range(combo.count()):
            if combo.itemData(row) == data:
                combo.setCurrentIndex(row)
                return
        raise LookupError(data)

    def filters(self) -> InquiryFilter:
        state = self.state_combo.currentData()
        return InquiryFilter(
            states=(state,) if state else (),
            staff_id=self.staff_combo.currentData(),
            handling=self.handling_combo.currentData(),
            asked_from=_day(self.from_edit),
            asked_to=_day(self.to_edit),
            text=self.search_edit.text(),
            overdue_only=self.overdue_box.isChecked(),
        )

    def load_call(self) -> tuple[Callable[..., object], tuple[Any, ...]]:
        filters = self.filters()
        if self.overdue_box.isChecked():
            # Overdue ones are flagged whenever they were asked: the dates do not hide them.
            filters = InquiryFilter(staff_id=filters.staff_id, text=filters.text, overdue_only=True)
        first, last = _day(self.from_edit), _day(self.to_edit)
        return load_overview, (self.session.runtime, filters, first, max(first, last))

    def rows_from(self, result: Any) -> list[InquiryRow]:
        rows: list[InquiryRow] = result[0]
        return rows

    def after_load(self, result: Any) -> None:
        figures: InquiryFigures = result[1]
        self.figures = figures
        self.day_model.set_rows(figures.per_staff_day)
        late = len(figures.overdue)
        text = self.tr("{0} 至 {1}：共登记 {2} 条，当场答复 {3} 条（{4}），仍未办结 {5} 条。").format(
            figures.first_day.isoformat(),
            figures.last_day.isoformat(),
            figures.total,
            figures.on_spot,
            share_text(figures.on_spot, figures.total),
            figures.still_open,
        )
        if late:
            text += self.tr(
                "超过 {0} 小时未办结 {1} 条（列表中红色显示，可勾选“仅超时未办结”查看）。"
            ).format(figures.alert_hours, late)
        else:
            text += self.tr("没有超过 {0} 小时未办结的首问。").format(figures.alert_hours)
        self.summary_label.setText(text)
