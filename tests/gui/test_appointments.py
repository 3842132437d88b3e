"""Appointments through the real widgets: a manager makes a plan, a clerk books at the window, the slip prints
to PDF through the real print path, the appointment is changed and cancelled; window check-in early, on
time and late; automatic no-shows in the day view; the after-hours log; bad input says so in Chinese."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_clerk import clock, idle
from tests.printing.pdfcheck import decoded_rows, flat, poppler_text, render_gray
from yk_desktop.core.clock import HALL_TZ
from yk_desktop.gui import workers
from yk_desktop.gui.appointment_common import click_yes, to_qdate, to_qtime
from yk_desktop.gui.appointment_day import AppointmentDayPanel
from yk_desktop.gui.appointment_dialog import AppointmentDialog
from yk_desktop.gui.appointment_sessions import AfterHoursPanel
from yk_desktop.gui.preview import PrintPreviewDialog
from yk_desktop.gui.session import Session
from yk_desktop.gui.slot_plan_editor import SlotPlanPanel
from yk_desktop.services import appointment_slots, appointments, auth, documents, queue, serving, slot_plans
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.slot_plans import PlanInput
from yk_desktop.store.models import Appointment

PERSON_ID = "210802198001011230"
OTHER_ID = "210802199002024564"
THIRD_ID = "210802198503031231"
WED = date(2026, 11, 25)
SHOTS = Path("/tmp/yk-appointment-shots")


def _shot(widget: object, name: str) -> None:
    """A screenshot to look at (not compared): tests/README's habit of checking windows by eye."""
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def _count(session: Session) -> int:
    with session.runtime.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Appointment)) or 0)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _lunch_plan_for_g(session: Session) -> None:
    manager = auth.login(session.runtime.uow(), "manager01", "demo1234")
    slot_plans.create_plan(
        session.runtime.uow(),
        PlanInput("G", "lunch", WED, None, (0, 1, 2, 3, 4), time(11, 30), time(13, 0), 30, 1, "午间不断档"),
        staff_id=manager.id,
    )


def _scanned(printed: Path) -> set[str]:
    """The codes a scanner reads off the printed page (the print path rasterizes, so no text is left)."""
    return {text for _y, _modules, text in decoded_rows(render_gray(printed, 600))}


def _archived_text(session: Session, dialog: AppointmentDialog, tmp_path: Path) -> str:
    """The text of the slip the dialog printed, as archived (what was printed is exactly these bytes)."""
    assert dialog.last_slip is not None
    path = tmp_path / "archived.pdf"
    path.write_bytes(documents.document_pdf(session.runtime.uow(), dialog.last_slip.id))
    return flat(poppler_text(path))


def _print_through_preview(qtbot: QtBot, dialog: AppointmentDialog, target: Path) -> None:
    qtbot.waitUntil(
        lambda: isinstance(dialog.preview, PrintPreviewDialog) and dialog.preview.is_ready, timeout=15_000
    )
    preview = dialog.preview
    assert isinstance(preview, PrintPreviewDialog) and preview.page_count() == 1
    _click(qtbot, preview.print_button)
    try:
        qtbot.waitUntil(lambda: target.exists() and "已打印" in dialog.message.text(), timeout=30_000)
    except qtbot.TimeoutError:
        # Say what the screens said, so a slow or failed print can be told apart in a CI log.
        raise AssertionError(
            f"not printed: file {target.exists()}, dialog {dialog.message.text()!r}, "
            f"preview status {preview.status_label.text()!r}, error {preview.error_label.text()!r}, "
            f"busy {preview.busy}, tasks pending {workers.pending_count()}"
        ) from None
    idle()


