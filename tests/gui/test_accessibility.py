"""Every control a screen reader can land on has a Chinese accessible name, in every mode and the login."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from yk_desktop.app import Started
from yk_desktop.gui.login import LoginDialog
from yk_desktop.gui.session import MODES, Session
from yk_desktop.gui.shell import ModeWindow
from yk_desktop.services import auth, demo, hall, queue

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
# Parts Qt builds inside its own composite widgets (a table's corner button, a tab bar's scroll arrows, a line
# edit's clear button, the menu bar's overflow arrow): Qt's accessibility describes them through the parent.
QT_COMPOSITES = (QAbstractItemView, QTabBar, QLineEdit, QMenuBar, QAbstractSpinBox, QComboBox)


# The UI's own language is Chinese: a name a screen reader reads out should have Chinese in it, not an
# object name or a bare code such as "A".
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")


def unnamed_controls(root: QWidget) -> list[str]:
    """Our controls whose accessible name is empty or has no Chinese character in it."""
    missing = []
    checked = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget.parent(), QT_COMPOSITES):
            continue
        checked += 1
        name = widget.accessibleName().strip()
        if not name or not CJK.search(name):
            text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r} named {name!r}")
    assert checked >= 3, "the walk found almost no controls: is the tree built?"
    return missing


@pytest.mark.parametrize("mode", MODES)
def test_every_control_of_every_mode_is_named(qtbot: QtBot, started: Started, mode: str) -> None:
    admin = auth.login(started.runtime.uow(), "admin01", "demo1234")
    window = ModeWindow(Session(started, admin), mode, warnings=["提示"])
    qtbot.addWidget(window)
    assert window.panel is not None
    with qtbot.waitSignal(window.panel.loaded, timeout=10_000):
        window.show()
    assert unnamed_controls(window) == []


def test_the_login_dialog_is_named_too(qtbot: QtBot, started: Started) -> None:
    dialog = LoginDialog(started.runtime, demo_accounts=demo.demo_accounts())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []


def test_tab_order_goes_from_user_name_to_password_to_login(qtbot: QtBot, started: Started) -> None:
    dialog = LoginDialog(started.runtime)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.username.hasFocus()
    for expected in (dialog.password, dialog.login_button, dialog.cancel_button):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus()


def test_the_walk_flags_empty_and_non_chinese_names(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    for name in ("呼叫下一位", "", "Call next", "A"):
        button = QPushButton("x", root)
        button.setAccessibleName(name)
    assert len(unnamed_controls(root)) == 3


def keyboard_unreachable(root: QWidget) -> list[str]:
    """Visible, enabled controls that Tab can never land on (a keyboard or switch user could not use them)."""
    stuck = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget.parent(), QT_COMPOSITES):
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive():
            continue  # one Tab stop per radio group; arrow keys and the &-mnemonic choose within it
        if widget.isVisible() and widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stuck.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return stuck


def tab_cycle(window: QWidget, presses: int = 80) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the current focus."""
    seen: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize("mode", [m for m in MODES if m != "display"])  # the hall screen is not operated
