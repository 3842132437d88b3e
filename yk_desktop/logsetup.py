"""The program's log file: what hall IT reads when a terminal misbehaved (and what tests read back).

``<data dir>/logs/yk-desktop.log``, rotated at 2 MB with 5 kept; warnings also go to stderr. The
windows' error messages carry a reference code that points at the full entry here.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from yk_desktop.config import data_dir

LOG_NAME = "yk-desktop.log"
_installed: list[logging.Handler] = []
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"


def log_file() -> Path:
    return data_dir() / "logs" / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send our loggers to the log file; returns its path, or None when the folder is not writable
    (the program still runs: a full disk must not stop the hall)."""
    root = logging.getLogger("yk_desktop")
    root.setLevel(level)
    path = log_file()
    for old in _installed:
        if isinstance(old, logging.FileHandler) and old.baseFilename == str(path.absolute()):
            return path
    # Called again with another data folder (tests, a second start in one process): replace ours.
    for old in _installed:
        root.removeHandler(old)
        old.close()
    _installed.clear()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(_FORMAT))
    for added in (handler, console):
        root.addHandler(added)
        _installed.append(added)
    return path
