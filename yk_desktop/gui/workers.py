"""A worker pool so the UI thread never waits on the database (DESIGN.md §5: nothing over 50 ms there).

``run_in_pool(fn, *args, on_done=..., on_error=...)`` runs ``fn`` on a QThreadPool thread and hands
the result (or the exception) to the callbacks on the UI thread, through a queued signal.

Lifetimes are the tricky part of Qt threading from Python: an object that is destroyed on the wrong
thread crashes the program. So the worker side holds only the function, its arguments and a number,
and lets go of them before it answers; the callbacks (and another reference to the function) stay in
a table on the UI thread, and the one QObject that carries results across lives as long as the
program. Cycles are collected on the UI thread only (ui_thread_gc), for the same reason.
"""

from __future__ import annotations

import itertools
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from yk_desktop.gui import ui_thread_gc
from yk_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)
# Where unexpected errors shown to a user are recorded in full (error_text).
gui_log = logging.getLogger("yk_desktop.gui")

# SQLite writes one transaction at a time and PostgreSQL terminals share a small connection pool,
# so a handful of threads is plenty; more would only queue inside the database driver.
MAX_THREADS = 4


@dataclass
class _Pending:
    on_done: Callable[[Any], object] | None
    on_error: Callable[[BaseException], object] | None
    context: QObject | None
    # The function and its arguments, held here too so that their last reference (a closure over a
    # dialog, say) is always dropped on the UI thread, at delivery, never in the worker.
    work: tuple[Callable[..., object], tuple[Any, ...]]
    # (succeeded, result or exception), put here by the worker under the lock; the worker keeps no
    # reference of its own once it lets go of the lock, so the UI thread frees the answer too.
    outcome: tuple[bool, object] | None = None


class _Dispatcher(QObject):
    """Made once on the UI thread; workers emit on it and Qt queues each call over to the UI thread."""

    finished = Signal(int)  # task number; the outcome waits in ``pending``

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[int, _Pending] = {}
        self.lock = threading.Lock()
        # Explicitly queued: the emitting thread is a worker, the callbacks must run where the widgets live.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def hand_over(self, number: int, outcome: list[tuple[bool, object]]) -> None:
        """Worker side: move ``outcome``'s one item into the table and tell the UI thread its number.

        The item is popped from the caller's list while the lock is held, so by the time ``_deliver``
        can take it the worker holds nothing of it.
        """
        with self.lock:
            task = self.pending.get(number)
            if task is not None:
                task.outcome = outcome.pop()
            else:
                outcome.clear()
        self.finished.emit(number)

    @Slot(int)
    def _deliver(self, number: int) -> None:
        with self.lock:
            task = self.pending.pop(number, None)
        if task is None or task.outcome is None:
            return
        # The widget that asked may have been closed meanwhile (mode switched, dialog shut); calling into
        # a deleted C++ object would crash, and nobody wants the answer any more.
        if task.context is not None and not shiboken6.isValid(task.context):
            return
        ok, payload = task.outcome
        if ok:
            if task.on_done is not None:
                task.on_done(payload)
        elif task.on_error is not None:
            assert isinstance(payload, BaseException)
            task.on_error(payload)
        else:
            log.error(
                "background task failed", exc_info=payload if isinstance(payload, BaseException) else None
            )


class _Task(QRunnable):
    """What a worker thread sees: a function, its arguments, a number. Nothing it could destroy wrongly."""

    def __init__(
        self, number: int, fn: Callable[..., object], args: tuple[Any, ...], dispatcher: _Dispatcher
    ) -> None:
        super().__init__()
        self._number = number
        self._fn = fn
        self._args = args
        self._dispatcher = dispatcher  # lives as long as the program

    def run(self) -> None:
        fn, args = self._fn, self._args
        # Let go before the answer leaves: the UI thread's table holds them until delivery (see _Pending).
        self._fn, self._args = _nothing, ()
        outcome: list[tuple[bool, object]] = []
        try:
            outcome.append((True, fn(*args)))
        except Exception as exc:  # every failure must reach the UI, or a button stays disabled forever
            outcome.append((False, exc))
        del fn, args
        self._dispatcher.hand_over(self._number, outcome)


def _nothing() -> None:
    return None


_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
_numbers = itertools.count(1)


def pool() -> QThreadPool:
    """The program's own pool (not the global one), so tests and shutdown can wait for exactly our work."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
    return _pool


def _the_dispatcher() -> _Dispatcher:
    # Made on first use from the UI thread (run_in_pool is only called there), never destroyed.
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def run_in_pool(
    fn: Callable[..., object],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    context: QObject | None = None,
) -> None:
    """Run ``fn(*args)`` on a worker thread; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread.

    Call from the UI thread. Args:
        context: the widget that wants the answer; when it has been deleted by the time the answer
            arrives, the callbacks are skipped.
    """
    # The UI thread collects cycles from here on (ui_thread_gc); idempotent, and a no-op off the UI thread.
    ui_thread_gc.install()
    dispatcher = _the_dispatcher()
    number = next(_numbers)
    with dispatcher.lock:
        dispatcher.pending[number] = _Pending(on_done, on_error, context, (fn, args))
    pool().start(_Task(number, fn, args, dispatcher))


def pending_count() -> int:
    dispatcher = _the_dispatcher()
    with dispatcher.lock:
        return len(dispatcher.pending)


class LatestOnly:
    """For reloads that may overlap (a timer and a button): only the newest request's answer is shown.

    Answers can come back out of order from a pool of threads; without this an older, slower load could
    overwrite a newer one and show counts from before the ticket just issued. Failures go the same way:
    an old request's error must not cover the newer answer already on screen. ``busy`` tells a timer that
    a load is still running, so a slow database does not get a second query stacked behind the first.
    """

    def __init__(self) -> None:
        self._issued = 0
        self._in_flight = 0

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def run(
        self,
        fn: Callable[..., object],
        *args: Any,
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object] | None = None,
        context: QObject | None = None,
    ) -> None:
        """``run_in_pool(fn, *args)``; only the newest request's answer or error reaches the callbacks."""
        self._issued += 1
        mine = self._issued
        self._in_flight += 1

        def done(result: Any) -> None:
            self._in_flight -= 1
            if mine == self._issued:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._in_flight -= 1
            if mine != self._issued:
                return  # a newer request is on its way or already shown
            if on_error is not None:
                on_error(exc)
            else:
                log.warning("background load failed", exc_info=exc)

        run_in_pool(fn, *args, on_done=done, on_error=failed, context=context)


def wait_for_idle(timeout_ms: int = 10_000) -> bool:
    """Wait until every task has finished and its result has been delivered (tests, shutdown)."""
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        finished = pool().waitForDone(max(0, deadline.remainingTime()))
        QCoreApplication.processEvents()
        if finished and pending_count() == 0:
            return True
        if deadline.hasExpired():
            return False


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failed task: a service's own Chinese message, or a generic one.

    Anything else (a driver error, a bug) carries text meant for developers: SQL, bound parameters, even
    an applicant's ID number. The user gets a short reference code instead; the full exception goes to
    the log under the same code, so hall IT can find it.
    """
    if isinstance(exc, ServiceError):
        return exc.message
    code = secrets.token_hex(2).upper()
    gui_log.error("unexpected error (reference %s)", code, exc_info=exc)
    return QCoreApplication.translate(
        "workers", "系统内部错误，请重试；如反复出现请联系信息管理员（错误编号 {0}）"
    ).format(code)
