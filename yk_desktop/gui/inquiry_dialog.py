"""首问登记: the quick form any staff member opens with one key, whatever they were doing.

``open_inquiry_form(session, parent)`` shows it without blocking the window behind (a clerk may have to
call the next number meanwhile); a second press brings the open form to the front instead of a second
one, and closing it makes the window behind active again (its function keys work at once). The question comes first and is the only field required; 当场答复 is preselected, so the common case
is: type the question, Ctrl+S. The item can be found by name or pinyin initials (optional). Saving runs
on the worker pool; a refusal stays in the form in Chinese with the focus on the field to fix. When the
applicant is sent elsewhere (guided, or handed to a colleague) the form offers the 首问登记单 (Ctrl+P).
"""

from __future__ import annotations

import itertools
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.gui.controls import button, hand_back
from yk_desktop.gui.inquiry_common import SlipPrinter, inquiry_changes
from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.services import catalog, inquiries
from yk_desktop.services.catalog import ItemSummary
from yk_desktop.services.errors import InvalidInput
from yk_desktop.services.inquiries import FormChoices, InquiryInfo, InquiryRequest
from yk_desktop.store.models.inquiries import Handling

# lupdate knows this alias; the strings below are found by ``translate("inquiry_dialog", "…")``.
translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200
# The one key that opens this form in every staff mode (bound by the mode window; F1–F9 are the clerk's).
ITEM_RESULTS = 8


def _choice_text(number: int, name: str) -> str:
    return translate("inquiry_dialog", "{0} 号窗口 · {1}").format(number, name)


