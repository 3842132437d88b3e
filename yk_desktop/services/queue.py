"""Issuing tickets and calling the next one — the claim is atomic on PostgreSQL and on SQLite.

Full queue behaviour (recall, no-show, transfer, hold, pause) grows here in its own issue; what is
here already keeps the invariants that cannot be added later: numbers never repeat within a day,
two windows never get the same ticket, every change is an event row and an audit entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from yk_desktop.core.clock import HALL_TZ
from yk_desktop.core.ids import new_id
from yk_desktop.core.ticketno import format_ticket_number
from yk_desktop.services import audit
from yk_desktop.services.errors import InvalidInput, IssuingClosed, NotFound, QueueEmpty
from yk_desktop.services.hall import _hall
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import (
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


def _today(uow: UnitOfWork) -> tuple[datetime, date]:
    now = uow.now().astimezone(HALL_TZ)
    return now, now.date()


def issue_ticket(
    uow: UnitOfWork,
    category_prefix: str,
    *,
    priority_group: str | None = None,
    enforce_hours: bool = True,
) -> TicketInfo:
    """Take a number for a category; the counter row and the ticket commit together."""
    with uow:
        session = uow.session
        hall_id = _hall(uow)
        now, today = _today(uow)
        category = session.scalar(
            select(Category).where(Category.hall_id == hall_id, Category.prefix == category_prefix)
        )
        if category is None or not category.active:
            raise NotFound(f"没有“{category_prefix}”类业务，请重新选择。")
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
        seq = _next_seq(uow, hall_id, category.id, today)
        if seq > category.daily_cap:
            # Raising rolls the counter back too, so the cap stays exact.
            raise IssuingClosed(
                f"{category.name}今日号源（{category.daily_cap} 个）已发完，请明日再来或预约办理。"
            )
        ticket = Ticket(
            hall_id=hall_id,
            category_id=category.id,
            service_date=today,
            seq=seq,
            number=format_ticket_number(category.prefix, seq, category.number_width),
            priority=priority_group is not None,
            priority_group=priority_group,
            issued_at=now,
        )
        session.add(ticket)
        session.flush()
        session.add(
            TicketEvent(hall_id=hall_id, ticket_id=ticket.id, kind=TicketEventKind.ISSUED.value, at=now)
        )
        audit.record(uow, "ticket.issue", "ticket", ticket.id, detail={"number": ticket.number})
        ahead = _waiting_before(uow, ticket)
        uow.commit()
        return _info(ticket, category, None, ahead)


def _next_seq(uow: UnitOfWork, hall_id: uuid.UUID, category_id: uuid.UUID, day: date) -> int:
    """Increment the day's counter; the UPDATE row lock makes concurrent issuers take turns."""
    session = uow.session
    bump = (
        update(TicketCounter)
        .where(
            TicketCounter.hall_id == hall_id,
            TicketCounter.category_id == category_id,
            TicketCounter.service_date == day,
        )
        .values(last_seq=TicketCounter.last_seq + 1)
        .returning(TicketCounter.last_seq)
    )
    seq = session.execute(bump).scalar()
    if seq is not None:
        return seq
    # First ticket of the day: two issuers may both get here, so insert-or-ignore, then bump.
    dialect = postgresql if uow.is_postgres else sqlite
    session.execute(
        dialect.insert(TicketCounter)
        .values(
            id=new_id(),
            hall_id=hall_id,
            category_id=category_id,
            service_date=day,
            last_seq=0,
            hlc=uow.stamp(),
            origin_terminal_id=uow.runtime.terminal_id,
        )
        .on_conflict_do_nothing(index_elements=["hall_id", "category_id", "service_date"])
    )
    seq = session.execute(bump).scalar()
    assert seq is not None
    return seq


def _waiting_before(uow: UnitOfWork, ticket: Ticket) -> int:
    """How many waiting tickets of the same category will be called before this one."""
    query = select(func.count()).where(
        Ticket.hall_id == ticket.hall_id,
        Ticket.service_date == ticket.service_date,
        Ticket.category_id == ticket.category_id,
        Ticket.state == TicketState.WAITING.value,
        Ticket.id != ticket.id,
    )
    if ticket.priority:
        query = query.where(Ticket.priority.is_(True), Ticket.issued_at <= ticket.issued_at)
    else:
        query = query.where((Ticket.priority.is_(True)) | (Ticket.issued_at <= ticket.issued_at))
    return int(uow.session.scalar(query) or 0)


