"""办件列表: the hall's cases (or one clerk's own) against their deadlines, coloured and in words.

DESIGN.md §8 asks for 100,000 rows shown within 300 ms and smooth to scroll and filter. The rows are
read on the worker pool (``cases.list_cases``, one query), and everything after that happens in memory, in
``CaseTableModel``: it sorts with Python's own sort on the real values and filters with one list
comprehension over search keys built on the worker thread. A QSortFilterProxyModel cannot do either at
this size with a Python source model: it asks the model for every row through a Python call (its
``filterAcceptsRow`` or ``data``), which costs 0.2–1.2 s per keystroke over 100,000 rows and as much
again on every reload (see ``benchmarks/case_list.py``, which measures both). So there is no new query
per keystroke, and no per-row Python call either: the view only asks for the rows on screen.

Colours follow the deadline: 临期 yellow, 逾期 red with white text, 停止计时 grey; the 状态 and 剩余工作日
columns say the same in words, and a legend line explains the colours.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import ROW_ROLE, SORT_ROLE
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import cases
from yk_desktop.services.cases import DEFAULT_WARN_DAYS, CaseFilter, CaseRow, DeadlineStatus
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.cases import CaseState

if TYPE_CHECKING:  # casedialog uses this module's words and colours; it is imported when a case opens
    from yk_desktop.gui.casedialog import CaseDialog

# lupdate knows this alias; every string below is found by ``translate("caselist", "…")``.
translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

# The list reloads itself this often while shown (deadlines move at midnight, other windows accept cases).
REFRESH_MS = 60_000
# The newest cases read first when the list opens, shown while the rest (up to 100,000) loads behind.
FIRST_SCREEN = 1_000
WARN_DAYS_RANGE = (0, 30)
OPEN_STATES = (CaseState.ACCEPTED.value, CaseState.CORRECTION.value, CaseState.SUSPENDED.value)
URGENT = frozenset({DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE})

# (background, text) of a row by its deadline status; DONE and ON_TRACK keep the table's own colours.
# Checked for contrast: black on the yellow 16:1, white on the red 5.9:1, dark grey on the grey 8.6:1.
ROW_COLOURS: dict[DeadlineStatus, tuple[str, str]] = {
    DeadlineStatus.DUE_SOON: ("#ffe98a", "#1d2733"),
    DeadlineStatus.OVERDUE: ("#c0261b", "#ffffff"),
    DeadlineStatus.STOPPED: ("#dcdfe4", "#33404f"),
}
_BRUSHES = {s: (QBrush(QColor(bg)), QBrush(QColor(fg))) for s, (bg, fg) in ROW_COLOURS.items()}
# 状态 sorts by urgency: overdue first, then due soon, running, stopped, done.
_URGENCY = {
    DeadlineStatus.OVERDUE: 0,
    DeadlineStatus.DUE_SOON: 1,
    DeadlineStatus.ON_TRACK: 2,
    DeadlineStatus.STOPPED: 3,
    DeadlineStatus.DONE: 4,
}
# The CaseRow field each column sorts on, in column order; 状态 (None) sorts on urgency, then days left.
_COLUMN_FIELDS = (
    "case_no",
    "item_names",
    "applicant_name",
    "accepted_at",
    "promised_deadline",
    "working_days_left",
    None,
    "clerk_name",
    "window_number",
)
_SORT_FIELDS: dict[int, Callable[[CaseRow], Any]] = {
    column: attrgetter(name) for column, name in enumerate(_COLUMN_FIELDS) if name is not None
}
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def state_name(state: str) -> str:
    """A case's state in the UI language (``cases.STATE_LABELS`` is always Chinese)."""
    names: dict[str, str] = {
        CaseState.ACCEPTED: translate("caselist", "办理中"),
        CaseState.CORRECTION: translate("caselist", "待补正"),
        CaseState.SUSPENDED: translate("caselist", "已中止计时"),
        CaseState.COMPLETED: translate("caselist", "已办结"),
        CaseState.REFUSED: translate("caselist", "不予受理"),
        CaseState.WITHDRAWN: translate("caselist", "已撤回"),
    }
    return names.get(state, state)