def test_a_manager_makes_a_plan_and_an_exception_and_bad_input_saves_nothing(
    qtbot: QtBot, manager_session: Session
) -> None:
    panel = SlotPlanPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1400, 800)
        panel.show()
    assert unnamed_controls(panel) == []
    assert panel.plan_model.rowCount() == len(slot_plans.list_plans(manager_session.runtime.uow()))
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("G"))
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("lunch"))
    assert [box.isChecked() for box in panel.day_boxes] == [True] * 5 + [False] * 2
    panel.start_edit.setTime(to_qtime(time(11, 30)))
    panel.end_edit.setTime(to_qtime(time(11, 0)))  # a slip: ends before it starts
    panel.capacity_spin.setValue(1)
    panel.label_edit.setText("午间不断档")
    _click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: not panel.busy and "应晚于开始时间" in panel.message.text(), timeout=10_000)
    assert slot_plans.list_plans(manager_session.runtime.uow(), "G") == []

    panel.end_edit.setTime(to_qtime(time(13, 0)))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.create_button)
    assert "已新建" in panel.message.text()
    (plan,) = slot_plans.list_plans(manager_session.runtime.uow(), "G")
    assert (plan.kind, plan.start, plan.end, plan.capacity, plan.slots_per_day) == (
        "lunch",
        time(11, 30),
        time(13, 0),
        1,
        3,
    )
    assert any(p.id == plan.id for p in panel.plan_model.rows())

    # Thursday closed for training: an exception on that plan; Wednesday keeps its slots.
    panel.exception_date.setDate(to_qdate(date(2026, 11, 26)))
    panel.exception_plan.setCurrentIndex(panel.exception_plan.findData(str(plan.id)))
    panel.exception_reason.setText("业务培训")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.add_exception_button)
    assert panel.exception_model.rowCount() == 1 and "已添加例外" in panel.message.text()
    assert appointment_slots.slots_on(manager_session.runtime.uow(), "G", date(2026, 11, 26)) == []
    assert len(appointment_slots.slots_on(manager_session.runtime.uow(), "G", WED)) == 3
    # A clerk's account could not have done this: the service says so in the panel.
    clerk = auth.login(manager_session.runtime.uow(), "clerk01", "demo1234")
    as_clerk = SlotPlanPanel(Session(manager_session.started, clerk))
    qtbot.addWidget(as_clerk)
    with qtbot.waitSignal(as_clerk.loaded, timeout=10_000):
        as_clerk.show()
    _click(qtbot, as_clerk.create_button)
    qtbot.waitUntil(lambda: "只有大厅负责人" in as_clerk.message.text(), timeout=10_000)
    _shot(panel, "slot_plan_editor")


