"""预约登记: a clerk books, changes or cancels an appointment at the window or from a phone call.

The clerk picks the business (and optionally the item) and a date, sees the day's slots with the places
left and the dates that may be booked (per slot plan where a plan has its own horizon or notice), enters the applicant (real-name: name, ID number, phone) and books; the confirmation slip is built
from the database, archived and printed (``print_document``: preview or silent, per the print setup). An
existing appointment is found by its code, the phone or the ID number; it can then be moved to another
slot (the code stays), cancelled, or its slip printed again. Booking, changing and cancelling each ask
once more before they act. Every service call runs on the worker pool; messages stay in the dialog.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.appointment_common import (
    ask,
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
    translate,
)
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.notice_dialog import _WorkingDialog
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import appointment_day, appointments, catalog, documents, hall
from yk_desktop.services.appointments import AppointmentInfo, BookingRequest, BookingWindow, FreeSlot, SlotDay
from yk_desktop.services.catalog import ItemSummary
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.runtime import Runtime

SLIP_KIND = appointment_day.SLIP_KIND


def load_choices(runtime: Runtime) -> list[CategoryInfo]:
    return hall.list_categories(runtime.uow())


def load_items(runtime: Runtime, prefix: str) -> list[ItemSummary]:
    return catalog.list_items(runtime.uow(), prefix)


def _when(moment: datetime) -> str:
    return moment.astimezone(HALL_TZ).strftime("%m-%d %H:%M")


class SlotModel(RowTableModel):
    """A day's slots: time, kind, places left of capacity, whether it can be booked now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("appointment", "时段"),
                    lambda s: f"{s.start:%H:%M}–{s.end:%H:%M}",
                    centered=True,
                ),
                Column(translate("appointment", "类型"), lambda s: kind_label(s.kind), centered=True),
                Column(
                    translate("appointment", "剩余/名额"), lambda s: f"{s.left}/{s.capacity}", centered=True
                ),
                Column(
                    translate("appointment", "状态"),
                    self._state,
                    centered=True,
                    tooltip=lambda s: s.problem,
                ),
            ],
            parent,
        )

    def _state(self, s: FreeSlot) -> str:
        if s.open:
            return self.tr("可约")
        if s.left == 0:
            return self.tr("约满")
        return self.tr("不可约")

    def slot(self, row: int) -> FreeSlot:
        slot: FreeSlot = self.row_at(row)
        return slot


