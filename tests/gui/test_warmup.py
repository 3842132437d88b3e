"""The clerk window starts without the printing stack and the desk-service screens; they follow once it is up."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from yk_desktop.gui import clerk, warmup

# A clerk PC's start in a process of its own: what is imported until the window shows, then after it.
START = """
import gc, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
import yk_desktop.cli
from yk_desktop import app as appmod
from yk_desktop.config import Config
from yk_desktop.gui import workers
from yk_desktop.gui.clerk import WARM_UP, ClerkPanel
from yk_desktop.gui.session import Session
from yk_desktop.services import auth

def printing():
    return sorted(m for m in sys.modules if m.startswith(("reportlab", "barcode", "yk_desktop.printing")))

started = appmod.start(Config(), demo_mode=True)
panel = ClerkPanel(Session(started, auth.login(started.runtime.uow(), "clerk01", "demo1234")))
panel.show()
print("shown", printing(), [m for m in WARM_UP if m in sys.modules])
deadline = time.monotonic() + 60
while time.monotonic() < deadline and not all(m in sys.modules for m in WARM_UP):
    app.processEvents()
    time.sleep(0.01)
while time.monotonic() < deadline and not gc.get_freeze_count():
    app.processEvents()
    time.sleep(0.01)
print("later", panel.is_loaded, [m for m in WARM_UP if m not in sys.modules], bool(printing()), gc.get_freeze_count() > 0)
workers.wait_for_idle(20_000)
"""


def test_the_clerk_window_shows_without_printing_or_desk_screens_and_imports_them_once_up(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "YK_DESKTOP_DATA": str(tmp_path / "data"),
        "YK_DESKTOP_CONFIG": str(tmp_path / "config.toml"),
    }
    # The demo hall is made first, as on any day but the first (making it prints its sample documents).
    seeded = subprocess.run(
        [sys.executable, "-m", "yk_desktop", "seed-demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert seeded.returncode == 0, seeded.stderr
    out = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith(("shown", "later"))]
    assert lines == ["shown [] []", "later True [] True True"], out.stdout + out.stderr


def test_every_warm_up_module_exists() -> None:
    # A renamed module would make the warm-up log a failure and the first key press slow again.
    names = (*clerk.WARM_UP, *clerk.WARM_UP_BACKGROUND)
    missing = [name for name in names if importlib.util.find_spec(name) is None]
    assert not missing


def test_warm_up_imports_each_module_on_a_later_turn_and_survives_a_broken_one(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    sys.modules.pop("colorsys", None)
    with caplog.at_level(logging.ERROR, logger="yk_desktop.gui.warmup"):
        warmup.import_soon(["yk_desktop.no_such_screen", "colorsys"])
        assert "colorsys" not in sys.modules  # nothing happens before the event loop turns
        qtbot.waitUntil(lambda: "colorsys" in sys.modules, timeout=5_000)
    assert any("yk_desktop.no_such_screen" in r.getMessage() for r in caplog.records)
