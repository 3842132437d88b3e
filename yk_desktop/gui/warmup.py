"""Screens a key opens are imported after the window is up, one module per turn of the event loop.

The clerk window imports the dialogs behind F8–F12 (and the printing stack behind them, reportlab and all)
only when they are first needed, so the window shows sooner (benchmarks/startup.py). Left at that, the
first F8 of the day would wait for those imports; so once the panel's first data has arrived they are
imported here, in small steps that never hold the window for long.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)


def import_soon(modules: Sequence[str]) -> None:
    """Import ``modules`` in order, each on its own later turn of the UI thread's event loop."""
    pending = list(modules)

    def step() -> None:
        if not pending:
            return
        name = pending.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # the screen will fail again, with a message, when it is opened
            log.exception("warm-up import of %s failed", name)
        if pending:
            QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