class AppointmentDialog(_WorkingDialog):
    """Book (no appointment loaded) or change/cancel/reprint (one loaded by code, phone or ID number).

    ``changed`` after each booking, change or cancellation, so a day view behind it can reload.
    """

    changed = Signal()

    def __init__(
        self,
        session: Session,
        *,
        code: str | None = None,
        category_prefix: str | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("AppointmentDialog")
        self.setWindowTitle(self.tr("预约登记"))
        self.resize(980, 720)
        self.current: AppointmentInfo | None = None
        self.slot_day: SlotDay | None = None
        self.confirm_box: QMessageBox | None = None
        self.last_slip: DocumentInfo | None = None
        self._wanted_prefix = category_prefix
        self._categories_loaded = False
        # Reads that must not hold up an action (and vice versa): the slots of the day, the history.
        self._slot_loads = LatestOnly()
        self._reads = LatestOnly()
        today = hall_today(session)

        # Finding an appointment already booked.
        self.find_edit = QLineEdit()
        self.find_edit.setAccessibleName(self.tr("预约码、手机号或身份证号"))
        self.find_edit.setPlaceholderText(self.tr("预约码、手机号或身份证号"))
        self.find_edit.returnPressed.connect(self.look_up)
        self.find_button = make_button(self.tr("查找 (Ctrl+F)"), self.tr("查找预约"), self.look_up)
        self.new_button = make_button(self.tr("新预约 (Ctrl+N)"), self.tr("开始新预约"), self.start_new)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("查到的预约"))
        self.results.setMaximumHeight(90)
        self.results.hide()
        self.results.itemActivated.connect(self._pick_result)
        self.current_label = QLabel(self.tr("新预约：选择业务、日期和时段，填写申请人后预约。"))
        self.current_label.setObjectName("sectionTitle")
        self.current_label.setWordWrap(True)
        self.history_label = QLabel()
        self.history_label.setObjectName("hintLabel")
        self.history_label.setWordWrap(True)

        # The slot.
        self.window_radio = QRadioButton(self.tr("窗口预约(&W)"))
        self.window_radio.setAccessibleName(self.tr("窗口现场预约"))
        self.window_radio.setChecked(True)
        self.phone_radio = QRadioButton(self.tr("电话预约(&T)"))
        self.phone_radio.setAccessibleName(self.tr("电话预约（代为登记）"))
        channels = QButtonGroup(self)
        channels.addButton(self.window_radio)
        channels.addButton(self.phone_radio)
        self.category_combo = make_combo(self.tr("业务类别"))
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.item_combo = make_combo(self.tr("办理事项（可不选）"))
        self.item_combo.addItem(self.tr("（不指定事项）"), None)
        self.date_edit = make_date_edit(day or today + timedelta(days=1), self.tr("预约日期"))
        self.date_edit.setMinimumDate(to_qdate(today))
        self.date_edit.dateChanged.connect(lambda _d: self.reload_slots())
        # Other windows book the same slots: the places left are as of the last read; Ctrl+R reads them again
        # (as in the day view; not F5, which is 转窗 in the clerk window behind this dialog).
        self.refresh_button = make_button(
            self.tr("刷新 (Ctrl+R)"), self.tr("刷新时段和剩余名额"), self.reload_slots
        )
        self.day_note = QLabel()
        self.day_note.setObjectName("hintLabel")
        self.day_note.setWordWrap(True)
        self.slot_model = SlotModel(self)
        self.slots_view = make_table(self.slot_model, self.tr("可预约时段"))
        self.slots_view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.slots_view.doubleClicked.connect(lambda _i: self.primary_action())

        # The applicant.
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("申请人姓名"))
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("身份证号"))
        self.id_edit.setMaxLength(30)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("手机号码"))
        self.phone_edit.setMaxLength(40)

        # Cancelling because the hall cannot serve (not limited by the cancel rule, a reason required).
        self.by_hall = QCheckBox(self.tr("因大厅原因取消（不受取消时限限制）"))
        self.by_hall.setAccessibleName(self.tr("因大厅原因取消"))
        # The service refuses it to anyone else too; the box says so before anyone tries.
        self.may_cancel_for_hall = session.staff is not None and session.staff.role in ("manager", "admin")
        if not self.may_cancel_for_hall:
            self.by_hall.setToolTip(self.tr("只有大厅负责人或系统管理员可以因大厅原因取消预约。"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("取消原因"))
        self.reason_edit.setPlaceholderText(
            self.tr("取消原因（因大厅原因取消时必填，至少 {0} 个字）").format(appointments.HALL_REASON_MIN)
        )

        self.book_button = make_button(
            self.tr("预约 (Ctrl+Enter)"), self.tr("确认预约"), self.book, primary=True
        )
        self.change_button = make_button(self.tr("改约到所选时段"), self.tr("改约到所选时段"), self.change)
        self.cancel_button = make_button(self.tr("取消预约"), self.tr("取消预约"), self.cancel_appointment)
        self.print_button = make_button(
            self.tr("打印确认单 (Ctrl+P)"), self.tr("打印预约确认单"), self.print_slip
        )
        self.close_button = make_button(self.tr("关闭"), self.tr("关闭"), self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.primary_action)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_button.click)
        QShortcut(QKeySequence("Ctrl+F"), self, self.find_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_button.click)
        QShortcut(QKeySequence("Ctrl+R"), self, self.refresh_button.click)

        self._lay_out()
        self.update_buttons()
        run_in_pool(
            load_choices,
            session.runtime,
            on_done=self._show_categories,
            on_error=lambda exc: self.message.setText(error_text(exc)),
            context=self,
        )
        if code:
            self.find_edit.setText(code)
            self.look_up()

    def _lay_out(self) -> None:
        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("查找预约")))
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.new_button)

        channel_row = QHBoxLayout()
        channel_row.addWidget(self.window_radio)
        channel_row.addWidget(self.phone_radio)
        channel_row.addStretch(1)
        slot_form = QFormLayout()
        slot_form.addRow(self.tr("预约方式"), channel_row)
        slot_form.addRow(self.tr("业务类别"), self.category_combo)
        slot_form.addRow(self.tr("办理事项"), self.item_combo)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.refresh_button)
        slot_form.addRow(self.tr("预约日期"), date_row)
        slot_box = QGroupBox(self.tr("时段"))
        slot_layout = QVBoxLayout(slot_box)
        slot_layout.addLayout(slot_form)
        slot_layout.addWidget(self.day_note)
        slot_layout.addWidget(self.slots_view, 1)

        person_form = QFormLayout()
        person_form.addRow(self.tr("姓名"), self.name_edit)
        person_form.addRow(self.tr("身份证号"), self.id_edit)
        person_form.addRow(self.tr("手机号码"), self.phone_edit)
        person_box = QGroupBox(self.tr("申请人（实名预约）"))
        person_layout = QVBoxLayout(person_box)
        person_layout.addLayout(person_form)
        person_layout.addStretch(1)
        cancel_box = QGroupBox(self.tr("取消"))
        cancel_layout = QVBoxLayout(cancel_box)
        cancel_layout.addWidget(self.by_hall)
        cancel_layout.addWidget(self.reason_edit)
        side = QVBoxLayout()
        side.addWidget(person_box)
        side.addWidget(cancel_box)
        middle = QHBoxLayout()
        middle.addWidget(slot_box, 3)
        middle.addLayout(side, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (
            self.book_button,
            self.change_button,
            self.cancel_button,
            self.print_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.results)
        layout.addWidget(self.current_label)
        layout.addWidget(self.history_label)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

    # -- choices and slots ---------------------------------------------------------------------------------

    def _show_categories(self, categories: list[CategoryInfo]) -> None:
        self.category_combo.blockSignals(True)
        for c in categories:
            self.category_combo.addItem(f"{c.prefix} {c.name}", c.prefix)
        wanted = self._wanted_prefix or (self.current.category_prefix if self.current else None)
        index = self.category_combo.findData(wanted) if wanted else 0
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)
        self._categories_loaded = True
        self._category_changed()

    def prefix(self) -> str | None:
        data = self.category_combo.currentData()
        return str(data) if data else None

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def _category_changed(self) -> None:
        prefix = self.prefix()
        if prefix is None:
            return
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("（不指定事项）"), None)
        run_in_pool(load_items, self.session.runtime, prefix, on_done=self._show_items, context=self)
        self.reload_slots()

    def _show_items(self, items: list[ItemSummary]) -> None:
        for item in items:
            self.item_combo.addItem(item.name, item.code)

    def reload_slots(self) -> None:
        prefix = self.prefix()
        if prefix is None or not self._categories_loaded:
            return
        self.day_note.setText(self.tr("正在读取时段…"))
        self._slot_loads.run(
            appointments.free_slots,
            self.session.runtime.uow(),
            prefix,
            self.day(),
            on_done=self._show_slots,
            on_error=lambda exc: self.day_note.setText(error_text(exc)),
            context=self,
        )

    def _window_text(self, slot_day: SlotDay) -> str:
        """「可预约 11-25 至 12-01」, or per set of rules when some plans have their own:
        「可预约：按大厅规则 11-25 至 12-01；周末延时 11-25 至 12-08」."""
        if len(slot_day.windows) <= 1:
            return self.tr("可预约 {0} 至 {1}").format(
                f"{slot_day.first_day:%m-%d}", f"{slot_day.last_day:%m-%d}"
            )

        def one(w: BookingWindow) -> str:
            return self.tr("{0} {1} 至 {2}").format(
                w.plans or self.tr("按大厅规则"), f"{w.first_day:%m-%d}", f"{w.last_day:%m-%d}"
            )

        return self.tr("可预约：{0}").format("；".join(one(w) for w in slot_day.windows))

    def _show_slots(self, slot_day: SlotDay) -> None:
        self.slot_day = slot_day
        self.slot_model.set_rows(slot_day.slots)
        open_count = sum(1 for s in slot_day.slots if s.open)
        # The furthest date any of the category's plans may be booked for (plans may have their own horizon).
        self.date_edit.setMaximumDate(to_qdate(max(slot_day.last_day, self.day())))
        window = self._window_text(slot_day)
        if not slot_day.note:
            self.day_note.setText(self.tr("{0} 个时段可约（{1}）。").format(open_count, window))
        elif len(slot_day.windows) > 1:  # the plans differ: say which may be booked when
            self.day_note.setText(self.tr("{0}（{1}）").format(slot_day.note, window))
        else:
            self.day_note.setText(slot_day.note)
        first_open = next((row for row, s in enumerate(slot_day.slots) if s.open), None)
        if first_open is not None:
            self.slots_view.selectRow(first_open)
        self.update_buttons()

    def selected_slot(self) -> FreeSlot | None:
        index: QModelIndex = self.slots_view.currentIndex()
        if not index.isValid() or not self.slots_view.selectionModel().isRowSelected(index.row()):
            return None
        return self.slot_model.slot(index.row())

    def select_slot(self, hour: int, minute: int = 0) -> None:
        """Keyboard and tests: select the slot starting at hour:minute."""
        for row, s in enumerate(self.slot_model.rows()):
            if (s.start.hour, s.start.minute) == (hour, minute):
                self.slots_view.selectRow(row)
                return
        raise LookupError(f"no slot at {hour:02d}:{minute:02d}")

    # -- finding ---------------------------------------------------------------------------------------------

    def look_up(self) -> None:
        text = self.find_edit.text()
        self.run(
            self.tr("正在查找…"), partial(appointments.lookup, self.session.runtime.uow(), text), self._found
        )

    def _found(self, found: list[AppointmentInfo]) -> None:
        self.results.clear()
        if not found:
            self.results.hide()
            self.message.setText(self.tr("没有查到今天及以后的预约，请核对。"))
            return
        if len(found) == 1:
            self.results.hide()
            self.load(found[0].code)
            return
        for a in found:
            item = QListWidgetItem(
                f"{a.code}  {a.day:%Y-%m-%d} {a.slot_text}  {a.category_name}  {state_label(a.state)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, a.code)
            self.results.addItem(item)
        self.results.show()
        self.results.setCurrentRow(0)
        self.message.setText(self.tr("查到 {0} 个预约，请选择（回车）。").format(len(found)))

    def _pick_result(self, item: QListWidgetItem) -> None:
        self.results.hide()
        self.load(str(item.data(Qt.ItemDataRole.UserRole)))

    def load(self, code: str) -> None:
        self.run(
            self.tr("正在读取预约…"), partial(appointments.find, self.session.runtime.uow(), code), self._show
        )

    def _show(self, info: AppointmentInfo, *, said: str | None = None) -> None:
        self.current = info
        item = f" · {info.item_name}" if info.item_name else ""
        self.current_label.setText(
            self.tr("预约码 {0}｜{1}{2}｜{3} {4}（{5}）｜{6}").format(
                info.code,
                info.category_name,
                item,
                f"{info.day:%Y-%m-%d}",
                info.slot_text,
                kind_label(info.kind),
                state_label(info.state),
            )
        )
        self.history_label.setText(self._history(info))
        self.name_edit.setText(info.applicant_name)
        self.id_edit.setText(info.id_masked)
        self.phone_edit.setText(info.phone_masked)
        (self.phone_radio if info.channel == "phone" else self.window_radio).setChecked(True)
        index = self.category_combo.findData(info.category_prefix)
        if index >= 0 and index != self.category_combo.currentIndex():
            self.category_combo.setCurrentIndex(index)
        if info.day != self.day():
            self.date_edit.setDate(to_qdate(info.day))
        self.message.setText(said or self.tr("已读取预约 {0}。改约请选择新时段。").format(info.code))
        self.update_buttons()

    def _refresh_history(self, code: str) -> None:
        """The loaded appointment again with its events (after a change), without holding up the dialog."""

        def shown(info: AppointmentInfo) -> None:
            if self.current is not None and self.current.code == info.code:
                self.current = info
                self.history_label.setText(self._history(info))

        self._reads.run(appointments.find, self.session.runtime.uow(), code, on_done=shown, context=self)

    def _history(self, info: AppointmentInfo) -> str:
        lines = [
            self.tr("{0}：{1}预约，经办 {2}").format(
                _when(info.booked_at), channel_label(info.channel), info.booked_by or "—"
            )
        ]
        for e in info.events:
            if e.kind == "changed":
                old = e.detail.get("from")
                if isinstance(old, dict):
                    lines.append(
                        self.tr("{0}：由 {1} {2} 改约（{3}）").format(
                            _when(e.at), old.get("date"), old.get("start"), e.staff_name or "—"
                        )
                    )
            elif e.kind != "booked":
                lines.append(f"{_when(e.at)}：{state_label(e.kind)}")
        return "；".join(lines)

    def start_new(self) -> None:
        if self.busy:
            return
        self.current = None
        self.results.hide()
        self.find_edit.clear()
        for edit in (self.name_edit, self.id_edit, self.phone_edit, self.reason_edit):
            edit.clear()
        self.by_hall.setChecked(False)
        self.current_label.setText(self.tr("新预约：选择业务、日期和时段，填写申请人后预约。"))
        self.history_label.setText("")
        self.message.setText("")
        self.update_buttons()
        self.reload_slots()
        self.name_edit.setFocus()

    # -- acting --------------------------------------------------------------------------------------------

    def update_buttons(self) -> None:
        booked = self.current is not None and self.current.state == "booked"
        slot = self.selected_slot()
        new = self.current is None
        idle = not self.busy
        self.book_button.setEnabled(idle and new)
        self.change_button.setEnabled(idle and booked and slot is not None)
        self.cancel_button.setEnabled(idle and booked)
        self.print_button.setEnabled(idle and booked)
        for edit in (self.name_edit, self.id_edit, self.phone_edit):
            edit.setReadOnly(not new)
        self.window_radio.setEnabled(new)
        self.phone_radio.setEnabled(new)
        self.item_combo.setEnabled(new)
        self.category_combo.setEnabled(new)
        self.by_hall.setEnabled(booked and self.may_cancel_for_hall)
        if not self.may_cancel_for_hall:
            self.by_hall.setChecked(False)
        self.reason_edit.setEnabled(booked)

    def primary_action(self) -> None:
        (self.book_button if self.current is None else self.change_button).click()

    def _slot_or_say(self) -> FreeSlot | None:
        slot = self.selected_slot()
        if slot is None or not slot.open:
            self.message.setText(self.tr("请先选择一个“可约”的时段。"))
            return None
        return slot

    def book(self) -> None:
        if self.busy or self.current is not None:
            return
        slot = self._slot_or_say()
        prefix = self.prefix()
        if slot is None or prefix is None:
            return
        request = BookingRequest(
            category_prefix=prefix,
            day=slot.day,
            start=slot.start,
            applicant_name=self.name_edit.text(),
            applicant_id_number=self.id_edit.text(),
            phone=self.phone_edit.text(),
            channel="phone" if self.phone_radio.isChecked() else "window",
            item_code=self.item_combo.currentData(),
        )
        name = self.name_edit.text().strip() or self.tr("（未填姓名）")
        self.confirm_box = ask(
            self,
            self.tr("确认预约"),
            self.tr("为 {0} 预约 {1} {2} {3}（{4}）？").format(
                name,
                self.category_combo.currentText(),
                f"{slot.day:%Y-%m-%d}",
                f"{slot.start:%H:%M}–{slot.end:%H:%M}",
                kind_label(slot.kind),
            ),
            self.tr("确认预约"),
            self.tr("返回修改"),
            partial(self._book, request),
        )

    def _book(self, request: BookingRequest) -> None:
        self.confirm_box = None
        call = partial(appointments.book, self.session.runtime.uow(), request, staff_id=self.session.staff_id)
        self.run(self.tr("正在预约…"), call, self._booked)

    def _booked(self, info: AppointmentInfo) -> None:
        self._show(info, said=self.tr("预约成功，预约码 {0}。").format(info.code))
        self.changed.emit()
        self.reload_slots()
        self._archive_and_print(info.code)

    def change(self) -> None:
        current = self.current
        slot = self._slot_or_say()
        if self.busy or current is None or slot is None:
            return
        self.confirm_box = ask(
            self,
            self.tr("确认改约"),
            self.tr("将预约 {0} 由 {1} {2} 改到 {3} {4}？预约码不变。").format(
                current.code,
                f"{current.day:%Y-%m-%d}",
                current.slot_text,
                f"{slot.day:%Y-%m-%d}",
                f"{slot.start:%H:%M}–{slot.end:%H:%M}",
            ),
            self.tr("确认改约"),
            self.tr("返回"),
            partial(self._change, current.code, slot),
        )

    def _change(self, code: str, slot: FreeSlot) -> None:
        self.confirm_box = None
        call = partial(
            appointments.change,
            self.session.runtime.uow(),
            code,
            day=slot.day,
            start=slot.start,
            staff_id=self.session.staff_id,
        )
        self.run(self.tr("正在改约…"), call, self._moved)

    def _moved(self, info: AppointmentInfo) -> None:
        self._show(info, said=self.tr("已改约到 {0} {1}。").format(f"{info.day:%Y-%m-%d}", info.slot_text))
        self.changed.emit()
        self._refresh_history(info.code)
        self.reload_slots()
        self._archive_and_print(info.code)

    def cancel_appointment(self) -> None:
        current = self.current
        if self.busy or current is None:
            return
        by_hall = self.by_hall.isChecked()
        reason = self.reason_edit.text()
        self.confirm_box = ask(
            self,
            self.tr("确认取消"),
            self.tr("取消预约 {0}（{1} {2}）？取消后名额释放，不能恢复。").format(
                current.code, f"{current.day:%Y-%m-%d}", current.slot_text
            ),
            self.tr("确认取消预约"),
            self.tr("不取消"),
            partial(self._cancel, current.code, by_hall, reason),
        )

    def _cancel(self, code: str, by_hall: bool, reason: str) -> None:
        self.confirm_box = None
        call = partial(
            appointments.cancel,
            self.session.runtime.uow(),
            code,
            staff_id=self.session.staff_id,
            reason=reason,
            by_hall=by_hall,
        )
        self.run(self.tr("正在取消…"), call, self._cancelled)

    def _cancelled(self, info: AppointmentInfo) -> None:
        self._show(info, said=self.tr("预约 {0} 已取消，名额已释放。").format(info.code))
        self.changed.emit()
        self._refresh_history(info.code)
        self.reload_slots()

    # -- the slip --------------------------------------------------------------------------------------------

    def _archive_and_print(self, code: str) -> None:
        self.preview = None  # the last slip's preview closed itself after printing (deleted on close)
        queue = self.session.config.queue
        call = partial(
            appointment_day.archive_slip,
            self.session.runtime,
            code,
            staff_id=self.session.staff_id,
            early_minutes=queue.checkin_early_minutes,
            late_minutes=queue.checkin_late_minutes,
        )
        self.run(self.tr("正在生成确认单…"), call, self._print)

    def print_slip(self) -> None:
        """Print the latest slip of the loaded appointment again (built now if none was archived)."""
        current = self.current
        if self.busy or current is None:
            return
        runtime = self.session.runtime

        def latest() -> DocumentInfo | None:
            found = documents.list_documents(runtime.uow(), kind=SLIP_KIND, number=current.code, limit=1)
            return found[0] if found else None

        def got(doc: DocumentInfo | None) -> None:
            if doc is None:
                self._archive_and_print(current.code)
            else:
                self._print(doc)

        self.run(self.tr("正在读取确认单…"), latest, got)

    def _print(self, doc: DocumentInfo) -> None:
        self.last_slip = doc
        self.print_archived(doc, SLIP_KIND)
