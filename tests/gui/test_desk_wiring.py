"""The desk services reach the clerk and the manager: the rating pad after F3 and after 办结 (一次一评),
complaint intake on Ctrl+K, 帮办代办 on F11 and by scanning its 委托书, and the manager's tabs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.test_clerk import idle, key, open_panel
from yk_desktop import app
from yk_desktop.config import Config
from yk_desktop.gui.agency_manager import AgencyManagerPanel
from yk_desktop.gui.agency_panel import AgencyPanel
from yk_desktop.gui.complaint_intake import ComplaintIntakeDialog
from yk_desktop.gui.complaint_list import ComplaintListPanel
from yk_desktop.gui.followup_ledger import FollowUpLedgerPanel
from yk_desktop.gui.manager import ManagerPanel
from yk_desktop.gui.review_figures import ReviewFiguresPanel
from yk_desktop.gui.review_pad import ReviewPad
from yk_desktop.gui.session import Session
from yk_desktop.services import auth, queue
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Review


@pytest.fixture
def rating_clerk(sqlite_runtime: Runtime, qapp: object) -> Iterator[Session]:
    """A clerk on a PC with the program's default config: a rating after each finish."""
    started = app.start(Config(), runtime=sqlite_runtime)
    assert started.config.review.after_finish
    yield Session(started, auth.login(sqlite_runtime.uow(), "clerk01", "demo1234"))
    idle()


def _pads(panel: object | None = None) -> list[ReviewPad]:
    """Visible rating pads: children of ``panel``, or anywhere in the application."""
    from PySide6.QtWidgets import QApplication, QWidget

    if panel is None:
        found = [w for w in QApplication.allWidgets() if isinstance(w, ReviewPad)]
    else:
        assert isinstance(panel, QWidget)
        found = panel.findChildren(ReviewPad)
    return [p for p in found if shiboken6.isValid(p) and p.isVisible()]


def test_f3_brings_the_rating_pad_and_the_rating_is_kept(qtbot: QtBot, rating_clerk: Session) -> None:
    runtime = rating_clerk.runtime
    panel = open_panel(qtbot, rating_clerk)
    queue.issue_ticket(runtime.uow(), "A")
    panel.refresh_status()
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    key(qtbot, panel, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(_pads(panel)) == 1, timeout=20_000)
    pad = _pads(panel)[0]
    assert pad.channel == "dialog"  # one screen: a dialog over the clerk's window
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.levels_page, timeout=20_000)
    pad.thanks_ms = 100
    qtbot.mouseClick(pad.level_buttons[5], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _pads(panel), timeout=20_000)
    with runtime.uow().reading() as uow:
        assert [r.level for r in uow.session.scalars(select(Review))] == [5]


def test_ctrl_k_takes_a_complaint_and_f11_opens_agency_registration(
    qtbot: QtBot, clerk_session: Session
) -> None:
    panel = open_panel(qtbot, clerk_session)
    assert panel.complaint_button.text() == "登记投诉 (Ctrl+K)"
    qtbot.keyClick(panel, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in panel.findChildren(ComplaintIntakeDialog)))
    next(d for d in panel.findChildren(ComplaintIntakeDialog) if d.isVisible()).reject()
    # The clerk's window takes the keys back by itself: F11 (a window shortcut) works at once.
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel, Qt.Key.Key_F11)
    assert panel.tabs.currentWidget() is panel.agency_tab
    assert isinstance(panel.agency_tab.built, AgencyPanel)
    idle()
    panel.shutdown()


def test_an_agent_starts_on_the_proxy_cases(qtbot: QtBot, started: app.Started) -> None:
    agent = Session(started, auth.login(started.runtime.uow(), "agent01", "demo1234"))
    panel = open_panel(qtbot, agent)
    assert panel.tabs.currentWidget() is panel.agency_tab
    idle()
    panel.shutdown()


def test_the_manager_console_has_the_desk_service_tabs(qtbot: QtBot, manager_session: Session) -> None:
    panel = ManagerPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    for tab, kind in (
        (panel.agency_tab, AgencyManagerPanel),
        (panel.followup_tab, FollowUpLedgerPanel),
        (panel.complaints_tab, ComplaintListPanel),
        (panel.review_figures_tab, ReviewFiguresPanel),
    ):
        panel.open_tab(tab)
        assert isinstance(tab.built, kind)
        idle()
    panel.shutdown()


