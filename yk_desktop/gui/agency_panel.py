"""帮办代办: the proxy cases an agent (or the hall) works on, with the chosen one's detail beside the list.

The list shows each proxy case's state, where the matter is, the linked case and its deadline, coloured as
the case list colours deadlines (临期 yellow, 逾期 red) and red as well when the 委托书 has run out. An agent
sees their own open proxy cases first (「只看我的」); the state and the filter reload it, and so does the
search (the applicant's name is masked in the rows, so the database matches the whole name), a moment after
the last key. 登记代办 (Ctrl+N) opens the registration dialog; when it closes, the panel's window is active
again, so the window's function keys work at once.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.agency_common import OPEN, day_text, hall_time, state_name, table
from yk_desktop.gui.agency_detail import AgencyDetail
from yk_desktop.gui.agency_register import AgencyRegisterDialog
from yk_desktop.gui.caselist import ROW_COLOURS, status_name
from yk_desktop.gui.controls import button, hand_back
from yk_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import agency_reports
from yk_desktop.services.agency_reports import AgencyRow
from yk_desktop.services.cases import DeadlineStatus
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.agency import AgencyState
from yk_desktop.store.models.hall import Role

# Other terminals record steps too, and deadlines move at midnight: the list reloads itself this often.
REFRESH_MS = 60_000
# The search reloads this long after the last key, not once per key.
SEARCH_DELAY_MS = 250
_Index = QModelIndex | QPersistentModelIndex


class _quiet:
    """Change several filters without a reload per change."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for w in self._widgets:
            w.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for w in self._widgets:
            w.blockSignals(False)


def load_rows(
    runtime: Runtime, states: tuple[str, ...], agent_id: uuid.UUID | None, text: str = ""
) -> list[AgencyRow]:
    """Worker thread: the proxy cases in ``states`` (all when empty), one agent's when ``agent_id``, those
    whose number or applicant's whole name contains ``text`` when it is given."""
    return agency_reports.list_agencies(runtime.uow(), states=states, agent_id=agent_id, text=text)


def _urgency(row: AgencyRow) -> DeadlineStatus | None:
    if row.expired:
        return DeadlineStatus.OVERDUE  # nothing can go on until a new 委托书 is signed
    if row.linked is None or row.state not in OPEN:
        return None
    return row.linked.status


def _deadline(row: AgencyRow) -> str:
    linked = row.linked
    if linked is None:
        return "—"
    if linked.status in (DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE):
        return f"{day_text(linked.promised_deadline)} {status_name(linked.status)}"
    return day_text(linked.promised_deadline)


