"""One proxy case (代办件): who, what, under which 委托书, where the matter is now, the linked case's deadline,
the step log, and the next actions — each enabled only when the service would allow it, its tooltip saying
why not. Shown beside the proxy-case list, and on its own (``open_agency``) when a D… barcode is scanned.

Every service call runs on the worker pool with the widget disabled; afterwards the proxy case is read
again and ``changed`` tells the list. The number to call about the result is masked; 查看完整号码 shows it
whole to the agent, the 受托人, whoever registered the proxy case or a manager, and the service logs it.
Closing a form, or the window ``open_agency`` opened, makes the opener's window active again (its function
keys work at once).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.agency_common import (
    day_text,
    event_name,
    event_text,
    hall_time,
    print_archived,
    read_scan,
    state_name,
    table,
)
from yk_desktop.gui.agency_forms import (
    CancelForm,
    DeliverForm,
    HandOffForm,
    LinkCaseForm,
    ReadyForm,
    StepForm,
)
from yk_desktop.gui.agency_register import authorization_pdf
from yk_desktop.gui.case_forms import ActionForm
from yk_desktop.gui.caselist import ROW_COLOURS, status_text
from yk_desktop.gui.controls import button, hand_back
from yk_desktop.gui.detail_actions import open_form, press, run_action
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.scan_viewer import PDF, DecodedImage, ScanViewer, decode_image
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.services import agency, agency_documents, agency_reports, documents, hall
from yk_desktop.services.agency import AgencyInfo
from yk_desktop.services.agency_files import FILE_FILTER, AttachmentInfo
from yk_desktop.services.agency_reports import AgentChoice, EventRow, LinkedDeadline
from yk_desktop.services.cases import DeadlineStatus
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.hall import WindowInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models.agency import AgencyState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgencyDetails:
    """Everything the widget shows, read in one go on a worker thread."""

    info: AgencyInfo
    events: list[EventRow]
    linked: LinkedDeadline | None
    today: date
    windows: list[WindowInfo]
    agents: list[AgentChoice]

    @property
    def expired(self) -> bool:
        return not self.info.closed and not self.info.valid_from <= self.today <= self.info.valid_until


def load_details(runtime: Runtime, agency_no: str) -> AgencyDetails:
    info = agency.get(runtime.uow(), agency_no)
    return AgencyDetails(
        info,
        agency_reports.events(runtime.uow(), info.agency_no),
        agency_reports.linked_deadline(runtime.uow(), info.agency_no),
        agency.today_in(runtime.uow()),
        hall.list_windows(runtime.uow()),
        agency_reports.list_agents(runtime.uow()),
    )


def ready_and_archive(
    runtime: Runtime, agency_no: str, place: str, note: str, staff_id: Any
) -> tuple[DocumentInfo, bytes]:
    """Worker thread: 结果待领取, then the notify slip archived for printing."""
    agency.mark_ready(runtime.uow(), agency_no, place, note, staff_id=staff_id)
    return slip_pdf(runtime, agency_no, staff_id)


def slip_pdf(runtime: Runtime, agency_no: str, staff_id: Any) -> tuple[DocumentInfo, bytes]:
    """Worker thread: the archived slip of the latest 结果待领取 (made now if there is none yet)."""
    found = documents.list_documents(
        runtime.uow(), kind=agency_documents.READY_SLIP, number=agency_no, limit=1
    )
    doc = found[0] if found else agency_documents.archive_ready_slip(runtime, agency_no, staff_id)
    return doc, documents.document_pdf(runtime.uow(), doc.id)


def attach_file(runtime: Runtime, agency_no: str, path: Path, staff_id: Any) -> str:
    upload = read_scan(path)
    return agency.attach_authorization(runtime.uow(), agency_no, upload, staff_id=staff_id).file_name


def read_scan_for_viewing(
    runtime: Runtime, agency_no: str, staff_id: Any
) -> tuple[AttachmentInfo, bytes, DecodedImage | None]:
    """Worker thread: the scan (the viewing logged by the service), an image already decoded."""
    info, data = agency.authorization_scan(runtime.uow(), agency_no, staff_id=staff_id)
    return info, data, None if info.content_type == PDF else decode_image(data)


class AgencyDetail(QWidget):
    """``loaded`` after every read, ``changed`` after every action that changed the proxy case."""

    loaded = Signal()
    changed = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, print_to: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgencyDetail")
        self.session = session
        self.print_to = print_to
        self.agency_no: str | None = None
        self.details: AgencyDetails | None = None
        self.busy = False
        self.form: ActionForm | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.scan_viewer: ScanViewer | None = None
        self._loads = LatestOnly()
        self._why_not: dict[QPushButton, str] = {}
        # (agency_no, whole number) once asked for with 查看完整号码; every other time the number is masked.
        self.whole_phone: tuple[str, str] | None = None

        self.content = QWidget()
        self.title = QLabel(self.tr("请在左侧选择代办件"))
        self.title.setObjectName("sectionTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("代办件状态"))
        self.fields: dict[str, QLabel] = {}
        captions = [
            ("applicant", self.tr("委托人")),
            ("contact", self.tr("联系人")),
            ("agent", self.tr("受托人")),
            ("holder", self.tr("当前所在")),
            ("items", self.tr("代办事项")),
            ("matter", self.tr("委托事项")),
            ("powers", self.tr("代理权限")),
            ("validity", self.tr("委托期限")),
            ("case", self.tr("关联办件")),
            ("deadline", self.tr("办件期限")),
            ("created", self.tr("登记时间")),
            ("closed", self.tr("办结/取消")),
            ("scan", self.tr("委托书扫描件")),
        ]
        # Only the people of this proxy case (and managers) see the whole number, on asking, and it is logged.
        self.phone_button = button(
            self.tr("查看完整号码(&V)"), self.tr("查看完整联系电话"), self.reveal_phone
        )
        self.phone_button.setEnabled(False)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        for row, (key, caption) in enumerate(captions):
            label = QLabel(caption + self.tr("："))
            label.setObjectName("captionLabel")
            value = QLabel("—")
            value.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are typed text, never markup
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            self.fields[key] = value
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
        self.grid.addWidget(self.phone_button, [k for k, _c in captions].index("contact"), 2)
        self.events_model = RowTableModel(
            [
                Column(self.tr("时间"), lambda e: hall_time(e.at)),
                Column(self.tr("事项"), lambda e: event_name(e.kind)),
                Column(self.tr("经办人"), lambda e: e.staff_name),
                Column(
                    self.tr("说明"),
                    lambda e: event_text(e.kind, e.to_name, e.note, e.detail),
                    tooltip=lambda e: event_text(e.kind, e.to_name, e.note, e.detail),
                ),
            ],
            self,
        )
        self.events_view = table(self.events_model, self.tr("代办记录"), "agencyEvents")

        self.step_button = button(self.tr("办理进展(&J)"), self.tr("记录办理进展"), self.ask_step)
        self.handoff_button = button(self.tr("移交(&Y)"), self.tr("移交"), self.ask_hand_off)
        self.link_button = button(self.tr("关联办件(&L)"), self.tr("关联办件"), self.ask_link)
        self.scan_button = button(
            self.tr("附加扫描件(&F)"), self.tr("附加或更换委托书扫描件"), self.choose_scan
        )
        self.view_scan_button = button(self.tr("查看扫描件(&S)"), self.tr("查看委托书扫描件"), self.view_scan)
        self.form_button = button(self.tr("打印委托书(&P)"), self.tr("打印委托书"), self.print_form)
        self.ready_button = button(
            self.tr("结果待领取(&R)"), self.tr("结果待领取并打印通知单"), self.ask_ready
        )
        self.slip_button = button(self.tr("重打通知单"), self.tr("重打领取通知单"), self.print_slip)
        self.deliver_button = button(self.tr("交付办结(&D)"), self.tr("交付办结"), self.ask_deliver)
        self.cancel_button = button(self.tr("取消代办(&X)"), self.tr("取消代办"), self.ask_cancel)
        self.action_buttons = [
            self.step_button,
            self.handoff_button,
            self.link_button,
            self.scan_button,
            self.view_scan_button,
            self.form_button,
            self.ready_button,
            self.slip_button,
            self.deliver_button,
            self.cancel_button,
        ]
        for b in self.action_buttons:
            b.setObjectName("actionButton")
            b.setEnabled(False)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("代办提示"))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("错误提示"))
        self.error_label.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.state_label)
        top.addStretch(1)
        log_caption = QLabel(self.tr("代办记录"))
        log_caption.setObjectName("sectionCaption")
        actions = QGridLayout()
        actions.setSpacing(6)
        for n, b in enumerate(self.action_buttons):
            actions.addWidget(b, n // 5, n % 5)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addLayout(self.grid)
        inner.addWidget(log_caption)
        inner.addWidget(self.events_view, 1)
        inner.addLayout(actions)
        inner.addWidget(self.error_label)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content)
        for first, second in itertools.pairwise([self.phone_button, *self.action_buttons, self.events_view]):
            QWidget.setTabOrder(first, second)

    # -- reading -------------------------------------------------------------------------------------
    def show_agency(self, agency_no: str) -> None:
        if agency_no != self.agency_no:
            self.message.setText("")
            self.error_label.hide()
            self.whole_phone = None
        self.agency_no = agency_no
        self.reload()

    def reload(self) -> None:
        if self.agency_no is None:
            return
        self._loads.run(
            load_details,
            self.session.runtime,
            self.agency_no,
            on_done=self._show,
            on_error=self._load_failed,
            context=self,
        )

    def _show(self, details: AgencyDetails) -> None:
        self.details = details
        info = details.info
        self.agency_no = info.agency_no
        self.title.setText(self.tr("代办件 {0}").format(info.agency_no))
        self._show_state(details)
        linked = details.linked
        powers = "、".join(info.powers)
        values = {
            "applicant": self.tr("{0}（{1}）").format(info.applicant_name, info.applicant_id_masked),
            "contact": self._contact_text(info),
            "agent": self._agent_text(info),
            "holder": info.holder or "—",
            "items": "、".join(info.item_names),
            "matter": info.matter,
            "powers": powers + (self.tr("；允许转委托") if info.sub_delegation else self.tr("；不得转委托")),
            "validity": self.tr("{0} 至 {1}").format(info.valid_from, info.valid_until)
            + (self.tr("（已过期，不能继续代办）") if details.expired else ""),
            "case": linked.case_no if linked is not None else self.tr("未关联"),
            "deadline": self._deadline_text(linked),
            "created": hall_time(info.created_at),
            "closed": self._closed_text(info),
            "scan": self.tr("{0}（{1} KB，SHA-256 {2}…）").format(
                info.attachment.file_name, max(1, info.attachment.size // 1024), info.attachment.sha256[:12]
            )
            if info.attachment is not None
            else self.tr("未附加"),
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.events_model.set_rows(details.events)
        self.events_view.scrollToBottom()
        self._update_buttons()
        self.loaded.emit()

    def _contact_text(self, info: AgencyInfo) -> str:
        """Whom to call about the result, the number masked unless 查看完整号码 was asked for."""
        whole = self.whole_phone
        phone = whole[1] if whole is not None and whole[0] == info.agency_no else info.contact_phone_masked
        who = info.contact_name or (self.tr("委托人本人") if phone else "")
        return " ".join(p for p in (who, phone) if p) or "—"

    def _agent_text(self, info: AgencyInfo) -> str:
        text = (
            self.tr("{0}（{1}）").format(info.agent_name, info.agent_phone)
            if info.agent_phone
            else info.agent_name
        )
        if info.authorized_agent_name and info.authorized_agent_name != info.agent_name:
            text += self.tr("；由委托书受托人 {0} 转委托").format(info.authorized_agent_name)
        return text

    def _deadline_text(self, linked: LinkedDeadline | None) -> str:
        if linked is None:
            return "—"
        status = status_text(linked.case_state, linked.status)
        left = linked.days_left
        if left is None:
            return self.tr("承诺 {0} 前办结（{1}）").format(day_text(linked.promised_deadline), status)
        if left < 0:
            return self.tr("承诺 {0} 前办结（{1}，已逾期 {2} 个工作日）").format(
                day_text(linked.promised_deadline), status, -left
            )
        return self.tr("承诺 {0} 前办结（{1}，剩 {2} 个工作日）").format(
            day_text(linked.promised_deadline), status, left
        )

    def _closed_text(self, info: AgencyInfo) -> str:
        if info.state == AgencyState.CANCELLED:
            return self.tr("{0} 取消：{1}").format(hall_time(info.closed_at), info.cancel_reason)
        if info.state == AgencyState.DELIVERED:
            return self.tr("{0} 交付").format(hall_time(info.closed_at))
        if info.ready_at is not None:
            return self.tr("结果 {0} 待领取").format(hall_time(info.ready_at))
        return "—"

    def _show_state(self, details: AgencyDetails) -> None:
        linked = details.linked
        status = linked.status if linked is not None and not details.info.closed else None
        colours = ROW_COLOURS.get(status) if status is not None else None
        if details.expired:
            colours = ROW_COLOURS[DeadlineStatus.OVERDUE]  # nothing can go on: as urgent as an overdue case
        bg, fg = colours if colours is not None else ("#e8f2e8", "#1d2733")
        text = state_name(details.info.state)
        if details.expired:
            text = self.tr("{0} · 委托书已过期").format(text)
        self.state_label.setText(text)
        self.state_label.setStyleSheet(
            f"background: {bg}; color: {fg}; padding: 3px 10px; border-radius: 3px; font-weight: bold;"
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.show_error(error_text(exc))
        self.loaded.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- what may be done now ------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        details = self.details
        why = (
            dict.fromkeys(self.action_buttons, self.tr("请先选择代办件。"))
            if details is None
            else self._why_not_now(details)
        )
        for b in self.action_buttons:
            reason = why.get(b, "")
            b.setEnabled(not reason and not self.busy)
            b.setToolTip(reason or b.accessibleName())
        if not why.get(self.view_scan_button):
            self.view_scan_button.setToolTip(self.tr("查看委托书扫描件（查看会记录在代办记录中）"))
        self._why_not = why
        phone_why = self.tr("请先选择代办件。") if details is None else self._why_not_reveal(details.info)
        self.phone_button.setEnabled(not phone_why and not self.busy)
        self.phone_button.setToolTip(phone_why or self.tr("显示完整号码以便联系（查看会记录在代办记录中）"))

    def _why_not_reveal(self, info: AgencyInfo) -> str:
        staff = self.session.staff
        if not info.contact_phone_masked:
            return self.tr("没有留下联系电话。")
        if self.whole_phone is not None and self.whole_phone[0] == info.agency_no:
            return self.tr("已显示完整号码。")
        if not agency.may_call(info, self.session.staff_id, staff.role if staff is not None else None):
            return self.tr("只有本代办件的帮办代办员、受托人、登记人或大厅负责人可以查看完整号码。")
        return ""

    def _why_not_now(self, d: AgencyDetails) -> dict[QPushButton, str]:
        info = d.info
        closed = self.tr("代办件{0}。").format(state_name(info.state)) if info.closed else ""
        expired = self.tr("委托书已过期，不能继续代办；请重新签署委托书或取消代办。") if d.expired else ""
        stopped = closed or expired
        ready = info.state == AgencyState.READY
        return {
            self.step_button: stopped,
            self.handoff_button: stopped or (self.tr("结果待领取，请交付办结。") if ready else ""),
            self.link_button: stopped,
            self.scan_button: closed,
            self.view_scan_button: "" if info.attachment is not None else self.tr("还没有附加委托书扫描件。"),
            self.form_button: "",
            self.ready_button: stopped or (self.tr("已登记结果待领取，可重打通知单。") if ready else ""),
            self.slip_button: "" if info.ready_at is not None else self.tr("结果待领取后才有领取通知单。"),
            self.deliver_button: stopped or ("" if ready else self.tr("结果待领取后才能交付办结。")),
            self.cancel_button: closed,
        }

    # -- running an action ---------------------------------------------------------------------------
    @property
    def status_label(self) -> QLabel:
        return self.message

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

    def _press(self, b: QPushButton) -> bool:
        return press(self, b)

    def _said(self, text: str) -> Callable[[Any], None]:
        return lambda _result: self.message.setText(text)

    def _ids(self) -> tuple[Runtime, str, Any]:
        assert self.agency_no is not None
        return self.session.runtime, self.agency_no, self.session.staff_id

    def reveal_phone(self) -> None:
        """The whole number, for the call about the result; the service checks who asks and logs it."""
        if not self.phone_button.isEnabled() or self.busy or self.details is None:
            return
        runtime, number, staff_id = self._ids()

        def shown(phone: str) -> None:
            self.whole_phone = (number, phone)
            if self.details is not None and self.details.info.agency_no == number:
                self.fields["contact"].setText(self._contact_text(self.details.info))
            self.message.setText(self.tr("已显示完整号码（查看已记录）。"))

        call = lambda: agency.reveal_contact(runtime.uow(), number, staff_id=staff_id)  # noqa: E731
        self._run(self.tr("正在读取联系电话…"), call, shown)

    def ask_step(self) -> None:
        if not self._press(self.step_button):
            return
        form = StepForm(self)
        self._open_form(form, lambda: self._step(form))

    def _step(self, form: StepForm) -> None:
        runtime, number, staff_id = self._ids()
        note = form.note_text()
        call = lambda: agency.record_step(runtime.uow(), number, note, staff_id=staff_id)  # noqa: E731
        self._run(self.tr("正在记录…"), call, self._said(self.tr("已记录办理进展。")), form)

    def ask_hand_off(self) -> None:
        if not self._press(self.handoff_button):
            return
        assert self.details is not None
        form = HandOffForm(self.details.info, self.details.windows, self.details.agents, self)
        self._open_form(form, lambda: self._hand_off(form))

    def _hand_off(self, form: HandOffForm) -> None:
        runtime, number, staff_id = self._ids()
        kind, words, chosen = form.target()
        note = form.note_text()

        def call() -> AgencyInfo:
            return agency.hand_off(
                runtime.uow(),
                number,
                kind,
                words,
                note,
                staff_id=staff_id,
                to_staff_id=chosen.id if chosen is not None else None,
            )

        self._run(
            self.tr("正在移交…"),
            call,
            lambda info: self.message.setText(self.tr("已移交：{0}。").format(info.holder)),
            form,
        )

    def ask_link(self) -> None:
        if not self._press(self.link_button):
            return
        form = LinkCaseForm(self)
        self._open_form(form, lambda: self._link(form))

    def _link(self, form: LinkCaseForm) -> None:
        runtime, number, staff_id = self._ids()
        case_no = form.case_no.text()
        call = lambda: agency.link_case(runtime.uow(), number, case_no, staff_id=staff_id)  # noqa: E731
        self._run(
            self.tr("正在关联办件…"),
            call,
            lambda info: self.message.setText(self.tr("已关联办件 {0}。").format(info.case_no)),
            form,
        )

    def choose_scan(self) -> None:
        if not self._press(self.scan_button):
            return
        dialog = QFileDialog(self, self.tr("选择签字后的委托书扫描件"))
        dialog.setNameFilter(self.tr("扫描件 ({0})").format(FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.attach(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def attach(self, path: Path) -> None:
        self.file_dialog = None
        runtime, number, staff_id = self._ids()
        self._run(
            self.tr("正在附加扫描件…"),
            lambda: attach_file(runtime, number, path, staff_id),
            lambda name: self.message.setText(self.tr("已附加委托书扫描件“{0}”。").format(name)),
        )

    def view_scan(self) -> None:
        """The signed 委托书 as scanned (viewing is logged: it carries whole ID numbers)."""
        if not self._press(self.view_scan_button):
            return
        runtime, number, staff_id = self._ids()
        self._run(
            self.tr("正在读取扫描件…"),
            lambda: read_scan_for_viewing(runtime, number, staff_id),
            lambda shown: self._show_scan(number, *shown),
        )

    def _show_scan(
        self, number: str, info: AttachmentInfo, data: bytes, decoded: DecodedImage | None
    ) -> None:
        title = self.tr("委托书扫描件 — {0} — {1}").format(number, info.file_name)
        viewer = ScanViewer(data, info.content_type, title, self, decoded=decoded)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scan_viewer = viewer

        def closed(_result: int) -> None:
            if self.scan_viewer is viewer:
                self.scan_viewer = None  # deleted on close: nothing may reach for it afterwards

        viewer.finished.connect(closed)
        viewer.open()

    def print_form(self) -> None:
        if not self._press(self.form_button):
            return
        runtime, number, staff_id = self._ids()
        self._run(
            self.tr("正在生成委托书…"),
            lambda: authorization_pdf(runtime, number, staff_id),
            lambda built: self._print(built, self.tr("委托书（{0}）").format(number)),
        )

    def ask_ready(self) -> None:
        if not self._press(self.ready_button):
            return
        window = self.session.window_number
        place = self.tr("{0}号窗口").format(window) if window is not None else self.session.hall_name
        form = ReadyForm(place, self)
        self._open_form(form, lambda: self._ready(form))

    def _ready(self, form: ReadyForm) -> None:
        runtime, number, staff_id = self._ids()
        place, note = form.place.text(), form.note.text()
        self._run(
            self.tr("正在登记结果待领取…"),
            lambda: ready_and_archive(runtime, number, place, note, staff_id),
            lambda built: self._print(built, self.tr("领取通知单（{0}）").format(number)),
            form,
        )

    def print_slip(self) -> None:
        if not self._press(self.slip_button):
            return
        runtime, number, staff_id = self._ids()
        self._run(
            self.tr("正在生成领取通知单…"),
            lambda: slip_pdf(runtime, number, staff_id),
            lambda built: self._print(built, self.tr("领取通知单（{0}）").format(number)),
        )

    def _print(self, built: tuple[DocumentInfo, bytes], title: str) -> None:
        self.preview = print_archived(
            self, self.session, built, title=title, say=self.message.setText, print_to=self.print_to
        )

    def ask_deliver(self) -> None:
        if not self._press(self.deliver_button):
            return
        assert self.details is not None
        form = DeliverForm(self.details.info, self)
        self._open_form(form, lambda: self._deliver(form))

    def _deliver(self, form: DeliverForm) -> None:
        runtime, number, staff_id = self._ids()
        who, note = form.who.text(), form.note.text()
        call = lambda: agency.deliver(runtime.uow(), number, who, note, staff_id=staff_id)  # noqa: E731
        self._run(self.tr("正在交付办结…"), call, self._said(self.tr("已交付办结。")), form)

    def ask_cancel(self) -> None:
        if not self._press(self.cancel_button):
            return
        assert self.agency_no is not None
        form = CancelForm(self.agency_no, self)
        self._open_form(form, lambda: self._cancel(form))

    def _cancel(self, form: CancelForm) -> None:
        runtime, number, staff_id = self._ids()
        reason = form.reason_text()
        call = lambda: agency.cancel(runtime.uow(), number, reason, staff_id=staff_id)  # noqa: E731
        self._run(self.tr("正在取消…"), call, self._said(self.tr("代办已取消。")), form)


class AgencyDialog(QDialog):
    """One proxy case in a window of its own (a scanned D… barcode)."""

    def __init__(
        self, session: Session, agency_no: str, parent: QWidget | None = None, *, print_to: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgencyDialog")
        self.setWindowTitle(self.tr("代办件 {0}").format(agency_no))
        self.resize(980, 760)
        self.detail = AgencyDetail(session, self, print_to=print_to)
        close = button(self.tr("关闭"), self.tr("关闭代办件"), self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail, 1)
        layout.addLayout(row)
        self.detail.show_agency(agency_no)

    def reject(self) -> None:
        if self.detail.busy:
            return  # the service call is on its way; its answer must be shown
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail.busy:
            event.ignore()
            return
        super().closeEvent(event)


def open_agency(
    parent: QWidget | None, session: Session, agency_no: str, *, print_to: Path | None = None
) -> AgencyDialog:
    """Open ``agency_no`` over ``parent`` (window-modal, not blocking); the dialog deletes itself when closed.

    For the clerk panel's scanner: a D… payload (``core.docno`` kind ``agency``) opens the proxy case.
    """
    dialog = AgencyDialog(session, agency_no, parent, print_to=print_to)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The clerk's function keys work again at once when it closes (see ``agency_common.hand_back``).
    dialog.finished.connect(lambda _r: hand_back(parent))
    dialog.open()
    return dialog