def status_name(status: DeadlineStatus) -> str:
    names = {
        DeadlineStatus.ON_TRACK: translate("caselist", "正常"),
        DeadlineStatus.DUE_SOON: translate("caselist", "临期"),
        DeadlineStatus.OVERDUE: translate("caselist", "逾期"),
        DeadlineStatus.STOPPED: translate("caselist", "停止计时"),
        DeadlineStatus.DONE: translate("caselist", "已办结"),
    }
    return names[status]


def status_text(state: str, status: DeadlineStatus) -> str:
    """The 状态 column: the state, and what the deadline says about it (colour never says it alone)."""
    label = state_name(state)
    if status in (DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE):
        return translate("caselist", "{0} · {1}").format(label, status_name(status))
    if status is DeadlineStatus.STOPPED and state == CaseState.CORRECTION:
        return translate("caselist", "{0} · 停止计时").format(label)
    return label


def days_left_text(left: int | None) -> str:
    if left is None:
        return "—"
    if left < 0:
        return translate("caselist", "逾期 {0}").format(-left)
    if left == 0:
        return translate("caselist", "0（今日到期）")
    return str(left)


def effective_status(row: CaseRow, warn_days: int) -> DeadlineStatus:
    """The row's status with this list's warning days (the service's own default may differ)."""
    if row.status is DeadlineStatus.ON_TRACK or row.status is DeadlineStatus.DUE_SOON:
        left = row.working_days_left
        return DeadlineStatus.DUE_SOON if left is not None and left <= warn_days else DeadlineStatus.ON_TRACK
    return row.status


def search_key(row: CaseRow) -> str:
    # Fields apart on their own lines, so a typed fragment never matches across two of them.
    return f"{row.case_no}\n{row.applicant_name}\n{row.item_names}".casefold()


@dataclass(frozen=True)
class LoadedCases:
    """Rows as the model takes them, with every per-row list the UI thread should not have to build."""

    rows: list[CaseRow]
    keys: list[str]  # search_key of each row
    statuses: list[DeadlineStatus]  # the status of each row with ``warn_days``
    warn_days: int
    complete: bool = True  # False: only the newest cases (the first screen); the rest is on its way


def prepare(rows: Sequence[CaseRow], warn_days: int) -> LoadedCases:
    rows = list(rows)
    return LoadedCases(
        rows, [search_key(r) for r in rows], [effective_status(r, warn_days) for r in rows], warn_days
    )


def load_case_rows(
    runtime: Runtime, clerk_id: uuid.UUID | None, warn_days: int, first: int | None = None
) -> LoadedCases:
    """Worker thread: the cases (a clerk's own when ``clerk_id``), their filter keys and statuses;
    ``first``: only the newest so many (an index walk, milliseconds even among 100,000 cases)."""
    wanted = CaseFilter(clerk_id=clerk_id)
    if first is None:
        rows = cases.list_cases(runtime.uow(), wanted, warn_days=warn_days)
    else:
        rows = cases.list_cases(runtime.uow(), wanted, warn_days=warn_days, limit=first)
    # list_cases computed each status with these warning days already.
    complete = first is None or len(rows) < first
    return LoadedCases(rows, [search_key(r) for r in rows], [r.status for r in rows], warn_days, complete)


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    states: tuple[str, ...] | None = None  # None: every state
    urgent_only: bool = False


def state_filters() -> list[tuple[str, tuple[str, ...] | None]]:
    """The state combo's choices: a label and the states it covers (None: all)."""
    return [
        (translate("caselist", "全部"), None),
        (translate("caselist", "未办结"), OPEN_STATES),
        (translate("caselist", "办理中"), (CaseState.ACCEPTED.value,)),
        (translate("caselist", "待补正"), (CaseState.CORRECTION.value,)),
        (translate("caselist", "已中止计时"), (CaseState.SUSPENDED.value,)),
        (translate("caselist", "已办结"), (CaseState.COMPLETED.value,)),
        (translate("caselist", "不予受理或已撤回"), (CaseState.REFUSED.value, CaseState.WITHDRAWN.value)),
    ]


