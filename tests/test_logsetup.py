"""The log file hall IT reads: where it is, what lands in it, and that a read-only folder does not stop us."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from yk_desktop import logsetup


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("yk_desktop")
    yield logger
    for handler in logsetup._installed:
        logger.removeHandler(handler)
        handler.close()
    logsetup._installed.clear()


def test_messages_land_in_the_data_folders_log(clean_logger: logging.Logger) -> None:
    path = logsetup.setup_logging()
    assert path == logsetup.log_file() and path is not None
    assert logsetup.setup_logging() == path  # a second call adds no second handler
    logging.getLogger("yk_desktop.gui.display").info("叫号播报：请 A015 号到 3 号窗口办理")
    for handler in clean_logger.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "叫号播报：请 A015 号到 3 号窗口办理" in text and "INFO yk_desktop.gui.display" in text
    assert sum(1 for line in text.splitlines() if "A015" in line) == 1


def test_an_unwritable_log_folder_is_not_fatal(
    clean_logger: logging.Logger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("YK_DESKTOP_DATA", str(blocker))  # logs/ would have to be inside a file
    assert logsetup.setup_logging() is None
