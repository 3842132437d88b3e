"""办件列表: cases coloured and worded by their deadline as the clock moves, filtered by text, state and
临期/逾期 without a query, sorted numerically, one clerk's own, kept in place across reloads, opened with Enter."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from tests.conftest import TEST_NOW
from yk_desktop.core.clock import HALL_TZ, FixedClock
from yk_desktop.core.idcard import id_check_digit
from yk_desktop.core.ids import new_id
from yk_desktop.gui import workers
from yk_desktop.gui.casedialog import CaseDialog
from yk_desktop.gui.caselist import ROW_COLOURS, CaseListPanel, CaseTableModel
from yk_desktop.gui.session import Session
from yk_desktop.services import auth, cases, notices
from yk_desktop.services.cases import DeadlineStatus
from yk_desktop.services.notices import NoticeRequest
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Case, ServiceItem, Staff

FOOD = "210800-SCJG-XK-001"  # promised 3 working days
PHARMACY = "210800-SCJG-XK-002"  # promised 10
HYGIENE = "210800-XZSP-XK-001"  # promised 5
HR = "210800-RSJ-XK-001"  # promised 5

_ids = iter(range(1, 10_000))


def person_id() -> str:
    """A fresh valid resident ID number (Yingkou, born 1980), so every applicant is someone new."""
    first17 = f"21080219800101{next(_ids):03d}"
    return first17 + id_check_digit(first17)


def make_case(runtime: Runtime, code: str, applicant: str, clerk: str = "clerk01", window: int = 1) -> str:
    """A notice with everything brought, accepted by ``clerk``: the case number."""
    staff = auth.login(runtime.uow(), clerk, "demo1234")
    plan = notices.plan_notice(runtime.uow(), item_codes=(code,))
    statuses = {m.name: "brought" if m.required else "not_applicable" for m in plan.materials}
    notice = notices.issue_notice(
        runtime.uow(),
        NoticeRequest(
            applicant_kind="person",
            applicant_name=applicant,
            applicant_id_number=person_id(),
            applicant_phone="13804170000",
            item_codes=(code,),
            window_number=window,
            staff_id=staff.id,
            statuses=statuses,
        ),
    )
    return cases.accept_case(
        runtime.uow(), notice.notice_no, [], staff_id=staff.id, window_number=window
    ).case_no


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Chinese input method delivers it: each character committed into the field (QTest
    can only press keys of the ASCII keyboard)."""
    widget.setFocus()
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def clock(session: Session) -> FixedClock:
    assert isinstance(session.runtime.clock, FixedClock)
    return session.runtime.clock


def open_panel(qtbot: QtBot, session: Session, own_only: bool = False) -> CaseListPanel:
    panel = CaseListPanel(session, own_only=own_only)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.resize(1280, 700)
        panel.show()
    assert workers.wait_for_idle()
    return panel


def refresh(qtbot: QtBot, panel: CaseListPanel) -> None:
    """F5, as the clerk presses it, and wait for the reload."""
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        qtbot.keyClick(panel.view, Qt.Key.Key_F5)


def shown(panel: CaseListPanel) -> list[str]:
    return [c.case_no for c in panel.model.shown_cases()]


