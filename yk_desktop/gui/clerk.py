"""The clerk's workstation: the window's queue on the left, 事项查询 on the right.

Keyboard first (DESIGN.md §4): F1 calls the next number, F2 recalls it, F6 starts serving, F3 finishes,
F4 marks a no-show, F5 transfers, F7 puts the ticket on hold; Ctrl+F jumps to 事项查询. A barcode scanner
(a keyboard that types fast) opens the ticket it reads. Every service call runs in the worker pool; the
whole window state (current ticket, held tickets, waiting counts, today's figures, pause) is reloaded
from ``serving.window_status`` at start, after every action and on a timer, so a restarted program
shows the ticket still being served. Calls and recalls are announced on the signal hub, so the hall
display in this process speaks them.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.docno import parse_payload
from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.ticketno import parse_ticket_scan
from yk_desktop.gui import events, warmup
from yk_desktop.gui.clerk_dialogs import HoldDialog, PauseDialog, TransferDialog
from yk_desktop.gui.controls import hand_back
from yk_desktop.gui.itemsearch import ItemSearchBox
from yk_desktop.gui.lazytab import LazyTab
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.panel import REFRESH_MS, ModePanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import appointments, hall, queue, serving
from yk_desktop.services.appointments import is_appointment_code
from yk_desktop.services.hall import CategoryInfo, WindowInfo
from yk_desktop.services.queue import TicketInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.services.serving import WindowStatus

if TYPE_CHECKING:
    from yk_desktop.gui.agency_panel import AgencyPanel
    from yk_desktop.gui.appointment_day import AppointmentDayPanel
    from yk_desktop.gui.archive import ArchivePanel
    from yk_desktop.gui.caselist import CaseListPanel
    from yk_desktop.gui.inquiry_panel import InquiryPanel

# What the keys and tabs beside the queue open, imported once the window is up (gui/warmup.py).
WARM_UP = (
    "yk_desktop.gui.notice_dialog",
    "yk_desktop.gui.review_pad",
    "yk_desktop.gui.casedialog",
    "yk_desktop.gui.caselist",
    "yk_desktop.gui.inquiry_dialog",
    "yk_desktop.gui.appointment_dialog",
    "yk_desktop.gui.inquiry_panel",
    "yk_desktop.gui.agency_panel",
    "yk_desktop.gui.appointment_day",
    "yk_desktop.gui.archive",
    "yk_desktop.gui.complaint_intake",
    "yk_desktop.gui.review_later",
)
# What those screens stand on without any Qt in it (the documents, reportlab behind them, the services):
# imported first, on a worker thread, so the UI thread's share of the warm-up stays short.
WARM_UP_BACKGROUND = (
    "yk_desktop.printing.notice",
    "yk_desktop.printing.receipt",
    "yk_desktop.printing.correction",
    "yk_desktop.printing.inquiry_slip",
    "yk_desktop.printing.agency_slip",
    "yk_desktop.printing.authorization",
    "yk_desktop.printing.appointment_slip",
    "yk_desktop.printing.complaint_slip",
    "yk_desktop.services.cases",
    "yk_desktop.services.notices",
    "yk_desktop.services.letters",
    "yk_desktop.services.documents",
    "yk_desktop.services.inquiries",
    "yk_desktop.services.inquiry_lists",
    "yk_desktop.services.inquiry_slips",
    "yk_desktop.services.agency",
    "yk_desktop.services.agency_documents",
    "yk_desktop.services.agency_reports",
    "yk_desktop.services.appointment_day",
    "yk_desktop.services.checkin",
    "yk_desktop.services.complaints",
    "yk_desktop.services.reviews",
)

# A keyboard-wedge scanner types a whole payload in a few milliseconds; people need over 100 ms a key.
SCAN_GAP_S = 0.05
# "A015" is the shortest thing worth scanning; fewer fast keys are a typist's lucky burst.
SCAN_MIN_CHARS = 4
# How often a clerk PC marks appointments whose slot ended (+ grace) as 爽约 (idempotent, hall-wide).
NO_SHOW_SWEEP_MS = 60_000


@dataclass(frozen=True)
class WaitingRow:
    prefix: str
    name: str
    waiting: int


def load_window_queue(runtime: Runtime, window_number: int | None) -> WindowStatus:
    """Everything the panel shows about its window, in one read (``serving.window_status``).

    A PC without a window number cannot call; it still sees every category's waiting count.
    Runs on a worker thread.
    """
    if window_number is not None:
        return serving.window_status(runtime.uow(), window_number)
    names = {c.prefix: c.name for c in hall.list_categories(runtime.uow())}
    counts = queue.waiting_counts(runtime.uow())
    return WindowStatus(0, "", None, None, [], {p: counts.get(p, 0) for p in names}, names, 0, None)


def load_transfer_choices(runtime: Runtime) -> tuple[list[CategoryInfo], list[WindowInfo]]:
    """The categories and windows the transfer dialog offers; read fresh, a manager may have changed them."""
    return hall.list_categories(runtime.uow()), hall.list_windows(runtime.uow())


def _hall_time(moment: datetime) -> datetime:
    return moment.astimezone(HALL_TZ) if moment.tzinfo is not None else moment


def _is_ticket_barcode(text: str) -> bool:
    """A printed ticket's barcode (``T20261124A015``), not a bare number a person could have typed."""
    try:
        day, _number = parse_ticket_scan(text)
    except InvalidValue:
        return False
    return day is not None


