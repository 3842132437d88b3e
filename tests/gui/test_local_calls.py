"""A clerk program and a display program on the same PC: the call reaches the display at once, by datagram."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from yk_desktop.gui.events import CallEvents, decode, encode
from yk_desktop.services.queue import TicketInfo

TICKET = TicketInfo(
    id=uuid.uuid4(),
    number="A015",
    category_prefix="A",
    category_name="企业开办与商事登记",
    state="called",
    priority=False,
    priority_group=None,
    issued_at=datetime(2026, 11, 24, 1, 0, tzinfo=UTC),
    called_at=datetime(2026, 11, 24, 2, 0, tzinfo=UTC),
    window_number=3,
    waiting_before=0,
    service_date=datetime(2026, 11, 24).date(),
    recall_count=1,
)


def test_a_ticket_survives_the_datagram() -> None:
    got = decode(encode(TICKET, "me"))
    assert got == ("me", TICKET)
    assert decode(b"not json") is None
    assert decode(b'{"sender": "x", "ticket": {"number": 5}}') is None


def test_another_programs_call_arrives_and_our_own_is_not_heard_twice(qtbot: QtBot) -> None:
    display_side = CallEvents(port=47816)
    clerk_side = CallEvents(port=47816)  # another program: its own hub
    assert display_side.listen()
    heard: list[TicketInfo] = []
    display_side.ticket_called.connect(heard.append)
    with qtbot.waitSignal(display_side.ticket_called, timeout=2_000):
        clerk_side.announce(TICKET)
    assert heard == [TICKET]
    # The display's own announcements reach it once (the signal), not again through its socket.
    display_side.announce(TICKET)
    qtbot.wait(300)
    assert heard == [TICKET, TICKET]
