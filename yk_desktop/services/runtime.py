"""The running program's database handle and the unit of work each use case runs in.

A ``Runtime`` is made once per process; ``runtime.uow()`` gives one transaction. On flush, every
terminal-written row is stamped with this terminal and a hybrid-logical-clock value (DESIGN.md §6), so
no use case can forget to.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from yk_desktop.core.clock import Clock, OffsetClock, SystemClock
from yk_desktop.core.hlc import HybridClock
from yk_desktop.services.errors import DatabaseBusy, DatabaseUnavailable
from yk_desktop.store.base import Stamped
from yk_desktop.store.engine import READ_ONLY, make_engine, make_session_factory

log = logging.getLogger(__name__)
# Terminals on central re-measure their clock against the server's this often, and say so when off by more.
CLOCK_SYNC_S = 600
CLOCK_WARN_S = 2.0


@dataclass
class Runtime:
    engine: Engine
    session_factory: sessionmaker[Session]
    clock: Clock
    hlc: HybridClock
    terminal_id: uuid.UUID | None = None
    hall_id: uuid.UUID | None = None
    terminal_code: str = "T01"
    # This process's view of its audit chain heads (services.audit's fast path); self-correcting.
    audit_heads: dict[uuid.UUID, tuple[int, str]] = field(default_factory=dict)
    # On central with no clock given: our time follows the server's (re-measured every CLOCK_SYNC_S).
    server_clock: OffsetClock | None = None
    clock_synced_at: float | None = None

    @classmethod
    def open(
        cls, url: str, *, clock: Clock | None = None, terminal_code: str = "T01", pool_size: int = 5
    ) -> Runtime:
        engine = make_engine(url, pool_size=pool_size)
        factory = make_session_factory(engine)
        # One listener on the factory, not one per session: registering listeners is not free.
        event.listen(factory, "before_flush", _stamp_rows)
        server_clock = OffsetClock() if clock is None and engine.dialect.name == "postgresql" else None
        return cls(
            engine=engine,
            session_factory=factory,
            clock=clock or server_clock or SystemClock(),
            hlc=HybridClock(terminal_code),
            terminal_code=terminal_code,
            server_clock=server_clock,
        )

    def sync_clock(self, conn: Connection) -> None:
        """Measure this PC's clock against the server's, once at the first unit of work and then every
        CLOCK_SYNC_S; a large difference is logged for hall IT (the PC's clock should be fixed)."""
        clock = self.server_clock
        if clock is None:
            return
        sent = clock.base.now()
        server_now = conn.exec_driver_sql("SELECT clock_timestamp()").scalar()
        received = clock.base.now()
        self.clock_synced_at = time.monotonic()
        if not isinstance(server_now, datetime):
            return
        offset = clock.adjust(server_now, sent, received)
        if abs(offset.total_seconds()) >= CLOCK_WARN_S:
            log.warning(
                "本机时钟与中心数据库相差 %.1f 秒，已按中心时间计时；请校准本机时间。", offset.total_seconds()
            )

    def clock_due(self) -> bool:
        return self.server_clock is not None and (
            self.clock_synced_at is None or time.monotonic() - self.clock_synced_at > CLOCK_SYNC_S
        )

    @property
    def is_central(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self)

    def close(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """One transaction: rolls back unless ``commit()`` was called (cosmicpython's pattern)."""

    session: Session

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._read_only = False
        self._open = False

    def reading(self) -> UnitOfWork:
        """Mark this unit of work as read-only (``with uow.reading():``).

        On SQLite a read-only transaction begins DEFERRED, so display polls and lists never take the
        write lock that issuing and calling need; PostgreSQL needs no such care.
        """
        self._read_only = True
        return self

    @property
    def clock(self) -> Clock:
        return self.runtime.clock

    @property
    def is_postgres(self) -> bool:
        return self.runtime.is_central

    def now(self) -> datetime:
        return self.runtime.clock.now()

    def stamp(self) -> str:
        return self.runtime.hlc.now().encode()

    def __enter__(self) -> UnitOfWork:
        if self._open:
            # A nested ``with uow`` would open a second session and drop the first one's changes.
            raise RuntimeError("this unit of work is already open; read inside the open transaction")
        self._open = True
        self.session = self.runtime.session_factory(info={"uow": self})
        if self._read_only or self.runtime.clock_due():
            try:
                conn = self.session.connection(
                    execution_options={READ_ONLY: True} if self._read_only else None
                )
                if self.runtime.clock_due():
                    self.runtime.sync_clock(conn)
            except (OperationalError, InterfaceError) as exc:
                # Connecting happens here, before the with-body, so __exit__ would not see this.
                self.session.close()
                self._open = False
                _raise_typed(exc)
                raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()
        except DBAPIError:
            # The connection may already be gone; the original error below says more than this one.
            pass
        finally:
            self.session.close()
            self._open = False
        if isinstance(exc, OperationalError | InterfaceError):
            _raise_typed(exc)

    def commit(self) -> None:
        self.session.commit()


def _stamp_rows(session: Session, _ctx: Any, _instances: Any) -> None:
    uow = session.info.get("uow")
    if uow is None:
        return
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Stamped):
            obj.hlc = uow.stamp()
            if obj.origin_terminal_id is None:
                obj.origin_terminal_id = uow.runtime.terminal_id
            if getattr(obj, "hall_id", False) is None and uow.runtime.hall_id is not None:
                obj.hall_id = uow.runtime.hall_id  # type: ignore[attr-defined]  # HallOwned rows only


LOGIN_REFUSED = (
    "中心数据库拒绝登录：用户名或密码不正确。请由信息管理员执行 yk-desktop db password 重新保存密码，"
    "或核对配置文件中的 user。"
)


def _raise_typed(exc: DBAPIError) -> None:
    """Raise the clerk-readable error for a driver error that has one; return for the rest."""
    if _is_busy(exc):
        raise DatabaseBusy() from exc
    if _is_login_refused(exc):
        raise DatabaseUnavailable(LOGIN_REFUSED) from exc
    if _is_connection_problem(exc):
        raise DatabaseUnavailable() from exc


def _is_busy(exc: DBAPIError) -> bool:
    # SQLite: another process held the write lock past busy_timeout; retrying later succeeds.
    return "database is locked" in str(exc.orig).lower()


def _is_login_refused(exc: DBAPIError) -> bool:
    # PostgreSQL SQLSTATE 28P01 (wrong password) / 28000 (no such role, pg_hba refusal); a password
    # the server asked for but we did not have reads "no password supplied".
    state = getattr(exc.orig, "sqlstate", None)
    return state in ("28P01", "28000") or "no password supplied" in str(exc.orig).lower()


def _is_connection_problem(exc: DBAPIError) -> bool:
    # Lock timeouts and constraint errors are OperationalErrors too; only a lost or refused
    # connection means "database unavailable" to the clerk.
    if exc.connection_invalidated:
        return True
    text = str(exc.orig).lower()
    return any(s in text for s in ("connection", "could not connect", "server closed", "unable to open"))
