"""At the window: the one-time notification (一次性告知书) and the acceptance that follows it (受理).

``NoticeDialog``: the clerk records the applicant, ticks what was brought (conditional materials can be
marked 不适用; materials this applicant had verified before show as reused and cannot be asked again),
adds an off-list material only with a reason, and prints the letter; when nothing is missing the case
can be accepted straight away. ``AcceptDialog``: a notice (just issued, or scanned when the applicant comes
back) with what is still missing; ticking what arrived now, pages, 容缺 where allowed, then 受理 prints
the receipt. Every service call runs on the worker pool; errors stay in the dialog in Chinese.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.barcode_widget import BarcodeWidget
from yk_desktop.gui.controls import button
from yk_desktop.gui.models import form_label, original_label
from yk_desktop.gui.preview import print_document
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import bundles, cases, documents, letters, notices
from yk_desktop.services.bundles import BundleInfo
from yk_desktop.services.cases import CaseInfo, Received
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.notices import NoticeInfo, NoticePlan, NoticeRequest, OffList

_Index = QModelIndex | QPersistentModelIndex
BROUGHT, MISSING, NA, REUSED = "brought", "missing", "not_applicable", "reused"


@dataclass
class _Line:
    name: str
    required: bool
    condition: str | None
    terms: str
    items: str
    status: str
    tolerable: bool
    pages: int | None = None
    fixed: bool = False  # reused, or already handed in: not the clerk's to change here
    na_allowed: bool = True  # at acceptance only a line the notice left missing can turn out 不适用


def _terms(original: str, copies: int, form: str) -> str:
    return f"{original_label(original)} {copies} 份 · {form_label(form)}"


class ChecklistModel(QAbstractTableModel):
    """The materials with what the clerk ticks: 已带 (check), 不适用 (check, conditional only), pages."""

    NAME, NA_COL, TERMS, ITEMS, PAGES, STATUS = range(6)

    def __init__(self, *, with_pages: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[_Line] = []
        self.with_pages = with_pages

    def set_lines(self, lines: Sequence[_Line]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("材料（勾选＝已带来）"),
            self.tr("不适用"),
            self.tr("要求"),
            self.tr("用于"),
            self.tr("页数"),
            self.tr("状态"),
        )[section]

    def status_text(self, line: _Line) -> str:
        return {
            BROUGHT: self.tr("已带"),
            MISSING: self.tr("缺"),
            NA: self.tr("不适用"),
            REUSED: self.tr("已核验复用，无需再交"),
        }.get(line.status, line.status)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        line = self.lines[index.row()]
        if line.fixed:
            return base
        if index.column() == self.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.NA_COL and not line.required and line.na_allowed:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.PAGES and self.with_pages and line.status == BROUGHT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == self.NAME and not line.fixed:
                return Qt.CheckState.Checked if line.status == BROUGHT else Qt.CheckState.Unchecked
            if column == self.NA_COL and not line.required and line.na_allowed and not line.fixed:
                return Qt.CheckState.Checked if line.status == NA else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return line.name if line.required else f"{line.name}（{line.condition}）"
            if column == self.TERMS:
                return line.terms
            if column == self.ITEMS:
                return line.items
            if column == self.PAGES:
                if role == Qt.ItemDataRole.EditRole:
                    return line.pages or 1
                return "" if line.pages is None else str(line.pages)
            if column == self.STATUS:
                return self.status_text(line)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.STATUS
            and line.tolerable
            and line.status == MISSING
        ):
            return self.tr("该材料可容缺后补")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        ):
            return False
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if index.column() == self.NAME:
                line.status = BROUGHT if checked else MISSING
            elif index.column() == self.NA_COL:
                line.status = NA if checked else MISSING
            if line.status != BROUGHT:
                line.pages = None
        elif role == Qt.ItemDataRole.EditRole and index.column() == self.PAGES:
            try:
                pages = int(value)
            except (TypeError, ValueError):
                return False
            line.pages = pages if pages > 0 else None
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def set_status(self, name: str, status: str) -> None:
        """Keyboard and tests: tick by material name."""
        for row, line in enumerate(self.lines):
            if line.name == name:
                column = self.NA_COL if status == NA else self.NAME
                state = Qt.CheckState.Checked if status in (BROUGHT, NA) else Qt.CheckState.Unchecked
                self.setData(self.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)
                return
        raise KeyError(name)

    def missing(self) -> list[_Line]:
        return [ln for ln in self.lines if ln.status == MISSING]


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class _WorkingDialog(QDialog):
    """One service call at a time, the dialog disabled meanwhile, the answer or the error in a label."""

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.print_to: Path | None = None  # tests (and "print to file" PCs) print to a PDF file
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))
        self.preview: QDialog | None = None

    def run(self, busy_text: str, call: Callable[[], object], done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        self.busy = True
        self.message.setText(busy_text)
        self._enable(False)

        def finished(result: object) -> None:
            self.busy = False
            self._enable(True)
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._enable(True)
            self.message.setText(error_text(exc))

        run_in_pool(call, on_done=finished, on_error=failed, context=self)

    def _enable(self, on: bool) -> None:
        for child in self.findChildren(QPushButton):
            child.setEnabled(on)
        self.update_buttons()

    def reject(self) -> None:
        # A call on its way may already have committed a notice or a case: closing now would hide its number.
        if self.busy:
            self.message.setText(self.tr("正在处理，请稍候再关闭。"))
            return
        super().reject()

    def archived(self, kind: str, number: str, build: Callable[[], DocumentInfo]) -> DocumentInfo:
        """The archived document of ``kind`` and ``number``, built and archived only if there is none yet:
        a retry after a failure never makes a second copy (runs on the worker pool)."""
        found = documents.list_documents(self.session.runtime.uow(), kind=kind, number=number, limit=1)
        return found[0] if found else build()

    def update_buttons(self) -> None:
        """Subclasses refine which buttons make sense now."""

    def print_archived(self, doc: DocumentInfo, kind: str, then: Callable[[], None] | None = None) -> None:
        """Print an archived document (its exact bytes); a failure leaves it 未打印 in the archive."""
        runtime = self.session.runtime

        def loaded(pdf: bytes) -> None:
            def printed() -> None:
                # No context: the archive must learn of the print even if the dialog is closed meanwhile.
                run_in_pool(documents.mark_printed, runtime.uow(), doc.id, self.session.staff_id)
                self.message.setText(self.tr("{0} 已打印。").format(doc.title))
                if then is not None:
                    then()

            def failed(text: str) -> None:
                run_in_pool(documents.mark_failed, runtime.uow(), doc.id, text)
                self.message.setText(
                    self.tr("{0} 未能打印：{1} 文书已存档，可在“文书存档”中重新打印。").format(
                        doc.title, text
                    )
                )

            self.preview = print_document(
                pdf, kind, doc.title, self, on_printed=printed, on_failed=failed, print_to=self.print_to
            )

        run_in_pool(
            documents.document_pdf,
            runtime.uow(),
            doc.id,
            on_done=loaded,
            on_error=lambda exc: self.message.setText(error_text(exc)),
            context=self,
        )


class NoticeDialog(_WorkingDialog):
    """一次性告知 for the items (or the bundle) chosen at the window."""

    def __init__(
        self,
        session: Session,
        *,
        item_codes: Sequence[str] = (),
        bundle_code: str | None = None,
        ticket_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("NoticeDialog")
        self.setWindowTitle(self.tr("一次性告知"))
        self.resize(1000, 720)
        self.item_codes = tuple(item_codes)
        self.bundle_code = bundle_code
        self.ticket_id = ticket_id
        self.plan: NoticePlan | None = None
        self.issued: NoticeInfo | None = None
        self.case: CaseInfo | None = None

        self.title = QLabel(self.tr("正在读取事项…"))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.barcode = BarcodeWidget()  # the letter's number once issued, as printed on it

        self.person = QRadioButton(self.tr("个人(&P)"))
        self.person.setAccessibleName(self.tr("申请人为个人"))
        self.person.setChecked(True)
        self.enterprise = QRadioButton(self.tr("企业(&E)"))
        self.enterprise.setAccessibleName(self.tr("申请人为企业"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.person)
        kinds.addButton(self.enterprise)
        self.person.toggled.connect(self._kind_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("申请人姓名或企业名称"))
        self.id_label = QLabel(self.tr("身份证号"))
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("证件号码"))
        self.id_edit.editingFinished.connect(self.reload_plan)  # finds materials verified before (Art. 13)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("联系电话"))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person)
        kind_row.addWidget(self.enterprise)
        kind_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("申请人类型"), kind_row)
        form.addRow(self.tr("姓名/名称"), self.name_edit)
        form.addRow(self.id_label, self.id_edit)
        form.addRow(self.tr("联系电话"), self.phone_edit)

        self.model = ChecklistModel(parent=self)
        self.model.dataChanged.connect(lambda *_: self._count())
        self.view = _table(self.model, self.tr("申请材料清单"))
        self.view.hideColumn(ChecklistModel.PAGES)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")

        self.off_list = QTableWidget(0, 2)
        self.off_list.setAccessibleName(self.tr("清单外材料"))
        self.off_list.setHorizontalHeaderLabels(
            [self.tr("清单外材料名称"), self.tr("要求提供的理由（将印在告知书上并报大厅负责人）")]
        )
        self.off_list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.off_list.setTabKeyNavigation(False)
        self.off_list.setMaximumHeight(110)
        self.add_off = button(self.tr("添加清单外材料"), self.tr("添加清单外材料"), self.add_off_list_row)
        self.remove_off = button(
            self.tr("删除所选"), self.tr("删除所选清单外材料"), self._remove_off_list_row
        )
        self.hand_in = QLineEdit(notices.DEFAULT_HAND_IN)
        self.hand_in.setAccessibleName(self.tr("补交方式"))

        self.print_button = button(
            self.tr("打印告知书 (Ctrl+P)"), self.tr("打印告知书"), self.issue, primary=True
        )
        self.accept_button = button(self.tr("材料齐全，受理 (Ctrl+Enter)"), self.tr("受理"), self.accept_now)
        self.close_button = button(self.tr("关闭"), self.tr("关闭"), self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_button.click)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept_button.click)

        off_buttons = QHBoxLayout()
        off_buttons.addWidget(self.add_off)
        off_buttons.addWidget(self.remove_off)
        off_buttons.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.barcode, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.off_list)
        layout.addLayout(off_buttons)
        hand_in = QFormLayout()
        hand_in.addRow(self.tr("补交方式"), self.hand_in)
        layout.addLayout(hand_in)
        layout.addLayout(buttons)
        self.update_buttons()
        self.reload_plan()
        self.name_edit.setFocus()

    # -- the plan ------------------------------------------------------------------------------------

    def _kind(self) -> str:
        return "person" if self.person.isChecked() else "enterprise"

    def _kind_changed(self) -> None:
        self.id_label.setText(self.tr("身份证号") if self.person.isChecked() else self.tr("统一社会信用代码"))
        self.reload_plan()

    def reload_plan(self) -> None:
        if self.issued is not None:
            return
        uow = self.session.runtime.uow()
        call = partial(
            notices.plan_notice,
            uow,
            item_codes=self.item_codes,
            bundle_code=self.bundle_code,
            applicant_kind=self._kind(),
            applicant_id_number=self.id_edit.text(),
        )
        self.run(self.tr("正在读取材料清单…"), call, self._show_plan)

    def _show_plan(self, plan: NoticePlan) -> None:
        kept = {ln.name: ln.status for ln in self.model.lines}
        self.plan = plan
        names = (
            "、".join(f"（{n}）{i.name}" for n, i in enumerate(plan.items, start=1))
            if len(plan.items) > 1
            else plan.items[0].name
        )
        self.title.setText(
            self.tr("一次性告知：{0}（{1}）").format(plan.bundle_name, names)
            if plan.bundle_name
            else self.tr("一次性告知：{0}").format(names)
        )
        numbers = {i.name: n for n, i in enumerate(plan.items, start=1)}
        lines = []
        for m in plan.materials:
            status = REUSED if m.reused else kept.get(m.name, MISSING)
            if status == REUSED and not m.reused:
                status = MISSING
            used_by = "、".join(f"（{numbers[i]}）" for i in m.items) if len(plan.items) > 1 else ""
            lines.append(
                _Line(
                    m.name,
                    m.required,
                    m.condition,
                    _terms(m.original, m.copies, m.form),
                    used_by,
                    status,
                    m.tolerable,
                    fixed=m.reused,
                )
            )
        self.model.set_lines(lines)
        if len(plan.items) < 2:
            self.view.hideColumn(ChecklistModel.ITEMS)
        self.message.setText("")
        self._count()

    def _count(self) -> None:
        lines = self.model.lines
        missing = len(self.model.missing())
        reused = sum(1 for ln in lines if ln.status == REUSED)
        self.count_label.setText(
            self.tr("共 {0} 项材料：已带 {1} 项，已核验复用 {2} 项，缺 {3} 项。").format(
                len(lines), sum(1 for ln in lines if ln.status == BROUGHT), reused, missing
            )
        )
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = self.issued is None and not self.busy
        for widget in (
            self.person,
            self.enterprise,
            self.name_edit,
            self.id_edit,
            self.phone_edit,
            self.hand_in,
            self.off_list,
            self.view,
        ):
            widget.setEnabled(editable)
        if self.busy:
            return
        ready = self.plan is not None
        complete = ready and not self.model.missing() and self.off_list.rowCount() == 0
        self.add_off.setEnabled(editable)
        self.remove_off.setEnabled(editable)
        self.print_button.setEnabled(ready)
        if self.case is not None:
            self.accept_button.setText(self.tr("重新打印受理回执"))
            self.accept_button.setEnabled(True)
        else:
            self.accept_button.setText(
                self.tr("受理 (Ctrl+Enter)") if self.issued else self.tr("材料齐全，受理 (Ctrl+Enter)")
            )
            self.accept_button.setEnabled(bool(complete))

    # -- off-list materials ------------------------------------------------------------------------

    def add_off_list_row(self, name: str = "", reason: str = "") -> None:
        row = self.off_list.rowCount()
        self.off_list.insertRow(row)
        self.off_list.setItem(row, 0, QTableWidgetItem(name))
        self.off_list.setItem(row, 1, QTableWidgetItem(reason))
        self.off_list.setCurrentCell(row, 0)
        self.update_buttons()

    def _remove_off_list_row(self) -> None:
        row = self.off_list.currentRow()
        if row >= 0:
            self.off_list.removeRow(row)
        self.update_buttons()

    def _off_list(self) -> tuple[OffList, ...]:
        entries = []
        for row in range(self.off_list.rowCount()):
            name, reason = (self.off_list.item(row, c) for c in (0, 1))
            text = name.text().strip() if name else ""
            why = reason.text().strip() if reason else ""
            if text or why:
                entries.append(OffList(text, why))
        return tuple(entries)

    # -- issue and accept ----------------------------------------------------------------------------

    def request(self) -> NoticeRequest:
        return NoticeRequest(
            applicant_kind=self._kind(),
            applicant_name=self.name_edit.text(),
            applicant_id_number=self.id_edit.text(),
            applicant_phone=self.phone_edit.text(),
            item_codes=self.item_codes,
            bundle_code=self.bundle_code,
            statuses={ln.name: ln.status for ln in self.model.lines if ln.status != REUSED},
            off_list=self._off_list(),
            window_number=self.session.window_number,
            staff_id=self.session.staff_id,
            ticket_id=self.ticket_id,
            hand_in=self.hand_in.text(),
        )

    def issue(self) -> None:
        """Keep the notice (numbered), then archive and print it. Each step that succeeded is kept: a retry
        after a failure continues from there and never numbers a second notice."""
        if self.issued is None:
            request = self.request()  # read on the UI thread, before the call
            call = partial(notices.issue_notice, self.session.runtime.uow(), request)
            self.run(self.tr("正在生成告知书…"), call, self._issued)
            return
        self._print_notice()

    def _issued(self, info: NoticeInfo, then: Callable[[], None] | None = None) -> None:
        self.issued = info
        self.barcode.set_text(info.notice_no)
        self.setWindowTitle(self.tr("一次性告知书 {0}").format(info.display_no))
        self.print_button.setText(self.tr("重新打印 (Ctrl+P)"))
        self.update_buttons()
        (then or self._print_notice)()

    def _print_notice(self) -> None:
        assert self.issued is not None
        runtime, number, staff_id = self.session.runtime, self.issued.notice_no, self.session.staff_id
        build = partial(letters.archive_notice, runtime, number, staff_id)
        self.run(
            self.tr("正在生成告知书…"),
            partial(self.archived, "notice", number, build),
            lambda doc: self.print_archived(doc, "notice"),
        )

    def accept_now(self) -> None:
        """Nothing missing: keep the notice (if not yet), accept its case, print the receipt — step by step,
        so a failure in a later step is retried from there (no second notice or case)."""
        if not self.accept_button.isEnabled():
            return
        if self.case is not None:
            self._print_receipt()
            return
        runtime = self.session.runtime
        if self.issued is None:
            issue = partial(notices.issue_notice, runtime.uow(), self.request())
            self.run(self.tr("正在受理…"), issue, lambda info: self._issued(info, then=self.accept_now))
            return
        call = partial(
            cases.accept_case,
            runtime.uow(),
            self.issued.notice_no,
            [],
            staff_id=self.session.staff_id,
            window_number=self.session.window_number,
        )
        self.run(self.tr("正在受理…"), call, self._accepted)

    def _accepted(self, case: CaseInfo) -> None:
        self.case = case
        self.message.setText(
            self.tr("已受理，办件编号 {0}，承诺 {1:%Y年%m月%d日} 前办结。正在打印受理回执…").format(
                case.case_no, case.promised_deadline or date.today()
            )
        )
        self.update_buttons()
        self._print_receipt()

    def _print_receipt(self) -> None:
        assert self.case is not None
        runtime, number, staff_id = self.session.runtime, self.case.case_no, self.session.staff_id
        build = partial(letters.archive_receipt, runtime, number, staff_id=staff_id)
        self.run(
            self.tr("正在生成受理回执…"),
            partial(self.archived, letters.RECEIPT_A4, number, build),
            lambda doc: self.print_archived(doc, letters.RECEIPT_A4),
        )


class AcceptDialog(_WorkingDialog):
    """受理 of a notice: what is still missing, ticked as it arrives now; 容缺 where the items allow it."""

    def __init__(self, session: Session, notice_no: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("AcceptDialog")
        self.setWindowTitle(self.tr("受理"))
        self.resize(900, 620)
        self.notice: NoticeInfo | None = None
        self.case: CaseInfo | None = None

        self.title = QLabel(self.tr("正在读取告知书 {0}…").format(notice_no))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.barcode = BarcodeWidget()
        self.model = ChecklistModel(with_pages=True, parent=self)
        self.model.dataChanged.connect(lambda *_: self.update_buttons())
        self.view = _table(self.model, self.tr("材料收取情况"))
        self.tolerance = QCheckBox(self.tr("容缺受理（缺少的可容缺材料在期限内补交）"))
        self.tolerance.setAccessibleName(self.tr("容缺受理"))
        self.tolerance.toggled.connect(lambda _on: self.update_buttons())
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("容缺材料补交期限"))
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(7))
        self.roll = QCheckBox(self.tr("回执用 80 毫米小票打印"))
        self.roll.setAccessibleName(self.tr("回执用小票打印"))
        self.accept_button = button(
            self.tr("受理并打印回执 (Ctrl+Enter)"), self.tr("受理"), self.accept_case, primary=True
        )
        self.close_button = button(self.tr("关闭"), self.tr("关闭"), self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept_button.click)

        tolerance_row = QHBoxLayout()
        tolerance_row.addWidget(self.tolerance)
        tolerance_row.addWidget(QLabel(self.tr("补交期限")))
        tolerance_row.addWidget(self.due)
        tolerance_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.roll)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.barcode, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)
        layout.addLayout(tolerance_row)
        layout.addLayout(buttons)
        self.update_buttons()
        self.run(
            self.tr("正在读取告知书…"),
            partial(self._load, notice_no),
            self._loaded,
        )

    def _load(self, notice_no: str) -> tuple[NoticeInfo, date]:
        runtime = self.session.runtime
        return notices.open_notice(runtime.uow(), notice_no), cases.default_tolerance_due(runtime.uow())

    def _loaded(self, result: tuple[NoticeInfo, date]) -> None:
        notice, due = result
        # The hall's clock and calendar, not the PC's: five working days, as the service's default.
        self.due.setDate(QDate(due.year, due.month, due.day))
        self._show(notice)

    def _show(self, notice: NoticeInfo) -> None:
        self.notice = notice
        self.barcode.set_text(notice.notice_no)
        self.title.setText(
            self.tr("{0}：{1} · 申请人 {2}").format(
                notice.display_no, "、".join(notice.item_names), notice.applicant_name
            )
        )
        lines = []
        for ln in notice.lines:
            if ln.status == NA:
                continue
            lines.append(
                _Line(
                    ln.name,
                    ln.required,
                    ln.condition,
                    _terms(ln.original, ln.copies, ln.form),
                    "",
                    ln.status,
                    ln.tolerable and not ln.off_list,
                    fixed=ln.status == REUSED,
                    na_allowed=ln.status == MISSING and not ln.off_list,
                )
            )
        self.model.set_lines(lines)
        self.view.hideColumn(ChecklistModel.ITEMS)
        if notice.case_no is not None:
            self.message.setText(self.tr("该告知书已受理，办件编号 {0}。").format(notice.case_no))
        else:
            missing = len(self.model.missing())
            self.message.setText(
                self.tr("仍缺 {0} 项材料；收到的请勾选。").format(missing)
                if missing
                else self.tr("材料已齐全，可以受理。")
            )
        self.update_buttons()

    def update_buttons(self) -> None:
        open_ = self.notice is not None and self.notice.case_no is None and self.case is None
        self.view.setEnabled(open_ and not self.busy)
        if self.busy:
            return
        missing = self.model.missing()
        can_tolerate = bool(missing) and all(ln.tolerable for ln in missing)
        self.tolerance.setEnabled(open_ and can_tolerate)
        if not can_tolerate and self.tolerance.isChecked():
            self.tolerance.setChecked(False)
        self.due.setEnabled(self.tolerance.isChecked())
        if self.case is not None:
            self.accept_button.setText(self.tr("重新打印受理回执"))
            self.accept_button.setEnabled(True)
        else:
            self.accept_button.setEnabled(open_ and (not missing or self.tolerance.isChecked()))

    def accept_case(self) -> None:
        if self.notice is None or not self.accept_button.isEnabled():
            return
        if self.case is not None:
            self._print_receipt()  # the case is kept; only the receipt is still to come
            return
        received = [Received(ln.name, ln.pages) for ln in self.model.lines if ln.status == BROUGHT]
        tolerance = self.tolerance.isChecked()
        due = self.due.date().toPython() if tolerance else None
        call = partial(
            cases.accept_case,
            self.session.runtime.uow(),
            self.notice.notice_no,
            received,
            staff_id=self.session.staff_id,
            window_number=self.session.window_number,
            tolerance=tolerance,
            tolerance_due=due if isinstance(due, date) else None,
            not_applicable=[ln.name for ln in self.model.lines if ln.status == NA],
        )
        self.run(self.tr("正在受理…"), call, self._accepted)

    def _accepted(self, case: CaseInfo) -> None:
        self.case = case
        self.message.setText(
            self.tr("已受理，办件编号 {0}，承诺 {1} 前办结。正在打印受理回执…").format(
                case.case_no, case.promised_deadline.isoformat() if case.promised_deadline else ""
            )
        )
        self.update_buttons()
        self._print_receipt()

    def _print_receipt(self) -> None:
        assert self.case is not None
        roll = self.roll.isChecked()
        kind = letters.RECEIPT_ROLL if roll else letters.RECEIPT_A4
        runtime, number, staff_id = self.session.runtime, self.case.case_no, self.session.staff_id
        build = partial(letters.archive_receipt, runtime, number, roll=roll, staff_id=staff_id)
        self.run(
            self.tr("正在生成受理回执…"),
            partial(self.archived, kind, number, build),
            lambda doc: self.print_archived(doc, kind),
        )


class BundlePickDialog(QDialog):
    """Which 一件事 to notify: the hall's bundles, Enter or a double click chooses."""

    chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BundlePickDialog")
        self.setWindowTitle(self.tr("选择“一件事”"))
        self.resize(520, 400)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("一件事列表"))
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.ok = button(self.tr("告知"), self.tr("告知所选一件事"), self.choose, primary=True)
        self.ok.setDefault(True)
        cancel = button(self.tr("取消"), self.tr("取消"), self.reject)
        self.message = QLabel(self.tr("正在读取…"))
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        run_in_pool(
            bundles.list_bundles,
            session.runtime.uow(),
            on_done=self._show,
            on_error=lambda exc: self.message.setText(error_text(exc)),
            context=self,
        )

    def _show(self, found: list[BundleInfo]) -> None:
        for bundle in found:
            item = QListWidgetItem(f"{bundle.name}（{bundle.code}）")
            item.setData(Qt.ItemDataRole.UserRole, bundle.code)
            self.list.addItem(item)
        self.message.setText("" if found else self.tr("本大厅还没有“一件事”。"))
        if found:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
