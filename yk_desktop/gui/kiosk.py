"""The self-service ticket machine (取号机): one big button per category and per bundle (一件事), a
priority option, appointment check-in on a keypad, and the ticket printed silently.

After a ticket is issued a large result page shows the number and how many are waiting ahead, then
returns to the start by itself (10 s) or on a touch (after 1.5 s, so a double tap does not throw the
number away), ready for the next person. The ticket prints on the worker pool; when the printer fails
the number stays valid and is shown, and 「重打上一张」 on the start page prints it again. The 「大字/语音
引导」 mode (办法 Art. 12) shows everything ×1.5 in high contrast and speaks the prompts. The screens
themselves are in ``gui.kiosk_pages``; this module loads, issues, prints and speaks.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QScreen
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.ticketno import ticket_barcode
from yk_desktop.gui.kiosk_pages import (
    TOUCH_GUARD_MS,
    BundleButton,
    CategoryButton,
    CheckInPage,
    ResultPage,
    StartPage,
)
from yk_desktop.gui.panel import REFRESH_MS, ModePanel
from yk_desktop.gui.printer import PrintFailed, print_pdf
from yk_desktop.gui.session import Session
from yk_desktop.gui.voice import default_engine, open_chinese_voice, spoken_number
from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool
from yk_desktop.printing.ticket import DEFAULT_NOTICE, TicketSlip, build_ticket_pdf
from yk_desktop.resources import ui_dir
from yk_desktop.services import bundles, checkin, hall, queue
from yk_desktop.services.bundles import BundleInfo
from yk_desktop.services.checkin import CheckIn
from yk_desktop.services.errors import IssuingClosed
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.queue import TicketInfo

__all__ = ["RESULT_MS", "TOUCH_GUARD_MS", "KioskPanel", "KioskVoice", "print_ticket"]

log = logging.getLogger(__name__)

# The result stays long enough to read and photograph, short enough that the next person finds the start.
RESULT_MS = 10_000
# A print failure stays on the start page this long after the result page has gone: time to note the
# number down or ask for a reprint.
PRINT_FAILED_MS = 60_000
NOTICE_MS = 15_000
# Someone who walks away from the keypad leaves the next person a half-typed phone number otherwise.
CHECK_IN_IDLE_MS = 60_000
START, RESULT, CHECK_IN = 0, 1, 2
# A mainland mobile number: 11 digits starting with 1. Anything else typed is an appointment code.
_PHONE = re.compile(r"1[0-9]{10}")


def print_ticket(slip: TicketSlip, printer: str, output_file: Path | None) -> None:
    """Worker side: build the ticket PDF and print it. Both can take a while; neither touches a widget."""
    print_pdf(build_ticket_pdf(slip), printer=printer, output_file=output_file, title=f"号票 {slip.number}")


class KioskPanel(ModePanel):
    """Args:
    print_to: print every ticket into this PDF file instead of ``config.kiosk.printer`` (tests).
    voice_engine: a QTextToSpeech engine name for the spoken guidance; None is the system's default.
    """

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        print_to: Path | None = None,
        voice_engine: str | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("KioskPanel")
        self.print_to = print_to
        self.touch = touch_pixels(self.screen())
        self.last_ticket: TicketInfo | None = None
        self.last_slip: TicketSlip | None = None  # what 重打上一张 prints
        self.large_text = False
        self.voice = KioskVoice(voice_engine, self)
        self.voice.failed.connect(self._voice_failed)
        self._busy = False
        self._prints = 0
        self._load_problem = ""
        self._notice_text = ""
        self._waiting_loads = LatestOnly()
        self._category_loads = LatestOnly()
        self._bundle_loads = LatestOnly()
        self._group_loads = LatestOnly()
        self._groups_loaded = False
        self._bundles_loaded = False

        self.start = StartPage(session.hall_name, self.touch)
        self.start.category_chosen.connect(self.issue)
        self.start.bundle_chosen.connect(self.issue_bundle)
        self.start.priority_toggle.toggled.connect(self._priority_toggled)
        self.start.checkin_button.clicked.connect(self.open_check_in)
        self.start.reprint_button.clicked.connect(self.reprint)
        self.start.large_toggle.toggled.connect(self.set_large_text)
        self.result_page = ResultPage(self._back_home, self.touch)
        self.result_page.back_button.clicked.connect(self._back_home)
        self.checkin_page = CheckInPage(self.touch)
        self.checkin_page.submitted.connect(self.check_in)
        self.checkin_page.cancelled.connect(self._back_home)
        self.pages = QStackedWidget()
        for page in (self.start, self.result_page, self.checkin_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)
        # The widgets tests and the shell reach for, under the names they always had.
        start, result = self.start, self.result_page
        self.priority_buttons = start.priority_buttons
        self.priority_toggle, self.priority_row = start.priority_toggle, start.priority_row
        self.checkin_button, self.reprint_button = start.checkin_button, start.reprint_button
        self.large_toggle, self.voice_note = start.large_toggle, start.voice_note
        self.status_label, self.prompt_label = start.status_label, start.prompt_label
        self.result_caption, self.result_number = result.caption, result.number
        self.result_detail, self.result_print = result.detail, result.print_label
        self.result_hint, self.back_button = result.hint, result.back_button

        self._back_timer = self._single_shot(RESULT_MS, self._idle_reset)
        self._notice_timer = self._single_shot(NOTICE_MS, lambda: self._notice(""))
        self._idle_timer = self._single_shot(CHECK_IN_IDLE_MS, self._idle_reset)
        self.checkin_page.touched.connect(self._idle_timer.start)
        self.set_large_text(session.config.kiosk.large_text, speak=False)

        self.expect("categories", "groups", "bundles")
        self.follow(self.load_categories, self._category_loads, lambda: bool(self.buttons))
        self.follow(self.load_bundles, self._bundle_loads, lambda: self._bundles_loaded)
        self.load_groups()
        # Each poll skips its tick while its last query is still running (a slow database gets one at a
        # time); priority groups, like categories (``follow``), are retried until they first arrive.
        self.every(REFRESH_MS, self.refresh_waiting, skip_while=self._waiting_loads)
        self.every(REFRESH_MS, self._retry_groups, skip_while=self._group_loads)

    @property
    def buttons(self) -> dict[str, CategoryButton]:
        return self.start.buttons

    @property
    def bundle_buttons(self) -> dict[str, BundleButton]:
        return self.start.bundle_buttons

    def _single_shot(self, msec: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.checkin_page.set_landscape(event.size().width() > event.size().height())
        self.start.reflow()

    # -- loading what the hall offers ------------------------------------------------------------------
    def load_categories(self) -> None:
        self._category_loads.run(
            hall.list_categories,
            self.session.runtime.uow(),
            on_done=self._show_categories,
            on_error=self._categories_failed,
            context=self,
        )

    def load_bundles(self) -> None:
        self._bundle_loads.run(
            bundles.list_bundles,
            self.session.runtime.uow(),
            on_done=self._show_bundles,
            on_error=self._bundles_failed,
            context=self,
        )

    def load_groups(self) -> None:
        self._group_loads.run(
            hall.list_priority_groups,
            self.session.runtime.uow(),
            on_done=self._show_groups,
            on_error=self._groups_failed,
            context=self,
        )

    def _retry_groups(self) -> None:
        if not self._groups_loaded:
            self.load_groups()

    def _show_categories(self, categories: list[CategoryInfo]) -> None:
        self.start.set_categories(categories)
        self._status("" if categories else self.tr("暂无可取号的业务，请咨询大厅工作人员。"))
        if not self._waiting_loads.busy:  # a count load on its way fills the buttons there are by then
            self.refresh_waiting()
        self.arrived("categories")

    def _show_bundles(self, found: list[BundleInfo]) -> None:
        self._bundles_loaded = True
        self.start.set_bundles(found)
        if not self._waiting_loads.busy:
            self.refresh_waiting()
        self.arrived("bundles")

    def _show_groups(self, groups: list[str]) -> None:
        if self._groups_loaded:
            return  # a retry answered after all; the buttons are there
        self._groups_loaded = True
        self.start.add_groups(groups)
        self.arrived("groups")

    def _categories_failed(self, exc: BaseException) -> None:
        if not self.buttons:
            # Only while there is nothing to offer: a failed minute-reload keeps the buttons as they are.
            self._status(error_text(exc))
        self.arrived("categories")

    def _bundles_failed(self, exc: BaseException) -> None:
        log.warning("bundles not loaded, retrying", exc_info=exc)  # categories still take every ticket
        self.arrived("bundles")

    def _groups_failed(self, exc: BaseException) -> None:
        # Tickets can still be taken without the priority option; it appears once a retry gets the groups.
        log.warning("priority groups not loaded, retrying", exc_info=exc)
        self.arrived("groups")

    def refresh_waiting(self) -> None:
        if self.buttons:
            self._waiting_loads.run(
                queue.waiting_counts,
                self.session.runtime.uow(),
                on_done=self._show_waiting,
                on_error=_keep_shown,
                context=self,
            )

    def _show_waiting(self, counts: dict[str, int]) -> None:
        now = self.session.runtime.clock.now().astimezone(HALL_TZ).time().replace(tzinfo=None)
        self.start.show_waiting(counts, now)

    def _status(self, text: str) -> None:
        self._load_problem = text
        self._show_status()

    def _notice(self, text: str, msec: int = 0) -> None:
        """A message about printing on the start page; it goes by itself after ``msec`` (0: stays)."""
        self._notice_text = text
        self._notice_timer.stop()
        if text and msec:
            self._notice_timer.start(msec)
        self._show_status()

    def _show_status(self) -> None:
        text = "\n".join(t for t in (self._load_problem, self._notice_text) if t)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _priority_toggled(self, on: bool) -> None:
        if on:
            self._guide(self.tr("请选择优先类别，再选择您要办理的业务"))

    def selected_priority(self) -> str | None:
        return self.start.selected_priority()

    # -- large text and voice --------------------------------------------------------------------------
    def set_large_text(self, on: bool, *, speak: bool = True) -> None:
        """The large-text mode: fonts ×1.5, the high-contrast sheet, prompts spoken."""
        if self.large_toggle.isChecked() != on:
            self.large_toggle.blockSignals(True)
            self.large_toggle.setChecked(on)
            self.large_toggle.blockSignals(False)
        self.large_text = on
        self.setStyleSheet(kiosk_style_sheet(on, self.touch))
        self.start.set_large(on)
        if not on:
            self.voice_note.hide()
        elif speak:
            self._guide(self.prompt_label.text())

    def _guide(self, text: str) -> None:
        """Speak ``text`` in the large-text mode (where there is no voice, ``_voice_failed`` says so)."""
        if self.large_text and text:
            self.voice.say(text)

    def _voice_failed(self, reason: str) -> None:
        if self.large_text:
            self.voice_note.setText(self.tr("语音不可用（{0}），请看屏幕提示").format(reason))
            self.voice_note.show()

    # -- issuing and check-in --------------------------------------------------------------------------
    def issue(self, prefix: str) -> None:
        self._issue(partial(queue.issue_ticket, category_prefix=prefix), None)

    def issue_bundle(self, code: str) -> None:
        button = self.bundle_buttons.get(code)
        self._issue(partial(queue.issue_ticket, bundle_code=code), button.bundle if button else None)

    def _issue(self, take: partial[TicketInfo], bundle: BundleInfo | None) -> None:
        if self._busy:
            return  # a double tap must not take two numbers
        self._busy = True
        run_in_pool(
            partial(take, priority_group=self.selected_priority()),
            self.session.runtime.uow(),
            on_done=partial(self._issued, bundle=bundle),
            on_error=self._issue_failed,
            context=self,
        )

    def open_check_in(self) -> None:
        self._back_timer.stop()
        self.checkin_page.reset()
        self.pages.setCurrentIndex(CHECK_IN)
        self.checkin_page.entry.setFocus()
        self._idle_timer.start()
        self._guide(self.tr("请输入预约码，或预约时登记的手机号，再按确定"))

    def check_in(self, text: str) -> None:
        """Check in by phone (11 digits starting with 1) or else by appointment code."""
        if self._busy:
            return
        entered = "".join(text.split())
        if not entered:
            self.checkin_page.show_error(self.tr("请先输入预约码或手机号。"))
            return
        phone = bool(_PHONE.fullmatch(entered))
        queue_config = self.session.config.queue
        self._busy = True
        self.checkin_page.set_busy(True)
        run_in_pool(
            partial(
                checkin.check_in,
                code=None if phone else entered,
                phone=entered if phone else None,
                early_minutes=queue_config.checkin_early_minutes,
                late_minutes=queue_config.checkin_late_minutes,
            ),
            self.session.runtime.uow(),
            on_done=self._checked_in,
            on_error=self._check_in_failed,
            context=self,
        )

    def _check_in_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.checkin_page.set_busy(False)
        self.checkin_page.show_error(error_text(exc))
        self._idle_timer.start()
        if self.pages.currentIndex() == CHECK_IN:
            self._guide(self.checkin_page.message.text())

    # -- the result page --------------------------------------------------------------------------------
    def _issued(self, ticket: TicketInfo, bundle: BundleInfo | None = None) -> None:
        name = f"{bundle.name}（{ticket.category_name}）" if bundle else ticket.category_name
        lines = [name]
        if ticket.priority:
            lines.append(self.tr("优先服务：{0}").format(ticket.priority_group or ""))
        self._show_ticket(ticket, name, lines)

    def _checked_in(self, done: CheckIn) -> None:
        self.checkin_page.set_busy(False)
        self._idle_timer.stop()
        ticket = done.ticket
        lines = [ticket.category_name]
        if done.late:
            lines.append(self.tr("已超过签到时间，按普通号办理"))
        else:
            lines.append(self.tr("预约签到成功 · 预约时段 {0}").format(done.slot))
        self._show_ticket(ticket, ticket.category_name, lines)

    def wait_text(self, ticket: TicketInfo) -> str:
        minutes = ticket.estimated_wait_minutes
        if minutes is None:
            return self.tr("您前面还有 {0} 人等待").format(ticket.waiting_before)
        if ticket.waiting_before == 0:
            return self.tr("您前面还有 0 人等待，请留意叫号")
        return self.tr("您前面还有 {0} 人，预计等候约 {1} 分钟").format(
            ticket.waiting_before, max(1, minutes)
        )

    def _show_ticket(self, ticket: TicketInfo, category_name: str, lines: list[str]) -> None:
        self._busy = False
        self.last_ticket = ticket
        service_date = ticket.service_date or ticket.issued_at.astimezone(HALL_TZ).date()
        slip = TicketSlip(
            hall_name=self.session.hall_name,
            category_name=category_name,
            number=ticket.number,
            waiting_before=ticket.waiting_before,
            issued_at=ticket.issued_at,
            barcode=ticket_barcode(service_date, ticket.number),
            priority_group=ticket.priority_group,
            appointment=ticket.appointment,
            notice=self.session.config.kiosk.ticket_notice or DEFAULT_NOTICE,
            estimated_wait_minutes=ticket.estimated_wait_minutes,
        )
        self.last_slip = slip
        wait = self.wait_text(ticket)
        self.result_page.show_ticket(ticket.number, [*lines, wait])
        self._notice("")  # an old print warning is about someone else's number
        self._show_result()
        self._print(slip, reprint=False)
        self.refresh_waiting()
        self._guide(self.tr("您的号码是 {0}。{1}").format(spoken_number(ticket.number), wait))

    def _issue_failed(self, exc: BaseException) -> None:
        self._busy = False
        closed = isinstance(exc, IssuingClosed)
        caption = self.tr("暂时不能取号") if closed else self.tr("取号未成功")
        self.result_page.show_failure(caption, error_text(exc))
        self._show_result()
        self._guide(error_text(exc))

    def _show_result(self) -> None:
        self._idle_timer.stop()
        self.pages.setCurrentIndex(RESULT)
        self.back_button.setFocus()
        self.result_page.arm()
        self._back_timer.start()

    def _back_home(self) -> None:
        """The applicant went back themselves: the start page, with its prompt spoken."""
        self.show_start()
        self._guide(self.prompt_label.text())

    def _idle_reset(self) -> None:
        """Nobody is at the kiosk any more: the start page as the configuration has it."""
        self.show_start()
        if self.large_text != self.session.config.kiosk.large_text:
            self.set_large_text(self.session.config.kiosk.large_text, speak=False)

    def show_start(self) -> None:
        self._back_timer.stop()
        self._idle_timer.stop()
        self.pages.setCurrentIndex(START)
        self.priority_toggle.setChecked(False)
        self.checkin_page.reset()

    # -- printing ---------------------------------------------------------------------------------------
    def reprint(self) -> None:
        """重打上一张: the last ticket again, for a jammed or empty printer just fixed."""
        if self.last_slip is None or self._prints:
            return
        self._notice(self.tr("正在重新打印 {0} 号票…").format(self.last_slip.number))
        self._print(self.last_slip, reprint=True)

    def _print(self, slip: TicketSlip, *, reprint: bool) -> None:
        self._prints += 1
        self._update_reprint()
        run_in_pool(
            print_ticket,
            slip,
            self.session.config.kiosk.printer,
            self.print_to,
            on_done=lambda _none: self._printed(slip, reprint),
            on_error=partial(self._print_failed, slip, reprint),
            context=self,
        )

    def _update_reprint(self) -> None:
        # One print at a time: a second tap while the first is still printing would give two tickets.
        self.reprint_button.setEnabled(self.last_slip is not None and self._prints == 0)

    def _showing(self, slip: TicketSlip) -> bool:
        return self.pages.currentIndex() == RESULT and self.result_page.showing(slip.number)

    def _printed(self, slip: TicketSlip, reprint: bool) -> None:
        self._prints -= 1
        self._update_reprint()
        if reprint:
            self._notice(self.tr("已重新打印 {0} 号票，请取走号票。").format(slip.number), NOTICE_MS)
        elif self._showing(slip):
            self.result_page.set_print(self.tr("号票已打印，请取走号票"), "ok")

    def _print_failed(self, slip: TicketSlip, reprint: bool, exc: BaseException) -> None:
        self._prints -= 1
        # The notice below names this slip's number: 重打上一张 must print this one, even when a later
        # applicant's ticket was issued before this print gave up.
        self.last_slip = slip
        self._update_reprint()
        reason = exc.message if isinstance(exc, PrintFailed) else error_text(exc)
        text = self.tr("号票打印失败：{0}，您的号码 {1} 仍然有效。").format(reason.rstrip("。"), slip.number)
        text += self.tr("请记住您的号码，或点“重打上一张”。")
        # Kept on the start page too: the result page leaves after 10 s, the applicant may not have read it.
        self._notice(text, PRINT_FAILED_MS)
        if not reprint and self._showing(slip):
            self.result_page.set_print(text, "error")
        self._guide(self.tr("号票打印失败，您的号码是 {0}").format(spoken_number(slip.number)))

    def shutdown(self) -> None:
        for timer in (self._back_timer, self._notice_timer, self._idle_timer):
            timer.stop()
        super().shutdown()


def _keep_shown(_exc: BaseException) -> None:
    """A failed count poll: stale counts beat an error on a kiosk."""


# -- the screen and the voice --------------------------------------------------------------------------

# Touch targets: 15 mm is what a fingertip hits reliably standing at a kiosk; 96 px is the floor for
# screens that report a nonsense physical size (projectors, some TVs say 0 mm or 1 m).
TOUCH_MM = 15.0
MIN_TOUCH_PX = 96
# The large-text mode for elderly and low-vision applicants scales every font by this much.
LARGE_SCALE = 1.5
_POINTS = re.compile(r"font-size:\s*([0-9]+(?:\.[0-9]+)?)pt")
# From this size on text is legible across the hall already; scaling it too would only push the rest
# of the result page off the screen.
_HUGE_PT = 100.0


def touch_pixels(screen: QScreen | None) -> int:
    """Logical pixels in 15 mm on ``screen``: its physical DPI, per device pixel ratio, or else its logical DPI."""
    if screen is None:
        return MIN_TOUCH_PX
    dpi = screen.physicalDotsPerInch() / max(1.0, screen.devicePixelRatio())
    # EDID sizes are often missing or wrong; outside this range the logical DPI is the better guess.
    if not 50 <= dpi <= 600:
        dpi = screen.logicalDotsPerInch()
    return max(MIN_TOUCH_PX, math.ceil(TOUCH_MM / 25.4 * dpi))


def scale_points(qss: str, factor: float) -> str:
    """Every ``font-size: Npt`` below 100 pt times ``factor``: one sheet serves both text sizes."""

    def scaled(match: re.Match[str]) -> str:
        points = float(match.group(1))
        return f"font-size: {points * factor if points < _HUGE_PT else points:g}pt"

    return _POINTS.sub(scaled, qss)


def kiosk_style_sheet(large: bool, touch: int) -> str:
    """The kiosk's own style: ``ui/kiosk.qss``, and in the large-text mode the high-contrast sheet on top,
    with fonts ×1.5. Set on the panel itself, so it wins over the program's theme and leaves other modes be.

    ``@touch`` in the sheets stands for ``touch`` pixels (15 mm on this screen): a minimum size has to be
    in the sheet, because a sheet's ``min-height`` (the theme has one for every button) replaces any set
    in code.
    """
    sheet = _read("kiosk.qss")
    if large:
        sheet = scale_points(sheet + "\n" + _read("kiosk-contrast.qss"), LARGE_SCALE)
    return sheet.replace("@touch", f"{touch}px")


def _read(name: str) -> str:
    path = ui_dir() / name
    # A missing sheet (a broken install) leaves Qt's plain look: still usable, never a crash at a kiosk.
    return path.read_text(encoding="utf-8") if path.exists() else ""


class KioskVoice(QObject):
    """Spoken guidance for the large-text mode: the latest prompt, in Mandarin, or nothing at all.

    Not the hall display's ``CallAnnouncer`` (that one queues calls and chimes instead of a voice; a kiosk
    prompt that is late is worthless, and a chime tells the applicant nothing), but opened the same way:
    the engine only when first needed, a hung speech-dispatcher probed from the pool first, Mandarin
    chosen by ``voice.choose_chinese_voice``. Without a voice ``failed`` says why, for the 「语音不可用」 note.

    Args:
        engine: a ``QTextToSpeech`` engine name; None: the platform's engine.

    ``require_chinese`` may be set False before the first ``say`` by tests with Qt's "mock" engine, which
    has no Chinese voice.
    """

    failed = Signal(str)  # why there is no voice
    spoken = Signal(str)  # each text as it is handed to the engine

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self.require_chinese = True
        self.state = "closed"  # → opening → ready | failed
        self.problem = ""
        self._tts: QTextToSpeech | None = None
        self._pending = ""

    @property
    def available(self) -> bool:
        return self.state == "ready"

    def say(self, text: str) -> None:
        """Speak ``text`` now, cutting off the prompt before it; while the engine opens only the newest waits."""
        self._pending = text
        if self.state == "closed":
            self._start()
        elif self.state == "failed":
            self.failed.emit(self.problem)
        elif self.state == "ready":
            self._speak()

    def _start(self) -> None:
        self.state = "opening"
        if self.engine_name is None:
            self.engine_name = default_engine()
        open_chinese_voice(
            self.engine_name,
            self,
            require_chinese=self.require_chinese,
            opened=self._opened,
            failed=self._fail,
        )

    def _opened(self, tts: QTextToSpeech) -> None:
        self._tts = tts
        self.state = "ready"
        self._speak()

    def _fail(self, reason: str) -> None:
        self.state = "failed"
        self.problem = reason
        self.failed.emit(reason)

    def _speak(self) -> None:
        text, self._pending = self._pending, ""
        if text and self._tts is not None:
            self._tts.stop()
            self._tts.say(text)
            self.spoken.emit(text)
