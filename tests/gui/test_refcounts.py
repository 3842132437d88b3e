"""The Qt binding must not leak references to None/True: PySide6 6.12.0 did, and the hall display,
which repaints its marquee 33 times a second, aborted with "none_dealloc" after about 7 minutes."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from yk_desktop.gui.display import Marquee
from yk_desktop.gui.workers import run_in_pool, wait_for_idle


class _Emitter(QObject):
    fired = Signal(object)


def test_void_calls_and_emits_keep_none_and_true_alive(qtbot: QtBot) -> None:
    label = QLabel()
    marquee = Marquee("请携带本人有效身份证件")
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    qtbot.addWidget(label)
    qtbot.addWidget(marquee)
    gc.collect()  # objects of earlier tests being freed mid-measurement would look like a leak
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(5_000):
        label.setText("A015")
        label.update()
        marquee._step()
        emitter.fired.emit(1)
    # Exact equality would be brittle (other objects come and go); a leak loses one per call: 5,000+.
    assert sys.getrefcount(None) > none_before - 1_000
    assert sys.getrefcount(True) > true_before - 1_000


def test_worker_pool_round_trips_do_not_leak_true(qtbot: QtBot) -> None:
    results: list[int] = []
    gc.collect()
    true_before = sys.getrefcount(True)
    for n in range(3_000):
        run_in_pool(lambda v: v, n, on_done=results.append)
    assert wait_for_idle(60_000)
    qtbot.waitUntil(lambda: len(results) == 3_000, timeout=60_000)
    assert sys.getrefcount(True) > true_before - 1_000
