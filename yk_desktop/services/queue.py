"""Issuing tickets and calling the next one — the claim is atomic on PostgreSQL and on SQLite.

What happens at the window after the call (recall, serve, finish, no-show, transfer, hold, pause) is in
``services.serving``; appointment check-in in ``services.checkin``. The invariants: numbers never repeat
within a day, two windows never get the same ticket, every change is an event row and an audit entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.ids import new_id
from yk_desktop.core.ticketno import format_ticket_number
from yk_desktop.services import audit
from yk_desktop.services.claim import ClaimRequest, claim_next
from yk_desktop.services.errors import InvalidInput, IssuingClosed, NotFound
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.counters import bump_counter
from yk_desktop.store.models import (
    Bundle,
    Category,
    PriorityGroup,
    Ticket,
    TicketCounter,
    TicketEvent,
    Window,
    WindowCategory,
)
from yk_desktop.store.models.queue import TicketEventKind, TicketState


@dataclass(frozen=True)
class TicketInfo:
    id: uuid.UUID
    number: str
    category_prefix: str
    category_name: str
    state: str
    priority: bool
    priority_group: str | None
    issued_at: datetime
    called_at: datetime | None
    window_number: int | None
    waiting_before: int
    service_date: date | None = None
    recall_count: int = 0
    appointment: bool = False
    serving_at: datetime | None = None
    estimated_wait_minutes: int | None = None


def _today(uow: UnitOfWork) -> tuple[datetime, date]:
    now = uow.now().astimezone(HALL_TZ)
    return now, now.date()


def issue_ticket(
    uow: UnitOfWork,
    category_prefix: str | None = None,
    *,
    priority_group: str | None = None,
    bundle_code: str | None = None,
    enforce_hours: bool = True,
) -> TicketInfo:
    """Take a number for a category, or for a bundle (一件事, queued in the bundle's category)."""
    with uow:
        session = uow.session
        hall_id = _hall(uow)
        now, _day = _today(uow)
        bundle_id = None
        if bundle_code is not None:
            bundle = session.scalar(
                select(Bundle).where(Bundle.hall_id == hall_id, Bundle.code == bundle_code, Bundle.active)
            )
            if bundle is None or bundle.category_id is None:
                raise NotFound("该“一件事”暂不能取号，请选择具体业务类别。")
            bundle_id = bundle.id
            category = session.get(Category, bundle.category_id)
        elif category_prefix is not None:
            category = session.scalar(
                select(Category).where(Category.hall_id == hall_id, Category.prefix == category_prefix)
            )
        else:
            raise InvalidInput("请选择业务类别。", field="业务类别")
        if category is None or not category.active:
            raise NotFound(f"没有“{category_prefix or bundle_code}”类业务，请重新选择。")
        if enforce_hours and not (
            category.issue_start <= now.time().replace(tzinfo=None) <= category.issue_end
        ):
            raise IssuingClosed(
                f"{category.name}的取号时间为 {category.issue_start:%H:%M}–{category.issue_end:%H:%M}，"
                "当前不在取号时间内，请在取号时间内再来或预约办理。"
            )
        if priority_group is not None:
            known = session.scalar(
                select(PriorityGroup.id).where(
                    PriorityGroup.hall_id == hall_id,
                    PriorityGroup.name == priority_group,
                    PriorityGroup.active,
                )
            )
            if known is None:
                raise InvalidInput(f"“{priority_group}”不在本大厅的优先服务对象名单中。", field="优先类别")
        info = issue_into(uow, category, priority_group=priority_group, bundle_id=bundle_id, enforce_cap=True)
        uow.commit()
        return info


def issue_into(
    uow: UnitOfWork,
    category: Category,
    *,
    priority_group: str | None = None,
    bundle_id: uuid.UUID | None = None,
    appointment_id: uuid.UUID | None = None,
    due_at: datetime | None = None,
    enforce_cap: bool = True,
) -> TicketInfo:
    """Number and insert a ticket inside the caller's unit of work (kiosk issue and appointment check-in)."""
    session = uow.session
    now, today = _today(uow)
    seq = _next_seq(uow, category.hall_id, category.id, today)
    if enforce_cap and seq > category.daily_cap:
        # Raising rolls the counter back too, so the cap stays exact.
        raise IssuingClosed(
            f"{category.name}今日号源（{category.daily_cap} 个）已发完，请明日再来或预约办理。"
        )
    ticket = Ticket(
        hall_id=category.hall_id,
        category_id=category.id,
        service_date=today,
        seq=seq,
        number=format_ticket_number(category.prefix, seq, category.number_width),
        priority=priority_group is not None,
        priority_group=priority_group,
        bundle_id=bundle_id,
        appointment_id=appointment_id,
        due_at=due_at,
        issued_at=now,
    )
    session.add(ticket)
    session.flush()
    session.add(
        TicketEvent(
            hall_id=category.hall_id,
            ticket_id=ticket.id,
            kind=TicketEventKind.ISSUED.value,
            at=now,
            detail={"category": category.prefix},
        )
    )
    audit.record(uow, "ticket.issue", "ticket", ticket.id, detail={"number": ticket.number})
    ahead = _waiting_before(uow, ticket)
    info = ticket_info(ticket, category, None, ahead)
    return replace(info, estimated_wait_minutes=_estimate(uow, category, ahead))


def _next_seq(uow: UnitOfWork, hall_id: uuid.UUID, category_id: uuid.UUID, day: date) -> int:
    """Increment the day's counter; the UPDATE row lock makes concurrent issuers take turns."""
    return bump_counter(
        uow.session,
        TicketCounter,
        {"hall_id": hall_id, "category_id": category_id, "service_date": day},
        {"id": new_id(), "hlc": uow.stamp(), "origin_terminal_id": uow.runtime.terminal_id},
    )


def _waiting_before(uow: UnitOfWork, ticket: Ticket) -> int:
    """How many waiting tickets of the same category will be called before this one."""
    query = select(func.count()).where(
        Ticket.hall_id == ticket.hall_id,
        Ticket.service_date == ticket.service_date,
        Ticket.category_id == ticket.category_id,
        Ticket.state == TicketState.WAITING.value,
        Ticket.id != ticket.id,
    )
    # The claim's order within one category: priority, then appointments whose slot has started, then time.
    now = uow.now()
    due = Ticket.due_at.is_not(None) & (Ticket.due_at <= now)
    earlier = Ticket.issued_at <= ticket.issued_at
    if ticket.priority:
        query = query.where(Ticket.priority.is_(True), earlier)
    elif ticket.due_at is not None and ticket.due_at <= now:
        query = query.where(Ticket.priority.is_(True) | (due & earlier))
    else:
        query = query.where(Ticket.priority.is_(True) | due | earlier)
    return int(uow.session.scalar(query) or 0)


def _estimate(uow: UnitOfWork, category: Category, ahead: int) -> int | None:
    """Minutes until this ticket is likely called: people ahead × today's mean service time of the
    category ÷ the open windows serving it. None before anyone was served today (no honest figure)."""
    if ahead == 0:
        return 0
    mean = mean_service_seconds(uow, category.id)
    if mean is None:
        return None
    windows = uow.session.scalar(
        select(func.count(WindowCategory.id))
        .join(Window, Window.id == WindowCategory.window_id)
        .where(
            WindowCategory.category_id == category.id,
            Window.active.is_(True),
            Window.paused_reason.is_(None),
        )
    )
    return max(1, round(ahead * mean / max(1, int(windows or 0)) / 60))


def mean_service_seconds(
    uow: UnitOfWork, category_id: uuid.UUID | None = None, window_id: uuid.UUID | None = None
) -> float | None:
    """Today's mean time from call (or start of service) to finish, for a category or a window."""
    _now, today = _today(uow)
    query = select(Ticket.finished_at, Ticket.serving_at, Ticket.called_at).where(
        Ticket.hall_id == _hall(uow),
        Ticket.service_date == today,
        Ticket.state == TicketState.FINISHED.value,
        Ticket.finished_at.is_not(None),
    )
    if category_id is not None:
        query = query.where(Ticket.category_id == category_id)
    if window_id is not None:
        query = query.where(Ticket.window_id == window_id)
    # Summed in Python: interval arithmetic differs between SQLite and PostgreSQL, and a day is small.
    spans = [
        (finished - start).total_seconds()
        for finished, serving, called in uow.session.execute(query)
        if finished is not None and (start := serving or called) is not None
    ]
    return sum(spans) / len(spans) if spans else None


def call_next(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None) -> TicketInfo:
    """Claim the next ticket for a window: priority first, then green-channel categories, then the window's category weight, then
    issue time (the claim itself is in ``services.claim``)."""
    with uow:
        now, today = _today(uow)
        hlc = uow.stamp()
        got = claim_next(
            uow.session.connection(),
            ClaimRequest(_hall(uow), window_number, today, now, staff_id, hlc, uow.runtime.terminal_id),
        )
        audit.record(
            uow,
            "ticket.call",
            "ticket",
            got.ticket_id,
            actor_id=staff_id,
            detail={"number": got.number, "window": window_number},
        )
        uow.commit()
        return TicketInfo(
            got.ticket_id,
            got.number,
            got.prefix,
            got.category_name,
            TicketState.CALLED.value,
            got.priority,
            got.priority_group,
            got.issued_at,
            now,
            window_number,
            0,
            today,
        )


def waiting_counts(uow: UnitOfWork) -> dict[str, int]:
    """Waiting tickets per category prefix today (every active category listed, zeros included)."""
    with uow.reading():
        hall_id = _hall(uow)
        _now, today = _today(uow)
        counts = dict(
            uow.session.execute(
                select(Category.prefix, func.count(Ticket.id))
                .select_from(Category)
                .outerjoin(
                    Ticket,
                    (Ticket.category_id == Category.id)
                    & (Ticket.service_date == today)
                    & (Ticket.state == TicketState.WAITING.value),
                )
                .where(Category.hall_id == hall_id, Category.active.is_(True))
                .group_by(Category.prefix)
                .order_by(Category.prefix)
            ).all()
        )
        return {prefix: int(n) for prefix, n in counts.items()}


def ticket_info(ticket: Ticket, category: Category, window_number: int | None, ahead: int = 0) -> TicketInfo:
    return TicketInfo(
        ticket.id,
        ticket.number,
        category.prefix,
        category.name,
        ticket.state,
        ticket.priority,
        ticket.priority_group,
        ticket.issued_at,
        ticket.called_at,
        window_number,
        ahead,
        ticket.service_date,
        ticket.recall_count,
        ticket.appointment_id is not None,
        ticket.serving_at,
    )


@dataclass(frozen=True)
class CallNotice:
    """One call as the hall display shows it: 「请 A015 号到 3 号窗口办理」."""

    event_id: uuid.UUID
    number: str
    window_number: int
    category_prefix: str
    category_name: str
    at: datetime
    recall: bool


def recent_calls(uow: UnitOfWork, limit: int = 8) -> list[CallNotice]:
    """Today's latest calls and recalls, newest first (from the append-only events)."""
    with uow.reading():
        hall_id = _hall(uow)
        _now, today = _today(uow)
        rows = uow.session.execute(
            select(
                TicketEvent.id,
                Ticket.number,
                Window.number,
                Category.prefix,
                Category.name,
                TicketEvent.at,
                TicketEvent.kind,
            )
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .join(Window, Window.id == TicketEvent.window_id)
            .join(Category, Category.id == Ticket.category_id)
            .where(
                Ticket.hall_id == hall_id,
                Ticket.service_date == today,
                TicketEvent.kind.in_([TicketEventKind.CALLED.value, TicketEventKind.RECALLED.value]),
            )
            .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
            .limit(limit)
        ).all()
        return [
            CallNotice(eid, number, window, prefix, name, at, kind == TicketEventKind.RECALLED.value)
            for eid, number, window, prefix, name, at, kind in rows
        ]
