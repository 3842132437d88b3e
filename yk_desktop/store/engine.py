"""Engines and session factories for the embedded SQLite file and the central PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

CONNECT_TIMEOUT_S = 5
# Execution option a read-only unit of work sets on its connection (see _tune_sqlite).
READ_ONLY = "yk_read_only"


def make_engine(url: str, *, pool_size: int = 5, echo: bool = False) -> Engine:
    """Engine with the per-dialect settings our use cases rely on."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"timeout": 15, "check_same_thread": False})
        _tune_sqlite(engine)
        return engine
    # No pool_pre_ping: it costs a round trip per transaction on the hot path (call_next). After a
    # server restart the first statement fails, SQLAlchemy invalidates the whole pool, and the clerk's
    # retry runs on a fresh connection.
    return create_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_recycle=1800,
        # A pulled network cable must fail in seconds, not after the OS's two-minute TCP timeout.
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
    )


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see _on_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # WAL lets the display read while a clerk writes; foreign keys are off by default in SQLite.
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
        # fails at once with SQLITE_BUSY when another process wrote in between, instead of waiting.
        # Units of work marked read-only begin DEFERRED and so never hold up a writer (WAL mode).
        deferred = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
