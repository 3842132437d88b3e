"""A worker pool so the UI thread never waits on the database (DESIGN.md §5: nothing over 50 ms there).

``run_in_pool(fn, *args, on_done=..., on_error=...)`` runs ``fn`` on a QThreadPool thread and hands
the result (or the exception) to the callbacks on the UI thread, through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from yk_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

# SQLite writes one transaction at a time and PostgreSQL terminals share a small connection pool,
# so a handful of threads is plenty; more would only queue inside the database driver.
MAX_THREADS = 4

_pool: QThreadPool | None = None
# Relays in flight. A QRunnable is deleted by the pool when it finishes, and a relay nobody holds would be
# garbage-collected before its queued signal is delivered, losing the result; this set keeps them alive.
_in_flight: set[_Relay] = set()
_lock = threading.Lock()


def pool() -> QThreadPool:
    """The program's own pool (not the global one), so tests and shutdown can wait for exactly our work."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
    return _pool


class _Relay(QObject):
    """Lives on the UI thread; the worker emits on it and Qt queues the call over to the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[BaseException], object] | None,
        context: QObject | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._context = context
        # Explicitly queued: the emitting thread is a worker, the slots must run where the widgets live.
        self.succeeded.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def _context_gone(self) -> bool:
        # The widget that asked may have been closed meanwhile (mode switched, dialog shut);
        # calling into a deleted C++ object would crash, and nobody wants the answer any more.
        return self._context is not None and not shiboken6.isValid(self._context)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        try:
            if self._on_done is not None and not self._context_gone():
                self._on_done(result)
        finally:
            self._release()

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        try:
            if self._context_gone():
                return
            if self._on_error is not None:
                assert isinstance(exc, BaseException)
                self._on_error(exc)
            else:
                log.error("background task failed", exc_info=exc if isinstance(exc, BaseException) else None)
        finally:
            self._release()

    def _release(self) -> None:
        with _lock:
            _in_flight.discard(self)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., object], args: tuple[Any, ...], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # every failure must reach the UI, or a button stays disabled forever
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_pool(
    fn: Callable[..., object],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    context: QObject | None = None,
) -> None:
    """Run ``fn(*args)`` on a worker thread; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread.

    Args:
        context: the widget that wants the answer; when it has been deleted by the time the answer
            arrives, the callbacks are skipped.
    """
    relay = _Relay(on_done, on_error, context)
    with _lock:
        _in_flight.add(relay)
    pool().start(_Task(fn, args, relay))


class LatestOnly:
    """For reloads that may overlap (a timer and a button): only the newest request's answer is shown.

    Answers can come back out of order from a pool of threads; without this an older, slower load could
    overwrite a newer one and show counts from before the ticket just issued.
    """

    def __init__(self) -> None:
        self._issued = 0

    def newest(self, deliver: Callable[[Any], object]) -> Callable[[Any], None]:
        self._issued += 1
        mine = self._issued

        def maybe_deliver(result: Any) -> None:
            if mine == self._issued:
                deliver(result)

        return maybe_deliver


def wait_for_idle(timeout_ms: int = 10_000) -> bool:
    """Wait until every task has finished and its result has been delivered (tests, shutdown)."""
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        finished = pool().waitForDone(max(0, deadline.remainingTime()))
        QCoreApplication.processEvents()
        with _lock:
            pending = bool(_in_flight)
        if finished and not pending:
            return True
        if deadline.hasExpired():
            return False


def error_text(exc: BaseException) -> str:
    """What to tell the user about a failed task: a service's own Chinese message, or what went wrong."""
    if isinstance(exc, ServiceError):
        return exc.message
    return QCoreApplication.translate("workers", "操作失败：{0}").format(exc)
