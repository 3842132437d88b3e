"""Chinese is the source language of the UI; the English catalogue is complete and switches the UI."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from yk_desktop.app import Started
from yk_desktop.gui import i18n
from yk_desktop.gui.appointment_common import weekday_label
from yk_desktop.gui.login import LoginDialog
from yk_desktop.gui.models import days
from yk_desktop.gui.session import mode_name
from yk_desktop.resources import resource

GUI_SOURCES = Path(__file__).resolve().parents[2] / "yk_desktop" / "gui"


def messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    return {
        # Plural messages keep their forms in <numerusform> children, so collect all the text inside.
        (ctx.findtext("name", ""), m.findtext("source", "")): "".join(
            m.find("translation").itertext()
        ).strip()
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_the_english_catalogue_switches_the_ui(qtbot: QtBot, started: Started, english: None) -> None:
    dialog = LoginDialog(started.runtime)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Staff login"
    assert dialog.login_button.text() == "Log in"
    assert mode_name("kiosk") == "Ticket kiosk"
    assert (days(1), days(5), days(0)) == ("1 working day", "5 working days", "Immediate")


def test_chinese_needs_no_catalogue(qtbot: QtBot, started: Started, qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")
    try:
        dialog = LoginDialog(started.runtime)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "工作人员登录"
        assert (days(5), days(0)) == ("5 个工作日", "即办")
    finally:
        i18n.remove(qapp)


def test_every_ui_string_has_an_english_translation(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            lupdate,
            *sorted(str(p) for p in GUI_SOURCES.glob("*.py")),
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    committed = messages(resource("i18n", "yk_desktop_en.ts"))
    untranslated = [key for key in messages(fresh) if not committed.get(key)]
    assert untranslated == [], "run resources/i18n/update.sh and translate these"


def test_weekdays_are_whole_words_in_each_language(qapp: QApplication, english: None) -> None:
    # Once 周{0} with a Chinese character put in: English showed "Weekday 一".
    assert [weekday_label(d) for d in range(7)] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    i18n.remove(qapp)
    assert [weekday_label(d) for d in range(7)] == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
