"""The hall manager's console: 大厅概况 (windows and categories with who is waiting), 事项目录 (the catalog
editor), 办件 (every case with its deadline status), 文书存档, 工作日历 and 清单外材料.

Reports and configuration pages join as tabs in their own issues; pages other than the overview and the
catalog are built when first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.agency_manager import AgencyManagerPanel
from yk_desktop.gui.appointment_day import AppointmentDayPanel
from yk_desktop.gui.appointment_sessions import AfterHoursPanel
from yk_desktop.gui.archive import ArchivePanel
from yk_desktop.gui.calendar_panel import CalendarPanel
from yk_desktop.gui.caselist import CaseListPanel
from yk_desktop.gui.catalog_editor import CatalogPanel
from yk_desktop.gui.complaint_list import ComplaintListPanel
from yk_desktop.gui.followup_ledger import FollowUpLedgerPanel
from yk_desktop.gui.inquiry_manager import InquiryManagerPanel
from yk_desktop.gui.lazytab import LazyTab
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.offlist_panel import OffListPanel
from yk_desktop.gui.panel import ModePanel
from yk_desktop.gui.policy_panel import PolicyPanel
from yk_desktop.gui.review_figures import ReviewFiguresPanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.slot_plan_editor import SlotPlanPanel
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import hall, queue
from yk_desktop.services.hall import CategoryInfo, WindowInfo
from yk_desktop.services.runtime import Runtime

# A manager glances at the overview; every 10 s is live enough and costs one query.
REFRESH_MS = 10_000


@dataclass(frozen=True)
class HallOverview:
    windows: list[WindowInfo]
    categories: list[CategoryInfo]
    waiting: dict[str, int]


def load_overview(runtime: Runtime) -> HallOverview:
    """Runs on a worker thread: windows, categories and waiting counts, one unit of work each."""
    return HallOverview(
        hall.list_windows(runtime.uow()),
        hall.list_categories(runtime.uow()),
        queue.waiting_counts(runtime.uow()),
    )


def _view(name: str, model: QSortFilterProxyModel | RowTableModel) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _KeepCurrent:
    """Around a reload of a ``RowTableModel``: the current row (found again by ``key``) stays current and
    selected, and the view keeps its scroll position, so a refresh does not yank the manager's place."""

    def __init__(self, view: QTableView, key: Callable[[Any], object]) -> None:
        self._view = view
        self._key = key
        self._wanted: tuple[object, int] | None = None
        self._scroll = 0

    def _model(self) -> RowTableModel:
        model = self._view.model()
        assert isinstance(model, RowTableModel)
        return model

    def __enter__(self) -> _KeepCurrent:
        index = self._view.currentIndex()
        if index.isValid():
            self._wanted = (self._key(self._model().row_at(index.row())), index.column())
        self._scroll = self._view.verticalScrollBar().value()
        return self

    def __exit__(self, *_exc: object) -> None:
        model = self._model()
        if self._wanted is not None:
            key, column = self._wanted
            for row, item in enumerate(model.rows()):
                if self._key(item) == key:
                    self._view.setCurrentIndex(model.index(row, column))  # selects the row as well
                    break
        self._view.verticalScrollBar().setValue(self._scroll)