def test_the_result_collected_brings_the_rating_pad_for_the_case(
    qtbot: QtBot, rating_clerk: Session, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """办结 is back-office work (no pad then); 登记领取 has the applicant at the window: the pad asks."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.test_casedialog import click, form_of, message_button, settle
    from tests.gui.test_caselist import make_case
    from yk_desktop.gui.case_forms import CompleteForm, HandOverForm
    from yk_desktop.gui.casedialog import open_case

    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path))
    case_no = make_case(rating_clerk.runtime, "210800-SCJG-XK-001", "张三")
    dialog = open_case(None, rating_clerk, case_no)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.details is not None, timeout=20_000)
    click(qtbot, dialog.complete_button)
    form = form_of(qtbot, dialog, CompleteForm)
    form.result_edit.setPlainText("准予许可")
    click(qtbot, form.ok_button)
    box = form.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(message_button(box, "确定办结"), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert _pads() == []
    click(qtbot, dialog.handover_button)
    hand = form_of(qtbot, dialog, HandOverForm)
    click(qtbot, hand.ok_button)
    settle(qtbot, dialog)
    qtbot.waitUntil(lambda: len(_pads()) == 1, timeout=20_000)
    pad = _pads()[0]
    assert pad.case_no == case_no
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.levels_page, timeout=20_000)
    # The clerk closes the case; the applicant's pad stays until they have rated.
    dialog.close()
    idle()
    assert shiboken6.isValid(pad) and pad.isVisible()
    pad.reject()


def test_f10_books_and_a_scanned_appointment_code_opens_it(qtbot: QtBot, clerk_session: Session) -> None:
    from datetime import date, time

    from tests.gui.test_clerk import open_dialog
    from tests.support.appointments import add_appointment
    from yk_desktop.gui.appointment_day import AppointmentDayPanel
    from yk_desktop.gui.appointment_dialog import AppointmentDialog
    from yk_desktop.services.demo import demo_appointment_code

    panel = open_panel(qtbot, clerk_session)
    assert panel.appointment_button.text() == "预约登记 (F10)"
    qtbot.keyClick(panel, Qt.Key.Key_F10)
    booking = open_dialog(qtbot, panel, AppointmentDialog)
    assert booking.current is None  # a new booking
    booking.reject()
    idle()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    code = demo_appointment_code(date(2026, 11, 24), "01")
    add_appointment(clerk_session.runtime, code, "A", time(14, 0), time(14, 30))
    panel.open_scan(code)
    scanned = open_dialog(qtbot, panel, AppointmentDialog)
    qtbot.waitUntil(lambda: scanned.current is not None or "没有" in scanned.message.text(), timeout=10_000)
    assert scanned.current is not None, scanned.message.text()
    assert scanned.current is not None and scanned.current.code == code
    scanned.reject()
    idle()
    panel.tabs.setCurrentWidget(panel.appointments_tab)
    assert isinstance(panel.appointments_tab.built, AppointmentDayPanel)
    idle()
    panel.shutdown()


def test_the_manager_console_has_the_appointment_tabs(qtbot: QtBot, manager_session: Session) -> None:
    from yk_desktop.gui.appointment_day import AppointmentDayPanel
    from yk_desktop.gui.appointment_sessions import AfterHoursPanel
    from yk_desktop.gui.slot_plan_editor import SlotPlanPanel

    panel = ManagerPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    for tab, kind in (
        (panel.appointments_tab, AppointmentDayPanel),
        (panel.slot_plans_tab, SlotPlanPanel),
        (panel.after_hours_tab, AfterHoursPanel),
    ):
        panel.open_tab(tab)
        assert isinstance(tab.built, kind)
        idle()
    panel.shutdown()


def test_the_clerk_panel_marks_no_shows_on_its_own_timer(qtbot: QtBot, clerk_session: Session) -> None:
    """Appointments whose slot ended (+ grace) become 爽约 without anybody opening the day view."""
    from datetime import time

    from tests.support.appointments import add_appointment
    from yk_desktop.gui import clerk as clerk_module
    from yk_desktop.store.models import Appointment

    add_appointment(
        clerk_session.runtime, "11240901", "A", time(9, 0), time(9, 30)
    )  # ended (+15 min) by 10:00
    panel = open_panel(qtbot, clerk_session)
    timers = [t for t in panel.findChildren(QTimer) if t.interval() == clerk_module.NO_SHOW_SWEEP_MS]
    assert len(timers) == 1 and timers[0].isActive()
    timers[0].timeout.emit()
    idle()

    def state() -> str:
        with clerk_session.runtime.uow().reading() as uow:
            found = uow.session.scalar(select(Appointment.state).where(Appointment.code == "11240901"))
            return str(found)

    qtbot.waitUntil(lambda: state() == "no_show", timeout=10_000)
    panel.shutdown()


def test_ctrl_e_opens_the_later_rating_and_the_keys_come_back(qtbot: QtBot, clerk_session: Session) -> None:
    from tests.gui.test_clerk import open_dialog
    from yk_desktop.gui.review_later import LaterRatingDialog

    panel = open_panel(qtbot, clerk_session)
    qtbot.keyClick(panel, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    later = open_dialog(qtbot, panel, LaterRatingDialog)
    later.reject()
    qtbot.waitUntil(panel.isActiveWindow)
    idle()
    panel.shutdown()


def test_calling_the_next_applicant_withdraws_a_pad_nobody_touched(
    qtbot: QtBot, rating_clerk: Session
) -> None:
    """On two screens F1 stays live while the pad shows; the last applicant's untouched pad must not wait
    for the next person to rate a service that was not theirs."""
    runtime = rating_clerk.runtime
    panel = open_panel(qtbot, rating_clerk)
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    panel.refresh_status()
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    key(qtbot, panel, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(_pads(panel)) == 1, timeout=20_000)
    pad = _pads(panel)[0]
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.levels_page, timeout=20_000)
    panel.call_next()  # what F1 does (on one screen the pad's modality keeps the key from the panel)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002", timeout=10_000)
    qtbot.waitUntil(lambda: not _pads(panel), timeout=10_000)
    with runtime.uow().reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Review)) == 0