def test_a_clerk_books_prints_changes_and_cancels_at_the_window(
    qtbot: QtBot, clerk_session: Session, tmp_path: Path
) -> None:
    _lunch_plan_for_g(clerk_session)
    dialog = AppointmentDialog(clerk_session, category_prefix="G")
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.slot_model.rowCount() == 3, timeout=10_000)
    assert dialog.day() == WED and dialog.prefix() == "G"
    assert [dialog.slot_model.data(dialog.slot_model.index(r, 2)) for r in range(3)] == ["1/1"] * 3
    assert unnamed_controls(dialog) == []
    _shot(dialog, "appointment_dialog_new")

    # A phone booking with a mistyped ID number: the message says what to fix, nothing is booked.
    _click(qtbot, dialog.phone_radio)
    dialog.name_edit.setText("张三")  # QTest types ASCII only; an input method gives the clerk Chinese
    qtbot.keyClicks(dialog.id_edit, "210802198001011231")
    qtbot.keyClicks(dialog.phone_edit, "13804170000")
    dialog.select_slot(11, 30)
    _click(qtbot, dialog.book_button)
    assert dialog.confirm_box is not None and "11:30–12:00" in dialog.confirm_box.text()
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(lambda: not dialog.busy and "校验位" in dialog.message.text(), timeout=10_000)
    assert dialog.current is None and _count(clerk_session) == 0

    dialog.id_edit.setText(PERSON_ID)
    slip = tmp_path / "slip.pdf"
    dialog.print_to = slip
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
    assert dialog.confirm_box is not None
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
    booked = dialog.current
    assert booked is not None and booked.channel == "phone" and booked.slot_text == "11:30–12:00"
    _print_through_preview(qtbot, dialog, slip)
    assert _scanned(slip) == {booked.code}  # what came out of the print path scans as the code
    text = _archived_text(clerk_session, dialog, tmp_path)
    assert booked.code in text and "午间服务" in text and "2026年11月25日（星期三）" in text
    assert "电话预约·经办人王丽娜" in text
    qtbot.waitUntil(lambda: dialog.slot_model.data(dialog.slot_model.index(0, 2)) == "0/1", timeout=10_000)
    _shot(dialog, "appointment_dialog_booked")

    # Moved to 12:00: the code stays, a new slip is printed, the history says where it came from.
    dialog.select_slot(12, 0)
    _click(qtbot, dialog.change_button)
    assert dialog.confirm_box is not None and "预约码不变" in dialog.confirm_box.text()
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(
        lambda: dialog.current is not None and dialog.current.start == time(12, 0), timeout=10_000
    )
    changed_slip = tmp_path / "changed.pdf"
    dialog.print_to = changed_slip
    _print_through_preview(qtbot, dialog, changed_slip)
    assert _scanned(changed_slip) == {booked.code}
    text = _archived_text(clerk_session, dialog, tmp_path)
    assert "预约确认单（改约）" in text and "2026年11月25日（星期三）12:00–12:30" in text
    qtbot.waitUntil(lambda: "改约" in dialog.history_label.text(), timeout=10_000)
    archived = documents.list_documents(clerk_session.runtime.uow(), kind="appointment")
    assert [(d.number, d.print_count) for d in archived] == [(booked.code, 1), (booked.code, 1)]

    # Cancelled on the applicant's request: the place is free again.
    _click(qtbot, dialog.cancel_button)
    assert dialog.confirm_box is not None
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(
        lambda: dialog.current is not None and dialog.current.state == "cancelled", timeout=10_000
    )
    assert "已取消" in dialog.message.text()
    assert appointments.find(clerk_session.runtime.uow(), booked.code).state == "cancelled"
    qtbot.waitUntil(lambda: dialog.slot_model.data(dialog.slot_model.index(1, 2)) == "1/1", timeout=10_000)
    assert not dialog.cancel_button.isEnabled() and not dialog.change_button.isEnabled()

    # Found again by phone number from a fresh dialog: the caller lost the code.
    dialog.start_new()
    qtbot.keyClicks(dialog.find_edit, "13804170000")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.code == booked.code, timeout=10_000)
    dialog.reject()
    idle()


def _book(session: Session, start: time, person: str, name: str = "张三") -> str:
    request = BookingRequest("A", WED, start, name, person, "13804170000")
    return appointments.book(session.runtime.uow(), request, staff_id=session.staff_id).code


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=HALL_TZ)


def test_window_check_in_early_on_time_late_and_automatic_no_show(
    qtbot: QtBot, clerk_session: Session
) -> None:
    on_time = _book(clerk_session, time(10, 0), PERSON_ID, "张三")
    late = _book(clerk_session, time(9, 0), OTHER_ID, "李四")
    missed = _book(clerk_session, time(11, 0), THIRD_ID, "王五")
    clock(clerk_session).set(_at(9, 20))
    panel = AppointmentDayPanel(clerk_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1300, 700)
        panel.show()
    assert unnamed_controls(panel) == []
    assert panel.day() == WED and "A 企业开办与商事登记：已约 3/" in panel.summary.text()

    panel.select_slot("A", time(10, 0))
    panel.select_person(on_time)
    _click(qtbot, panel.checkin_button)
    qtbot.waitUntil(lambda: "09:30 后再来签到" in panel.message.text(), timeout=10_000)
    clock(clerk_session).set(_at(9, 40))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.checkin_button)
    assert "已签到，预约号票 A001" in panel.message.text()
    panel.select_person(on_time)
    assert panel.selected_person() is not None and panel.selected_person().ticket_number == "A001"  # type: ignore[union-attr]
    assert not panel.checkin_button.isEnabled()

    panel.select_slot("A", time(9, 0))
    panel.select_person(late)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.checkin_button)
    assert "超过签到时间，按普通号 A002 排队" in panel.message.text()
    _shot(panel, "appointment_day")

    # Nobody came for 11:00: 15 minutes after the slot ended the view's reload marks it 爽约 on its own.
    clock(clerk_session).set(_at(11, 46))
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.timer.timeout.emit()  # the 30 s reload timer's tick
    assert "已将 1 个超过签到时间未到的预约记为爽约" in panel.message.text()
    panel.select_slot("A", time(11, 0))
    (row,) = panel.people_model.rows()
    assert row.code == missed and panel.people_model.data(panel.people_model.index(0, 6)) == "爽约"
    assert appointments.find(clerk_session.runtime.uow(), missed).state == "no_show"
    panel.shutdown()


