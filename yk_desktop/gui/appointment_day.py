"""预约日视图: one day's appointments per business — each slot with its places used, who is booked in it and
in what state — for the window (book, change, cancel, check in at the window) and the manager.

The view reloads every 30 s while it is on screen (and once as soon as it is shown again: a tab switched
back to, a window restored); a hidden view reads nothing. Each reload first marks the appointments whose
slot ended past the grace as no-shows (``appointments.mark_no_shows``, a read-only look when there are
none), so a window or console with the view open keeps no-shows current without anyone pressing a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.appointment_common import (
    channel_label,
    from_qdate,
    hall_today,
    kind_label,
    make_button,
    make_combo,
    make_date_edit,
    make_table,
    state_label,
    to_qdate,
)
from yk_desktop.gui.appointment_dialog import AppointmentDialog
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import appointment_day, appointments, checkin, hall
from yk_desktop.services.appointment_day import BookedRow, CategoryDay, SlotRow
from yk_desktop.services.checkin import CheckIn
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.runtime import Runtime

RELOAD_MS = 30_000


@dataclass(frozen=True)
class DayData:
    day: date
    categories: list[CategoryDay]
    no_shows: int  # marked by this load


@dataclass(frozen=True)
class SlotLine:
    """One row of the slot table: a category's slot."""

    prefix: str
    category: str
    slot: SlotRow


def load_day(runtime: Runtime, day: date, prefix: str | None, today: date) -> DayData:
    """Worker thread: mark due no-shows (only for days that have begun), then read the day."""
    marked = appointments.mark_no_shows(runtime.uow()) if day <= today else 0
    return DayData(day, appointment_day.day_view(runtime.uow(), day, prefix), marked)


def _used(line: SlotLine) -> str:
    s = line.slot
    return f"{s.taken}/{s.capacity}" if s.capacity is not None else f"{s.taken}/—"


def _checked(line: SlotLine) -> int:
    return sum(1 for b in line.slot.booked if b.state == "checked_in")


def _time(b: BookedRow) -> str:
    return b.checked_in_at.astimezone(HALL_TZ).strftime("%H:%M") if b.checked_in_at else ""


