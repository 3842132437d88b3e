"""The manager's 工作日历 page: a year entered by hand becomes covered, bad lines are caught line by line,
single days are set and changed, loading a year the package lacks says what to do, the calculator
counts across National Day, and a clerk cannot change the calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from yk_desktop.gui import workers
from yk_desktop.gui.calendar_panel import CalendarPanel, DayDialog, DayTableModel, YearEntryDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import calendar
from yk_desktop.services.errors import PermissionDenied
from yk_desktop.store.models import AuditEntry

TWO_LINES = "2027-01-01 节假日 元旦\n2027-02-07,调休上班,春节"
TWO_LINES_SAVED = "2027-01-01 节假日 元旦\n2027-02-07 调休上班 春节"
REFUSED = "只有大厅负责人或系统管理员可以修改工作日历。"


def _panel(qtbot: QtBot, session: Session) -> CalendarPanel:
    panel = CalendarPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 800)
        panel.show()
    return panel


def _show_year(qtbot: QtBot, panel: CalendarPanel, year: int) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.select_year(year)
    assert panel.info is not None and panel.info.year == year


def _needs_uncovered(year: int) -> None:
    if year in calendar.package_years():
        pytest.skip(f"the installed chinesecalendar already knows {year}")


def _click(qtbot: QtBot, button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_pasting_two_lines_covers_the_year_and_the_warning_goes(
    qtbot: QtBot, manager_session: Session
) -> None:
    _needs_uncovered(2027)
    runtime = manager_session.runtime
    panel = _panel(qtbot, manager_session)
    assert panel.year == 2026 and panel.info is not None and panel.info.covered
    assert not panel.warning.isVisible()
    _show_year(qtbot, panel, 2027)
    assert panel.status_label.text() == "未录入" and panel.model.rowCount() == 0
    assert panel.warning.isVisible()
    assert "2027年" in panel.warning_label.text() and "只按周末计算" in panel.warning_label.text()
    assert "录入/导入全年安排" in panel.warning_label.text()

    _click(qtbot, panel.enter_button)
    dialog = panel.dialog
    assert isinstance(dialog, YearEntryDialog) and dialog.isVisible() and dialog.year == 2027
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    dialog.text.setPlainText(TWO_LINES)
    assert dialog.preview.rowCount() == 2 and dialog.errors() == []
    assert "放假 1 天，调休上班 1 天" in dialog.summary_label.text()
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    assert panel.info is not None and panel.info.covered and panel.info.source == "manual"
    assert not panel.warning.isVisible()
    assert panel.status_label.text().startswith("已录入（手工")
    assert [(e.day, e.kind, e.name, e.source) for e in panel.model.rows()] == [
        (date(2027, 1, 1), "holiday", "元旦", "manual"),
        (date(2027, 2, 7), "workday", "春节", "manual"),
    ]
    assert panel.model.index(0, DayTableModel.KIND).data() == "放假"
    assert panel.model.index(1, DayTableModel.KIND).data() == "调休上班"
    assert panel.model.index(1, DayTableModel.WEEKDAY).data() == "星期日"
    assert panel.model.index(0, DayTableModel.SOURCE).data() == "手工"
    assert "已保存 2027 年节假日安排，共 2 天" in panel.message_label.text()
    assert calendar.uncovered_years(runtime.uow()) == []  # TEST_NOW is late November 2026
    with runtime.uow() as uow:
        actors = uow.session.scalars(
            select(AuditEntry.actor_id).where(AuditEntry.action == "calendar.enter_year")
        ).all()
    assert actors == [manager_session.staff_id]

    # Opened again, the form shows the year as saved; leaving a day out says it goes back to ordinary.
    _click(qtbot, panel.enter_button)
    again = panel.dialog
    assert isinstance(again, YearEntryDialog) and again is not dialog
    assert again.text.toPlainText() == TWO_LINES_SAVED
    again.text.setPlainText("2027-01-01 节假日 元旦")
    assert "2027-02-07 未列出，保存后恢复为普通日期" in again.summary_label.text()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, again.ok_button)
    assert [e.day for e in panel.model.rows()] == [date(2027, 1, 1)]


def test_a_bad_line_shows_its_number_and_nothing_is_saved(qtbot: QtBot, manager_session: Session) -> None:
    _needs_uncovered(2027)
    panel = _panel(qtbot, manager_session)
    _show_year(qtbot, panel, 2027)
    dialog = panel.open_year_entry()
    assert dialog is not None
    dialog.text.setPlainText(
        "# 2027 年放假安排\n2027-01-01 节假日 元旦\n\n2027-02-30 调休上班 春节\n2028-01-01 节假日 元旦\n2027-05-01 放"
    )
    problems = {dialog.preview.row_at(r).number: dialog.preview.row_at(r).error for r in range(4)}
    assert problems[2] == ""
    assert "第 4 行" in problems[4] and "2027-02-30" in problems[4]
    assert "第 5 行" in problems[5] and "不在 2027 年内" in problems[5]
    assert "第 6 行" in problems[6]
    assert dialog.preview.index(1, 5).data() == problems[4]  # the 问题 column, on the bad line's row
    assert "有 3 行需要改正" in dialog.summary_label.text() and "第 4 行" in dialog.summary_label.text()
    assert not dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)
    dialog.submit()
    assert workers.wait_for_idle()
    assert dialog.isVisible()
    assert calendar.list_days(manager_session.runtime.uow(), 2027) == []
    assert not calendar.year_info(manager_session.runtime.uow(), 2027).covered

    # Corrected, the same text saves.
    dialog.text.setPlainText("2027-01-01 节假日 元旦\n2027-02-06 调休上班 春节")
    assert dialog.ok_button.isEnabled()


def test_a_spreadsheet_file_is_imported_into_the_box(
    qtbot: QtBot, manager_session: Session, tmp_path: object
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    panel = _panel(qtbot, manager_session)
    _show_year(qtbot, panel, 2028)
    dialog = panel.open_year_entry()
    assert dialog is not None
    path = tmp_path / "2028.csv"
    # As Excel on a Chinese Windows saves it: GB18030, a header row, quoted cells.
    path.write_bytes(
        '日期,类型,名称\r\n"2028-01-01","节假日","元旦"\r\n2028-10-08,调休上班,国庆节\r\n'.encode("gb18030")
    )
    dialog.import_file(path)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=10_000)
    assert [line.entry.name for line in dialog.lines if line.entry] == ["元旦", "国庆节"]
    assert dialog.ok_button.isEnabled()

    dialog.import_file(tmp_path / "missing.csv")
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "无法读取文件“missing.csv”" in dialog.error_label.text()


def test_a_single_day_set_then_changed_shows_in_the_list(qtbot: QtBot, manager_session: Session) -> None:
    panel = _panel(qtbot, manager_session)
    assert panel.year == 2026
    before = panel.model.rowCount()
    _click(qtbot, panel.day_button)
    dialog = panel.dialog
    assert isinstance(dialog, DayDialog) and dialog.date_edit.date() == QDate(2026, 11, 24)
    dialog.date_edit.setDate(QDate(2026, 12, 31))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("holiday"))
    dialog.name_edit.setText("大厅停电检修")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and panel.model.rowCount() == before + 1
    row = next(r for r, e in enumerate(panel.model.rows()) if e.day == date(2026, 12, 31))
    assert panel.model.index(row, DayTableModel.NAME).data() == "大厅停电检修"
    assert panel.model.index(row, DayTableModel.KIND).data() == "放假"
    assert panel.model.index(row, DayTableModel.SOURCE).data() == "手工"
    assert panel.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c0261b"

    # Changed: the hall works that day after all (a weekday as 调休上班 cancels the day off).
    panel.view.selectRow(row)
    assert panel.edit_button.isEnabled()
    _click(qtbot, panel.edit_button)
    edit = panel.dialog
    assert isinstance(edit, DayDialog) and edit is not dialog
    assert edit.date_edit.date() == QDate(2026, 12, 31) and edit.name_edit.text() == "大厅停电检修"
    edit.kind_combo.setCurrentIndex(edit.kind_combo.findData("workday"))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, edit.ok_button)
    row = next(r for r, e in enumerate(panel.model.rows()) if e.day == date(2026, 12, 31))
    assert panel.model.index(row, DayTableModel.KIND).data() == "调休上班"
    assert panel.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1f5fbf"
    assert panel.view.selectionModel().selectedRows()[0].row() == row  # still the manager's place
    assert calendar.work_calendar(manager_session.runtime.uow()).is_workday(date(2026, 12, 31))


def test_loading_a_year_the_package_lacks_says_to_upgrade_or_enter_it(
    qtbot: QtBot, manager_session: Session
) -> None:
    _needs_uncovered(2028)
    panel = _panel(qtbot, manager_session)
    _show_year(qtbot, panel, 2028)
    assert "尚无 2028 年安排" in panel.warning_label.text()
    _click(qtbot, panel.load_button)
    qtbot.waitUntil(panel.message_label.isVisible, timeout=10_000)
    text = panel.message_label.text()
    assert "chinesecalendar 不含 2028 年" in text and "升级" in text and "手工录入" in text
    assert panel.message_label.objectName() == "errorLabel"
    assert panel.load_button.isEnabled()
    assert not calendar.year_info(manager_session.runtime.uow(), 2028).covered

    # A year the package has loads (again: the demo seed loaded it), and says so.
    _show_year(qtbot, panel, 2026)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.load_button)
    assert panel.message_label.text() == "已载入 2026 年国务院节假日安排。"
    assert panel.model.index(0, DayTableModel.SOURCE).data() == "国务院安排"


def test_the_calculator_counts_across_national_day(qtbot: QtBot, manager_session: Session) -> None:
    panel = _panel(qtbot, manager_session)
    panel.calc_start.setDate(QDate(2025, 9, 30))
    panel.calc_days.setValue(1)
    _click(qtbot, panel.calc_button)
    qtbot.waitUntil(lambda: "2025-10-09" in panel.calc_result.text(), timeout=10_000)
    assert panel.calc_result.text() == "2025-09-30 起 1 个工作日：2025-10-09（星期四）"
    assert panel.calc_note.text() == "已按工作日历扣除法定节假日。"

    if 2027 in calendar.package_years():
        return
    # Into a year not yet entered: Monday–Friday, and the note says so.
    panel.calc_start.setDate(QDate(2026, 12, 28))
    panel.calc_days.setValue(10)
    _click(qtbot, panel.calc_button)
    qtbot.waitUntil(lambda: "2027-01-11" in panel.calc_result.text(), timeout=10_000)
    assert "2027年" in panel.calc_note.text() and "周一至周五" in panel.calc_note.text()
    assert panel.calc_note.objectName() == "errorLabel"


def test_a_clerk_cannot_enter_a_year(qtbot: QtBot, clerk_session: Session) -> None:
    _needs_uncovered(2027)
    panel = _panel(qtbot, clerk_session)
    _show_year(qtbot, panel, 2027)
    dialog = panel.open_year_entry()
    assert dialog is not None
    dialog.text.setPlainText(TWO_LINES)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert dialog.error_label.text() == REFUSED
    assert dialog.isVisible() and dialog.ok_button.isEnabled()  # still open, to cancel
    runtime = clerk_session.runtime
    assert calendar.list_days(runtime.uow(), 2027) == []
    assert not calendar.year_info(runtime.uow(), 2027).covered
    with pytest.raises(PermissionDenied, match=REFUSED):
        calendar.set_day(runtime.uow(), date(2026, 12, 31), "holiday", "x", staff_id=clerk_session.staff_id)
    with pytest.raises(PermissionDenied, match=REFUSED):
        calendar.load_official(runtime.uow(), [2026], staff_id=clerk_session.staff_id)


def test_a_day_with_bookings_cannot_be_made_a_holiday_and_the_form_says_which(
    qtbot: QtBot, manager_session: Session
) -> None:
    from datetime import time

    from yk_desktop.services import appointments
    from yk_desktop.services.appointments import BookingRequest

    request = BookingRequest(
        "A", date(2026, 11, 25), time(10, 0), "张三", "210802198001011230", "13804170000"
    )
    code = appointments.book(manager_session.runtime.uow(), request, staff_id=None).code
    panel = _panel(qtbot, manager_session)
    _click(qtbot, panel.day_button)
    dialog = panel.dialog
    assert isinstance(dialog, DayDialog)
    assert "已有预约的日期设为放假前" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.date_edit.setDate(QDate(2026, 11, 25))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("holiday"))
    dialog.name_edit.setText("大厅停电检修")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error_label.isVisible(), timeout=10_000)
    assert f"{code}（2026-11-25 10:00）" in dialog.error_label.text()
    assert "因大厅原因取消" in dialog.error_label.text() and dialog.isVisible()
    assert date(2026, 11, 25) not in calendar.work_calendar(manager_session.runtime.uow()).holidays
    dialog.reject()
    workers.wait_for_idle(10_000)
