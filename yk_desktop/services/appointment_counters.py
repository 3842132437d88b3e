"""Places counted in rows, so the last free place of a slot goes to exactly one terminal.

``take`` raises a counter by a conditional UPDATE (``taken < limit``) inside the caller's transaction. The
UPDATE takes the row lock and holds it until commit: a second terminal booking the same slot waits, then
re-reads the row and finds it full (PostgreSQL re-checks the condition on the committed row; SQLite lets one
writer in at a time). A counter row is made on first use from the appointments already there, by
insert-or-ignore, so two terminals making it at once still end with one row. Keys: a slot
(``slot:<plan>:<date>:<HHMM>``) and a person's day (``person:<applicant key>:<date>``).

A booking, change or cancellation touches up to four counters (its old and new slot, its old and new day).
Taking their locks one by one as it goes would let two clerks moving appointments crosswise wait for each
other for ever (PostgreSQL then kills one with a deadlock error). ``hold`` makes and locks every counter a
transaction will touch, in one order (sorted keys) for everybody, before any of them changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, time

from sqlalchemy import ColumnElement, func, select, update

from yk_desktop.core.ids import new_id
from yk_desktop.services.appointment_slots import Slot
from yk_desktop.services.errors import Conflict
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.insert_or_ignore import insert_or_ignore
from yk_desktop.store.models import Appointment, AppointmentCounter
from yk_desktop.store.models.appointments import AppointmentState


def slot_key(plan_id: uuid.UUID, day: date, start: time) -> str:
    return f"slot:{plan_id.hex}:{day.isoformat()}:{start:%H%M}"


def person_key(applicant_key: str, day: date) -> str:
    return f"person:{applicant_key}:{day.isoformat()}"


def _make(uow: UnitOfWork, key: str, initial: Callable[[], int]) -> None:
    """Create the counter if it is not there; two terminals at once still end with one row."""
    insert_or_ignore(
        uow.session,
        AppointmentCounter,
        {
            "id": new_id(),
            "hall_id": _hall(uow),
            "key": key,
            "taken": initial(),
            "hlc": uow.stamp(),
            "origin_terminal_id": uow.runtime.terminal_id,
        },
        ["hall_id", "key"],
    )


def hold(uow: UnitOfWork, counters: Mapping[str, Callable[[], int]]) -> None:
    """Make (from ``initial``, the appointments counted now) and lock every counter under ``counters``, in
    sorted key order; ``take`` and ``release`` on them afterwards wait for nobody. Call it before anything
    changes, so a new counter starts from the appointments as they were."""
    hall_id = _hall(uow)
    for key in sorted(counters):
        locked = (
            select(AppointmentCounter.id)
            .where(AppointmentCounter.hall_id == hall_id, AppointmentCounter.key == key)
            .with_for_update()
        )
        if uow.session.scalar(locked) is None:
            _make(uow, key, counters[key])
            uow.session.scalar(locked)


def take(uow: UnitOfWork, key: str, limit: int, initial: Callable[[], int]) -> bool:
    """One place under ``key`` if fewer than ``limit`` are taken; the row lock lasts until commit."""
    hall_id = _hall(uow)
    bump = (
        update(AppointmentCounter)
        .where(
            AppointmentCounter.hall_id == hall_id,
            AppointmentCounter.key == key,
            AppointmentCounter.taken < limit,
        )
        .values(taken=AppointmentCounter.taken + 1)
        .returning(AppointmentCounter.taken)
        .execution_options(synchronize_session=False)
    )
    if uow.session.execute(bump).scalar() is not None:
        return True
    exists = uow.session.scalar(
        select(AppointmentCounter.id).where(
            AppointmentCounter.hall_id == hall_id, AppointmentCounter.key == key
        )
    )
    if exists is not None:
        return False  # the row is there and full
    # First use: start from what is booked already (appointments made before counters, or by the demo).
    # Two terminals may get here at once: insert-or-ignore, then both go through the conditional UPDATE.
    _make(uow, key, initial)
    return uow.session.execute(bump).scalar() is not None


def release(uow: UnitOfWork, key: str) -> None:
    """Give a place back (cancel, change); nothing to do when the counter was never made."""
    uow.session.execute(
        update(AppointmentCounter)
        .where(
            AppointmentCounter.hall_id == _hall(uow),
            AppointmentCounter.key == key,
            AppointmentCounter.taken > 0,
        )
        .values(taken=AppointmentCounter.taken - 1)
        .execution_options(synchronize_session=False)
    )


def _booked(uow: UnitOfWork, *conditions: ColumnElement[bool]) -> Callable[[], int]:
    """Counts the appointments (not cancelled) matching ``conditions``: a new counter's starting value."""

    def count() -> int:
        n = uow.session.scalar(
            select(func.count())
            .select_from(Appointment)
            .where(
                Appointment.hall_id == _hall(uow),
                Appointment.state != AppointmentState.CANCELLED.value,
                *conditions,
            )
        )
        return int(n or 0)

    return count


def slot_counter(
    uow: UnitOfWork, plan_id: uuid.UUID, day: date, start: time
) -> tuple[str, Callable[[], int]]:
    """A slot's counter key and how a new one starts (for ``hold``)."""
    initial = _booked(
        uow,
        Appointment.slot_plan_id == plan_id,
        Appointment.service_date == day,
        Appointment.start == start,
    )
    return slot_key(plan_id, day, start), initial


def person_counter(uow: UnitOfWork, applicant_key: str, day: date) -> tuple[str, Callable[[], int]]:
    """A person's day counter key and how a new one starts (for ``hold``)."""
    initial = _booked(uow, Appointment.applicant_key == applicant_key, Appointment.service_date == day)
    return person_key(applicant_key, day), initial


def take_slot(uow: UnitOfWork, slot: Slot) -> None:
    key, initial = slot_counter(uow, slot.plan_id, slot.day, slot.start)
    if not take(uow, key, slot.capacity, initial):
        raise Conflict(
            f"{slot.day:%Y-%m-%d} {slot.start:%H:%M}–{slot.end:%H:%M} 的名额已约满，请选择其他时段。"
        )


def take_person_day(uow: UnitOfWork, applicant_key: str, day: date, limit: int) -> None:
    key, initial = person_counter(uow, applicant_key, day)
    if not take(uow, key, limit, initial):
        raise Conflict(
            f"该申请人 {day:%Y-%m-%d} 已有预约（每人每天限 {limit} 次）；如需调整时间，请用原预约码改约。"
        )
