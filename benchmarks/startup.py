"""Program start to the clerk window shown, and to its demo-hall data loaded, against a bare PySide6 window.

Both are whole process launches timed from ``Popen`` to a line the process prints: the bare script
prints ``yk-startup: shown`` once its window is shown; ours (``YK_DESKTOP_STARTUP_TRACE=1``) prints
``shown`` when the clerk window is on screen and ``loaded`` when its first data arrived — after
opening the database, checking the schema and logging in the demo clerk (argon2 verify included).
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
print("yk-startup: shown", flush=True)
window.grab().save(sys.argv[1])
"""


def _launch(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from launch to each ``yk-startup:`` line."""
    moments: dict[str, float] = {}
    started = time.perf_counter()
    with subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("yk-startup: "):
                moments[line.split(": ", 1)[1].strip()] = (time.perf_counter() - started) * 1000
        _out, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or "shown" not in moments:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return moments


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="yk-bench-startup-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "YK_DESKTOP_DATA": str(Path(tmp) / "data"),
            "YK_DESKTOP_CONFIG": str(Path(tmp) / "config.toml"),
            "YK_DESKTOP_STARTUP_TRACE": "1",
            # Bytecode cached as on any hall PC after its first start. This machine sets
            # PYTHONDONTWRITEBYTECODE and its packages were installed without bytecode, so every start here
            # would compile SQLAlchemy, reportlab and our ~180 modules afresh, which no installed program
            # does. The cache goes to the temporary folder (not the source tree or the venv); the first
            # launch of each program below fills it.
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        shot = str(Path(tmp) / "shot.png")
        ours = [sys.executable, "-m", "yk_desktop", "--mode", "clerk", "--demo", "--screenshot", shot]
        bare = [sys.executable, "-c", BARE, shot]
        # The first launches create and seed the demo hall and fill the bytecode cache: not what a clerk
        # waits for daily.
        _launch(ours, env)
        _launch(bare, env)
        runs = [_launch(ours, env) for _ in range(RUNS)]
        bare_ms = median([_launch(bare, env)["shown"] for _ in range(RUNS)])
    return [
        Figure("startup_clerk_shown", median([r["shown"] for r in runs]), "ms", bare_ms),
        Figure("startup_clerk_loaded", median([r["loaded"] for r in runs]), "ms", bare_ms),
    ]