def test_the_day_view_opens_the_booking_dialog_for_the_selected_appointment(
    qtbot: QtBot, clerk_session: Session
) -> None:
    code = _book(clerk_session, time(10, 0), PERSON_ID)
    panel = AppointmentDayPanel(clerk_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.date_edit.setDate(to_qdate(WED))
    panel.select_slot("A", time(10, 0))
    panel.select_person(code)
    _click(qtbot, panel.open_button)
    dialog = panel.dialog
    assert isinstance(dialog, AppointmentDialog)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.code == code, timeout=10_000)
    assert dialog.name_edit.isReadOnly() and dialog.id_edit.text() == "210802********1230"
    _click(qtbot, dialog.close_button)
    idle()
    panel.shutdown()


def test_the_after_hours_log_counts_who_was_served(qtbot: QtBot, clerk_session: Session) -> None:
    clock(clerk_session).set(datetime(2026, 11, 24, 11, 30, tzinfo=HALL_TZ))
    panel = AfterHoursPanel(clerk_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1200, 640)
        panel.show()
    assert unnamed_controls(panel) == []
    assert panel.on_duty() == [clerk_session.staff_id]  # whoever opens the log is ticked
    panel.check_staff("王丽娜", False)
    _click(qtbot, panel.open_button)
    qtbot.waitUntil(lambda: "请选择值守的工作人员" in panel.message.text(), timeout=10_000)
    panel.check_staff("王丽娜")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("lunch"))
    panel.notes_edit.setText("午间不断档")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.open_button)
    assert panel.model.rowCount() == 1 and panel.model.data(panel.model.index(0, 3)) == "进行中"
    assert not panel.open_button.isEnabled()  # one session at a time

    runtime = clerk_session.runtime
    queue.issue_ticket(runtime.uow(), "A")
    queue.call_next(runtime.uow(), 1, clerk_session.staff_id)
    clock(clerk_session).advance(minutes=20)
    serving.finish(runtime.uow(), 1, clerk_session.staff_id)
    clock(clerk_session).advance(minutes=40)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.close_button)
    assert "共服务 1 人，其中预约 0 人" in panel.message.text()
    assert panel.model.data(panel.model.index(0, 3)) == "12:30"
    assert panel.model.data(panel.model.index(0, 5)) == "1"
    _shot(panel, "after_hours")


def test_only_a_manager_can_cancel_for_the_hall(
    qtbot: QtBot, clerk_session: Session, manager_session: Session
) -> None:
    code = _book(clerk_session, time(10, 0), PERSON_ID)
    as_clerk = AppointmentDialog(clerk_session, code=code)
    qtbot.addWidget(as_clerk)
    as_clerk.show()
    qtbot.waitUntil(lambda: as_clerk.current is not None, timeout=10_000)
    assert as_clerk.cancel_button.isEnabled() and not as_clerk.by_hall.isEnabled()
    assert "大厅负责人" in as_clerk.by_hall.toolTip()
    _shot(as_clerk, "appointment_dialog_clerk_cancel")
    as_clerk.reject()

    dialog = AppointmentDialog(manager_session, code=code)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
    assert dialog.by_hall.isEnabled()
    clock(manager_session).set(_at(9, 0))  # within 2 h of the slot: only the hall may cancel now
    _click(qtbot, dialog.by_hall)
    dialog.reason_edit.setText("停电")
    _click(qtbot, dialog.cancel_button)
    assert dialog.confirm_box is not None
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(lambda: not dialog.busy and "至少 4 个字" in dialog.message.text(), timeout=10_000)
    _shot(dialog, "appointment_dialog_hall_cancel")
    dialog.reason_edit.setText("大厅停电检修")
    _click(qtbot, dialog.cancel_button)
    assert dialog.confirm_box is not None
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(
        lambda: dialog.current is not None and dialog.current.state == "cancelled", timeout=10_000
    )
    assert not dialog.by_hall.isEnabled()
    dialog.reject()
    idle()


