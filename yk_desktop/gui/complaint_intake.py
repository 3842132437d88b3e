"""投诉登记: any staff member takes a complaint in — from a 12345 hand-over (with its work-order number), in
person or by phone — and tells the complainant its number and reply deadline.

The type decides the deadline (the hall's rules, shown beside each type); name and phone are optional
(anonymous complaints are taken). The service checks everything and its Chinese message stays in the
dialog, with nothing saved; once taken, the form locks and shows the number, and 打印受理单 prints the
complainant's 投诉受理单 (archived first, so a failed print can be repeated from the archive).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.preview import print_document
from yk_desktop.gui.review_forms import day_text
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import complaints, documents
from yk_desktop.services.complaints import ComplaintDetail, ComplaintRequest
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.store.models.feedback import ComplaintKind, ComplaintSource

translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    names = {
        ComplaintKind.CONSULT.value: translate("complaints", "咨询"),
        ComplaintKind.HELP.value: translate("complaints", "求助"),
        ComplaintKind.SUGGESTION.value: translate("complaints", "建议"),
        ComplaintKind.COMPLAINT.value: translate("complaints", "投诉"),
        ComplaintKind.REPORT.value: translate("complaints", "举报"),
    }
    return names.get(kind, kind)


def source_text(source: str) -> str:
    names = {
        ComplaintSource.HOTLINE.value: translate("complaints", "12345热线转办"),
        ComplaintSource.IN_PERSON.value: translate("complaints", "现场"),
        ComplaintSource.PHONE.value: translate("complaints", "电话"),
    }
    return names.get(source, source)


def state_text(state: str) -> str:
    names = {
        "received": translate("complaints", "已受理"),
        "routed": translate("complaints", "已转办"),
        "replied": translate("complaints", "已答复"),
        "closed": translate("complaints", "已办结"),
    }
    return names.get(state, state)


class ComplaintIntakeDialog(QDialog):
    taken = Signal(object)  # ComplaintDetail

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintIntakeDialog")
        self.setWindowTitle(self.tr("投诉登记"))
        self.setMinimumWidth(620)
        self.session = session
        self.busy = False
        self.detail: ComplaintDetail | None = None
        self.print_to: Path | None = None  # tests (and "print to file" PCs) print to a PDF file
        self.preview: QDialog | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("类型"))
        self.kind_combo.view().setAccessibleName(self.tr("类型列表"))
        for kind in complaints.KIND_NAMES:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.setCurrentIndex(list(complaints.KIND_NAMES).index(ComplaintKind.COMPLAINT))
        self.limit_label = QLabel()
        self.limit_label.setObjectName("hintLabel")
        self.limit_label.setAccessibleName(self.tr("办理期限"))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_limit())
        self.limits: dict[str, int] = {}

        self.sources = QButtonGroup(self)
        self.source_buttons: dict[str, QRadioButton] = {}
        source_row = QHBoxLayout()
        for source in complaints.SOURCE_NAMES:
            radio = QRadioButton(source_text(source))
            radio.setAccessibleName(self.tr("来源：{0}").format(source_text(source)))
            self.sources.addButton(radio)
            self.source_buttons[source] = radio
            source_row.addWidget(radio)
        source_row.addStretch(1)
        self.source_buttons[ComplaintSource.HOTLINE.value].setChecked(True)
        self.sources.buttonToggled.connect(lambda _b, _c: self._update_order())
        self.order_edit = QLineEdit()
        self.order_edit.setAccessibleName(self.tr("12345工单号"))
        self.order_edit.setMaxLength(complaints.WORK_ORDER_MAX)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("投诉人姓名"))
        self.name_edit.setPlaceholderText(self.tr("选填，可匿名"))
        self.name_edit.setMaxLength(50)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("联系电话"))
        self.phone_edit.setPlaceholderText(self.tr("选填，用于答复"))
        self.phone_edit.setMaxLength(40)
        self.content_edit = QPlainTextEdit()
        self.content_edit.setAccessibleName(self.tr("诉求内容"))
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMinimumHeight(140)

        form = QFormLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addWidget(self.limit_label, 1)
        form.addRow(self.tr("类型(&T)："), kind_row)
        form.addRow(self.tr("来源："), source_row)
        form.addRow(self.tr("12345工单号(&W)："), self.order_edit)
        form.addRow(self.tr("投诉人(&N)："), self.name_edit)
        form.addRow(self.tr("联系电话(&P)："), self.phone_edit)
        form.addRow(self.tr("诉求内容(&C)："), self.content_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("提示信息"))
        self.result_label = QLabel()
        self.result_label.setObjectName("sectionTitle")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("登记结果"))
        self.result_label.hide()
        self.ok_button = QPushButton(self.tr("登记 (Ctrl+Enter)"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAccessibleName(self.tr("登记投诉"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.print_button = QPushButton(self.tr("打印受理单 (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("打印投诉受理单"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_slip)
        self.print_button.hide()  # once taken: the complainant's copy of the number and deadline
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("关闭投诉登记"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(
            QKeySequence("Ctrl+P"), self, lambda: self.print_slip() if self.print_button.isVisible() else None
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.inputs: list[QWidget] = [
            self.kind_combo,
            *self.source_buttons.values(),
            self.order_edit,
            self.name_edit,
            self.phone_edit,
            self.content_edit,
        ]
        self._update_order()
        self.kind_combo.setFocus()
        run_in_pool(complaints.type_limits, session.runtime.uow(), on_done=self._limits_loaded, context=self)

    def _limits_loaded(self, limits: dict[str, int]) -> None:
        self.limits = limits
        self._show_limit()

    def _show_limit(self) -> None:
        days = self.limits.get(str(self.kind_combo.currentData()))
        self.limit_label.setText(self.tr("办理期限 {0} 个工作日").format(days) if days is not None else "")

    def source(self) -> str:
        for source, radio in self.source_buttons.items():
            if radio.isChecked():
                return source
        return ""

    def _update_order(self) -> None:
        hotline = self.source() == ComplaintSource.HOTLINE
        self.order_edit.setEnabled(hotline and not self.busy and self.detail is None)
        self.order_edit.setPlaceholderText(self.tr("必填") if hotline else self.tr("仅12345转办需填写"))

    def request(self) -> ComplaintRequest:
        return ComplaintRequest(
            kind=str(self.kind_combo.currentData()),
            source=self.source(),
            content=self.content_edit.toPlainText(),
            work_order_no=self.order_edit.text() if self.source() == ComplaintSource.HOTLINE else "",
            complainant_name=self.name_edit.text(),
            phone=self.phone_edit.text(),
        )

    def submit(self) -> None:
        if self.busy or self.detail is not None:
            return
        request = self.request()
        self._set_busy(True)
        self.message_label.setText(self.tr("正在登记…"))
        run_in_pool(
            partial(complaints.take_in, staff_id=self.session.staff_id),
            self.session.runtime.uow(),
            request,
            on_done=self._taken,
            on_error=self._failed,
            context=self,
        )

    def _taken(self, detail: ComplaintDetail) -> None:
        self.busy = False
        self.detail = detail
        row = detail.row
        self.message_label.setText("")
        self.result_label.setText(
            self.tr("已登记 {0}（{1}），请在 {2} 前答复。").format(
                row.complaint_no, kind_text(row.kind), day_text(row.deadline)
            )
        )
        self.result_label.show()
        for widget in self.inputs:
            widget.setEnabled(False)  # taken: what was registered is what is shown
        self.ok_button.hide()
        self.print_button.show()
        self.cancel_button.setText(self.tr("关闭"))
        self.cancel_button.setEnabled(True)
        self.print_button.setFocus()
        self.taken.emit(detail)

    def print_slip(self) -> None:
        """Archive the 投诉受理单 (a retry reuses the archived copy), then print its exact bytes."""
        if self.detail is None or self.busy:
            return
        runtime, staff_id, number = self.session.runtime, self.session.staff_id, self.detail.row.complaint_no
        self.print_button.setEnabled(False)
        self.message_label.setText(self.tr("正在准备受理单…"))

        def archived() -> tuple[DocumentInfo, bytes]:
            found = documents.list_documents(runtime.uow(), kind=complaints.SLIP_KIND, number=number, limit=1)
            doc = found[0] if found else complaints.archive_slip(runtime, number, staff_id)
            return doc, documents.document_pdf(runtime.uow(), doc.id)

        def ready(loaded: tuple[DocumentInfo, bytes]) -> None:
            doc, pdf = loaded
            self.print_button.setEnabled(True)
            self.message_label.setText("")

            def printed() -> None:
                # No context: the archive must learn of the print even if the dialog is closed meanwhile.
                run_in_pool(documents.mark_printed, runtime.uow(), doc.id, staff_id)
                self.message_label.setText(self.tr("受理单已打印。"))

            def failed(text: str) -> None:
                run_in_pool(documents.mark_failed, runtime.uow(), doc.id, text)
                self.message_label.setText(
                    self.tr("受理单未能打印：{0} 已存档，可在“文书存档”中重新打印。").format(text)
                )

            self.preview = print_document(
                pdf,
                complaints.SLIP_KIND,
                doc.title,
                self,
                on_printed=printed,
                on_failed=failed,
                print_to=self.print_to,
            )

        def not_ready(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self.message_label.setText(error_text(exc))

        run_in_pool(archived, on_done=ready, on_error=not_ready, context=self)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message_label.setText(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (*self.inputs, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_order()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
