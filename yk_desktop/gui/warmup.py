"""Screens a key opens are imported after the window is up, without holding the window.

The clerk window imports the dialogs behind F8–F12 (and the printing stack behind them, reportlab and all)
only when they are first needed, so the window shows sooner (benchmarks/startup.py). Left at that, the
first F8 of the day would wait for those imports; so once the panel's first data has arrived they are
imported here: the Qt-free modules (printing, services: the bulk of the time) on a worker thread, then the
screens themselves on the UI thread, one module per turn of its event loop. After that, everything alive
is left out of later full collections (``ui_thread_gc.freeze_once``).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QTimer

from yk_desktop.gui import ui_thread_gc
from yk_desktop.gui.workers import run_in_pool

log = logging.getLogger(__name__)
# Started this long after the first data: the first paint and the clerk's first look come first, and an
# import on the worker competes with the UI thread for Python's lock.
DELAY_MS = 1000


def _import_all(names: Sequence[str]) -> None:
    for name in names:
        _import(name)


def _import(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception:  # the screen will fail again, with a message, when it is opened
        log.exception("warm-up import of %s failed", name)


def import_soon(screens: Sequence[str], background: Sequence[str] = ()) -> None:
    """After DELAY_MS: ``background`` (no Qt widgets in them) on a worker, then ``screens`` on later UI turns."""
    pending = list(screens)

    def step() -> None:
        if pending:
            _import(pending.pop(0))
        if pending:
            QTimer.singleShot(0, step)
        else:
            ui_thread_gc.freeze_once()

    def start() -> None:
        if background:
            run_in_pool(_import_all, list(background), on_done=lambda _none: QTimer.singleShot(0, step))
        else:
            step()

    QTimer.singleShot(DELAY_MS, start)