class ManagerPanel(ModePanel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("ManagerPanel")
        self._category_names: dict[str, str] = {}
        self._overview_loads = LatestOnly()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("managerTabs")
        self.tabs.setAccessibleName(self.tr("管理功能"))
        self.tabs.addTab(self._build_overview(), self.tr("大厅概况"))
        self.catalog_panel = CatalogPanel(session)
        self.catalog_panel.loaded.connect(lambda: self.arrived("catalog"))
        self.tabs.addTab(self.catalog_panel, self.tr("事项目录"))
        # Built when first opened: each loads its own list, and the console opens on 大厅概况.
        self.cases_tab = LazyTab(lambda: CaseListPanel(session, own_only=False))
        self.archive_tab = LazyTab(lambda: ArchivePanel(session))
        self.calendar_tab = LazyTab(lambda: CalendarPanel(session))
        self.off_list_tab = LazyTab(lambda: OffListPanel(session))
        self.policy_tab = LazyTab(lambda: PolicyPanel(session))
        self.inquiry_tab = LazyTab(lambda: InquiryManagerPanel(session))
        self.agency_tab = LazyTab(lambda: AgencyManagerPanel(session))
        self.followup_tab = LazyTab(lambda: FollowUpLedgerPanel(session))
        self.complaints_tab = LazyTab(lambda: ComplaintListPanel(session))
        self.review_figures_tab = LazyTab(lambda: ReviewFiguresPanel(session))
        self.slot_plans_tab = LazyTab(lambda: SlotPlanPanel(session))
        self.appointments_tab = LazyTab(lambda: AppointmentDayPanel(session))
        self.after_hours_tab = LazyTab(lambda: AfterHoursPanel(session))
        # Seven groups, each a row of pages: seventeen tabs in one row do not fit a 1280-wide screen.
        self._group_of: dict[QWidget, QTabWidget] = {}
        self._group(
            self.tr("办件与文书"),
            [
                (self.cases_tab, self.tr("办件")),
                (self.archive_tab, self.tr("文书存档")),
                (self.off_list_tab, self.tr("清单外材料")),
            ],
        )
        self._group(
            self.tr("首问与评价"),
            [
                (self.inquiry_tab, self.tr("首问管理")),
                (self.followup_tab, self.tr("差评整改")),
                (self.complaints_tab, self.tr("投诉处理")),
                (self.review_figures_tab, self.tr("好差评统计")),
            ],
        )
        self.tabs.addTab(self.agency_tab, self.tr("帮办代办"))
        self._group(
            self.tr("预约与延时"),
            [
                (self.appointments_tab, self.tr("预约日视图")),
                (self.slot_plans_tab, self.tr("预约计划")),
                (self.after_hours_tab, self.tr("延时服务")),
            ],
        )
        self._group(
            self.tr("日历与规则"),
            [(self.calendar_tab, self.tr("工作日历")), (self.policy_tab, self.tr("大厅规则"))],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.expect("overview", "catalog")
        self.refresh_overview()
        # A tick is skipped while the last overview is still loading (one query at a time on a slow database).
        self.every(REFRESH_MS, self.refresh_overview, skip_while=self._overview_loads)

    def _group(self, title: str, pages: list[tuple[QWidget, str]]) -> QTabWidget:
        group = QTabWidget()
        group.setAccessibleName(title)
        group.setDocumentMode(True)
        for page, name in pages:
            group.addTab(page, name)
            self._group_of[page] = group
        self.tabs.addTab(group, title)
        return group

    def open_tab(self, page: QWidget) -> None:
        """Show ``page``, in its group when it has one (tests, and scans that open a page)."""
        group = self._group_of.get(page)
        if group is not None:
            group.setCurrentWidget(page)
            self.tabs.setCurrentWidget(group)
        else:
            self.tabs.setCurrentWidget(page)

    # -- 大厅概况 ----------------------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        page = QWidget()
        self.overview_status = QLabel()
        self.overview_status.setObjectName("hintLabel")
        self.windows_model = RowTableModel(
            [
                Column(self.tr("窗口"), lambda w: w.number, centered=True),
                Column(self.tr("名称"), lambda w: w.name),
                Column(self.tr("区域"), lambda w: w.area, centered=True),
                Column(self.tr("办理类别"), self._served_text, tooltip=self._served_text),
                Column(self.tr("状态"), self._window_state, centered=True),
            ],
            self,
        )
        self.windows_view = _view(self.tr("窗口列表"), self.windows_model)
        self.windows_view.setObjectName("windowsView")
        self.windows_view.horizontalHeader().setStretchLastSection(False)
        self.windows_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.categories_model = RowTableModel(
            [
                Column(self.tr("字头"), lambda c: c[0].prefix, centered=True),
                Column(self.tr("业务类别"), lambda c: c[0].name, tooltip=lambda c: c[0].description),
                Column(
                    self.tr("取号时间"),
                    lambda c: f"{c[0].issue_start:%H:%M}–{c[0].issue_end:%H:%M}",
                    centered=True,
                ),
                Column(self.tr("日上限"), lambda c: c[0].daily_cap, centered=True),
                Column(self.tr("当前等候"), lambda c: c[1], centered=True),
            ],
            self,
        )
        self.categories_view = _view(self.tr("业务类别列表"), self.categories_model)
        self.categories_view.setObjectName("categoriesView")
        self.categories_view.horizontalHeader().setStretchLastSection(False)
        self.categories_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        windows_caption = QLabel(self.tr("窗口"))
        categories_caption = QLabel(self.tr("业务类别与等候"))
        for caption in (windows_caption, categories_caption):
            caption.setObjectName("sectionTitle")
        layout = QVBoxLayout(page)
        layout.addWidget(self.overview_status)
        layout.addWidget(windows_caption)
        layout.addWidget(self.windows_view, 3)
        layout.addWidget(categories_caption)
        layout.addWidget(self.categories_view, 2)
        return page

    def _served_text(self, window: WindowInfo) -> str:
        return "、".join(
            f"{p} {self._category_names[p]}" if p in self._category_names else p
            for p in window.category_prefixes
        )

    def _window_state(self, window: WindowInfo) -> str:
        if not window.active:
            return self.tr("停用")
        if window.paused_reason:
            return self.tr("暂停：{0}").format(window.paused_reason)
        return self.tr("启用")

    def refresh_overview(self) -> None:
        self._overview_loads.run(
            load_overview,
            self.session.runtime,
            on_done=self._show_overview,
            on_error=self._overview_failed,
            context=self,
        )

    def _show_overview(self, overview: HallOverview) -> None:
        self._category_names = {c.prefix: c.name for c in overview.categories}
        # Reloading resets the models; the row the manager was looking at must stay current and in view.
        with _KeepCurrent(self.windows_view, lambda w: w.number):
            self.windows_model.set_rows(overview.windows)
        with _KeepCurrent(self.categories_view, lambda c: c[0].prefix):
            self.categories_model.set_rows(
                [(c, overview.waiting.get(c.prefix, 0)) for c in overview.categories]
            )
        total = sum(overview.waiting.values())
        self.overview_status.setText(
            self.tr("{0} 个窗口，{1} 个业务类别，当前共 {2} 人等候").format(
                len(overview.windows), len(overview.categories), total
            )
        )
        self.arrived("overview")

    def _overview_failed(self, exc: BaseException) -> None:
        self.overview_status.setText(error_text(exc))
        self.arrived("overview")

    # -- 事项目录 ----------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        for tab in (
            self.cases_tab,
            self.agency_tab,
            self.followup_tab,
            self.complaints_tab,
            self.appointments_tab,
        ):
            tab.shutdown()
        super().shutdown()
