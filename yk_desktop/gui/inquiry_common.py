"""What the first-inquiry views share: the list's model and words, an inquiry's story as text, the small
dialog that asks for a note, an outcome, a reason or a colleague, printing the 首问登记单, and the signal
that tells every open list an inquiry changed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.preview import print_document
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import documents, inquiry_slips
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.inquiries import InquiryInfo, StaffChoice
from yk_desktop.services.inquiry_lists import InquiryRow
from yk_desktop.store.models.inquiries import Handling, InquiryEventKind, InquiryState

# lupdate knows this alias; every string below is found by ``translate("inquiry_common", "…")``.
translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_OVERDUE = (QBrush(QColor("#c0261b")), QBrush(QColor("#ffffff")))


def age_text(minutes: int) -> str:
    """「25 分钟」, 「3 小时 20 分」, 「2 天 3 小时」."""
    if minutes < 60:
        return translate("inquiry_common", "{0} 分钟").format(minutes)
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        return translate("inquiry_common", "{0} 小时 {1} 分").format(hours, mins)
    days, hours = divmod(hours, 24)
    return translate("inquiry_common", "{0} 天 {1} 小时").format(days, hours)


def handling_name(handling: str) -> str:
    names: dict[str, str] = {
        Handling.ON_SPOT: translate("inquiry_common", "当场答复"),
        Handling.GUIDED: translate("inquiry_common", "引导至窗口/部门"),
        Handling.HANDED: translate("inquiry_common", "转交同事"),
        Handling.FOLLOW_UP: translate("inquiry_common", "需后续跟进"),
    }
    return names.get(handling, handling)


def event_name(kind: str) -> str:
    names: dict[str, str] = {
        InquiryEventKind.LOGGED: translate("inquiry_common", "登记"),
        InquiryEventKind.HANDED_OFF: translate("inquiry_common", "转交"),
        InquiryEventKind.NOTE: translate("inquiry_common", "跟进备注"),
        InquiryEventKind.CLOSED: translate("inquiry_common", "办结"),
        InquiryEventKind.REOPENED: translate("inquiry_common", "重新打开"),
        InquiryEventKind.CONTACT_VIEWED: translate("inquiry_common", "查看联系电话"),
    }
    return names.get(kind, kind)


def state_name(row: InquiryRow | InquiryInfo) -> str:
    if row.state == InquiryState.CLOSED:
        return translate("inquiry_common", "已办结")
    if row.overdue:
        return translate("inquiry_common", "未办结（超时）")
    return translate("inquiry_common", "未办结")


def _when(row: InquiryRow) -> str:
    return row.asked_at.astimezone(HALL_TZ).strftime("%m-%d %H:%M")


def _one_line(text: str) -> str:
    return " ".join(text.split())


class InquiryTableModel(RowTableModel):
    """Inquiries as rows; those past the hall's rule drawn red."""

    NUMBER, ASKED, AGE, APPLICANT, QUESTION, HANDLING, RESPONDER, HANDLER, STATE = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("inquiry_common", "登记编号"), lambda r: r.inquiry_no),
                Column(translate("inquiry_common", "登记时间"), _when, centered=True),
                Column(
                    translate("inquiry_common", "已用时"),
                    lambda r: r.age_minutes,
                    centered=True,
                    text=age_text,
                ),
                Column(translate("inquiry_common", "办事人"), lambda r: r.applicant),
                Column(
                    translate("inquiry_common", "咨询内容"),
                    lambda r: _one_line(r.question),
                    tooltip=lambda r: r.question,
                ),
                Column(translate("inquiry_common", "处理方式"), lambda r: handling_name(r.handling)),
                Column(translate("inquiry_common", "首问负责人"), lambda r: r.responder_name, centered=True),
                Column(translate("inquiry_common", "当前承办人"), lambda r: r.handler_name, centered=True),
                Column(translate("inquiry_common", "状态"), state_name, centered=True),
            ],
            parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row: InquiryRow = self.row_at(index.row())
            if row.overdue:
                return _OVERDUE[0] if role == Qt.ItemDataRole.BackgroundRole else _OVERDUE[1]
            return None
        return super().data(index, role)

    def inquiry(self, row: int) -> InquiryRow:
        found: InquiryRow = self.row_at(row)
        return found


def story(info: InquiryInfo, full: bool, whole_phone: str = "") -> str:
    """The inquiry as text: who asked what, where it went, every event. ``full``: the staff member in
    charge sees the name whole; everyone else sees it masked. The phone is masked unless ``whole_phone`` is
    given (asked for with 查看完整号码, which is recorded)."""
    lines = [
        translate("inquiry_common", "{0}　{1}").format(info.display_no, state_name(info)),
        translate("inquiry_common", "登记时间：{0}　已用时：{1}").format(
            info.asked_at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M"), age_text(info.age_minutes)
        ),
    ]
    if info.anonymous:
        lines.append(translate("inquiry_common", "办事人：匿名"))
    else:
        who = "，".join(
            p for p in (info.applicant_name if full else info.applicant_masked, info.applicant_org) if p
        )
        lines.append(
            translate("inquiry_common", "办事人：{0}").format(who if full else info.applicant_masked)
        )
        phone = whole_phone or info.phone_masked
        if phone:
            lines.append(translate("inquiry_common", "联系电话：{0}").format(phone))
        if info.id_number_masked:
            lines.append(translate("inquiry_common", "证件号码：{0}").format(info.id_number_masked))
    lines.append(translate("inquiry_common", "咨询问题：{0}").format(info.question))
    if info.item_name or info.category_name:
        lines.append(translate("inquiry_common", "事项：{0}").format(info.item_name or info.category_name))
    if info.materials_received:
        lines.append(translate("inquiry_common", "收取材料：{0}").format(info.materials_received))
    lines.append(translate("inquiry_common", "处理方式：{0}").format(handling_name(info.handling)))
    if info.destination:
        lines.append(translate("inquiry_common", "去向：{0}").format(info.destination))
    lines.append(
        translate("inquiry_common", "首问负责人：{0}　当前承办人：{1}").format(
            info.responder_name, info.handler_name or "—"
        )
    )
    if info.outcome:
        lines.append(translate("inquiry_common", "处理结果：{0}").format(info.outcome))
    lines.append("")
    for e in info.events:
        when = e.at.astimezone(HALL_TZ).strftime("%m-%d %H:%M")
        what = event_name(e.kind)
        if e.kind == "handed_off":
            what = translate("inquiry_common", "转交：{0} → {1}").format(e.from_name or "—", e.to_name)
        lines.append(f"{when}  {e.staff_name}  {what}" + (f"：{e.text}" if e.text else ""))
    return "\n".join(lines)