def document_kind(text: str) -> str | None:
    """ "notice", "case" or "correction" for a scanned document number (``N2026000123``), else None."""
    try:
        kind, _year, _seq = parse_payload(text)
    except InvalidValue:
        return None
    return kind.key


def _is_printed_barcode(text: str) -> bool:
    """A barcode printed by us (ticket or document), not a bare number a person could have typed."""
    return _is_ticket_barcode(text) or document_kind(text) is not None


def _typing_field(widget: QWidget) -> bool:
    """Whether keys typed into ``widget`` become text (a scan there is the field's business)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox)


class ScanCatcher(QObject):
    """Hears a barcode scanner anywhere in the panel's window: printable keys at most ``SCAN_GAP_S``
    apart, ending in Enter, while the focus is not in a text field (on a button, a list, nowhere).

    Installed on the application, because key events go to whichever widget has the focus. The keys
    still reach that widget (a button ignores letters); only the Enter that ends a scan is swallowed, so
    it cannot also press the focused button. One exception among text fields: a full ticket or document
    barcode typed into 事项查询 (where the focus rests by default) is taken out of it and opened.
    """

    scanned = Signal(str)

    def __init__(self, panel: ClerkPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._chars: list[str] = []
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        # An unhandled key travels up to the parents, through this filter each time: count it once.
        focus = QApplication.focusWidget()
        if watched is not focus and not (focus is None and watched.isWindow()):
            return False
        panel = self._panel
        if not panel.isVisible() or watched.window() is not panel.window():
            return False  # another window (a dialog, the hall display) or a replaced panel
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = "".join(self._chars) if now - self._last <= SCAN_GAP_S else ""
            self._chars.clear()
            if len(burst) < SCAN_MIN_CHARS:
                return False
            if _typing_field(watched):
                if watched is not panel.search.search or not _is_printed_barcode(burst):
                    return False
                text = panel.search.search.text()
                if text.endswith(burst):
                    panel.search.search.setText(text[: -len(burst)])
            self.scanned.emit(burst)
            return True
        text = event.text()
        ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if len(text) == 1 and text.isprintable() and not text.isspace() and not event.modifiers() & ctrl_alt:
            if now - self._last > SCAN_GAP_S:
                self._chars.clear()
            self._chars.append(text)
            self._last = now
        elif event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock):  # scanners shift for capitals
            self._chars.clear()
        return False


def _note_box(
    box_name: str, label_name: str, accessible: str, button: QPushButton, margins: tuple[int, int, int, int]
) -> tuple[QFrame, QLabel]:
    """A hidden strip with a wrapping message and one action beside it (the pause banner, a scan result)."""
    box = QFrame()
    box.setObjectName(box_name)
    label = QLabel()
    label.setObjectName(label_name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    row = QHBoxLayout(box)
    row.setContentsMargins(*margins)
    row.addWidget(label, 1)
    row.addWidget(button)
    box.hide()
    return box, label


class ClerkPanel(ModePanel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("ClerkPanel")
        self.calls_made = 0
        self.status: WindowStatus | None = None
        self.scanned: TicketInfo | None = None
        self.dialog: QDialog | None = None  # the transfer, pause or hold dialog while it is open
        self._busy = False  # an action is on its way: one at a time, and F1 held down calls once
        self._status_loads = LatestOnly()
        self._scan_loads = LatestOnly()
        self._why_not: dict[QAbstractButton, str] = {}

        queue_box = QFrame()
        queue_box.setObjectName("queueBox")
        queue_box.setMinimumWidth(500)
        queue_box.setMaximumWidth(540)
        window_caption = QLabel(self._window_text())
        window_caption.setObjectName("sectionTitle")
        self.pause_button = self._button(self.tr("暂停服务"), self.tr("暂停服务"), self.ask_pause)
        self.pause_button.setObjectName("pauseButton")

        self.resume_window_button = self._button(self.tr("恢复服务"), self.tr("恢复服务"), self.resume_window)
        self.paused_banner, self.paused_label = _note_box(
            "pausedBanner", "pausedLabel", self.tr("暂停服务提示"), self.resume_window_button, (10, 6, 6, 6)
        )

        self.number_label = QLabel("—")
        self.number_label.setObjectName("ticketNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label.setMinimumWidth(190)
        self.number_label.setAccessibleName(self.tr("当前号码"))
        self.category_label = QLabel()
        self.category_label.setObjectName("ticketCategory")
        self.category_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("ticketState")
        self.state_label.setAccessibleName(self.tr("当前号票状态"))
        self.called_label = QLabel()
        self.called_label.setObjectName("hintLabel")
        self.called_label.setWordWrap(True)

        self.call_button = self._button(self.tr("呼叫下一位 (F1)"), self.tr("呼叫下一位"), self.call_next)
        self.call_button.setObjectName("callButton")
        self.call_button.setMinimumHeight(60)
        self.recall_button = self._button(self.tr("重呼 (F2)"), self.tr("重呼"), self.recall)
        self.start_button = self._button(self.tr("开始办理 (F6)"), self.tr("开始办理"), self.start_serving)
        self.finish_button = self._button(self.tr("办结 (F3)"), self.tr("办结"), self.finish)
        self.no_show_button = self._button(self.tr("过号 (F4)"), self.tr("过号"), self.no_show)
        self.transfer_button = self._button(self.tr("转窗 (F5)"), self.tr("转窗"), self.ask_transfer)
        self.hold_button = self._button(self.tr("挂起 (F7)"), self.tr("挂起"), self.ask_hold)
        actions = QGridLayout()
        actions.setSpacing(6)
        for n, button in enumerate(
            (
                self.recall_button,
                self.start_button,
                self.finish_button,
                self.no_show_button,
                self.transfer_button,
                self.hold_button,
            )
        ):
            button.setObjectName("actionButton")
            actions.addWidget(button, n // 3, n % 3)

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName(self.tr("叫号提示"))
        self.stats_label = QLabel()
        self.stats_label.setObjectName("statsLabel")
        self.stats_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats_label.setAccessibleName(self.tr("今日办理情况"))

        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setAccessibleName(self.tr("扫码/输入号码"))
        self.scan_edit.setPlaceholderText(self.tr("扫码/输入号码，如 A015，回车查看"))
        self.scan_edit.setMaxLength(40)
        self.scan_edit.returnPressed.connect(self._scan_typed)
        self.scan_button = self._button(self.tr("查看"), self.tr("查看扫描或输入的号票"), self._scan_typed)
        self.scan_call_button = self._button(self.tr("叫此号"), self.tr("呼叫扫描的号票"), self.call_scanned)
        self.scan_box, self.scan_label = _note_box(
            "scanResult", "scanLabel", self.tr("扫描的号票"), self.scan_call_button, (8, 4, 4, 4)
        )

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
        self.waiting_view = self._table(self.waiting_model, "waitingView", self.tr("本窗口等候人数"))
        self.waiting_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Reachable with Tab so a screen-reader user can hear the waiting counts; nothing to select.

        held_caption = QLabel(self.tr("挂起的号票"))
        held_caption.setObjectName("captionLabel")
        self.resume_held_button = self._button(
            self.tr("恢复办理"), self.tr("恢复所选挂起号票"), self.resume_selected
        )
        self.held_model = RowTableModel(
            [
                Column(self.tr("号码"), lambda t: t.number, centered=True),
                Column(self.tr("业务类别"), lambda t: t.category_name),
                Column(self.tr("取号"), lambda t: f"{_hall_time(t.issued_at):%H:%M}", centered=True),
            ],
            self,
        )
        self.held_view = self._table(self.held_model, "heldView", self.tr("挂起的号票"))
        self.held_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.held_view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.held_view.activated.connect(lambda _index: self.resume_selected())  # double-click or Enter
        self.held_view.selectionModel().selectionChanged.connect(lambda *_: self._update_controls())

        top = QHBoxLayout()
        top.addWidget(window_caption, 1)
        top.addWidget(self.pause_button)
        ticket_text = QVBoxLayout()
        ticket_text.setSpacing(2)
        ticket_text.addStretch(1)
        ticket_text.addWidget(self.category_label)
        ticket_text.addWidget(self.state_label)
        ticket_text.addWidget(self.called_label)
        ticket_text.addStretch(1)
        ticket = QHBoxLayout()
        ticket.addWidget(self.number_label)
        ticket.addLayout(ticket_text, 1)
        scan = QHBoxLayout()
        scan.addWidget(self.scan_edit, 1)
        scan.addWidget(self.scan_button)
        # Waiting counts and held tickets side by side: both are short lists, and the height is needed above.
        lists = QGridLayout()
        lists.setHorizontalSpacing(8)
        lists.setVerticalSpacing(4)
        lists.addWidget(waiting_caption, 0, 0)
        held_top = QHBoxLayout()
        held_top.addWidget(held_caption, 1)
        held_top.addWidget(self.resume_held_button)
        lists.addLayout(held_top, 0, 1)
        lists.addWidget(self.waiting_message, 1, 0, 1, 2)
        lists.addWidget(self.waiting_view, 2, 0)
        lists.addWidget(self.held_view, 2, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        lists.setRowStretch(2, 1)

        q = QVBoxLayout(queue_box)
        q.setSpacing(6)
        q.addLayout(top)
        q.addWidget(self.paused_banner)
        q.addLayout(ticket)
        q.addWidget(self.call_button)
        q.addLayout(actions)
        q.addWidget(self.message_label)
        q.addWidget(self.stats_label)
        q.addLayout(scan)
        q.addWidget(self.scan_box)
        q.addLayout(lists, 1)

        self.search = ItemSearchBox(session.runtime)
        self.search.settled.connect(lambda: self.arrived("items"))
        self.notice_button = self._button(self.tr("一次性告知 (F8)"), self.tr("一次性告知"), self.open_notice)
        self.bundle_button = self._button(self.tr("一件事告知 (F9)"), self.tr("一件事告知"), self.pick_bundle)
        desk_buttons = QHBoxLayout()
        desk_buttons.addWidget(self.notice_button)
        desk_buttons.addWidget(self.bundle_button)
        self.inquiry_button = self._button(
            self.tr("首问登记 (F12)"), self.tr("首问登记"), self._open_inquiry_form
        )
        desk_buttons.addWidget(self.inquiry_button)
        self.appointment_button = self._button(
            self.tr("预约登记 (F10)"), self.tr("预约登记"), lambda: self.open_appointment()
        )
        desk_buttons.addWidget(self.appointment_button)
        self.complaint_button = self._button(
            self.tr("登记投诉 (Ctrl+K)"), self.tr("登记投诉"), self.open_complaint_intake
        )
        desk_buttons.addWidget(self.complaint_button)
        desk_buttons.addStretch(1)
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.search, 1)
        items_layout.addLayout(desk_buttons)
        # Cases and the archive are built when their tab is first opened: the clerk starts on 事项查询.
        self.cases_tab = LazyTab(partial(_own_cases, session))
        self.archive_tab = LazyTab(partial(_archive, session))
        self.inquiry_tab = LazyTab(partial(_inquiries, session))
        self.agency_tab = LazyTab(partial(_agency, session))
        self.appointments_tab = LazyTab(partial(_appointments, session))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("事项与文书"))
        self.tabs.addTab(items_tab, self.tr("事项查询"))
        self.tabs.addTab(self.cases_tab, self.tr("我的办件"))
        self.tabs.addTab(self.inquiry_tab, self.tr("我的首问"))
        self.tabs.addTab(self.agency_tab, self.tr("帮办代办"))
        if session.staff is not None and session.staff.role == "agent":
            self.tabs.setCurrentWidget(self.agency_tab)  # an agent's day is proxy cases
        self.tabs.addTab(self.archive_tab, self.tr("文书存档"))
        self.tabs.addTab(self.appointments_tab, self.tr("预约"))
        layout = QHBoxLayout(self)
        layout.addWidget(queue_box)
        layout.addWidget(self.tabs, 1)

        # WindowShortcut: the keys work wherever the focus is in the window, also on the shell's warning
        # banner or menu bar, and after a mode switch left the focus nowhere in particular. A modal dialog
        # on top (login, transfer) makes this window inactive, so no key acts behind the clerk's back; a
        # replaced panel is hidden, and hidden widgets' shortcuts do not fire. No auto-repeat: a held key
        # acts once. A key whose button is disabled says why in the message line (a tooltip needs a mouse).
        for key, button in (
            (Qt.Key.Key_F1, self.call_button),
            (Qt.Key.Key_F2, self.recall_button),
            (Qt.Key.Key_F3, self.finish_button),
            (Qt.Key.Key_F4, self.no_show_button),
            (Qt.Key.Key_F5, self.transfer_button),
            (Qt.Key.Key_F6, self.start_button),
            (Qt.Key.Key_F7, self.hold_button),
        ):
            self._shortcut(QKeySequence(key), partial(self._press, button))
        self._shortcut(QKeySequence(Qt.Key.Key_F8), self.open_notice)
        self._shortcut(QKeySequence(Qt.Key.Key_F9), self.pick_bundle)
        self._shortcut(QKeySequence(Qt.Key.Key_F10), self.open_appointment)
        self._shortcut(QKeySequence(Qt.Key.Key_F11), self.register_agency)
        self._shortcut(QKeySequence("Ctrl+K"), self.open_complaint_intake)
        self._shortcut(QKeySequence("Ctrl+E"), self.open_later_rating)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Find), self._find_item)

        order: list[QWidget] = [
            self.call_button,
            self.recall_button,
            self.start_button,
            self.finish_button,
            self.no_show_button,
            self.transfer_button,
            self.hold_button,
            self.scan_edit,
            self.scan_button,
            self.scan_call_button,
            self.held_view,
            self.resume_held_button,
            self.pause_button,
            self.resume_window_button,
            self.search.search,
            self.search.view,
            self.notice_button,
            self.bundle_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        self.scan_catcher = ScanCatcher(self)
        self.scan_catcher.scanned.connect(self.open_scan)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self.scan_catcher)

        self.search.search.setFocus()  # the keys work from anywhere; typing should go straight into 事项查询
        if session.window_number is None:
            self.message_label.setText(
                self.tr("本机未设置窗口号，不能叫号。请在配置文件 [terminal] 中设置 window。")
            )
        self._show_status()
        self.expect("queue", "items")
        self.loaded.connect(lambda: warmup.import_soon(WARM_UP, WARM_UP_BACKGROUND))
        self.refresh_status()
        self.search.run_search()
        self.every(REFRESH_MS, self.refresh_status, skip_while=self._status_loads)
        self.every(NO_SHOW_SWEEP_MS, self._mark_no_shows)

    # -- building ------------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table(self, model: RowTableModel, object_name: str, name: str) -> QTableView:
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        view.setObjectName(object_name)
        view.setAccessibleName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(30)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return view

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)

    def _window_text(self) -> str:
        number = self.session.window_number
        if number is None:
            return self.tr("叫号")
        return self.tr("{0} 号窗口 · 叫号").format(number)

    def take_focus(self) -> None:
        self.search.search.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes straight into 事项查询

    def shutdown(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scan_catcher)
        self.cases_tab.shutdown()
        self.agency_tab.shutdown()
        self.appointments_tab.shutdown()
        super().shutdown()

    # -- desk services beside the queue ------------------------------------------------------------
    def open_appointment(self, code: str | None = None) -> None:
        """F10: 预约登记 at the window or by phone (book), or a scanned/typed code (change, cancel, reprint)."""
        from yk_desktop.gui.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(self.session, code=code, parent=self)
        if self.appointments_tab.built is not None:
            dialog.changed.connect(self.appointments_tab.built.refresh)
        self._open_dialog(dialog)

    def _mark_no_shows(self) -> None:
        # 爽约 after the slot end + grace, hall-wide: any clerk PC that is running does it (idempotent).
        run_in_pool(appointments.mark_no_shows, self.session.runtime.uow(), context=self)

    def open_later_rating(self) -> None:
        """Ctrl+E: 补评, a rating given later (by phone or in person) for a ticket or case of the last days."""
        from yk_desktop.gui.review_later import LaterRatingDialog

        subject = self.scanned.number if self.scanned is not None else ""
        self._open_dialog(LaterRatingDialog(self.session, self, subject=subject))

    def register_agency(self) -> None:
        """F11: 登记代办 (帮办代办) in its tab."""
        self.tabs.setCurrentWidget(self.agency_tab)
        self.agency_tab.content().open_register()

    def _open_inquiry_form(self) -> None:
        from yk_desktop.gui.inquiry_dialog import open_inquiry_form

        open_inquiry_form(self.session, self)

    def open_complaint_intake(self) -> None:
        """Ctrl+K: a complaint or request taken at the window (12345 hand-overs come to the manager)."""
        from yk_desktop.gui.complaint_intake import ComplaintIntakeDialog

        self._open_dialog(ComplaintIntakeDialog(self.session, self))

    # -- the window's state --------------------------------------------------------------------------
    def refresh_status(self) -> None:
        self._status_loads.run(
            load_window_queue,
            self.session.runtime,
            self.session.window_number,
            on_done=self._status_loaded,
            on_error=self._status_failed,
            context=self,
        )

    def _status_loaded(self, status: WindowStatus) -> None:
        self.status = status
        self._show_status()
        self._waiting_note("")
        self.arrived("queue")

    def _status_failed(self, exc: BaseException) -> None:
        self._waiting_note(error_text(exc))
        self.arrived("queue")

    def _waiting_note(self, text: str) -> None:
        self.waiting_message.setText(text)
        self.waiting_message.setVisible(bool(text))

    def _change(self, **changes: Any) -> None:
        """Show an action's outcome at once; the reload it starts brings the rest (counts, figures)."""
        if self.status is not None:
            self.status = replace(self.status, **changes)
        self._show_status()

    def _show_status(self) -> None:
        status = self.status
        self._show_current(status.current if status is not None else None)
        paused = status.paused_reason if status is not None else None
        self.paused_banner.setVisible(bool(paused))
        self.paused_label.setText(self.tr("已暂停服务：{0}").format(paused) if paused else "")
        self.pause_button.setVisible(not paused)
        if status is not None:
            rows = [WaitingRow(p, status.category_names.get(p, p), n) for p, n in status.waiting.items()]
            if rows != self.waiting_model.rows():  # a reset on every poll would flicker
                self.waiting_model.set_rows(rows)
            self._show_held(status.held)
            self.stats_label.setText(self._stats_text(status))
        self._update_controls()

    def _stats_text(self, status: WindowStatus) -> str:
        if status.mean_service_seconds is None:
            return self.tr("今日已办 {0} 件").format(status.served_today)
        minutes = f"{round(status.mean_service_seconds / 60, 1):g}"
        return self.tr("今日已办 {0} 件 · 平均 {1} 分钟").format(status.served_today, minutes)

    def _show_current(self, ticket: TicketInfo | None) -> None:
        if ticket is None:
            self.number_label.setText("—")
            self.category_label.setText(self.tr("当前没有号票"))
            self._set_state_label("", self.tr("按 F1 呼叫下一位"))
            self.called_label.setText("")
            return
        self.number_label.setText(ticket.number)
        name = ticket.category_name
        if ticket.priority:
            name = self.tr("{0}（优先：{1}）").format(name, ticket.priority_group or self.tr("优先"))
        self.category_label.setText(name)
        serving_now = ticket.state == "serving"
        self._set_state_label(
            ticket.state, self.tr("办理中") if serving_now else self.tr("已叫号，等候办事人到窗口")
        )
        parts = []
        if ticket.called_at is not None:
            parts.append(self.tr("叫号时间 {0:%H:%M:%S}").format(_hall_time(ticket.called_at)))
        if ticket.recall_count:
            parts.append(self.tr("已重呼 {0} 次").format(ticket.recall_count))
        if serving_now and ticket.serving_at is not None:
            parts.append(self.tr("开始办理 {0:%H:%M:%S}").format(_hall_time(ticket.serving_at)))
        self.called_label.setText(" · ".join(parts))

    def _set_state_label(self, state: str, text: str) -> None:
        self.state_label.setText(text)
        if self.state_label.property("state") != state:
            self.state_label.setProperty("state", state)
            self.state_label.style().unpolish(self.state_label)
            self.state_label.style().polish(self.state_label)

    def _show_held(self, held: list[TicketInfo]) -> None:
        if held == self.held_model.rows():
            return
        chosen = self.selected_held()
        self.held_model.set_rows(held)
        ids = [t.id for t in held]
        if held:  # keep the clerk's choice across polls; otherwise the first (oldest) is ready for Enter
            self.held_view.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._update_controls()

    def selected_held(self) -> TicketInfo | None:
        rows = self.held_view.selectionModel().selectedRows()
        if not rows:
            return None
        ticket: TicketInfo = self.held_model.row_at(rows[0].row())
        return ticket

    def _update_controls(self) -> None:
        """Enable what the state allows; a disabled button's tooltip (and its key) says why not."""
        status = self.status
        current = status.current if status is not None else None
        state = current.state if current is not None else None
        need = self._need_current(current)
        min_recalls = self.session.config.queue.no_show_after_recalls
        busy_on = ""
        if current is not None and state == "serving":
            busy_on = self.tr("{0} 已在办理中。").format(current.number)
        no_show = need or busy_on
        if not no_show and current is not None and current.recall_count < min_recalls:
            no_show = self.tr("需重呼满 {0} 次后才能过号（{1} 已重呼 {2} 次，按 F2 重呼）。").format(
                min_recalls, current.number, current.recall_count
            )
        held = self.selected_held()
        resume_held = self._need_window()
        if not resume_held and current is not None:
            resume_held = self.tr("请先办结当前号票 {0}，再恢复挂起的号票。").format(current.number)
        if not resume_held and held is None:
            resume_held = self.tr("请先在列表中选择要恢复的号票。")
        scanned = self.scanned
        why_not: dict[QAbstractButton, str] = {
            self.call_button: self._why_not_call(status),
            self.recall_button: need or busy_on,
            self.start_button: need or busy_on,
            self.finish_button: need,
            self.no_show_button: no_show,
            self.transfer_button: need,
            self.hold_button: need,
            self.scan_call_button: self._why_not_call(status),
            self.resume_held_button: resume_held,
            self.pause_button: self._need_window(),
            self.resume_window_button: self._need_window(),
        }
        tips: dict[QAbstractButton, str] = {
            self.call_button: self.tr("呼叫本窗口下一位等候的办事人"),
            self.recall_button: self.tr("再次呼叫当前号码，大屏重新播报"),
            self.start_button: self.tr("办事人已到窗口，开始计算办理时间"),
            self.finish_button: self.tr("当前号票办结"),
            self.no_show_button: self.tr("办事人未到，按过号处理"),
            self.transfer_button: self.tr("转往其他业务类别或指定窗口，保留原取号时间"),
            self.hold_button: self.tr("办事人暂时离开，先挂起，本窗口可呼叫下一位"),
            self.scan_call_button: self.tr("呼叫扫描到的这张号票"),
            self.resume_held_button: self.tr("恢复所选挂起号票，继续办理（也可双击列表）"),
            self.pause_button: self.tr("暂停本窗口叫号（需填写原因）"),
            self.resume_window_button: self.tr("恢复本窗口叫号"),
        }
        for button, why in why_not.items():
            button.setEnabled(not why and not self._busy)
            button.setToolTip(why or tips[button])
        self._why_not = why_not
        self.scan_call_button.setVisible(scanned is not None and scanned.state == "waiting")

    def _need_window(self) -> str:
        if self.session.window_number is None:
            return self.tr("本机未设置窗口号，不能叫号。请在配置文件 [terminal] 中设置 window。")
        if self.status is None:
            return self.tr("正在读取本窗口的状态，请稍候。")
        return ""

    def _need_current(self, current: TicketInfo | None) -> str:
        return self._need_window() or (
            self.tr("当前没有正在办理的号票，请先叫号（F1）。") if current is None else ""
        )

    def _why_not_call(self, status: WindowStatus | None) -> str:
        why = self._need_window()
        if why or status is None:
            return why
        if status.paused_reason:
            return self.tr("本窗口已暂停服务（{0}），请先点“恢复服务”。").format(status.paused_reason)
        if status.current is not None:
            return self.tr(
                "当前号票 {0} 尚未办结，请先办结（F3）、过号（F4）、转窗（F5）或挂起（F7）。"
            ).format(status.current.number)
        return ""

    def _press(self, button: QAbstractButton) -> None:
        """A function key: the button's action, or why it cannot be done now."""
        if button.isEnabled():
            button.click()
        elif not self._busy and self._why_not.get(button):
            self.message_label.setText(self._why_not[button])

    # -- actions -------------------------------------------------------------------------------------
    def _act(self, busy_text: str, call: Callable[..., object], done: Callable[[Any], None]) -> None:
        """Run ``call(uow, window, staff)`` in the pool, one action at a time, then reload the state."""
        number = self.session.window_number
        if number is None or self._busy:
            return
        self._busy = True
        self.message_label.setText(busy_text)
        self._update_controls()
        run_in_pool(
            call,
            self.session.runtime.uow(),
            number,
            self.session.staff_id,
            on_done=partial(self._acted, done),
            on_error=self._act_failed,
            context=self,
        )

    def _acted(self, done: Callable[[Any], None], result: object) -> None:
        self._busy = False
        done(result)
        self._update_controls()
        self.refresh_status()

    def _act_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message_label.setText(error_text(exc))
        self._update_controls()
        self.refresh_status()  # another terminal may have changed the window: show what is true now

    def call_next(self) -> None:
        if self.call_button.isEnabled():
            self._act(self.tr("正在叫号…"), queue.call_next, self._called)

    def _called(self, ticket: TicketInfo) -> None:
        from yk_desktop.gui.review_pad import ReviewPad

        self.calls_made += 1
        for pad in self.findChildren(ReviewPad):
            if pad.isVisible():
                pad.withdraw_if_untouched()  # the last applicant walked off without rating
        if self.scanned is not None and self.scanned.id == ticket.id:
            self._show_scanned(ticket)
        self._change(current=ticket)
        self.message_label.setText(
            self.tr("已呼叫 {0}，请到 {1} 号窗口").format(ticket.number, ticket.window_number)
        )
        events.hub().announce(ticket)

    def recall(self) -> None:
        if self.recall_button.isEnabled():
            self._act(self.tr("正在重呼…"), serving.recall, self._recalled)

    def _recalled(self, ticket: TicketInfo) -> None:
        self._change(current=ticket)
        self.message_label.setText(
            self.tr("已重呼 {0}（第 {1} 次）").format(ticket.number, ticket.recall_count)
        )
        events.hub().announce(ticket)  # recall_count > 0: the display says 「重呼」

    def start_serving(self) -> None:
        if self.start_button.isEnabled():
            self._act(self.tr("正在处理…"), serving.start_serving, self._started)

    def _started(self, ticket: TicketInfo) -> None:
        self._change(current=ticket)
        self.message_label.setText(self.tr("{0} 开始办理").format(ticket.number))

    def finish(self) -> None:
        if self.finish_button.isEnabled():
            self._act(self.tr("正在办结…"), serving.finish, self._finished)

    def _finished(self, ticket: TicketInfo) -> None:
        self._change(current=None)
        self.message_label.setText(self.tr("{0} 已办结，可呼叫下一位（F1）").format(ticket.number))
        if self.session.config.review.after_finish:
            # 一次一评: the applicant rates the service just finished (a second screen, or a dialog here).
            from yk_desktop.gui.review_pad import ask_for_review

            pad = ask_for_review(self.session, self, ticket_id=ticket.id)
            pad.unavailable.connect(self.message_label.setText)

    def no_show(self) -> None:
        if self.no_show_button.isEnabled():
            min_recalls = self.session.config.queue.no_show_after_recalls
            self._act(
                self.tr("正在处理…"), partial(serving.no_show, min_recalls=min_recalls), self._no_showed
            )

    def _no_showed(self, ticket: TicketInfo) -> None:
        self._change(current=None)
        self.message_label.setText(self.tr("{0} 已按过号处理").format(ticket.number))

    def ask_transfer(self) -> None:
        """F5: read the choices in the pool, then ask (to a category or a named window, and why)."""
        if not self.transfer_button.isEnabled():
            return
        self._busy = True
        self._update_controls()
        run_in_pool(
            load_transfer_choices,
            self.session.runtime,
            on_done=self._open_transfer,
            on_error=self._act_failed,
            context=self,
        )

    def _open_transfer(self, choices: tuple[list[CategoryInfo], list[WindowInfo]]) -> None:
        self._busy = False
        self._update_controls()
        status = self.status
        number = self.session.window_number
        if status is None or status.current is None or number is None:
            return  # finished meanwhile (another key, another terminal)
        categories, windows = choices
        dialog = TransferDialog(status.current, categories, windows, number, self)
        dialog.accepted.connect(lambda: self._transfer(dialog))
        self._open_dialog(dialog)

    def _transfer(self, dialog: TransferDialog) -> None:
        to_category, to_window = dialog.destination()
        where = (
            dialog.category_combo.currentText()
            if to_category is not None
            else dialog.window_combo.currentText()
        )
        self._act(
            self.tr("正在转窗…"),
            partial(
                serving.transfer, to_category=to_category, to_window=to_window, reason=dialog.reason_text()
            ),
            partial(self._transferred, where),
        )

    def _transferred(self, where: str, ticket: TicketInfo) -> None:
        self._change(current=None)
        self.message_label.setText(
            self.tr("{0} 已转往 {1}，按原取号时间重新等候").format(ticket.number, where)
        )

    def ask_hold(self) -> None:
        status = self.status
        if not self.hold_button.isEnabled() or status is None or status.current is None:
            return
        dialog = HoldDialog(status.current, self)
        dialog.accepted.connect(lambda: self._hold(dialog.reason_text()))
        self._open_dialog(dialog)

    def _hold(self, reason: str) -> None:
        self._act(self.tr("正在挂起…"), partial(serving.hold, reason=reason), self._held)

    def _held(self, ticket: TicketInfo) -> None:
        held = [t for t in self.status.held if t.id != ticket.id] if self.status is not None else []
        self._change(current=None, held=[*held, ticket])
        self.message_label.setText(
            self.tr("{0} 已挂起，可呼叫下一位；办事人回来后在“挂起的号票”中恢复").format(ticket.number)
        )

    def resume_selected(self) -> None:
        ticket = self.selected_held()
        if ticket is None or not self.resume_held_button.isEnabled():
            if not self._busy and self._why_not.get(self.resume_held_button):
                self.message_label.setText(self._why_not[self.resume_held_button])
            return
        self._act(self.tr("正在恢复…"), partial(serving.resume, ticket_id=ticket.id), self._resumed)

    def _resumed(self, ticket: TicketInfo) -> None:
        held = [t for t in self.status.held if t.id != ticket.id] if self.status is not None else []
        self._change(current=ticket, held=held)
        self.message_label.setText(self.tr("{0} 已恢复办理").format(ticket.number))

    def ask_pause(self) -> None:
        if not self.pause_button.isEnabled():
            return
        dialog = PauseDialog(self)
        dialog.accepted.connect(lambda: self._pause(dialog.reason_text()))
        self._open_dialog(dialog)

    def _pause(self, reason: str) -> None:
        self._act(self.tr("正在暂停服务…"), partial(serving.pause_window, reason=reason), self._paused)

    def _paused(self, reason: str) -> None:
        self._change(paused_reason=reason)
        self.message_label.setText(self.tr("已暂停服务。恢复后才能继续叫号。"))

    def resume_window(self) -> None:
        if self.resume_window_button.isEnabled():
            self._act(self.tr("正在恢复服务…"), serving.resume_window, self._window_resumed)

    def _window_resumed(self, _result: object) -> None:
        self._change(paused_reason=None)
        self.message_label.setText(self.tr("已恢复服务，可以叫号（F1）"))

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal and not blocking (``open``, not ``exec``); dropped once answered."""
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            hand_back(self)  # the function keys are window shortcuts: this window must be active again

        dialog.finished.connect(finished)
        dialog.open()

    # -- scanned tickets ------------------------------------------------------------------------------
    def open_scan(self, text: str) -> None:
        """A scanned barcode or a typed number: look the ticket up and show it (叫此号 when it waits)."""
        text = text.strip()
        if not text:
            self.message_label.setText(self.tr("请扫描号票条码，或输入号码（如 A015）后按回车。"))
            return
        kind = document_kind(text)
        if kind is not None:
            self.open_document(kind, text)
            return
        if is_appointment_code(text):
            self.open_appointment(text)  # a confirmation slip's barcode, or its code typed
            return
        self._scan_loads.run(
            serving.find_ticket,
            self.session.runtime.uow(),
            text,
            on_done=self._scan_found,
            on_error=self._scan_failed,
            context=self,
        )

    def _scan_typed(self) -> None:
        self.open_scan(self.scan_edit.text())
        self.scan_edit.selectAll()  # the next number typed or scanned into the field replaces this one

    def _scan_found(self, ticket: TicketInfo) -> None:
        self._show_scanned(ticket)
        self.message_label.setText(
            self.tr("{0} 正在等候，可按“叫此号”直接呼叫").format(ticket.number)
            if ticket.state == "waiting"
            else self.tr("已找到号票 {0}").format(ticket.number)
        )

    def _scan_failed(self, exc: BaseException) -> None:
        self.message_label.setText(error_text(exc))

    def _show_scanned(self, ticket: TicketInfo) -> None:
        self.scanned = ticket
        window = (
            self.tr("{0} 号窗口").format(ticket.window_number)
            if ticket.window_number is not None
            else self.tr("未分配窗口")
        )
        self.scan_label.setText(
            self.tr("{0} · {1}\n{2} · 取号 {3:%H:%M} · {4}").format(
                ticket.number,
                ticket.category_name,
                self.state_text(ticket.state),
                _hall_time(ticket.issued_at),
                window,
            )
        )
        self.scan_box.show()
        self._update_controls()

    def call_scanned(self) -> None:
        ticket = self.scanned
        if ticket is None or not self.scan_call_button.isEnabled():
            return
        self._act(self.tr("正在叫号…"), partial(serving.call_ticket, ticket_id=ticket.id), self._called)

    def state_text(self, state: str) -> str:
        names = {
            "waiting": self.tr("等候中"),
            "called": self.tr("已叫号"),
            "serving": self.tr("办理中"),
            "on_hold": self.tr("已挂起"),
            "finished": self.tr("已办结"),
            "no_show": self.tr("已过号"),
            "abandoned": self.tr("已弃号"),
        }
        return names.get(state, state)

    # -- notices, cases and their documents -------------------------------------------------------------

    def _find_item(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.focus_search()

    def _current_ticket_id(self) -> uuid.UUID | None:
        status = self.status
        return status.current.id if status is not None and status.current is not None else None

    def open_notice(self) -> None:
        """F8: the one-time notification for the item selected in 事项查询."""
        from yk_desktop.gui.notice_dialog import NoticeDialog

        index = self.search.current_index()
        if not index.isValid():
            self.message_label.setText(self.tr("请先在“事项查询”中选择要告知的事项（Ctrl+F 查询）。"))
            self._find_item()
            return
        code = self.search.model.item(index.row()).code
        self._open_dialog(
            NoticeDialog(self.session, item_codes=(code,), ticket_id=self._current_ticket_id(), parent=self)
        )

    def pick_bundle(self) -> None:
        """F9: choose a 一件事 and notify its merged materials."""
        from yk_desktop.gui.notice_dialog import BundlePickDialog, NoticeDialog

        dialog = BundlePickDialog(self.session, parent=self)
        dialog.chosen.connect(
            lambda code: self._open_dialog(
                NoticeDialog(self.session, bundle_code=code, ticket_id=self._current_ticket_id(), parent=self)
            )
        )
        self._open_dialog(dialog)

    def open_document(self, kind: str, number: str) -> None:
        """A scanned notice opens for acceptance (what is still missing), a receipt's case number opens the
        case; a correction notice opens its archived copy."""
        from yk_desktop.gui.casedialog import open_case
        from yk_desktop.gui.notice_dialog import AcceptDialog

        if kind == "notice":
            self._open_dialog(AcceptDialog(self.session, number, parent=self))
            return
        if kind == "case":
            dialog = open_case(self, self.session, number)
            if self.case_list is not None:
                dialog.changed.connect(self.case_list.refresh)
            return
        if kind == "agency":
            self.tabs.setCurrentWidget(self.agency_tab)
            self.agency_tab.content().open_number(number)
            return
        if kind == "inquiry":
            self.tabs.setCurrentWidget(self.inquiry_tab)
            self.inquiry_tab.content().open_number(number)
            return
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.content().open_number(number)

    @property
    def case_list(self) -> CaseListPanel | None:
        return self.cases_tab.built

    @property
    def archive(self) -> ArchivePanel | None:
        return self.archive_tab.built


# The tabs' pages, imported when a tab is first opened (and warmed up after the first data): see warmup.py.
def _own_cases(session: Session) -> CaseListPanel:
    from yk_desktop.gui.caselist import CaseListPanel

    return CaseListPanel(session, own_only=True)


def _archive(session: Session) -> ArchivePanel:
    from yk_desktop.gui.archive import ArchivePanel

    return ArchivePanel(session)


def _inquiries(session: Session) -> InquiryPanel:
    from yk_desktop.gui.inquiry_panel import InquiryPanel

    return InquiryPanel(session)


def _agency(session: Session) -> AgencyPanel:
    from yk_desktop.gui.agency_panel import AgencyPanel

    return AgencyPanel(session)


def _appointments(session: Session) -> AppointmentDayPanel:
    from yk_desktop.gui.appointment_day import AppointmentDayPanel

    return AppointmentDayPanel(session)
