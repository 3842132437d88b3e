"""补评: a staff member enters a rating the applicant gave later — by phone or in person — within the hall's
period (``review.later_rating_days``), for a ticket or a case.

The service is named as staff have it: a ticket number with the day it was issued (numbers start again
every day), a ticket's barcode, or a case number; 查找 shows what it was and who served, or why it cannot be
rated (not finished, rated already, past the period). Then the five levels, the optional sub-indicators,
and for 不满意 / 非常不满意 the reasons, the applicant's words and a phone number for the call-back. It is
saved as channel 补评 with the staff member who entered it; a 差评 goes to the manager's ledger at once.
Keyboard first: Enter in the number field looks it up, Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.review_forms import day_text, hall_time
from yk_desktop.gui.review_pad import LEVEL_ORDER, level_text, reason_text, sub_text
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import reviews
from yk_desktop.services.reviews import Rating, ReviewInfo, ReviewTarget
from yk_desktop.store.models.feedback import ReviewChannel


class LaterRatingDialog(QDialog):
    """Enter one 补评. ``rated`` carries the saved ``ReviewInfo``."""

    rated = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None, *, subject: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("LaterRatingDialog")
        self.setWindowTitle(self.tr("补录评价（补评）"))
        self.setMinimumWidth(640)
        self.session = session
        self.busy = False
        self.target: ReviewTarget | None = None
        self.saved: ReviewInfo | None = None
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("提示信息"))

        self.subject_edit = QLineEdit(subject)
        self.subject_edit.setAccessibleName(self.tr("号票号码或办件编号"))
        self.subject_edit.setPlaceholderText(self.tr("号票号码（如 A015）、号票条码或办件编号"))
        self.subject_edit.setMaxLength(40)
        self.subject_edit.returnPressed.connect(self.look_up)
        self.subject_edit.textEdited.connect(lambda _text: self._forget())
        self.day_edit = QDateEdit()
        self.day_edit.setAccessibleName(self.tr("取号日期"))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        today = session.runtime.clock.now().astimezone(HALL_TZ).date()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.setMaximumDate(self.day_edit.date())
        self.day_edit.dateChanged.connect(lambda _d: self._forget())
        self.find_button = QPushButton(self.tr("查找(&F)"))
        self.find_button.setAccessibleName(self.tr("查找要补评的服务"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.look_up)
        self.target_label = QLabel(self.tr("请输入号票号码或办件编号后按回车查找。"))
        self.target_label.setObjectName("hintLabel")
        self.target_label.setWordWrap(True)
        self.target_label.setAccessibleName(self.tr("补评对象"))

        self.levels = QButtonGroup(self)
        self.level_buttons: dict[int, QRadioButton] = {}
        level_row = QHBoxLayout()
        for level in LEVEL_ORDER:
            radio = QRadioButton(level_text(level))
            radio.setAccessibleName(self.tr("评价：{0}").format(level_text(level)))
            self.levels.addButton(radio, level)
            self.level_buttons[level] = radio
            level_row.addWidget(radio)
        level_row.addStretch(1)
        self.levels.idToggled.connect(lambda _level, _on: self._update())

        self.sub_combos: dict[str, QComboBox] = {}
        sub_row = QHBoxLayout()
        for key in reviews.SUB_INDICATORS:
            combo = QComboBox()
            combo.setAccessibleName(sub_text(key))
            combo.view().setAccessibleName(self.tr("{0}列表").format(sub_text(key)))
            combo.addItem(self.tr("（未评）"), 0)
            for level in LEVEL_ORDER:
                combo.addItem(level_text(level), level)
            self.sub_combos[key] = combo
            sub_row.addWidget(QLabel(sub_text(key)))
            sub_row.addWidget(combo)
        sub_row.addStretch(1)

        self.bad_box = QWidget()
        reasons = QGridLayout()
        reasons.setContentsMargins(0, 0, 0, 0)
        self.reason_boxes: dict[str, QCheckBox] = {}
        for n, reason in enumerate(reviews.REASONS):
            box = QCheckBox(reason_text(reason))
            box.setAccessibleName(self.tr("原因：{0}").format(reason_text(reason)))
            self.reason_boxes[reason] = box
            reasons.addWidget(box, n // 4, n % 4)
        self.comment_edit = QLineEdit()
        self.comment_edit.setAccessibleName(self.tr("评价意见"))
        self.comment_edit.setPlaceholderText(self.tr("申请人的意见（选“其他”时必填）"))
        self.comment_edit.setMaxLength(reviews.COMMENT_MAX)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("回访电话"))
        self.phone_edit.setPlaceholderText(self.tr("选填；办件或预约已有电话时可不填"))
        self.phone_edit.setMaxLength(40)
        for edit in (self.comment_edit, self.phone_edit):
            edit.textEdited.connect(lambda _text: self.message_label.clear())  # the fix is under way
        bad = QFormLayout(self.bad_box)
        bad.setContentsMargins(0, 0, 0, 0)
        bad.addRow(self.tr("不满意原因："), reasons)
        bad.addRow(self.tr("评价意见(&C)："), self.comment_edit)
        bad.addRow(self.tr("回访电话(&P)："), self.phone_edit)

        form = QFormLayout()
        find_row = QHBoxLayout()
        find_row.addWidget(self.subject_edit, 1)
        find_row.addWidget(QLabel(self.tr("取号日期：")))
        find_row.addWidget(self.day_edit)
        find_row.addWidget(self.find_button)
        form.addRow(self.tr("号票/办件(&N)："), find_row)
        form.addRow("", self.target_label)
        form.addRow(self.tr("总体评价："), level_row)
        form.addRow(self.tr("分项评价："), sub_row)
        self.result_label = QLabel()
        self.result_label.setObjectName("sectionTitle")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("补评结果"))
        self.result_label.hide()
        self.ok_button = QPushButton(self.tr("保存补评 (Ctrl+Enter)"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAccessibleName(self.tr("保存补评"))
        self.ok_button.setAutoDefault(False)  # Enter in the number field looks up; it never saves
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("关闭补录评价"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bad_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.inputs: list[QWidget] = [
            self.subject_edit,
            self.day_edit,
            self.find_button,
            *self.level_buttons.values(),
            *self.sub_combos.values(),
            *self.reason_boxes.values(),
            self.comment_edit,
            self.phone_edit,
        ]
        self._update()
        self.subject_edit.setFocus()
        if subject:
            self.look_up()

    # -- the service -----------------------------------------------------------------------------------
    def day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def look_up(self) -> None:
        if self.busy or self.saved is not None:
            return
        self._set_busy(True)
        self._forget()
        self.message_label.setText(self.tr("正在查找…"))
        run_in_pool(
            partial(reviews.later_target, day=self.day()),
            self.session.runtime.uow(),
            self.subject_edit.text(),
            on_done=self._found,
            on_error=self._failed,
            context=self,
        )

    def _found(self, target: ReviewTarget) -> None:
        self._set_busy(False)
        self.target = target
        parts = [f"{target.subject_no} {target.what}".strip()]
        if target.window_number is not None:
            parts.append(self.tr("{0} 号窗口").format(target.window_number))
        if target.staff_name:
            parts.append(self.tr("工作人员 {0}").format(target.staff_name))
        if target.finished_at is not None:
            parts.append(self.tr("办结于 {0}").format(hall_time(target.finished_at)))
        self.target_label.setText(" · ".join(parts))
        self.message_label.setText(target.why_not)
        self._update()
        if target.rateable:
            self.level_buttons[LEVEL_ORDER[0]].setFocus()

    def level(self) -> int | None:
        level = self.levels.checkedId()
        return level if level > 0 else None

    def rating(self) -> Rating:
        level = self.level()
        assert level is not None
        bad = reviews.is_bad(level)
        subs = {key: int(combo.currentData()) for key, combo in self.sub_combos.items()}
        return Rating(
            level,
            efficiency=subs["efficiency"] or None,
            skill=subs["skill"] or None,
            attitude=subs["attitude"] or None,
            reasons=tuple(r for r, box in self.reason_boxes.items() if box.isChecked()) if bad else (),
            comment=self.comment_edit.text() if bad else "",
            contact_phone=self.phone_edit.text() if bad else "",
        )

    def submit(self) -> None:
        if self.busy or self.saved is not None:
            return
        target = self.target
        if target is None or not target.rateable:
            self.message_label.setText(target.why_not if target else self.tr("请先查找要补评的号票或办件。"))
            return
        if self.level() is None:
            self.message_label.setText(self.tr("请选择申请人的总体评价。"))
            return
        self._set_busy(True)
        self.message_label.setText(self.tr("正在保存…"))
        run_in_pool(
            partial(
                reviews.rate,
                rating=self.rating(),
                ticket_id=target.ticket_id,
                case_no=target.case_no,
                channel=ReviewChannel.LATER.value,
                recorded_by=self.session.staff_id,
            ),
            self.session.runtime.uow(),
            on_done=self._saved,
            on_error=self._failed,
            context=self,
        )

    def _saved(self, info: ReviewInfo) -> None:
        self.busy = False
        self.saved = info
        text = self.tr("已登记 {0} 的补评：{1}。").format(info.subject_no, level_text(info.level))
        if info.followup_deadline is not None:
            text += self.tr("已转入差评整改台账，须于 {0} 前整改。").format(day_text(info.followup_deadline))
        self.message_label.setText("")
        self.result_label.setText(text)
        self.result_label.show()
        for widget in self.inputs:
            widget.setEnabled(False)  # saved: what was entered is what is shown
        self.ok_button.hide()
        self.cancel_button.setText(self.tr("关闭"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        self.rated.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message_label.setText(error_text(exc))

    # -- state -------------------------------------------------------------------------------------------
    def _forget(self) -> None:
        """Another number or day: what was found no longer holds."""
        if self.target is not None:
            self.target = None
            self.target_label.setText(self.tr("请按回车查找。"))
            self._update()

    def _update(self) -> None:
        rateable = self.target is not None and self.target.rateable and not self.busy
        for widget in (*self.level_buttons.values(), *self.sub_combos.values()):
            widget.setEnabled(rateable)
        level = self.level()
        self.bad_box.setVisible(level is not None and reviews.is_bad(level))
        self.bad_box.setEnabled(rateable)
        self.ok_button.setEnabled(rateable and level is not None)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.subject_edit, self.day_edit, self.find_button, self.cancel_button):
            widget.setEnabled(not busy)
        self._update()

    def reject(self) -> None:
        # A save on its way may already have committed: closing now would hide whether it was kept.
        if not self.busy:
            super().reject()


def open_later_rating(session: Session, parent: QWidget | None, subject: str = "") -> LaterRatingDialog:
    """The 补评 dialog, window-modal over ``parent``; ``subject`` (a number) is looked up at once."""
    dialog = LaterRatingDialog(session, parent, subject=subject)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
