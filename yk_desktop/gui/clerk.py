"""The clerk's workstation: call the next number (F1) on the left, look up service items on the right.

Keyboard first (DESIGN.md §4): F1 calls, Ctrl+F jumps to 事项查询. Calls and list loads go through the
worker pool; a successful call is announced on the signal hub so the hall display hears it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui import events
from yk_desktop.gui.itemsearch import ItemSearchBox
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.panel import REFRESH_MS, ModePanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import hall, queue
from yk_desktop.services.errors import QueueEmpty
from yk_desktop.services.queue import TicketInfo
from yk_desktop.services.runtime import Runtime


@dataclass(frozen=True)
class WaitingRow:
    prefix: str
    name: str
    waiting: int


def load_window_queue(runtime: Runtime, window_number: int | None) -> list[WaitingRow]:
    """Waiting counts for the categories this window serves (all categories when it has no window).

    Runs on a worker thread: three short use cases, each in its own unit of work.
    """
    categories = hall.list_categories(runtime.uow())
    served: set[str] | None = None
    if window_number is not None:
        for window in hall.list_windows(runtime.uow()):
            if window.number == window_number:
                served = set(window.category_prefixes)
    counts = queue.waiting_counts(runtime.uow())
    return [
        WaitingRow(c.prefix, c.name, counts.get(c.prefix, 0))
        for c in categories
        if served is None or c.prefix in served
    ]


class ClerkPanel(ModePanel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("ClerkPanel")
        self.calls_made = 0
        self.current: TicketInfo | None = None
        self._waiting_loads = LatestOnly()

        queue_box = QFrame()
        queue_box.setObjectName("queueBox")
        queue_box.setMinimumWidth(340)
        queue_box.setMaximumWidth(420)
        window_caption = QLabel(self._window_text())
        window_caption.setObjectName("sectionTitle")
        current_caption = QLabel(self.tr("当前号码"))
        current_caption.setObjectName("captionLabel")
        self.number_label = QLabel("—")
        self.number_label.setObjectName("ticketNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label.setAccessibleName(self.tr("当前号码"))
        self.category_label = QLabel(self.tr("尚未叫号"))
        self.category_label.setObjectName("ticketCategory")
        self.category_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.called_label = QLabel()
        self.called_label.setObjectName("hintLabel")
        self.called_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call_button = QPushButton(self.tr("呼叫下一位 (F1)"))
        self.call_button.setObjectName("callButton")
        self.call_button.setAccessibleName(self.tr("呼叫下一位"))
        self.call_button.setMinimumHeight(64)
        self.call_button.clicked.connect(self.call_next)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName(self.tr("叫号提示"))
        self.count_label = QLabel()
        self.count_label.setObjectName("captionLabel")
        self._update_count()
        waiting_caption = QLabel(self.tr("本窗口等候人数"))
        waiting_caption.setObjectName("captionLabel")
        # The waiting list has its own line for its errors: a poll failing after a call must not cover
        # the call's result in ``message_label``, and the next good poll clears it.
        self.waiting_message = QLabel()
        self.waiting_message.setObjectName("errorLabel")
        self.waiting_message.setWordWrap(True)
        self.waiting_message.setAccessibleName(self.tr("等候人数提示"))
        self.waiting_message.hide()
        self.waiting_model = RowTableModel(
            [
                Column(self.tr("字头"), lambda r: r.prefix, centered=True),
                Column(self.tr("业务类别"), lambda r: r.name),
                Column(self.tr("等候"), lambda r: r.waiting, centered=True),
            ],
            self,
        )
        self.waiting_view = QTableView()
        self.waiting_view.setObjectName("waitingView")
        self.waiting_view.setAccessibleName(self.tr("本窗口等候人数"))
        self.waiting_view.setModel(self.waiting_model)
        self.waiting_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.waiting_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.waiting_view.verticalHeader().hide()
        self.waiting_view.verticalHeader().setDefaultSectionSize(32)
        header = self.waiting_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        q = QVBoxLayout(queue_box)
        q.addWidget(window_caption)
        q.addWidget(current_caption)
        q.addWidget(self.number_label)
        q.addWidget(self.category_label)
        q.addWidget(self.called_label)
        q.addWidget(self.call_button)
        q.addWidget(self.message_label)
        q.addWidget(self.count_label)
        q.addWidget(waiting_caption)
        q.addWidget(self.waiting_message)
        q.addWidget(self.waiting_view, 1)

        self.search = ItemSearchBox(session.runtime)
        self.search.settled.connect(lambda: self.arrived("items"))
        layout = QHBoxLayout(self)
        layout.addWidget(queue_box)
        layout.addWidget(self.search, 1)

        # WindowShortcut: F1 works wherever the focus is in the window, also on the shell's warning banner
        # or menu bar, and after a mode switch left the focus nowhere in particular. A modal dialog on top
        # (login, about) makes this window inactive, so it cannot call a number behind the clerk's back;
        # a replaced panel is hidden, and hidden widgets' shortcuts do not fire.
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F1), self.call_next),
            (QKeySequence.StandardKey.Find, self.search.focus_search),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        self.setTabOrder(self.call_button, self.search.search)
        self.search.search.setFocus()  # F1 calls from anywhere; typing should go straight into 事项查询
        if session.window_number is None:
            self.call_button.setEnabled(False)
            self.message_label.setText(
                self.tr("本机未设置窗口号，不能叫号。请在配置文件 [terminal] 中设置 window。")
            )
        self.expect("queue", "items")
        self.refresh_waiting()
        self.search.run_search()
        self.every(REFRESH_MS, self.refresh_waiting, skip_while=self._waiting_loads)

    def _window_text(self) -> str:
        number = self.session.window_number
        if number is None:
            return self.tr("叫号")
        return self.tr("{0} 号窗口 · 叫号").format(number)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("本次已呼叫：{0} 位").format(self.calls_made))

    def take_focus(self) -> None:
        self.search.search.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes straight into 事项查询

    def refresh_waiting(self) -> None:
        self._waiting_loads.run(
            load_window_queue,
            self.session.runtime,
            self.session.window_number,
            on_done=self._show_waiting,
            on_error=self._waiting_failed,
            context=self,
        )

    def _show_waiting(self, rows: list[WaitingRow]) -> None:
        self.waiting_model.set_rows(rows)
        self._waiting_note("")
        self.arrived("queue")

    def _waiting_failed(self, exc: BaseException) -> None:
        self._waiting_note(error_text(exc))
        self.arrived("queue")

    def _waiting_note(self, text: str) -> None:
        self.waiting_message.setText(text)
        self.waiting_message.setVisible(bool(text))

    def call_next(self) -> None:
        number = self.session.window_number
        if number is None or not self.call_button.isEnabled():
            return  # no window, or a call is in flight: F1 held down must not call twice
        self.call_button.setEnabled(False)
        self.message_label.setText(self.tr("正在叫号…"))
        staff_id = self.session.staff.id if self.session.staff is not None else None
        run_in_pool(
            queue.call_next,
            self.session.runtime.uow(),
            number,
            staff_id,
            on_done=self._called,
            on_error=self._call_failed,
            context=self,
        )

    def _called(self, ticket: TicketInfo) -> None:
        self.call_button.setEnabled(True)
        self.current = ticket
        self.calls_made += 1
        self.number_label.setText(ticket.number)
        name = ticket.category_name
        if ticket.priority:
            name = self.tr("{0}（优先：{1}）").format(name, ticket.priority_group or self.tr("优先"))
        self.category_label.setText(name)
        if ticket.called_at is not None:
            called = ticket.called_at.astimezone(HALL_TZ) if ticket.called_at.tzinfo else ticket.called_at
            self.called_label.setText(self.tr("叫号时间 {0:%H:%M:%S}").format(called))
        self.message_label.setText(
            self.tr("已呼叫 {0}，请到 {1} 号窗口").format(ticket.number, ticket.window_number)
        )
        self._update_count()
        events.hub().ticket_called.emit(ticket)
        self.refresh_waiting()

    def _call_failed(self, exc: BaseException) -> None:
        self.call_button.setEnabled(True)
        self.message_label.setText(error_text(exc))
        if isinstance(exc, QueueEmpty):
            self.refresh_waiting()