def test_every_control_of_every_mode_is_reachable_with_tab(qtbot: QtBot, started: Started, mode: str) -> None:
    admin = auth.login(started.runtime.uow(), "admin01", "demo1234")
    window = ModeWindow(Session(started, admin), mode)
    qtbot.addWidget(window)
    assert window.panel is not None
    with qtbot.waitSignal(window.panel.loaded, timeout=10_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert keyboard_unreachable(window) == []
    controls = [
        w
        for w in window.panel.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and not isinstance(w.parent(), QT_COMPOSITES)
        and w.isVisible()
        and w.isEnabled()
    ]
    assert controls
    controls[0].setFocus()
    visited = tab_cycle(window)
    missed = [w.accessibleName() for w in controls if w not in visited]
    assert missed == [], f"Tab never reaches: {missed}"


def test_the_clerks_dialogs_are_named_and_keyboard_usable(qtbot: QtBot, started: Started) -> None:
    from yk_desktop.gui.clerk_dialogs import HoldDialog, PauseDialog, TransferDialog

    queue.issue_ticket(started.runtime.uow(), "A")
    ticket = queue.call_next(started.runtime.uow(), 1, None)
    categories = hall.list_categories(started.runtime.uow())
    windows = hall.list_windows(started.runtime.uow())
    dialogs: list[QWidget] = [
        TransferDialog(ticket, categories, windows, 1),
        PauseDialog(),
        HoldDialog(ticket),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        assert keyboard_unreachable(dialog) == [], type(dialog).__name__


def test_the_print_preview_and_the_archive_are_named_and_keyboard_usable(
    qtbot: QtBot, started: Started, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gui.test_preview import build_pdf
    from yk_desktop.gui.archive import ArchivePanel
    from yk_desktop.gui.preview import PrintPreviewDialog

    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path))  # no print setup remembered by another test
    dialog = PrintPreviewDialog(build_pdf(2), "notice", "一次性告知书", print_to=tmp_path / "out.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=10_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert unnamed_controls(dialog) == []
    assert keyboard_unreachable(dialog) == []
    # The choices, the buttons, then the document and its zoom: in the order they are worked through.
    assert dialog.print_button.hasFocus()
    dialog.printer_combo.setFocus()
    expected = [
        dialog.printer_combo,
        dialog.copies,
        dialog.silent_box,
        dialog.print_button,
        dialog.save_button,
        dialog.close_button,
        dialog.view,
        dialog.zoom_out_button,
        dialog.zoom_in_button,
        dialog.fit_button,
    ]
    visited = tab_cycle(dialog, presses=len(expected))
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]

    panel = ArchivePanel(Session(started, auth.login(started.runtime.uow(), "clerk01", "demo1234")))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    assert unnamed_controls(panel) == []
    assert keyboard_unreachable(panel) == []


def test_the_case_list_and_the_case_dialog_are_named_and_keyboard_usable(
    qtbot: QtBot, started: Started, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from tests.gui.test_caselist import FOOD, make_case
    from yk_desktop.gui.case_forms import (
        CompleteForm,
        CorrectionForm,
        HandOverForm,
        ReasonForm,
        ReceiptForm,
        ReprintForm,
        ToleratedForm,
    )
    from yk_desktop.gui.casedialog import CaseDialog
    from yk_desktop.gui.caselist import CaseListPanel
    from yk_desktop.services import documents

    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path))
    session = Session(started, auth.login(started.runtime.uow(), "clerk01", "demo1234"))
    case_no = make_case(started.runtime, FOOD, "张三")

    panel = CaseListPanel(session, own_only=False)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 700)
        panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    assert panel.select_case(case_no)
    assert unnamed_controls(panel) == []
    assert keyboard_unreachable(panel) == []
    # The filters left to right, then the list and what to do with the chosen case.
    expected = [
        panel.filter_edit,
        panel.state_combo,
        panel.urgent_box,
        panel.warn_spin,
        panel.refresh_button,
        panel.view,
        panel.open_button,
    ]
    panel.filter_edit.setFocus()
    visited = tab_cycle(panel, presses=len(expected))
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]

    dialog = CaseDialog(session, case_no)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert unnamed_controls(dialog) == []
    assert keyboard_unreachable(dialog) == []
    controls = [
        w for w in [*dialog.action_buttons, dialog.materials_view, dialog.events_view] if w.isEnabled()
    ]
    controls[0].setFocus()
    visited = tab_cycle(dialog, presses=len(controls) + 1)
    assert [w for w in controls if w not in visited] == []
    assert dialog.close_button in visited

    docs = [documents.archive(started.runtime.uow(), "receipt_a4", case_no, "受理回执", b"%PDF-1.4 x")]
    # The small forms walked together (some have only a field and their two buttons).
    root = QWidget()
    qtbot.addWidget(root)
    forms: list[QWidget] = [
        CorrectionForm(["营业执照", "食品安全管理制度"], date(2026, 11, 24), root),
        ReasonForm(root),
        CompleteForm(case_no, root),
        HandOverForm("张三", root),
        ToleratedForm(["营业执照", "法定代表人身份证"], root),
        ReceiptForm(root),
        ReprintForm(docs, root),
    ]
    for form in forms:
        form.show()
    assert unnamed_controls(root) == []
    assert keyboard_unreachable(root) == []


