"""GUI fixtures: the demo hall started through ``app.start`` (the program's own path), and staff sessions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from yk_desktop import app
from yk_desktop.config import Config, ReviewConfig
from yk_desktop.gui import i18n, workers
from yk_desktop.gui.session import Session
from yk_desktop.services import auth
from yk_desktop.services.runtime import Runtime

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test in this folder drives real widgets; `-m "not gui"` skips them all.
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def started(sqlite_runtime: Runtime, qapp: object) -> Iterator[app.Started]:
    """The demo hall on SQLite at 10:00 on a Tuesday, this PC registered at window 1."""
    # The rating pad after each finish is tested on its own (test_review_wiring); elsewhere it would
    # stand between the clerk's keys and the panel.
    result = app.start(Config(review=ReviewConfig(after_finish=False)), runtime=sqlite_runtime)
    yield result
    # Every background task must finish before the fixture closes the database under it.
    assert workers.wait_for_idle(20_000), "worker pool did not drain"


def session_for(started: app.Started, username: str | None) -> Session:
    if username is None:
        return Session(started, None)
    return Session(started, auth.login(started.runtime.uow(), username, "demo1234"))


@pytest.fixture
def clerk_session(started: app.Started) -> Session:
    return session_for(started, "clerk01")


@pytest.fixture
def manager_session(started: app.Started) -> Session:
    return session_for(started, "manager01")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue installed for one test."""
    i18n.install(qapp, "en")
    yield
    i18n.remove(qapp)
