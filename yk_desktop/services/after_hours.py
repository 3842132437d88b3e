"""After-hours sessions (延时服务登记): 午间不断档, evenings past closing and weekend hours, as the hall is
assessed on them (DOMAIN.md: 延时服务 is counted in assessments).

A session is opened by whoever starts it with the staff on duty, and closed when the last applicant has
gone; at closing the applicants served are counted from the queue's own events — tickets finished in the
session by the staff on duty, and of those how many came by appointment — so the figure is the one the
reports would derive, not a number typed in. One session runs at a time in a hall.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import distinct, func, select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.text import clean_text
from yk_desktop.services import audit
from yk_desktop.services.appointment_counters import release, take
from yk_desktop.services.appointment_slots import kind_name
from yk_desktop.services.errors import Conflict, InvalidInput, NotFound, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import AfterHoursSession, Staff, Ticket, TicketEvent
from yk_desktop.store.models.appointments import SlotKind
from yk_desktop.store.models.queue import TicketEventKind

SESSION_KINDS = (SlotKind.LUNCH, SlotKind.EVENING, SlotKind.WEEKEND)
OPEN_KEY = "after_hours:open"  # its counter is 1 while a session runs
NOTES_MAX = 1000


@dataclass(frozen=True)
class SessionInfo:
    id: uuid.UUID
    service_date: date
    kind: str
    opened_at: datetime
    closed_at: datetime | None
    opened_by: str
    closed_by: str
    staff_ids: tuple[uuid.UUID, ...]
    staff_names: tuple[str, ...]
    served: int  # at close; while open, so far
    appointments: int
    notes: str

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def kind_name(self) -> str:
        return kind_name(self.kind)


def _staff_row(uow: UnitOfWork, staff_id: uuid.UUID) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.hall_id != _hall(uow):
        raise NotFound("未找到当前登录的工作人员，请重新登录。")
    return staff


def _served(uow: UnitOfWork, s: AfterHoursSession, until: datetime) -> tuple[int, int]:
    """(tickets finished by the staff on duty within the session, of them checked-in appointments)."""
    duty = [uuid.UUID(i) for i in s.staff_on_duty]
    base = (
        select(func.count(distinct(TicketEvent.ticket_id)))
        .select_from(TicketEvent)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(
            TicketEvent.hall_id == s.hall_id,
            TicketEvent.kind == TicketEventKind.FINISHED.value,
            TicketEvent.at >= s.opened_at,
            TicketEvent.at <= until,
            TicketEvent.staff_id.in_(duty),
        )
    )
    served = uow.session.scalar(base) or 0
    by_appointment = uow.session.scalar(base.where(Ticket.appointment_id.is_not(None))) or 0
    return int(served), int(by_appointment)


def _info(uow: UnitOfWork, s: AfterHoursSession) -> SessionInfo:
    ids = tuple(uuid.UUID(i) for i in s.staff_on_duty)
    names: dict[uuid.UUID, str] = {
        i: n for i, n in uow.session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids)))
    }
    opener = names.get(s.opened_by) if s.opened_by else None
    if s.opened_by and opener is None:
        opener = uow.session.scalar(select(Staff.name).where(Staff.id == s.opened_by))
    closer = uow.session.scalar(select(Staff.name).where(Staff.id == s.closed_by)) if s.closed_by else None
    served, appointments = (s.served, s.appointments) if s.closed_at else _served(uow, s, uow.now())
    return SessionInfo(
        s.id,
        s.service_date,
        s.kind,
        s.opened_at,
        s.closed_at,
        opener or "",
        closer or "",
        ids,
        tuple(names.get(i, "") for i in ids),
        served,
        appointments,
        s.notes,
    )


def open_session(
    uow: UnitOfWork,
    *,
    kind: str,
    staff_on_duty: list[uuid.UUID],
    notes: str = "",
    staff_id: uuid.UUID,
) -> SessionInfo:
    """Start an after-hours session now with the staff on duty."""
    if kind not in {k.value for k in SESSION_KINDS}:
        raise InvalidInput("延时服务类型应为午间、延时（下班后）或周末延时。", field="服务类型")
    if not staff_on_duty:
        raise InvalidInput("请选择值守的工作人员。", field="值守人员")
    with checking_input():
        notes = clean_text(notes, "备注", NOTES_MAX, required=False, multiline=True)
    with uow:
        hall_id = _hall(uow)
        _staff_row(uow, staff_id)
        for sid in dict.fromkeys(staff_on_duty):
            _staff_row(uow, sid)
        running = uow.session.scalar(
            select(AfterHoursSession).where(
                AfterHoursSession.hall_id == hall_id, AfterHoursSession.closed_at.is_(None)
            )
        )
        # The counter row's lock makes "one open session" hold when two terminals open one at the same moment.
        if running is not None or not take(uow, OPEN_KEY, 1, lambda: 0):
            opened = f"（{running.opened_at.astimezone(HALL_TZ):%m-%d %H:%M} 开始）" if running else ""
            what = kind_name(running.kind) if running else "延时"
            raise Conflict(f"已有进行中的{what}服务{opened}，请先结束该次服务。")
        now = uow.now()
        s = AfterHoursSession(
            hall_id=hall_id,
            service_date=now.astimezone(HALL_TZ).date(),
            kind=kind,
            opened_at=now,
            opened_by=staff_id,
            staff_on_duty=[str(i) for i in dict.fromkeys(staff_on_duty)],
            notes=notes,
        )
        uow.session.add(s)
        uow.session.flush()
        audit.record(
            uow,
            "after_hours.open",
            "after_hours_session",
            s.id,
            actor_id=staff_id,
            detail={"kind": kind, "staff": list(s.staff_on_duty)},
        )
        info = _info(uow, s)
        uow.commit()
        return info


def close_session(
    uow: UnitOfWork, session_id: uuid.UUID, *, notes: str = "", staff_id: uuid.UUID
) -> SessionInfo:
    """End the session now; the applicants served are counted and kept with it."""
    with checking_input():
        notes = clean_text(notes, "备注", NOTES_MAX, required=False, multiline=True)
    with uow:
        _staff_row(uow, staff_id)
        s = uow.session.get(AfterHoursSession, session_id, with_for_update=True)
        if s is None or s.hall_id != _hall(uow):
            raise NotFound("未找到该次延时服务记录，请刷新后重试。")
        if s.closed_at is not None:
            raise Conflict("该次延时服务已经结束。")
        now = uow.now()
        release(uow, OPEN_KEY)
        s.served, s.appointments = _served(uow, s, now)
        s.closed_at, s.closed_by = now, staff_id
        if notes:
            s.notes = f"{s.notes}\n{notes}".strip()
        audit.record(
            uow,
            "after_hours.close",
            "after_hours_session",
            s.id,
            actor_id=staff_id,
            detail={"served": s.served, "appointments": s.appointments},
        )
        info = _info(uow, s)
        uow.commit()
        return info


def list_sessions(uow: UnitOfWork, since: date | None = None, until: date | None = None) -> list[SessionInfo]:
    """Sessions newest first (open ones with their count so far)."""
    with uow.reading():
        query = select(AfterHoursSession).where(AfterHoursSession.hall_id == _hall(uow))
        if since is not None:
            query = query.where(AfterHoursSession.service_date >= since)
        if until is not None:
            query = query.where(AfterHoursSession.service_date <= until)
        rows = uow.session.scalars(query.order_by(AfterHoursSession.opened_at.desc()).limit(500))
        return [_info(uow, s) for s in rows]
