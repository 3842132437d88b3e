"""Start-up in the window program: no keyring means the central password is asked once and kept in memory;
a database the program cannot use ends with the message and exit code 2."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from yk_desktop import app
from yk_desktop.config import Config, NoKeyringError
from yk_desktop.gui import main
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.shell import ModeWindow
from yk_desktop.services import auth
from yk_desktop.services.errors import DatabaseUnavailable, ServiceError


def test_without_a_keyring_the_password_is_asked_and_used(
    monkeypatch: pytest.MonkeyPatch, started: app.Started
) -> None:
    passwords: list[str | None] = []

    def fake_start(cfg: Config, *, password: str | None = None, **_kw: Any) -> app.Started:
        passwords.append(password)
        if password is None:
            raise NoKeyringError()
        return started

    shown: list[str] = []
    monkeypatch.setattr(main.appmod, "start", fake_start)
    monkeypatch.setattr(main.QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(main.QInputDialog, "getText", lambda *a, **k: ("s3cret", True))
    result = main.start_database(Config(), demo_mode=False, password_prompt=True, quiet=False)
    assert result is started
    assert passwords == [None, "s3cret"]
    assert shown == [NoKeyringError.message]


@pytest.mark.parametrize("error", [DatabaseUnavailable(), app.SchemaOutdated()])
def test_an_unusable_database_ends_with_its_message_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp: Any, error: ServiceError
) -> None:
    def fake_start(cfg: Config, **_kw: Any) -> app.Started:
        raise error

    monkeypatch.setattr(main.appmod, "start", fake_start)
    # quiet: the screenshot path, where nobody could click a dialog away
    assert main.start_database(Config(), demo_mode=False, password_prompt=True, quiet=True) == 2
    assert error.message in capsys.readouterr().err


def test_no_prompt_when_prompting_is_off(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    def fake_start(cfg: Config, **_kw: Any) -> app.Started:
        raise NoKeyringError()

    monkeypatch.setattr(main.appmod, "start", fake_start)
    assert main.start_database(Config(), demo_mode=False, password_prompt=False, quiet=True) == 2


def test_a_clerk_at_the_manager_pc_gets_the_clerk_window_not_an_exit(
    qtbot: QtBot, started: app.Started
) -> None:
    clerk = auth.login(started.runtime.uow(), "clerk01", "demo1234")
    window = main.open_window(started, "manager", clerk, None)
    qtbot.addWidget(window)
    assert window.mode == "clerk" and isinstance(window.panel, ClerkPanel)
    assert window.statusBar().currentMessage() == "当前账号无权打开管理控制台，已打开窗口工作台。"
    assert window.panel is not None
    with qtbot.waitSignal(window.panel.loaded, timeout=10_000):
        window.show()


def test_run_opens_the_users_own_mode_when_the_terminals_mode_is_not_theirs(
    monkeypatch: pytest.MonkeyPatch, started: app.Started
) -> None:
    clerk = auth.login(started.runtime.uow(), "clerk01", "demo1234")
    opened: list[ModeWindow] = []
    real_open = main.open_window

    def open_and_close(*args: Any) -> ModeWindow:
        window = real_open(*args)
        opened.append(window)
        QTimer.singleShot(0, window.close)  # the user closes it again; app.exec() returns
        return window

    monkeypatch.setattr(main, "apply_look", lambda *a: None)  # no theme or translators left behind
    monkeypatch.setattr(main, "start_database", lambda *a, **k: started)
    monkeypatch.setattr(main.LoginDialog, "ask", classmethod(lambda cls, *a, **k: clerk))
    monkeypatch.setattr(main, "open_window", open_and_close)
    monkeypatch.setattr(started.runtime, "close", lambda: None)  # the fixture closes it
    code = main.run(Config(), demo=False, mode="manager", screenshot=None)
    assert code == 0
    assert [w.mode for w in opened] == ["clerk"]
