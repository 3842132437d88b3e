"""The manager console's overview: the 10 s refresh keeps the row the manager is looking at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yk_desktop.gui.manager import ManagerPanel
from yk_desktop.gui.session import Session
from yk_desktop.services import queue


def test_the_refresh_keeps_the_selected_window_and_category(qtbot: QtBot, manager_session: Session) -> None:
    panel = ManagerPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 800)
        panel.show()
    windows, categories = panel.windows_view, panel.categories_view
    assert panel.windows_model.rowCount() >= 3 and panel.categories_model.rowCount() >= 3

    rect = windows.visualRect(panel.windows_model.index(2, 1))
    qtbot.mouseClick(windows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window_number = panel.windows_model.row_at(2).number
    rect = categories.visualRect(panel.categories_model.index(1, 1))
    qtbot.mouseClick(categories.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    prefix = panel.categories_model.row_at(1)[0].prefix

    queue.issue_ticket(manager_session.runtime.uow(), prefix)
    with qtbot.waitSignal(panel.categories_model.modelReset, timeout=10_000):
        panel.refresh_overview()
    qtbot.waitUntil(lambda: "当前共 1 人等候" in panel.overview_status.text())

    current = windows.currentIndex()
    assert current.isValid() and panel.windows_model.row_at(current.row()).number == window_number
    assert current.column() == 1
    assert [i.row() for i in windows.selectionModel().selectedRows()] == [current.row()]
    current = categories.currentIndex()
    assert current.isValid() and panel.categories_model.row_at(current.row())[0].prefix == prefix
    assert panel.categories_model.row_at(current.row())[1] == 1  # the fresh count, on the same row
    assert [i.row() for i in categories.selectionModel().selectedRows()] == [current.row()]


def test_the_cases_and_archive_tabs_are_built_when_opened_and_show_the_whole_hall(
    qtbot: QtBot, manager_session: Session
) -> None:
    from tests.services.test_notices_and_cases import FOOD, _all_brought, _request
    from yk_desktop.gui.archive import ArchivePanel
    from yk_desktop.gui.caselist import CaseListPanel
    from yk_desktop.services import cases, documents, notices

    runtime = manager_session.runtime
    info = notices.issue_notice(runtime.uow(), _request(runtime, statuses=_all_brought(runtime, FOOD)))
    case = cases.accept_case(runtime.uow(), info.notice_no, [])  # accepted by clerk01, not the manager
    documents.archive(runtime.uow(), "receipt_a4", case.case_no, "受理回执", b"%PDF-1.4 x")
    panel = ManagerPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    assert panel.cases_tab.built is None and panel.archive_tab.built is None
    panel.open_tab(panel.cases_tab)
    listing = panel.cases_tab.built
    assert isinstance(listing, CaseListPanel)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=10_000)
    panel.open_tab(panel.archive_tab)
    archive = panel.archive_tab.built
    assert isinstance(archive, ArchivePanel)
    qtbot.waitUntil(lambda: archive.model.rowCount() == 1, timeout=10_000)
    from yk_desktop.gui.calendar_panel import CalendarPanel
    from yk_desktop.gui.offlist_panel import OffListPanel

    panel.open_tab(panel.calendar_tab)
    assert isinstance(panel.calendar_tab.built, CalendarPanel)
    panel.open_tab(panel.off_list_tab)
    assert isinstance(panel.off_list_tab.built, OffListPanel)
    from yk_desktop.gui.policy_panel import PolicyPanel

    panel.open_tab(panel.policy_tab)
    rules = panel.policy_tab.built
    assert isinstance(rules, PolicyPanel)
    qtbot.waitUntil(lambda: not rules.busy, timeout=10_000)
    assert rules.boxes["complaint.days.complaint"].value() == 15
    panel.shutdown()
