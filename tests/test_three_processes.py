"""The issue's "done when": a kiosk, a clerk and a hall display, three processes on one database, work together.

The display is the real program (``python -m yk_desktop --mode display``); the kiosk and the clerk are the
program's own windows driven with QTest in their own processes (tests/support/drive.py). A ticket taken at
the kiosk is called at window 1, the display shows and announces it (its log says what it spoke), and the
clerk finishes it. Run against one SQLite file and against one central PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.support.pgserver import PgServer
from yk_desktop.config import Config, DatabaseConfig, DisplayConfig, TerminalConfig, save

ROOT = Path(__file__).resolve().parent.parent
LOG_LINE = "叫号播报：请 {0} 号到 1 号窗口办理"


def _open_all_day(url: str) -> None:
    """Issuing hours cover the whole day, whenever CI runs (the processes use the real clock)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE categories SET issue_start = '00:00:00', issue_end = '23:59:59'"))
    engine.dispose()


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _terminal(
    tmp: Path, name: str, mode: str, database: DatabaseConfig, port: int, window: int | None = None
) -> dict[str, str]:
    folder = tmp / name
    folder.mkdir()
    cfg = Config(
        terminal=TerminalConfig(code=name.upper(), name=name, mode=mode, window=window),
        database=database,
        display=DisplayConfig(voice=True, voice_repeats=1),
    )
    save(cfg, folder / "config.toml")
    env = dict(os.environ)
    env.update(
        YK_DESKTOP_CONFIG=str(folder / "config.toml"),
        YK_DESKTOP_DATA=str(folder / "data"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        YK_DESKTOP_LOCAL_PORT=str(port),  # this run's three programs only
        PYTHONFAULTHANDLER="1",
    )
    return env


def _run_three(tmp: Path, database: DatabaseConfig) -> None:
    port = _free_udp_port()
    display_env = _terminal(tmp, "display", "display", database, port)
    kiosk_env = _terminal(tmp, "kiosk", "kiosk", database, port)
    clerk_env = _terminal(tmp, "clerk", "clerk", database, port, window=1)
    log = Path(display_env["YK_DESKTOP_DATA"]) / "logs" / "yk-desktop.log"
    display = subprocess.Popen(
        [sys.executable, "-m", "yk_desktop", "--mode", "display"],
        env=display_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # Let the display come up first, as in the hall: it must not announce what was called before it.
        ready = "display ready: data loaded"
        try:
            _wait(
                lambda: display.poll() is not None or (log.exists() and ready in log.read_text("utf-8")), 120
            )
        except AssertionError:
            # Hung somewhere: faulthandler (PYTHONFAULTHANDLER) prints every thread's stack on SIGABRT.
            display.send_signal(signal.SIGABRT)
            raise AssertionError(f"the display never got ready:\n{_story(display, log)}") from None
        if display.poll() is not None:
            raise AssertionError(f"the display ended:\n{_story(display, log)}")
        ticket_pdf = tmp / "ticket.pdf"
        kiosk = subprocess.run(
            [sys.executable, "-m", "tests.support.drive", "kiosk", str(ticket_pdf)],
            env=kiosk_env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert kiosk.returncode == 0, kiosk.stdout + kiosk.stderr
        number = kiosk.stdout.split("ISSUED ", 1)[1].split()[0]
        go = tmp / "go"
        clerk = subprocess.Popen(
            [sys.executable, "-m", "tests.support.drive", "clerk", str(go)],
            env=clerk_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert clerk.stdout is not None
        called = clerk.stdout.readline()
        called_at = datetime.now()
        assert called.strip() == f"CALLED {number}", called + (clerk.stderr.read() if clerk.stderr else "")
        expected = LOG_LINE.format(number)
        _wait(lambda: expected in log.read_text(encoding="utf-8"), 15)
        line = next(ln for ln in log.read_text(encoding="utf-8").splitlines() if expected in ln)
        # Same PC: the clerk program's datagram reaches the display too (whichever path comes first speaks).
        received = f"local call received: {number} at window 1"
        _wait(lambda: received in log.read_text(encoding="utf-8"), 10)
        heard = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
        # The display polls every second; allow for three busy processes on two cores.
        assert (heard - called_at).total_seconds() < 5, line
        go.touch()
        out, err = clerk.communicate(timeout=60)
        assert out.strip() == f"FINISHED {number}", out + err
        assert display.poll() is None, "the display must keep running"
        assert log.read_text(encoding="utf-8").count(expected) == 1, "announced exactly once"
    finally:
        if display.returncode is None:
            display.terminate()
            try:
                display.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                display.kill()
                display.communicate()


def _story(display: subprocess.Popen[str], log: Path) -> str:
    """What the display printed and logged, for a failure message."""
    try:
        out = display.communicate(timeout=20)[0]
    except subprocess.TimeoutExpired:
        display.kill()
        out = display.communicate()[0]
    logged = log.read_text("utf-8") if log.exists() else "(no log file)"
    return f"--- output ---\n{out}\n--- log ---\n{logged}"


def _wait(ready: object, seconds: float) -> None:
    assert callable(ready)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if ready():
            return
        time.sleep(0.1)
    raise AssertionError(f"not ready within {seconds} s")


@pytest.mark.gui
def test_kiosk_clerk_and_display_share_one_sqlite_file(sqlite_url: str, tmp_path: Path) -> None:
    _open_all_day(sqlite_url)
    path = make_url(sqlite_url).database
    assert path is not None
    _run_three(tmp_path, DatabaseConfig(kind="sqlite", sqlite_path=path))


@pytest.mark.gui
@pytest.mark.postgres
def test_kiosk_clerk_and_display_share_one_central_postgresql(
    pg_url: str, pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_all_day(pg_url)
    url = make_url(pg_url)
    monkeypatch.setenv("YK_DESKTOP_DB_PASSWORD", url.password or "")
    _run_three(
        tmp_path,
        DatabaseConfig(
            kind="postgresql",
            host=url.host or "127.0.0.1",
            port=url.port or 5432,
            name=url.database or "",
            user=url.username or "",
        ),
    )
