"""The applicant's rating pad (好差评 评价器): five large buttons, optional details, thanks, gone.

After a ticket or case is finished the applicant rates it once (一次一评). On a PC with a second screen
facing the applicant the pad fills that screen and the clerk works on; without one it is a dialog on the
clerk's screen, turned to the applicant, that holds the clerk's window until it closes. Choosing a level
shows the optional sub-indicators (服务效率, 服务水平, 服务态度) and, for 不满意 / 非常不满意, the reasons, a
line for the applicant's own words and a phone number for the call-back. The rating is saved on the worker
pool; a 差评 opens its follow-up in the manager's ledger there. Left alone, the pad gives up before a level
is chosen (the applicant walked away; a later rating is still possible) and submits after one is.

Only a finger or a mouse rates. The clerk's keyboard is never the applicant's: on the second screen the pad
shows without taking the keyboard (the clerk's function keys and a scanner's closing Enter stay with the
clerk's window), its buttons never take the focus nor act on a key, and a level is taken only from a press
on its button. Only when the applicant taps one of the text fields does the pad take the keyboard, until
the details page is left. When the pad closes, the clerk's window is made active again.

``ask_for_review(session, parent, ticket_id=..., case_no=...)`` is what the clerk panel calls after F3 and the
case dialog after 办结.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import reviews
from yk_desktop.services.reviews import Rating, ReviewInfo, ReviewTarget
from yk_desktop.store.models.feedback import ReviewChannel

# lupdate knows this alias; the words below are found by ``translate("review_pad", "…")``.
translate = QCoreApplication.translate
# An applicant who walks away without choosing leaves the pad for the next one after this long.
IDLE_MS = 60_000
# The thank-you stays this long, then the pad closes itself.
THANKS_MS = 4_000
LEVEL_ORDER = (5, 4, 3, 2, 1)
# Colours from happy to unhappy; dark text on the light ones, white on the dark (contrast ≥ 4.5:1).
LEVEL_COLOURS = {
    5: ("#1c7c3a", "#ffffff"),
    4: ("#3d7f22", "#ffffff"),
    3: ("#e7c64b", "#1d2733"),
    2: ("#e08a2c", "#1d2733"),
    1: ("#c0261b", "#ffffff"),
}
_STYLE = """
QLabel#padTitle { font-size: 26pt; font-weight: bold; color: #1f4e99; }
QLabel#padSubject { font-size: 16pt; color: #33404f; }
QLabel#padThanks { font-size: 30pt; font-weight: bold; color: #1c7c3a; }
QLabel#padHint { font-size: 14pt; color: #33404f; }
QLabel#padError { font-size: 14pt; font-weight: bold; color: #c0261b; }
QPushButton#levelButton { font-size: 22pt; font-weight: bold; border-radius: 14px; min-height: 150px;
    min-width: 150px; }
QPushButton#reasonButton, QPushButton#subButton { font-size: 14pt; min-height: 44px; border-radius: 8px;
    background: white; color: #1d2733; border: 1px solid #9fb0c6; }
QPushButton#reasonButton:checked, QPushButton#subButton:checked { background: #1f5fbf; color: white; }
QPushButton#submitButton { font-size: 18pt; font-weight: bold; min-height: 60px; background: #1f5fbf;
    color: white; border-radius: 10px; }
QPushButton#backButton { font-size: 14pt; min-height: 60px; }
QLineEdit { font-size: 14pt; }
"""

S = TypeVar("S")


def pick_applicant_screen(screens: Sequence[S], clerk_screen: S | None) -> S | None:
    """The screen facing the applicant: any screen but the clerk's, when there are two or more."""
    if len(screens) < 2:
        return None
    others = [s for s in screens if s != clerk_screen]
    return others[0] if others else None


