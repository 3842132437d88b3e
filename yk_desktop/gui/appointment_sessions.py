"""延时服务登记: open an after-hours session (午间, after closing, weekend) with the staff on duty, close it
when the last applicant has gone; the applicants served are counted from the queue (tickets finished by
those on duty, and how many of them came by appointment). The list shows the sessions of the last 90 days.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.appointment_common import hall_today, kind_label, make_button, make_combo, make_table
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import after_hours, staff
from yk_desktop.services.after_hours import SessionInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.services.staff import StaffRow

HISTORY_DAYS = 90


def _hm(moment: datetime | None) -> str:
    return moment.astimezone(HALL_TZ).strftime("%H:%M") if moment else ""


def load_sessions(runtime: Runtime, since: date) -> tuple[list[SessionInfo], list[StaffRow]]:
    return after_hours.list_sessions(runtime.uow(), since=since), staff.list_staff(runtime.uow())


class AfterHoursPanel(QWidget):
    """The 延时服务 log; ``loaded`` after every load."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AfterHoursPanel")
        self.session = session
        self.busy = False
        self.sessions: list[SessionInfo] = []
        self._loads = LatestOnly()

        self.model = RowTableModel(
            [
                Column(self.tr("日期"), lambda s: f"{s.service_date:%Y-%m-%d}", centered=True),
                Column(self.tr("类型"), lambda s: kind_label(s.kind), centered=True),
                Column(self.tr("开始"), lambda s: _hm(s.opened_at), centered=True),
                Column(self.tr("结束"), lambda s: _hm(s.closed_at) or self.tr("进行中"), centered=True),
                Column(
                    self.tr("值守人员"),
                    lambda s: "、".join(s.staff_names),
                    tooltip=lambda s: "、".join(s.staff_names),
                ),
                Column(self.tr("服务人数"), lambda s: s.served, centered=True),
                Column(self.tr("其中预约"), lambda s: s.appointments, centered=True),
                Column(self.tr("登记人"), lambda s: s.opened_by, centered=True),
                Column(self.tr("备注"), lambda s: s.notes.replace("\n", "；"), tooltip=lambda s: s.notes),
            ],
            self,
        )
        self.view = make_table(self.model, self.tr("延时服务记录"))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.kind_combo = make_combo(self.tr("延时服务类型"))
        for kind in ("lunch", "evening", "weekend"):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.staff_list = QListWidget()
        self.staff_list.setAccessibleName(self.tr("值守人员（勾选）"))
        self.staff_list.setMaximumHeight(150)
        self.notes_edit = QLineEdit()
        self.notes_edit.setAccessibleName(self.tr("备注"))
        self.notes_edit.setPlaceholderText(self.tr("备注（可不填），如：企业集中办理"))
        self.open_button = make_button(
            self.tr("开始延时服务"), self.tr("开始延时服务"), self.open_session, primary=True
        )
        self.close_button = make_button(
            self.tr("结束所选服务"), self.tr("结束所选延时服务"), self.close_session
        )
        self.refresh_button = make_button(self.tr("刷新"), self.tr("刷新延时服务记录"), self.refresh)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))

        form = QFormLayout()
        form.addRow(self.tr("类型"), self.kind_combo)
        form.addRow(self.tr("值守人员"), self.staff_list)
        form.addRow(self.tr("备注"), self.notes_edit)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("登记"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        since = hall_today(self.session) - timedelta(days=HISTORY_DAYS)
        self._loads.run(
            load_sessions,
            self.session.runtime,
            since,
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.loaded.emit()

    def _show(self, loaded: tuple[list[SessionInfo], list[StaffRow]]) -> None:
        sessions, people = loaded
        picked = self.picked()
        self.sessions = sessions
        self.model.set_rows(sessions)
        for row, s in enumerate(sessions):
            if (picked is not None and s.id == picked.id) or (picked is None and s.is_open):
                self.view.selectRow(row)
                break
        if self.staff_list.count() == 0:
            me = self.session.staff_id
            for person in people:
                if not person.active:
                    continue
                item = QListWidgetItem(f"{person.name}（{person.role_name}）")
                item.setData(Qt.ItemDataRole.UserRole, str(person.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person.id == me else Qt.CheckState.Unchecked)
                self.staff_list.addItem(item)
        self._update_buttons()
        self.loaded.emit()

    def picked(self) -> SessionInfo | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        s: SessionInfo = self.model.row_at(index.row())
        return s

    def on_duty(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(str(self.staff_list.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.staff_list.count())
            if self.staff_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def check_staff(self, name: str, on: bool = True) -> None:
        """Keyboard and tests: tick a person by name."""
        for i in range(self.staff_list.count()):
            item = self.staff_list.item(i)
            if item.text().startswith(name):
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise LookupError(name)

    def _update_buttons(self) -> None:
        picked = self.picked()
        running = any(s.is_open for s in self.sessions)
        self.open_button.setEnabled(not self.busy and not running)
        self.close_button.setEnabled(not self.busy and picked is not None and picked.is_open)

    def _act(self, busy_text: str, call: partial[SessionInfo], done: str) -> None:
        if self.busy or self.session.staff_id is None:
            return
        self.busy = True
        self._update_buttons()
        self.message.setText(busy_text)

        def finished(info: SessionInfo) -> None:
            self.busy = False
            self.notes_edit.clear()
            self.message.setText(done.format(info.served, info.appointments))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.message.setText(error_text(exc))

        run_in_pool(call, on_done=finished, on_error=failed, context=self)

    def open_session(self) -> None:
        staff_id = self.session.staff_id
        assert staff_id is not None
        call = partial(
            after_hours.open_session,
            self.session.runtime.uow(),
            kind=str(self.kind_combo.currentData()),
            staff_on_duty=self.on_duty(),
            notes=self.notes_edit.text(),
            staff_id=staff_id,
        )
        self._act(self.tr("正在登记…"), call, self.tr("已开始延时服务。"))

    def close_session(self) -> None:
        picked = self.picked()
        staff_id = self.session.staff_id
        if picked is None or staff_id is None:
            return
        call = partial(
            after_hours.close_session,
            self.session.runtime.uow(),
            picked.id,
            notes=self.notes_edit.text(),
            staff_id=staff_id,
        )
        self._act(self.tr("正在结束…"), call, self.tr("已结束延时服务：共服务 {0} 人，其中预约 {1} 人。"))
