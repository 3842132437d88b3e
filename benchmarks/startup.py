"""Program start to the clerk window shown with the demo hall's data, against a bare PySide6 window.

Both are whole process launches measured the same way: start the interpreter, show a window, save a
screenshot of it, exit. Ours also opens the database, checks the schema, logs in the demo clerk and
waits for the window's first data (``--screenshot`` saves only after the ``loaded`` signal).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure, median

RUNS = 5

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("营口市政务服务中心"))
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def _launch(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr[-2000:]}")
    return elapsed


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="yk-bench-startup-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "YK_DESKTOP_DATA": str(Path(tmp) / "data"),
            "YK_DESKTOP_CONFIG": str(Path(tmp) / "config.toml"),
        }
        shot = str(Path(tmp) / "shot.png")
        ours = [sys.executable, "-m", "yk_desktop", "--mode", "clerk", "--demo", "--screenshot", shot]
        bare = [sys.executable, "-c", BARE, shot]
        _launch(ours, env)  # first launch creates and seeds the demo hall; not what a clerk waits for daily
        _launch(bare, env)
        ours_ms = [_launch(ours, env) for _ in range(RUNS)]
        bare_ms = [_launch(bare, env) for _ in range(RUNS)]
    return [Figure("startup_clerk_loaded", median(ours_ms), "ms", median(bare_ms))]