def _accepted_text(row: CaseRow) -> str:
    return row.accepted_at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")


class CaseTableModel(QAbstractTableModel):
    """All loaded cases, sorted and filtered in memory; the view asks only for the rows it shows."""

    CASE_NO, ITEMS, APPLICANT, ACCEPTED, DEADLINE, DAYS_LEFT, STATUS, CLERK, WINDOW = range(9)
    # list_cases returns newest first: that order needs no sorting.
    DEFAULT_SORT = (ACCEPTED, Qt.SortOrder.DescendingOrder)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            translate("caselist", "办件编号"),
            translate("caselist", "事项"),
            translate("caselist", "申请人"),
            translate("caselist", "受理时间"),
            translate("caselist", "承诺办结日"),
            translate("caselist", "剩余工作日"),
            translate("caselist", "状态"),
            translate("caselist", "受理人"),
            translate("caselist", "窗口"),
        ]
        # Three lists kept in step, in the current sort order.
        self._rows: list[CaseRow] = []
        self._keys: list[str] = []
        self._status: list[DeadlineStatus] = []
        self._shown: list[int] | None = None  # positions in _rows passing the filter; None: all
        self._warn_days = DEFAULT_WARN_DAYS
        self._filter = ListFilter()
        self._sort: tuple[int, Qt.SortOrder] = self.DEFAULT_SORT

    # -- contents ------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Replace every row (building keys and statuses here; ``set_cases`` takes them ready-made)."""
        self.set_cases(prepare(rows, self._warn_days))

    def set_cases(self, loaded: LoadedCases) -> None:
        """Replace every row with ``loaded`` (newest first, as ``list_cases`` returns them)."""
        self.beginResetModel()
        # Taken over, not copied (100,000 rows): the model never changes a list in place.
        self._rows, self._keys = loaded.rows, loaded.keys
        if loaded.warn_days == self._warn_days:
            self._status = loaded.statuses
        else:  # the warning days changed while the rows were loading
            self._status = [effective_status(r, self._warn_days) for r in self._rows]
        if self._sort != self.DEFAULT_SORT:
            self._reorder(*self._sort)
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, wanted: ListFilter) -> None:
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._apply_filter()
        self.endResetModel()

    def list_filter(self) -> ListFilter:
        return self._filter

    def set_warn_days(self, days: int) -> None:
        if days == self._warn_days:
            return
        self.beginResetModel()
        self._warn_days = days
        self._status = [effective_status(r, days) for r in self._rows]
        self._apply_filter()
        self.endResetModel()

    def warn_days(self) -> int:
        return self._warn_days

    def total(self) -> int:
        return len(self._rows)

    def case_at(self, row: int) -> CaseRow:
        return self._rows[self._position(row)]

    def status_at(self, row: int) -> DeadlineStatus:
        return self._status[self._position(row)]

    def shown_cases(self) -> list[CaseRow]:
        return [self.case_at(r) for r in range(self.rowCount())]

    def row_of(self, case_no: str) -> int | None:
        """Where ``case_no`` is shown now (None: not loaded, or filtered out)."""
        shown = self._shown
        for position, row in enumerate(self._rows):
            if row.case_no == case_no:
                if shown is None:
                    return position
                try:
                    return shown.index(position)
                except ValueError:
                    return None
        return None

    def counts(self) -> tuple[int, int, int]:
        """(shown, due soon, overdue) among the rows shown."""
        statuses = self._status if self._shown is None else [self._status[i] for i in self._shown]
        return len(statuses), statuses.count(DeadlineStatus.DUE_SOON), statuses.count(DeadlineStatus.OVERDUE)

    def _position(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def _apply_filter(self) -> None:
        wanted = self._filter
        needle = wanted.text.strip().casefold()
        if not needle and wanted.states is None and not wanted.urgent_only:
            self._shown = None
            return
        rows, keys, status = self._rows, self._keys, self._status
        positions: Sequence[int] = range(len(rows))
        # Cheapest test first: each comprehension runs over what the one before it kept.
        if wanted.urgent_only:
            positions = [i for i in positions if status[i] in URGENT]
        if wanted.states is not None:
            states = frozenset(wanted.states)
            positions = [i for i in positions if rows[i].state in states]
        if needle:
            positions = [i for i in positions if needle in keys[i]]
        self._shown = list(positions)

    # -- sorting -------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the real values (numbers as numbers, dates as dates); rows without a value go last.

        A layout change, not a reset: the view's selection and current row follow their cases.
        """
        if not 0 <= column < len(self._headers):
            return
        if (column, order) == self._sort:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        followed = [
            self.case_at(p.row()) if p.isValid() and p.row() < self.rowCount() else None for p in persistent
        ]
        self._sort = (column, order)
        self._reorder(column, order)
        self._apply_filter()
        if persistent:
            wanted = {id(row) for row in followed if row is not None}
            new_rows: dict[int, int] = {}
            for shown_row in range(self.rowCount()):
                case = self.case_at(shown_row)
                if id(case) in wanted:
                    new_rows[id(case)] = shown_row
            moved = [
                self.index(new_rows[id(row)], p.column())
                if row is not None and id(row) in new_rows
                else QModelIndex()
                for p, row in zip(persistent, followed, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _sort_values(self, column: int) -> list[Any]:
        """Every row's sort value in ``column`` (None: no value, sorted last), in C where possible."""
        rows = self._rows
        if column == self.STATUS:
            status = self._status
            return [(_URGENCY[status[i]], r.working_days_left or 0) for i, r in enumerate(rows)]
        values = list(map(_SORT_FIELDS[column], rows))
        if column == self.CLERK:
            return [v or None for v in values]  # a case nobody accepted (imported) goes last
        return values

    def _reorder(self, column: int, order: Qt.SortOrder) -> None:
        values = self._sort_values(column)
        present = [i for i, v in enumerate(values) if v is not None]
        missing = [i for i, v in enumerate(values) if v is None]
        # Stable either way: equal values keep the order they had (newest first after a load).
        present.sort(key=values.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        order_ = present + missing
        self._rows = [self._rows[i] for i in order_]
        self._keys = [self._keys[i] for i in order_]
        self._status = [self._status[i] for i in order_]

    # -- Qt's model interface ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position = self._position(index.row())
        row = self._rows[position]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, self._status[position], column)
        if role == Qt.ItemDataRole.BackgroundRole:
            colours = _BRUSHES.get(self._status[position])
            return colours[0] if colours is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = _BRUSHES.get(self._status[position])
            return colours[1] if colours is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER if column in (self.DAYS_LEFT, self.WINDOW, self.DEADLINE) else _ALIGN_LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, self._status[position], column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, self._status[position], column)
        return None

    def _text(self, row: CaseRow, status: DeadlineStatus, column: int) -> str:
        if column == self.CASE_NO:
            return row.case_no
        if column == self.ITEMS:
            return row.item_names
        if column == self.APPLICANT:
            return row.applicant_name
        if column == self.ACCEPTED:
            return _accepted_text(row)
        if column == self.DEADLINE:
            return row.promised_deadline.isoformat() if row.promised_deadline is not None else "—"
        if column == self.DAYS_LEFT:
            return days_left_text(row.working_days_left)
        if column == self.STATUS:
            return status_text(row.state, status)
        if column == self.CLERK:
            return row.clerk_name
        if column == self.WINDOW:
            return str(row.window_number) if row.window_number is not None else ""
        return ""

    def _tooltip(self, row: CaseRow, status: DeadlineStatus, column: int) -> str | None:
        if column == self.ITEMS:
            return row.item_names
        if column not in (self.STATUS, self.DAYS_LEFT, self.DEADLINE):
            return None
        if status is DeadlineStatus.OVERDUE:
            return translate("caselist", "已超过承诺办结日 {0}，逾期 {1} 个工作日").format(
                row.promised_deadline, -(row.working_days_left or 0)
            )
        if status is DeadlineStatus.DUE_SOON:
            return translate(
                "caselist", "承诺办结日 {0}，仅剩 {1} 个工作日（{2} 个工作日内到期即提醒）"
            ).format(row.promised_deadline, row.working_days_left, self._warn_days)
        if status is DeadlineStatus.STOPPED:
            return translate("caselist", "{0}：办理期限暂停计算").format(state_name(row.state))
        if status is DeadlineStatus.ON_TRACK:
            return translate("caselist", "承诺办结日 {0}，剩余 {1} 个工作日").format(
                row.promised_deadline, row.working_days_left
            )
        return state_name(row.state)

    def _sort_value(self, row: CaseRow, status: DeadlineStatus, column: int) -> Any:
        """SORT_ROLE, as the shared models give it: the real value a column sorts on."""
        if column == self.STATUS:
            return _URGENCY[status]
        return _SORT_FIELDS[column](row) if column in _SORT_FIELDS else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def _chip(text: str, status: DeadlineStatus | None) -> QLabel:
    """One entry of the legend: the row colour with its meaning written on it."""
    label = QLabel(text)
    label.setObjectName("legendChip")
    if status is not None and status in ROW_COLOURS:
        bg, fg = ROW_COLOURS[status]
        label.setStyleSheet(f"background: {bg}; color: {fg}; padding: 2px 8px; border-radius: 3px;")
    else:
        label.setStyleSheet("background: white; color: #1d2733; padding: 2px 8px; border: 1px solid #cfd8e3;")
    return label


