"""The ticket kiosk on its own: taking a number (category, bundle, priority), appointment check-in on the
keypad, the printed ticket and a failed printer, closed hours, and the kiosk's accessibility: touch
targets of 15 mm, text of 24 pt, 7:1 contrast measured on the rendered screen, the large-text mode."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.printing.pdfcheck import GrayImage, pdf_text, render_gray
from tests.support.appointments import add_appointment
from yk_desktop.app import Started
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.gui import kiosk as kioskmod
from yk_desktop.gui.kiosk import KioskPanel
from yk_desktop.gui.session import Session
from yk_desktop.printing.barcode import decode_modules
from yk_desktop.printing.ticket import build_ticket_pdf
from yk_desktop.services import auth, demo, queue, serving

MM_PER_INCH = 25.4


def open_kiosk(qtbot: QtBot, started: Started, print_to: Path | None = None) -> KioskPanel:
    # Qt's "mock" speech engine: silent, the same everywhere, and without a Chinese voice.
    panel = KioskPanel(Session(started, None), print_to=print_to, voice_engine="mock")
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 800)
        panel.show()
    # Buttons added to a shown layout are shown (and styled) on the next turn of the event loop.
    qtbot.waitUntil(
        lambda: all(b.isVisible() for b in [*panel.buttons.values(), *panel.bundle_buttons.values()])
    )
    return panel


def clock(started: Started) -> FixedClock:
    assert isinstance(started.runtime.clock, FixedClock)
    return started.runtime.clock


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_printed(qtbot: QtBot, kiosk: KioskPanel) -> None:
    qtbot.waitUntil(lambda: kiosk.result_print.text() == "号票已打印，请取走号票", timeout=20_000)


def type_on_keypad(qtbot: QtBot, kiosk: KioskPanel, digits: str) -> None:
    for digit in digits:
        click(qtbot, kiosk.checkin_page.keys[digit])


def check_in(qtbot: QtBot, kiosk: KioskPanel, digits: str) -> None:
    click(qtbot, kiosk.checkin_button)
    assert kiosk.pages.currentWidget() is kiosk.checkin_page
    type_on_keypad(qtbot, kiosk, digits)
    assert kiosk.checkin_page.entry.text() == digits
    click(qtbot, kiosk.checkin_page.ok_button)


def appointment_code(started: Started, suffix: str) -> str:
    return demo.demo_appointment_code(clock(started).now().astimezone(HALL_TZ).date(), suffix)


@pytest.fixture
def appointments(started: Started) -> None:
    """Today's demo appointments: "01" A 10:00–10:30 (13800138000), "02" B 14:00, "03" C 17:30."""
    for suffix, prefix, start, end, phone in demo.DEMO_APPOINTMENTS:
        add_appointment(started.runtime, appointment_code(started, suffix), prefix, start, end, phone)


# -- the printed ticket, read back: its barcode names the day and the number ------------------------------


