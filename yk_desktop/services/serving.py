"""What a window does with a called ticket: recall, serve, finish, no-show, transfer, hold and resume;
pausing the window; opening a scanned ticket; the figures the clerk panel shows.

Each change is one unit of work that writes the ticket's new state, an event row (who, which window,
when; reports derive every time from those) and an audit entry. A window has at most one current
ticket (called or serving); held tickets stay with the window until resumed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update

from yk_desktop.core.ids import new_id
from yk_desktop.core.text import clean_text
from yk_desktop.core.ticketno import parse_ticket_scan
from yk_desktop.services import audit
from yk_desktop.services.errors import InvalidInput, NotFound, checking_input
from yk_desktop.services.hall import _hall
from yk_desktop.services.queue import TicketInfo, _today, mean_service_seconds, ticket_info
from yk_desktop.services.runtime import UnitOfWork
from yk_desktop.store.models import Category, Ticket, TicketEvent, Window, WindowCategory, WindowEvent
from yk_desktop.store.models.queue import TicketEventKind, TicketState, WindowEventKind

CURRENT = (TicketState.CALLED.value, TicketState.SERVING.value)
REASON_MAX = 200


@dataclass(frozen=True)
class WindowStatus:
    """Everything the clerk panel shows about its window, read in one unit of work."""

    number: int
    name: str
    paused_reason: str | None
    current: TicketInfo | None
    held: list[TicketInfo]
    waiting: dict[str, int]  # per category prefix the window serves (zeros included)
    category_names: dict[str, str]
    served_today: int
    mean_service_seconds: float | None


def _window(uow: UnitOfWork, number: int) -> Window:
    window = uow.session.scalar(select(Window).where(Window.hall_id == _hall(uow), Window.number == number))
    if window is None:
        raise NotFound(f"没有 {number} 号窗口，请检查本机配置的窗口号。")
    return window


def _current(uow: UnitOfWork, window: Window) -> Ticket | None:
    _now, today = _today(uow)
    return uow.session.scalar(
        select(Ticket)
        .where(
            Ticket.hall_id == window.hall_id,
            Ticket.service_date == today,
            Ticket.window_id == window.id,
            Ticket.state.in_(CURRENT),
        )
        .order_by(Ticket.called_at.desc())
        .limit(1)
    )


def _need_current(uow: UnitOfWork, window: Window) -> Ticket:
    ticket = _current(uow, window)
    if ticket is None:
        raise InvalidInput(f"{window.number} 号窗口当前没有正在办理的号票，请先叫号。", field="当前号票")
    return ticket


def _need_free(uow: UnitOfWork, window: Window) -> None:
    busy = _current(uow, window)
    if busy is not None:
        raise InvalidInput(f"当前号票 {busy.number} 尚未办结，请先办结、过号、转窗或挂起。", field="当前号票")


def _event(
    uow: UnitOfWork,
    ticket: Ticket,
    kind: TicketEventKind,
    window: Window | None,
    staff_id: uuid.UUID | None,
    detail: dict[str, object] | None = None,
) -> None:
    now = uow.now()
    uow.session.add(
        TicketEvent(
            hall_id=ticket.hall_id,
            ticket_id=ticket.id,
            kind=kind.value,
            at=now,
            window_id=window.id if window is not None else None,
            staff_id=staff_id,
            detail=detail or {},
        )
    )
    audit.record(
        uow,
        f"ticket.{kind.value}",
        "ticket",
        ticket.id,
        actor_id=staff_id,
        detail={"number": ticket.number, **({"window": window.number} if window else {}), **(detail or {})},
    )


def _done(uow: UnitOfWork, ticket: Ticket, window: Window | None) -> TicketInfo:
    category = uow.session.get(Category, ticket.category_id)
    assert category is not None
    uow.session.flush()
    info = ticket_info(ticket, category, window.number if window is not None else None)
    uow.commit()
    return info


def recall(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None) -> TicketInfo:
    """重呼: call the current ticket again (the display speaks it again, prefixed 「重呼」)."""
    with uow:
        window = _window(uow, window_number)
        ticket = _need_current(uow, window)
        if ticket.state != TicketState.CALLED.value:
            raise InvalidInput(f"{ticket.number} 已在办理中，无需重呼。", field="当前号票")
        ticket.recall_count += 1
        _event(uow, ticket, TicketEventKind.RECALLED, window, staff_id, {"recall": ticket.recall_count})
        return _done(uow, ticket, window)


def start_serving(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None) -> TicketInfo:
    """The applicant arrived at the window: service time counts from here."""
    with uow:
        window = _window(uow, window_number)
        ticket = _need_current(uow, window)
        if ticket.state == TicketState.SERVING.value:
            raise InvalidInput(f"{ticket.number} 已在办理中。", field="当前号票")
        ticket.state = TicketState.SERVING.value
        ticket.serving_at = uow.now()
        _event(uow, ticket, TicketEventKind.SERVING, window, staff_id)
        return _done(uow, ticket, window)


# Finishing follows every call, so it is as hot as call_next: prebuilt Core statements, one UPDATE that
# finds the window's current ticket and closes it, then the event row (building SQL costs more CPU than
# running it; the ORM's loads and flush would triple the round trips).
_FINISH = (
    update(Ticket)
    .where(
        Ticket.hall_id == bindparam("p_hall_id"),
        Ticket.service_date == bindparam("p_today"),
        Ticket.state.in_(CURRENT),
        Ticket.window_id
        == select(Window.id)
        .where(Window.hall_id == bindparam("p_hall_id"), Window.number == bindparam("p_window"))
        .scalar_subquery(),
    )
    .values(state=TicketState.FINISHED.value, finished_at=bindparam("p_now"), hlc=bindparam("p_hlc"))
    .returning(*Ticket.__table__.columns)
    .execution_options(synchronize_session=False)
)
_CATEGORY = select(Category).where(Category.id == bindparam("p_category_id"))
_ADD_EVENT = insert(TicketEvent)


def finish(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None) -> TicketInfo:
    """办结 at the window; finishing a ticket that was only called counts service from the call."""
    with uow:
        hall_id = _hall(uow)
        now, today = _today(uow)
        hlc = uow.stamp()
        conn = uow.session.connection()
        row = conn.execute(
            _FINISH,
            {"p_hall_id": hall_id, "p_today": today, "p_window": window_number, "p_now": now, "p_hlc": hlc},
        ).first()
        if row is None:
            _need_current(uow, _window(uow, window_number))  # raises the right message
            raise AssertionError("unreachable")
        ticket = Ticket(**row._asdict())
        conn.execute(
            _ADD_EVENT,
            {
                "id": new_id(),
                "hall_id": hall_id,
                "origin_terminal_id": uow.runtime.terminal_id,
                "hlc": hlc,
                "ticket_id": ticket.id,
                "kind": TicketEventKind.FINISHED.value,
                "at": now,
                "window_id": ticket.window_id,
                "staff_id": staff_id,
                "detail": {},
            },
        )
        audit.record(
            uow,
            "ticket.finished",
            "ticket",
            ticket.id,
            actor_id=staff_id,
            detail={"number": ticket.number, "window": window_number},
        )
        category = uow.session.execute(_CATEGORY, {"p_category_id": ticket.category_id}).scalar_one()
        uow.commit()
        return ticket_info(ticket, category, window_number)


def no_show(
    uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None, *, min_recalls: int = 2
) -> TicketInfo:
    """过号: only after the ticket was recalled ``min_recalls`` times (config ``[queue]``)."""
    with uow:
        window = _window(uow, window_number)
        ticket = _need_current(uow, window)
        if ticket.state != TicketState.CALLED.value:
            raise InvalidInput(f"{ticket.number} 已在办理中，不能按过号处理。", field="当前号票")
        if ticket.recall_count < min_recalls:
            raise InvalidInput(
                f"{ticket.number} 已重呼 {ticket.recall_count} 次，需重呼满 {min_recalls} 次后才能按过号处理"
                "（按 F2 重呼）。",
                field="当前号票",
            )
        ticket.state = TicketState.NO_SHOW.value
        ticket.finished_at = uow.now()
        _event(uow, ticket, TicketEventKind.NO_SHOW, window, staff_id, {"recalls": ticket.recall_count})
        return _done(uow, ticket, window)


def transfer(
    uow: UnitOfWork,
    window_number: int,
    staff_id: uuid.UUID | None,
    *,
    to_category: str | None = None,
    to_window: int | None = None,
    reason: str = "",
) -> TicketInfo:
    """转窗: the current ticket waits again — in another category, or for one named window — keeping its
    number and its original issue time, so the applicant does not queue from the back."""
    with uow:
        window = _window(uow, window_number)
        ticket = _need_current(uow, window)
        if (to_category is None) == (to_window is None):
            raise InvalidInput("请选择转往的业务类别或窗口（二选一）。", field="转往")
        with checking_input():
            reason = clean_text(reason, "转窗原因", max_len=REASON_MAX, required=False)
        detail: dict[str, object] = {"reason": reason} if reason else {}
        if to_category is not None:
            category = uow.session.scalar(
                select(Category).where(
                    Category.hall_id == ticket.hall_id, Category.prefix == to_category, Category.active
                )
            )
            if category is None:
                raise NotFound(f"没有“{to_category}”类业务，请重新选择转往的类别。")
            detail["to_category"] = category.prefix
            ticket.category_id = category.id
            ticket.target_window_id = None
        else:
            assert to_window is not None
            target = _window(uow, to_window)
            if target.id == window.id:
                raise InvalidInput("不能转往本窗口，请选择其他窗口。", field="转往窗口")
            if not target.active:
                raise InvalidInput(f"{to_window} 号窗口已停用，请选择其他窗口。", field="转往窗口")
            detail["to_window"] = target.number
            ticket.target_window_id = target.id
        ticket.state = TicketState.WAITING.value
        ticket.window_id = None
        ticket.called_at = None
        ticket.serving_at = None
        ticket.recall_count = 0
        _event(uow, ticket, TicketEventKind.TRANSFERRED, window, staff_id, detail)
        return _done(uow, ticket, None)


def hold(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None, reason: str = "") -> TicketInfo:
    """挂起: the applicant steps away (e.g. to copy a document); the window may call others meanwhile."""
    with uow:
        window = _window(uow, window_number)
        ticket = _need_current(uow, window)
        with checking_input():
            reason = clean_text(reason, "挂起原因", max_len=REASON_MAX, required=False)
        ticket.state = TicketState.ON_HOLD.value
        _event(uow, ticket, TicketEventKind.HELD, window, staff_id, {"reason": reason} if reason else None)
        return _done(uow, ticket, window)


def resume(
    uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None, ticket_id: uuid.UUID
) -> TicketInfo:
    """Take a held ticket back at the window that held it; it is served from here on."""
    with uow:
        window = _window(uow, window_number)
        ticket = uow.session.get(Ticket, ticket_id, with_for_update=True)
        if ticket is None or ticket.state != TicketState.ON_HOLD.value or ticket.window_id != window.id:
            raise NotFound("该号票不在本窗口的挂起列表中，请刷新后重试。")
        _need_free(uow, window)
        ticket.state = TicketState.SERVING.value
        ticket.serving_at = _service_start_after_hold(uow, ticket)
        _event(uow, ticket, TicketEventKind.RESUMED, window, staff_id)
        return _done(uow, ticket, window)


def _service_start_after_hold(uow: UnitOfWork, ticket: Ticket) -> datetime:
    """The start of service moved on by the time on hold, so the panel's mean service time and the kiosk's
    estimates count only time spent at the window (the events keep the real times for reports)."""
    now = uow.now()
    start = ticket.serving_at or ticket.called_at
    held_at = uow.session.scalar(
        select(func.max(TicketEvent.at)).where(
            TicketEvent.ticket_id == ticket.id, TicketEvent.kind == TicketEventKind.HELD.value
        )
    )
    if start is None or held_at is None:
        return now
    return start + (now - held_at)


def find_ticket(uow: UnitOfWork, scan: str) -> TicketInfo:
    """The ticket a keyboard-wedge scan (``T20261124A015``) or a typed number (``A015``, today) names."""
    with uow.reading():
        with checking_input():
            day, number = parse_ticket_scan(scan)
        _now, today = _today(uow)
        row = uow.session.execute(
            select(Ticket, Category, Window.number)
            .join(Category, Category.id == Ticket.category_id)
            .outerjoin(Window, Window.id == Ticket.window_id)
            .where(
                Ticket.hall_id == _hall(uow),
                Ticket.service_date == (day or today),
                Ticket.number == number,
            )
        ).first()
        if row is None:
            when = "今日" if day in (None, today) else f"{day:%Y-%m-%d}"
            raise NotFound(f"未找到{when}的号票 {number}，请核对号码。")
        ticket, category, window_number = row
        return ticket_info(ticket, category, window_number)


def call_ticket(
    uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None, ticket_id: uuid.UUID
) -> TicketInfo:
    """Call one particular waiting ticket (its holder stands at the window with it, scanned)."""
    with uow:
        window = _window(uow, window_number)
        if not window.active or window.paused_reason:
            raise InvalidInput(f"{window_number} 号窗口已暂停或停用，请先恢复服务。", field="窗口")
        _need_free(uow, window)
        # Locked: another window's call_next may be claiming this very ticket; the lock makes this
        # read wait for that claim and then see it called (call_next's SKIP LOCKED passes it by meanwhile).
        ticket = uow.session.get(Ticket, ticket_id, with_for_update=True)
        _now, today = _today(uow)
        if ticket is None or ticket.service_date != today:
            raise NotFound("该号票不是今日号票，不能叫号。")
        if ticket.state != TicketState.WAITING.value:
            raise InvalidInput(
                f"{ticket.number} 当前不在等候中（可能已被其他窗口呼叫），不能叫号。", field="号票"
            )
        ticket.state = TicketState.CALLED.value
        ticket.called_at = uow.now()
        ticket.window_id = window.id
        ticket.staff_id = staff_id
        _event(uow, ticket, TicketEventKind.CALLED, window, staff_id, {"direct": True})
        return _done(uow, ticket, window)


def pause_window(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None, reason: str) -> str:
    """暂停服务 with a reason (shown to the clerk, kept for the manager); calling stops until resumed."""
    with uow:
        with checking_input():
            reason = clean_text(reason, "暂停原因", max_len=REASON_MAX, required=False)
        if not reason:
            raise InvalidInput("请填写暂停服务的原因（如：临时离岗、系统故障）。", field="暂停原因")
        window = _window(uow, window_number)
        if window.paused_reason:
            raise InvalidInput(f"{window_number} 号窗口已在暂停中（{window.paused_reason}）。", field="窗口")
        window.paused_reason = reason
        _window_event(uow, window, WindowEventKind.PAUSED, staff_id, reason)
        uow.commit()
        return reason


def resume_window(uow: UnitOfWork, window_number: int, staff_id: uuid.UUID | None) -> None:
    with uow:
        window = _window(uow, window_number)
        if not window.paused_reason:
            raise InvalidInput(f"{window_number} 号窗口未暂停。", field="窗口")
        window.paused_reason = None
        _window_event(uow, window, WindowEventKind.RESUMED, staff_id, "")
        uow.commit()


def _window_event(
    uow: UnitOfWork, window: Window, kind: WindowEventKind, staff_id: uuid.UUID | None, reason: str
) -> None:
    uow.session.add(
        WindowEvent(
            hall_id=window.hall_id,
            window_id=window.id,
            kind=kind.value,
            at=uow.now(),
            staff_id=staff_id,
            reason=reason,
        )
    )
    audit.record(
        uow,
        f"window.{kind.value}",
        "window",
        window.id,
        actor_id=staff_id,
        detail={"window": window.number, "reason": reason},
    )


def window_status(uow: UnitOfWork, window_number: int) -> WindowStatus:
    with uow.reading():
        session = uow.session
        window = _window(uow, window_number)
        _now, today = _today(uow)
        current = _current(uow, window)
        # Every category, retired ones too: a ticket issued before its category was retired today must
        # still show (and be finished) at the window.
        categories = {
            c.id: c for c in session.scalars(select(Category).where(Category.hall_id == window.hall_id))
        }

        def info(t: Ticket) -> TicketInfo:
            return ticket_info(t, categories[t.category_id], window.number)

        held = [
            info(t)
            for t in session.scalars(
                select(Ticket)
                .where(
                    Ticket.hall_id == window.hall_id,
                    Ticket.service_date == today,
                    Ticket.window_id == window.id,
                    Ticket.state == TicketState.ON_HOLD.value,
                )
                .order_by(Ticket.issued_at)
            )
        ]
        served = session.execute(
            select(WindowCategory.category_id, WindowCategory.weight)
            .where(WindowCategory.window_id == window.id)
            .order_by(WindowCategory.weight.desc())
        ).all()
        served_ids = [cid for cid, _w in served if cid in categories and categories[cid].active]
        counts = dict(
            session.execute(
                select(Ticket.category_id, func.count(Ticket.id))
                .where(
                    Ticket.hall_id == window.hall_id,
                    Ticket.service_date == today,
                    Ticket.state == TicketState.WAITING.value,
                    Ticket.category_id.in_(served_ids)
                    & (Ticket.target_window_id.is_(None) | (Ticket.target_window_id == window.id)),
                )
                .group_by(Ticket.category_id)
            ).all()
        )
        targeted = session.scalar(
            select(func.count(Ticket.id)).where(
                Ticket.hall_id == window.hall_id,
                Ticket.service_date == today,
                Ticket.state == TicketState.WAITING.value,
                Ticket.target_window_id == window.id,
                Ticket.category_id.not_in(served_ids),
            )
        )
        waiting = {categories[cid].prefix: int(counts.get(cid, 0)) for cid in served_ids}
        names = {categories[cid].prefix: categories[cid].name for cid in served_ids}
        if targeted:
            waiting["转"] = int(targeted)
            names["转"] = "转入本窗口"
        served_today = session.scalar(
            select(func.count(Ticket.id)).where(
                Ticket.hall_id == window.hall_id,
                Ticket.service_date == today,
                Ticket.window_id == window.id,
                Ticket.state == TicketState.FINISHED.value,
            )
        )
        return WindowStatus(
            window.number,
            window.name,
            window.paused_reason,
            info(current) if current is not None else None,
            held,
            waiting,
            names,
            int(served_today or 0),
            mean_service_seconds(uow, window_id=window.id),
        )


OPEN_STATES = (
    TicketState.WAITING.value,
    TicketState.CALLED.value,
    TicketState.SERVING.value,
    TicketState.ON_HOLD.value,
)


def close_past_days(uow: UnitOfWork) -> int:
    """弃号: tickets of earlier days still open (held at closing time, never called) are abandoned, with
    an event each, so reports built from events see every ticket end. Run at every start; on central two
    terminals starting at once close each ticket once (the UPDATE's row locks decide)."""
    with uow:
        hall_id = _hall(uow)
        now, today = _today(uow)
        hlc = uow.stamp()
        closed = uow.session.execute(
            update(Ticket)
            .where(Ticket.hall_id == hall_id, Ticket.service_date < today, Ticket.state.in_(OPEN_STATES))
            .values(state=TicketState.ABANDONED.value, hlc=hlc)
            .returning(Ticket.id, Ticket.window_id)
            .execution_options(synchronize_session=False)
        ).all()
        if not closed:
            return 0
        uow.session.execute(
            insert(TicketEvent),
            [
                {
                    "id": new_id(),
                    "hall_id": hall_id,
                    "origin_terminal_id": uow.runtime.terminal_id,
                    "hlc": hlc,
                    "ticket_id": ticket_id,
                    "kind": TicketEventKind.ABANDONED.value,
                    "at": now,
                    "window_id": window_id,
                    "staff_id": None,
                    "detail": {"reason": "day_closed"},
                }
                for ticket_id, window_id in closed
            ],
        )
        audit.record(uow, "queue.close_past_days", "ticket", None, detail={"abandoned": len(closed)})
        uow.commit()
        return len(closed)
