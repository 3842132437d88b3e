"""登记代办: a proxy case (帮办代办) registered at the window, and its 委托书 printed to sign.

The clerk or agent records the applicant (委托人, a person or an enterprise) and a contact, picks the agent
(受托人) and gives the ID number the 委托书 names them by (remembered from the agent's last proxy case),
adds the service items through the same 事项查询 the window uses, and sets the authorization: the matters,
what the agent may do, whether they may pass it on, from when to when. A scanned signed 委托书 can be
attached now (chosen with a file dialog) or later from the proxy case. 登记 checks everything in the
service (a refusal is shown in Chinese and nothing is saved), then prints the 委托书 through the preview.
"""

from __future__ import annotations

import itertools
import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.agency_common import print_archived, read_scan
from yk_desktop.gui.barcode_widget import BarcodeWidget
from yk_desktop.gui.controls import button
from yk_desktop.gui.itemsearch import ItemSearchBox
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import agency, agency_documents, agency_reports, documents
from yk_desktop.services.agency import AgencyInfo, AgencyRequest, Authorization
from yk_desktop.services.agency_files import FILE_FILTER
from yk_desktop.services.agency_reports import AgentChoice
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.runtime import Runtime

CODE_ROLE = Qt.ItemDataRole.UserRole + 1

log = logging.getLogger(__name__)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def load_form(runtime: Runtime) -> tuple[list[AgentChoice], tuple[date, date]]:
    """Worker thread: the agents to pick from and the validity the form proposes."""
    return agency_reports.list_agents(runtime.uow()), agency.default_validity(runtime.uow())


def register_and_archive(
    runtime: Runtime, request: AgencyRequest, scan: Path | None, staff_id: Any
) -> tuple[AgencyInfo, DocumentInfo | None, bytes]:
    """Worker thread: read the scan, register (all or nothing), then archive the 委托书 to print.

    The registration stands even when the archive fails; the dialog then offers to print again.
    """
    upload = read_scan(scan) if scan is not None else None
    info = agency.register(runtime.uow(), request, staff_id=staff_id, upload=upload)
    try:
        doc = agency_documents.archive_authorization(runtime, info.agency_no, staff_id)
    except Exception:  # the proxy case is saved; 打印委托书 retries the archive
        log.exception("authorization form of %s could not be archived now", info.agency_no)
        return info, None, b""
    return info, doc, documents.document_pdf(runtime.uow(), doc.id)


def authorization_pdf(runtime: Runtime, agency_no: str, staff_id: Any) -> tuple[DocumentInfo, bytes]:
    """Worker thread: the archived 委托书 (made now if it is not in the archive yet)."""
    found = documents.list_documents(
        runtime.uow(), kind=agency_documents.AUTHORIZATION, number=agency_no, limit=1
    )
    doc = found[0] if found else agency_documents.archive_authorization(runtime, agency_no, staff_id)
    return doc, documents.document_pdf(runtime.uow(), doc.id)


