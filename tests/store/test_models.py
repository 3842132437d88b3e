"""Rows get time-ordered Python-made keys and the terminal/HLC stamp on flush, on both engines."""

from __future__ import annotations

from sqlalchemy import select

from yk_desktop.core.hlc import HlcStamp
from yk_desktop.services import queue
from yk_desktop.services.runtime import Runtime
from yk_desktop.store.models import Ticket, TicketEvent


def test_written_rows_carry_hall_terminal_and_hlc(runtime: Runtime) -> None:
    queue.issue_ticket(runtime.uow(), "A")
    queue.issue_ticket(runtime.uow(), "A")
    with runtime.uow() as uow:
        tickets = uow.session.scalars(select(Ticket).order_by(Ticket.seq)).all()
        events = uow.session.scalars(select(TicketEvent)).all()
        assert len(tickets) == 2 and len(events) == 2
        for row in (*tickets, *events):
            assert row.hall_id == runtime.hall_id
            assert row.origin_terminal_id == runtime.terminal_id
            assert HlcStamp.decode(row.hlc).node == "T01"
        # Keys are UUIDv7 made in Python: later rows sort after earlier ones, as do their HLC stamps.
        assert tickets[0].id.version == 7
        assert tickets[0].id < tickets[1].id
        assert tickets[0].hlc < tickets[1].hlc