def _row_modules(row: bytes) -> str | None:
    """The modules a scanner reads along one pixel row (one run per bar or space), or None."""
    bits = "".join("1" if p < 128 else "0" for p in row)
    first, last = bits.find("1"), bits.rfind("1")
    if first < 0:
        return None
    runs: list[tuple[str, int]] = []
    for bit in bits[first : last + 1]:
        if runs and runs[-1][0] == bit:
            runs[-1] = (bit, runs[-1][1] + 1)
        else:
            runs.append((bit, 1))
    # About one module: not the very narrowest run, since the print is a raster scaled again by poppler
    # and a bar edge can fall a pixel short.
    narrowest = sorted(n for _, n in runs)[len(runs) // 10]
    # Code 128 is 11 modules a character plus 13 for the stop: that fixes the module width.
    symbols = round((sum(round(n / narrowest) for _, n in runs) - 13) / 11)
    if symbols < 3:
        return None
    module = (last + 1 - first) / (11 * symbols + 13)
    return "".join(bit * round(n / module) for bit, n in runs)


def printed_barcodes(pdf: Path) -> set[str]:
    """What the barcode on a printed ticket says (the print is a raster: no text to extract)."""
    assert len(PdfReader(pdf).pages) == 1
    image: GrayImage = render_gray(pdf, 600)
    found = set()
    for y in range(image.height):
        modules = _row_modules(image.row(y))
        if modules is not None:
            try:
                found.add(decode_modules(modules))
            except ValueError:
                continue
    return found


def slip_text(kiosk: KioskPanel, tmp_path: Path) -> str:
    """The text of the ticket the kiosk printed last, from the PDF it built."""
    assert kiosk.last_slip is not None
    built = tmp_path / "built.pdf"
    built.write_bytes(build_ticket_pdf(kiosk.last_slip))
    return pdf_text(built)


# -- taking a number -----------------------------------------------------------------------------------


def test_a_second_tap_right_after_taking_a_number_keeps_the_number_shown(
    qtbot: QtBot, started: Started, tmp_path: Path
) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
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


def test_the_back_button_works_at_once(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    qtbot.mouseClick(kiosk.buttons["F"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "F001")
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 0


def test_categories_appear_once_the_first_failed_load_is_retried(
    qtbot: QtBot, started: Started, tmp_path: Path
) -> None:
    hall_id = started.runtime.hall_id
    started.runtime.hall_id = None  # every hall query raises NotFound, as an unreachable hall would fail
    try:
        kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
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
    qtbot.waitUntil(lambda: "YJS-001" in kiosk.bundle_buttons)  # and the bundles
    assert kiosk.priority_buttons

    qtbot.mouseClick(kiosk.buttons["B"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "B001")


def test_a_ticket_is_shown_and_printed(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    printed = tmp_path / "ticket.pdf"
    kiosk = open_kiosk(qtbot, started, printed)
    assert not kiosk.reprint_button.isEnabled()  # nothing to reprint yet
    assert kiosk.buttons["C"].count_label.text() == "当前等候 0 人"

    click(qtbot, kiosk.buttons["C"])
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "C001")
    assert "社会保障" in kiosk.result_detail.text()
    assert "您前面还有 0 人等待" in kiosk.result_detail.text()
    wait_printed(qtbot, kiosk)
    assert printed_barcodes(printed) == {"T20261124C001"}
    assert "C001" in slip_text(kiosk, tmp_path)
    assert kiosk.reprint_button.isEnabled()

    click(qtbot, kiosk.back_button)
    qtbot.waitUntil(lambda: kiosk.buttons["C"].count_label.text() == "当前等候 1 人")


def test_the_estimated_wait_comes_with_the_ticket(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    runtime = started.runtime
    clerk = auth.login(runtime.uow(), "clerk01", "demo1234")
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, clerk.id)
    clock(started).advance(minutes=10)
    serving.finish(runtime.uow(), 1, clerk.id)  # today's A tickets take 10 minutes
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")

    click(qtbot, kiosk.buttons["A"])
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A003")
    assert re.search(r"您前面还有 1 人，预计等候约 \d+ 分钟", kiosk.result_detail.text())
    wait_printed(qtbot, kiosk)
    assert "预计等候约" in slip_text(kiosk, tmp_path)


def test_a_bundle_takes_a_number_in_its_category(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    button = kiosk.bundle_buttons["YJS-003"]
    assert button.name_label.text() == "二手房买卖一件事（转移登记+契税）"
    assert "一件事" in button.accessibleName() and "当前等候 0 人" in button.accessibleName()

    click(qtbot, button)
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "B001")  # the bundle queues in 不动产登记
    assert "二手房买卖一件事（转移登记+契税）（不动产登记）" in kiosk.result_detail.text()
    wait_printed(qtbot, kiosk)
    assert "二手房买卖一件事" in slip_text(kiosk, tmp_path)
    click(qtbot, kiosk.back_button)
    qtbot.waitUntil(lambda: button.count_label.text() == "当前等候 1 人")  # its category's queue


def test_a_priority_ticket_is_marked(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    printed = tmp_path / "ticket.pdf"
    kiosk = open_kiosk(qtbot, started, printed)
    click(qtbot, kiosk.priority_toggle)
    assert kiosk.priority_row.isVisible()
    pregnant = next(b for b in kiosk.priority_buttons if b.text() == "孕妇")
    click(qtbot, pregnant)
    click(qtbot, kiosk.buttons["E"])
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "E001")
    assert "优先服务：孕妇" in kiosk.result_detail.text()
    wait_printed(qtbot, kiosk)
    assert "优先" in slip_text(kiosk, tmp_path) and "孕妇" in slip_text(kiosk, tmp_path)
    click(qtbot, kiosk.back_button)
    assert not kiosk.priority_toggle.isChecked() and not kiosk.priority_row.isVisible()


def test_outside_issuing_hours_the_reason_is_shown(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    clock(started).set(clock(started).now().replace(hour=20))
    kiosk.refresh_waiting()
    qtbot.waitUntil(lambda: kiosk.buttons["A"].count_label.text() == "取号时间 08:30–16:30")

    click(qtbot, kiosk.buttons["A"])
    qtbot.waitUntil(lambda: kiosk.result_caption.text() == "暂时不能取号")
    assert "取号时间为 08:30–16:30" in kiosk.result_detail.text()
    assert not kiosk.result_number.isVisible() and kiosk.last_slip is None
    assert kiosk.result_detail.font().pointSizeF() >= 24


# -- appointment check-in ------------------------------------------------------------------------------


@pytest.mark.usefixtures("appointments")
def test_check_in_by_code_on_the_keypad(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    printed = tmp_path / "ticket.pdf"
    kiosk = open_kiosk(qtbot, started, printed)
    click(qtbot, kiosk.checkin_button)
    type_on_keypad(qtbot, kiosk, "1199")
    click(qtbot, kiosk.checkin_page.delete_key)
    click(qtbot, kiosk.checkin_page.clear_key)
    assert kiosk.checkin_page.entry.text() == ""
    type_on_keypad(qtbot, kiosk, appointment_code(started, "01"))
    click(qtbot, kiosk.checkin_page.ok_button)

    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A001")
    assert "预约签到成功 · 预约时段 10:00–10:30" in kiosk.result_detail.text()
    wait_printed(qtbot, kiosk)
    assert printed_barcodes(printed) == {"T20261124A001"}
    assert "预约" in slip_text(kiosk, tmp_path)


@pytest.mark.usefixtures("appointments")
def test_check_in_by_phone(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    check_in(qtbot, kiosk, "13800138000")  # 11 digits starting with 1: a phone number, not a code
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A001")
    assert "预约时段 10:00–10:30" in kiosk.result_detail.text()


@pytest.mark.usefixtures("appointments")
def test_too_early_is_told_when_to_come_back(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    check_in(qtbot, kiosk, appointment_code(started, "02"))  # 14:00, and it is 10:00
    message = kiosk.checkin_page.message
    qtbot.waitUntil(message.isVisible)
    assert "请于 13:30 后再来签到" in message.text()
    assert message.font().pointSizeF() >= 24
    assert kiosk.pages.currentWidget() is kiosk.checkin_page  # the code stays, to correct or retry
    assert kiosk.checkin_page.entry.text() == appointment_code(started, "02")
    assert kiosk.checkin_page.ok_button.isEnabled()

    click(qtbot, kiosk.checkin_page.back_button)
    assert kiosk.pages.currentIndex() == 0


def test_an_unknown_code_and_an_empty_entry_are_explained(qtbot: QtBot, started: Started) -> None:
    kiosk = open_kiosk(qtbot, started)
    click(qtbot, kiosk.checkin_button)
    click(qtbot, kiosk.checkin_page.ok_button)
    assert kiosk.checkin_page.message.text() == "请先输入预约码或手机号。"
    type_on_keypad(qtbot, kiosk, "999999")
    click(qtbot, kiosk.checkin_page.ok_button)
    qtbot.waitUntil(lambda: "未找到预约码 999999" in kiosk.checkin_page.message.text())


@pytest.mark.usefixtures("appointments")
def test_late_check_in_becomes_an_ordinary_ticket(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    clock(started).set(clock(started).now().replace(minute=20))  # 10:20, the slot began at 10:00
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    check_in(qtbot, kiosk, "13800138000")
    qtbot.waitUntil(lambda: kiosk.result_number.text() == "A001")
    assert "已超过签到时间，按普通号办理" in kiosk.result_detail.text()
    assert "预约签到成功" not in kiosk.result_detail.text()
    wait_printed(qtbot, kiosk)
    assert "预约" not in slip_text(kiosk, tmp_path)


def test_the_check_in_page_goes_back_when_left_alone(qtbot: QtBot, started: Started) -> None:
    kiosk = open_kiosk(qtbot, started)
    click(qtbot, kiosk.checkin_button)
    type_on_keypad(qtbot, kiosk, "138")
    assert kiosk._idle_timer.interval() == kioskmod.CHECK_IN_IDLE_MS
    kiosk._idle_timer.setInterval(50)
    kiosk._idle_timer.start()
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == 0)
    click(qtbot, kiosk.checkin_button)
    assert kiosk.checkin_page.entry.text() == ""  # the next person does not see the half-typed number


# -- a failed printer ----------------------------------------------------------------------------------


def test_a_printer_failure_keeps_the_number_and_reprint_works(
    qtbot: QtBot, started: Started, tmp_path: Path
) -> None:
    started.config = replace(started.config, kiosk=replace(started.config.kiosk, printer="不存在的打印机"))
    kiosk = open_kiosk(qtbot, started, print_to=None)
    click(qtbot, kiosk.buttons["D"])
    qtbot.waitUntil(lambda: "号票打印失败" in kiosk.result_print.text(), timeout=20_000)
    assert "不存在的打印机" in kiosk.result_print.text()
    assert "您的号码 D001 仍然有效" in kiosk.result_print.text()
    assert kiosk.result_number.text() == "D001" and kiosk.result_number.isVisible()

    click(qtbot, kiosk.back_button)
    # The start page still says it, for whoever comes back to it, and offers the reprint.
    assert "您的号码 D001 仍然有效" in kiosk.status_label.text() and kiosk.status_label.isVisible()
    assert kiosk.reprint_button.isEnabled()

    reprinted = tmp_path / "reprint.pdf"
    kiosk.print_to = reprinted  # the printer is fixed
    click(qtbot, kiosk.reprint_button)
    qtbot.waitUntil(lambda: "已重新打印 D001 号票" in kiosk.status_label.text(), timeout=20_000)
    assert printed_barcodes(reprinted) == {"T20261124D001"}
    assert "仍然有效" not in kiosk.status_label.text()


def test_a_late_print_failure_makes_reprint_print_that_ticket_not_a_newer_one(
    qtbot: QtBot, started: Started, tmp_path: Path
) -> None:
    from yk_desktop.gui.printer import PrintFailed

    kiosk = open_kiosk(qtbot, started, print_to=tmp_path / "t.pdf")
    click(qtbot, kiosk.buttons["D"])
    qtbot.waitUntil(lambda: kiosk.last_slip is not None and kiosk.last_slip.number == "D001", timeout=20_000)
    first = kiosk.last_slip
    assert first is not None
    click(qtbot, kiosk.back_button)
    click(qtbot, kiosk.buttons["D"])
    qtbot.waitUntil(lambda: kiosk.last_slip is not None and kiosk.last_slip.number == "D002", timeout=20_000)
    qtbot.waitUntil(lambda: kiosk.reprint_button.isEnabled(), timeout=20_000)
    # D001's print gives up only now (a slow driver): the notice names D001, so must the reprint.
    kiosk._prints += 1
    kiosk._print_failed(first, False, PrintFailed("打印机缺纸"))
    assert "D001 仍然有效" in kiosk.status_label.text()
    reprinted = tmp_path / "again.pdf"
    kiosk.print_to = reprinted
    if kiosk.back_button.isVisible():
        click(qtbot, kiosk.back_button)
    click(qtbot, kiosk.reprint_button)
    # The file appears when printing starts; it is complete once the kiosk counts the print as done.
    qtbot.waitUntil(lambda: reprinted.exists() and kiosk._prints == 0, timeout=20_000)
    assert printed_barcodes(reprinted) == {"T20261124D001"}


# -- accessibility ---------------------------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def text_widgets(panel: KioskPanel) -> Iterator[QWidget]:
    """The visible, enabled widgets that show text (disabled ones are exempt in WCAG)."""
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit) and widget.text().strip():
            yield widget


def measured_contrasts(panel: KioskPanel) -> dict[str, float]:
    """For each text widget on screen: its text colour against its background, as rendered.

    The background is the commonest colour in the widget's area; the text colour is its style sheet colour
    (the palette) for a label or line edit, and for a button (whose colour changes with :checked) the
    colour standing out most from the background.
    """
    image: QImage = panel.grab().toImage()
    found: dict[str, float] = {}
    for widget in text_widgets(panel):
        visible = widget.visibleRegion().boundingRect()  # a part scrolled out of view is not on screen
        if visible.height() < widget.height() // 2:
            continue
        area = QRect(widget.mapTo(panel, visible.topLeft()), visible.size())
        if isinstance(widget, QAbstractButton):
            area = area.adjusted(8, 8, -8, -8)  # inside the frame and the round corners
        colours = Counter(
            image.pixel(x, y)
            for x in range(area.left(), area.right() + 1)
            for y in range(area.top(), area.bottom() + 1)
        )
        background = QColor.fromRgb(colours.most_common(1)[0][0])
        if isinstance(widget, QAbstractButton):
            text = max(
                (QColor.fromRgb(c) for c, n in colours.items() if n >= 3),
                key=lambda c: contrast(c, background),
            )
        else:
            text = widget.palette().color(widget.foregroundRole())
            assert colours[text.rgb()] > 0, f"{widget.objectName()}: {text.name()} is not what is drawn"
        found[f"{type(widget).__name__}#{widget.objectName()} {widget.text()[:12]!r}"] = contrast(
            text, background
        )
    return found


def every_screen(qtbot: QtBot, kiosk: KioskPanel, started: Started) -> Iterator[str]:
    """Walk the kiosk through its screens and states; yields each one's name while it is shown."""
    click(qtbot, kiosk.priority_toggle)  # checked toggle, a checked and unchecked group
    yield "start with priority groups"
    click(qtbot, kiosk.priority_toggle)
    click(qtbot, kiosk.checkin_button)
    type_on_keypad(qtbot, kiosk, "999999")
    click(qtbot, kiosk.checkin_page.ok_button)
    qtbot.waitUntil(kiosk.checkin_page.message.isVisible)
    yield "check-in with an error"
    click(qtbot, kiosk.checkin_page.back_button)
    click(qtbot, kiosk.buttons["A"])
    qtbot.waitUntil(lambda: kiosk.result_number.text().startswith("A"))
    wait_printed(qtbot, kiosk)
    yield "result"
    click(qtbot, kiosk.back_button)
    yield "start after a ticket"
    now = clock(started).now()
    clock(started).set(now.replace(hour=20))
    click(qtbot, kiosk.buttons["A"])
    qtbot.waitUntil(lambda: kiosk.result_caption.text() == "暂时不能取号")
    yield "result: issuing closed"
    clock(started).set(now)
    click(qtbot, kiosk.back_button)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_text_has_7_to_1_contrast_and_24_pt(
    qtbot: QtBot, started: Started, tmp_path: Path, large: bool
) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    kiosk.set_large_text(large, speak=False)
    least = 24 * (1.5 if large else 1)
    for screen in every_screen(qtbot, kiosk, started):
        qtbot.wait(50)  # let the page paint
        ratios = measured_contrasts(kiosk)
        assert len(ratios) >= 3, screen
        low = {name: round(r, 2) for name, r in ratios.items() if r < 7}
        assert low == {}, screen
        small = {
            w.objectName(): w.font().pointSizeF()
            for w in text_widgets(kiosk)
            if w.font().pointSizeF() < least
        }
        assert small == {}, screen


def test_touch_targets_are_at_least_15_mm(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    screen = kiosk.screen()
    pixels = 15 / MM_PER_INCH * screen.physicalDotsPerInch() / screen.devicePixelRatio()
    assert kiosk.touch >= pixels and kiosk.touch >= 96
    for large in (False, True):
        kiosk.set_large_text(large, speak=False)
        for name in every_screen(qtbot, kiosk, started):
            targets = [
                w
                for w in kiosk.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLineEdit) and w.isVisible()
            ]
            assert targets, name
            small = {
                f"{w.objectName()} {w.text()!r}": (w.width(), w.height())
                for w in targets
                if w.width() < pixels or w.height() < pixels
            }
            assert small == {}, name


def test_the_large_text_mode_scales_fonts_and_speaks(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    widgets = [
        kiosk.prompt_label,
        kiosk.buttons["A"].name_label,
        kiosk.bundle_buttons["YJS-001"].count_label,
        kiosk.checkin_button,
        kiosk.checkin_page.entry,
        kiosk.result_detail,
    ]
    before = [w.font().pointSizeF() for w in widgets]
    number = kiosk.result_number.font().pointSizeF()
    assert min(before) >= 24

    click(qtbot, kiosk.large_toggle)  # Qt's mock engine has no Chinese voice: the screen says so
    assert kiosk.large_text
    assert [w.font().pointSizeF() for w in widgets] == [1.5 * pt for pt in before]
    assert kiosk.result_number.font().pointSizeF() == number  # already huge
    qtbot.waitUntil(kiosk.voice_note.isVisible)
    assert "语音不可用" in kiosk.voice_note.text()

    click(qtbot, kiosk.large_toggle)
    assert [w.font().pointSizeF() for w in widgets] == before
    assert not kiosk.voice_note.isVisible()


def test_spoken_guidance_on_start_and_with_the_number(qtbot: QtBot, started: Started, tmp_path: Path) -> None:
    kiosk = open_kiosk(qtbot, started, tmp_path / "ticket.pdf")
    kiosk.voice.require_chinese = False  # let the mock engine "speak"
    said: list[str] = []
    kiosk.voice.spoken.connect(said.append)
    click(qtbot, kiosk.large_toggle)
    qtbot.waitUntil(lambda: said == ["请选择您要办理的业务"])
    assert not kiosk.voice_note.isVisible()

    click(qtbot, kiosk.buttons["B"])
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1].startswith("您的号码是 B 零 零 一。")

    kiosk._back_timer.setInterval(50)  # nobody touches it: back to the start, as configured (normal text)
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == 0)
    assert not kiosk.large_text and not kiosk.large_toggle.isChecked()


def test_the_configuration_can_start_in_large_text(qtbot: QtBot, started: Started) -> None:
    started.config = replace(started.config, kiosk=replace(started.config.kiosk, large_text=True))
    kiosk = open_kiosk(qtbot, started)
    assert kiosk.large_text and kiosk.large_toggle.isChecked()
    assert kiosk.prompt_label.font().pointSizeF() == 36


def test_tab_goes_through_the_choices_then_the_actions(qtbot: QtBot, started: Started) -> None:
    kiosk = open_kiosk(qtbot, started)
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    first = kiosk.buttons["A"]
    first.setFocus()
    expected = [*kiosk.buttons.values(), *kiosk.bundle_buttons.values(), kiosk.priority_toggle]
    expected += [kiosk.checkin_button, kiosk.reprint_button, kiosk.large_toggle]
    expected = [w for w in expected if w.isEnabled()]  # a disabled button is skipped, as it should be
    seen = [first]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