class InquiryDialog(QDialog):
    """The 首问登记 form; ``saved(InquiryInfo)`` after each inquiry is kept."""

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InquiryDialog")
        self.setWindowTitle(self.tr("首问登记"))
        self.setModal(False)
        self.setMinimumWidth(640)
        self.session = session
        self.busy = False
        self.choices: FormChoices | None = None
        self._category_rows: dict[str, int] = {}
        self.item: ItemSummary | None = None
        self.logged: InquiryInfo | None = None
        self._searches = LatestOnly()
        self.printer = SlipPrinter(session, self)
        self.printer.message.connect(self._show)

        self.question_edit = QPlainTextEdit()
        self.question_edit.setObjectName("inquiryQuestion")
        self.question_edit.setAccessibleName(self.tr("咨询问题（必填）"))
        self.question_edit.setPlaceholderText(self.tr("办事人问了什么（必填）"))
        self.question_edit.setTabChangesFocus(True)  # Tab moves on; the form is keyboard-first
        self.question_edit.setFixedHeight(64)
        self.name_edit = self._line(self.tr("办事人姓名"), self.tr("姓名"))
        self.anonymous_box = QCheckBox(self.tr("匿名(&A)"))
        self.anonymous_box.setAccessibleName(self.tr("办事人不愿留名"))
        self.org_edit = self._line(self.tr("办事单位"), self.tr("单位名称（可不填）"))
        self.phone_edit = self._line(self.tr("联系电话"), self.tr("手机或固定电话（可不填）"))
        self.id_edit = self._line(self.tr("身份证号码"), self.tr("可不填，只保存遮蔽后的号码"))
        self.address_edit = self._line(self.tr("住址"), self.tr("可不填"))

        self.item_edit = self._line(self.tr("查找事项"), self.tr("事项名称或拼音首字母（可不选）"))
        self.item_edit.setClearButtonEnabled(True)
        self.item_list = QListWidget()
        self.item_list.setObjectName("inquiryItems")
        self.item_list.setAccessibleName(self.tr("事项查找结果"))
        self.item_list.setMaximumHeight(120)
        self.item_list.hide()
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("业务类别"))
        self.category_combo.view().setAccessibleName(self.tr("业务类别列表"))
        self.category_combo.addItem(self.tr("（不限类别）"), None)

        self.handling_group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for key, text, name in (
            (Handling.ON_SPOT, self.tr("当场答复(&1)"), self.tr("处理方式：当场答复")),
            (Handling.GUIDED, self.tr("引导至窗口/部门(&2)"), self.tr("处理方式：引导至窗口或部门")),
            (Handling.HANDED, self.tr("转交同事(&3)"), self.tr("处理方式：转交同事")),
            (Handling.FOLLOW_UP, self.tr("需后续跟进(&4)"), self.tr("处理方式：需后续跟进")),
        ):
            radio = QRadioButton(text)
            radio.setAccessibleName(name)
            self.handling_group.addButton(radio)
            self.radios[key] = radio
        self.radios[Handling.ON_SPOT].setChecked(True)
        self.window_combo = QComboBox()
        self.window_combo.setAccessibleName(self.tr("引导前往的窗口"))
        self.window_combo.view().setAccessibleName(self.tr("窗口列表"))
        self.window_combo.addItem(self.tr("（不指定窗口）"), None)
        self.guided_edit = self._line(
            self.tr("引导前往的部门或地点"), self.tr("部门或地点，如：市场监管局三楼")
        )
        self.keep_open_box = QCheckBox(self.tr("引导后仍由我跟进结果(&K)"))
        self.keep_open_box.setAccessibleName(self.tr("引导后仍由我跟进结果"))
        self.colleague_combo = QComboBox()
        self.colleague_combo.setAccessibleName(self.tr("转交给哪位同事"))
        self.colleague_combo.view().setAccessibleName(self.tr("同事列表"))
        self.answer_label = QLabel()
        self.answer_edit = self._line(self.tr("答复内容"), "")
        self.materials_edit = self._line(self.tr("收取材料"), self.tr("收到的材料（可不填）"))

        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("提示信息"))
        self.save_button = button(self.tr("保存 (Ctrl+S)"), self.tr("保存首问登记"), self.save)
        self.save_button.setObjectName("primaryButton")
        # No default button: Enter in a field must not save a half-filled form (Enter picks the item in
        # 事项 and adds a line in 咨询问题); Ctrl+S saves, on purpose.
        self.print_button = button(self.tr("打印登记单 (Ctrl+P)"), self.tr("打印首问登记单"), self.print_slip)
        self.new_button = button(self.tr("新登记 (Ctrl+N)"), self.tr("清空表单，登记下一位"), self.clear)
        self.close_button = button(self.tr("关闭"), self.tr("关闭首问登记"), self.reject)
        self.close_button.setToolTip(self.tr("关闭（Esc）"))

        self._lay_out()
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Print, self.print_slip),
            (QKeySequence.StandardKey.New, self.clear),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_items)
        self.item_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.item_edit.installEventFilter(self)
        self.item_list.itemActivated.connect(self._item_chosen)
        self.anonymous_box.toggled.connect(self._update)
        self.handling_group.buttonToggled.connect(lambda *_a: self._update())
        self._update()
        self.question_edit.setFocus()
        run_in_pool(
            inquiries.form_choices,
            session.runtime.uow(),
            session.staff_id,
            on_done=self._choices_loaded,
            on_error=lambda exc: self._show(error_text(exc)),
            context=self,
        )

    # -- building ------------------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(
            self._label(self.tr("咨询问题(&Q)*"), self.question_edit), 0, 0, Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(self.question_edit, 0, 1, 1, 3)
        grid.addWidget(self._label(self.tr("办事人(&W)"), self.name_edit), 1, 0)
        who = QHBoxLayout()
        who.addWidget(self.name_edit, 1)
        who.addWidget(self.anonymous_box)
        grid.addLayout(who, 1, 1)
        grid.addWidget(self._label(self.tr("单位(&U)"), self.org_edit), 1, 2)
        grid.addWidget(self.org_edit, 1, 3)
        grid.addWidget(self._label(self.tr("联系电话(&T)"), self.phone_edit), 2, 0)
        grid.addWidget(self.phone_edit, 2, 1)
        grid.addWidget(self._label(self.tr("证件号码(&D)"), self.id_edit), 2, 2)
        grid.addWidget(self.id_edit, 2, 3)
        grid.addWidget(self._label(self.tr("住址"), self.address_edit), 3, 0)
        grid.addWidget(self.address_edit, 3, 1, 1, 3)
        grid.addWidget(self._label(self.tr("事项(&I)"), self.item_edit), 4, 0)
        grid.addWidget(self.item_edit, 4, 1)
        grid.addWidget(self._label(self.tr("类别(&C)"), self.category_combo), 4, 2)
        grid.addWidget(self.category_combo, 4, 3)
        grid.addWidget(self.item_list, 5, 1, 1, 3)
        radios = QHBoxLayout()
        for radio in self.radios.values():
            radios.addWidget(radio)
        radios.addStretch(1)
        grid.addWidget(QLabel(self.tr("处理方式")), 6, 0)
        grid.addLayout(radios, 6, 1, 1, 3)
        self.guided_row = QWidget()
        guided = QHBoxLayout(self.guided_row)
        guided.setContentsMargins(0, 0, 0, 0)
        guided.addWidget(self.window_combo)
        guided.addWidget(self.guided_edit, 1)
        guided.addWidget(self.keep_open_box)
        self.where_label = self._label(self.tr("前往(&G)"), self.window_combo)
        grid.addWidget(self.where_label, 7, 0)
        grid.addWidget(self.guided_row, 7, 1, 1, 3)
        self.colleague_label = self._label(self.tr("转交给(&H)"), self.colleague_combo)
        grid.addWidget(self.colleague_label, 8, 0)
        grid.addWidget(self.colleague_combo, 8, 1, 1, 3)
        self.answer_label.setBuddy(self.answer_edit)
        grid.addWidget(self.answer_label, 9, 0)
        grid.addWidget(self.answer_edit, 9, 1, 1, 3)
        grid.addWidget(self._label(self.tr("收取材料(&M)"), self.materials_edit), 10, 0)
        grid.addWidget(self.materials_edit, 10, 1, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        order: list[QWidget] = [
            self.question_edit,
            self.name_edit,
            self.anonymous_box,
            self.org_edit,
            self.phone_edit,
            self.id_edit,
            self.address_edit,
            self.item_edit,
            self.item_list,
            self.category_combo,
            *self.radios.values(),
            self.window_combo,
            self.guided_edit,
            self.keep_open_box,
            self.colleague_combo,
            self.answer_edit,
            self.materials_edit,
            self.save_button,
            self.print_button,
            self.new_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def handling(self) -> str:
        for key, radio in self.radios.items():
            if radio.isChecked():
                return key
        return Handling.ON_SPOT.value

    def set_handling(self, handling: str) -> None:
        self.radios[handling].setChecked(True)

    def _update(self) -> None:
        handling = self.handling
        saved = self.logged is not None
        for edit in (self.name_edit, self.org_edit, self.phone_edit, self.id_edit, self.address_edit):
            edit.setEnabled(not saved and not self.anonymous_box.isChecked())
        guided, handed = handling == Handling.GUIDED, handling == Handling.HANDED
        self.where_label.setVisible(guided)
        self.guided_row.setVisible(guided)
        self.colleague_label.setVisible(handed)
        self.colleague_combo.setVisible(handed)
        self.answer_label.setText(
            {
                Handling.ON_SPOT: self.tr("答复内容(&R)"),
                Handling.GUIDED: self.tr("说明(&R)"),
                Handling.HANDED: self.tr("转交说明(&R)"),
                Handling.FOLLOW_UP: self.tr("跟进事项(&R)"),
            }[Handling(handling)]
        )
        self.answer_edit.setAccessibleName(self.answer_label.text().replace("(&R)", ""))
        self.answer_edit.setPlaceholderText(
            self.tr("可不填，默认记为“已当场答复”") if handling == Handling.ON_SPOT else self.tr("可不填")
        )
        for widget in (
            self.question_edit,
            self.anonymous_box,
            self.item_edit,
            self.item_list,
            self.category_combo,
            *self.radios.values(),
            self.guided_row,
            self.colleague_combo,
            self.answer_edit,
            self.materials_edit,
        ):
            widget.setEnabled(not saved)
        self.save_button.setEnabled(not saved and not self.busy)
        self.print_button.setEnabled(
            saved and bool(self.logged and self.logged.destination) and not self.busy
        )
        self.new_button.setEnabled(not self.busy)

    def _show(self, text: str) -> None:
        self.message.setText(text)

    # -- choices and the item search -------------------------------------------------------------------
    def _choices_loaded(self, choices: FormChoices) -> None:
        self.choices = choices
        for c in choices.categories:
            self._category_rows[c.prefix] = self.category_combo.count()
            self.category_combo.addItem(self.tr("{0} · {1}").format(c.prefix, c.name), c.id)
        for w in choices.windows:
            self.window_combo.addItem(_choice_text(w.number, w.name), w.number)
        for s in choices.colleagues:
            text = (
                s.name
                if s.window_number is None
                else self.tr("{0}（{1} 号窗口）").format(s.name, s.window_number)
            )
            self.colleague_combo.addItem(text, s.id)

    def search_items(self) -> None:
        text = self.item_edit.text().strip()
        if not text:
            self._set_item(None)
            self.item_list.clear()
            self.item_list.hide()
            return
        self._searches.run(
            catalog.search_items,
            self.session.runtime.uow(),
            text,
            ITEM_RESULTS,
            on_done=self._items_found,
            on_error=lambda exc: self._show(error_text(exc)),
            context=self,
        )

    def _items_found(self, items: list[ItemSummary]) -> None:
        self.item_list.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.name}（{item.department}）")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.item_list.addItem(entry)
        if not items:
            self.item_list.addItem(QListWidgetItem(self.tr("没有找到匹配的事项")))
        else:
            self.item_list.setCurrentRow(0)
        self.item_list.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In 事项: Enter takes the highlighted result (searching first if a search is pending), Down goes
        into the results; neither reaches the dialog."""
        if watched is self.item_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self._search_timer.stop()
                    self.search_items()
                elif self.item_list.isVisible() and self.item_list.count() > 0:
                    self._item_chosen(self.item_list.currentItem() or self.item_list.item(0))
                return True
            if event.key() == Qt.Key.Key_Down and self.item_list.isVisible():
                self.item_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _item_chosen(self, entry: QListWidgetItem) -> None:
        item = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, ItemSummary):
            self._set_item(item)
            self.item_edit.setText(item.name)
            self.item_list.hide()
            self.radios[Handling(self.handling)].setFocus()

    def _set_item(self, item: ItemSummary | None) -> None:
        self.item = item
        row = self._category_rows.get(item.category_prefix or "") if item is not None else None
        if row is not None:
            self.category_combo.setCurrentIndex(row)

    # -- saving --------------------------------------------------------------------------------------
    def request(self) -> InquiryRequest:
        handling = self.handling
        return InquiryRequest(
            question=self.question_edit.toPlainText(),
            handling=handling,
            anonymous=self.anonymous_box.isChecked(),
            applicant_name=self.name_edit.text(),
            applicant_org=self.org_edit.text(),
            phone=self.phone_edit.text(),
            id_number=self.id_edit.text(),
            address=self.address_edit.text(),
            category_id=self.category_combo.currentData(),
            item_id=self.item.id if self.item is not None and self.item_edit.text().strip() else None,
            materials_received=self.materials_edit.text(),
            guided_window_number=self.window_combo.currentData() if handling == Handling.GUIDED else None,
            guided_to=self.guided_edit.text() if handling == Handling.GUIDED else "",
            hand_to_staff_id=self.colleague_combo.currentData() if handling == Handling.HANDED else None,
            answer=self.answer_edit.text(),
            keep_open=self.keep_open_box.isChecked(),
            window_number=self.session.window_number,
        )

    def save(self) -> None:
        if self.busy or self.logged is not None:
            return
        self.busy = True
        self._update()
        self._show(self.tr("正在保存…"))
        call = partial(
            inquiries.log_inquiry, self.session.runtime.uow(), self.request(), staff_id=self.session.staff_id
        )
        run_in_pool(call, on_done=self._saved, on_error=self._refused, context=self)

    def _saved(self, info: InquiryInfo) -> None:
        self.busy = False
        self.logged = info
        self._update()
        state = self.tr("已办结") if info.state == "closed" else self.tr("未办结，已列入“我的首问”")
        text = self.tr("已登记 {0}（{1}）。").format(info.display_no, state)
        if info.destination:
            text += self.tr("可按 Ctrl+P 打印首问登记单交给办事人。")
            self.print_button.setFocus()
        else:
            self.new_button.setFocus()
        self._show(text)
        self.saved.emit(info)
        inquiry_changes().changed.emit(info.inquiry_no)

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self._update()
        self._show(error_text(exc))
        if isinstance(exc, InvalidInput):
            target = self._field_widgets().get(exc.field)
            if target is not None and target.isEnabled():
                target.setFocus()

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "咨询问题": self.question_edit,
            "办事人姓名": self.name_edit,
            "办事单位": self.org_edit,
            "联系电话": self.phone_edit,
            "身份证号码": self.id_edit,
            "住址": self.address_edit,
            "引导去向": self.guided_edit,
            "窗口": self.window_combo,
            "转交给": self.colleague_combo,
            "答复或备注": self.answer_edit,
            "收取材料": self.materials_edit,
        }

    def print_slip(self) -> None:
        if self.logged is None or not self.print_button.isEnabled():
            return
        self.printer.print(self.logged.inquiry_no, reuse=True)

    def clear(self) -> None:
        """Ready for the next applicant: every field empty, 当场答复 again."""
        if self.busy:
            return
        self.logged = None
        self.item = None
        for edit in (
            self.name_edit,
            self.org_edit,
            self.phone_edit,
            self.id_edit,
            self.address_edit,
            self.item_edit,
            self.guided_edit,
            self.answer_edit,
            self.materials_edit,
        ):
            edit.clear()
        self.question_edit.clear()
        self.item_list.clear()
        self.item_list.hide()
        self.anonymous_box.setChecked(False)
        self.keep_open_box.setChecked(False)
        self.category_combo.setCurrentIndex(0)
        self.window_combo.setCurrentIndex(0)
        self.set_handling(Handling.ON_SPOT)
        self._show("")
        self._update()
        self.question_edit.setFocus()

    def reject(self) -> None:
        # A save on its way may already have committed: closing now would hide its number.
        if self.busy:
            self._show(self.tr("正在保存，请稍候再关闭。"))
            return
        super().reject()


def open_inquiry_form(session: Session, parent: QWidget | None) -> InquiryDialog:
    """Show the 首问登记 form without blocking ``parent``'s window; the one already open comes forward."""
    if parent is not None:
        for existing in parent.findChildren(InquiryDialog):
            if shiboken6.isValid(existing) and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
    dialog = InquiryDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: hand_back(parent))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
