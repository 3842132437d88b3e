"""Two terminals book the last free place of a slot at once, through the real booking dialogs, on PostgreSQL:
exactly one wins, the other is told the slot is full in Chinese and books nothing.

Each terminal is its own program start (``app.start``) on its own runtime and connections, as two clerk PCs
on the hall's central database are. To be sure the two bookings really are in the database at the same time
(not one after the other because one thread happened to be quicker), the test holds the slot's counter row
locked while both clerks click 预约, waits until both bookings are waiting for that row, and only then lets
them go.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import HALL_CODE, TEST_NOW
from tests.gui.test_appointments import _print_through_preview, _shot
from yk_desktop import app
from yk_desktop.config import Config, ReviewConfig, TerminalConfig
from yk_desktop.core.clock import FixedClock
from yk_desktop.gui import workers
from yk_desktop.gui.appointment_common import click_yes
from yk_desktop.gui.appointment_dialog import AppointmentDialog
from yk_desktop.gui.session import Session
from yk_desktop.services import appointments, auth, hall
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Appointment, AppointmentCounter

WED, NINE = date(2026, 11, 25), time(9, 0)  # A's 09:00 slot on Wednesday: two places
FIRST_ID = "210802198001011230"  # booked beforehand: one place left
APPLICANTS = (("李四", "210802199002024564", "13804170001"), ("王五", "210802198503031231", "13804170002"))


@pytest.fixture
def two_terminals(pg_url: str, qapp: object) -> Iterator[tuple[Session, Session]]:
    """Two clerk PCs on the same central database, each with its own runtime, started as the program does."""
    runtimes: list[Runtime] = []
    sessions = []
    try:
        for n, user in ((1, "clerk01"), (2, "clerk02")):
            code = f"T0{n}"
            runtime = Runtime.open(pg_url, clock=FixedClock(TEST_NOW), terminal_code=code)
            runtimes.append(runtime)
            hall.register_terminal(runtime.uow(), HALL_CODE, code, f"测试终端{n}", "clerk", n)
            cfg = Config(
                review=ReviewConfig(after_finish=False),
                terminal=TerminalConfig(code=code, name=f"测试终端{n}", window=n, hall=HALL_CODE),
            )
            started = app.start(cfg, runtime=runtime)
            sessions.append(Session(started, auth.login(runtime.uow(), user, "demo1234")))
        yield sessions[0], sessions[1]
    finally:
        # Every background task must finish before the database goes away under it.
        assert workers.wait_for_idle(20_000), "worker pool did not drain"
        for runtime in runtimes:
            runtime.close()


def _dialog(qtbot: QtBot, session: Session, applicant: tuple[str, str, str]) -> AppointmentDialog:
    dialog = AppointmentDialog(session, category_prefix="A", day=WED)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.slot_day is not None and dialog.slot_model.rowCount() > 0, timeout=10_000)
    dialog.select_slot(9, 0)
    assert _places(dialog) == ("1/2", "可约")
    name, id_number, phone = applicant
    dialog.name_edit.setText(name)  # QTest types ASCII only; an input method gives the clerk Chinese
    qtbot.keyClicks(dialog.id_edit, id_number)
    qtbot.keyClicks(dialog.phone_edit, phone)
    return dialog


def _places(dialog: AppointmentDialog) -> tuple[str, str]:
    """The 09:00 slot's 剩余/名额 and 状态 cells as the dialog shows them."""
    model = dialog.slot_model
    row = next(r for r, s in enumerate(model.rows()) if s.start == NINE)
    return model.data(model.index(row, 2)), model.data(model.index(row, 3))


def _waiting_for_locks(pg_url: str) -> int:
    """How many sessions of the test database wait for a row lock on the slot counters now."""
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    sa.text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock' AND query ILIKE '%appointment_counters%'"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_two_terminals_booking_the_last_place_at_once_exactly_one_wins(
    qtbot: QtBot, two_terminals: tuple[Session, Session], pg_url: str, tmp_path: Path
) -> None:
    one, two = two_terminals
    # One of the slot's two places is taken: its counter row exists, and its lock decides the race.
    appointments.book(
        one.runtime.uow(), BookingRequest("A", WED, NINE, "张三", FIRST_ID, "13804170000"), staff_id=None
    )
    dialogs = [_dialog(qtbot, one, APPLICANTS[0]), _dialog(qtbot, two, APPLICANTS[1])]
    assert workers.wait_for_idle(10_000)

    blocker = sa.create_engine(pg_url)
    conn = blocker.connect()
    try:
        held = conn.begin()
        conn.execute(
            sa.select(AppointmentCounter.id)
            .where(AppointmentCounter.key.like(f"slot:%:{WED.isoformat()}:0900"))
            .with_for_update()
        ).one()
        # Both clerks click 预约 and confirm, one right after the other, before either has an answer.
        for dialog in dialogs:
            qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
            assert dialog.confirm_box is not None and "09:00–09:30" in dialog.confirm_box.text()
            click_yes(dialog.confirm_box)
        assert all(d.busy and d.message.text() == "正在预约…" for d in dialogs)
        qtbot.waitUntil(lambda: _waiting_for_locks(pg_url) == 2, timeout=20_000)
        assert all(d.busy and d.current is None for d in dialogs)  # neither has an answer yet
        held.commit()  # let both go at once
    finally:
        conn.close()
        blocker.dispose()

    qtbot.waitUntil(
        lambda: (
            sum(d.current is not None for d in dialogs) == 1
            and any(not d.busy and "约满" in d.message.text() for d in dialogs)
        ),
        timeout=30_000,
    )
    (winner,) = [d for d in dialogs if d.current is not None]
    (loser,) = [d for d in dialogs if d is not winner]
    assert loser.message.text() == "2026-11-25 09:00–09:30 的名额已约满，请选择其他时段。"
    assert loser.current is None and loser.book_button.isEnabled()  # nothing booked, the clerk may pick again
    # The winner's confirmation slip goes out as after any booking.
    slip = tmp_path / "slip.pdf"
    winner.print_to = slip
    _print_through_preview(qtbot, winner, slip)

    # The database agrees: two bookings in the slot, the first one's and exactly one of the two clerks'.
    won_name, lost_name = winner.name_edit.text(), loser.name_edit.text()
    lost_phone = loser.phone_edit.text()
    with one.runtime.uow() as uow:
        names = uow.session.scalars(
            sa.select(Appointment.applicant_name).where(
                Appointment.service_date == WED, Appointment.start == NINE, Appointment.state == "booked"
            )
        ).all()
        taken = uow.session.scalar(
            sa.select(AppointmentCounter.taken).where(AppointmentCounter.key.like(f"slot:%:{WED}:0900"))
        )
    assert sorted(names) == sorted(["张三", won_name]) and lost_name not in names and taken == 2
    assert appointments.lookup(loser.session.runtime.uow(), lost_phone) == []

    # The loser's list is as it was read before the race; refreshed, both dialogs show the slot full.
    assert _places(loser) == ("1/2", "可约")
    for dialog in dialogs:
        with qtbot.waitSignal(dialog.slot_model.modelReset, timeout=10_000):
            qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        assert _places(dialog) == ("0/2", "约满")
    _shot(loser, "appointment_race_loser")
    for dialog in dialogs:
        dialog.reject()
    assert workers.wait_for_idle(10_000)