# The call-next statements are built once: constructing SQL expressions costs more CPU than running
# them, and call_next is the hall's hottest path (DESIGN.md §8).
_WINDOW_SERVES = (
    select(Window.id, Window.paused_reason, Category.id, Category.prefix, Category.name)
    .outerjoin(WindowCategory, WindowCategory.window_id == Window.id)
    .outerjoin(Category, Category.id == WindowCategory.category_id)
    .where(Window.hall_id == bindparam("p_hall_id"), Window.number == bindparam("p_window_number"))
)
_NEXT_TICKET = (
    select(Ticket.id)
    .join(
        WindowCategory,
        (WindowCategory.category_id == Ticket.category_id)
        & (WindowCategory.window_id == bindparam("p_window_id")),
    )
    .where(
        Ticket.hall_id == bindparam("p_hall_id"),
        Ticket.service_date == bindparam("p_today"),
        Ticket.state == TicketState.WAITING.value,
        (Ticket.target_window_id.is_(None)) | (Ticket.target_window_id == bindparam("p_window_id")),
    )
    .order_by(Ticket.priority.desc(), WindowCategory.weight.desc(), Ticket.issued_at, Ticket.seq)
    .limit(1)
    # OF tickets: lock only the ticket, never the shared window_categories rows of the join.
    .with_for_update(skip_locked=True, of=Ticket.__table__)
    .scalar_subquery()
)
_CLAIM = (
    update(cast(Table, Ticket.__table__))
    .where(Ticket.id == _NEXT_TICKET, Ticket.state == TicketState.WAITING.value)
    .values(
        state=TicketState.CALLED.value,
        called_at=bindparam("p_now"),
        window_id=bindparam("p_window_id"),
        staff_id=bindparam("p_staff_id"),
        hlc=bindparam("p_hlc"),
    )
    .returning(
        Ticket.id, Ticket.number, Ticket.category_id, Ticket.priority, Ticket.priority_group, Ticket.issued_at
    )
)
_ADD_EVENT = insert(cast(Table, TicketEvent.__table__))


def call_next(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None) -> TicketInfo:
    """Claim the next ticket for a window: priority first, then the window's category weight, then
    issue time.

    The claim is one ``UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`` on
    PostgreSQL, so 30 windows claim at once without two getting the same row and without waiting on
    each other's rows; SQLite runs write transactions one at a time (BEGIN IMMEDIATE).
    """
    with uow:
        conn = uow.session.connection()
        hall_id = _hall(uow)
        now, today = _today(uow)
        served = conn.execute(_WINDOW_SERVES, {"p_hall_id": hall_id, "p_window_number": window_number}).all()
        if not served:
            raise NotFound(f"没有 {window_number} 号窗口，请检查本机配置的窗口号。")
        window_id, paused_reason = served[0][0], served[0][1]
        if paused_reason:
            raise InvalidInput(f"{window_number} 号窗口已暂停服务（{paused_reason}），请先恢复服务。")
        categories = {row[2]: (row[3], row[4]) for row in served if row[2] is not None}
        if not categories:
            raise QueueEmpty(f"{window_number} 号窗口没有配置可办理的业务类别，请联系大厅管理员。")
        claimed = conn.execute(
            _CLAIM,
            {
                "p_hall_id": hall_id,
                "p_today": today,
                "p_window_id": window_id,
                "p_now": now,
                "p_staff_id": staff_id,
                "p_hlc": uow.stamp(),
            },
        ).first()
        if claimed is None:
            raise QueueEmpty()
        conn.execute(
            _ADD_EVENT,
            {
                "id": new_id(),
                "ticket_id": claimed.id,
                "kind": TicketEventKind.CALLED.value,
                "at": now,
                "window_id": window_id,
                "staff_id": staff_id,
                "detail": {},
                **uow.stamp_values(),
            },
        )
        audit.record(
            uow,
            "ticket.call",
            "ticket",
            claimed.id,
            actor_id=staff_id,
            detail={"number": claimed.number, "window": window_number},
        )
        uow.commit()
        prefix, name = categories[claimed.category_id]
        return TicketInfo(
            claimed.id,
            claimed.number,
            prefix,
            name,
            TicketState.CALLED.value,
            claimed.priority,
            claimed.priority_group,
            claimed.issued_at,
            now,
            window_number,
            0,
        )


def waiting_counts(uow: UnitOfWork) -> dict[str, int]:
    """Waiting tickets per category prefix today (every active category listed, zeros included)."""
    with uow:
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


def _info(ticket: Ticket, category: Category, window_number: int | None, ahead: int) -> TicketInfo:
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
    )