def test_the_catalog_editor_is_named_and_keyboard_usable(
    qtbot: QtBot, started: Started, tmp_path: Path
) -> None:
    from tests.gui.test_catalog_editor import ID_RENEWAL
    from yk_desktop.gui.bundle_form import BundleEditDialog
    from yk_desktop.gui.bundle_list import BundleListDialog
    from yk_desktop.gui.catalog_common import ReasonDialog
    from yk_desktop.gui.catalog_editor import CatalogPanel
    from yk_desktop.gui.catalog_history import HistoryDialog, SnapshotDialog
    from yk_desktop.gui.catalog_import import ImportDialog
    from yk_desktop.gui.item_form import ItemEditDialog
    from yk_desktop.services import catalog_edit

    session = Session(started, auth.login(started.runtime.uow(), "manager01", "demo1234"))
    panel = CatalogPanel(session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 700)
        panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    assert panel.select_item(ID_RENEWAL)
    assert unnamed_controls(panel) == []
    assert keyboard_unreachable(panel) == []
    # The filters, the list, then what to do with the chosen item and with the whole catalog.
    expected = [
        panel.filter_edit,
        panel.retired_box,
        panel.view,
        panel.new_button,
        panel.edit_button,
        panel.retire_button,
        panel.history_button,
        panel.bundles_button,
        panel.import_button,
        panel.export_button,
    ]
    panel.filter_edit.setFocus()
    visited = tab_cycle(panel, presses=len(expected))
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]

    catalog = catalog_edit.item_for_edit(started.runtime.uow(), ID_RENEWAL)
    snapshot = catalog_edit.item_version(started.runtime.uow(), ID_RENEWAL, catalog.version)
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "yk-desktop-catalog", "version": 1, "items": [{"code": "X"}]}', encoding="utf-8"
    )
    item = ItemEditDialog(session, ID_RENEWAL)
    bundles = BundleListDialog(session)
    history = HistoryDialog(session, ID_RENEWAL)
    importer = ImportDialog(session, bad)
    # The two small ones walked together (the snapshot has only its text and a close button).
    small = QWidget()
    small_dialogs = [
        SnapshotDialog(catalog.version, snapshot, small),
        ReasonDialog("停用事项", "停用原因：", "确定停用", required=True, parent=small),
    ]
    dialogs: list[QWidget] = [item, bundles, history, importer, small]
    for dialog in [*dialogs, *small_dialogs]:
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitUntil(lambda: item.is_ready and bundles.data is not None and importer.report is not None)
    qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    form = BundleEditDialog(session, bundles.data, "YJS-001")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.is_ready)
    for dialog in [*dialogs, form]:
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        assert keyboard_unreachable(dialog) == [], type(dialog).__name__


def test_the_calendar_and_off_list_pages_are_named_and_keyboard_usable(
    qtbot: QtBot, started: Started
) -> None:
    from datetime import date

    from yk_desktop.gui.calendar_panel import CalendarPanel, DayDialog, YearEntryDialog
    from yk_desktop.gui.offlist_panel import OffListPanel

    session = Session(started, auth.login(started.runtime.uow(), "manager01", "demo1234"))
    calendar_panel = CalendarPanel(session)
    off_list_panel = OffListPanel(session)
    for panel in (calendar_panel, off_list_panel):
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.loaded, timeout=10_000):
            panel.resize(1280, 760)
            panel.show()
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow)
        assert unnamed_controls(panel) == [], type(panel).__name__
        assert keyboard_unreachable(panel) == [], type(panel).__name__
        controls = [
            w
            for w in panel.findChildren(QWidget)
            if isinstance(w, CONTROLS)
            and not isinstance(w.parent(), QT_COMPOSITES)
            and w.isVisible()
            and w.isEnabled()
        ]
        controls[0].setFocus()
        visited = tab_cycle(panel, presses=40)
        assert [w.accessibleName() for w in controls if w not in visited] == [], type(panel).__name__
    # The year, then what to do with it, then its days, then the calculator.
    expected = [
        calendar_panel.year_combo,
        calendar_panel.refresh_button,
        calendar_panel.load_button,
        calendar_panel.enter_button,
        calendar_panel.day_button,
        calendar_panel.view,
    ]
    calendar_panel.activateWindow()
    qtbot.waitUntil(calendar_panel.isActiveWindow)
    calendar_panel.year_combo.setFocus()
    visited = tab_cycle(calendar_panel, presses=len(expected))
    assert [w.accessibleName() for w in visited] == [w.accessibleName() for w in expected]

    dialogs: list[QWidget] = [YearEntryDialog(session, 2027), DayDialog(session, date(2027, 1, 1))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        assert keyboard_unreachable(dialog) == [], type(dialog).__name__
