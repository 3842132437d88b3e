"""Schema versions: Alembic upgrades run the same way on the SQLite file and on central PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic.command import upgrade as alembic_upgrade
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Bring the database to ``revision``; safe to call on every start (a no-op when current)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        alembic_upgrade(cfg, revision)
    current = current_revision(engine)
    assert current is not None
    return current


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
