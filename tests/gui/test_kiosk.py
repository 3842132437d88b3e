"""The ticket kiosk on its own: a double tap keeps the number on screen, and a kiosk that started while the
database was away offers its categories as soon as it is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yk_desktop.app import Started
from yk_desktop.gui import kiosk as kioskmod
from yk_desktop.gui.kiosk import KioskPanel
from yk_desktop.gui.session import Session


def open_kiosk(qtbot: QtBot, started: Started) -> KioskPanel:
    panel = KioskPanel(Session(started, None))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 800)
        panel.show()
    return panel


def test_a_second_tap_right_after_taking_a_number_keeps_the_number_shown(
    qtbot: QtBot, started: Started
) -> None:
    kiosk = open_kiosk(qtbot, started)
    qtbot.mouseClick(kiosk.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A001")
    assert kiosk.pages.currentIndex() == 1

    qtbot.mouseClick(kiosk.result_page, Qt.MouseButton.LeftButton)  # the double tap's second touch
    assert kiosk.pages.currentIndex() == 1
    assert kiosk.result_number.text() == "A001"

    assert not kiosk.result_page.accepts_touch()
    qtbot.waitUntil(kiosk.result_page.accepts_touch, timeout=kioskmod.TOUCH_GUARD_MS + 1_000)
    qtbot.mouseClick(kiosk.result_page, Qt.MouseButton.LeftButton)  # later, a touch goes back
    assert kiosk.pages.currentIndex() == 0


def test_the_back_button_works_at_once(qtbot: QtBot, started: Started) -> None:
    kiosk = open_kiosk(qtbot, started)
    qtbot.mouseClick(kiosk.buttons["F"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "F001")
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 0


def test_categories_appear_once_the_first_failed_load_is_retried(qtbot: QtBot, started: Started) -> None:
    hall_id = started.runtime.hall_id
    started.runtime.hall_id = None  # every hall query raises NotFound, as an unreachable hall would fail
    try:
        kiosk = open_kiosk(qtbot, started)
        assert kiosk.buttons == {}
        assert kiosk.status_label.isVisible() and "本机尚未登记到大厅" in kiosk.status_label.text()
        assert not kiosk.priority_toggle.isVisible()
        for timer in kiosk._timers:
            timer.setInterval(50)  # the 5 s refresh, so the test need not wait for it
        qtbot.wait(300)
        assert kiosk.buttons == {}  # still failing: nothing to offer yet, and no crash
    finally:
        started.runtime.hall_id = hall_id
    qtbot.waitUntil(lambda: {"A", "B", "F"} <= set(kiosk.buttons), timeout=5_000)
    qtbot.waitUntil(lambda: not kiosk.status_label.isVisible())
    qtbot.waitUntil(kiosk.priority_toggle.isVisible)  # the priority groups were retried as well
    assert kiosk.priority_buttons

    qtbot.mouseClick(kiosk.buttons["B"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "B001")