class PadButton(QPushButton):
    """A button of the pad that only a finger or a mouse presses.

    The keyboard on the desk is the clerk's: a scanner's closing Enter, a function key meant for the clerk's
    window or a stray Space must never rate a service. So the button never takes the focus, is never a
    dialog's default button (Enter), ignores keys, and says whether the click it just gave came from a press
    on it (``by_pointer``: a touch arrives as a synthesized mouse press).
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setDefault(False)
        self.by_pointer = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.by_pointer = True
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        try:
            super().mouseReleaseEvent(event)  # ``clicked`` is emitted in here, while ``by_pointer`` holds
        finally:
            self.by_pointer = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # not even Space: the clerk's keys are not the applicant's touch

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()


class ReviewPad(QDialog):
    """One rating of one service. ``rated`` carries the saved ``ReviewInfo``; ``unavailable`` the reason
    the service could not be rated (already rated, not finished), for the clerk's message line."""

    rated = Signal(object)
    unavailable = Signal(str)

    def __init__(
        self,
        session: Session,
        *,
        ticket_id: uuid.UUID | None = None,
        case_no: str | None = None,
        channel: str = ReviewChannel.DIALOG.value,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewPad")
        self.setWindowTitle(self.tr("服务评价"))
        self.setStyleSheet(_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 640)
        self.session = session
        self.ticket_id = ticket_id
        self.case_no = case_no
        self.channel = channel
        self.target: ReviewTarget | None = None
        self.level: int | None = None
        # The level came from a press on its button: only such a level is ever submitted by the idle timer.
        self.level_touched = False
        self.saved: ReviewInfo | None = None
        self.busy = False
        self.idle_ms = IDLE_MS
        self.thanks_ms = THANKS_MS
        # How to show the pad once the service is known to be rateable (``ask_for_review`` picks the screen).
        self.reveal: Callable[[], None] = self.show
        # The window the clerk works in: made active again when the pad closes (some window managers, and
        # the offscreen platform, activate nothing, and the clerk's F1 would stay dead).
        self.clerk_window: QWidget | None = parent.window() if parent is not None else None
        self.revealed = False
        # On the applicant's screen: the applicant tapped a text field, and the pad has the keyboard for now.
        self.typing = False

        self.pages = QStackedWidget()
        self.loading_page = self._message_page(self.tr("正在准备评价…"))
        self.levels_page = self._build_levels()
        self.details_page = self._build_details()
        self.thanks_page = self._build_thanks()
        for page in (self.loading_page, self.levels_page, self.details_page, self.thanks_page):
            self.pages.addWidget(page)
        self.error_label = QLabel()
        self.error_label.setObjectName("padError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("提示信息"))
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)

        # One timer: before a level is chosen it gives up, afterwards it submits; the thanks page closes.
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._timed_out)
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._load()

    # -- building ------------------------------------------------------------------------------------
    def _message_page(self, text: str) -> QWidget:
        page = QWidget()
        label = QLabel(text)
        label.setObjectName("padHint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(page).addWidget(label)
        return page

    def _build_levels(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("请您对本次服务进行评价"))
        title.setObjectName("padTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("padSubject")
        self.subject_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subject_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.level_buttons: dict[int, PadButton] = {}
        for level in LEVEL_ORDER:
            name = level_text(level)
            button = PadButton(name)
            button.setObjectName("levelButton")
            button.setAccessibleName(name)
            bg, fg = LEVEL_COLOURS[level]
            button.setStyleSheet(f"background: {bg}; color: {fg};")
            button.clicked.connect(partial(self._level_pressed, button, level))
            self.level_buttons[level] = button
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.subject_label)
        layout.addSpacing(30)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _build_details(self) -> QWidget:
        page = QWidget()
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("padTitle")
        self.chosen_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("以下内容可选填，直接点“提交评价”即可"))
        hint.setObjectName("padHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subs = QGridLayout()
        self.sub_groups: dict[str, QButtonGroup] = {}
        for row, key in enumerate(reviews.SUB_INDICATORS):
            caption = QLabel(sub_text(key))
            caption.setObjectName("padHint")
            subs.addWidget(caption, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(False)  # a second tap on the chosen word takes it back
            for column, level in enumerate(LEVEL_ORDER, start=1):
                button = PadButton(level_text(level))
                button.setObjectName("subButton")
                button.setCheckable(True)
                button.setAccessibleName(self.tr("{0}：{1}").format(sub_text(key), level_text(level)))
                group.addButton(button, level)
                subs.addWidget(button, row, column)
            group.idToggled.connect(partial(self._one_sub_level, group))
            self.sub_groups[key] = group
        self.bad_box = QWidget()
        reasons_caption = QLabel(self.tr("不满意的原因（可多选）"))
        reasons_caption.setObjectName("padHint")
        grid = QGridLayout()
        self.reason_buttons: dict[str, PadButton] = {}
        for n, reason in enumerate(reviews.REASONS):
            button = PadButton(reason_text(reason))
            button.setObjectName("reasonButton")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("原因：{0}").format(reason_text(reason)))
            self.reason_buttons[reason] = button
            grid.addWidget(button, n // 4, n % 4)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("请写下您的意见（选填；选“其他”时请填写）"))
        self.comment_edit.setAccessibleName(self.tr("评价意见"))
        self.comment_edit.setMaxLength(reviews.COMMENT_MAX)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("留下联系电话，便于我们回访（选填）"))
        self.phone_edit.setAccessibleName(self.tr("联系电话"))
        self.phone_edit.setMaxLength(40)
        for edit in (self.comment_edit, self.phone_edit):
            edit.textEdited.connect(lambda _text: self.error_label.hide())  # the fix is under way
        bad = QVBoxLayout(self.bad_box)
        bad.setContentsMargins(0, 0, 0, 0)
        bad.addWidget(reasons_caption)
        bad.addLayout(grid)
        bad.addWidget(self.comment_edit)
        bad.addWidget(self.phone_edit)
        self.submit_button = PadButton(self.tr("提交评价"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setAccessibleName(self.tr("提交评价"))
        self.submit_button.clicked.connect(self.submit)
        self.back_button = PadButton(self.tr("重新选择"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("返回重新选择满意程度"))
        self.back_button.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button, 1)
        buttons.addWidget(self.submit_button, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.chosen_label)
        layout.addWidget(hint)
        layout.addLayout(subs)
        layout.addWidget(self.bad_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        self.thanks_label = QLabel(self.tr("感谢您的评价！"))
        self.thanks_label.setObjectName("padThanks")
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_note = QLabel()
        self.thanks_note.setObjectName("padHint")
        self.thanks_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks_label)
        layout.addWidget(self.thanks_note)
        layout.addStretch(1)
        return page

    # -- flow ----------------------------------------------------------------------------------------
    def _load(self) -> None:
        self.pages.setCurrentWidget(self.loading_page)
        run_in_pool(
            partial(reviews.review_target, ticket_id=self.ticket_id, case_no=self.case_no),
            self.session.runtime.uow(),
            on_done=self._loaded,
            on_error=lambda exc: self._give_up(error_text(exc)),
            context=self,
        )

    def _loaded(self, target: ReviewTarget) -> None:
        self.target = target
        if not target.rateable:
            self._give_up(target.why_not)
            return
        parts = [self.tr("{0} 号窗口").format(target.window_number)] if target.window_number else []
        if target.staff_name:
            parts.append(self.tr("工作人员 {0}").format(target.staff_name))
        parts.append(f"{target.subject_no} {target.what}".strip())
        self.subject_label.setText(" · ".join(parts))
        self.pages.setCurrentWidget(self.levels_page)
        if not self.isVisible():
            self.revealed = True
            self.reveal()
        # No button takes the focus: a key (the clerk's, a scanner's Enter) must never choose a level.
        self._restart_idle()

    def _give_up(self, why: str) -> None:
        """Not rateable: nothing for the applicant to do; the clerk learns why through ``unavailable``."""
        self.unavailable.emit(why)
        self.close()
        self.deleteLater()  # never shown, so closing alone would not delete it

    def _level_pressed(self, button: PadButton, level: int) -> None:
        # A click that no press on the button gave (a key, an accessibility action) rates nothing.
        if button.by_pointer:
            self.choose(level, touched=True)

    def choose(self, level: int, *, touched: bool = False) -> None:
        """Show the details for ``level``; only a level ``touched`` on its button is submitted when left alone."""
        self.level = level
        self.level_touched = touched
        self.error_label.hide()
        bg, fg = LEVEL_COLOURS[level]
        self.chosen_label.setText(self.tr("您的评价：{0}").format(level_text(level)))
        self.chosen_label.setStyleSheet(f"color: {bg if fg == '#ffffff' else '#1d2733'};")
        self.bad_box.setVisible(reviews.is_bad(level))
        if not reviews.is_bad(level):
            for button in self.reason_buttons.values():
                button.setChecked(False)
        self.pages.setCurrentWidget(self.details_page)
        self._restart_idle()

    def back(self) -> None:
        self.level = None
        self.level_touched = False
        self._stop_typing()
        self.error_label.hide()
        self.pages.setCurrentWidget(self.levels_page)
        self._restart_idle()

    def rating(self) -> Rating:
        assert self.level is not None
        subs = {key: group.checkedId() for key, group in self.sub_groups.items()}
        return Rating(
            self.level,
            efficiency=subs["efficiency"] if subs["efficiency"] > 0 else None,
            skill=subs["skill"] if subs["skill"] > 0 else None,
            attitude=subs["attitude"] if subs["attitude"] > 0 else None,
            reasons=tuple(r for r, b in self.reason_buttons.items() if b.isChecked())
            if reviews.is_bad(self.level)
            else (),
            comment=self.comment_edit.text() if reviews.is_bad(self.level) else "",
            contact_phone=self.phone_edit.text() if reviews.is_bad(self.level) else "",
        )

    def submit(self) -> None:
        if self.busy or self.level is None:
            return
        self.busy = True
        self.idle.stop()
        self._stop_typing()
        self.submit_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.error_label.hide()
        run_in_pool(
            partial(
                reviews.rate,
                rating=self.rating(),
                ticket_id=self.ticket_id,
                case_no=self.case_no,
                channel=self.channel,
            ),
            self.session.runtime.uow(),
            on_done=self._saved,
            on_error=self._failed,
            context=self,
        )

    def _saved(self, info: ReviewInfo) -> None:
        self.busy = False
        self.saved = info
        self.thanks_note.setText(
            self.tr("我们将尽快核实并改进，必要时与您联系。") if info.bad else self.tr("欢迎您再次光临。")
        )
        self.pages.setCurrentWidget(self.thanks_page)
        self.rated.emit(info)
        self.idle.start(self.thanks_ms)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.submit_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self._restart_idle()

    def _timed_out(self) -> None:
        page = self.pages.currentWidget()
        if page is self.details_page and not self.busy and self.error_label.isHidden() and self.level_touched:
            self.submit()  # the applicant touched a level and walked off: that choice is their rating
        elif page in (self.levels_page, self.details_page) and not self.busy:
            # Walked off before choosing, or left a refused entry uncorrected: the pad is free for the next.
            self.close()
        elif self.pages.currentWidget() is self.thanks_page:
            self.accept()

    def withdraw_if_untouched(self) -> bool:
        """The clerk called the next applicant: a pad nobody chose a level on goes, so the next person
        cannot rate the last one's service. A level already touched is left to be submitted."""
        if self.busy or self.level_touched or self.pages.currentWidget() is self.thanks_page:
            return False
        self.close()
        return True

    def _restart_idle(self) -> None:
        if self.pages.currentWidget() in (self.levels_page, self.details_page) and not self.busy:
            self.idle.start(self.idle_ms)

    def _one_sub_level(self, group: QButtonGroup, level: int, checked: bool) -> None:
        # Exclusive by hand: Qt's exclusive groups cannot be emptied again by a tap.
        if checked:
            for button in group.buttons():
                if group.id(button) != level and button.isChecked():
                    button.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            self._restart_idle()
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and watched in (self.comment_edit, self.phone_edit)
            and self.channel == ReviewChannel.SCREEN
        ):
            assert isinstance(watched, QLineEdit)
            self._start_typing(watched)
        return super().eventFilter(watched, event)

    # -- the keyboard --------------------------------------------------------------------------------
    def _start_typing(self, edit: QLineEdit) -> None:
        """On the applicant's screen: a tap into a text field means the applicant wants to type, so the pad
        takes the keyboard (the clerk's keys wait) until the details page is left."""
        handle = self.windowHandle()
        if handle is None or self.typing:
            return
        self.typing = True
        handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self.activateWindow()
        edit.setFocus(Qt.FocusReason.MouseFocusReason)

    def _stop_typing(self) -> None:
        """Back to showing only: the keyboard returns to the clerk's window."""
        if not self.typing:
            return
        self.typing = False
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self._hand_back()

    def _hand_back(self) -> None:
        """Make the clerk's window active again, when the pad had the keyboard or nobody has it now (a window
        the clerk opened meanwhile keeps it)."""
        clerk = self.clerk_window
        if clerk is None or not shiboken6.isValid(clerk) or not clerk.isVisible():
            return
        active = QApplication.activeWindow()
        if active is None or active is self:
            clerk.activateWindow()

    def show_on_applicant_screen(self) -> None:
        """Full screen without activating (``showFullScreen`` would ask for the keyboard too)."""
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.channel == ReviewChannel.SCREEN
            and not self.typing
            and self.isActiveWindow()
        ):
            # Some window managers (and Qt's offscreen platform) activate every window shown, whatever it
            # asked for: the keyboard goes straight back to the clerk.
            self._hand_back()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.revealed:
            self._hand_back()

    def reject(self) -> None:
        # Esc on a saving pad would hide whether the rating was kept; it closes once the answer is in.
        if not self.busy:
            super().reject()


def level_text(level: int) -> str:
    """The five words in the UI language (``reviews.LEVELS`` is always Chinese)."""
    words = {
        5: translate("review_pad", "非常满意"),
        4: translate("review_pad", "满意"),
        3: translate("review_pad", "基本满意"),
        2: translate("review_pad", "不满意"),
        1: translate("review_pad", "非常不满意"),
    }
    return words.get(level, str(level))


def reason_text(reason: str) -> str:
    words = {
        "办事效率低": translate("review_pad", "办事效率低"),
        "服务态度差": translate("review_pad", "服务态度差"),
        "材料要求不清": translate("review_pad", "材料要求不清"),
        "等候时间长": translate("review_pad", "等候时间长"),
        "多次跑动": translate("review_pad", "多次跑动"),
        "系统故障": translate("review_pad", "系统故障"),
        "其他": translate("review_pad", "其他"),
    }
    return words.get(reason, reason)


def sub_text(key: str) -> str:
    words = {
        "efficiency": translate("review_pad", "服务效率"),
        "skill": translate("review_pad", "服务水平"),
        "attitude": translate("review_pad", "服务态度"),
    }
    return words.get(key, key)


def ask_for_review(
    session: Session,
    parent: QWidget | None,
    *,
    ticket_id: uuid.UUID | None = None,
    case_no: str | None = None,
) -> ReviewPad:
    """The rating pad for a finished ticket or case, shown once the service is known to be rateable:
    full-screen on a second screen facing the applicant when there is one (the clerk works on), else a
    dialog over the clerk's window. A service that cannot be rated never shows the pad; ``unavailable``
    says why."""
    clerk_screen: QScreen | None = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    screen = pick_applicant_screen(QGuiApplication.screens(), clerk_screen)
    channel = ReviewChannel.SCREEN if screen is not None else ReviewChannel.DIALOG
    pad = ReviewPad(session, ticket_id=ticket_id, case_no=case_no, channel=channel.value, parent=parent)
    if screen is not None:
        pad.setWindowModality(Qt.WindowModality.NonModal)
        # Shown without taking the keyboard: the clerk's keys (F1, a scan's Enter) stay with the clerk.
        pad.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        pad.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        pad.setScreen(screen)
        pad.setGeometry(screen.geometry())
        pad.reveal = pad.show_on_applicant_screen
    else:
        # The clerk turns the screen to the applicant; the clerk's keys wait until the pad closes.
        pad.setWindowModality(Qt.WindowModality.WindowModal)
        pad.reveal = pad.show
    return pad
