"""The common shape of the four mode windows the shell can show: a widget with a ``loaded`` signal.

``loaded`` fires once, when a panel's first data has arrived, so ``--screenshot`` and tests know the
window shows real content; ``shutdown`` stops timers before the shell replaces the panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from yk_desktop.gui.session import Session
from yk_desktop.gui.workers import LatestOnly

# Waiting counts change with every ticket; 5 s keeps a view fresh at one cheap query.
REFRESH_MS = 5_000
# Reference lists (categories) change rarely, when a manager edits them; a minute is soon enough.
REFERENCE_MS = 60_000


class ModePanel(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Without this a plain QWidget subclass ignores its QSS background (the display would stay light).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.is_loaded = False
        self._timers: list[QTimer] = []
        self._waiting_for: set[str] = set()

    def every(self, msec: int, slot: Callable[[], object], *, skip_while: LatestOnly | None = None) -> QTimer:
        """A repeating timer owned by this panel and stopped by ``shutdown``.

        Args:
            skip_while: the loads ``slot`` starts; a tick finding one still running is skipped, so a slow
                database gets one query at a time from this poll instead of a growing pile.
        """
        timer = QTimer(self)
        timer.setInterval(msec)
        if skip_while is None:
            timer.timeout.connect(slot)
        else:
            loads = skip_while

            def tick() -> None:
                if not loads.busy:
                    slot()

            timer.timeout.connect(tick)
        timer.start()
        self._timers.append(timer)
        return timer

    def follow(self, load: Callable[[], object], loads: LatestOnly, have_any: Callable[[], bool]) -> None:
        """Load reference data now, retry it on the refresh timer until some has arrived, then reload it
        once a minute — a kiosk or screen started while the database was away would otherwise show
        nothing all day, and would never see a category the manager adds."""
        load()

        def retry() -> None:
            if not have_any():
                load()

        self.every(REFRESH_MS, retry, skip_while=loads)
        self.every(REFERENCE_MS, load, skip_while=loads)

    def take_focus(self) -> None:
        """Put the keyboard focus where this mode's work starts; the shell calls it after placing the panel."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def expect(self, *parts: str) -> None:
        """Name the first loads that must all arrive before ``loaded`` fires."""
        self._waiting_for.update(parts)

    def arrived(self, part: str) -> None:
        self._waiting_for.discard(part)
        if not self._waiting_for and not self.is_loaded:
            self.is_loaded = True
            self.loaded.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A panel shown on its own (tests, a second screen) stops polling when closed, as in the shell.
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop polling: the panel is about to be replaced or the program is closing."""
        for timer in self._timers:
            timer.stop()
