"""``yk-desktop --mode MODE --demo --screenshot PNG`` opens each mode on a fresh demo hall, waits for its data,
saves a picture and exits 0 — the path the README screenshots and the by-eye check take."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from yk_desktop.gui.session import MODES


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One data folder for all four runs: the first seeds the demo hall, the others reuse it.
    return tmp_path_factory.mktemp("screenshot-home")


@pytest.mark.parametrize("mode", MODES)
def test_screenshot_of_each_mode(demo_home: Path, mode: str) -> None:
    png = demo_home / f"{mode}.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "YK_DESKTOP_DATA": str(demo_home),
        "YK_DESKTOP_CONFIG": str(demo_home / "config.toml"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "yk_desktop", "--mode", mode, "--demo", "--screenshot", str(png)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank grab: a real window has many colours (text, buttons, tables).
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8
