"""我的首问: a staff member's open first inquiries with their age, and what can be done with one.

Listed are those the staff member is responsible for (首问负责人) or holds now (承办人), oldest first; a
row past the hall's rule (``inquiry.open_alert_hours``) is red and says 超时. The selected inquiry's whole
story shows beside the list. Actions: 转交 to a named colleague, 跟进备注, 办结 with the outcome, 重新打开
with a reason, 打印登记单 when the applicant is sent elsewhere, 查看完整号码 (the phone is masked until the
first staff member, the handler or a manager asks for it to call back; asking is recorded), and 新登记 (the
quick form, which hands the activation back to this window when it closes). The list reloads when shown, every minute (ages move), and whenever an inquiry is saved or changed on this PC.

``InquiryListBase`` holds the list, the story and the actions; the manager's view (``inquiry_manager``)
builds on it with its filters and figures.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.controls import hand_back
from yk_desktop.gui.inquiry_common import AskDialog, InquiryTableModel, SlipPrinter, inquiry_changes, story
from yk_desktop.gui.inquiry_dialog import open_inquiry_form
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import inquiries, inquiry_lists
from yk_desktop.services.inquiries import FormChoices, InquiryInfo
from yk_desktop.services.inquiry_lists import InquiryFilter, InquiryRow
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.hall import Role
from yk_desktop.store.models.inquiries import InquiryState

# lupdate knows this alias; every string below is found by ``translate("inquiry_panel", "…")``.
translate = QCoreApplication.translate
# Ages move while the list is on screen; a minute is the unit they are shown in.
REFRESH_MS = 60_000
RECENT_DAYS = 30


class InquiryListBase(QWidget):
    """The list, the selected inquiry's story and the actions; ``loaded`` after every load."""

    loaded = Signal()
    acted = Signal(object)  # InquiryInfo after a hand-off, note, close or reopen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choices: FormChoices | None = None
        self.current: InquiryInfo | None = None
        # (inquiry_no, whole phone) once asked for with 查看完整号码; every other time the phone is masked.
        self.whole_phone: tuple[str, str] | None = None
        self.dialog: AskDialog | None = None
        self.busy = False
        self._loads = LatestOnly()
        self._details = LatestOnly()
        self._has_loaded = False
        self.printer = SlipPrinter(session, self)
        self.printer.message.connect(self.show_message)

        self.model = InquiryTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("inquiryTable")
        self.view.setAccessibleName(self.tr("首问列表"))
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InquiryTableModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._load_detail())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("inquiryStory")
        self.detail.setAccessibleName(self.tr("首问详情与处理记录"))
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("选择一条首问，查看详情和处理记录。"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # the list wider: its 咨询内容 column needs the room

        self.hand_off_button = self._button(self.tr("转交(&H)…"), self.tr("转交给同事"), self.ask_hand_off)
        self.note_button = self._button(self.tr("跟进备注(&N)…"), self.tr("填写跟进备注"), self.ask_note)
        self.close_button = self._button(self.tr("办结(&D)…"), self.tr("办结首问"), self.ask_close)
        self.reopen_button = self._button(self.tr("重新打开(&O)…"), self.tr("重新打开首问"), self.ask_reopen)
        self.print_button = self._button(
            self.tr("打印登记单(&P)"), self.tr("打印首问登记单"), self.print_slip
        )
        self.phone_button = self._button(
            self.tr("查看完整号码(&V)"), self.tr("查看办事人完整联系电话"), self.reveal_phone
        )
        self.new_button = self._button(self.tr("新登记(&Q)…"), self.tr("登记新的首问"), self.open_form)
        self.refresh_button = self._button(self.tr("刷新"), self.tr("刷新首问列表"), self.refresh)
        self.action_row = QHBoxLayout()
        for button in (
            self.hand_off_button,
            self.note_button,
            self.close_button,
            self.reopen_button,
            self.print_button,
            self.phone_button,
        ):
            self.action_row.addWidget(button)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.new_button)
        self.action_row.addWidget(self.refresh_button)
        self.message_label = QLabel()
        self.message_label.setObjectName("hintLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("提示信息"))

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        inquiry_changes().changed.connect(self._changed_elsewhere)
        run_in_pool(
            inquiries.form_choices,
            session.runtime.uow(),
            session.staff_id,
            on_done=self._choices_loaded,
            on_error=lambda exc: self.show_message(error_text(exc)),
            context=self,
        )

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def tab_chain(self, first: Sequence[QWidget]) -> None:
        """Tab goes through ``first`` (a subclass's filters), the list, the story, then the actions."""
        order = [
            *first,
            self.view,
            self.detail,
            self.hand_off_button,
            self.note_button,
            self.close_button,
            self.reopen_button,
            self.print_button,
            self.phone_button,
            self.new_button,
            self.refresh_button,
        ]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    # -- loading -------------------------------------------------------------------------------------
    def load_call(self) -> tuple[Callable[..., object], tuple[Any, ...]]:
        """What to run on the pool for the rows (subclasses)."""
        raise NotImplementedError

    def rows_from(self, result: Any) -> list[InquiryRow]:
        rows: list[InquiryRow] = result
        return rows

    def refresh(self) -> None:
        fn, args = self.load_call()
        self._loads.run(fn, *args, on_done=self._loaded, on_error=self._load_failed, context=self)

    def _tick(self) -> None:
        if self.isVisible() and not self._loads.busy:
            self.refresh()

    def _changed_elsewhere(self, _number: str) -> None:
        if self._has_loaded:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._has_loaded and not event.spontaneous():
            self.refresh()

    def shutdown(self) -> None:
        self._timer.stop()

    def _loaded(self, result: Any) -> None:
        self._has_loaded = True
        keep = self.current.inquiry_no if self.current is not None else None
        rows = self.rows_from(result)
        self.model.set_rows(rows)
        self.after_load(result)
        row = next((i for i, r in enumerate(rows) if r.inquiry_no == keep), 0 if rows else None)
        if row is not None:
            self.view.selectRow(row)
        else:
            self.current = None
            self.detail.clear()
        self._update_actions()
        self.loaded.emit()

    def after_load(self, result: Any) -> None:
        """Subclasses show what else came with the rows."""

    def _load_failed(self, exc: BaseException) -> None:
        self.show_message(error_text(exc))
        self.loaded.emit()

    def _choices_loaded(self, choices: FormChoices) -> None:
        self.choices = choices

    def open_number(self, inquiry_no: str) -> None:
        """A scanned 首问登记单 (or a typed number): select it in the list, or show it when it is not there."""
        number = inquiry_no.strip().upper()
        for row in range(self.model.rowCount()):
            if self.model.inquiry(row).inquiry_no == number:
                self.view.selectRow(row)
                self.view.setFocus()
                return
        self._details.run(
            inquiries.get_inquiry,
            self.session.runtime.uow(),
            number,
            on_done=self._show_elsewhere,
            on_error=lambda exc: self.show_message(error_text(exc)),
            context=self,
        )

    def _show_elsewhere(self, info: InquiryInfo) -> None:
        self.view.setCurrentIndex(QModelIndex())  # no row: the actions stay off for one not in this list
        self._show_detail(info)
        self.show_message(
            self.tr("{0} 不在当前列表中（首问负责人：{1}，当前承办人：{2}）。").format(
                info.inquiry_no, info.responder_name, info.handler_name or "—"
            )
        )

    def selected(self) -> InquiryRow | None:
        index = self.view.currentIndex()
        return self.model.inquiry(index.row()) if index.isValid() else None

    def _load_detail(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._details.run(
            inquiries.get_inquiry,
            self.session.runtime.uow(),
            row.inquiry_no,
            on_done=self._show_detail,
            on_error=lambda exc: self.show_message(error_text(exc)),
            context=self,
        )

    def _show_detail(self, info: InquiryInfo) -> None:
        if self.whole_phone is not None and self.whole_phone[0] != info.inquiry_no:
            self.whole_phone = None  # another inquiry: its phone is masked until asked for
        self.current = info
        me = self.session.staff_id
        whole = self.whole_phone[1] if self.whole_phone is not None else ""
        self.detail.setPlainText(
            story(info, full=me in (info.responder_id, info.handler_id), whole_phone=whole)
        )
        self._update_actions()

    def _in_charge(self, info: InquiryInfo) -> bool:
        """The first staff member, the current handler or a manager (``inquiries.reveal_phone`` checks too)."""
        staff = self.session.staff
        if staff is None:
            return False
        return staff.id in (info.responder_id, info.handler_id) or staff.role in (Role.MANAGER, Role.ADMIN)

    def _update_actions(self) -> None:
        info = self.current
        selected = self.selected()
        ready = info is not None and selected is not None and info.inquiry_no == selected.inquiry_no
        is_open = ready and info is not None and info.state == InquiryState.OPEN
        self.hand_off_button.setEnabled(not self.busy and is_open and self.choices is not None)
        self.note_button.setEnabled(not self.busy and ready)
        self.close_button.setEnabled(not self.busy and is_open)
        self.reopen_button.setEnabled(not self.busy and ready and not is_open)
        self.print_button.setEnabled(not self.busy and ready and info is not None and bool(info.destination))
        revealed = (
            info is not None and self.whole_phone is not None and self.whole_phone[0] == info.inquiry_no
        )
        self.phone_button.setEnabled(
            not self.busy
            and info is not None
            and bool(info.phone_masked)
            and not revealed
            and self._in_charge(info)
        )

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    # -- actions -------------------------------------------------------------------------------------
    def _ask(self, dialog: AskDialog, act: Callable[[AskDialog], None]) -> None:
        """Window-modal, not blocking (``open``); the answer runs ``act``."""
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                act(dialog)
            dialog.deleteLater()
            hand_back(self)

        dialog.finished.connect(finished)
        dialog.open()

    def ask_hand_off(self) -> None:
        info = self.current
        if info is None or self.choices is None or not self.hand_off_button.isEnabled():
            return
        colleagues = [c for c in self.choices.colleagues if c.id != info.handler_id]
        dialog = AskDialog(
            self.tr("转交首问 {0}").format(info.inquiry_no),
            self.tr("转交说明"),
            self,
            colleagues=colleagues,
            placeholder=self.tr("可不填，如：涉及税务，请协助答复"),
        )
        self._ask(
            dialog,
            lambda d: self._run(
                self.tr("正在转交…"),
                self.tr("已转交给 {0}；首问负责人不变，办结前会一直在其列表中。"),
                inquiries.hand_off,
                info.inquiry_no,
                d.colleague_id,
                d.text_edit.text(),
            ),
        )

    def ask_note(self) -> None:
        info = self.current
        if info is None or not self.note_button.isEnabled():
            return
        dialog = AskDialog(self.tr("跟进备注 {0}").format(info.inquiry_no), self.tr("跟进备注"), self)
        self._ask(
            dialog,
            lambda d: self._run(
                self.tr("正在保存备注…"),
                self.tr("备注已记录。"),
                inquiries.add_note,
                info.inquiry_no,
                d.text_edit.text(),
            ),
        )

    def ask_close(self) -> None:
        info = self.current
        if info is None or not self.close_button.isEnabled():
            return
        dialog = AskDialog(
            self.tr("办结首问 {0}").format(info.inquiry_no),
            self.tr("处理结果"),
            self,
            placeholder=self.tr("如：已答复所需材料，办事人已到窗口办理"),
        )
        self._ask(
            dialog,
            lambda d: self._run(
                self.tr("正在办结…"),
                self.tr("已办结。"),
                inquiries.close_inquiry,
                info.inquiry_no,
                d.text_edit.text(),
            ),
        )

    def ask_reopen(self) -> None:
        info = self.current
        if info is None or not self.reopen_button.isEnabled():
            return
        dialog = AskDialog(
            self.tr("重新打开首问 {0}").format(info.inquiry_no), self.tr("重新打开的原因"), self
        )
        self._ask(
            dialog,
            lambda d: self._run(
                self.tr("正在重新打开…"),
                self.tr("已重新打开，请跟进后办结。"),
                inquiries.reopen,
                info.inquiry_no,
                d.text_edit.text(),
            ),
        )

    def _run(self, busy_text: str, done_text: str, fn: Callable[..., InquiryInfo], *args: Any) -> None:
        """``fn(uow, *args, staff_id=…)`` on the pool; the answer shows, every list reloads."""
        if self.busy:
            return
        self.busy = True
        self._update_actions()
        self.show_message(busy_text)
        runtime: Runtime = self.session.runtime
        call = partial(fn, runtime.uow(), *args, staff_id=self.session.staff_id)
        run_in_pool(
            call,
            on_done=lambda info: self._acted(info, done_text),
            on_error=self._act_failed,
            context=self,
        )

    def _acted(self, info: InquiryInfo, done_text: str) -> None:
        self.busy = False
        self.show_message(done_text.format(info.handler_name))
        self._show_detail(info)
        self.acted.emit(info)
        inquiry_changes().changed.emit(info.inquiry_no)  # this list and every other one reload

    def _act_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_actions()
        self.show_message(error_text(exc))

    def reveal_phone(self) -> None:
        """The whole phone for the call back; the service checks who asks and records it."""
        info = self.current
        if info is None or self.busy or not self.phone_button.isEnabled():
            return
        self.busy = True
        self._update_actions()
        number = info.inquiry_no

        def shown(phone: str) -> None:
            self.busy = False
            self.whole_phone = (number, phone)
            self.show_message(self.tr("已显示完整号码（查看已记录）。"))
            # Read again: the story shows the whole number and the new 查看联系电话 event.
            self._details.run(
                inquiries.get_inquiry,
                self.session.runtime.uow(),
                number,
                on_done=self._show_detail,
                on_error=lambda exc: self.show_message(error_text(exc)),
                context=self,
            )

        run_in_pool(
            partial(inquiries.reveal_phone, staff_id=self.session.staff_id),
            self.session.runtime.uow(),
            number,
            on_done=shown,
            on_error=self._act_failed,
            context=self,
        )

    def print_slip(self) -> None:
        if self.current is not None and self.print_button.isEnabled():
            self.printer.print(self.current.inquiry_no, reuse=False)

    def open_form(self) -> None:
        open_inquiry_form(self.session, self)


class InquiryPanel(InquiryListBase):
    """我的首问 (every staff mode): open inquiries, or the last 30 days' including closed ones."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("InquiryPanel")
        caption = QLabel(self.tr("我的首问"))
        caption.setObjectName("sectionTitle")
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("显示范围"))
        self.scope_combo.view().setAccessibleName(self.tr("显示范围列表"))
        self.scope_combo.addItem(self.tr("未办结"), "open")
        self.scope_combo.addItem(self.tr("近 {0} 天全部（含已办结）").format(RECENT_DAYS), "recent")
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        hint = QLabel(
            self.tr(
                "首问负责：您首先接待的咨询，转交他人后仍由您负责，直到办结。超过大厅规定时限未办结的显示为红色。"
            )
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("首问统计"))
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addSpacing(12)
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self.action_row)
        layout.addWidget(self.message_label)
        self.tab_chain([self.scope_combo])
        self.refresh()

    def set_scope(self, scope: str) -> None:
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope))

    def load_call(self) -> tuple[Callable[..., object], tuple[Any, ...]]:
        runtime, staff_id = self.session.runtime, self.session.staff_id
        if staff_id is None:
            return (lambda: [], ())
        if self.scope_combo.currentData() == "open":
            return inquiry_lists.open_for_staff, (runtime.uow(), staff_id)
        today = runtime.clock.now().astimezone(HALL_TZ).date()
        filters = InquiryFilter(staff_id=staff_id, asked_from=today - timedelta(days=RECENT_DAYS))
        return inquiry_lists.list_inquiries, (runtime.uow(), filters)

    def after_load(self, result: Any) -> None:
        rows: list[InquiryRow] = result
        still_open = [r for r in rows if r.state == InquiryState.OPEN]
        late = sum(r.overdue for r in rows)
        text = self.tr("未办结 {0} 条").format(len(still_open))
        if late:
            text += self.tr("，其中超时 {0} 条").format(late)
        self.count_label.setText(text)