def test_the_day_view_reads_nothing_while_its_tab_is_hidden(qtbot: QtBot, clerk_session: Session) -> None:
    from PySide6.QtWidgets import QLabel, QTabWidget
    from sqlalchemy import event

    from yk_desktop.gui import workers

    _book(clerk_session, time(10, 0), PERSON_ID)
    clock(clerk_session).set(_at(9, 0))  # Wednesday: the day view opens on it
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    panel = AppointmentDayPanel(clerk_session)
    tabs.addTab(QLabel("叫号"), "叫号")
    tabs.addTab(panel, "预约")
    statements: list[str] = []
    engine = clerk_session.runtime.engine

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        tabs.show()  # the first tab is in front: the day view was never on screen
        for _ in range(3):
            panel.timer.timeout.emit()
        assert workers.wait_for_idle(10_000)
        assert panel.data is None and not panel.timer.isActive()
        day_loads = [s for s in statements if "FROM appointments" in s]
        assert day_loads == []

        with qtbot.waitSignal(panel.loaded, timeout=10_000):
            tabs.setCurrentWidget(panel)  # shown: loads at once, then every 30 s
        assert panel.data is not None and panel.timer.isActive()
        assert "已约 1/" in panel.summary.text()

        tabs.setCurrentIndex(0)  # hidden again: the reloads stop
        assert workers.wait_for_idle(10_000)
        assert not panel.timer.isActive()
        statements.clear()
        for _ in range(3):
            panel.timer.timeout.emit()  # a tick already queued when the tab changed
        assert workers.wait_for_idle(10_000)
        assert statements == []

        with qtbot.waitSignal(panel.loaded, timeout=10_000):
            tabs.setCurrentWidget(panel)  # back: one load straight away
        assert statements and panel.timer.isActive()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
        panel.shutdown()


DEC_8 = date(2026, 12, 8)  # the 10th working day after Tue 11-24; the hall's 5 end on 12-01


def _make_g_plan(qtbot: QtBot, panel: SlotPlanPanel, kind: str, start: time, end: time, label: str) -> None:
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("G"))
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind))
    panel.start_edit.setTime(to_qtime(start))
    panel.end_edit.setTime(to_qtime(end))
    panel.capacity_spin.setValue(2)
    panel.label_edit.setText(label)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        _click(qtbot, panel.create_button)
    assert "已新建" in panel.message.text(), panel.message.text()


