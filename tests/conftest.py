"""Fixtures shared by the suite: isolated config/data folders, a keyring, the demo hall on SQLite and on
a real throwaway PostgreSQL server started here (never a mock)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

# Before anything imports Qt: no screen here, and tests must not see the developer's own settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="yk-test-"))
os.environ["YK_DESKTOP_DATA"] = str(_SESSION_DIR / "data")
os.environ["YK_DESKTOP_CONFIG"] = str(_SESSION_DIR / "config.toml")
os.environ.pop("YK_DESKTOP_DB_PASSWORD", None)
# Windows made inside the test process never use the PC-wide call port; tests that want it pass their own.
os.environ["YK_DESKTOP_LOCAL_PORT"] = "0"

import keyring
import pytest

from tests.support.memkeyring import MemoryKeyring
from tests.support.pgserver import PgServer, start_server
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.services import demo, hall
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine

# A Tuesday inside issuing hours: tests that issue tickets must not depend on when they run.
TEST_NOW = datetime(2026, 11, 24, 10, 0, tzinfo=HALL_TZ)
HALL_CODE = "YK-ZWFW"


@pytest.fixture(scope="session", autouse=True)
def _memory_keyring() -> Iterator[None]:
    keyring.set_keyring(MemoryKeyring())
    yield
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture(autouse=True)
def _collect_cycles_between_tests() -> Iterator[None]:
    """Once the worker pool exists only the UI thread collects cycles, on its timer (gui/ui_thread_gc);
    tests that never turn the event loop would otherwise keep every cycle until the run ends."""
    yield
    collector = sys.modules.get("yk_desktop.gui.ui_thread_gc")
    if collector is not None and collector.installed():
        collector.collect_due()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = start_server(max_connections=200)
    try:
        yield server
    finally:
        server.stop()


def _seed(url: str) -> None:
    engine = make_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW))
    demo.seed_demo(runtime.uow())
    runtime.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    _seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    name = "yk_template"
    _seed(pg_server.create_database(name))
    return name


_counter = iter(range(10**9))


def _open(url: str) -> Runtime:
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="T01")
    hall.register_terminal(runtime.uow(), HALL_CODE, "T01", "测试终端", "clerk", 1)
    return runtime


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "yk.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    name = f"yk_test_{next(_counter)}"
    with pg_server.connect("postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def sqlite_runtime(sqlite_url: str) -> Iterator[Runtime]:
    runtime = _open(sqlite_url)
    yield runtime
    runtime.close()


@pytest.fixture
def pg_runtime(pg_url: str) -> Iterator[Runtime]:
    runtime = _open(pg_url)
    yield runtime
    runtime.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def runtime(request: pytest.FixtureRequest) -> Runtime:
    """The demo hall on each engine, this terminal registered at window 1, the clock at TEST_NOW."""
    name = "sqlite_runtime" if request.param == "sqlite" else "pg_runtime"
    rt: Runtime = request.getfixturevalue(name)
    return rt