class AskDialog(QDialog):
    """One text to give (a note, an outcome, a reason) and, for a hand-off, a colleague to choose."""

    def __init__(
        self,
        title: str,
        label: str,
        parent: QWidget,
        *,
        colleagues: Sequence[StaffChoice] = (),
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InquiryAskDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        grid = QGridLayout()
        self.colleague_combo: QComboBox | None = None
        if colleagues:
            self.colleague_combo = QComboBox()
            self.colleague_combo.setAccessibleName(self.tr("转交给哪位同事"))
            self.colleague_combo.view().setAccessibleName(self.tr("同事列表"))
            for c in colleagues:
                text = (
                    c.name
                    if c.window_number is None
                    else self.tr("{0}（{1} 号窗口）").format(c.name, c.window_number)
                )
                self.colleague_combo.addItem(text, c.id)
            to_label = QLabel(self.tr("转交给(&H)"))
            to_label.setBuddy(self.colleague_combo)
            grid.addWidget(to_label, 0, 0)
            grid.addWidget(self.colleague_combo, 0, 1)
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(label)
        self.text_edit.setPlaceholderText(placeholder)
        text_label = QLabel(label + self.tr("(&T)"))
        text_label.setBuddy(self.text_edit)
        grid.addWidget(text_label, 1, 0)
        grid.addWidget(self.text_edit, 1, 1)
        grid.setColumnStretch(1, 1)
        self.ok_button = QPushButton(self.tr("确定"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAccessibleName(self.tr("确定：{0}").format(title))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消：{0}").format(title))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        (self.colleague_combo or self.text_edit).setFocus()

    @property
    def colleague_id(self) -> uuid.UUID | None:
        return self.colleague_combo.currentData() if self.colleague_combo is not None else None

    def choose_colleague(self, name: str) -> None:
        """Keyboard and tests: pick the colleague by name."""
        assert self.colleague_combo is not None
        for row in range(self.colleague_combo.count()):
            if self.colleague_combo.itemText(row).startswith(name):
                self.colleague_combo.setCurrentIndex(row)
                return
        raise LookupError(name)


class _Changes(QObject):
    """Made once on the UI thread: any inquiry saved or changed here, so every open list reloads."""

    changed = Signal(str)  # the inquiry's number


_changes: _Changes | None = None


def inquiry_changes() -> _Changes:
    global _changes
    if _changes is None:
        _changes = _Changes()
    return _changes


class SlipPrinter(QObject):
    """Builds and archives a 首问登记单 on the worker pool, then prints it through the one print path.

    ``message`` carries what to tell the user (printed, failed and why); ``preview`` is the open preview.
    """

    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.print_to: Path | None = None  # tests (and "print to file" PCs) print to a PDF file
        self.preview: QDialog | None = None

    def print(self, inquiry_no: str, *, reuse: bool) -> None:
        """``reuse``: print the slip already archived for this number if there is one (a retry makes none)."""
        runtime, staff_id = self.session.runtime, self.session.staff_id

        def build() -> tuple[DocumentInfo, bytes]:
            found = (
                documents.list_documents(
                    runtime.uow(), kind=inquiry_slips.SLIP_KIND, number=inquiry_no, limit=1
                )
                if reuse
                else []
            )
            doc = found[0] if found else inquiry_slips.archive_slip(runtime, inquiry_no, staff_id)
            return doc, documents.document_pdf(runtime.uow(), doc.id)

        self.message.emit(translate("inquiry_common", "正在生成首问登记单…"))
        run_in_pool(
            build, on_done=self._built, on_error=lambda e: self.message.emit(error_text(e)), context=self
        )

    def _built(self, result: tuple[DocumentInfo, bytes]) -> None:
        doc, pdf = result
        runtime, staff_id = self.session.runtime, self.session.staff_id

        def printed() -> None:
            # No context: the archive must learn of the print even if the form is closed meanwhile.
            run_in_pool(documents.mark_printed, runtime.uow(), doc.id, staff_id)
            self._say(translate("inquiry_common", "首问登记单 {0} 已打印。").format(doc.number))

        def failed(text: str) -> None:
            run_in_pool(documents.mark_failed, runtime.uow(), doc.id, text)
            self._say(
                translate(
                    "inquiry_common", "首问登记单未能打印：{0} 已存档，可在“文书存档”中重新打印。"
                ).format(text)
            )

        self.preview = print_document(
            pdf,
            inquiry_slips.SLIP_KIND,
            doc.title,
            self.widget,
            on_printed=printed,
            on_failed=failed,
            print_to=self.print_to,
        )

    def _say(self, text: str) -> None:
        if shiboken6.isValid(self):
            self.message.emit(text)