def test_a_plans_own_horizon_and_notice_are_set_in_the_editor_and_shown_when_booking(
    qtbot: QtBot, manager_session: Session, tmp_path: Path
) -> None:
    panel = SlotPlanPanel(manager_session)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.resize(1500, 820)
        panel.show()
    # Both follow the hall until the manager sets them; the boxes say what the hall's rules are.
    assert panel.horizon_spin.text() == "按大厅规则（5 个工作日内）"
    assert panel.notice_spin.text() == "按大厅规则（提前 1 天）"

    # A slip of the finger (61 working days) and notice beyond the horizon: said in Chinese, nothing saved.
    panel.horizon_spin.setValue(61)
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("G"))
    _click(qtbot, panel.create_button)
    qtbot.waitUntil(
        lambda: not panel.busy and "应为 1 至 60 个工作日" in panel.message.text(), timeout=10_000
    )
    panel.horizon_spin.setValue(3)
    panel.notice_spin.setValue(4)
    _click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: not panel.busy and "超出了可预约范围" in panel.message.text(), timeout=10_000)
    assert slot_plans.list_plans(manager_session.runtime.uow(), "G") == []

    # Mornings bookable two weeks ahead; evenings need two days' notice and follow the hall's horizon.
    panel.horizon_spin.setValue(10)
    panel.notice_spin.setValue(panel.notice_spin.minimum())  # 按大厅规则
    _make_g_plan(qtbot, panel, "regular", time(9, 0), time(10, 0), "上午")
    panel.horizon_spin.setValue(panel.horizon_spin.minimum())
    panel.notice_spin.setValue(2)
    _make_g_plan(qtbot, panel, "evening", time(17, 0), time(18, 0), "延时")
    morning, evening = slot_plans.list_plans(manager_session.runtime.uow(), "G")
    assert (morning.horizon_working_days, morning.min_days_ahead) == (10, None)
    assert (evening.horizon_working_days, evening.min_days_ahead) == (None, 2)
    shown = {
        p.label: panel.plan_model.data(panel.plan_model.index(r, 7))
        for r, p in enumerate(panel.plan_model.rows())
        if p.category_prefix == "G"
    }
    assert shown == {"上午": "提前按大厅规则，10 个工作日内", "延时": "提前 2 天，范围按大厅规则"}
    assert panel.plan_model.data(panel.plan_model.index(0, 7)) == "按大厅规则"  # the demo's A plans
    # Picking a plan puts its rules back in the boxes.
    row = next(r for r, p in enumerate(panel.plan_model.rows()) if p.id == morning.id)
    panel.plan_view.selectRow(row)
    assert panel.horizon_spin.value() == 10 and panel.notice_spin.text() == "按大厅规则（提前 1 天）"
    _shot(panel, "slot_plan_editor_rules")

    # The clerk's booking dialog: tomorrow the mornings can be booked, the evenings not yet.
    clerk = auth.login(manager_session.runtime.uow(), "clerk01", "demo1234")
    dialog = AppointmentDialog(Session(manager_session.started, clerk), category_prefix="G")
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.slot_model.rowCount() == 4, timeout=10_000)
    assert dialog.day() == WED
    states = [dialog.slot_model.data(dialog.slot_model.index(r, 3)) for r in range(4)]
    assert states == ["可约", "可约", "不可约", "不可约"]
    tip = dialog.slot_model.data(dialog.slot_model.index(3, 3), Qt.ItemDataRole.ToolTipRole)
    assert "至少提前 2 天" in tip
    hint = dialog.day_note.text()
    assert "2 个时段可约" in hint and "上午 11-25 至 12-08" in hint and "延时 11-26 至 12-01" in hint
    assert dialog.date_edit.maximumDate() == to_qdate(DEC_8)
    _shot(dialog, "appointment_dialog_plan_rules")

    # Two weeks ahead only the mornings are offered; one is booked through the dialog.
    dialog.date_edit.setDate(to_qdate(DEC_8))
    qtbot.waitUntil(
        lambda: (
            dialog.slot_model.rowCount() == 4 and dialog.slot_day is not None and dialog.slot_day.day == DEC_8
        ),
        timeout=10_000,
    )
    states = [dialog.slot_model.data(dialog.slot_model.index(r, 3)) for r in range(4)]
    assert states == ["可约", "可约", "不可约", "不可约"]
    dialog.name_edit.setText("张三")
    qtbot.keyClicks(dialog.id_edit, PERSON_ID)
    qtbot.keyClicks(dialog.phone_edit, "13804170000")
    dialog.select_slot(9, 30)
    _click(qtbot, dialog.book_button)
    assert dialog.confirm_box is not None and "2026-12-08 09:30–10:00" in dialog.confirm_box.text()
    slip = tmp_path / "slip.pdf"
    dialog.print_to = slip
    click_yes(dialog.confirm_box)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10_000)
    assert dialog.current is not None and (dialog.current.day, dialog.current.start) == (DEC_8, time(9, 30))
    _print_through_preview(qtbot, dialog, slip)
    assert _count(manager_session) == 1
    dialog.reject()
    idle()
