"""好差评 through the real widgets: the applicant's pad after a finished ticket (five words, reasons only for a
bad level, thanks, closes itself; left alone it gives up or submits), and the manager's 差评 ledger where
that bad rating is called back, answered, rated by the applicant and closed (confirmed); overdue in red.
Only a touch rates: the clerk's keys never do, and on a second screen the clerk keeps the keyboard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.test_accessibility import CJK, CONTROLS, QT_COMPOSITES, unnamed_controls
from tests.gui.test_caselist import type_text
from tests.gui.test_clerk import idle, key
from yk_desktop import app
from yk_desktop.config import Config
from yk_desktop.core.clock import FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.followup_ledger import FollowUpLedgerPanel
from yk_desktop.gui.models import RowTableModel
from yk_desktop.gui.review_figures import ReviewFiguresPanel
from yk_desktop.gui.review_forms import StepForm
from yk_desktop.gui.review_pad import ReviewPad, ask_for_review, pick_applicant_screen
from yk_desktop.gui.session import Session
from yk_desktop.services import auth, queue, review_followups, reviews, serving
from yk_desktop.services.reviews import Rating
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Review, ReviewFollowUp


@pytest.fixture(autouse=True)
def drained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("YK_DESKTOP_DATA", str(tmp_path / "data"))
    yield
    assert workers.wait_for_idle(20_000)


def finished_ticket(runtime: Runtime, clerk: str = "clerk01", window: int = 1) -> uuid.UUID:
    who = auth.login(runtime.uow(), clerk, "demo1234").id
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), window, who)
    serving.start_serving(runtime.uow(), window, who)
    return serving.finish(runtime.uow(), window, who).id


def clock(session: Session) -> FixedClock:
    assert isinstance(session.runtime.clock, FixedClock)
    return session.runtime.clock


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_button(box: QMessageBox, text: str) -> QPushButton:
    for found in box.buttons():
        if found.text() == text:
            assert isinstance(found, QPushButton)
            return found
    raise AssertionError(f"no {text!r} in {[b.text() for b in box.buttons()]}")


def open_pad(qtbot: QtBot, session: Session, ticket_id: uuid.UUID) -> ReviewPad:
    pad = ask_for_review(session, None, ticket_id=ticket_id)
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.levels_page, timeout=20_000)
    return pad


def gone(pad: QWidget) -> bool:
    return not shiboken6.isValid(pad) or not pad.isVisible()


def reviews_saved(runtime: Runtime) -> list[tuple[int, int | None, int | None, str, list[str]]]:
    """(level, attitude, efficiency, channel, reasons) of every saved rating."""
    with runtime.uow().reading() as uow:
        return [
            (r.level, r.attitude, r.efficiency, r.channel, r.reasons)
            for r in uow.session.scalars(select(Review))
        ]


def test_the_screen_facing_the_applicant_is_any_but_the_clerks() -> None:
    assert pick_applicant_screen(["clerk"], "clerk") is None
    assert pick_applicant_screen([], None) is None
    assert pick_applicant_screen(["clerk", "applicant"], "clerk") == "applicant"
    assert pick_applicant_screen(["applicant", "clerk"], "clerk") == "applicant"


def test_a_good_rating_takes_two_touches_and_thanks(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path
) -> None:
    ticket_id = finished_ticket(clerk_session.runtime)
    pad = open_pad(qtbot, clerk_session, ticket_id)
    pad.thanks_ms = 200
    assert pad.channel == "dialog"  # one screen here: a dialog on the clerk's screen
    assert [b.text() for b in pad.level_buttons.values()] == [
        "非常满意",
        "满意",
        "基本满意",
        "不满意",
        "非常不满意",
    ]
    assert "1 号窗口" in pad.subject_label.text() and "王丽娜" in pad.subject_label.text()
    pad.grab().save(str(tmp_path / "pad_levels.png"))
    click(qtbot, pad.level_buttons[4])
    assert pad.chosen_label.text() == "您的评价：满意"
    assert not pad.bad_box.isVisible()  # reasons only for 不满意 / 非常不满意
    click(qtbot, pad.sub_groups["attitude"].button(5))
    click(qtbot, pad.submit_button)
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.thanks_page, timeout=20_000)
    assert pad.thanks_label.text() == "感谢您的评价！"
    qtbot.waitUntil(lambda: gone(pad), timeout=5_000)
    assert reviews_saved(clerk_session.runtime) == [(4, 5, None, "dialog", [])]


def test_a_bad_rating_on_the_pad_is_followed_up_to_closure(
    qtbot: QtBot, clerk_session: Session, manager_session: Session, tmp_path: Path
) -> None:
    ticket_id = finished_ticket(clerk_session.runtime)
    pad = open_pad(qtbot, clerk_session, ticket_id)
    pad.thanks_ms = 200
    click(qtbot, pad.level_buttons[2])
    assert pad.chosen_label.text() == "您的评价：不满意" and pad.bad_box.isVisible()
    assert [b.text() for b in pad.reason_buttons.values()] == list(reviews.REASONS)
    click(qtbot, pad.reason_buttons["等候时间长"])
    # A phone number that cannot be one: told in Chinese, nothing saved, the pad stays for a correction.
    type_text(pad.phone_edit, "电话")
    click(qtbot, pad.submit_button)
    qtbot.waitUntil(lambda: pad.error_label.isVisible(), timeout=20_000)
    assert "联系电话只能包含数字" in pad.error_label.text()
    assert reviews_saved(clerk_session.runtime) == [] and pad.pages.currentWidget() is pad.details_page
    pad.phone_edit.clear()
    pad.phone_edit.setText("13804171234")
    type_text(pad.comment_edit, "排队太久")
    pad.grab().save(str(tmp_path / "pad_bad.png"))
    with qtbot.waitSignal(pad.rated, timeout=20_000) as rated:
        click(qtbot, pad.submit_button)
    info = rated.args[0]
    assert info.level == 2 and info.reasons == ("等候时间长",) and info.followup_id is not None
    assert "核实" in pad.thanks_note.text()
    qtbot.waitUntil(lambda: gone(pad), timeout=5_000)

    # The manager's ledger: the new 差评 with its deadline (Tue + 5 working days).
    panel = FollowUpLedgerPanel(manager_session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.ledger is not None, timeout=20_000)
    assert panel.model.rowCount() == 1
    texts = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert texts[1:4] == ["A001", "企业开办与商事登记", "不满意"]
    assert (
        texts[4] == "等候时间长"
        and texts[5] == "王丽娜"
        and texts[7:10] == ["2026-12-01", "剩 5 个工作日", "整改中"]
    )
    assert (
        "未办结差评 1 件，其中逾期 0 件" in panel.summary.text() and "今日好评率 0.0%" in panel.summary.text()
    )
    panel.grab().save(str(tmp_path / "ledger.png"))

    panel.view.selectRow(0)
    dialog = panel.open_row(0)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20_000)
    assert dialog.fields["contact"].text() == "138****1234"
    assert not dialog.close_button.isEnabled() and "回访" in dialog.close_button.toolTip()
    dialog.grab().save(str(tmp_path / "followup.png"))

    def step(open_form: QPushButton, fill: str | None = None) -> StepForm:
        click(qtbot, open_form)
        form = dialog.form
        assert isinstance(form, StepForm) and form.isVisible()
        if fill is not None:
            assert form.text_edit is not None
            type_text(form.text_edit, fill)
        return form

    def submitted(form: StepForm) -> None:
        click(qtbot, form.ok_button)
        qtbot.waitUntil(lambda: not form.isVisible() or form.error_label.isVisible(), timeout=20_000)
        assert workers.wait_for_idle()

    # An empty call-back result is refused in the form, in Chinese; nothing recorded.
    form = step(dialog.callback_button)
    submitted(form)
    assert form.isVisible() and form.error_label.text() == "请填写回访结果"
    assert form.text_edit is not None
    type_text(form.text_edit, "已电话联系申请人，核实属实")
    submitted(form)
    assert not form.isVisible() and dialog.message_label.text() == "已登记回访。"
    submitted(step(dialog.reply_button, "已增开窗口并致歉"))
    form = step(dialog.rate_button)
    assert form.combo is not None and form.combo.itemText(1) == "满意"
    form.combo.setCurrentIndex(1)
    submitted(form)
    assert dialog.detail is not None and dialog.detail.row.fix_rating == 4
    assert dialog.close_button.isEnabled()

    # 办结 asks once more; second thoughts leave it open, yes closes it.
    form = step(dialog.close_button, "整改到位")
    click(qtbot, form.ok_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and "A001" in box.text()
    qtbot.mouseClick(message_button(box, "返回修改"), Qt.MouseButton.LeftButton)
    assert form.isVisible() and dialog.detail.row.state == "open"
    click(qtbot, form.ok_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(message_button(box, "确定办结"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=20_000)
    assert workers.wait_for_idle()
    assert dialog.state_label.text() == "已办结"
    assert [dialog.steps_model.index(r, 1).data() for r in range(dialog.steps_model.rowCount())] == [
        "登记差评",
        "回访核实",
        "答复申请人",
        "申请人评价整改",
        "办结",
    ]
    assert not any(b.isEnabled() for b in dialog.action_buttons)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)  # the list reloads: none open
    detail = review_followups.list_followups(manager_session.runtime.uow(), open_only=False)
    assert [(r.state, r.outcome) for r in detail] == [("closed", "resolved")]


def test_an_overdue_follow_up_is_red_and_says_so(qtbot: QtBot, manager_session: Session) -> None:
    runtime = manager_session.runtime
    reviews.rate(runtime.uow(), Rating(1, reasons=("服务态度差",)), ticket_id=finished_ticket(runtime))
    clock(manager_session).advance(days=9)  # Thu 12-03: two working days past Tue 12-01
    panel = FollowUpLedgerPanel(manager_session)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.ledger is not None, timeout=20_000)
    assert panel.model.index(0, 8).data() == "逾期 2 个工作日"
    background = panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor("#c0261b")
    assert "其中逾期 1 件" in panel.summary.text()
    panel.which.setCurrentIndex(1)  # 已逾期
    qtbot.waitUntil(lambda: panel.ledger is not None and len(panel.ledger.rows) == 1, timeout=20_000)


def test_a_pad_left_alone_gives_up_before_a_level_and_submits_after(
    qtbot: QtBot, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    first = finished_ticket(runtime)
    pad = open_pad(qtbot, clerk_session, first)
    pad.idle_ms = 100
    pad._restart_idle()
    qtbot.waitUntil(lambda: gone(pad), timeout=5_000)
    assert reviews_saved(runtime) == []  # nobody chose: no rating, and a later one is still possible

    pad = open_pad(qtbot, clerk_session, first)
    pad.idle_ms, pad.thanks_ms = 100, 100
    click(qtbot, pad.level_buttons[5])
    qtbot.waitUntil(lambda: gone(pad), timeout=10_000)
    assert [r[0] for r in reviews_saved(runtime)] == [5]


def test_a_service_rated_already_does_not_open_the_pad(qtbot: QtBot, clerk_session: Session) -> None:
    ticket_id = finished_ticket(clerk_session.runtime)
    reviews.rate(clerk_session.runtime.uow(), Rating(5), ticket_id=ticket_id)
    pad = ask_for_review(clerk_session, None, ticket_id=ticket_id)
    shown: list[bool] = []
    pad.reveal = lambda: shown.append(True)
    with qtbot.waitSignal(pad.unavailable, timeout=20_000) as told:
        pass
    assert "一次一评" in told.args[0] and shown == []
    with clerk_session.runtime.uow().reading() as uow:
        assert uow.session.scalar(select(ReviewFollowUp)) is None


def test_the_figures_per_staff_window_and_day(qtbot: QtBot, manager_session: Session, tmp_path: Path) -> None:
    runtime = manager_session.runtime
    for level in (5, 4, 2):
        reviews.rate(runtime.uow(), Rating(level), ticket_id=finished_ticket(runtime))
    reviews.rate(runtime.uow(), Rating(3), ticket_id=finished_ticket(runtime, "clerk02", 2))
    panel = ReviewFiguresPanel(manager_session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.figures is not None, timeout=20_000)
    assert panel.from_edit.date().toString("yyyy-MM-dd") == "2026-11-01"
    assert panel.summary.text() == "共 4 条评价，好评率 50.0%，差评 1 条"
    panel.resize(1400, 500)
    panel.grab().save(str(tmp_path / "figures.png"))

    def rows(model: RowTableModel) -> list[list[str]]:
        return [
            [model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())
        ]

    assert rows(panel.staff_model) == [
        ["刘洋", "1", "0", "0", "1", "0", "0", "0.0%"],
        ["王丽娜", "3", "1", "1", "0", "1", "0", "66.7%"],
    ]
    assert [r[0] for r in rows(panel.window_model)] == ["1 号窗口", "2 号窗口"]
    assert rows(panel.day_model) == [["2026-11-24", "4", "1", "1", "1", "1", "0", "50.0%"]]
    # A period with no ratings says so rather than dividing by zero.
    panel.to_edit.setDate(QDate(2026, 11, 2))
    click(qtbot, panel.show_button)
    qtbot.waitUntil(lambda: panel.figures is not None and panel.figures.overall.total == 0, timeout=20_000)
    assert panel.summary.text() == "共 0 条评价，好评率 —，差评 0 条"
    panel.from_edit.setDate(QDate(2026, 11, 5))
    click(qtbot, panel.show_button)
    qtbot.waitUntil(lambda: "结束日期不能早于开始日期" in panel.summary.text(), timeout=20_000)


def test_every_control_has_a_chinese_name(qtbot: QtBot, manager_session: Session) -> None:
    runtime = manager_session.runtime
    pad = open_pad(qtbot, manager_session, finished_ticket(runtime))
    assert unnamed_controls(pad) == []
    pad.close()
    reviews.rate(runtime.uow(), Rating(1, reasons=("服务态度差",)), ticket_id=finished_ticket(runtime))
    panel = FollowUpLedgerPanel(manager_session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    assert unnamed_controls(panel) == []
    dialog = panel.open_row(0)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=20_000)
    assert unnamed_controls(dialog) == []
    for ask in (dialog.ask_fix, dialog.ask_rate, dialog.ask_appeal, dialog.ask_close, dialog.ask_callback):
        form = ask()
        named = [
            w.accessibleName()
            for w in form.findChildren(QWidget)
            if isinstance(w, CONTROLS) and not isinstance(w.parent(), QT_COMPOSITES)
        ]
        assert named and all(CJK.search(n) for n in named), (form.windowTitle(), named)
        form.reject()
    dialog.reject()
    figures = ReviewFiguresPanel(manager_session)
    qtbot.addWidget(figures)
    qtbot.waitUntil(lambda: figures.figures is not None, timeout=20_000)
    assert unnamed_controls(figures) == []


# Two screens side by side for Qt's offscreen platform: the clerk's, and the one facing the applicant.
TWO_SCREENS = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "clerk",
            "x": 0,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpiX": 96,
            "logicalDpiY": 96,
        },
        {
            "name": "applicant",
            "x": 1920,
            "y": 0,
            "width": 1280,
            "height": 800,
            "logicalDpiX": 96,
            "logicalDpiY": 96,
        },
    ],
}
IN_TWO_SCREEN_RUN = os.environ.get("YK_TEST_TWO_SCREENS") == "1"


def test_on_two_screens_the_pad_faces_the_applicant_and_the_clerk_keeps_the_keyboard(tmp_path: Path) -> None:
    """The story below, in a process of its own whose offscreen platform has two screens (this process's
    QApplication was made with one, and its screens cannot be changed)."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "YK_TEST_TWO_SCREENS": "1"}
    test = f"{Path(__file__).resolve()}::test_two_screens_story"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", test],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout[-6000:] + done.stderr[-3000:]


