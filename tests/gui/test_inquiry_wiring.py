"""首问登记 is one key away in every staff mode, and a scanned 首问登记单 opens the inquiry at the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_clerk import open_panel
from tests.gui.test_shell import open_window
from yk_desktop.gui.archive import kind_name
from yk_desktop.gui.inquiry_dialog import InquiryDialog
from yk_desktop.gui.inquiry_manager import InquiryManagerPanel
from yk_desktop.gui.inquiry_panel import InquiryPanel
from yk_desktop.gui.manager import ManagerPanel
from yk_desktop.gui.session import Session
from yk_desktop.services import inquiries
from yk_desktop.services.inquiries import InquiryRequest


def _visible_forms(window: object) -> list[InquiryDialog]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    return [d for d in window.findChildren(InquiryDialog) if d.isVisible()]


def test_f12_opens_the_inquiry_form_in_the_clerk_and_the_manager_modes(
    qtbot: QtBot, manager_session: Session
) -> None:
    window = open_window(qtbot, manager_session, "clerk")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(_visible_forms(window)) == 1)
    _visible_forms(window)[0].close()
    window.mode_actions["manager"].trigger()
    assert isinstance(window.panel, ManagerPanel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(_visible_forms(window)) == 1)
    form = _visible_forms(window)[0]
    assert form.windowTitle() and "首问" in form.windowTitle()
    form.close()
    assert any(a.text() == "服务(&S)" for a in window.menuBar().actions())


def test_a_scanned_inquiry_slip_opens_it_in_my_inquiries(qtbot: QtBot, clerk_session: Session) -> None:
    info = inquiries.log_inquiry(
        clerk_session.runtime.uow(),
        InquiryRequest(
            question="营业执照遗失补办需要什么材料？", handling="follow_up", applicant_name="张三"
        ),
        staff_id=clerk_session.staff_id,
    )
    panel = open_panel(qtbot, clerk_session)
    assert panel.inquiry_button.text() == "首问登记 (F12)"
    panel.open_scan(info.inquiry_no)
    qtbot.waitUntil(lambda: panel.tabs.currentWidget() is panel.inquiry_tab)
    listing = panel.inquiry_tab.built
    assert isinstance(listing, InquiryPanel)
    qtbot.waitUntil(
        lambda: listing.current is not None and listing.current.inquiry_no == info.inquiry_no, timeout=10_000
    )
    assert "营业执照遗失补办" in listing.detail.toPlainText()
    assert kind_name("inquiry") == "首问登记单"


def test_the_manager_console_has_the_inquiry_tab(qtbot: QtBot, manager_session: Session) -> None:
    panel = ManagerPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    panel.open_tab(panel.inquiry_tab)
    assert isinstance(panel.inquiry_tab.built, InquiryManagerPanel)
    panel.shutdown()
