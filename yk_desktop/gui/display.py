"""The hall display (叫号大屏): dark, high contrast, readable across the hall; fonts follow the screen height.

Shows the latest call large, the recent calls, waiting people per category, a clock and a scrolling
notice. Calls made in this process arrive at once through the signal hub; calls made on other
terminals are polled from the database every second (``queue.recent_calls``), as are waiting counts.

Every new call (and recall) is spoken once (``voice.CallAnnouncer``; a chime when no Chinese voice
works, with a note on screen saying so) and makes the big label flash for about 3 s. ``[display]
voice = false`` silences the screen: no voice and no chime, but calls still flash. The calls already
made when the screen starts are shown, not spoken; a call heard through the hub is not spoken again
when the poll brings it a moment later.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yk_desktop.config import DisplayConfig
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui import events
from yk_desktop.gui.models import Column, RowTableModel
from yk_desktop.gui.panel import REFRESH_MS, ModePanel
from yk_desktop.gui.session import Session
from yk_desktop.gui.voice import CallAnnouncer
from yk_desktop.gui.workers import LatestOnly, error_text
from yk_desktop.resources import ui_dir
from yk_desktop.services import hall, queue
from yk_desktop.services.hall import CategoryInfo
from yk_desktop.services.queue import CallNotice, TicketInfo

# Calls made at other windows must show within a second (issue: the display learns of calls in ≤ 1 s).
CALLS_POLL_MS = 1_000
# How many past calls stay on screen: enough for someone who looked away for a minute.
MAX_CALLS = 8
MARQUEE_STEP_MS = 30
# A new call flashes: one colour change per half second (well under the 3 flashes a second that can
# trigger seizures), six changes, then it stays highlighted.
FLASH_MS = 500
FLASH_STEPS = 6
# A call heard through the hub and then seen by the poll (or the other way round) within this many
# seconds is one call, spoken once.
SAME_CALL_S = 10.0
# The latest call must be legible across the hall: 55-inch 16:9 screen (68.5 cm tall) read from 10 m
# needs characters of about 3.5 cm, i.e. 5 % of the screen height. Drawn at 8.5 %, never below 5 %.
LATEST_FONT = 0.085
LATEST_FONT_MIN = 0.05
# Highlight looks the big label switches between (display.qss has its resting look; properties need
# their rules beside the code that sets them).
FLASH_QSS = """
QLabel#displayLatest[flash="a"] { color: #0b1626; background: #ffd23f; border-color: #ffffff; }
QLabel#displayLatest[flash="b"] { color: #ffffff; background: #b3202a; border-color: #ffd23f; }
QLabel#displayLatest[flash="on"] { color: #ffd23f; background: #1d3f7a; border-color: #ffd23f; }
QWidget#DisplayPanel QLabel#displayVoiceStatus { color: #ffb04a; }
"""

log = logging.getLogger(__name__)


class Marquee(QWidget):
    """A notice line that scrolls right to left, driven by a QTimer (no animation framework needed)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marquee")
        self._text = text
        self._offset = 0.0
        self.setAccessibleName(text)
        self._timer = QTimer(self)
        self._timer.setInterval(MARQUEE_STEP_MS)
        self._timer.timeout.connect(self._step)
        self._timer.start()

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)

    def stop(self) -> None:
        self._timer.stop()

    def _step(self) -> None:
        width = self.fontMetrics().horizontalAdvance(self._text)
        # Speed follows the font so the text moves about the same number of characters per second.
        self._offset -= max(1.0, self.font().pixelSize() / 12)
        if self._offset < -width:
            self._offset = float(self.width())
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        rect = self.rect().adjusted(int(self._offset), 0, 0, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self._text)


def _keep_shown(_exc: BaseException) -> None:
    """A failed poll on the hall screen: keep what is shown rather than flash an error at the hall."""


