"""A day of appointments as the window and the manager see it, and the confirmation slip built from the DB.

``day_view``: per category, every slot of the day with its capacity, how many places are taken and who is
booked in it (state, check-in, ticket); appointments outside today's plans (made before a plan changed, or
the demo's) are shown in rows of their own. ``archive_slip`` builds the 预约确认单 from what the database
says and keeps it in the document archive (then the gui prints the archived bytes).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.idcard import mask_id_number
from yk_desktop.core.phone import mask_phone
from yk_desktop.printing.appointment_slip import TITLE, AppointmentSlip, build_appointment_slip_pdf
from yk_desktop.services import calendar, documents, policy
from yk_desktop.services.appointment_slots import kind_name, slots_in
from yk_desktop.services.appointments import STATE_NAMES, _find, channel_name
from yk_desktop.services.documents import DocumentInfo
from yk_desktop.services.errors import Conflict
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import Runtime, UnitOfWork
from yk_desktop.store.models import (
    Appointment,
    AppointmentEvent,
    Category,
    Hall,
    ServiceItem,
    Staff,
    Ticket,
)
from yk_desktop.store.models.appointments import AppointmentState

SLIP_KIND = "appointment"  # the archive's kind (gui.archive names it 预约确认单)


@dataclass(frozen=True)
class BookedRow:
    code: str
    applicant_name: str
    id_masked: str
    phone_masked: str
    state: str
    channel: str
    item_name: str
    checked_in_at: datetime | None
    ticket_number: str | None

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(AppointmentState(self.state), self.state)


@dataclass(frozen=True)
class SlotRow:
    start: time
    end: time
    kind: str
    capacity: int | None  # None: not a slot of the day's plans (booked before a change, or the demo's)
    booked: tuple[BookedRow, ...]

    @property
    def taken(self) -> int:
        return sum(1 for b in self.booked if b.state != AppointmentState.CANCELLED)

    @property
    def left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.taken)

    @property
    def kind_name(self) -> str:
        return kind_name(self.kind)


@dataclass(frozen=True)
class CategoryDay:
    prefix: str
    name: str
    day: date
    slots: tuple[SlotRow, ...]

    @property
    def capacity(self) -> int:
        return sum(s.capacity or 0 for s in self.slots)

    @property
    def taken(self) -> int:
        return sum(s.taken for s in self.slots)

    @property
    def checked_in(self) -> int:
        return sum(1 for s in self.slots for b in s.booked if b.state == AppointmentState.CHECKED_IN)


def day_view(uow: UnitOfWork, day: date, category_prefix: str | None = None) -> list[CategoryDay]:
    """Every category with slots or appointments on ``day`` (or just ``category_prefix``)."""
    with uow.reading():
        session = uow.session
        hall_id = _hall(uow)
        query = select(Category).where(Category.hall_id == hall_id)
        if category_prefix:
            query = query.where(Category.prefix == category_prefix.strip().upper())
        categories = list(session.scalars(query.order_by(Category.prefix)))
        rows = session.execute(
            select(Appointment, ServiceItem.name, Ticket.number)
            .outerjoin(ServiceItem, ServiceItem.id == Appointment.item_id)
            .outerjoin(Ticket, Ticket.id == Appointment.ticket_id)
            .where(Appointment.hall_id == hall_id, Appointment.service_date == day)
            .order_by(Appointment.start, Appointment.booked_at)
        ).all()
        by_category: dict[uuid.UUID, list[tuple[Appointment, BookedRow]]] = {}
        for a, item_name, ticket_number in rows:
            by_category.setdefault(a.category_id, []).append((a, _row(a, item_name, ticket_number)))
        cal = calendar.calendar_in(session)  # once for every category (the view reloads every 30 s)
        out: list[CategoryDay] = []
        for category in categories:
            booked = by_category.get(category.id, [])
            slots = slots_in(session, hall_id, category.id, day, cal) if category.active else []
            if not slots and not booked:
                continue
            used: set[int] = set()
            slot_rows: list[SlotRow] = []
            for s in slots:
                mine = [
                    (i, r)
                    for i, (a, r) in enumerate(booked)
                    if a.slot_plan_id == s.plan_id and a.start == s.start and i not in used
                ]
                used.update(i for i, _r in mine)
                slot_rows.append(SlotRow(s.start, s.end, s.kind, s.capacity, tuple(r for _i, r in mine)))
            loose: dict[tuple[time, time, str], list[BookedRow]] = {}
            for i, (a, r) in enumerate(booked):
                if i not in used:
                    loose.setdefault((a.start, a.end, a.kind), []).append(r)
            slot_rows += [SlotRow(s, e, k, None, tuple(rs)) for (s, e, k), rs in loose.items()]
            slot_rows.sort(key=lambda r: (r.start, r.end))
            out.append(CategoryDay(category.prefix, category.name, day, tuple(slot_rows)))
        return out


def _row(a: Appointment, item_name: str | None, ticket_number: str | None) -> BookedRow:
    return BookedRow(
        a.code,
        a.applicant_name,
        mask_id_number(a.applicant_id_number) if a.applicant_id_number else "",
        mask_phone(a.phone) if a.phone else "",
        a.state,
        a.channel,
        item_name or "",
        a.checked_in_at,
        ticket_number,
    )


def slip(uow: UnitOfWork, code: str, *, early_minutes: int = 30, late_minutes: int = 15) -> AppointmentSlip:
    """What the confirmation of ``code`` says, from the database (the terminal's check-in window)."""
    with uow.reading():
        session = uow.session
        a = _find(uow, code, lock=False)
        if a.state != AppointmentState.BOOKED.value:
            state = STATE_NAMES.get(AppointmentState(a.state), a.state)
            raise Conflict(f"预约 {a.code} {state}，不能打印确认单。")
        hall = session.get(Hall, a.hall_id)
        category = session.get(Category, a.category_id)
        assert hall is not None and category is not None
        item = session.get(ServiceItem, a.item_id) if a.item_id else None
        clerk = session.get(Staff, a.booked_by) if a.booked_by else None
        changed = session.scalar(
            select(AppointmentEvent.id).where(
                AppointmentEvent.appointment_id == a.id, AppointmentEvent.kind == "changed"
            )
        )
        start = datetime.combine(a.service_date, a.start, tzinfo=HALL_TZ)
        return AppointmentSlip(
            hall_name=hall.name,
            hall_address=hall.address,
            hall_phone=hall.phone,
            category_name=category.name,
            item_name=item.name if item else None,
            day=a.service_date,
            start=a.start,
            end=a.end,
            kind=a.kind,
            code=a.code,
            applicant_name=a.applicant_name,
            applicant_id_number=a.applicant_id_number,
            phone=a.phone,
            booked_at=a.booked_at,
            channel_name=channel_name(a.channel),
            clerk_name=clerk.name if clerk else "",
            checkin_from=(start - timedelta(minutes=early_minutes)).time(),
            checkin_until=(start + timedelta(minutes=late_minutes)).time(),
            cancel_by=start - timedelta(hours=policy.value(uow, "appointment.cancel_before_hours")),
            no_show_limit=policy.value(uow, "appointment.no_show_limit"),
            no_show_window_days=policy.value(uow, "appointment.no_show_window_days"),
            changed=changed is not None,
        )


def archive_slip(
    runtime: Runtime,
    code: str,
    *,
    staff_id: uuid.UUID | None = None,
    early_minutes: int = 30,
    late_minutes: int = 15,
) -> DocumentInfo:
    """Build the confirmation of ``code`` and keep it in the archive (call from a worker; print the archived
    bytes). A change prints a new slip under the same code; the archive keeps both."""
    data = slip(runtime.uow(), code, early_minutes=early_minutes, late_minutes=late_minutes)
    pdf = build_appointment_slip_pdf(data)
    uow = runtime.uow()
    with uow.reading():
        ref = _find(uow, code, lock=False).id
    return documents.archive(runtime.uow(), SLIP_KIND, data.code, TITLE, pdf, ref_id=ref, staff_id=staff_id)