class CaseListPanel(QWidget):
    """The case list with its filters; ``loaded`` after every list load (or failed load).

    Args:
        own_only: only the cases the logged-in clerk accepted (``CaseFilter(clerk_id=…)``).
        print_to: passed on to the case dialog's prints (tests print through the real path into a file).
    """

    loaded = Signal()

    def __init__(
        self,
        session: Session,
        *,
        own_only: bool,
        parent: QWidget | None = None,
        print_to: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CaseListPanel")
        self.session = session
        self.own_only = own_only
        self.print_to = print_to
        self.dialog: CaseDialog | None = None
        self._loads = LatestOnly()
        self._has_loaded = False
        self._complete = True

        caption = QLabel(self.tr("我的办件") if own_only else self.tr("办件列表"))
        caption.setObjectName("sectionTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("caseFilter")
        self.filter_edit.setAccessibleName(self.tr("按办件编号、申请人或事项筛选"))
        self.filter_edit.setPlaceholderText(self.tr("办件编号、申请人或事项名称"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(100)
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("按办件状态筛选"))
        self.state_combo.view().setAccessibleName(self.tr("办件状态列表"))
        self._state_filters = state_filters()
        for label, _states in self._state_filters:
            self.state_combo.addItem(label)
        self.urgent_box = QCheckBox(self.tr("仅看临期和逾期(&U)"))
        self.urgent_box.setAccessibleName(self.tr("仅看临期和逾期的办件"))
        self.warn_spin = QSpinBox()
        self.warn_spin.setAccessibleName(self.tr("临期提醒天数"))
        self.warn_spin.setRange(*WARN_DAYS_RANGE)
        self.warn_spin.setValue(DEFAULT_WARN_DAYS)
        self.warn_spin.setSuffix(self.tr(" 个工作日"))
        self.warn_spin.setToolTip(self.tr("剩余工作日不超过此数的办件标为临期"))
        warn_label = QLabel(self.tr("临期提醒(&W)"))
        warn_label.setBuddy(self.warn_spin)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setAccessibleName(self.tr("刷新办件列表"))
        self.refresh_button.setToolTip(self.tr("刷新（F5）"))

        self.model = CaseTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("caseTable")
        self.view.setAccessibleName(self.tr("办件列表"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.hide()
        # Fixed heights: with 100,000 rows the view must never measure rows to lay them out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(30)
        self._size_columns()
        header = self.view.horizontalHeader()
        header.setSortIndicator(*CaseTableModel.DEFAULT_SORT)
        self.view.setSortingEnabled(True)  # the header's click sorts the model (CaseTableModel.sort)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("captionLabel")
        self.count_label.setAccessibleName(self.tr("办件数量"))
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.open_button = QPushButton(self.tr("查看办件(&O)"))
        self.open_button.setObjectName("primaryButton")
        self.open_button.setAccessibleName(self.tr("查看所选办件"))
        self.open_button.setToolTip(self.tr("查看办件详情并办理（回车或双击行）"))
        self.open_button.setEnabled(False)
        self.legend_chips = [
            _chip(self.tr("正常"), None),
            _chip("", DeadlineStatus.DUE_SOON),
            _chip(self.tr("逾期：已过承诺办结日"), DeadlineStatus.OVERDUE),
            _chip(self.tr("停止计时：待补正或已中止计时"), DeadlineStatus.STOPPED),
            _chip(self.tr("已办结"), None),
        ]
        self._update_legend()

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.state_combo.currentIndexChanged.connect(self._filter_changed)
        self.urgent_box.toggled.connect(self._filter_changed)
        self.warn_spin.valueChanged.connect(self._warn_days_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_selected)
        self.view.activated.connect(lambda _index: self.open_selected())  # Enter or double-click
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

        self._lay_out(caption, warn_label)
        self.refresh()

    def _lay_out(self, caption: QLabel, warn_label: QLabel) -> None:
        filters = QHBoxLayout()
        filters.addWidget(caption)
        filters.addSpacing(12)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.state_combo)
        filters.addWidget(self.urgent_box)
        filters.addWidget(warn_label)
        filters.addWidget(self.warn_spin)
        filters.addWidget(self.refresh_button)
        legend = QHBoxLayout()
        legend_caption = QLabel(self.tr("图例："))
        legend_caption.setObjectName("hintLabel")
        legend.addWidget(legend_caption)
        for chip in self.legend_chips:
            legend.addWidget(chip)
        legend.addStretch(1)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(legend)
        layout.addLayout(self.stack, 1)
        layout.addLayout(bottom)
        order = [
            self.filter_edit,
            self.state_combo,
            self.urgent_box,
            self.warn_spin,
            self.refresh_button,
            self.view,
            self.open_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _size_columns(self) -> None:
        """Widths from the font, once: measuring contents would read rows (slow at 100,000)."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        pad = 28
        samples = {
            CaseTableModel.CASE_NO: "C2026000000",
            CaseTableModel.ITEMS: "企业设立登记（有限责任公司）",
            CaseTableModel.ACCEPTED: "2026-11-24 10:00",
            CaseTableModel.DEADLINE: "2026-11-24",
            CaseTableModel.DAYS_LEFT: days_left_text(0),
            CaseTableModel.STATUS: status_text(CaseState.CORRECTION, DeadlineStatus.STOPPED),
            CaseTableModel.CLERK: "欧阳某某",
            CaseTableModel.WINDOW: "10",
        }
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 16)
            header.resizeSection(column, width + pad)
        # The applicant takes what is left: names run from two characters to a company's full name.
        header.setSectionResizeMode(CaseTableModel.APPLICANT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the cases again (F5, the minute timer, after an action in the case dialog).

        The first time, the newest :data:`FIRST_SCREEN` cases come first (shown at once) and the whole
        list follows; later reloads read the whole list while the old one stays on screen.
        """
        staff_id = self.session.staff_id
        if self.own_only and staff_id is None:
            # Answered like a load (later, from the event loop), so callers see ``loaded`` either way.
            QTimer.singleShot(0, self, self._nobody_logged_in)
            return
        self._load(None if self._has_loaded else FIRST_SCREEN)

    def _load(self, first: int | None) -> None:
        staff_id = self.session.staff_id
        self._loads.run(
            load_case_rows,
            self.session.runtime,
            staff_id if self.own_only else None,
            self.warn_spin.value(),
            first,
            on_done=self.show_rows,
            on_error=self._load_failed,
            context=self,
        )

    def _nobody_logged_in(self) -> None:
        self._show_message(self.tr("未登录，无法列出本人受理的办件。"))
        self._update_count()
        self.loaded.emit()

    def _tick(self) -> None:
        # A hidden tab does not read 100,000 rows every minute; it reads them when shown again.
        if self.isVisible() and not self._loads.busy:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._has_loaded and not event.spontaneous():
            self.refresh()

    def show_rows(self, loaded: LoadedCases) -> None:
        """Show loaded rows (the worker's answer): the same case stays current, the same rows in view."""
        first = not self._has_loaded
        self._has_loaded = True
        self.message_label.hide()
        current, column = self._current()
        scroll = self.view.verticalScrollBar().value()
        self._complete = loaded.complete
        self.model.set_cases(loaded)
        self._after_reset(current, column)
        if not first:
            # The periodic reload keeps the clerk's place: the same case selected, the same rows in view.
            self.view.verticalScrollBar().setValue(scroll)
        if not loaded.complete:
            self._load(None)  # the rest, while the clerk already reads the newest
        self.loaded.emit()

    @property
    def complete(self) -> bool:
        """Whether every case is in the list (not just the first screen's newest)."""
        return self._complete

    def _load_failed(self, exc: BaseException) -> None:
        self._show_message(error_text(exc))
        self.loaded.emit()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    # -- filtering -----------------------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        return ListFilter(
            self.filter_edit.text(),
            self._state_filters[max(0, self.state_combo.currentIndex())][1],
            self.urgent_box.isChecked(),
        )

    def _filter_changed(self) -> None:
        current, column = self._current()
        self.model.set_filter(self.current_filter())
        self._after_reset(current, column, scroll_to_current=True)

    def _warn_days_changed(self, days: int) -> None:
        current, column = self._current()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_warn_days(days)
        self._update_legend()
        self._after_reset(current, column)
        if not self.urgent_box.isChecked():
            self.view.verticalScrollBar().setValue(scroll)

    def _update_legend(self) -> None:
        self.legend_chips[1].setText(self.tr("临期：{0} 个工作日内到期").format(self.warn_spin.value()))

    def _current(self) -> tuple[str | None, int]:
        index = self.view.currentIndex()
        if not index.isValid():
            return None, 0
        return self.model.case_at(index.row()).case_no, index.column()

    def _after_reset(self, case_no: str | None, column: int, *, scroll_to_current: bool = False) -> None:
        """After the model was reset: the same case current and selected again, counts and empty text."""
        self.view.doItemsLayout()  # the scroll range must know the new row count before it is set
        row = self.model.row_of(case_no) if case_no is not None else None
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, column))
            if scroll_to_current:
                self.view.scrollTo(self.model.index(row, column))
        elif scroll_to_current:
            self.view.scrollToTop()
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        shown, soon, overdue = self.model.counts()
        text = self.tr("共 {0} 件，临期 {1}，逾期 {2}").format(shown, soon, overdue)
        if not self._complete:
            text = self.tr("最近 {0} 件已列出，其余正在载入…").format(self.model.total())
        elif shown != self.model.total():
            text = self.tr("{0}（全部 {1} 件）").format(text, self.model.total())
        self.count_label.setText(text)
        if shown:
            self.stack.setCurrentWidget(self.view)
        elif self.model.total():
            self.empty_label.setText(self.tr("没有符合条件的办件。"))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                self.tr("还没有受理的办件。") if not self.own_only else self.tr("您还没有受理过办件。")
            )
            self.stack.setCurrentWidget(self.empty_label)

    # -- opening a case ------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_case() is not None)

    def selected_case(self) -> CaseRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None

    def select_case(self, case_no: str) -> bool:
        row = self.model.row_of(case_no)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def open_selected(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.open_case(case.case_no)

    def open_case(self, case_no: str) -> CaseDialog:
        """The case dialog for ``case_no``; after each action in it the list reloads."""
        from yk_desktop.gui.casedialog import open_case

        dialog = self.dialog
        if (
            dialog is not None
            and shiboken6.isValid(dialog)
            and dialog.isVisible()
            and dialog.case_no == case_no
        ):
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = open_case(self, self.session, case_no, print_to=self.print_to)
        dialog.changed.connect(self.refresh)
        self.dialog = dialog
        return dialog

    def shutdown(self) -> None:
        """Stop the minute timer (the window is closing or the panel is replaced)."""
        self.timer.stop()