class AgencyListModel(RowTableModel):
    """Proxy cases, coloured by the linked case's deadline (and red when the 委托书 expired)."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid():
            urgency = _urgency(self.row_at(index.row()))
            colours = ROW_COLOURS.get(urgency) if urgency is not None else None
            if colours is None:
                return None
            return QBrush(QColor(colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1]))
        return super().data(index, role)


class AgencyPanel(QWidget):
    """The list and the detail; ``dialog`` is the registration dialog while it is open."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, print_to: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgencyPanel")
        self.session = session
        self.print_to = print_to  # tests (and "print to file" PCs) print into this PDF file
        self.dialog: AgencyRegisterDialog | None = None
        self.loaded_once = False
        self._loads = LatestOnly()
        self._all: list[AgencyRow] = []
        self._wanted: str | None = None

        self.register_button = button(
            self.tr("登记代办 (Ctrl+N)"), self.tr("登记帮办代办"), self.open_register, primary=True
        )
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("代办件状态筛选"))
        self.state_combo.view().setAccessibleName(self.tr("代办件状态列表"))
        self._state_choices: list[tuple[str, tuple[str, ...]]] = [
            (self.tr("未办结"), OPEN),
            (self.tr("全部"), ()),
            (self.tr("结果待领取"), (AgencyState.READY.value,)),
            (self.tr("已交付"), (AgencyState.DELIVERED.value,)),
            (self.tr("已取消"), (AgencyState.CANCELLED.value,)),
        ]
        self.state_combo.addItems([label for label, _ in self._state_choices])
        self.state_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        staff = session.staff
        self.mine = QCheckBox(self.tr("只看我的(&M)"))
        self.mine.setAccessibleName(self.tr("只看我受托的代办件"))
        self.mine.setChecked(staff is not None and staff.role == Role.AGENT)
        self.mine.setEnabled(staff is not None)
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("查找代办件"))
        self.search.setPlaceholderText(self.tr("代办编号或委托人"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.refresh_button = button(self.tr("刷新"), self.tr("刷新代办件列表"), self.refresh)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.model = AgencyListModel(
            [
                Column(self.tr("代办编号"), lambda r: r.agency_no),
                Column(self.tr("委托人"), lambda r: r.applicant_name),
                Column(self.tr("代办事项"), lambda r: r.item_names, tooltip=lambda r: r.item_names),
                Column(self.tr("帮办代办员"), lambda r: r.agent_name),
                Column(self.tr("状态"), self._state_text, centered=True),
                Column(self.tr("当前所在"), lambda r: r.holder, tooltip=lambda r: r.holder),
                Column(self.tr("关联办件"), lambda r: r.linked.case_no if r.linked else "—"),
                Column(self.tr("办件承诺办结"), _deadline, centered=True),
                Column(self.tr("登记时间"), lambda r: hall_time(r.created_at)),
            ],
            self,
        )
        self.view = table(self.model, self.tr("代办件列表"), "agencyList")
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = AgencyDetail(session, self, print_to=print_to)
        self.detail.changed.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("状态")))
        top.addWidget(self.state_combo)
        top.addWidget(self.mine)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_register)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(lambda: None if self._loads.busy else self.refresh())
        self._timer.start()
        self.refresh()

    def _state_text(self, row: AgencyRow) -> str:
        text = state_name(row.state)
        return self.tr("{0} · 委托书已过期").format(text) if row.expired else text

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        index = max(0, self.state_combo.currentIndex())
        states = self._state_choices[index][1]
        agent_id = self.session.staff_id if self.mine.isChecked() else None
        self._search_timer.stop()
        self._loads.run(
            load_rows,
            self.session.runtime,
            states,
            agent_id,
            self.search.text().strip(),
            on_done=self._loaded,
            on_error=self._failed,
            context=self,
        )

    def _loaded(self, rows: list[AgencyRow]) -> None:
        self.error_label.hide()
        self._all = rows
        self.loaded_once = True
        self._filter()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def _filter(self) -> None:
        """Show the loaded rows; keep the current row (or select the one asked for)."""
        current = self.current_no()
        wanted = self._wanted or current
        rows = self._all
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 {0} 件").format(len(rows)))
        for n, row in enumerate(rows):
            if row.agency_no == wanted:
                self.view.setCurrentIndex(self.model.index(n, 0))
                self._wanted = None
                break
        else:
            if rows and current is None:
                self.view.setCurrentIndex(self.model.index(0, 0))

    def current_no(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row: AgencyRow = self.model.data(index, ROW_ROLE)
        return row.agency_no

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_agency(self.model.row_at(current.row()).agency_no)

    def select(self, agency_no: str) -> None:
        """Show ``agency_no`` once the list has it (it may still be loading)."""
        self._wanted = agency_no
        self._filter()

    def open_number(self, agency_no: str) -> None:
        """A scanned or typed D… number: its detail at once, and its row in the list of all proxy cases
        (whoever's, in whatever state), so the clerk who scans a slip at the window finds it."""
        number = agency_no.strip().upper()
        self.detail.show_agency(number)
        self._wanted = number
        with _quiet(self.state_combo, self.mine, self.search):
            self.search.clear()
            self.state_combo.setCurrentIndex(1)  # 全部
            self.mine.setChecked(False)
        self.refresh()

    # -- registering ---------------------------------------------------------------------------------
    def open_register(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.activateWindow()
            return
        dialog = AgencyRegisterDialog(self.session, self, print_to=self.print_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(self._registered)
        dialog.finished.connect(self._register_closed)
        self.dialog = dialog
        dialog.open()

    def _register_closed(self, _result: int) -> None:
        self.dialog = None
        # The window's shortcuts (F1…) need it active again at once, also under window managers (and the
        # offscreen platform) that do not hand activation back when a dialog closes.
        hand_back(self)

    def _registered(self, agency_no: str) -> None:
        self._wanted = agency_no
        self.refresh()

    def shutdown(self) -> None:
        """Stop the reload timer (the panel is replaced or the program closes)."""
        self._timer.stop()
