"""The self-service ticket machine (取号机): big touch buttons, one per category, and a priority option.

After a ticket is issued a large result page shows the number and how many are waiting ahead, then
returns to the start by itself (10 s) or on a touch (after 1.5 s, so a double tap does not throw the
number away), ready for the next person. Printing the ticket
comes with the printing issue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.panel import REFRESH_MS, ModePanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import hall, queue
from yk_desktop.services.errors import IssuingClosed
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.queue import TicketInfo

log = logging.getLogger(__name__)

# The result stays long enough to read and photograph, short enough that the next person finds the start.
RESULT_MS = 10_000
# A double tap on a category lands its second touch on the result page just shown: for this long a
# touch there does nothing (the 返回首页 button and the timer still work), so the number stays readable.
TOUCH_GUARD_MS = 1_500
# Touch targets: a finger needs ≥ 120 px height at arm's length; text ≥ 24 pt is readable standing.
BUTTON_MIN_HEIGHT = 120


class CategoryButton(QPushButton):
    """A category as one big button: name and prefix, and how many are waiting."""

    def __init__(self, category: CategoryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryButton")
        self.category = category
        self.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.name_label = QLabel(f"{category.prefix}  {category.name}")
        self.name_label.setObjectName("categoryName")
        self.name_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("categoryWaiting")
        for label in (self.name_label, self.count_label):
            # The labels only draw; touches go to the button underneath.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.count_label)
        self.set_waiting(0)

    def set_waiting(self, waiting: int) -> None:
        self.waiting = waiting
        self.count_label.setText(self.tr("当前等候 {0} 人").format(waiting))
        self.setAccessibleName(
            self.tr("{0} {1}，当前等候 {2} 人").format(self.category.prefix, self.category.name, waiting)
        )


class KioskPanel(ModePanel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("KioskPanel")
        self.buttons: dict[str, CategoryButton] = {}
        self.priority_buttons: list[QPushButton] = []
        self.last_ticket: TicketInfo | None = None
        self._busy = False
        self._waiting_loads = LatestOnly()
        self._category_loads = LatestOnly()
        self._group_loads = LatestOnly()
        self._groups_loaded = False

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start())
        self.pages.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)

        self._back_timer = QTimer(self)
        self._back_timer.setSingleShot(True)
        self._back_timer.setInterval(RESULT_MS)
        self._back_timer.timeout.connect(self.show_start)

        self.expect("categories", "groups")
        self.follow(self.load_categories, self._category_loads, lambda: bool(self.buttons))
        self.load_groups()
        # Each poll skips its tick while its last query is still running (a slow database gets one at a
        # time); priority groups, like categories (``follow``), are retried until they first arrive.
        self.every(REFRESH_MS, self.refresh_waiting, skip_while=self._waiting_loads)
        self.every(REFRESH_MS, self._retry_groups, skip_while=self._group_loads)

    # -- start page ------------------------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.session.hall_name)
        title.setObjectName("kioskHall")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        prompt = QLabel(self.tr("请选择您要办理的业务"))
        prompt.setObjectName("kioskPrompt")
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel()
        self.status_label.setObjectName("kioskStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.hide()  # only when there is something to say: every pixel counts at 800 px
        self.grid = QGridLayout()
        self.grid.setSpacing(12)

        self.priority_toggle = QPushButton(self.tr("优先取号（老年人、残疾人、孕妇等）"))
        self.priority_toggle.setObjectName("priorityToggle")
        self.priority_toggle.setCheckable(True)
        self.priority_toggle.setAccessibleName(self.tr("优先取号"))
        self.priority_toggle.setMinimumHeight(56)
        self.priority_toggle.toggled.connect(self._priority_toggled)
        self.priority_toggle.hide()  # until the hall's priority groups are in (none: no priority option)
        self.priority_row = QWidget()
        self.priority_row.setObjectName("priorityRow")
        self.priority_layout = QHBoxLayout(self.priority_row)
        self.priority_layout.setContentsMargins(0, 0, 0, 0)
        self.priority_group = QButtonGroup(self)
        self.priority_group.setExclusive(True)
        self.priority_row.hide()

        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(prompt)
        layout.addWidget(self.status_label)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.priority_toggle)
        layout.addWidget(self.priority_row)
        return page

    def load_categories(self) -> None:
        self._category_loads.run(
            hall.list_categories,
            self.session.runtime.uow(),
            on_done=self._show_categories,
            on_error=self._categories_failed,
            context=self,
        )

    def load_groups(self) -> None:
        self._group_loads.run(
            hall.list_priority_groups,
            self.session.runtime.uow(),
            on_done=self._show_groups,
            on_error=self._groups_failed,
            context=self,
        )

    def _retry_groups(self) -> None:
        if not self._groups_loaded:
            self.load_groups()

    def _show_categories(self, categories: list[CategoryInfo]) -> None:
        if [b.category for b in self.buttons.values()] != categories:
            self._place_buttons(categories)
        self._status("" if categories else self.tr("暂无可取号的业务，请咨询大厅工作人员。"))
        if not self._waiting_loads.busy:  # a count load on its way fills the buttons there are by then
            self.refresh_waiting()
        self.arrived("categories")

    def _place_buttons(self, categories: list[CategoryInfo]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        # Two wide columns read best; from seven categories on, three keep every button on a 800 px screen.
        columns = 2 if len(categories) <= 6 else 3
        previous: QWidget = self.priority_toggle
        for n, category in enumerate(categories):
            button = CategoryButton(category)
            button.clicked.connect(partial(self.issue, category.prefix))
            self.grid.addWidget(button, n // columns, n % columns)
            self.buttons[category.prefix] = button
            self.setTabOrder(previous, button)
            previous = button

    def _show_groups(self, groups: list[str]) -> None:
        if self._groups_loaded:
            return  # a retry answered after all; the buttons are there
        self._groups_loaded = True
        for name in groups:
            button = QPushButton(name)
            button.setObjectName("priorityButton")
            button.setCheckable(True)
            button.setMinimumHeight(56)
            button.setAccessibleName(self.tr("优先类别：{0}").format(name))
            self.priority_group.addButton(button)
            self.priority_layout.addWidget(button)
            self.priority_buttons.append(button)
        if self.priority_buttons:
            self.priority_buttons[0].setChecked(True)
        # A hall without a priority policy shows no priority option.
        self.priority_toggle.setVisible(bool(self.priority_buttons))
        self.arrived("groups")

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _categories_failed(self, exc: BaseException) -> None:
        if not self.buttons:
            # Only while there is nothing to offer: a failed minute-reload keeps the buttons as they are.
            self._status(error_text(exc))
        self.arrived("categories")

    def _groups_failed(self, exc: BaseException) -> None:
        # Tickets can still be taken without the priority option; it appears once a retry gets the groups.
        log.warning("priority groups not loaded, retrying", exc_info=exc)
        self.arrived("groups")

    def _priority_toggled(self, on: bool) -> None:
        self.priority_row.setVisible(on)

    def selected_priority(self) -> str | None:
        if not self.priority_toggle.isChecked():
            return None
        button = self.priority_group.checkedButton()
        return button.text() if button is not None else None

    def refresh_waiting(self) -> None:
        if self.buttons:
            self._waiting_loads.run(
                queue.waiting_counts,
                self.session.runtime.uow(),
                on_done=self._show_waiting,
                on_error=_keep_shown,
                context=self,
            )

    def _show_waiting(self, counts: dict[str, int]) -> None:
        for prefix, button in self.buttons.items():
            button.set_waiting(counts.get(prefix, 0))

    # -- issuing and the result page -------------------------------------------------------------------
    def issue(self, prefix: str) -> None:
        if self._busy:
            return  # a double tap must not take two numbers
        self._busy = True
        run_in_pool(
            partial(queue.issue_ticket, priority_group=self.selected_priority()),
            self.session.runtime.uow(),
            prefix,
            on_done=self._issued,
            on_error=self._issue_failed,
            context=self,
        )

    def _build_result(self) -> QWidget:
        page = _TouchPage(self.show_start)
        page.setObjectName("kioskResult")
        self.result_page = page
        self.result_caption = QLabel(self.tr("您的号码"))
        self.result_caption.setObjectName("resultCaption")
        self.result_number = QLabel()
        self.result_number.setObjectName("resultNumber")
        self.result_number.setAccessibleName(self.tr("您的号码"))
        self.result_detail = QLabel()
        self.result_detail.setObjectName("resultDetail")
        self.result_detail.setWordWrap(True)
        self.result_hint = QLabel(self.tr("请在休息区等候，注意呼叫及大屏显示信息"))
        self.result_hint.setObjectName("resultHint")
        self.result_hint.setWordWrap(True)
        self.back_button = QPushButton(self.tr("返回首页"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("返回首页"))
        self.back_button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.back_button.clicked.connect(self.show_start)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (self.result_caption, self.result_number, self.result_detail, self.result_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _issued(self, ticket: TicketInfo) -> None:
        self._busy = False
        self.last_ticket = ticket
        self.result_page.setProperty("state", "ok")
        self.result_caption.setText(self.tr("您的号码"))
        self.result_number.setText(ticket.number)
        self.result_number.show()
        lines = [ticket.category_name]
        if ticket.priority:
            lines.append(self.tr("优先服务：{0}").format(ticket.priority_group or ""))
        lines.append(self.tr("前面还有 {0} 人等待").format(ticket.waiting_before))
        self.result_detail.setText("\n".join(lines))
        self.result_hint.setText(self.tr("请在休息区等候，注意呼叫及大屏显示信息"))
        self._show_result()
        self.refresh_waiting()

    def _issue_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.result_page.setProperty("state", "error")
        closed = isinstance(exc, IssuingClosed)
        self.result_caption.setText(self.tr("暂时不能取号") if closed else self.tr("取号未成功"))
        self.result_number.setText("")
        self.result_number.hide()  # no number: the message moves up where the eye is
        self.result_detail.setText(error_text(exc))
        self.result_hint.setText(self.tr("如需帮助，请咨询大厅导服台工作人员"))
        self._show_result()

    def _show_result(self) -> None:
        page = self.result_page
        # The state property picks the QSS colours; re-polish the page and its labels so the change shows.
        for widget in (page, *page.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.pages.setCurrentIndex(1)
        self.back_button.setFocus()
        self.result_page.arm()
        self._back_timer.start()

    def show_start(self) -> None:
        self._back_timer.stop()
        self.pages.setCurrentIndex(0)
        self.priority_toggle.setChecked(False)

    def shutdown(self) -> None:
        self._back_timer.stop()
        super().shutdown()


def _keep_shown(_exc: BaseException) -> None:
    """A failed count poll: stale counts beat an error on a kiosk."""


class _TouchPage(QWidget):
    """A page that goes back on any touch, as people expect of a kiosk, except just after it was shown."""

    def __init__(self, on_touch: Callable[[], object]) -> None:
        super().__init__()
        self._on_touch = on_touch
        self._shown = QElapsedTimer()
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the QSS state colours

    def arm(self) -> None:
        """The page has just been shown: start the time in which touches are ignored."""
        self._shown.start()

    def accepts_touch(self) -> bool:
        return not self._shown.isValid() or self._shown.elapsed() >= TOUCH_GUARD_MS

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.accepts_touch():
            self._on_touch()
        event.accept()
