"""Small pieces the appointment windows share: buttons, read-only tables, the confirm box, words for kinds
and states in the UI language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui.controls import hand_back
from yk_desktop.gui.models import RowTableModel
from yk_desktop.gui.session import Session

# lupdate knows this alias; every string below is found by ``translate("appointment", "…")``.
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {
        "regular": translate("appointment", "工作时间"),
        "lunch": translate("appointment", "午间"),
        "evening": translate("appointment", "延时"),
        "weekend": translate("appointment", "周末延时"),
    }.get(kind, kind)


def state_label(state: str) -> str:
    return {
        "booked": translate("appointment", "已预约"),
        "checked_in": translate("appointment", "已签到"),
        "cancelled": translate("appointment", "已取消"),
        "no_show": translate("appointment", "爽约"),
    }.get(state, state)


def channel_label(channel: str) -> str:
    return {
        "window": translate("appointment", "窗口"),
        "phone": translate("appointment", "电话"),
    }.get(channel, channel)


def weekday_label(day: int) -> str:
    """Monday is 0, as ``date.weekday()`` counts."""
    return (
        translate("appointment", "周一"),
        translate("appointment", "周二"),
        translate("appointment", "周三"),
        translate("appointment", "周四"),
        translate("appointment", "周五"),
        translate("appointment", "周六"),
        translate("appointment", "周日"),
    )[day]


def hall_today(session: Session) -> date:
    return session.runtime.clock.now().astimezone(HALL_TZ).date()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(d: QDate) -> date:
    day = d.toPython()
    assert isinstance(day, date)
    return day


def to_qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def from_qtime(t: QTime) -> time:
    return time(t.hour(), t.minute())


def make_button(text: str, name: str, slot: Callable[[], object], *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    if primary:
        button.setObjectName("primaryButton")
    button.clicked.connect(slot)
    return button


def make_combo(name: str) -> QComboBox:
    """A combo box named for screen readers, its drop-down list too (Qt builds that list outside the combo)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.view().setAccessibleName(translate("appointment", "{0}列表").format(name))
    return combo


def make_date_edit(day: date, name: str, *, weekday: bool = True) -> QDateEdit:
    """A date field with its calendar pop-up; the weekday in Chinese whatever the PC's locale (the hall plans
    by weekday: 周三 matters more than the date)."""
    edit = QDateEdit(to_qdate(day))
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    edit.setDisplayFormat("yyyy-MM-dd dddd" if weekday else "yyyy-MM-dd")
    return edit


def make_table(model: RowTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def ask(
    parent: QWidget, title: str, text: str, yes: str, no: str, then: Callable[[], object], *, detail: str = ""
) -> QMessageBox:
    """A window-modal question that does not block (``open``); ``then`` runs only on the first button.
    The default is the second one: Enter alone never books, moves or cancels anything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setAccessibleName(yes)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    no_button.setAccessibleName(no)
    box.setDefaultButton(no_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: QAbstractButton) -> None:
        if button is yes_button:
            then()

    box.buttonClicked.connect(answered)
    box.finished.connect(lambda _r: hand_back(parent))  # its shortcuts work again once it is answered
    box.open()
    return box


def click_yes(box: QMessageBox) -> None:
    """The first (accepting) button of a box made by :func:`ask` (tests and keyboard helpers)."""
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise LookupError("no accepting button")
