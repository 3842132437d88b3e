"""One 差评 and its follow-up: what the applicant said, the deadline, every step with who and when, and the
next steps as buttons — 回访核实, 整改, 答复申请人, 申请人评价整改, 申诉, 申诉裁定, 办结 (confirmed).

A button is enabled only when the step makes sense now (its tooltip says why not); the service decides the
rest (who may act, what must come first) and its Chinese message stays in the step's form. The whole phone
number for the call-back is shown only when asked for, and that is audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.review_forms import StepForm, button, confirm, day_text, hall_time, left_text, table
from yk_desktop.gui.review_pad import level_text, reason_text, sub_text
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import review_followups
from yk_desktop.services.review_followups import FollowUpDetail, FollowUpStep
from yk_desktop.store.models.feedback import FollowUpState

translate = QCoreApplication.translate
MANAGER_ROLES = ("manager", "admin")


def state_text(state: str, outcome: str = "") -> str:
    if state == FollowUpState.CLOSED and outcome == "appeal_upheld":
        return translate("followup", "申诉成立")
    names: dict[str, str] = {
        FollowUpState.OPEN: translate("followup", "整改中"),
        FollowUpState.APPEALING: translate("followup", "申诉中"),
        FollowUpState.CLOSED: translate("followup", "已办结"),
    }
    return names.get(state, state)


def step_text(kind: str) -> str:
    names = {
        "opened": translate("followup", "登记差评"),
        "callback": translate("followup", "回访核实"),
        "fix": translate("followup", "整改"),
        "reply": translate("followup", "答复申请人"),
        "fix_rating": translate("followup", "申请人评价整改"),
        "appeal": translate("followup", "申诉"),
        "appeal_decided": translate("followup", "申诉裁定"),
        "closed": translate("followup", "办结"),
    }
    return names.get(kind, kind)


def step_detail(step: FollowUpStep) -> str:
    extra = ""
    if step.kind == "callback":
        extra = (
            translate("followup", "已联系上")
            if step.detail.get("reached")
            else translate("followup", "未联系上")
        )
    elif step.kind == "fix_rating":
        extra = level_text(int(str(step.detail.get("level", 0))))
    elif step.kind == "appeal_decided":
        extra = (
            translate("followup", "申诉成立")
            if step.detail.get("upheld")
            else translate("followup", "驳回申诉")
        )
    elif step.kind == "opened":
        extra = translate("followup", "整改期限 {0}").format(step.detail.get("deadline", ""))
    elif step.kind == "closed" and step.detail.get("late"):
        extra = translate("followup", "逾期办结")
    return "；".join(part for part in (extra, step.text) if part)


class FollowUpDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Session, followup_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpDialog")
        self.setWindowTitle(self.tr("差评整改"))
        self.resize(980, 680)
        self.session = session
        self.followup_id = followup_id
        self.detail: FollowUpDetail | None = None
        self.form: StepForm | None = None
        self.confirm_box: QMessageBox | None = None
        self.busy = False
        self._loads = LatestOnly()

        self.title_label = QLabel(self.tr("正在读取…"))
        self.title_label.setObjectName("sectionTitle")
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("整改状态"))
        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        captions = [
            ("level", self.tr("评价")),
            ("reasons", self.tr("原因")),
            ("comment", self.tr("评价意见")),
            ("subs", self.tr("分项评价")),
            ("staff", self.tr("责任人")),
            ("rated", self.tr("评价时间")),
            ("what", self.tr("事项")),
            ("channel", self.tr("评价渠道")),
            ("contact", self.tr("联系方式")),
            ("deadline", self.tr("整改期限")),
        ]
        for n, (key, caption) in enumerate(captions):
            label = QLabel(caption + self.tr("："))
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            self.fields[key] = value
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(value, n // 2, (n % 2) * 2 + 1)
        self.steps_model = RowTableModel(
            [
                Column(self.tr("时间"), lambda s: hall_time(s.at)),
                Column(self.tr("步骤"), lambda s: step_text(s.kind)),
                Column(self.tr("经办人"), lambda s: s.staff_name or self.tr("系统")),
                Column(self.tr("内容"), step_detail, tooltip=step_detail),
            ],
            self,
        )
        self.steps_view = table(self.steps_model, self.tr("整改记录"), "followupSteps")

        self.callback_button = button(self.tr("回访核实(&H)"), self.tr("回访核实"), self.ask_callback)
        self.fix_button = button(self.tr("整改(&Z)"), self.tr("登记整改"), self.ask_fix)
        self.reply_button = button(self.tr("答复申请人(&D)"), self.tr("答复申请人"), self.ask_reply)
        self.rate_button = button(self.tr("整改评价(&P)"), self.tr("申请人评价整改"), self.ask_rate)
        self.appeal_button = button(self.tr("申诉(&S)"), self.tr("申诉"), self.ask_appeal)
        self.decide_button = button(self.tr("申诉裁定(&C)"), self.tr("申诉裁定"), self.ask_decide)
        self.close_button = button(self.tr("办结(&J)"), self.tr("办结差评"), self.ask_close)
        self.phone_button = button(self.tr("显示完整号码"), self.tr("显示申请人完整联系电话"), self.reveal)
        self.action_buttons = [
            self.callback_button,
            self.fix_button,
            self.reply_button,
            self.rate_button,
            self.appeal_button,
            self.decide_button,
            self.close_button,
        ]
        for made in (*self.action_buttons, self.phone_button):
            made.setEnabled(False)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("办理提示"))
        self.done_button = button(self.tr("关闭"), self.tr("关闭差评整改"), self.reject)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.phone_button)
        actions = QHBoxLayout()
        for made in self.action_buttons:
            actions.addWidget(made)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.steps_view, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.reload()

    # -- reading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._loads.run(
            review_followups.get_followup,
            self.session.runtime.uow(),
            self.followup_id,
            on_done=self._show,
            on_error=lambda exc: self._say(error_text(exc)),
            context=self,
        )

    def _show(self, detail: FollowUpDetail) -> None:
        self.detail = detail
        row = detail.row
        self.title_label.setText(self.tr("差评整改 · {0}").format(row.subject_no))
        self.setWindowTitle(self.tr("差评整改 · {0}").format(row.subject_no))
        text = state_text(row.state, row.outcome)
        if row.overdue:
            text = self.tr("{0} · 已逾期").format(text)
        self.state_label.setText(text)
        bg = "#c0261b" if row.overdue else "#dcdfe4" if row.state == FollowUpState.CLOSED else "#ffe98a"
        fg = "#ffffff" if row.overdue else "#1d2733"
        self.state_label.setStyleSheet(
            f"background: {bg}; color: {fg}; padding: 3px 10px; font-weight: bold;"
        )
        subs = [f"{sub_text(k)} {level_text(v)}" for k, v in detail.sub_indicators.items() if v is not None]
        channels = {
            "screen": self.tr("评价器"),
            "dialog": self.tr("窗口评价"),
            "later": self.tr("补评"),
        }
        values = {
            "level": level_text(row.level),
            "reasons": "、".join(reason_text(r) for r in row.reasons) or "—",
            "comment": row.comment or "—",
            "subs": "，".join(subs) or "—",
            "staff": self.tr("{0}（{1} 号窗口）").format(row.staff_name, row.window_number)
            if row.window_number
            else row.staff_name,
            "rated": hall_time(row.rated_at),
            "what": row.what or "—",
            "channel": channels.get(detail.channel, detail.channel),
            "contact": detail.contact or self.tr("匿名评价，无法回访"),
            "deadline": f"{day_text(row.deadline)}（{left_text(row.days_left)}）",
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.steps_model.set_rows(detail.steps)
        self.steps_view.scrollToBottom()
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        detail = self.detail
        if detail is None:
            return
        row = detail.row
        staff = self.session.staff
        manager = staff is not None and staff.role in MANAGER_ROLES
        is_open = row.state == FollowUpState.OPEN
        closed = self.tr("该差评已办结。") if row.state == FollowUpState.CLOSED else ""
        appealing = self.tr("申诉待裁定，裁定后再继续整改。") if row.state == FollowUpState.APPEALING else ""
        why = {
            self.callback_button: closed
            or ("" if detail.contactable else self.tr("匿名评价，没有联系方式。")),
            self.fix_button: closed or appealing,
            self.reply_button: closed or appealing,
            self.rate_button: closed
            or appealing
            or (
                self.tr("申请人已评价过整改结果。")
                if row.fix_rating is not None
                else ""
                if row.fixed or row.replied
                else self.tr("请先登记整改或答复。")
            ),
            self.appeal_button: closed or appealing,
            self.decide_button: ""
            if row.state == FollowUpState.APPEALING and manager
            else self.tr("只有申诉中的差评由大厅负责人裁定。"),
            self.close_button: ""
            if is_open and manager and not detail.close_blocker
            else detail.close_blocker or self.tr("只有大厅负责人可以办结。"),
        }
        for made, reason in why.items():
            made.setEnabled(not reason and not self.busy)
            made.setToolTip(reason or made.accessibleName())
        self.phone_button.setEnabled(detail.contactable and not self.busy)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    # -- steps ---------------------------------------------------------------------------------------
    def _open_form(
        self, form: StepForm, call: Callable[[StepForm], Callable[[], object]], done: str
    ) -> StepForm:
        """Show ``form``; on 确定 run ``call(form)`` on the pool; close it on success, else show why in it."""

        def submitted() -> None:
            self._run(form, call(form), done)

        form.submitted.connect(submitted)
        self.form = form
        form.open()
        return form

    def _run(self, form: StepForm | None, work: Callable[[], object], done: str) -> None:
        self.busy = True
        if form is not None:
            form.set_busy(True)
        self._update_buttons()

        def finished(detail: FollowUpDetail) -> None:
            self.busy = False
            if form is not None:
                form.set_busy(False)
                form.accept()
            self._say(done)
            self._show(detail)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.busy = False
            if form is not None:
                form.set_busy(False)
                form.show_error(error_text(exc))
            else:
                self._say(error_text(exc))
            self._update_buttons()

        run_in_pool(work, on_done=finished, on_error=failed, context=self)

    def _call(self, fn: Callable[..., FollowUpDetail], *args: Any, **kwargs: Any) -> Callable[[], object]:
        return partial(
            fn, self.session.runtime.uow(), self.followup_id, *args, staff_id=self.session.staff_id, **kwargs
        )

    def ask_callback(self) -> StepForm:
        form = StepForm(
            self.tr("回访核实"), self.tr("记录回访情况（实名差评须全部回访）："), self.tr("登记回访"), self
        )
        form.add_text(self.tr("回访结果"), self.tr("如：已电话联系申请人，核实情况属实"))
        reached = form.add_check(self.tr("已联系上申请人"), checked=True)
        return self._open_form(
            form,
            lambda f: self._call(review_followups.call_back, f.text(), reached=reached.isChecked()),
            self.tr("已登记回访。"),
        )

    def ask_fix(self) -> StepForm:
        form = StepForm(self.tr("整改"), self.tr("登记整改措施："), self.tr("登记整改"), self)
        form.add_text(self.tr("整改措施"), self.tr("如：高峰时段增开窗口"))
        return self._open_form(
            form, lambda f: self._call(review_followups.record_fix, f.text()), self.tr("已登记整改。")
        )

    def ask_reply(self) -> StepForm:
        form = StepForm(self.tr("答复申请人"), self.tr("登记对申请人的答复："), self.tr("登记答复"), self)
        form.add_text(self.tr("答复内容"))
        return self._open_form(
            form, lambda f: self._call(review_followups.reply, f.text()), self.tr("已登记答复。")
        )

    def ask_rate(self) -> StepForm:
        form = StepForm(
            self.tr("申请人评价整改"), self.tr("申请人对整改结果的评价："), self.tr("登记评价"), self
        )
        combo = form.add_combo(self.tr("整改评价"), [(level_text(lv), lv) for lv in (5, 4, 3, 2, 1)])
        return self._open_form(
            form,
            lambda f: self._call(review_followups.rate_fix, int(combo.currentData())),
            self.tr("已登记申请人对整改的评价。"),
        )

    def ask_appeal(self) -> StepForm:
        form = StepForm(
            self.tr("申诉"),
            self.tr("认为该评价系误评或恶意评价的，可申诉一次，由大厅负责人裁定："),
            self.tr("提交申诉"),
            self,
        )
        form.add_text(self.tr("申诉理由"))
        return self._open_form(
            form, lambda f: self._call(review_followups.appeal, f.text()), self.tr("已提交申诉。")
        )

    def ask_decide(self) -> StepForm:
        form = StepForm(
            self.tr("申诉裁定"), self.tr("裁定申诉（成立则该评价不计入统计）："), self.tr("登记裁定"), self
        )
        combo = form.add_combo(
            self.tr("裁定结果"), [(self.tr("驳回申诉"), False), (self.tr("申诉成立"), True)]
        )
        form.add_text(self.tr("裁定意见"))
        return self._open_form(
            form,
            lambda f: self._call(
                review_followups.decide_appeal, upheld=bool(combo.currentData()), note=f.text()
            ),
            self.tr("已登记裁定。"),
        )

    def ask_close(self) -> StepForm:
        form = StepForm(
            self.tr("办结"), self.tr("办结该差评（办结后不能再登记整改）："), self.tr("办结"), self
        )
        form.add_text(self.tr("办结意见"))

        def submitted() -> None:
            subject = self.detail.row.subject_no if self.detail is not None else ""
            self.confirm_box = confirm(
                form,
                "confirmFollowUpClose",
                self.tr("确认办结"),
                self.tr("办结后不能撤销。确定办结 {0} 的差评整改吗？").format(subject),
                self.tr("办结意见：{0}").format(form.text().strip()),
                self.tr("确定办结"),
                lambda: self._run(
                    form, self._call(review_followups.close, form.text()), self.tr("差评整改已办结。")
                ),
            )

        form.submitted.connect(submitted)
        self.form = form
        form.open()
        return form

    def reveal(self) -> None:
        def shown(phone: str) -> None:
            self.fields["contact"].setText(phone)
            self._say(self.tr("已显示完整号码（查看已记录）。"))

        run_in_pool(
            partial(review_followups.reveal_contact, staff_id=self.session.staff_id),
            self.session.runtime.uow(),
            self.followup_id,
            on_done=shown,
            on_error=lambda exc: self._say(error_text(exc)),
            context=self,
        )

    def reject(self) -> None:
        if not self.busy:
            super().reject()
