"""Python's cycle collector runs only on the UI thread, on a timer.

The collector normally runs in whichever thread happens to allocate when a generation fills up. When
that is a worker-pool thread and the garbage holds the Python wrapper of a widget or another QObject
that lives on the UI thread, the C++ object is destroyed from the worker, and Qt crashes the program
(seen in CI: a segmentation fault "Garbage-collecting" inside a catalogue load on the pool). So
automatic collection is switched off once worker threads exist, and the UI thread collects instead,
generation by generation with Python's own thresholds, whenever its event loop turns.

Reference counting still frees everything that is not in a cycle at once, on whatever thread drops it;
only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

# Often enough that cycles never pile up (a busy clerk screen makes a few thousand objects a second),
# rarely enough to cost nothing measurable: one get_count() call when nothing is due.
INTERVAL_MS = 500

_collector: _Collector | None = None
_frozen = False


def collect_due() -> None:
    """Collect each generation that Python's own thresholds say is due; call on the UI thread only."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold0:
        return
    if count1 > threshold1:
        gc.collect(2 if count2 > threshold2 else 1)
    else:
        gc.collect(0)


class _Collector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()


def install() -> None:
    """Switch automatic collection off and collect on the UI thread's timer (idempotent).

    Only from the UI thread of a running QApplication: elsewhere no timer could ever fire, and switching
    the collector off would leave cycles uncollected for good, so nothing changes then. ``run_in_pool``
    calls this before it starts any work.
    """
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return
    if _collector is None:
        _collector = _Collector()
    gc.disable()


def freeze_once() -> None:
    """After start-up (modules, the window, its first data): collect, then keep everything alive now out of
    later full collections (``gc.freeze``), so a full collection only walks what was made since and its
    pause stays short on a PC that runs all day. Once per process: what is frozen is never collected, so
    a second freeze after a mode switch would keep the first panel's leftovers for good. UI thread only.
    """
    global _frozen
    if _frozen:
        return
    _frozen = True
    # The young generations only: a full collection here held the window ~70 ms. Start-up's few old
    # cycles, if any, stay frozen with the rest (a one-time, bounded cost).
    gc.collect(1)
    gc.freeze()


def installed() -> bool:
    return _collector is not None and not gc.isenabled()
