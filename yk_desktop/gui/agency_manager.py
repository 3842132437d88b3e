"""帮办代办 for the hall manager: every proxy case, the agents' workload, and closed proxy cases with how long
each took (working days on the hall calendar and hours), for a date range.

``AgencyManagerPanel`` puts the three on tabs, for one tab of the manager console.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.agency_common import hall_time, state_name, table
from yk_desktop.gui.agency_panel import AgencyPanel
from yk_desktop.gui.controls import button
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import agency_reports
from yk_desktop.services.agency_reports import AgentLoad, ClosedReport, ClosedRow
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.agency import AgencyState

# The closed list opens on the last 30 days: a month is what a manager reviews.
DEFAULT_DAYS = 30


def _oldest(load: AgentLoad) -> str:
    if load.oldest_no is None:
        return "—"
    return f"{load.oldest_no}（{load.oldest_working_days} 个工作日 / {load.oldest_hours:g} 小时）"


class AgentWorkloadPanel(QWidget):
    """Open proxy cases per agent: by state, the oldest and its age, linked cases overdue or due soon."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgentWorkloadPanel")
        self.session = session
        self.loaded_once = False
        self._loads = LatestOnly()
        self.model = RowTableModel(
            [
                Column(self.tr("帮办代办员"), lambda a: a.agent_name),
                Column(self.tr("电话"), lambda a: a.phone),
                Column(self.tr("未办结"), lambda a: a.open_count, centered=True),
                Column(self.tr("已登记"), lambda a: a.by_state[AgencyState.REGISTERED.value], centered=True),
                Column(self.tr("代办中"), lambda a: a.by_state[AgencyState.IN_PROGRESS.value], centered=True),
                Column(
                    self.tr("待窗口/部门"), lambda a: a.by_state[AgencyState.WAITING.value], centered=True
                ),
                Column(self.tr("待领取"), lambda a: a.by_state[AgencyState.READY.value], centered=True),
                Column(self.tr("最久未办结"), _oldest),
                Column(self.tr("关联办件逾期"), lambda a: a.linked_overdue, centered=True),
                Column(self.tr("关联办件临期"), lambda a: a.linked_due_soon, centered=True),
                Column(self.tr("委托书过期"), lambda a: a.expired, centered=True),
            ],
            self,
        )
        self.view = table(self.model, self.tr("帮办代办员工作量"), "agentWorkload")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("hintLabel")
        self.summary.setAccessibleName(self.tr("工作量汇总"))
        self.refresh_button = button(self.tr("刷新"), self.tr("刷新工作量"), self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        self._loads.run(
            agency_reports.workload,
            self.session.runtime.uow(),
            on_done=self._show,
            on_error=lambda exc: self.summary.setText(error_text(exc)),
            context=self,
        )

    def _show(self, loads: list[AgentLoad]) -> None:
        self.model.set_rows(loads)
        self.loaded_once = True
        self.summary.setText(
            self.tr("{0} 名帮办代办员，未办结代办件共 {1} 件，其中关联办件逾期 {2} 件。").format(
                len(loads), sum(a.open_count for a in loads), sum(a.linked_overdue for a in loads)
            )
        )


def load_closed(runtime: Runtime, since: date, until: date) -> ClosedReport:
    return agency_reports.closed_cases(runtime.uow(), since, until)


class ClosedAgencyPanel(QWidget):
    """Proxy cases closed in a date range, each with its duration; averages over the delivered ones."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClosedAgencyPanel")
        self.session = session
        self.report: ClosedReport | None = None
        self._loads = LatestOnly()
        today = session.runtime.clock.now().astimezone(HALL_TZ).date()
        self.since = self._date(self.tr("办结日期起"), today - timedelta(days=DEFAULT_DAYS))
        self.until = self._date(self.tr("办结日期止"), today)
        self.show_button = button(self.tr("查询"), self.tr("查询已办结代办件"), self.refresh, primary=True)
        self.model = RowTableModel(
            [
                Column(self.tr("代办编号"), lambda r: r.agency_no),
                Column(self.tr("委托人"), lambda r: r.applicant_name),
                Column(self.tr("代办事项"), lambda r: r.item_names, tooltip=lambda r: r.item_names),
                Column(self.tr("帮办代办员"), lambda r: r.agent_name),
                Column(self.tr("结果"), self._state_text, tooltip=lambda r: r.cancel_reason),
                Column(self.tr("登记时间"), lambda r: hall_time(r.created_at)),
                Column(self.tr("办结时间"), lambda r: hall_time(r.closed_at)),
                Column(self.tr("用时（工作日）"), lambda r: r.working_days, centered=True),
                Column(self.tr("用时（小时）"), lambda r: r.hours, centered=True, text=lambda h: f"{h:g}"),
                Column(self.tr("关联办件"), lambda r: r.case_no or "—"),
            ],
            self,
        )
        self.view = table(self.model, self.tr("已办结代办件"), "closedAgencies")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("hintLabel")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("办结统计"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("办结日期")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("至")))
        top.addWidget(self.until)
        top.addWidget(self.show_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.refresh()

    def _date(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _state_text(self, row: ClosedRow) -> str:
        if row.state == AgencyState.CANCELLED:
            return self.tr("已取消：{0}").format(row.cancel_reason)
        return state_name(row.state)

    def refresh(self) -> None:
        since, until = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(since, date) and isinstance(until, date)
        if until < since:
            self.summary.setText(self.tr("截止日期不能早于起始日期。"))
            return
        self._loads.run(
            load_closed,
            self.session.runtime,
            since,
            until,
            on_done=self._show,
            on_error=lambda exc: self.summary.setText(error_text(exc)),
            context=self,
        )

    def _show(self, report: ClosedReport) -> None:
        self.report = report
        self.model.set_rows(report.rows)
        if report.average_working_days is None:
            averages = self.tr("没有已交付的代办件。")
        else:
            averages = self.tr("已交付的平均用时 {0} 个工作日（{1} 小时），最长 {2} 个工作日。").format(
                report.average_working_days, report.average_hours, report.longest_working_days
            )
        self.summary.setText(
            self.tr("共 {0} 件：已交付 {1} 件，已取消 {2} 件。").format(
                len(report.rows), report.delivered, report.cancelled
            )
            + averages
            + self.tr("工作日按大厅工作日历计算，登记当天不计。")
        )


class AgencyManagerPanel(QWidget):
    """One tab of the manager console: 代办件 (every proxy case), 工作量, 办结统计."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgencyManagerPanel")
        self.cases = AgencyPanel(session)
        self.cases.mine.setChecked(False)
        self.workload = AgentWorkloadPanel(session)
        self.closed = ClosedAgencyPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("帮办代办管理"))
        self.tabs.addTab(self.cases, self.tr("代办件"))
        self.tabs.addTab(self.workload, self.tr("工作量"))
        self.tabs.addTab(self.closed, self.tr("办结统计"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _tab_shown(self, index: int) -> None:
        # Figures are read when looked at: a tab left open all day shows the moment it was opened otherwise.
        page = self.tabs.widget(index)
        if page is self.workload:
            self.workload.refresh()
        elif page is self.closed:
            self.closed.refresh()

    def shutdown(self) -> None:
        self.cases.shutdown()
