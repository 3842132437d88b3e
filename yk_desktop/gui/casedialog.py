"""办件详情: one case with its deadlines, materials and history, and what can be done with it next.

``CaseDialog`` shows the case as ``cases.get_case``, ``case_materials`` and ``case_events`` tell it, and offers
the next steps as buttons, each enabled only in the states the service allows (a disabled button's tooltip
says why): 要求补正, 补正完成, 中止计时, 恢复计时, 办结, 登记领取, 补交容缺材料, 打印受理回执, 重打文书.
Each asks what it needs in a small form (``case_forms``) that stays open until the service has accepted it,
so a refused entry (in Chinese, from the service) is corrected, not typed again. Every service call runs on the worker
pool with the dialog disabled; afterwards the case is read again and ``changed`` tells the list.

``open_case(parent_panel, session, case_no)`` is what the clerk panel (a scanned case barcode), the case list
and the manager console call.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui import controls
from yk_desktop.gui.archive import kind_name
from yk_desktop.gui.case_forms import (
    ActionForm,
    CompleteForm,
    CorrectionForm,
    HandOverForm,
    ReasonForm,
    ReceiptForm,
    ReprintForm,
    ToleratedForm,
    hall_time,
)
from yk_desktop.gui.caselist import ROW_COLOURS, state_name, status_text
from yk_desktop.gui.detail_actions import open_form, press, run_action
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.preview import PrintPreviewDialog, print_document
from yk_desktop.gui.review_pad import ask_for_review
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import calendar, cases, documents, letters
from yk_desktop.services.cases import CaseInfo, DeadlineStatus
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.cases import CaseState

# lupdate knows this alias; every string below is found by ``translate("casedialog", "…")``.
translate = QCoreApplication.translate
RECEIPT_KINDS = ("receipt_a4", "receipt_roll", "case")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseEventRow:
    at: datetime
    kind: str
    staff: str
    detail: Mapping[str, object]


@dataclass(frozen=True)
class CaseDetails:
    """Everything the dialog shows, read in one go on a worker thread."""

    info: CaseInfo
    materials: list[tuple[str, int | None, str]]
    events: list[CaseEventRow]
    status: DeadlineStatus
    days_left: int | None
    documents: list[DocumentInfo]  # this case's archived receipts and correction notices, newest first
    today: date

    @property
    def tolerated(self) -> list[str]:
        return [name for name, _pages, status in self.materials if status == "tolerated"]

    def last_event(self, kind: str) -> CaseEventRow | None:
        found = [e for e in self.events if e.kind == kind]
        return found[-1] if found else None


def load_case(runtime: Runtime, case_no: str) -> CaseDetails:
    """Worker thread: the case, its materials and events, its deadline today and its archived documents."""
    info = cases.get_case(runtime.uow(), case_no)
    materials = cases.case_materials(runtime.uow(), info.case_no)
    events = [
        CaseEventRow(at, kind, who or "", detail)
        for at, kind, who, detail in cases.case_events(runtime.uow(), info.case_no)
    ]
    today = runtime.clock.now().astimezone(HALL_TZ).date()
    cal = calendar.work_calendar(runtime.uow())
    status, left = cases.deadline_status(cal, today, info.promised_deadline, info.state)
    numbers = [info.case_no] + [
        str(e.detail["number"]) for e in events if e.kind == "correction" and e.detail.get("number")
    ]
    docs: list[DocumentInfo] = []
    for number in numbers:
        docs += documents.list_documents(runtime.uow(), number=number, limit=50)
    docs.sort(key=lambda d: d.created_at, reverse=True)
    return CaseDetails(info, materials, events, status, left, docs, today)


def material_status_name(status: str) -> str:
    names = {
        "received": translate("casedialog", "已收取"),
        "reused": translate("casedialog", "复用已核验材料"),
        "tolerated": translate("casedialog", "容缺，待补交"),
        "corrected": translate("casedialog", "已补正"),
    }
    return names.get(status, status)


def event_name(kind: str) -> str:
    names = {
        "accepted": translate("casedialog", "受理"),
        "correction": translate("casedialog", "要求补正"),
        "corrected": translate("casedialog", "补正完成"),
        "suspended": translate("casedialog", "中止计时"),
        "resumed": translate("casedialog", "恢复计时"),
        "completed": translate("casedialog", "办结"),
        "handed_over": translate("casedialog", "领取结果"),
        "materials": translate("casedialog", "补交容缺材料"),
    }
    return names.get(kind, kind)


def event_detail(kind: str, detail: Mapping[str, object]) -> str:
    """What an event's stored detail says, as a sentence for the history table."""
    parts: list[str] = []
    if kind == "accepted":
        if detail.get("notice_no"):
            parts.append(translate("casedialog", "告知书 {0}").format(detail["notice_no"]))
        if detail.get("promised_deadline"):
            parts.append(translate("casedialog", "承诺 {0} 前办结").format(detail["promised_deadline"]))
        if detail.get("tolerance"):
            parts.append(translate("casedialog", "容缺受理"))
    elif kind == "correction":
        lines = detail.get("lines")
        names = (
            [str(x.get("material", "")) for x in lines if isinstance(x, dict)]
            if isinstance(lines, list)
            else []
        )
        parts.append(
            translate("casedialog", "补正通知 {0}：{1}").format(detail.get("number", ""), "、".join(names))
        )
        if detail.get("due"):
            parts.append(translate("casedialog", "限 {0} 前补正").format(detail["due"]))
        if detail.get("note"):
            parts.append(str(detail["note"]))
    elif kind in ("corrected", "resumed"):
        if kind == "resumed":
            parts.append(translate("casedialog", "中止 {0} 个工作日").format(detail.get("working_days", 0)))
        if detail.get("promised_deadline"):
            parts.append(translate("casedialog", "承诺办结日调整为 {0}").format(detail["promised_deadline"]))
    elif kind == "suspended":
        parts.append(translate("casedialog", "原因：{0}").format(detail.get("reason", "")))
    elif kind == "completed":
        parts.append(translate("casedialog", "办理结果：{0}").format(detail.get("result", "")))
        if detail.get("late"):
            parts.append(translate("casedialog", "超过承诺办结日"))
    elif kind == "handed_over":
        parts.append(translate("casedialog", "领取人：{0}").format(detail.get("to", "")))
    elif kind == "materials":
        handed_in = detail.get("names")
        if isinstance(handed_in, list):
            parts.append("、".join(str(n) for n in handed_in))
    return translate("casedialog", "；").join(parts)


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "—"