def cell(panel: CaseListPanel, case_no: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = panel.model.row_of(case_no)
    assert row is not None, case_no
    return panel.model.index(row, column).data(role)


def painted(panel: CaseListPanel, case_no: str) -> QColor:
    """The colour on screen at the left edge of the case's 事项 cell (where no text is)."""
    row = panel.model.row_of(case_no)
    assert row is not None
    panel.view.scrollTo(panel.model.index(row, 0))
    rect = panel.view.visualRect(panel.model.index(row, CaseTableModel.ITEMS))
    image = panel.view.viewport().grab().toImage()
    return image.pixelColor(rect.topLeft() + QPoint(2, rect.height() // 2))


@pytest.fixture
def hall_cases(clerk_session: Session) -> dict[str, str]:
    """Five cases accepted Tuesday 2026-11-24: due in 3, 10 and 5 working days, one waiting for 补正,
    one done; the 5-day one by another clerk."""
    rt = clerk_session.runtime
    made = {
        "food": make_case(rt, FOOD, "张三"),
        "pharmacy": make_case(rt, PHARMACY, "李四"),
        "hygiene": make_case(rt, HYGIENE, "王五", clerk="clerk02", window=2),
        "waiting": make_case(rt, FOOD, "赵六"),
        "done": make_case(rt, HR, "钱七"),
    }
    cases.request_correction(
        rt.uow(), made["waiting"], [cases.CorrectionLine("营业执照", "复印件不清晰", "清晰复印件")]
    )
    cases.complete(rt.uow(), made["done"], "准予许可")
    return made


def test_deadlines_are_coloured_and_said_in_words_as_the_clock_moves(
    qtbot: QtBot, clerk_session: Session, hall_cases: dict[str, str]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    food, pharmacy, hygiene = hall_cases["food"], hall_cases["pharmacy"], hall_cases["hygiene"]
    waiting, done = hall_cases["waiting"], hall_cases["done"]
    assert sorted(shown(panel)) == sorted(hall_cases.values())
    assert panel.count_label.text() == "共 5 件，临期 1，逾期 0"
    status, left, deadline = CaseTableModel.STATUS, CaseTableModel.DAYS_LEFT, CaseTableModel.DEADLINE
    assert cell(panel, food, status) == "办理中 · 临期"  # three working days left: within the 3 warned
    assert cell(panel, food, left) == "3" and cell(panel, food, deadline) == "2026-11-27"
    assert cell(panel, pharmacy, status) == "办理中" and cell(panel, pharmacy, left) == "10"
    assert cell(panel, waiting, status) == "待补正 · 停止计时" and cell(panel, waiting, left) == "—"
    assert cell(panel, done, status) == "已办结"
    assert cell(panel, food, CaseTableModel.APPLICANT) == "张三"
    assert cell(panel, food, CaseTableModel.ITEMS) == "食品经营许可"
    assert cell(panel, food, CaseTableModel.CLERK) == "王丽娜"
    assert cell(panel, hygiene, CaseTableModel.WINDOW) == "2"
    assert cell(panel, food, CaseTableModel.ACCEPTED) == "2026-11-24 10:00"
    yellow, red, grey = (
        QColor(ROW_COLOURS[s][0])
        for s in (DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE, DeadlineStatus.STOPPED)
    )
    assert painted(panel, food) == yellow
    assert painted(panel, waiting) == grey
    assert painted(panel, pharmacy) not in (yellow, red, grey)
    assert "仅剩 3 个工作日" in str(cell(panel, food, status, Qt.ItemDataRole.ToolTipRole))

    # Monday: the 3-day case is a working day late, the 5-day one has one left.
    clock(clerk_session).set(datetime(2026, 11, 30, 9, 0, tzinfo=HALL_TZ))
    refresh(qtbot, panel)
    assert panel.count_label.text() == "共 5 件，临期 1，逾期 1"
    assert cell(panel, food, status) == "办理中 · 逾期" and cell(panel, food, left) == "逾期 1"
    foreground = cell(panel, food, status, Qt.ItemDataRole.ForegroundRole)
    assert foreground.color() == QColor("#ffffff")  # type: ignore[attr-defined]  # white on red
    assert painted(panel, food) == red
    assert cell(panel, hygiene, status) == "办理中 · 临期" and painted(panel, hygiene) == yellow
    assert cell(panel, pharmacy, left) == "6" and cell(panel, pharmacy, status) == "办理中"
    assert cell(panel, done, CaseTableModel.STATUS, Qt.ItemDataRole.BackgroundRole) is None  # done: normal
    # The legend says what the colours mean, with the warning days in it.
    legend = [chip.text() for chip in panel.legend_chips]
    assert "临期：3 个工作日内到期" in legend and "逾期：已过承诺办结日" in legend


def test_filters_by_text_state_and_urgency_in_memory(
    qtbot: QtBot, clerk_session: Session, hall_cases: dict[str, str]
) -> None:
    clock(clerk_session).set(datetime(2026, 11, 30, 9, 0, tzinfo=HALL_TZ))
    panel = open_panel(qtbot, clerk_session)
    food, hygiene, waiting = hall_cases["food"], hall_cases["hygiene"], hall_cases["waiting"]
    queries = workers.pending_count()

    type_text(panel.filter_edit, "张三")
    assert shown(panel) == [food]
    assert workers.pending_count() == queries  # no query per keystroke
    assert panel.count_label.text() == "共 1 件，临期 0，逾期 1（全部 5 件）"
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, waiting.lower()[-4:])  # a fragment of the number, any case
    assert shown(panel) == [waiting]
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "食品经营")  # the item's name
    assert sorted(shown(panel)) == sorted([food, waiting])
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "没有这个人")
    assert shown(panel) == [] and panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "没有符合条件的办件。"
    panel.filter_edit.clear()
    assert len(shown(panel)) == 5 and panel.stack.currentWidget() is panel.view

    qtbot.mouseClick(panel.urgent_box, Qt.MouseButton.LeftButton)
    assert sorted(shown(panel)) == sorted([food, hygiene])
    assert panel.count_label.text() == "共 2 件，临期 1，逾期 1（全部 5 件）"
    # Warned 0 days ahead, the case with one working day left is not 临期 any more.
    panel.warn_spin.setValue(0)
    assert shown(panel) == [food]
    assert panel.legend_chips[1].text() == "临期：0 个工作日内到期"
    panel.warn_spin.setValue(3)
    qtbot.mouseClick(panel.urgent_box, Qt.MouseButton.LeftButton)

    panel.state_combo.setCurrentIndex(panel.state_combo.findText("待补正"))
    assert shown(panel) == [waiting]
    panel.state_combo.setCurrentIndex(panel.state_combo.findText("未办结"))
    assert hall_cases["done"] not in shown(panel) and len(shown(panel)) == 4
    panel.state_combo.setCurrentIndex(panel.state_combo.findText("已办结"))
    assert shown(panel) == [hall_cases["done"]]
    assert workers.pending_count() == queries


def _click_header(qtbot: QtBot, panel: CaseListPanel, column: int) -> None:
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sorting_by_days_left_is_numeric_and_keeps_the_selected_case(
    qtbot: QtBot, clerk_session: Session, hall_cases: dict[str, str]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    assert panel.select_case(hall_cases["pharmacy"])
    _click_header(qtbot, panel, CaseTableModel.DAYS_LEFT)
    # As text "10" would come before "3"; as numbers 3 < 5 < 10, and cases without a count go last.
    lefts = [c.working_days_left for c in panel.model.shown_cases()]
    assert lefts == [3, 5, 10, None, None]
    assert panel.selected_case() is not None and panel.selected_case().case_no == hall_cases["pharmacy"]  # type: ignore[union-attr]
    _click_header(qtbot, panel, CaseTableModel.DAYS_LEFT)
    assert [c.working_days_left for c in panel.model.shown_cases()] == [10, 5, 3, None, None]
    # The sort survives a reload and applies to what the filter shows.
    refresh(qtbot, panel)
    assert [c.working_days_left for c in panel.model.shown_cases()] == [10, 5, 3, None, None]
    _click_header(qtbot, panel, CaseTableModel.STATUS)
    statuses = [panel.model.status_at(r) for r in range(panel.model.rowCount())]
    assert statuses[0] is DeadlineStatus.DUE_SOON and statuses[-1] is DeadlineStatus.DONE
    _click_header(qtbot, panel, CaseTableModel.ACCEPTED)  # oldest first now
    accepted = [c.accepted_at for c in panel.model.shown_cases()]
    assert accepted == sorted(accepted)


def test_own_only_shows_the_logged_in_clerks_cases(
    qtbot: QtBot, clerk_session: Session, hall_cases: dict[str, str]
) -> None:
    panel = open_panel(qtbot, clerk_session, own_only=True)
    assert hall_cases["hygiene"] not in shown(panel)  # accepted by clerk02
    assert sorted(shown(panel)) == sorted(v for k, v in hall_cases.items() if k != "hygiene")
    other = Session(clerk_session.started, auth.login(clerk_session.runtime.uow(), "clerk02", "demo1234"))
    theirs = open_panel(qtbot, other, own_only=True)
    assert shown(theirs) == [hall_cases["hygiene"]]
    nobody = open_panel(qtbot, Session(clerk_session.started, None), own_only=True)
    assert shown(nobody) == [] and "未登录" in nobody.message_label.text()


def _bulk_cases(runtime: Runtime, count: int) -> None:
    """``count`` more cases inserted at once (a busy hall), accepted over the last days by clerk01."""
    with runtime.uow() as uow:
        item_id, name = uow.session.execute(
            select(ServiceItem.id, ServiceItem.name).where(ServiceItem.code == FOOD)
        ).one()
        clerk = uow.session.scalar(select(Staff.id).where(Staff.username == "clerk01"))
        rows = []
        for n in range(count):
            accepted = TEST_NOW - timedelta(hours=n + 1)
            rows.append(
                {
                    "id": new_id(),
                    "hall_id": runtime.hall_id,
                    "hlc": "",
                    "case_no": f"C2025{n + 1:06d}",
                    "item_id": item_id,
                    "applicant_name": f"申请人{n:03d}",
                    "state": "accepted",
                    "accepted_at": accepted,
                    "promised_deadline": accepted.astimezone(HALL_TZ).date() + timedelta(days=n % 9),
                    "clerk_id": clerk,
                    "item_names": [name],
                    "promised_days": 3,
                    "legal_days": 10,
                }
            )
        uow.session.execute(insert(Case), rows)
        uow.commit()


def test_reloads_keep_the_selected_case_and_the_scroll_position(qtbot: QtBot, clerk_session: Session) -> None:
    _bulk_cases(clerk_session.runtime, 120)
    panel = open_panel(qtbot, clerk_session)
    assert panel.model.rowCount() == 120
    bar = panel.view.verticalScrollBar()
    assert panel.select_case("C2025000060")
    bar.setValue(50)
    before = panel.view.rowAt(0)
    # F5, then the minute timer: a new case arrives above, the clerk's place stays.
    make_case(clerk_session.runtime, FOOD, "孙八")
    refresh(qtbot, panel)
    assert panel.model.rowCount() == 121
    assert panel.selected_case() is not None and panel.selected_case().case_no == "C2025000060"  # type: ignore[union-attr]
    assert bar.value() == 50 and panel.view.rowAt(0) == before
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        panel.timer.timeout.emit()
    assert panel.selected_case().case_no == "C2025000060"  # type: ignore[union-attr]
    assert bar.value() == 50
    # Filtering keeps the selected case and brings it into view.
    type_text(panel.filter_edit, "申请人0")
    assert panel.selected_case().case_no == "C2025000060"  # type: ignore[union-attr]
    row = panel.model.row_of("C2025000060")
    assert row is not None and panel.view.rowAt(0) <= row <= panel.view.rowAt(
        panel.view.viewport().height() - 2
    )


def test_the_newest_cases_show_first_and_the_rest_follow(
    qtbot: QtBot, clerk_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big hall: the first screen's newest cases are listed at once, the whole list replaces them."""
    from yk_desktop.gui import caselist

    monkeypatch.setattr(caselist, "FIRST_SCREEN", 50)
    _bulk_cases(clerk_session.runtime, 120)
    panel = CaseListPanel(clerk_session, own_only=False)
    qtbot.addWidget(panel)
    seen: list[tuple[int, bool, str, str]] = []
    panel.loaded.connect(
        lambda: seen.append(
            (
                panel.model.rowCount(),
                panel.complete,
                panel.count_label.text(),
                panel.model.case_at(0).case_no,
            )
        )
    )
    panel.resize(1280, 700)
    panel.show()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
    assert seen[0][:3] == (50, False, "最近 50 件已列出，其余正在载入…")
    assert seen[1][:2] == (120, True) and seen[1][2].startswith("共 120 件")
    assert seen[0][3] == seen[1][3] == "C2025000001"  # newest first, in both
    # A reload (F5) reads the whole list straight away; the partial step is only for opening.
    refresh(qtbot, panel)
    assert seen[2][:2] == (120, True) and len(seen) == 3


def test_enter_on_a_row_opens_the_case(
    qtbot: QtBot, clerk_session: Session, hall_cases: dict[str, str]
) -> None:
    panel = open_panel(qtbot, clerk_session)
    assert not panel.open_button.isEnabled()
    assert panel.select_case(hall_cases["food"])
    assert panel.open_button.isEnabled()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, CaseDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.details is not None, timeout=20_000)
    assert dialog.case_no == hall_cases["food"]
    assert dialog.fields["applicant"].text() == "张三"
    # An action in the dialog reloads the list under it.
    with qtbot.waitSignal(panel.loaded, timeout=20_000):
        dialog.changed.emit()
    dialog.close()
    assert workers.wait_for_idle()