class AgencyRegisterDialog(QDialog):
    """``registered(agency_no)`` once the proxy case is saved."""

    registered = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, print_to: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AgencyRegisterDialog")
        self.setWindowTitle(self.tr("登记帮办代办"))
        self.resize(1180, 780)
        self.session = session
        self.print_to = print_to  # tests (and "print to file" PCs) print into this PDF file
        self.busy = False
        self.agents: list[AgentChoice] = []
        self.info: AgencyInfo | None = None
        self.scan_path: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview: PrintPreviewDialog | None = None

        self.title = QLabel(self.tr("登记帮办代办（自愿委托、无偿代理、全程服务、合法高效）"))
        self.title.setObjectName("sectionTitle")
        self.barcode = BarcodeWidget()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # messages quote typed names and file names
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))

        self.person = QRadioButton(self.tr("个人(&P)"))
        self.person.setAccessibleName(self.tr("委托人为个人"))
        self.person.setChecked(True)
        self.enterprise = QRadioButton(self.tr("企业(&E)"))
        self.enterprise.setAccessibleName(self.tr("委托人为企业"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.person)
        kinds.addButton(self.enterprise)
        self.person.toggled.connect(self._kind_changed)
        self.name_edit = self._line(self.tr("委托人姓名或单位名称"), 200)
        self.id_label = QLabel(self.tr("身份证号"))
        self.id_edit = self._line(self.tr("委托人证件号码"), 40)
        self.phone_edit = self._line(self.tr("委托人联系电话"), 40)
        self.contact_edit = self._line(self.tr("联系人"), 50)
        self.contact_edit.setPlaceholderText(self.tr("企业经办人或家属（可不填）"))
        self.contact_phone_edit = self._line(self.tr("联系人电话"), 40)
        self.contact_phone_edit.setPlaceholderText(self.tr("结果通知打此电话（可不填）"))

        self.agent_combo = QComboBox()
        self.agent_combo.setAccessibleName(self.tr("受托人（帮办代办员）"))
        self.agent_combo.view().setAccessibleName(self.tr("帮办代办员列表"))
        self.agent_combo.currentIndexChanged.connect(self._agent_changed)
        self.agent_id_edit = self._line(self.tr("受托人身份证号码"), 40)

        self.search = ItemSearchBox(session.runtime)
        self.search.detail.hide()  # the dialog needs the list; the detail is on the 事项查询 tab
        self.search.view.activated.connect(lambda _index: self.add_item())
        self.add_button = button(self.tr("添加事项 (&A)"), self.tr("添加所选事项"), self.add_item)
        self.items = QListWidget()
        self.items.setObjectName("agencyItems")
        self.items.setAccessibleName(self.tr("已选代办事项"))
        self.remove_button = button(self.tr("移除所选"), self.tr("移除所选代办事项"), self.remove_item)

        self.matter_edit = self._line(self.tr("委托事项说明"), 500)
        self.matter_edit.setPlaceholderText(self.tr("留空则写作“代为办理所选事项”"))
        self.power_boxes: list[QCheckBox] = []
        for power in agency.STANDARD_POWERS:
            box = QCheckBox(power)
            box.setAccessibleName(self.tr("代理权限：{0}").format(power))
            box.setChecked(True)
            self.power_boxes.append(box)
        self.other_power = self._line(self.tr("其他代理权限"), 100)
        self.other_power.setPlaceholderText(self.tr("其他权限（可不填）"))
        self.sub_delegation = QCheckBox(self.tr("允许转委托给本中心其他帮办代办员(&S)"))
        self.sub_delegation.setAccessibleName(self.tr("允许转委托"))
        self.valid_from = self._date(self.tr("委托期限起"))
        self.valid_until = self._date(self.tr("委托期限止"))
        self.scan_label = QLabel(self.tr("未附加（可签字后再附加）"))
        self.scan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_label.setObjectName("hintLabel")
        self.scan_label.setWordWrap(True)
        self.scan_button = button(self.tr("选择扫描件…"), self.tr("选择委托书扫描件"), self.choose_scan)
        self.clear_scan_button = button(
            self.tr("不附加"), self.tr("不附加扫描件"), lambda: self.use_scan(None)
        )

        self.register_button = button(
            self.tr("登记 (Ctrl+Enter)"), self.tr("登记代办"), self.register, primary=True
        )
        self.print_button = button(self.tr("打印委托书 (Ctrl+P)"), self.tr("打印委托书"), self.print_form)
        self.close_button = button(self.tr("关闭"), self.tr("关闭登记窗口"), self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.register_button.click)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_button.click)
        self._lay_out()
        self._update()
        self._load()
        self.name_edit.setFocus()

    # -- building ------------------------------------------------------------------------------------
    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(max_length)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _lay_out(self) -> None:
        who = QGroupBox(self.tr("委托人"))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person)
        kind_row.addWidget(self.enterprise)
        kind_row.addStretch(1)
        form = QFormLayout(who)
        form.addRow(self.tr("类型"), kind_row)
        form.addRow(self.tr("姓名/名称"), self.name_edit)
        form.addRow(self.id_label, self.id_edit)
        form.addRow(self.tr("联系电话"), self.phone_edit)
        form.addRow(self.tr("联系人"), self.contact_edit)
        form.addRow(self.tr("联系人电话"), self.contact_phone_edit)
        agent_box = QGroupBox(self.tr("受托人（帮办代办员）"))
        agent_form = QFormLayout(agent_box)
        agent_form.addRow(self.tr("帮办代办员"), self.agent_combo)
        agent_form.addRow(self.tr("身份证号"), self.agent_id_edit)
        auth_box = QGroupBox(self.tr("委托书"))
        auth_form = QFormLayout(auth_box)
        auth_form.addRow(self.tr("委托事项"), self.matter_edit)
        powers = QVBoxLayout()
        for box in self.power_boxes:
            powers.addWidget(box)
        powers.addWidget(self.other_power)
        auth_form.addRow(self.tr("代理权限"), powers)
        auth_form.addRow("", self.sub_delegation)
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(QLabel(self.tr("至")))
        period.addWidget(self.valid_until)
        period.addStretch(1)
        auth_form.addRow(self.tr("委托期限"), period)
        scan = QHBoxLayout()
        scan.addWidget(self.scan_label, 1)
        scan.addWidget(self.scan_button)
        scan.addWidget(self.clear_scan_button)
        auth_form.addRow(self.tr("签字扫描件"), scan)
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(agent_box)
        left.addWidget(auth_box)
        left.addStretch(1)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.remove_button)
        chosen = QLabel(self.tr("代办事项"))
        chosen.setObjectName("captionLabel")
        right = QVBoxLayout()
        right.addWidget(self.search, 3)
        right.addLayout(item_buttons)
        right.addWidget(chosen)
        right.addWidget(self.items, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.register_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.barcode)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        order: list[QWidget] = [
            self.person,
            self.enterprise,
            self.name_edit,
            self.id_edit,
            self.phone_edit,
            self.contact_edit,
            self.contact_phone_edit,
            self.agent_combo,
            self.agent_id_edit,
            self.search.search,
            self.search.view,
            self.add_button,
            self.items,
            self.remove_button,
            self.matter_edit,
            *self.power_boxes,
            self.other_power,
            self.sub_delegation,
            self.valid_from,
            self.valid_until,
            self.scan_button,
            self.clear_scan_button,
            self.register_button,
            self.print_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- loading -------------------------------------------------------------------------------------
    def _load(self) -> None:
        self.busy = True
        self.message.setText(self.tr("正在读取帮办代办员…"))
        run_in_pool(
            load_form, self.session.runtime, on_done=self._loaded, on_error=self._failed, context=self
        )
        self.search.run_search()

    def _loaded(self, loaded: tuple[list[AgentChoice], tuple[date, date]]) -> None:
        self.busy = False
        self.agents, (start, end) = loaded
        self.valid_from.setDate(_qdate(start))
        self.valid_until.setDate(_qdate(end))
        self.agent_combo.clear()
        for a in self.agents:
            self.agent_combo.addItem(self.tr("{0}（{1}）").format(a.name, a.phone) if a.phone else a.name)
        me = self.session.staff
        mine = next((i for i, a in enumerate(self.agents) if me is not None and a.id == me.id), 0)
        if self.agents:
            self.agent_combo.setCurrentIndex(mine)
            self._agent_changed(mine)
            self.message.setText("")
        else:
            self.message.setText(self.tr("本大厅没有在岗的帮办代办员，请先由大厅负责人添加。"))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc))
        self._update()

    def _agent_changed(self, index: int) -> None:
        if 0 <= index < len(self.agents):
            self.agent_id_edit.setText(self.agents[index].last_id_number)

    def _kind_changed(self) -> None:
        self.id_label.setText(self.tr("身份证号") if self.person.isChecked() else self.tr("统一社会信用代码"))

    # -- items ---------------------------------------------------------------------------------------
    def add_item(self) -> None:
        index = self.search.current_index()
        if not index.isValid():
            self.message.setText(self.tr("请先在事项查询结果中选中一个事项。"))
            return
        item = self.search.model.item(index.row())
        if item.code in self.item_codes():
            self.message.setText(self.tr("“{0}”已在代办事项中。").format(item.name))
            return
        entry = QListWidgetItem(f"{item.name}（{item.code}）")
        entry.setData(CODE_ROLE, item.code)
        self.items.addItem(entry)
        self.message.setText("")

    def remove_item(self) -> None:
        for entry in self.items.selectedItems():
            self.items.takeItem(self.items.row(entry))

    def item_codes(self) -> tuple[str, ...]:
        return tuple(str(self.items.item(i).data(CODE_ROLE)) for i in range(self.items.count()))

    # -- the scanned 委托书 -----------------------------------------------------------------------------
    def choose_scan(self) -> None:
        """A non-blocking file dialog (so tests and the worker pool keep running); the choice comes back by
        ``fileSelected``."""
        dialog = QFileDialog(self, self.tr("选择签字后的委托书扫描件"))
        dialog.setNameFilter(self.tr("扫描件 ({0})").format(FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.use_scan(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def use_scan(self, path: Path | None) -> None:
        self.file_dialog = None
        self.scan_path = path
        self.scan_label.setText(path.name if path is not None else self.tr("未附加（可签字后再附加）"))

    # -- registering ---------------------------------------------------------------------------------
    def powers(self) -> tuple[str, ...]:
        chosen = [box.text() for box in self.power_boxes if box.isChecked()]
        if self.other_power.text().strip():
            chosen.append(self.other_power.text())
        return tuple(chosen)

    def request(self) -> AgencyRequest | None:
        index = self.agent_combo.currentIndex()
        if not 0 <= index < len(self.agents):
            self.message.setText(self.tr("请选择受托的帮办代办员。"))
            return None
        return AgencyRequest(
            applicant_kind="person" if self.person.isChecked() else "enterprise",
            applicant_name=self.name_edit.text(),
            applicant_id_number=self.id_edit.text(),
            applicant_phone=self.phone_edit.text(),
            agent_id=self.agents[index].id,
            agent_id_number=self.agent_id_edit.text(),
            item_codes=self.item_codes(),
            authorization=Authorization(
                self.matter_edit.text(),
                self.powers(),
                self.sub_delegation.isChecked(),
                _pydate(self.valid_from.date()),
                _pydate(self.valid_until.date()),
            ),
            contact_name=self.contact_edit.text(),
            contact_phone=self.contact_phone_edit.text(),
        )

    def register(self) -> None:
        if self.busy or self.info is not None:
            return
        request = self.request()  # read on the UI thread, before the call
        if request is None:
            return
        self._set_busy(True, self.tr("正在登记…"))
        run_in_pool(
            register_and_archive,
            self.session.runtime,
            request,
            self.scan_path,
            self.session.staff_id,
            on_done=self._registered,
            on_error=self._failed_busy,
            context=self,
        )

    def _registered(self, result: tuple[AgencyInfo, DocumentInfo | None, bytes]) -> None:
        info, doc, pdf = result
        self.info = info
        self._set_busy(False, self.tr("已登记代办件 {0}，请打印委托书交委托人签字。").format(info.agency_no))
        self.barcode.set_text(info.agency_no)
        self.setWindowTitle(self.tr("帮办代办 {0}").format(info.agency_no))
        self.registered.emit(info.agency_no)
        if doc is not None:
            self._print((doc, pdf))

    def print_form(self) -> None:
        if self.busy or self.info is None:
            return
        self._set_busy(True, self.tr("正在生成委托书…"))
        run_in_pool(
            authorization_pdf,
            self.session.runtime,
            self.info.agency_no,
            self.session.staff_id,
            on_done=self._form_built,
            on_error=self._failed_busy,
            context=self,
        )

    def _form_built(self, built: tuple[DocumentInfo, bytes]) -> None:
        self._set_busy(False, "")
        self._print(built)

    def _print(self, built: tuple[DocumentInfo, bytes]) -> None:
        self.preview = print_archived(
            self,
            self.session,
            built,
            title=self.tr("委托书（{0}）").format(built[0].number),
            say=self.message.setText,
            print_to=self.print_to,
        )

    def _failed_busy(self, exc: BaseException) -> None:
        self._set_busy(False, error_text(exc))

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.message.setText(text)
        self._update()

    def _update(self) -> None:
        editable = not self.busy and self.info is None
        fields: list[QWidget] = [
            self.person,
            self.enterprise,
            self.name_edit,
            self.id_edit,
            self.phone_edit,
            self.contact_edit,
            self.contact_phone_edit,
            self.agent_combo,
            self.agent_id_edit,
            self.search,
            self.add_button,
            self.items,
            self.remove_button,
            self.matter_edit,
            *self.power_boxes,
            self.other_power,
            self.sub_delegation,
            self.valid_from,
            self.valid_until,
            self.scan_button,
            self.clear_scan_button,
        ]
        for widget in fields:
            widget.setEnabled(editable)
        self.register_button.setEnabled(editable and bool(self.agents))
        self.print_button.setEnabled(not self.busy and self.info is not None)
        self.close_button.setEnabled(not self.busy)

    # -- closing -------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:
            return  # the registration is on its way: its number must be shown
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
