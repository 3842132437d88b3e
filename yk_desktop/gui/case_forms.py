"""The small forms a case's next step asks for (补正, 中止, 办结, 登记领取, 容缺补交, 回执, 重打), and the form
they share: each stays open until the service has accepted its entry, so a refused entry (in Chinese, from
the service) is corrected, not typed again. ``CaseDialog`` opens them; the proxy-case view uses ``ActionForm``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.errors import InvalidValue
from yk_desktop.core.text import clean_text
from yk_desktop.gui.archive import kind_name
from yk_desktop.gui.controls import button
from yk_desktop.printing.correction import CorrectionLine
from yk_desktop.services import cases
from yk_desktop.services.cases import Received
from yk_desktop.services.documents import DocumentInfo

RESULT_MAX = 500
REASON_MAX = 500
PAGES_MAX = cases.MAX_PAGES


def hall_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M")


# What a form disables while its call runs.
_FIELDS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDateEdit, QTableWidget)


# -- the small forms ---------------------------------------------------------------------------------


class ActionForm(QDialog):
    """A small form for one action. 确定 emits ``submitted`` (the dialog then runs the service call);
    the form closes only when the call succeeded, and shows the service's message when it did not."""

    submitted = Signal()

    def __init__(self, title: str, ok_text: str, ok_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.busy = False
        self.confirm_box: QMessageBox | None = None  # open while an irreversible step asks once more
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("填写提示"))
        self.error_label.hide()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAccessibleName(ok_name)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消并关闭表单"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.fields_box = QVBoxLayout()

    def finish(self, prompt: str, fields: Sequence[QWidget]) -> None:
        """Lay out: the prompt, what the subclass put in ``fields_box``, the message, the buttons."""
        caption = QLabel(prompt)
        caption.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(self.fields_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        order = [*fields, self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        if fields:
            fields[0].setFocus()

    def check(self) -> str:
        """A reason not to submit yet (checked here, before anything is sent), or ""."""
        return ""

    def _submit(self) -> None:
        if self.busy:
            return
        why = self.check()
        if why:
            self.show_error(why)
            return
        self.error_label.hide()
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def confirm_then_submit(
        self,
        object_name: str,
        title: str,
        text: str,
        yes: tuple[str, str],
        no: tuple[str, str],
        informative: str = "",
    ) -> QMessageBox:
        """For a step that cannot be undone: ask once more, ``submitted`` only on yes. ``yes``/``no`` are
        (button text, accessible name); 返回 is the default, so Enter alone never takes the step."""
        box = QMessageBox(self)
        box.setObjectName(object_name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the question may quote typed names
        box.setText(text)
        if informative:
            box.setInformativeText(informative)
        yes_button = box.addButton(yes[0], QMessageBox.ButtonRole.AcceptRole)
        yes_button.setAccessibleName(yes[1])
        no_button = box.addButton(no[0], QMessageBox.ButtonRole.RejectRole)
        no_button.setAccessibleName(no[1])
        box.setDefaultButton(no_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(clicked: QAbstractButton) -> None:
            self.confirm_box = None
            if clicked is yes_button:
                self.submitted.emit()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for child in self.findChildren(QWidget):
            if isinstance(child, _FIELDS):
                child.setEnabled(not busy)
        if not busy:
            self.enable_fields()

    def enable_fields(self) -> None:
        """Subclasses switch dependent fields back (a date only when its box is ticked)."""

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


class CorrectionForm(ActionForm):
    """要求补正: every material to put right, told at once (行政许可法 Art. 32), and an optional due date."""

    def __init__(self, materials: Sequence[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("要求补正"), self.tr("登记补正"), self.tr("确定登记补正"), parent)
        self.setObjectName("CorrectionForm")
        self.setMinimumWidth(720)
        self.material = QComboBox()
        self.material.setEditable(True)
        self.material.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.material.setAccessibleName(self.tr("需要补正的材料"))
        self.material.view().setAccessibleName(self.tr("本办件的材料列表"))
        self.material.addItems(list(materials))
        self.material.setCurrentIndex(-1)
        line = self.material.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("选择或输入材料名称"))
        line.setMaxLength(200)
        self.problem = QLineEdit()
        self.problem.setAccessibleName(self.tr("材料存在的问题"))
        self.problem.setPlaceholderText(self.tr("如：复印件不清晰、缺少签章、已过有效期"))
        self.problem.setMaxLength(500)
        self.standard = QLineEdit()
        self.standard.setAccessibleName(self.tr("补正要求"))
        self.standard.setPlaceholderText(self.tr("如：提交加盖公章的清晰复印件（可不填）"))
        self.standard.setMaxLength(500)
        self.add_button = button(self.tr("添加(&A)"), self.tr("添加补正项"), self.add_line)
        self.lines = QTableWidget(0, 3)
        self.lines.setObjectName("correctionLines")
        self.lines.setAccessibleName(self.tr("已列出的补正项"))
        self.lines.setHorizontalHeaderLabels([self.tr("材料"), self.tr("问题"), self.tr("补正要求")])
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setTabKeyNavigation(False)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        self.lines.setMinimumHeight(140)
        self.remove_button = button(self.tr("删除所选(&D)"), self.tr("删除所选补正项"), self.remove_line)
        self.has_due = QCheckBox(self.tr("限期补正(&E)"))
        self.has_due.setAccessibleName(self.tr("指定补正期限"))
        self.due = QDateEdit()
        self.due.setAccessibleName(self.tr("补正期限"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        tomorrow = QDate(today.year, today.month, today.day).addDays(1)
        self.due.setMinimumDate(tomorrow)
        self.due.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.has_due.toggled.connect(self.enable_fields)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("补正备注"))
        self.note.setPlaceholderText(self.tr("备注（可不填）"))
        self.note.setMaxLength(500)

        entry = QGridLayout()
        entry.setColumnStretch(1, 1)
        for row, (text, field) in enumerate(
            (
                (self.tr("材料(&M)"), self.material),
                (self.tr("问题(&P)"), self.problem),
                (self.tr("要求(&S)"), self.standard),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            entry.addWidget(label, row, 0)
            entry.addWidget(field, row, 1)
        entry.addWidget(self.add_button, 2, 2)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        due_row.addWidget(self.remove_button)
        self.fields_box.addLayout(entry)
        self.fields_box.addWidget(self.lines, 1)
        self.fields_box.addLayout(due_row)
        self.fields_box.addWidget(self.note)
        self.enable_fields()
        self.finish(
            self.tr(
                "列出需要补正的全部材料，一次告知（行政许可法第三十二条）。补齐材料后办理期限从次日起重新计算。"
            ),
            [
                self.material,
                self.problem,
                self.standard,
                self.add_button,
                self.lines,
                self.remove_button,
                self.has_due,
                self.due,
                self.note,
            ],
        )

    def enable_fields(self) -> None:
        self.due.setEnabled(self.has_due.isChecked() and not self.busy)

    def add_line(self) -> bool:
        material = self.material.currentText().strip()
        problem = self.problem.text().strip()
        if not material:
            self.show_error(self.tr("请选择或填写需要补正的材料。"))
            self.material.setFocus()
            return False
        if not problem:
            self.show_error(self.tr("请写明“{0}”存在的问题。").format(material))
            self.problem.setFocus()
            return False
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate((material, problem, self.standard.text().strip())):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        self.material.setCurrentIndex(-1)
        self.material.setEditText("")
        self.problem.clear()
        self.standard.clear()
        self.error_label.hide()
        self.material.setFocus()
        return True

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        for row in rows:
            self.lines.removeRow(row)

    def check(self) -> str:
        # What is typed but not yet added counts: pressing 登记补正 means "these are the problems".
        typed = self.material.currentText().strip() or self.problem.text().strip()
        if typed and not self.add_line():
            return self.error_label.text()
        return ""

    def correction_lines(self) -> list[CorrectionLine]:
        def text(row: int, column: int) -> str:
            item = self.lines.item(row, column)
            return item.text() if item is not None else ""

        return [CorrectionLine(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.lines.rowCount())]

    def due_date(self) -> date | None:
        if not self.has_due.isChecked():
            return None
        d = self.due.date()
        return date(d.year(), d.month(), d.day())

    def note_text(self) -> str:
        return self.note.text()


class ReasonForm(ActionForm):
    """中止计时: the reason the law lets the clock stop (听证、检验、检测、鉴定、专家评审…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("中止计时"), self.tr("中止计时"), self.tr("确定中止计时"), parent)
        self.setObjectName("SuspendForm")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setAccessibleName(self.tr("中止计时原因"))
        self.reason.view().setAccessibleName(self.tr("常用中止计时原因"))
        self.reason.addItems(
            [
                self.tr("听证"),
                self.tr("检验、检测、检疫"),
                self.tr("鉴定"),
                self.tr("专家评审"),
                self.tr("现场核查"),
                self.tr("招标、拍卖"),
            ]
        )
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        assert line is not None
        line.setMaxLength(REASON_MAX)
        line.setPlaceholderText(self.tr("选择或输入原因"))
        self.fields_box.addWidget(self.reason)
        self.finish(
            self.tr(
                "听证、检验、检测、鉴定、专家评审等所需时间不计入办理期限，须书面告知申请人。中止原因(&R)："
            ),
            [self.reason],
        )

    def reason_text(self) -> str:
        return self.reason.currentText()


class CompleteForm(ActionForm):
    """办结: the result, then a confirmation (办结 cannot be undone)."""

    def __init__(self, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办结"), self.tr("办结"), self.tr("确定办结"), parent)
        self.setObjectName("CompleteForm")
        self.case_no = case_no
        self.result_edit = QPlainTextEdit()
        self.result_edit.setAccessibleName(self.tr("办理结果"))
        self.result_edit.setPlaceholderText(self.tr("如：准予许可，核发食品经营许可证"))
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setFixedHeight(90)
        self.fields_box.addWidget(self.result_edit)
        self.finish(self.tr("办结 {0}。办理结果(&R)：").format(case_no), [self.result_edit])

    def result_text(self) -> str:
        return self.result_edit.toPlainText()

    def check(self) -> str:
        try:
            clean_text(self.result_text(), "办理结果", RESULT_MAX, multiline=True)
        except InvalidValue as exc:
            return exc.message
        return ""

    def _submit(self) -> None:
        if self.busy:
            return
        why = self.check()
        if why:
            self.show_error(why)
            return
        self.error_label.hide()
        # Irreversible: the clerk confirms once more, seeing what the applicant will be told.
        self.confirm_then_submit(
            "confirmComplete",
            self.tr("确认办结"),
            self.tr("办结后不能撤销。确定将办件 {0} 办结吗？").format(self.case_no),
            (self.tr("确定办结"), self.tr("确定办结")),
            (self.tr("返回修改"), self.tr("返回修改办理结果")),
            informative=self.tr("办理结果：{0}").format(self.result_text().strip()),
        )


class HandOverForm(ActionForm):
    """登记领取: who took the result (the applicant or an agent)."""

    def __init__(self, applicant: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记领取"), self.tr("登记领取"), self.tr("确定登记领取"), parent)
        self.setObjectName("HandOverForm")
        self.who = QLineEdit(self.tr("{0}（本人）").format(applicant))
        self.who.setAccessibleName(self.tr("领取人"))
        self.who.setMaxLength(200)
        self.who.selectAll()
        self.fields_box.addWidget(self.who)
        self.finish(self.tr("领取人(&W)（代领请写明姓名和与申请人的关系）："), [self.who])

    def who_text(self) -> str:
        return self.who.text()


class ToleratedForm(ActionForm):
    """补交容缺材料: tick what arrived now (with pages); when the last arrives the case is no longer 容缺."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("补交容缺材料"), self.tr("登记补交"), self.tr("确定登记补交"), parent)
        self.setObjectName("ToleratedForm")
        self.boxes: list[tuple[QCheckBox, QSpinBox]] = []
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        fields: list[QWidget] = []
        for row, name in enumerate(names):
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("已补交：{0}").format(name))
            pages = QSpinBox()
            pages.setAccessibleName(self.tr("{0} 的页数").format(name))
            pages.setRange(0, PAGES_MAX)
            pages.setSpecialValueText(self.tr("页数不记"))
            pages.setSuffix(self.tr(" 页"))
            grid.addWidget(box, row, 0)
            grid.addWidget(pages, row, 1)
            self.boxes.append((box, pages))
            fields += [box, pages]
        self.fields_box.addLayout(grid)
        self.finish(self.tr("勾选本次补交的材料："), fields)

    def check(self) -> str:
        return "" if self.received() else self.tr("请勾选本次补交的材料。")

    def received(self) -> list[Received]:
        return [Received(box.text(), pages.value() or None) for box, pages in self.boxes if box.isChecked()]


class ReceiptForm(ActionForm):
    """打印受理回执: on A4, or as the 80 mm slip of a roll printer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("打印受理回执"), self.tr("打印"), self.tr("确定打印受理回执"), parent)
        self.setObjectName("ReceiptForm")
        self.a4 = QRadioButton(self.tr("A4 纸(&A)"))
        self.a4.setAccessibleName(self.tr("A4 纸受理回执"))
        self.roll = QRadioButton(self.tr("80 毫米小票(&R)"))
        self.roll.setAccessibleName(self.tr("80 毫米小票受理回执"))
        group = QButtonGroup(self)
        group.addButton(self.a4)
        group.addButton(self.roll)
        self.a4.setChecked(True)
        self.fields_box.addWidget(self.a4)
        self.fields_box.addWidget(self.roll)
        self.finish(self.tr("受理回执按当前的办结期限重新生成并存档："), [self.a4, self.roll])

    def on_roll(self) -> bool:
        return self.roll.isChecked()


class ReprintForm(ActionForm):
    """重打文书: one of this case's archived documents, printed exactly as archived."""

    def __init__(self, docs: Sequence[DocumentInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重打文书"), self.tr("预览/打印"), self.tr("预览并打印所选文书"), parent)
        self.setObjectName("ReprintForm")
        self.docs = list(docs)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("选择要重打的文书"))
        self.choice.view().setAccessibleName(self.tr("本办件的存档文书"))
        for doc in self.docs:
            printed = (
                self.tr("已打印 {0} 次").format(doc.print_count)
                if doc.printed_at is not None
                else self.tr("未打印")
            )
            self.choice.addItem(
                self.tr("{0} {1} · {2} · {3}").format(
                    kind_name(doc.kind), doc.number, hall_time(doc.created_at), printed
                )
            )
        self.fields_box.addWidget(self.choice)
        self.finish(self.tr("重打的是存档的原件，与当时交给申请人的一致(&D)："), [self.choice])

    def document(self) -> DocumentInfo:
        return self.docs[max(0, self.choice.currentIndex())]


# -- the dialog --------------------------------------------------------------------------------------