class AppointmentDayPanel(QWidget):
    """The day view; ``loaded`` after each load (or failed load)."""

    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppointmentDayPanel")
        self.session = session
        self.data: DayData | None = None
        self.dialog: QDialog | None = None
        self._loads = LatestOnly()
        self._busy = False
        today = hall_today(session)

        self.date_edit = make_date_edit(today, self.tr("查看日期"))
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.prev_button = make_button(self.tr("前一天"), self.tr("前一天"), lambda: self._step(-1))
        self.today_button = make_button(self.tr("今天"), self.tr("回到今天"), self._today)
        self.next_button = make_button(self.tr("后一天"), self.tr("后一天"), lambda: self._step(1))
        self.category_combo = make_combo(self.tr("业务类别"))
        self.category_combo.addItem(self.tr("全部类别"), None)
        self.category_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = make_button(self.tr("刷新 (Ctrl+R)"), self.tr("刷新预约"), self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("hintLabel")
        self.summary.setWordWrap(True)

        self.slot_model = RowTableModel(
            [
                Column(self.tr("类别"), lambda r: r.prefix, centered=True, tooltip=lambda r: r.category),
                Column(self.tr("时段"), lambda r: f"{r.slot.start:%H:%M}–{r.slot.end:%H:%M}", centered=True),
                Column(self.tr("类型"), lambda r: kind_label(r.slot.kind), centered=True),
                Column(self.tr("已约/名额"), _used, centered=True),
                Column(self.tr("已签到"), _checked, centered=True),
            ],
            self,
        )
        self.slots_view = make_table(self.slot_model, self.tr("预约时段"))
        self.slots_view.selectionModel().selectionChanged.connect(lambda *_: self._show_people())
        self.people_model = RowTableModel(
            [
                Column(self.tr("预约码"), lambda b: b.code, centered=True),
                Column(self.tr("申请人"), lambda b: b.applicant_name),
                Column(self.tr("手机"), lambda b: b.phone_masked, centered=True),
                Column(self.tr("证件号码"), lambda b: b.id_masked, centered=True),
                Column(self.tr("事项"), lambda b: b.item_name, tooltip=lambda b: b.item_name),
                Column(self.tr("方式"), lambda b: channel_label(b.channel), centered=True),
                Column(self.tr("状态"), lambda b: state_label(b.state), centered=True),
                Column(self.tr("签到"), _time, centered=True),
                Column(self.tr("号票"), lambda b: b.ticket_number or "", centered=True),
            ],
            self,
        )
        self.people_view = make_table(self.people_model, self.tr("预约名单"))
        self.people_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.people_view.doubleClicked.connect(lambda _i: self.open_selected())

        self.new_button = make_button(
            self.tr("新预约 (Ctrl+N)"), self.tr("新预约"), self.open_new, primary=True
        )
        self.open_button = make_button(
            self.tr("改约/取消"), self.tr("改约或取消所选预约"), self.open_selected
        )
        self.checkin_button = make_button(self.tr("窗口签到"), self.tr("为所选预约窗口签到"), self.check_in)
        self.show_cancelled = QCheckBox(self.tr("显示已取消"))
        self.show_cancelled.setAccessibleName(self.tr("显示已取消的预约"))
        self.show_cancelled.toggled.connect(lambda _on: self._show_people())
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))
        # Only while the focus is in this view: inside the clerk window F5 is 转窗 and Ctrl+N may be another
        # tab's; an ambiguous window shortcut would fire neither.
        for keys, slot in (("Ctrl+R", self.refresh), ("Ctrl+N", self.new_button.click)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("日期")))
        for widget in (self.date_edit, self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("业务类别")))
        top.addWidget(self.category_combo, 1)
        top.addWidget(self.refresh_button)
        split = QSplitter()
        split.addWidget(self.slots_view)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_view, 1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.checkin_button):
            actions.addWidget(button)
        actions.addWidget(self.show_cancelled)
        actions.addStretch(1)
        people_layout.addLayout(actions)
        split.addWidget(people)
        self.slots_view.setMinimumWidth(400)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        header = self.people_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # 事项: the long one
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

        self._update_buttons()
        run_in_pool(hall.list_categories, session.runtime.uow(), on_done=self._show_categories, context=self)
        # Runs only while the view is shown (showEvent/hideEvent); the first showing loads the day.
        self.timer = QTimer(self)
        self.timer.setInterval(RELOAD_MS)
        self.timer.timeout.connect(self._tick)
        self._shut = False

    # -- loading -------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (first time, tab switched back to, window restored): load now, then every 30 s."""
        super().showEvent(event)
        if not self._shut and not self.timer.isActive():  # a window's second, spontaneous event: loaded
            self.timer.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (another tab, the window minimized or closed): no reloads until shown again."""
        super().hideEvent(event)
        self.timer.stop()

    def _tick(self) -> None:
        if self.isVisible() and not self._loads.busy:
            self.refresh()

    def shutdown(self) -> None:
        self._shut = True
        self.timer.stop()

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def prefix(self) -> str | None:
        data = self.category_combo.currentData()
        return str(data) if data else None

    def _step(self, days: int) -> None:
        self.date_edit.setDate(to_qdate(self.day() + timedelta(days=days)))

    def _today(self) -> None:
        self.date_edit.setDate(to_qdate(hall_today(self.session)))

    def _show_categories(self, categories: list[CategoryInfo]) -> None:
        self.category_combo.blockSignals(True)
        for c in categories:
            self.category_combo.addItem(f"{c.prefix} {c.name}", c.prefix)
        self.category_combo.blockSignals(False)

    def refresh(self) -> None:
        self._loads.run(
            load_day,
            self.session.runtime,
            self.day(),
            self.prefix(),
            hall_today(self.session),
            on_done=self._show,
            on_error=self._failed,
            context=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.loaded.emit()

    def _show(self, data: DayData) -> None:
        wanted = self.selected_slot()
        wanted_key = (wanted.prefix, wanted.slot.start, wanted.slot.end) if wanted else None
        person = self.selected_person()
        code = person.code if person else None
        self.data = data
        lines = [SlotLine(c.prefix, c.name, s) for c in data.categories for s in c.slots]
        self.slot_model.set_rows(lines)
        parts = [
            self.tr("{0} {1}：已约 {2}/{3}，已签到 {4}").format(
                c.prefix, c.name, c.taken, c.capacity, c.checked_in
            )
            for c in data.categories
        ]
        self.summary.setText(
            "；".join(parts) if parts else self.tr("{0} 没有预约时段。").format(f"{data.day:%Y-%m-%d}")
        )
        if data.no_shows:
            self.message.setText(self.tr("已将 {0} 个超过签到时间未到的预约记为爽约。").format(data.no_shows))
        for row, line in enumerate(lines):
            if wanted_key == (line.prefix, line.slot.start, line.slot.end):
                self.slots_view.selectRow(row)
                break
        self._show_people(code)
        self.loaded.emit()

    def selected_slot(self) -> SlotLine | None:
        index = self.slots_view.currentIndex()
        if not index.isValid() or not self.slots_view.selectionModel().isRowSelected(index.row()):
            return None
        line: SlotLine = self.slot_model.row_at(index.row())
        return line

    def select_slot(self, prefix: str, start: time) -> None:
        """Keyboard and tests: select a category's slot by its start."""
        for row, line in enumerate(self.slot_model.rows()):
            if line.prefix == prefix and line.slot.start == start:
                self.slots_view.selectRow(row)
                return
        raise LookupError(f"no slot {prefix} {start}")

    def _show_people(self, keep: str | None = None) -> None:
        line = self.selected_slot()
        if line is not None:
            people = list(line.slot.booked)
        elif self.data is not None:
            people = [b for c in self.data.categories for s in c.slots for b in s.booked]
        else:
            people = []
        if not self.show_cancelled.isChecked():
            people = [b for b in people if b.state != "cancelled"]
        self.people_model.set_rows(people)
        for row, b in enumerate(people):
            if b.code == keep:
                self.people_view.selectRow(row)
        self._update_buttons()

    def selected_person(self) -> BookedRow | None:
        index = self.people_view.currentIndex()
        if not index.isValid() or not self.people_view.selectionModel().isRowSelected(index.row()):
            return None
        row: BookedRow = self.people_model.row_at(index.row())
        return row

    def select_person(self, code: str) -> None:
        for row, b in enumerate(self.people_model.rows()):
            if b.code == code:
                self.people_view.selectRow(row)
                return
        raise LookupError(code)

    def _update_buttons(self) -> None:
        person = self.selected_person()
        booked = person is not None and person.state == "booked"
        self.open_button.setEnabled(person is not None)
        self.checkin_button.setEnabled(booked and not self._busy and self.day() == hall_today(self.session))

    # -- acting --------------------------------------------------------------------------------------------

    def _open(self, dialog: AppointmentDialog) -> None:
        self.dialog = dialog
        dialog.changed.connect(self.refresh)

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            self.refresh()

        dialog.finished.connect(finished)
        dialog.open()

    def open_new(self) -> None:
        line = self.selected_slot()
        prefix = line.prefix if line else self.prefix()
        day = max(self.day(), hall_today(self.session) + timedelta(days=1))
        self._open(AppointmentDialog(self.session, category_prefix=prefix, day=day, parent=self))

    def open_selected(self) -> None:
        person = self.selected_person()
        if person is None:
            self.message.setText(self.tr("请先在预约名单中选择一个预约。"))
            return
        self._open(AppointmentDialog(self.session, code=person.code, parent=self))

    def check_in(self) -> None:
        """窗口签到: the applicant came to the window instead of the kiosk; same rules, same ticket."""
        person = self.selected_person()
        if person is None or self._busy:
            return
        queue = self.session.config.queue
        staff_id = self.session.staff_id  # read here: the call below runs on a worker thread
        self._busy = True
        self._update_buttons()
        self.message.setText(self.tr("正在签到…"))

        def call(runtime: Runtime) -> CheckIn:
            return checkin.check_in(
                runtime.uow(),
                code=person.code,
                early_minutes=queue.checkin_early_minutes,
                late_minutes=queue.checkin_late_minutes,
                staff_id=staff_id,
            )

        run_in_pool(
            call, self.session.runtime, on_done=self._checked_in, on_error=self._check_in_failed, context=self
        )

    def _checked_in(self, done: CheckIn) -> None:
        self._busy = False
        ticket = done.ticket
        if done.late:
            text = self.tr("{0} 已签到：超过签到时间，按普通号 {1} 排队。").format(
                done.appointment_code, ticket.number
            )
        else:
            text = self.tr("{0} 已签到，预约号票 {1}（时段 {2}，按预约优先叫号）。").format(
                done.appointment_code, ticket.number, done.slot
            )
        self.message.setText(text)
        self.refresh()

    def _check_in_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message.setText(error_text(exc))
        self._update_buttons()
