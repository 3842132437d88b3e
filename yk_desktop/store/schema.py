"""Schema versions: Alembic upgrades run the same way on the SQLite file and on central PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision, known without loading Alembic (~0.3 s at every start); a test checks it
# against Alembic's own view of the migrations folder, so it cannot go stale unnoticed.
HEAD = "0009"


def alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD


def alembic_head() -> str | None:
    """The head as Alembic computes it from the migration files (for the test that guards HEAD)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Bring the database to ``revision``; safe to call on every start (a no-op when current)."""
    if revision == "head" and current_revision(engine) == HEAD:
        return HEAD
    from alembic.command import upgrade as alembic_upgrade

    cfg = alembic_config()
    with _migrating(engine) as conn:
        cfg.attributes["connection"] = conn
        alembic_upgrade(cfg, revision)
    current = current_revision(engine)
    assert current is not None
    return current


def downgrade(engine: Engine, revision: str) -> str | None:
    """Step the schema back (hall IT undoing an upgrade; the migration tests)."""
    from alembic.command import downgrade as alembic_downgrade

    cfg = alembic_config()
    with _migrating(engine) as conn:
        cfg.attributes["connection"] = conn
        alembic_downgrade(cfg, revision)
    return current_revision(engine)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One transaction for the whole migration; on SQLite with foreign keys off while it runs.

    SQLite's batch migrations copy a table, drop the old one and rename the copy; with foreign keys on,
    dropping a table other rows point at (tickets, by their events) fails on any database holding data.
    The pragma only takes effect outside a transaction, so it is set before BEGIN, and the references
    are checked before COMMIT instead.
    """
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw: Any = conn.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                yield conn
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"schema migration left broken references: {broken[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
