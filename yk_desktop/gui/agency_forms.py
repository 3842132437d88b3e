"""The small forms of a proxy case's actions: 办理进展, 移交, 关联办件, 结果待领取, 交付办结, 取消代办.

Each is an ``ActionForm`` (the case dialog's): it stays open until the service accepted the entry, and
shows the service's Chinese message when it did not. The two that close a proxy case (交付办结, 取消代办)
ask once more before they are sent.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from yk_desktop.gui.case_forms import ActionForm
from yk_desktop.services.agency import NOTE_MAX, AgencyInfo
from yk_desktop.services.agency_reports import AgentChoice
from yk_desktop.services.hall import WindowInfo
from yk_desktop.store.models.agency import HandOffTo


def _line(name: str, text: str = "", max_length: int = NOTE_MAX, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def _combo(name: str, list_name: str, choices: Sequence[str], *, editable: bool) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.view().setAccessibleName(list_name)
    combo.setEditable(editable)
    combo.addItems(list(choices))
    if editable:
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCurrentIndex(-1)
        line = combo.lineEdit()
        assert line is not None
        line.setMaxLength(NOTE_MAX)
    return combo


class _ConfirmedForm(ActionForm):
    """A form whose 确定 asks once more (the action closes the proxy case for good)."""

    def question(self) -> str:
        return ""

    def _submit(self) -> None:
        if self.busy:
            return
        why = self.check()
        if why:
            self.show_error(why)
            return
        self.error_label.hide()
        self.confirm_then_submit(
            "confirmAgency",
            self.windowTitle(),
            self.question(),
            (self.ok_button.text(), self.tr("确定：{0}").format(self.ok_button.text())),
            (self.tr("返回"), self.tr("返回修改")),
        )


class StepForm(ActionForm):
    """办理进展: what the agent did (picked from the usual steps or typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录办理进展"), self.tr("记录"), self.tr("确定记录办理进展"), parent)
        self.setObjectName("AgencyStepForm")
        common = [
            self.tr("材料预审"),
            self.tr("代为填写申请表"),
            self.tr("代为提交申请"),
            self.tr("电话催办"),
            self.tr("陪同现场核查"),
            self.tr("代为领取结果"),
        ]
        self.note = _combo(self.tr("办理进展"), self.tr("常用办理进展"), common, editable=True)
        self.fields_box.addWidget(self.note)
        self.finish(self.tr("本次办理进展(&N)："), [self.note])

    def check(self) -> str:
        return "" if self.note_text().strip() else self.tr("请填写办理进展。")

    def note_text(self) -> str:
        return self.note.currentText()


class HandOffForm(ActionForm):
    """移交: to a window, to a department, or to an agent (another agent only under 转委托)."""

    def __init__(
        self,
        info: AgencyInfo,
        windows: Sequence[WindowInfo],
        agents: Sequence[AgentChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("移交"), self.tr("移交"), self.tr("确定移交"), parent)
        self.setObjectName("AgencyHandOffForm")
        self.setMinimumWidth(620)
        self.windows = [w for w in windows if w.active]
        self.agents = list(agents)
        self.to_window = QRadioButton(self.tr("窗口(&W)"))
        self.to_window.setAccessibleName(self.tr("移交给窗口"))
        self.to_department = QRadioButton(self.tr("部门(&D)"))
        self.to_department.setAccessibleName(self.tr("移交给部门"))
        self.to_agent = QRadioButton(self.tr("帮办代办员(&G)"))
        self.to_agent.setAccessibleName(self.tr("移交给帮办代办员"))
        group = QButtonGroup(self)
        for radio in (self.to_window, self.to_department, self.to_agent):
            group.addButton(radio)
            radio.toggled.connect(lambda _on: self.enable_fields())
        self.window_combo = _combo(
            self.tr("移交的窗口"),
            self.tr("窗口列表"),
            [self.tr("{0}号窗口（{1}）").format(w.number, w.name) for w in self.windows],
            editable=False,
        )
        self.department_combo = _combo(
            self.tr("移交的部门"), self.tr("本代办事项的部门"), list(info.departments), editable=True
        )
        self.agent_combo = _combo(
            self.tr("移交的帮办代办员"),
            self.tr("帮办代办员列表"),
            [a.name for a in self.agents],
            editable=False,
        )
        current = next((i for i, a in enumerate(self.agents) if a.id == info.agent_id), 0)
        self.agent_combo.setCurrentIndex(current)
        self.note = _line(
            self.tr("移交说明"), placeholder=self.tr("如：提交申请材料、许可证已取回（可不填）")
        )
        self.to_window.setChecked(True)
        self.hint = hint = QLabel(
            self.tr("委托书允许转委托：可移交给其他帮办代办员。")
            if info.sub_delegation
            else self.tr("委托书未授权转委托：只能交回受托人 {0}。").format(info.agent_name)
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.to_window, 0, 0)
        grid.addWidget(self.window_combo, 0, 1)
        grid.addWidget(self.to_department, 1, 0)
        grid.addWidget(self.department_combo, 1, 1)
        grid.addWidget(self.to_agent, 2, 0)
        grid.addWidget(self.agent_combo, 2, 1)
        grid.addWidget(hint, 3, 1)
        note_label = QLabel(self.tr("说明(&M)"))
        note_label.setBuddy(self.note)
        grid.addWidget(note_label, 4, 0)
        grid.addWidget(self.note, 4, 1)
        self.fields_box.addLayout(grid)
        self.enable_fields()
        self.finish(
            self.tr("代办件 {0} 移交给：").format(info.agency_no),
            [
                self.to_window,
                self.window_combo,
                self.to_department,
                self.department_combo,
                self.to_agent,
                self.agent_combo,
                self.note,
            ],
        )

    def enable_fields(self) -> None:
        self.window_combo.setEnabled(self.to_window.isChecked() and not self.busy)
        self.department_combo.setEnabled(self.to_department.isChecked() and not self.busy)
        self.agent_combo.setEnabled(self.to_agent.isChecked() and not self.busy)

    def target(self) -> tuple[str, str, AgentChoice | None]:
        """(kind, to whom in words, the agent when handed to one)."""
        if self.to_agent.isChecked():
            index = self.agent_combo.currentIndex()
            chosen = self.agents[index] if 0 <= index < len(self.agents) else None
            return HandOffTo.AGENT.value, chosen.name if chosen else "", chosen
        if self.to_department.isChecked():
            return HandOffTo.DEPARTMENT.value, self.department_combo.currentText(), None
        return HandOffTo.WINDOW.value, self.window_combo.currentText(), None

    def check(self) -> str:
        kind, words, agent = self.target()
        if kind == HandOffTo.AGENT and agent is None:
            return self.tr("请选择帮办代办员。")
        if kind != HandOffTo.AGENT and not words.strip():
            return self.tr("请选择或填写移交的窗口或部门。")
        return ""

    def note_text(self) -> str:
        return self.note.text()


class LinkCaseForm(ActionForm):
    """关联办件: the case number from the acceptance receipt (typed or scanned)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("关联办件"), self.tr("关联"), self.tr("确定关联办件"), parent)
        self.setObjectName("AgencyLinkForm")
        self.case_no = _line(
            self.tr("办件编号"), max_length=40, placeholder=self.tr("如 C2026000001，可扫码")
        )
        self.fields_box.addWidget(self.case_no)
        self.finish(self.tr("受理回执上的办件编号(&C)："), [self.case_no])

    def check(self) -> str:
        return "" if self.case_no.text().strip() else self.tr("请输入或扫描办件编号。")


class ReadyForm(ActionForm):
    """结果待领取: where the applicant collects it; the notify slip prints next."""

    def __init__(self, place: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("结果待领取"),
            self.tr("登记并打印通知单"),
            self.tr("确定登记结果待领取并打印通知单"),
            parent,
        )
        self.setObjectName("AgencyReadyForm")
        self.place = _line(self.tr("领取地点"), place, 200)
        self.note = _line(self.tr("领取备注"), placeholder=self.tr("如：请携带单位公章（可不填）"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (text, field) in enumerate(
            ((self.tr("领取地点(&P)"), self.place), (self.tr("备注(&N)"), self.note))
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        self.fields_box.addLayout(grid)
        self.finish(self.tr("办理结果已取回，通知委托人领取："), [self.place, self.note])

    def check(self) -> str:
        return "" if self.place.text().strip() else self.tr("请填写领取地点。")


class DeliverForm(_ConfirmedForm):
    """交付办结: who took the result; confirmed, since it closes the proxy case."""

    def __init__(self, info: AgencyInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("交付办结"), self.tr("交付办结"), self.tr("确定交付办结"), parent)
        self.setObjectName("AgencyDeliverForm")
        self.agency_no = info.agency_no
        if info.applicant_kind == "enterprise":
            # An enterprise's result is collected by a person: its contact, when one was recorded.
            who = (
                self.tr("{0}（{1}经办人）").format(info.contact_name, info.applicant_name)
                if info.contact_name
                else info.applicant_name
            )
        else:
            who = self.tr("{0}（本人）").format(info.applicant_name)
        self.who = _line(self.tr("领取人"), who, 200)
        self.note = _line(self.tr("交付备注"), placeholder=self.tr("可不填"))
        self.fields_box.addWidget(self.who)
        self.fields_box.addWidget(self.note)
        self.finish(self.tr("领取人(&W)（代领请写明姓名和与委托人的关系）："), [self.who, self.note])

    def check(self) -> str:
        return "" if self.who.text().strip() else self.tr("请填写领取人。")

    def question(self) -> str:
        return self.tr("交付后代办件 {0} 即办结，不能再记录进展。确定已交付给“{1}”吗？").format(
            self.agency_no, self.who.text().strip()
        )


class CancelForm(_ConfirmedForm):
    """取消代办: the reason; confirmed, since it closes the proxy case."""

    def __init__(self, agency_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("取消代办"), self.tr("取消代办"), self.tr("确定取消代办"), parent)
        self.setObjectName("AgencyCancelForm")
        self.agency_no = agency_no
        common = [
            self.tr("委托人撤回委托"),
            self.tr("委托书到期未续签"),
            self.tr("委托人改为自行办理"),
            self.tr("事项不符合办理条件"),
        ]
        self.reason = _combo(self.tr("取消原因"), self.tr("常用取消原因"), common, editable=True)
        self.fields_box.addWidget(self.reason)
        self.finish(self.tr("取消原因(&R)："), [self.reason])

    def check(self) -> str:
        return "" if self.reason_text().strip() else self.tr("请填写取消原因。")

    def reason_text(self) -> str:
        return self.reason.currentText()

    def question(self) -> str:
        return self.tr("取消后代办件 {0} 即结束，不能恢复。确定取消吗？").format(self.agency_no)
