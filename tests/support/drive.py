"""Drive one real mode window in its own process, against the database its config file names.

``python -m tests.support.drive kiosk OUT.pdf`` clicks category A on the kiosk, waits for the printed
ticket and prints ``ISSUED A001``. ``python -m tests.support.drive clerk GO_FILE`` logs in clerk01 at
window 1, presses F1 and prints ``CALLED A001``; once GO_FILE exists it presses F6 and F3 and prints
``FINISHED A001``. The windows are the program's own (``gui.main.open_window``), clicked with QTest;
only the login dialog is skipped. The display is not driven: the test runs the real ``yk-desktop``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from yk_desktop import app as appmod
from yk_desktop import config
from yk_desktop.gui import workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.kiosk import KioskPanel
from yk_desktop.gui.main import application, apply_look, open_window
from yk_desktop.services import auth
from yk_desktop.services.queue import TicketInfo

TIMEOUT_S = 30


def wait_until(app: QApplication, ready: Callable[[], bool], what: str) -> None:
    end = time.monotonic() + TIMEOUT_S
    while time.monotonic() < end:
        app.processEvents()
        if ready():
            return
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {what}")


def kiosk(app: QApplication, started: appmod.Started, out: Path) -> None:
    window = open_window(started, "kiosk", None, None)
    panel = window.panel
    assert isinstance(panel, KioskPanel)
    panel.print_to = out
    window.show()
    wait_until(app, lambda: "A" in panel.buttons, "category buttons")
    QTest.mouseClick(panel.buttons["A"], Qt.MouseButton.LeftButton)
    wait_until(app, lambda: panel.last_slip is not None and out.exists() and out.stat().st_size > 0, "ticket")
    assert panel.last_slip is not None
    print(f"ISSUED {panel.last_slip.number}", flush=True)
    window.close()


def clerk(app: QApplication, started: appmod.Started, go: Path) -> None:
    staff = auth.login(started.runtime.uow(), "clerk01", "demo1234")
    window = open_window(started, "clerk", staff, None)
    panel = window.panel
    assert isinstance(panel, ClerkPanel)
    window.show()
    window.activateWindow()

    def current() -> TicketInfo | None:
        return panel.status.current if panel.status is not None else None

    wait_until(app, lambda: panel.call_button.isEnabled(), "the call button")
    QTest.keyClick(panel, Qt.Key.Key_F1)
    wait_until(app, lambda: current() is not None, "the call")
    ticket = current()
    assert ticket is not None
    number = ticket.number
    print(f"CALLED {number}", flush=True)
    wait_until(app, go.exists, "the go-ahead")
    wait_until(app, lambda: panel.start_button.isEnabled(), "the start button")
    QTest.keyClick(panel, Qt.Key.Key_F6)
    wait_until(app, lambda: (t := current()) is not None and t.state == "serving", "serving")
    QTest.keyClick(panel, Qt.Key.Key_F3)
    wait_until(app, lambda: current() is None, "finished")
    print(f"FINISHED {number}", flush=True)
    window.close()


def main(argv: list[str]) -> int:
    role, target = argv[0], Path(argv[1])
    app = application()
    apply_look(app, "zh_CN")
    started = appmod.start(config.load())
    try:
        if role == "kiosk":
            kiosk(app, started, target)
        else:
            clerk(app, started, target)
    finally:
        workers.wait_for_idle(20_000)
        started.runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
