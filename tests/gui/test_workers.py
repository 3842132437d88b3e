"""The worker pool's rules for what reaches the user: no driver text on screen, only the newest answer."""

from __future__ import annotations

import gc
import logging
import re
import threading
import weakref

import pytest
from pytestqt.qtbot import QtBot

from yk_desktop.gui import ui_thread_gc
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


def test_cycles_are_collected_on_the_ui_thread_never_in_a_worker(qtbot: QtBot) -> None:
    # A worker that collected a cycle holding a widget's wrapper would destroy the widget off its thread
    # and crash the program (CI saw it once, inside a catalogue load).
    ui_thread_gc.install()
    gc.collect()
    freed_on: list[threading.Thread] = []

    class Node:
        partner: object = None

    cycle = Node()
    cycle.partner = cycle
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread()))
    del cycle

    def churn() -> int:
        # Cyclic garbage, far more than the youngest generation's threshold: Python's own collector
        # would run right here, in the worker, and free the UI thread's cycle too.
        for _ in range(20_000):
            garbage: list[object] = []
            garbage.append(garbage)
        return 0

    run_in_pool(churn)
    assert wait_for_idle()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)  # the UI thread's timer collects it
    assert freed_on == [threading.main_thread()]
    assert ui_thread_gc.installed()


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