@pytest.mark.skipif(not IN_TWO_SCREEN_RUN, reason="run by the test above, in a process with two screens")
def test_two_screens_story(qtbot: QtBot, sqlite_runtime: Runtime, qapp: object) -> None:
    screens = {s.name(): s for s in QGuiApplication.screens()}
    assert sorted(screens) == ["applicant", "clerk"]
    runtime = sqlite_runtime
    started = app.start(Config(), runtime=runtime)
    assert started.config.review.after_finish
    session = Session(started, auth.login(runtime.uow(), "clerk01", "demo1234"))
    panel = ClerkPanel(session)
    qtbot.addWidget(panel)
    panel.setScreen(screens["clerk"])
    panel.move(screens["clerk"].geometry().topLeft() + QPoint(40, 40))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1280, 760)
        panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    assert panel.screen().name() == "clerk"
    for _ in range(2):
        queue.issue_ticket(runtime.uow(), "A")
    panel.refresh_status()
    idle()
    key(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    key(qtbot, panel, Qt.Key.Key_F3)  # finished: the pad asks the applicant
    qtbot.waitUntil(lambda: any(p.isVisible() for p in panel.findChildren(ReviewPad)), timeout=20_000)
    pad = next(p for p in panel.findChildren(ReviewPad) if p.isVisible())
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.levels_page, timeout=20_000)
    assert pad.channel == "screen" and pad.screen().name() == "applicant"
    assert pad.windowState() & Qt.WindowState.WindowFullScreen
    assert screens["applicant"].geometry().contains(pad.geometry().center())

    def clerk_has_the_keyboard() -> bool:
        return QApplication.activeWindow() is panel.window() and not pad.isActiveWindow()

    def desk_key(k: Qt.Key) -> None:
        """A key from the desk's keyboard: it goes where the focus is."""
        qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), k)
        idle()

    qtbot.waitUntil(clerk_has_the_keyboard)
    # A scanner's closing Enter, a stray Space: nothing is rated.
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        desk_key(k)
    # Nor by keys that somehow reach the pad and its buttons.
    for button in pad.level_buttons.values():
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus and not button.autoDefault()
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert pad.level is None and pad.pages.currentWidget() is pad.levels_page
    # The applicant touches 不满意: the clerk still has the keyboard.
    pad.thanks_ms = 100
    click(qtbot, pad.level_buttons[2])
    assert pad.level == 2 and pad.pages.currentWidget() is pad.details_page
    qtbot.waitUntil(clerk_has_the_keyboard)
    # The clerk works on: F1 calls the next number while the applicant goes on (a touched pad stays;
    # an untouched one would be withdrawn, test_desk_wiring).
    desk_key(Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
    assert reviews_saved(runtime) == [] and clerk_has_the_keyboard() and pad.isVisible()

    # And a reason.
    click(qtbot, pad.reason_buttons["等候时间长"])
    qtbot.waitUntil(clerk_has_the_keyboard)
    # A tap into the phone field: now the applicant types, until the pad is done.
    qtbot.mouseClick(pad.phone_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(pad.isActiveWindow)
    qtbot.keyClicks(pad.phone_edit, "13804171234")
    qtbot.keyClick(pad.phone_edit, Qt.Key.Key_Return)  # Enter in the field submits nothing
    assert reviews_saved(runtime) == []
    click(qtbot, pad.submit_button)
    qtbot.waitUntil(lambda: not shiboken6.isValid(pad) or not pad.isVisible(), timeout=20_000)
    assert reviews_saved(runtime) == [(2, None, None, "screen", ["等候时间长"])]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window())
    desk_key(Qt.Key.Key_F6)  # the clerk's keys act again: 开始办理 A002
    qtbot.waitUntil(lambda: "A002" in panel.message_label.text())
    panel.shutdown()


def test_on_one_screen_keys_never_rate_and_the_clerk_gets_the_keyboard_back(
    qtbot: QtBot, clerk_session: Session
) -> None:
    runtime = clerk_session.runtime
    clerk = QWidget()
    qtbot.addWidget(clerk)
    clerk.show()
    clerk.activateWindow()
    qtbot.waitUntil(clerk.isActiveWindow)
    pad = ask_for_review(clerk_session, clerk, ticket_id=finished_ticket(runtime))
    qtbot.waitUntil(lambda: pad.pages.currentWidget() is pad.levels_page, timeout=20_000)
    qtbot.waitUntil(pad.isActiveWindow)  # the dialog variant holds the clerk's window until it closes
    assert pad.channel == "dialog" and not isinstance(pad.focusWidget(), QPushButton)
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        qtbot.keyClick(QApplication.focusWidget() or pad, k)
    for button in pad.level_buttons.values():
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        button.click()  # an activation that is no press (a key, an accessibility action)
    assert pad.level is None and pad.pages.currentWidget() is pad.levels_page
    # A level that was not touched is never submitted by the idle timer: the pad just gives up.
    pad.choose(5)
    pad.idle_ms = 100
    pad._restart_idle()
    qtbot.waitUntil(lambda: gone(pad), timeout=5_000)
    assert reviews_saved(runtime) == []
    qtbot.waitUntil(clerk.isActiveWindow)  # the clerk's F-keys work again


def test_a_later_rating_is_entered_by_staff_from_the_ledger(
    qtbot: QtBot, manager_session: Session, tmp_path: Path
) -> None:
    runtime = manager_session.runtime
    rated_before = finished_ticket(runtime)  # A001, rated on the pad already
    reviews.rate(runtime.uow(), Rating(5), ticket_id=rated_before)
    ticket_id = finished_ticket(runtime)  # A002: the applicant phones the next day
    clock(manager_session).advance(days=1)
    panel = FollowUpLedgerPanel(manager_session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.ledger is not None, timeout=20_000)
    click(qtbot, panel.later_button)
    dialog = panel.later_dialog
    assert dialog is not None and dialog.isVisible()
    assert unnamed_controls(dialog) == []
    assert not dialog.ok_button.isEnabled()  # nothing found yet

    # Yesterday's A001 was rated on the pad: 一次一评 says why, and nothing can be chosen.
    dialog.day_edit.setDate(QDate(2026, 11, 24))
    qtbot.keyClicks(dialog.subject_edit, "A001")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.target is not None, timeout=20_000)
    assert "一次一评" in dialog.message_label.text()
    assert not dialog.level_buttons[2].isEnabled()

    dialog.subject_edit.clear()
    qtbot.keyClicks(dialog.subject_edit, "A002")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.target is not None, timeout=20_000)
    assert dialog.target is not None and dialog.target.ticket_id == ticket_id
    assert "A002" in dialog.target_label.text() and "王丽娜" in dialog.target_label.text()
    assert dialog.message_label.text() == ""
    click(qtbot, dialog.level_buttons[2])  # 不满意
    assert dialog.bad_box.isVisible()
    dialog.reason_boxes["其他"].click()
    dialog.sub_combos["attitude"].setCurrentIndex(4)  # 不满意
    # 其他 without words: the service's message, nothing saved.
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "请写明具体意见" in dialog.message_label.text()
    assert reviews_saved(runtime) == [(5, None, None, "screen", [])]
    qtbot.keyClicks(dialog.comment_edit, "x")  # typing the fix clears the message
    assert dialog.message_label.text() == ""
    dialog.comment_edit.clear()
    type_text(dialog.comment_edit, "材料清单与窗口要求不一致")
    dialog.grab().save(str(tmp_path / "later.png"))
    with qtbot.waitSignal(dialog.rated, timeout=20_000) as rated:
        click(qtbot, dialog.ok_button)
    info = rated.args[0]
    assert info.channel == "later" and info.followup_id is not None
    assert "A002" in dialog.result_label.text() and "差评整改台账" in dialog.result_label.text()
    assert not dialog.ok_button.isVisible() and not dialog.subject_edit.isEnabled()
    with runtime.uow().reading() as uow:
        later = uow.session.scalars(select(Review).where(Review.ticket_id == ticket_id)).one()
        assert (later.level, later.attitude, later.channel, later.reasons) == (2, 2, "later", ["其他"])
        assert later.recorded_by == manager_session.staff_id
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)  # the ledger has the 差评
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
