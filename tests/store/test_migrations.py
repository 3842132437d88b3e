"""The Alembic migrations create exactly the models' schema, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from tests.conftest import TEST_NOW
from tests.support.pgserver import PgServer
from yk_desktop.core.clock import FixedClock
from yk_desktop.services import demo, hall, queue, serving
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema
from yk_desktop.store.engine import make_engine
from yk_desktop.store.models import Base


def _assert_matches_models(url: str) -> None:
    engine = make_engine(url)
    try:
        assert schema.current_revision(engine) is None
        assert schema.upgrade(engine) == schema.head_revision()
        assert schema.is_current(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"migrations and models disagree: {diff}"
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        # Upgrading again is a no-op: the program does it on every start.
        assert schema.upgrade(engine) == schema.head_revision()
    finally:
        engine.dispose()


def test_migrations_build_the_model_schema_on_sqlite(tmp_path: Path) -> None:
    _assert_matches_models(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")


@pytest.mark.postgres
def test_migrations_build_the_model_schema_on_postgresql(pg_server: PgServer) -> None:
    url = pg_server.create_database("yk_migrations")
    try:
        _assert_matches_models(url)
    finally:
        pg_server.drop_database("yk_migrations")


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'pragmas.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_the_recorded_head_is_alembics_head() -> None:
    assert schema.head_revision() == schema.alembic_head()


def _round_trip_keeps_data(url: str) -> None:
    """0001 → head with tickets in it → back to 0001 → head again: rows survive, schema ends as the models."""
    engine = make_engine(url)
    try:
        assert schema.upgrade(engine, "0001") == "0001"
        assert schema.upgrade(engine) == schema.head_revision()
    finally:
        engine.dispose()
    runtime = Runtime.open(url, clock=FixedClock(TEST_NOW), terminal_code="MIG")
    try:
        demo.seed_demo(runtime.uow())
        hall.register_terminal(runtime.uow(), "YK-ZWFW", "MIG", "迁移测试", "clerk", 1)
        for prefix in ("A", "A", "B"):
            queue.issue_ticket(runtime.uow(), prefix)
        queue.call_next(runtime.uow(), 1, None)
        serving.finish(runtime.uow(), 1, None)
    finally:
        runtime.close()
    engine = make_engine(url)
    try:
        # The demo's slot plans have 0008's shape (date ranges, several weekdays), which 0008 refuses to take
        # down rather than corrupt (tests/services/test_slot_plans.py tests that refusal).
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM slot_plans")
        assert schema.downgrade(engine, "0001") == "0001"
        assert schema.upgrade(engine) == schema.head_revision()
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM tickets").scalar() == 3
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"after a round trip the schema differs: {diff}"
    finally:
        engine.dispose()


def test_migrations_go_down_and_up_with_data_on_sqlite(tmp_path: Path) -> None:
    _round_trip_keeps_data(f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}")


@pytest.mark.postgres
def test_migrations_go_down_and_up_with_data_on_postgresql(pg_server: PgServer) -> None:
    url = pg_server.create_database("yk_roundtrip")
    try:
        _round_trip_keeps_data(url)
    finally:
        pg_server.drop_database("yk_roundtrip")