def _table(name: str, model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    # Nobody touches the hall screen: no focus, no selection, no scroll bars.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


def _recall(call: TicketInfo | CallNotice) -> bool:
    """A recall from the poll says so; one from a clerk in this process has been recalled at least once."""
    if isinstance(call, CallNotice):
        return call.recall
    return call.recall_count > 0


class DisplayPanel(ModePanel):
    """The hall screen.

    Args:
        display: the terminal's ``[display]`` settings (voice, repeats, notice); None: the defaults.
        announcer: the voice to use (tests pass one on Qt's mock engine); None: one made from ``display``.
    """

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        display: DisplayConfig | None = None,
        announcer: CallAnnouncer | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("DisplayPanel")
        self.display_config = display or session.config.display
        self.calls: list[TicketInfo | CallNotice] = []
        self._last_call_seen: object = None
        # Event ids of the calls on screen; None until the first poll answered (its calls are old news).
        self._known_calls: set[object] | None = None
        # (number, window, recall) -> (when, "hub" or "poll"): who spoke a call, to not speak it twice.
        self._spoken: dict[tuple[str, int, bool], tuple[float, str]] = {}
        self._call_loads = LatestOnly()
        self._categories: list[CategoryInfo] = []
        self._waiting_loads = LatestOnly()
        self._category_loads = LatestOnly()
        self._showing_error = False
        qss = ui_dir() / "display.qss"
        self.setStyleSheet((qss.read_text(encoding="utf-8") if qss.exists() else "") + FLASH_QSS)

        self.hall_label = QLabel(session.hall_name)
        self.hall_label.setObjectName("displayHall")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("displayClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.voice_label = QLabel()
        self.voice_label.setObjectName("displayVoiceStatus")
        self.voice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voice_label.setWordWrap(True)
        self.voice_label.hide()
        header = QHBoxLayout()
        header.addWidget(self.hall_label, 1)
        header.addWidget(self.voice_label, 1)
        header.addWidget(self.clock_label)

        self.latest_label = QLabel(self.tr("欢迎光临，请留意叫号信息"))
        self.latest_label.setObjectName("displayLatest")
        self.latest_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latest_label.setAccessibleName(self.tr("最新叫号"))
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash_step)
        self._flashes_left = 0

        self.calls_caption = QLabel(self.tr("最近叫号"))
        self.waiting_caption = QLabel(self.tr("等候人数"))
        for caption in (self.calls_caption, self.waiting_caption):
            caption.setObjectName("displayCaption")
        self.calls_model = RowTableModel(
            [
                Column(self.tr("号码"), lambda t: t.number, centered=True),
                Column(
                    self.tr("窗口"), lambda t: self.tr("{0} 号窗口").format(t.window_number), centered=True
                ),
                Column(self.tr("业务"), lambda t: t.category_name, centered=True),
            ],
            self,
        )
        self.calls_view = _table(self.tr("最近叫号列表"), self.calls_model)
        self.calls_view.setObjectName("displayCalls")
        for column in (0, 1):
            self.calls_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.waiting_model = RowTableModel(
            [
                Column(self.tr("业务类别"), lambda r: f"{r[0]} {r[1]}"),
                Column(self.tr("等候"), lambda r: self.tr("{0} 人").format(r[2]), centered=True),
            ],
            self,
        )
        self.waiting_view = _table(self.tr("各类业务等候人数"), self.waiting_model)
        self.waiting_view.setObjectName("displayWaiting")
        self.waiting_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.waiting_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        body = QGridLayout()
        body.addWidget(self.calls_caption, 0, 0)
        body.addWidget(self.waiting_caption, 0, 1)
        body.addWidget(self.calls_view, 1, 0)
        body.addWidget(self.waiting_view, 1, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)

        notice = self.display_config.notice.strip()
        if not notice:
            phone = session.supervision_phone
            notice = self.tr("请携带本人有效身份证件及相关材料，按叫号顺序到指定窗口办理。")
            if phone:
                notice += self.tr("服务监督电话：{0}。").format(phone)
            notice += self.tr("老年人、残疾人、孕妇等可在取号机选择优先取号。")
        self.marquee = Marquee(notice)
        line = QFrame()
        line.setObjectName("displayRule")
        line.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 8)
        layout.addLayout(header)
        layout.addWidget(self.latest_label)
        layout.addLayout(body, 1)
        layout.addWidget(line)
        layout.addWidget(self.marquee)

        if announcer is None and self.display_config.voice:
            announcer = CallAnnouncer(repeats=self.display_config.voice_repeats)
        self.announcer = announcer
        if announcer is not None:
            announcer.setParent(self)
            announcer.availability_changed.connect(self._voice_changed)
            if not announcer.starting:
                self._voice_changed(announcer.available, announcer.status_text)

        events.hub().ticket_called.connect(self.add_call)
        events.hub().listen()  # calls from a clerk program on this same PC arrive at once, not at the poll
        self._listening = True
        self.every(1_000, self._tick)
        self._tick()
        self.expect("categories", "counts")
        self.follow(self.load_categories, self._category_loads, lambda: bool(self._categories))
        # Each poll skips its tick while its last query is still running: a slow database gets one
        # query at a time from each, not a pile of them.
        self.every(REFRESH_MS, self.refresh_waiting, skip_while=self._waiting_loads)
        self.calls_timer = self.every(CALLS_POLL_MS, self.refresh_calls, skip_while=self._call_loads)
        self.refresh_calls()

    def _tick(self) -> None:
        now: datetime = self.session.runtime.clock.now().astimezone(HALL_TZ)
        weekdays = [
            self.tr("星期一"),
            self.tr("星期二"),
            self.tr("星期三"),
            self.tr("星期四"),
            self.tr("星期五"),
            self.tr("星期六"),
            self.tr("星期日"),
        ]
        self.clock_label.setText(
            self.tr("{0:%Y年%m月%d日} {1} {0:%H:%M:%S}").format(now, weekdays[now.weekday()])
        )

    def load_categories(self) -> None:
        self._category_loads.run(
            hall.list_categories,
            self.session.runtime.uow(),
            on_done=self._show_categories,
            on_error=self._load_failed,
            context=self,
        )

    def _voice_changed(self, available: bool, status: str) -> None:
        """Hall staff must see when the screen cannot speak: the status stays up until it can."""
        self.voice_label.setText(status)
        self.voice_label.setVisible(not available)

    def _show_categories(self, categories: list[CategoryInfo]) -> None:
        self._categories = categories
        if self._showing_error:
            self._showing_error = False
            self._set_flash("")
            self.latest_label.setText(self.tr("欢迎光临，请留意叫号信息"))
        self.arrived("categories")
        if not self._waiting_loads.busy:  # a count load on its way shows with these categories anyway
            self.refresh_waiting()

    def _load_failed(self, exc: BaseException) -> None:
        if not self._categories:
            # Only while there is nothing to show: a failed minute-reload keeps the screen as it is.
            self._showing_error = True
            self._set_flash("")
            self.latest_label.setText(error_text(exc))
        self.arrived("categories")
        self.arrived("counts")

    def refresh_waiting(self) -> None:
        self._waiting_loads.run(
            queue.waiting_counts,
            self.session.runtime.uow(),
            on_done=self._show_waiting,
            on_error=_keep_shown,
            context=self,
        )

    def _show_waiting(self, counts: dict[str, int]) -> None:
        self.waiting_model.set_rows([(c.prefix, c.name, counts.get(c.prefix, 0)) for c in self._categories])
        self.arrived("counts")

    def refresh_calls(self) -> None:
        self._call_loads.run(
            queue.recent_calls,
            self.session.runtime.uow(),
            MAX_CALLS,
            on_done=self._show_calls,
            on_error=_keep_shown,
            context=self,
        )

    def _show_calls(self, notices: list[CallNotice]) -> None:
        """The database's view wins: it includes calls from every window of the hall.

        Calls not on screen before are spoken, oldest first, except on the first answer (what was called
        before the screen started is old news) and those the hub already brought.
        """
        self.calls = list(notices)
        self.calls_model.set_rows(self.calls)
        known = self._known_calls
        self._known_calls = {n.event_id for n in notices}
        if notices and notices[0].event_id != self._last_call_seen:
            self._last_call_seen = notices[0].event_id
            self._show_latest(notices[0])
        if known is None:
            return
        fresh = [n for n in reversed(notices) if n.event_id not in known]
        new = [n for n in fresh if not self._spoken_by((n.number, n.window_number, n.recall), "hub")]
        if new:
            self.flash()
            for notice in new:
                self._speak(notice, "poll")

    def _show_latest(self, call: TicketInfo | CallNotice) -> None:
        self._showing_error = False
        self.latest_label.setText(self._call_text(call))

    def _call_text(self, call: TicketInfo | CallNotice) -> str:
        if _recall(call):
            return self.tr("重呼：请 {0} 号到 {1} 号窗口办理").format(call.number, call.window_number)
        return self.tr("请 {0} 号到 {1} 号窗口办理").format(call.number, call.window_number)

    def _spoken_by(self, key: tuple[str, int, bool], source: str) -> bool:
        """True, once, when ``source`` ("hub" or "poll") spoke this call in the last SAME_CALL_S seconds."""
        entry = self._spoken.get(key)
        if entry is None or entry[1] != source or time.monotonic() - entry[0] > SAME_CALL_S:
            return False
        del self._spoken[key]
        return True

    def _speak(self, call: TicketInfo | CallNotice, source: str) -> None:
        if call.window_number is None:
            return
        now = time.monotonic()
        self._spoken = {k: v for k, v in self._spoken.items() if now - v[0] <= SAME_CALL_S}
        self._spoken[(call.number, call.window_number, _recall(call))] = (now, source)
        log.info("叫号播报：%s (via %s)", self._call_text(call), source)
        if self.announcer is not None:
            self.announcer.announce(call.number, call.window_number, _recall(call))

    def add_call(self, ticket: TicketInfo) -> None:
        """A clerk called ``ticket``: show it large and on top of the recent calls, flash it, say it."""
        self.calls = [ticket, *self.calls][:MAX_CALLS]
        self.calls_model.set_rows(self.calls)
        self._show_latest(ticket)
        if ticket.window_number is not None and not self._spoken_by(
            (ticket.number, ticket.window_number, False), "poll"
        ):
            self.flash()
            self._speak(ticket, "hub")
        self.refresh_waiting()
        self.refresh_calls()

    def flash(self) -> None:
        """Make the latest call catch the eye: alternate two highlights for ~3 s, then stay highlighted."""
        self._flashes_left = FLASH_STEPS
        self._set_flash("a")
        self.flash_timer.start()

    def _flash_step(self) -> None:
        self._flashes_left -= 1
        if self._flashes_left <= 0:
            self.flash_timer.stop()
            self._set_flash("on")
        else:
            self._set_flash("b" if self.latest_label.property("flash") == "a" else "a")

    def _set_flash(self, look: str) -> None:
        if look == "":
            self.flash_timer.stop()
        self.latest_label.setProperty("flash", look)
        # A dynamic property only takes effect in the style sheet once the widget is polished again.
        style = self.latest_label.style()
        style.unpolish(self.latest_label)
        style.polish(self.latest_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts(event.size())

    def _scale_fonts(self, size: QSize) -> None:
        """Sizes as fractions of the screen height, so a 1080p and a 4K screen read the same from afar."""
        height = size.height()

        def sized(fraction: float, bold: bool = False) -> QFont:
            font = QFont(self.font())
            font.setPixelSize(max(12, int(height * fraction)))
            font.setBold(bold)
            return font

        self.hall_label.setFont(sized(0.05, bold=True))
        self.clock_label.setFont(sized(0.035))
        self.voice_label.setFont(sized(0.026, bold=True))
        self.latest_label.setFont(self._latest_font(sized(LATEST_FONT, bold=True), size))
        for caption in (self.calls_caption, self.waiting_caption):
            caption.setFont(sized(0.035, bold=True))
        for view in (self.calls_view, self.waiting_view):
            view.setFont(sized(0.04, bold=True))
            view.horizontalHeader().setFont(sized(0.028))
            view.verticalHeader().setDefaultSectionSize(max(20, int(height * 0.065)))
        self.marquee.setFont(sized(0.032))
        self.marquee.setFixedHeight(max(20, int(height * 0.06)))

    def _latest_font(self, font: QFont, size: QSize) -> QFont:
        """Narrow screens (4:3) shrink the latest call until a recall fits across, but not below 5 %."""
        longest = self.tr("重呼：请 {0} 号到 {1} 号窗口办理").format("A000", 10)
        room = size.width() - 100  # margins, padding, border
        wide = QFontMetrics(font).horizontalAdvance(longest)
        if wide > room > 0:
            floor = max(12, int(size.height() * LATEST_FONT_MIN) + 1)
            font.setPixelSize(max(floor, int(font.pixelSize() * room / wide)))
        return font

    def shutdown(self) -> None:
        if self._listening:
            # A replaced display must not keep answering calls (and querying) behind the new one.
            events.hub().ticket_called.disconnect(self.add_call)
            self._listening = False
        self.marquee.stop()
        self.flash_timer.stop()
        if self.announcer is not None:
            self.announcer.stop()
        super().shutdown()