def _table(model: RowTableModel, name: str, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CaseDialog(QDialog):
    """One case; ``loaded`` after every read of it, ``changed`` after every action that changed it."""

    loaded = Signal()
    changed = Signal()

    def __init__(
        self, session: Session, case_no: str, parent: QWidget | None = None, *, print_to: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CaseDialog")
        self.session = session
        self.case_no = case_no.strip()
        self.print_to = print_to  # tests (and "print to file" PCs) print into this PDF file
        self.details: CaseDetails | None = None
        self.busy = False
        self.form: ActionForm | None = None
        self.offer_box: QMessageBox | None = None
        self.preview: PrintPreviewDialog | None = None
        self._loads = LatestOnly()
        self._why_not: dict[QPushButton, str] = {}
        self.setWindowTitle(self.tr("办件 {0}").format(self.case_no))
        self.resize(1000, 760)

        self.content = QWidget()
        self.title_label = QLabel(self.tr("办件 {0}").format(self.case_no))
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("caseState")
        self.state_label.setAccessibleName(self.tr("办件状态"))
        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        captions = [
            ("items", self.tr("事项")),
            ("applicant", self.tr("申请人")),
            ("accepted", self.tr("受理时间")),
            ("notice", self.tr("告知书编号")),
            ("promised", self.tr("承诺办结日")),
            ("legal", self.tr("法定办结日")),
            ("left", self.tr("剩余工作日")),
            ("tolerance", self.tr("容缺补交期限")),
            ("completed", self.tr("办结时间")),
            ("handed", self.tr("领取")),
        ]
        for n, (key, caption) in enumerate(captions):
            label = QLabel(caption + self.tr("："))
            label.setObjectName("captionLabel")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            self.fields[key] = value
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(value, n // 2, (n % 2) * 2 + 1)
        self.note_label = QLabel()
        self.note_label.setObjectName("hintLabel")
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        self.materials_model = RowTableModel(
            [
                Column(self.tr("材料名称"), lambda m: m[0], tooltip=lambda m: m[0]),
                Column(self.tr("页数"), lambda m: m[1], centered=True),
                Column(self.tr("状态"), lambda m: material_status_name(m[2]), centered=True),
            ],
            self,
        )
        self.materials_view = _table(self.materials_model, self.tr("办件材料"), "caseMaterials")
        self.materials_view.horizontalHeader().setStretchLastSection(False)
        self.materials_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events_model = RowTableModel(
            [
                Column(self.tr("时间"), lambda e: hall_time(e.at)),
                Column(self.tr("事件"), lambda e: event_name(e.kind)),
                Column(self.tr("经办人"), lambda e: e.staff),
                Column(
                    self.tr("说明"),
                    lambda e: event_detail(e.kind, e.detail),
                    tooltip=lambda e: event_detail(e.kind, e.detail),
                ),
            ],
            self,
        )
        self.events_view = _table(self.events_model, self.tr("办理记录"), "caseEvents")

        self.correction_button = controls.button(
            self.tr("要求补正(&B)"), self.tr("要求补正"), self.ask_correction
        )
        self.corrected_button = controls.button(
            self.tr("补正完成(&R)"), self.tr("补正完成"), self.mark_corrected
        )
        self.suspend_button = controls.button(self.tr("中止计时(&S)"), self.tr("中止计时"), self.ask_suspend)
        self.resume_button = controls.button(self.tr("恢复计时(&G)"), self.tr("恢复计时"), self.resume)
        self.complete_button = controls.button(self.tr("办结(&J)"), self.tr("办结"), self.ask_complete)
        self.handover_button = controls.button(
            self.tr("登记领取(&L)"), self.tr("登记领取"), self.ask_hand_over
        )
        self.tolerated_button = controls.button(
            self.tr("补交容缺材料(&T)"), self.tr("补交容缺材料"), self.ask_tolerated
        )
        self.receipt_button = controls.button(
            self.tr("打印受理回执(&P)"), self.tr("打印受理回执"), self.ask_receipt
        )
        self.reprint_button = controls.button(
            self.tr("重打文书(&C)"), self.tr("重打存档文书"), self.ask_reprint
        )
        self.close_button = controls.button(self.tr("关闭"), self.tr("关闭办件详情"), self.reject)
        self.action_buttons = [
            self.correction_button,
            self.corrected_button,
            self.suspend_button,
            self.resume_button,
            self.complete_button,
            self.handover_button,
            self.tolerated_button,
            self.receipt_button,
            self.reprint_button,
        ]
        for button in self.action_buttons:
            button.setObjectName("actionButton")
            button.setEnabled(False)
        self.message_label = QLabel(self.tr("正在读取办件…"))
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("办理提示"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("错误提示"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self._lay_out(grid)
        self.reload()

    def _lay_out(self, grid: QGridLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.state_label)
        top.addStretch(1)
        materials_caption = QLabel(self.tr("材料"))
        materials_caption.setObjectName("sectionCaption")
        events_caption = QLabel(self.tr("办理记录"))
        events_caption.setObjectName("sectionCaption")
        lists = QGridLayout()
        lists.addWidget(materials_caption, 0, 0)
        lists.addWidget(events_caption, 0, 1)
        lists.addWidget(self.materials_view, 1, 0)
        lists.addWidget(self.events_view, 1, 1)
        lists.setColumnStretch(0, 2)
        lists.setColumnStretch(1, 3)
        actions = QGridLayout()
        actions.setSpacing(6)
        for n, button in enumerate(self.action_buttons):
            actions.addWidget(button, n // 5, n % 5)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.close_button)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addLayout(grid)
        inner.addWidget(self.note_label)
        inner.addLayout(lists, 1)
        inner.addLayout(actions)
        inner.addWidget(self.error_label)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content)
        order: list[QWidget] = [
            *self.action_buttons,
            self.materials_view,
            self.events_view,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- reading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._loads.run(
            load_case,
            self.session.runtime,
            self.case_no,
            on_done=self._show,
            on_error=self._load_failed,
            context=self,
        )

    def _show(self, details: CaseDetails) -> None:
        self.details = details
        info = details.info
        self.case_no = info.case_no
        self.setWindowTitle(self.tr("办件 {0}").format(info.case_no))
        self.title_label.setText(self.tr("办件 {0}").format(info.case_no))
        self._show_state(details)
        completed = details.last_event("completed")
        handed = details.last_event("handed_over")
        values = {
            "items": "、".join(info.item_names),
            "applicant": info.applicant_name,
            "accepted": hall_time(info.accepted_at),
            "notice": info.notice_no or "—",
            "promised": self.tr("{0}（{1} 个工作日）").format(
                _day(info.promised_deadline), info.promised_days
            ),
            "legal": self.tr("{0}（{1} 个工作日）").format(_day(info.legal_deadline), info.legal_days),
            "left": self._left_text(details),
            "tolerance": _day(info.tolerance_due) if info.tolerance else self.tr("无"),
            "completed": (
                self.tr("{0}：{1}").format(hall_time(info.completed_at), completed.detail.get("result", ""))
                if info.completed_at is not None and completed is not None
                else "—"
            ),
            "handed": (
                self.tr("{0} 由 {1} 领取").format(hall_time(info.handed_over_at), handed.detail.get("to", ""))
                if info.handed_over_at is not None and handed is not None
                else "—"
            ),
        }
        for key, value in values.items():
            self.fields[key].setText(str(value))
        notes = []
        if info.deadline_note:
            notes.append(info.deadline_note)
        if info.state == CaseState.SUSPENDED and info.suspended_on is not None:
            reason = details.last_event("suspended")
            notes.append(
                self.tr("自 {0} 起中止计时（{1}），恢复后期限按中止的工作日顺延。").format(
                    info.suspended_on, reason.detail.get("reason", "") if reason is not None else ""
                )
            )
        if info.state == CaseState.CORRECTION and info.suspended_on is not None:
            notes.append(
                self.tr("自 {0} 起等待补正，期限暂停；补正材料收齐后从次日起重新计算。").format(
                    info.suspended_on
                )
            )
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        self.materials_model.set_rows(details.materials)
        self.events_model.set_rows(details.events)
        self.events_view.scrollToBottom()
        if self.message_label.text() == self.tr("正在读取办件…"):
            self.message_label.setText("")
        self._update_buttons()
        self.loaded.emit()

    def _show_state(self, details: CaseDetails) -> None:
        text = status_text(details.info.state, details.status)
        colours = ROW_COLOURS.get(details.status)
        bg, fg = colours if colours is not None else ("#e8f2e8", "#1d2733")
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            f"background: {bg}; color: {fg}; padding: 3px 10px; border-radius: 3px; font-weight: bold;"
        )

    def _left_text(self, details: CaseDetails) -> str:
        left = details.days_left
        if details.status is DeadlineStatus.DONE:
            return self.tr("已办结")
        if details.status is DeadlineStatus.STOPPED or left is None:
            return self.tr("停止计时")
        if left < 0:
            return self.tr("已逾期 {0} 个工作日").format(-left)
        if left == 0:
            return self.tr("今日到期")
        return self.tr("{0} 个工作日").format(left)

    def _load_failed(self, exc: BaseException) -> None:
        self.message_label.setText("")
        self.show_error(error_text(exc))
        self._update_buttons()
        self.loaded.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- what may be done now ------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        details = self.details
        if details is None:
            why: dict[QPushButton, str] = dict.fromkeys(self.action_buttons, self.tr("正在读取办件…"))
        else:
            why = self._why_not_now(details)
        tips = {
            self.correction_button: self.tr("列出需要补正的材料，打印补正通知书；补正期间期限暂停"),
            self.corrected_button: self.tr("补正材料已收齐，从次日起重新计算办结期限"),
            self.suspend_button: self.tr("听证、检验、鉴定、专家评审等，期限暂停计算"),
            self.resume_button: self.tr("恢复计时，期限按中止的工作日顺延"),
            self.complete_button: self.tr("登记办理结果（办结后不能撤销）"),
            self.handover_button: self.tr("登记办理结果已由谁领取"),
            self.tolerated_button: self.tr("登记容缺受理后补交的材料"),
            self.receipt_button: self.tr("重新生成受理回执并打印（A4 或 80 毫米小票）"),
            self.reprint_button: self.tr("按存档原件重新打印受理回执或补正通知书"),
        }
        for button in self.action_buttons:
            reason = why.get(button, "")
            button.setEnabled(not reason and not self.busy)
            button.setToolTip(reason or tips[button])
        self._why_not = why

    def _why_not_now(self, details: CaseDetails) -> dict[QPushButton, str]:
        info = details.info
        now = state_name(info.state)
        accepted = info.state == CaseState.ACCEPTED
        handover = ""
        if info.state != CaseState.COMPLETED:
            handover = self.tr("办结后才能登记领取（当前为“{0}”）。").format(now)
        elif info.handed_over_at is not None:
            handover = self.tr("结果已于 {0} 领取。").format(hall_time(info.handed_over_at))
        return {
            self.correction_button: ""
            if accepted
            else self.tr("只有办理中的办件才能要求补正（当前为“{0}”）。").format(now),
            self.corrected_button: (
                ""
                if info.state == CaseState.CORRECTION
                else self.tr("办件不在待补正状态（当前为“{0}”）。").format(now)
            ),
            self.suspend_button: ""
            if accepted
            else self.tr("只有办理中的办件才能中止计时（当前为“{0}”）。").format(now),
            self.resume_button: (
                ""
                if info.state == CaseState.SUSPENDED
                else self.tr("办件没有中止计时（当前为“{0}”）。").format(now)
            ),
            self.complete_button: ""
            if accepted
            else self.tr("只有办理中的办件才能办结（当前为“{0}”）。").format(now),
            self.handover_button: handover,
            self.tolerated_button: "" if details.tolerated else self.tr("没有待补交的容缺材料。"),
            self.receipt_button: (
                ""
                if info.state != CaseState.CORRECTION
                and info.promised_deadline is not None
                and info.legal_deadline is not None
                else self.tr("补正材料收齐后重新计算办结期限，届时再打印受理回执。")
            ),
            self.reprint_button: "" if details.documents else self.tr("该办件还没有存档的文书。"),
        }

    # -- running an action ---------------------------------------------------------------------------
    @property
    def status_label(self) -> QLabel:
        return self.message_label

    def _run(
        self,
        busy_text: str,
        call: Callable[[], object],
        done: Callable[[Any], None],
        form: ActionForm | None = None,
    ) -> None:
        run_action(self, busy_text, call, done, form)

    def _open_form(self, form: ActionForm, submitted: Callable[[], None]) -> None:
        open_form(self, form, submitted)

    def _press(self, button: QPushButton) -> bool:
        return press(self, button)

    def _done_text(self, text: str) -> Callable[[Any], None]:
        return lambda _result: self.message_label.setText(text)

    def ask_correction(self) -> None:
        if not self._press(self.correction_button):
            return
        assert self.details is not None
        names = [name for name, _pages, _status in self.details.materials]
        form = CorrectionForm(names, self.details.today, self)
        self._open_form(form, lambda: self._request_correction(form))

    def _request_correction(self, form: CorrectionForm) -> None:
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        lines, due, note = form.correction_lines(), form.due_date(), form.note_text()

        def request() -> str:
            number = cases.request_correction(
                runtime.uow(), case_no, lines, staff_id=staff_id, due=due, note=note
            )
            try:
                # Archived at once: 稍后打印, a closed dialog or a failed print still leave it to reprint.
                letters.archive_correction(runtime, number, staff_id=staff_id)
            except Exception:
                log.exception(
                    "correction notice %s could not be archived now; it is built when printed", number
                )
            return number

        self._run(self.tr("正在登记补正…"), request, self._correction_requested, form)

    def _correction_requested(self, number: str) -> None:
        self.message_label.setText(
            self.tr("已登记补正，补正通知书编号 {0}。补齐材料后办理期限从次日起重新计算。").format(number)
        )
        box = QMessageBox(self)
        box.setObjectName("offerCorrectionPrint")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("打印补正通知书"))
        box.setText(self.tr("补正通知书 {0} 已生成。现在打印交给申请人吗？").format(number))
        yes = box.addButton(self.tr("打印(&P)"), QMessageBox.ButtonRole.AcceptRole)
        yes.setAccessibleName(self.tr("打印补正通知书"))
        later = box.addButton(self.tr("稍后打印"), QMessageBox.ButtonRole.RejectRole)
        later.setAccessibleName(self.tr("稍后打印补正通知书"))
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            self.offer_box = None
            if button is yes:
                self.print_correction(number)

        box.buttonClicked.connect(answered)
        self.offer_box = box
        box.open()

    def print_correction(self, number: str) -> None:
        """Build and archive the correction notice ``number``, then print it."""
        runtime, staff_id = self.session.runtime, self.session.staff_id

        def build() -> tuple[DocumentInfo, bytes]:
            found = documents.list_documents(runtime.uow(), kind="correction", number=number, limit=1)
            doc = found[0] if found else letters.archive_correction(runtime, number, staff_id=staff_id)
            return doc, documents.document_pdf(runtime.uow(), doc.id)

        self._run(self.tr("正在生成补正通知书…"), build, self._print)

    def mark_corrected(self) -> None:
        if not self._press(self.corrected_button):
            return
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        self._run(
            self.tr("正在登记补正完成…"),
            lambda: cases.corrected(runtime.uow(), case_no, staff_id=staff_id),
            lambda info: self.message_label.setText(
                self.tr("补正完成，办结期限重新计算：承诺 {0} 前办结。").format(_day(info.promised_deadline))
            ),
        )

    def ask_suspend(self) -> None:
        if not self._press(self.suspend_button):
            return
        form = ReasonForm(self)
        self._open_form(form, lambda: self._suspend(form))

    def _suspend(self, form: ReasonForm) -> None:
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        reason = form.reason_text()
        self._run(
            self.tr("正在中止计时…"),
            lambda: cases.suspend(runtime.uow(), case_no, reason, staff_id=staff_id),
            self._done_text(self.tr("已中止计时，请书面告知申请人。")),
            form,
        )

    def resume(self) -> None:
        if not self._press(self.resume_button):
            return
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        self._run(
            self.tr("正在恢复计时…"),
            lambda: cases.resume(runtime.uow(), case_no, staff_id=staff_id),
            lambda info: self.message_label.setText(
                self.tr("已恢复计时：承诺 {0} 前办结。").format(_day(info.promised_deadline))
            ),
        )

    def ask_complete(self) -> None:
        if not self._press(self.complete_button):
            return
        form = CompleteForm(self.case_no, self)
        self._open_form(form, lambda: self._complete(form))

    def _complete(self, form: CompleteForm) -> None:
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        result = form.result_text()
        self._run(
            self.tr("正在办结…"),
            lambda: cases.complete(runtime.uow(), case_no, result, staff_id=staff_id),
            self._done_text(self.tr("已办结。申请人领取结果时请点“登记领取”。")),
            form,
        )

    def ask_hand_over(self) -> None:
        if not self._press(self.handover_button):
            return
        assert self.details is not None
        form = HandOverForm(self.details.info.applicant_name, self)
        self._open_form(form, lambda: self._hand_over(form))

    def _hand_over(self, form: HandOverForm) -> None:
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        who = form.who_text()
        self._run(
            self.tr("正在登记领取…"),
            lambda: cases.hand_over(runtime.uow(), case_no, who, staff_id=staff_id),
            self._handed_over,
            form,
        )

    def _handed_over(self, info: CaseInfo) -> None:
        self.message_label.setText(self.tr("已登记领取。"))
        # 一次一评 of the case when the applicant is at the window to collect the result (办结 itself is
        # usually back-office work with nobody there to ask).
        if self.session.config.review.after_finish:
            # Owned by the clerk's panel, not this dialog: the clerk closing the case must not take the pad
            # away from the applicant mid-rating.
            pad = ask_for_review(self.session, self.parentWidget(), case_no=info.case_no)
            pad.unavailable.connect(self.message_label.setText)

    def ask_tolerated(self) -> None:
        if not self._press(self.tolerated_button):
            return
        assert self.details is not None
        form = ToleratedForm(self.details.tolerated, self)
        self._open_form(form, lambda: self._tolerated(form))

    def _tolerated(self, form: ToleratedForm) -> None:
        runtime, case_no, staff_id = self.session.runtime, self.case_no, self.session.staff_id
        received = form.received()
        self._run(
            self.tr("正在登记补交的材料…"),
            lambda: cases.tolerated_received(runtime.uow(), case_no, received, staff_id=staff_id),
            lambda info: self.message_label.setText(
                self.tr("已登记补交的材料。") if info.tolerance else self.tr("容缺材料已全部补齐。")
            ),
            form,
        )

    # -- printing ------------------------------------------------------------------------------------
    def ask_receipt(self) -> None:
        if not self._press(self.receipt_button):
            return
        form = ReceiptForm(self)
        self._open_form(form, lambda: self._receipt(form))

    def _receipt(self, form: ReceiptForm) -> None:
        runtime, case_no, staff_id, roll = (
            self.session.runtime,
            self.case_no,
            self.session.staff_id,
            form.on_roll(),
        )

        def build() -> tuple[DocumentInfo, bytes]:
            doc = letters.archive_receipt(runtime, case_no, roll=roll, staff_id=staff_id)
            return doc, documents.document_pdf(runtime.uow(), doc.id)

        self._run(self.tr("正在生成受理回执…"), build, self._print, form)

    def ask_reprint(self) -> None:
        if not self._press(self.reprint_button):
            return
        assert self.details is not None
        form = ReprintForm(self.details.documents, self)
        self._open_form(form, lambda: self._reprint(form))

    def _reprint(self, form: ReprintForm) -> None:
        runtime, doc = self.session.runtime, form.document()
        self._run(
            self.tr("正在读取存档文书…"),
            lambda: (doc, documents.document_pdf(runtime.uow(), doc.id)),
            self._print,
            form,
        )

    def _print(self, built: tuple[DocumentInfo, bytes]) -> None:
        """Print an archived document through the one print path; the archive records the outcome."""
        doc, pdf = built
        runtime, staff_id = self.session.runtime, self.session.staff_id
        title = self.tr("{0}（{1}）").format(kind_name(doc.kind), doc.number)

        def printed() -> None:
            self.message_label.setText(self.tr("{0} 已打印。").format(title))
            run_in_pool(
                documents.mark_printed,
                runtime.uow(),
                doc.id,
                staff_id,
                on_done=lambda _none: self.reload(),
                on_error=lambda exc: self.show_error(error_text(exc)),
                context=self,
            )

        def failed(text: str) -> None:
            self.show_error(
                self.tr("{0} 未能打印：{1} 文书已存档，可点“重打文书”再次打印。").format(title, text)
            )
            run_in_pool(
                documents.mark_failed,
                runtime.uow(),
                doc.id,
                text,
                on_done=lambda _none: self.reload(),
                context=self,
            )

        self.message_label.setText(self.tr("{0} 已存档，正在打印…").format(title))
        self.preview = print_document(
            pdf, doc.kind, title, self, on_printed=printed, on_failed=failed, print_to=self.print_to
        )

    # -- closing -------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:
            return  # the service call is on its way; its answer must be shown
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def open_case(
    parent_panel: QWidget | None, session: Session, case_no: str, *, print_to: Path | None = None
) -> CaseDialog:
    """Open the case dialog for ``case_no`` over ``parent_panel`` (window-modal, not blocking) and return it.

    For the clerk panel (a scanned case barcode), the case list and the manager console; connect to the
    returned dialog's ``changed`` to reload a list after each action. The dialog deletes itself when closed.
    """
    dialog = CaseDialog(session, case_no, parent_panel, print_to=print_to)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
