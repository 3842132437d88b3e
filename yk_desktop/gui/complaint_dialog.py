"""One complaint: what was asked, by when it must be answered, its history, and the next steps — 转办 to a
department, 答复, 办结, 重新办理 — each asked for in a small form and confirmed before it is recorded.

Buttons are enabled only in the states that allow them (a disabled button's tooltip says why); the service
decides who may act and its Chinese message stays in the form. The complainant's name and phone are
masked; the whole number is shown only when asked for, and that is recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from yk_desktop.gui.complaint_intake import kind_text, source_text, state_text
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.review_forms import StepForm, button, confirm, day_text, hall_time, left_text, table
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import complaints, staff
from yk_desktop.services.complaints import ComplaintDetail, ComplaintEventRow

# lupdate knows this alias; the strings below are found by ``translate("complaints", "…")``.
translate = QCoreApplication.translate
MANAGER_ROLES = ("manager", "admin")


def event_text(kind: str) -> str:
    names = {
        "received": translate("complaints", "受理"),
        "routed": translate("complaints", "转办"),
        "replied": translate("complaints", "答复"),
        "closed": translate("complaints", "办结"),
        "reopened": translate("complaints", "重新办理"),
        "contact_viewed": translate("complaints", "查看联系电话"),
    }
    return names.get(kind, kind)


def event_detail(event: ComplaintEventRow) -> str:
    d = event.detail
    parts: list[str] = []
    if event.kind == "received":
        parts = [kind_text(str(d.get("type", ""))), source_text(str(d.get("source", "")))]
        if d.get("work_order_no"):
            parts.append(translate("complaints", "工单 {0}").format(d["work_order_no"]))
        parts.append(translate("complaints", "期限 {0}").format(d.get("deadline", "")))
    elif event.kind == "routed":
        parts = [str(d.get("department", "")), str(d.get("handler", "")), str(d.get("note", ""))]
    elif event.kind == "replied":
        parts = [str(d.get("reply", "")), translate("complaints", "逾期答复") if d.get("late") else ""]
    elif event.kind == "closed":
        parts = [str(d.get("note", ""))]
    elif event.kind == "reopened":
        parts = [
            str(d.get("reason", "")),
            translate("complaints", "新期限 {0}").format(d.get("deadline", "")),
        ]
    return "；".join(p for p in parts if p)


class ComplaintDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Session, complaint_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintDialog")
        self.setWindowTitle(self.tr("投诉 {0}").format(complaint_no))
        self.resize(940, 660)
        self.session = session
        self.complaint_no = complaint_no
        self.detail: ComplaintDetail | None = None
        self.form: StepForm | None = None
        self.confirm_box: QMessageBox | None = None
        self.busy = False
        self._loads = LatestOnly()

        self.title_label = QLabel(self.tr("投诉 {0}").format(complaint_no))
        self.title_label.setObjectName("sectionTitle")
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("投诉状态"))
        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        captions = [
            ("kind", self.tr("类型")),
            ("source", self.tr("来源")),
            ("complainant", self.tr("投诉人")),
            ("phone", self.tr("联系电话")),
            ("received", self.tr("受理时间")),
            ("deadline", self.tr("答复期限")),
            ("department", self.tr("承办部门")),
            ("handler", self.tr("承办人")),
            ("content", self.tr("诉求内容")),
            ("reply", self.tr("答复")),
        ]
        for n, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            self.fields[key] = value
            grid.addWidget(QLabel(caption + self.tr("：")), n // 2, (n % 2) * 2)
            grid.addWidget(value, n // 2, (n % 2) * 2 + 1)
        self.events_model = RowTableModel(
            [
                Column(self.tr("时间"), lambda e: hall_time(e.at)),
                Column(self.tr("事件"), lambda e: event_text(e.kind)),
                Column(self.tr("经办人"), lambda e: e.staff_name),
                Column(self.tr("说明"), event_detail, tooltip=event_detail),
            ],
            self,
        )
        self.events_view = table(self.events_model, self.tr("办理记录"), "complaintEvents")
        self.route_button = button(self.tr("转办(&Z)"), self.tr("转办"), self.ask_route)
        self.reply_button = button(self.tr("答复(&D)"), self.tr("答复"), self.ask_reply)
        self.close_button = button(self.tr("办结(&J)"), self.tr("办结投诉"), self.ask_close)
        self.reopen_button = button(self.tr("重新办理(&R)"), self.tr("重新办理"), self.ask_reopen)
        self.phone_button = button(self.tr("显示完整号码"), self.tr("显示投诉人完整联系电话"), self.reveal)
        self.action_buttons = [self.route_button, self.reply_button, self.close_button, self.reopen_button]
        for made in (*self.action_buttons, self.phone_button):
            made.setEnabled(False)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("办理提示"))
        self.done_button = button(self.tr("关闭"), self.tr("关闭投诉详情"), self.reject)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.phone_button)
        actions = QHBoxLayout()
        for made in self.action_buttons:
            actions.addWidget(made)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.events_view, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self._loads.run(
            complaints.get_complaint,
            self.session.runtime.uow(),
            self.complaint_no,
            on_done=self._show,
            on_error=lambda exc: self._say(error_text(exc)),
            context=self,
        )

    def _show(self, detail: ComplaintDetail) -> None:
        self.detail = detail
        row = detail.row
        self.complaint_no = row.complaint_no
        text = state_text(row.state)
        if row.overdue:
            text = self.tr("{0} · 已逾期").format(text)
        self.state_label.setText(text)
        bg = "#c0261b" if row.overdue else "#dcdfe4" if row.state == "closed" else "#e8f2e8"
        fg = "#ffffff" if row.overdue else "#1d2733"
        self.state_label.setStyleSheet(
            f"background: {bg}; color: {fg}; padding: 3px 10px; font-weight: bold;"
        )
        source = source_text(row.source)
        values = {
            "kind": self.tr("{0}（{1} 个工作日）").format(kind_text(row.kind), detail.deadline_days),
            "source": self.tr("{0}，工单号 {1}").format(source, row.work_order_no)
            if row.work_order_no
            else source,
            "complainant": row.complainant or self.tr("匿名"),
            "phone": row.phone or "—",
            "received": hall_time(row.received_at),
            "deadline": f"{day_text(row.deadline)}（{left_text(row.days_left)}）",
            "department": row.department or "—",
            "handler": row.handler_name or "—",
            "content": row.content,
            "reply": detail.reply or "—",
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.events_model.set_rows(detail.events)
        self.events_view.scrollToBottom()
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        detail = self.detail
        if detail is None:
            return
        state = detail.row.state
        who = self.session.staff
        manager = (
            "" if who is not None and who.role in MANAGER_ROLES else self.tr("只有大厅负责人可以办理投诉。")
        )
        now = state_text(state)
        open_ = state in complaints.OPEN_STATES
        why = {
            self.route_button: manager or ("" if open_ else self.tr("“{0}”的投诉不能转办。").format(now)),
            self.reply_button: manager or ("" if open_ else self.tr("“{0}”的投诉不能答复。").format(now)),
            self.close_button: manager
            or ("" if state == "replied" else self.tr("答复后才能办结（当前为“{0}”）。").format(now)),
            self.reopen_button: manager
            or ("" if state in ("replied", "closed") else self.tr("答复或办结后才能重新办理。")),
        }
        for made, reason in why.items():
            made.setEnabled(not reason and not self.busy)
            made.setToolTip(reason or made.accessibleName())
        self.phone_button.setEnabled(bool(detail.row.phone) and not manager and not self.busy)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    # -- steps ---------------------------------------------------------------------------------------
    def _step(
        self,
        form: StepForm,
        question: Callable[[], tuple[str, str, str]],
        work: Callable[[], Callable[[], object]],
        done: str,
    ) -> StepForm:
        """Show ``form``; 确定 asks ``question()`` (text, detail, yes) in a confirmation box, then runs."""

        def submitted() -> None:
            text, detail, yes = question()
            self.confirm_box = confirm(
                form,
                "confirmComplaintStep",
                form.windowTitle(),
                text,
                detail,
                yes,
                lambda: self._run(form, work(), done),
            )

        form.submitted.connect(submitted)
        self.form = form
        form.open()
        return form

    def _run(self, form: StepForm, work: Callable[[], object], done: str) -> None:
        self.busy = True
        form.set_busy(True)
        self._update_buttons()

        def finished(detail: ComplaintDetail) -> None:
            self.busy = False
            form.set_busy(False)
            form.accept()
            self._say(done)
            self._show(detail)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.busy = False
            form.set_busy(False)
            form.show_error(error_text(exc))
            self._update_buttons()

        run_in_pool(work, on_done=finished, on_error=failed, context=self)

    def ask_route(self) -> StepForm:
        form = StepForm(self.tr("转办"), self.tr("转交承办部门办理："), self.tr("转办"), self)
        department = form.add_combo(self.tr("承办部门"), [], editable=True)
        handler = form.add_combo(self.tr("承办人"), [], editable=True)
        note = form.add_line(self.tr("转办说明"), self.tr("选填"))

        def choices_loaded(loaded: tuple[list[str], list[staff.StaffRow]]) -> None:
            names, people = loaded
            typed = department.currentText()
            department.addItems(names)
            department.setEditText(typed)
            for person in people:
                if person.active:
                    handler.addItem(f"{person.name}（{person.department or person.role_name}）", person.id)
            handler.setCurrentIndex(-1)

        runtime = self.session.runtime
        run_in_pool(
            lambda: (complaints.departments(runtime.uow()), staff.list_staff(runtime.uow())),
            on_done=choices_loaded,
            context=form,
        )

        def handler_choice() -> tuple[uuid.UUID | None, str]:
            """A staff member picked from the list, or a name typed for someone in the department."""
            index = handler.findText(handler.currentText())
            data = handler.itemData(index) if index >= 0 else None
            if isinstance(data, uuid.UUID):
                return data, ""
            return None, handler.currentText()

        def work() -> Callable[[], object]:
            handler_id, handler_name = handler_choice()
            return partial(
                complaints.route,
                runtime.uow(),
                self.complaint_no,
                department.currentText(),
                handler_id=handler_id,
                handler_name=handler_name,
                note=note.text(),
                staff_id=self.session.staff_id,
            )

        return self._step(
            form,
            lambda: (
                self.tr("将投诉 {0} 转交“{1}”办理吗？").format(
                    self.complaint_no, department.currentText().strip()
                ),
                self.tr("承办人：{0}").format(handler.currentText().strip() or self.tr("未指定")),
                self.tr("确定转办"),
            ),
            work,
            self.tr("已转办。"),
        )

    def ask_reply(self) -> StepForm:
        form = StepForm(self.tr("答复"), self.tr("登记给投诉人的答复："), self.tr("答复"), self)
        form.add_text(self.tr("答复内容"))
        return self._step(
            form,
            lambda: (
                self.tr("确定登记对投诉 {0} 的答复吗？").format(self.complaint_no),
                form.text().strip(),
                self.tr("确定答复"),
            ),
            lambda: partial(
                complaints.reply,
                self.session.runtime.uow(),
                self.complaint_no,
                form.text(),
                staff_id=self.session.staff_id,
            ),
            self.tr("已登记答复。"),
        )

    def ask_close(self) -> StepForm:
        form = StepForm(self.tr("办结"), self.tr("办结并归档（选填说明）："), self.tr("办结"), self)
        form.add_text(self.tr("办结说明"), self.tr("如：投诉人对答复表示满意"))
        return self._step(
            form,
            lambda: (
                self.tr("办结后归档。确定办结投诉 {0} 吗？").format(self.complaint_no),
                form.text().strip(),
                self.tr("确定办结"),
            ),
            lambda: partial(
                complaints.close,
                self.session.runtime.uow(),
                self.complaint_no,
                form.text(),
                staff_id=self.session.staff_id,
            ),
            self.tr("投诉已办结。"),
        )

    def ask_reopen(self) -> StepForm:
        form = StepForm(
            self.tr("重新办理"),
            self.tr("答复未解决问题，重新办理（重新计算期限）："),
            self.tr("重新办理"),
            self,
        )
        form.add_text(self.tr("重新办理原因"))
        return self._step(
            form,
            lambda: (
                self.tr("确定重新办理投诉 {0} 吗？").format(self.complaint_no),
                form.text().strip(),
                self.tr("确定重新办理"),
            ),
            lambda: partial(
                complaints.reopen,
                self.session.runtime.uow(),
                self.complaint_no,
                form.text(),
                staff_id=self.session.staff_id,
            ),
            self.tr("已重新办理。"),
        )

    def reveal(self) -> None:
        def shown(phone: str) -> None:
            self.fields["phone"].setText(phone)
            self._say(self.tr("已显示完整号码（查看已记录）。"))

        run_in_pool(
            partial(complaints.reveal_contact, staff_id=self.session.staff_id),
            self.session.runtime.uow(),
            self.complaint_no,
            on_done=shown,
            on_error=lambda exc: self._say(error_text(exc)),
            context=self,
        )

    def reject(self) -> None:
        if not self.busy:
            super().reject()
