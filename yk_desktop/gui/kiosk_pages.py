"""The kiosk's screens and their widgets: the start page with one big button per category and bundle,
the appointment check-in keypad, and the result page with its guard against a double tap.

They only show things and say what was touched; ``gui.kiosk`` loads the data, issues tickets and prints.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import time
from functools import partial

from PySide6.QtCore import QElapsedTimer, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.services.bundles import BundleInfo
from yk_desktop.services.hall import CategoryInfo

# A double tap on a category lands its second touch on the result page just shown: for this long a
# touch there does nothing (the 返回首页 button and the timer still work), so the number stays readable.
TOUCH_GUARD_MS = 1_500


class TouchButton(QPushButton):
    """A plain button at least one fingertip wide, and wider when its text needs it.

    Through the size hints rather than ``setMinimumWidth``: a fixed minimum would also stop the layout
    from giving 36 pt text the width it needs. (The height is the sheet's ``min-height: @touch``.)
    """

    def __init__(self, text: str, touch: int, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.touch = touch

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.touch, self.touch))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(self.touch, self.touch))


def touch_button(text: str, name: str, accessible: str, touch: int) -> TouchButton:
    button = TouchButton(text, touch)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class TicketButton(QAbstractButton):
    """One way to take a number as one big button: its name and how many wait in its category.

    A QAbstractButton, not a QPushButton: its size comes from its labels (at least a fingertip), and the
    program theme's ``QPushButton { min-height }`` would otherwise fix it and clip a long name.
    """

    def __init__(self, title: str, prefix: str, touch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.waiting = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tall enough for three lines of large text; beyond that a portrait screen's space is better left.
        self.setMaximumHeight(3 * touch)
        self.name_label = QLabel(title)
        self.name_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        for label in (self.name_label, self.count_label):
            # The labels only draw; touches go to the button underneath.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addStretch(1)  # name and count stay together in the middle of a tall button
        text.addWidget(self.name_label)
        text.addWidget(self.count_label)
        text.addStretch(1)
        # A horizontal box's strut is a minimum height: the button is a fingertip high even when its text
        # is short, and grows with it when it is not.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addStrut(touch)
        outer.addLayout(text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        # The style sheet draws background and frame, with :pressed, :focus as for any styled widget.
        option = QStyleOption()
        option.initFrom(self)
        if self.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)

    def set_waiting(self, waiting: int, closed: str = "") -> None:
        """Show the count, or ``closed`` (the issuing hours) when the category is not issuing now."""
        self.waiting = waiting
        self.count_label.setText(closed or self.tr("当前等候 {0} 人").format(waiting))
        self.setAccessibleName(self.spoken_name() + "，" + self.count_label.text())

    def spoken_name(self) -> str:
        return self.name_label.text()


class CategoryButton(TicketButton):
    def __init__(self, category: CategoryInfo, touch: int, parent: QWidget | None = None) -> None:
        super().__init__(f"{category.prefix}  {category.name}", category.prefix, touch, parent)
        self.setObjectName("categoryButton")
        self.name_label.setObjectName("categoryName")
        self.count_label.setObjectName("categoryWaiting")
        self.category = category
        self.set_waiting(0)

    def spoken_name(self) -> str:
        return f"{self.category.prefix} {self.category.name}"


class BundleButton(TicketButton):
    """A bundle (一件事) queues in its category, so it shows that category's count."""

    def __init__(self, bundle: BundleInfo, touch: int, parent: QWidget | None = None) -> None:
        super().__init__(bundle.name, bundle.category_prefix, touch, parent)
        self.setObjectName("bundleButton")
        self.name_label.setObjectName("bundleName")
        self.count_label.setObjectName("bundleWaiting")
        self.bundle = bundle
        self.set_waiting(0)

    def spoken_name(self) -> str:
        return self.tr("一件事：{0}").format(self.bundle.name)


class StartPage(QWidget):
    """The first screen: the hall, the prompt, a button per category and per bundle, the priority
    groups when asked for, and the actions (优先取号, 预约签到, 重打上一张, 大字/语音引导)."""

    category_chosen = Signal(str)  # prefix
    bundle_chosen = Signal(str)  # code

    def __init__(self, hall_name: str, touch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touch = touch
        self.large = False
        self.buttons: dict[str, CategoryButton] = {}
        self.bundle_buttons: dict[str, BundleButton] = {}
        self.priority_buttons: list[QPushButton] = []
        self._columns = 0
        title = QLabel(hall_name)
        title.setObjectName("kioskHall")
        self.prompt_label = QLabel(self.tr("请选择您要办理的业务"))
        self.prompt_label.setObjectName("kioskPrompt")
        self.status_label = QLabel()
        self.status_label.setObjectName("kioskStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()  # only when there is something to say: every pixel counts at 800 px
        for label in (title, self.prompt_label, self.status_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.priority_row = QWidget()
        self.priority_row.setObjectName("priorityRow")
        priority_caption = QLabel(self.tr("请选择优先类别（请准备好相关证件）："))
        priority_caption.setObjectName("priorityCaption")
        priority_caption.setWordWrap(True)
        self.priority_layout = QGridLayout()
        self.priority_layout.setSpacing(12)
        rows = QVBoxLayout(self.priority_row)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(priority_caption)
        rows.addLayout(self.priority_layout)
        self.priority_group = QButtonGroup(self)
        self.priority_group.setExclusive(True)
        self.priority_row.hide()

        self.grid = QGridLayout()
        self.bundle_caption = QLabel(self.tr("一件事一次办"))
        self.bundle_caption.setObjectName("kioskSection")
        self.bundle_caption.hide()
        self.bundle_grid = QGridLayout()
        choices = QWidget()
        choices.setObjectName("kioskChoices")
        column = self._choices_column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        for grid in (self.grid, self.bundle_grid):
            grid.setSpacing(12)
        # The priority groups open above the categories, inside the scrolling part: with large text the
        # screen has no room for them and the choices at once.
        column.addWidget(self.priority_row)
        column.addLayout(self.grid)
        column.addWidget(self.bundle_caption)
        column.addLayout(self.bundle_grid)
        column.addStretch(1)
        # Scrolls only when a hall offers more than a small landscape screen holds; a finger drags it.
        self.choices_scroll = QScrollArea()
        self.choices_scroll.setObjectName("kioskScroll")
        self.choices_scroll.setWidgetResizable(True)
        self.choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices_scroll.setWidget(choices)
        QScroller.grabGesture(self.choices_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.priority_toggle = touch_button(
            self.tr("优先取号"), "priorityToggle", self.tr("优先取号（老年人、残疾人、孕妇等）"), touch
        )
        self.priority_toggle.setCheckable(True)
        self.priority_toggle.toggled.connect(self._priority_toggled)
        self.priority_toggle.hide()  # until the hall's priority groups are in (none: no priority option)
        self.checkin_button = touch_button(self.tr("预约签到"), "checkInButton", self.tr("预约签到"), touch)
        self.reprint_button = touch_button(
            self.tr("重打上一张"), "reprintButton", self.tr("重打上一张号票"), touch
        )
        self.reprint_button.setEnabled(False)  # nothing to reprint until a ticket was issued
        self.large_toggle = touch_button(
            self.tr("大字/语音引导"), "largeTextButton", self.tr("大字和语音引导模式"), touch
        )
        self.large_toggle.setCheckable(True)
        for button in (self.priority_toggle, self.checkin_button, self.reprint_button, self.large_toggle):
            button.setParent(self)  # the priority toggle may never join the grid, yet it is in the tab chain
        self.action_grid = QGridLayout()
        self.action_grid.setSpacing(12)
        self.voice_note = QLabel()
        self.voice_note.setObjectName("voiceNote")
        self.voice_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voice_note.setWordWrap(True)
        self.voice_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.choices_scroll, 1)
        layout.addLayout(self.action_grid)
        layout.addWidget(self.voice_note)

    # -- what the hall offers --------------------------------------------------------------------------
    def set_categories(self, categories: list[CategoryInfo]) -> None:
        if [b.category for b in self.buttons.values()] == categories:
            return
        _discard(self.buttons.values())
        self.buttons = {c.prefix: CategoryButton(c, self.touch) for c in categories}
        for prefix, button in self.buttons.items():
            button.clicked.connect(partial(self.category_chosen.emit, prefix))
        self.relayout()

    def set_bundles(self, found: list[BundleInfo]) -> None:
        self.bundle_caption.setVisible(bool(found))
        if [b.bundle for b in self.bundle_buttons.values()] == found:
            return
        _discard(self.bundle_buttons.values())
        self.bundle_buttons = {b.code: BundleButton(b, self.touch) for b in found}
        for code, button in self.bundle_buttons.items():
            button.clicked.connect(partial(self.bundle_chosen.emit, code))
        self.relayout()

    def add_groups(self, groups: list[str]) -> None:
        for name in groups:
            button = touch_button(name, "priorityButton", self.tr("优先类别：{0}").format(name), self.touch)
            button.setCheckable(True)
            self.priority_group.addButton(button)
            self.priority_buttons.append(button)
        if self.priority_buttons:
            self.priority_buttons[0].setChecked(True)
        # A hall without a priority policy shows no priority option.
        self.priority_toggle.setVisible(bool(self.priority_buttons))
        self.relayout()

    def show_waiting(self, counts: dict[str, int], now: time) -> None:
        categories = {prefix: button.category for prefix, button in self.buttons.items()}
        choices: list[TicketButton] = [*self.buttons.values(), *self.bundle_buttons.values()]
        for button in choices:
            category = categories.get(button.prefix)
            closed = ""
            # Said on the button before anyone taps: the service checks the hours again when issuing.
            if category is not None and not category.issue_start <= now <= category.issue_end:
                closed = self.tr("取号时间 {0:%H:%M}–{1:%H:%M}").format(
                    category.issue_start, category.issue_end
                )
            button.set_waiting(counts.get(button.prefix, 0), closed)

    def selected_priority(self) -> str | None:
        if not self.priority_toggle.isChecked():
            return None
        button = self.priority_group.checkedButton()
        return button.text() if button is not None else None

    def _priority_toggled(self, on: bool) -> None:
        self.priority_row.setVisible(on)
        if on:
            self.choices_scroll.verticalScrollBar().setValue(0)

    # -- layout ----------------------------------------------------------------------------------------
    def set_large(self, large: bool) -> None:
        self.large = large
        self.relayout()

    def relayout(self) -> None:
        self._columns = 0
        self.reflow()

    def reflow(self) -> None:
        """Fit the buttons to the width: choices (again only when their column count changes), priority
        groups and actions."""
        width = self.width()
        _place(self.priority_layout, self.priority_buttons, width, 3)
        actions = [self.checkin_button, self.reprint_button, self.large_toggle]
        if self.priority_buttons:
            actions.insert(0, self.priority_toggle)
        _place(self.action_grid, actions, width, 4)
        # Choices wide enough for a category name at 24 pt (36 pt in the large-text mode), 2 to 4 across.
        columns = max(2, min(4, width // (440 if self.large else 300)))
        if columns == self._columns:
            return
        self._columns = columns
        placing: list[tuple[QGridLayout, list[TicketButton]]] = [
            (self.grid, [*self.buttons.values()]),
            (self.bundle_grid, [*self.bundle_buttons.values()]),
        ]
        for grid, placed in placing:
            for button in placed:
                grid.removeWidget(button)
            for n, button in enumerate(placed):
                grid.addWidget(button, n // columns, n % columns)
            for c in range(4):
                grid.setColumnStretch(c, 1 if c < columns else 0)
            # Rows share a tall (portrait) screen's spare height, each up to its maximum; the rest stays below.
            self._choices_column.setStretchFactor(grid, -(-len(placed) // columns))
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab follows the screen: choices in reading order, then the options, then the actions."""
        chain: list[QWidget] = [*self.buttons.values(), *self.bundle_buttons.values(), self.priority_toggle]
        chain += [*self.priority_buttons, self.checkin_button, self.reprint_button, self.large_toggle]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)


def _place(grid: QGridLayout, buttons: Sequence[QPushButton], width: int, most: int) -> None:
    """Buttons in as many equal columns (up to ``most``) as the widest one's text allows in ``width``:
    a button's text does not wrap, and large text must not push the window past the screen."""
    for button in buttons:
        grid.removeWidget(button)
    spacing = max(0, grid.horizontalSpacing())
    widest = max((b.minimumSizeHint().width() for b in buttons), default=1)
    columns = max(1, min(most, (width + spacing) // (widest + spacing)))
    if buttons:
        columns = -(-len(buttons) // -(-len(buttons) // columns))  # balanced: four go 2 + 2, not 3 + 1
    for n, button in enumerate(buttons):
        grid.addWidget(button, n // columns, n % columns)
    for c in range(most):
        grid.setColumnStretch(c, 1 if c < columns else 0)


def _discard(buttons: Iterable[QWidget]) -> None:
    for button in buttons:
        button.hide()
        button.deleteLater()


class CheckInPage(QWidget):
    """预约签到: the code or phone number typed on a big on-screen keypad (a kiosk has no keyboard; a
    scanner that types still works into the line edit)."""

    submitted = Signal(str)
    cancelled = Signal()
    touched = Signal()  # any key: the panel's idle timer starts over

    def __init__(self, touch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPage")
        title = QLabel(self.tr("预约签到"))
        title.setObjectName("kioskHall")
        prompt = QLabel(self.tr("请输入预约码或预约手机号"))
        prompt.setObjectName("kioskPrompt")
        prompt.setWordWrap(True)
        for label in (title, prompt):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry = QLineEdit()
        self.entry.setObjectName("checkInEntry")
        self.entry.setAccessibleName(self.tr("预约码或手机号"))
        self.entry.setMaxLength(32)  # a code or a phone number; a misfired scanner sends more
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMinimumHeight(touch)
        self.entry.returnPressed.connect(self.submit)
        self.entry.textEdited.connect(self.touched)
        self.message = QLabel()
        self.message.setObjectName("checkInMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()

        self.keys: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(12)
        for n, digit in enumerate("123456789"):
            pad.addWidget(self._key(digit, self.tr("数字 {0}").format(digit), touch), n // 3, n % 3)
        self.clear_key = self._key(self.tr("清空"), self.tr("清空输入"), touch)
        self.delete_key = self._key(self.tr("删除"), self.tr("删除一位"), touch)
        pad.addWidget(self.clear_key, 3, 0)
        pad.addWidget(self._key("0", self.tr("数字 0"), touch), 3, 1)
        pad.addWidget(self.delete_key, 3, 2)
        for digit, key in self.keys.items():
            key.clicked.connect(partial(self._type, digit))
        self.clear_key.clicked.connect(self._clear)
        self.delete_key.clicked.connect(self._delete)
        for column in range(3):
            pad.setColumnStretch(column, 1)
        pad_box = QWidget()
        pad_box.setObjectName("keypad")
        pad_box.setLayout(pad)
        pad_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        pad_box.setMaximumHeight(4 * 2 * touch + 3 * 12)  # the keys' own cap: no gaps between rows

        self.ok_button = touch_button(self.tr("确定"), "checkInOk", self.tr("确定签到"), touch)
        self.ok_button.clicked.connect(self.submit)
        self.back_button = touch_button(self.tr("返回"), "checkInBack", self.tr("返回首页"), touch)
        self.back_button.clicked.connect(self.cancelled)
        self._actions = QWidget()
        actions = QHBoxLayout(self._actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(24)
        actions.addWidget(self.back_button, 1)
        actions.addWidget(self.ok_button, 2)
        self._form = QWidget()
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)
        form.addStretch(1)
        for widget in (title, prompt, self.entry, self.message):
            form.addWidget(widget)
        form.addStretch(1)
        self._pad = pad_box
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(24)
        # Landscape until told otherwise: stacked, the page would need 800 px, more than a small screen has.
        self._landscape: bool | None = None
        self.set_landscape(True)
        chain: list[QWidget] = [self.entry, *[self.keys[d] for d in "123456789"], self.clear_key]
        chain += [self.keys["0"], self.delete_key, self.ok_button, self.back_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def set_landscape(self, landscape: bool) -> None:
        """The keypad beside the form on a landscape screen, below it (above 确定) on a portrait one.

        Decided by the panel from its own size, because this page's minimum size depends on it.
        """
        if landscape == self._landscape:
            return
        self._landscape = landscape
        grid = self._grid
        for widget in (self._form, self._actions, self._pad):
            grid.removeWidget(widget)
        if landscape:
            grid.addWidget(self._form, 0, 0)
            grid.addWidget(self._actions, 1, 0)
            grid.addWidget(self._pad, 0, 1, 2, 1)
            stretches = ((0, 1), (1, 0), (2, 0)), ((0, 3), (1, 4))
        else:
            grid.addWidget(self._form, 0, 0)
            grid.addWidget(self._pad, 1, 0)
            grid.addWidget(self._actions, 2, 0)
            stretches = ((0, 1), (1, 3), (2, 0)), ((0, 1), (1, 0))
        rows, columns = stretches
        for row, stretch in rows:
            grid.setRowStretch(row, stretch)
        for column, stretch in columns:
            grid.setColumnStretch(column, stretch)

    def _key(self, text: str, accessible: str, touch: int) -> QPushButton:
        key = touch_button(text, "keypadKey", accessible, touch)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        key.setMaximumHeight(2 * touch)  # on a portrait screen; taller keys only look like panels
        # Tab reaches the keys, a touch does not take the focus: the line edit keeps its cursor.
        key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if len(text) == 1:
            self.keys[text] = key
        return key

    def _type(self, digit: str) -> None:
        self.entry.insert(digit)
        self.touched.emit()

    def _delete(self) -> None:
        self.entry.backspace()
        self.touched.emit()

    def _clear(self) -> None:
        self.entry.clear()
        self.touched.emit()

    def submit(self) -> None:
        self.touched.emit()
        self.submitted.emit(self.entry.text())

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("正在查询…") if busy else self.tr("确定"))

    def reset(self) -> None:
        self.entry.clear()
        self.show_error("")
        self.set_busy(False)


class TouchPage(QWidget):
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


class ResultPage(TouchPage):
    """The number just taken, what it is for and how long the wait is, whether it printed; or why no
    number could be taken."""

    def __init__(self, on_touch: Callable[[], object], touch: int) -> None:
        super().__init__(on_touch)
        self.setObjectName("kioskResult")
        self.caption = QLabel(self.tr("您的号码"))
        self.caption.setObjectName("resultCaption")
        self.number = QLabel()
        self.number.setObjectName("resultNumber")
        self.number.setAccessibleName(self.tr("您的号码"))
        self.detail = QLabel()
        self.detail.setObjectName("resultDetail")
        self.print_label = QLabel()
        self.print_label.setObjectName("resultPrint")
        self.hint = QLabel(self.tr("请在休息区等候，注意呼叫及大屏显示信息"))
        self.hint.setObjectName("resultHint")
        self.back_button = touch_button(self.tr("返回首页"), "backButton", self.tr("返回首页"), touch)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.caption, self.number, self.detail, self.print_label, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(label is not self.number)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_ticket(self, number: str, lines: list[str]) -> None:
        self.setProperty("state", "ok")
        self.caption.setText(self.tr("您的号码"))
        self.number.setText(number)
        self.number.show()
        self.detail.setText("\n".join(lines))
        self.set_print(self.tr("正在打印号票，请稍候…"), "")
        self.hint.setText(self.tr("请在休息区等候，注意呼叫及大屏显示信息"))
        self._repolish()

    def show_failure(self, caption: str, text: str) -> None:
        self.setProperty("state", "error")
        self.caption.setText(caption)
        self.number.setText("")
        self.number.hide()  # no number: the message moves up where the eye is
        self.detail.setText(text)
        self.set_print("", "")
        self.hint.setText(self.tr("如需帮助，请咨询大厅导服台工作人员"))
        self._repolish()

    def set_print(self, text: str, state: str) -> None:
        """How printing went: "" while it runs, "ok" or "error" (the QSS colours)."""
        self.print_label.setText(text)
        self.print_label.setVisible(bool(text))
        self.print_label.setProperty("state", state)
        _repolish(self.print_label)

    def showing(self, number: str) -> bool:
        return self.isVisible() and self.number.text() == number

    def _repolish(self) -> None:
        _repolish(self, *self.findChildren(QLabel))


def _repolish(*widgets: QWidget) -> None:
    # A dynamic property picks the QSS colours; Qt only re-reads it on a fresh polish.
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
