"""The worker pool's rules for what reaches the user: no driver text on screen, only the newest answer."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
import weakref

import pytest
from pytestqt.qtbot import QtBot

from yk_desktop.gui.workers import LatestOnly, error_text, run_in_pool, wait_for_idle
from yk_desktop.services.errors import DatabaseBusy

ID_NUMBER = "210802199001011234"
DRIVER_TEXT = (
    "(sqlite3.IntegrityError) UNIQUE constraint failed: applicant.id_number\n"
    "[SQL: INSERT INTO applicant (id, name, id_number) VALUES (?, ?, ?)]\n"
    f"[parameters: ('0192f0c4', '张三', '{ID_NUMBER}')]"
)


def test_driver_errors_show_a_reference_code_and_go_to_the_log_in_full(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="yk_desktop.gui"):
        text = error_text(RuntimeError(DRIVER_TEXT))
    assert "SQL" not in text and "INSERT" not in text and ID_NUMBER not in text and "张三" not in text
    match = re.fullmatch(r"系统内部错误，请重试；如反复出现请联系信息管理员（错误编号 ([0-9A-F]{4})）", text)
    assert match, text
    code = match.group(1)
    [record] = [r for r in caplog.records if r.name == "yk_desktop.gui"]
    assert code in record.getMessage()
    assert record.exc_info is not None and ID_NUMBER in str(record.exc_info[1])  # IT can read it whole


def test_service_errors_keep_their_own_message(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="yk_desktop.gui"):
        assert error_text(DatabaseBusy()) == DatabaseBusy.default_message
    assert not caplog.records  # a message meant for the clerk is not an incident


def test_only_the_newest_answer_or_error_is_delivered_and_busy_follows_the_loads(qtbot: QtBot) -> None:
    loads = LatestOnly()
    release = threading.Event()
    shown: list[object] = []

    def slow_failure() -> int:
        release.wait(10)
        raise RuntimeError("old")

    loads.run(slow_failure, on_done=shown.append, on_error=shown.append)
    assert loads.busy
    loads.run(lambda: 2, on_done=shown.append, on_error=shown.append)
    qtbot.waitUntil(lambda: shown == [2])
    assert loads.busy  # the old one is still out
    release.set()
    assert wait_for_idle()
    assert shown == [2] and not loads.busy


# In a process of its own: the pool must switch the collector over by itself (nothing here calls install).
COLLECTOR = """
import gc, sys, threading, time, weakref
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from yk_desktop.gui.workers import run_in_pool, wait_for_idle
assert gc.isenabled()
gc.collect()
freed_on = []

class Node:
    partner = None

cycle = Node()
cycle.partner = cycle
weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
del cycle

def churn():
    # Cyclic garbage, far more than the youngest generation's threshold: Python's own collector would
    # run right here, in the worker, and free the UI thread's cycle too.
    for _ in range(20_000):
        garbage = []
        garbage.append(garbage)

run_in_pool(churn)
assert wait_for_idle()
deadline = time.monotonic() + 10
while not freed_on and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(gc.isenabled(), freed_on == [threading.main_thread().name], freed_on)
"""


def test_cycles_are_collected_on_the_ui_thread_never_in_a_worker() -> None:
    # A worker that collected a cycle holding a widget's wrapper would destroy the widget off its thread
    # and crash the program (CI saw it once, inside a catalogue load).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", COLLECTOR], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[:2] == ["False", "True"], out.stdout


def test_no_collector_switch_without_an_application_thread() -> None:
    # Off the UI thread (or before the QApplication) no timer could ever collect: leave Python's own.
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gc; from yk_desktop.gui import ui_thread_gc as u; u.install();"
            " print(gc.isenabled(), u.installed())",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"]


def test_results_and_errors_are_let_go_on_the_ui_thread(qtbot: QtBot) -> None:
    # A result (or an exception whose traceback holds a closure over a widget) freed by the worker after
    # the UI thread let go of it first would be destroyed off its thread. Switch threads as often as
    # possible, so any such window is hit.
    freed_on: list[str] = []

    class Held:
        pass

    def result() -> Held:
        held = Held()
        weakref.finalize(held, lambda: freed_on.append(threading.current_thread().name))
        return held

    def failure() -> None:
        held = Held()
        weakref.finalize(held, lambda: freed_on.append(threading.current_thread().name))

        def inner(kept: Held = held) -> None:
            raise ValueError("the traceback keeps inner's frame, and `kept` with it")

        inner()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(300):
            run_in_pool(result, on_done=lambda _r: None)
            run_in_pool(failure, on_error=lambda _e: None)
        assert wait_for_idle(30_000)
        qtbot.waitUntil(lambda: len(freed_on) == 600, timeout=10_000)
    finally:
        sys.setswitchinterval(interval)
    assert set(freed_on) == {threading.main_thread().name}


def test_what_a_task_was_given_is_let_go_on_the_ui_thread(qtbot: QtBot) -> None:
    # A closure over a closed dialog may hold its last reference; dropped in the worker, the dialog
    # would be destroyed off its thread.
    freed_on: list[threading.Thread] = []

    class Held:
        pass

    held = Held()
    weakref.finalize(held, lambda: freed_on.append(threading.current_thread()))
    run_in_pool(lambda thing=held: None)
    del held
    assert wait_for_idle()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread()]
