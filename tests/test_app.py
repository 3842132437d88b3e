"""Start-up as the program does it: upgrade the own SQLite file, seed the demo, register this PC."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import TEST_NOW
from tests.support.pgserver import PgServer
from yk_desktop import app
from yk_desktop.config import Config, DatabaseConfig, TerminalConfig
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import queue
from yk_desktop.services.errors import DatabaseUnavailable
from yk_desktop.store import schema


def test_first_start_creates_upgrades_seeds_and_registers(tmp_path: Path) -> None:
    cfg = Config(
        terminal=TerminalConfig(code="T07", name="7号窗口", mode="clerk", window=7),
        database=DatabaseConfig(sqlite_path=str(tmp_path / "own.sqlite3")),
    )
    started = app.start(cfg, demo_mode=True, clock=FixedClock(TEST_NOW))
    try:
        assert schema.is_current(started.runtime.engine)
        assert started.terminal is not None and started.terminal.window_number == 7
        assert started.terminal.hall.name == "营口市政务服务中心"
        assert started.runtime.terminal_id == started.terminal.id
        # Demo mode leaves a few waiting tickets so a newcomer can call one at once.
        assert sum(queue.waiting_counts(started.runtime.uow()).values()) > 0
    finally:
        started.runtime.close()
    again = app.start(cfg, demo_mode=True, clock=FixedClock(TEST_NOW))
    try:
        assert again.terminal is not None and again.terminal.id == started.terminal.id
    finally:
        again.runtime.close()


def test_start_without_a_hall_says_how_to_create_one(tmp_path: Path) -> None:
    cfg = Config(database=DatabaseConfig(sqlite_path=str(tmp_path / "empty.sqlite3")))
    started = app.start(cfg, clock=FixedClock(TEST_NOW))
    try:
        assert started.terminal is None
        assert any("seed-demo" in w for w in started.warnings)
    finally:
        started.runtime.close()


@pytest.mark.postgres
def test_a_terminal_never_migrates_central_itself(pg_server: PgServer) -> None:
    pg_server.create_database("yk_outdated")
    cfg = Config(
        database=DatabaseConfig(
            kind="postgresql", host="127.0.0.1", port=pg_server.port, name="yk_outdated", user=pg_server.user
        )
    )
    try:
        with pytest.raises(app.SchemaOutdated, match="db upgrade"):
            app.start(cfg, password="")
    finally:
        pg_server.drop_database("yk_outdated")


def test_unreachable_central_database_is_a_clear_message() -> None:
    cfg = Config(database=DatabaseConfig(kind="postgresql", host="127.0.0.1", port=1, name="x", user="x"))
    with pytest.raises(DatabaseUnavailable, match=re.escape("无法连接数据库（127.0.0.1:1）")):
        app.start(cfg, password="x")


@pytest.mark.postgres
def test_demo_mode_never_writes_demo_data_into_central(pg_server: PgServer, pg_url: str) -> None:
    from yk_desktop.services import hall

    name = pg_url.rsplit("/", 1)[1]
    cfg = Config(
        terminal=TerminalConfig(code="T09", mode="kiosk"),
        database=DatabaseConfig(
            kind="postgresql", host="127.0.0.1", port=pg_server.port, name=name, user=pg_server.user
        ),
    )
    started = app.start(cfg, password="", demo_mode=True, clock=FixedClock(TEST_NOW))
    try:
        assert any("不会在其中创建演示" in w for w in started.warnings)
        assert sum(queue.waiting_counts(started.runtime.uow()).values()) == 0
        assert hall.find_hall(started.runtime.uow(), "YK-ZWFW") is not None  # the template's hall, untouched
    finally:
        started.runtime.close()


def test_a_configured_window_the_hall_lacks_is_reported(tmp_path: Path) -> None:
    cfg = Config(
        terminal=TerminalConfig(code="T07", window=99),
        database=DatabaseConfig(sqlite_path=str(tmp_path / "own.sqlite3")),
    )
    started = app.start(cfg, demo_mode=True, clock=FixedClock(TEST_NOW))
    try:
        assert started.terminal is not None and started.terminal.window_number is None
        assert any("99 号窗口在大厅中不存在" in w for w in started.warnings)
    finally:
        started.runtime.close()


def test_a_keyring_without_the_password_says_how_to_store_it() -> None:
    cfg = Config(database=DatabaseConfig(kind="postgresql", host="10.9.9.9", name="nothing_stored"))
    with pytest.raises(app.PasswordNeeded, match="db password"):
        app.open_database(cfg)
