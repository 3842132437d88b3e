"""Calls announced at once to every window on this PC: a signal hub in the process, a datagram between processes.

A clerk's call or recall goes to ``hub().announce(ticket)``: windows in the same program hear it through
``ticket_called``, and a hall display running as another program on the same PC (one process per mode)
hears it through a UDP datagram on the loopback interface, so it speaks at once instead of at its next
one-second database poll. The poll stays the source of truth; a lost datagram only costs that second.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QUdpSocket

from yk_desktop.services.queue import TicketInfo

log = logging.getLogger(__name__)
# Loopback only: nothing leaves the PC. One number for every program on the PC, so the sender and the display
# agree without set-up; ``YK_DESKTOP_LOCAL_PORT`` moves it (0 turns it off), e.g. to keep test runs apart.
DEFAULT_LOCAL_PORT = 47815


def local_port() -> int:
    value = os.environ.get("YK_DESKTOP_LOCAL_PORT", "")
    return int(value) if value.isdigit() and int(value) < 65536 else DEFAULT_LOCAL_PORT


_MAX_DATAGRAM = 8192


def encode(ticket: TicketInfo, sender: str) -> bytes:
    return json.dumps({"sender": sender, "ticket": asdict(ticket)}, default=str, ensure_ascii=False).encode()


def decode(data: bytes) -> tuple[str, TicketInfo] | None:
    """The sender and ticket of a datagram, or None for anything that is not one of ours."""
    try:
        raw = json.loads(data.decode("utf-8"))
        values: dict[str, Any] = dict(raw["ticket"])
        for f in fields(TicketInfo):
            value = values.get(f.name)
            if value is None:
                continue
            if f.name == "id":
                values[f.name] = uuid.UUID(value)
            elif f.name in ("issued_at", "called_at", "serving_at"):
                values[f.name] = datetime.fromisoformat(value)
            elif f.name == "service_date":
                values[f.name] = date.fromisoformat(value)
        return str(raw["sender"]), TicketInfo(**values)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class CallEvents(QObject):
    """``ticket_called(TicketInfo)`` is emitted on the UI thread after a clerk's call or recall succeeded."""

    ticket_called = Signal(object)

    def __init__(self, port: int | None = None) -> None:
        super().__init__()
        self.port = local_port() if port is None else port
        self.token = uuid.uuid4().hex  # our own datagrams come back to us when we also listen: skip them
        self._sender = QUdpSocket(self)
        self._listener: QUdpSocket | None = None

    def announce(self, ticket: TicketInfo) -> None:
        self.ticket_called.emit(ticket)
        if not self.port:
            return
        data = encode(ticket, self.token)
        if (
            self._sender.writeDatagram(data, QHostAddress(QHostAddress.SpecialAddress.LocalHost), self.port)
            < 0
        ):
            log.info("local call datagram not sent: %s", self._sender.errorString())

    def listen(self) -> bool:
        """Hear calls made by other programs on this PC (the hall display does); False if the port is taken."""
        if self._listener is not None:
            return True
        if not self.port:
            return False
        sock = QUdpSocket(self)
        mode = QAbstractSocket.BindFlag.ShareAddress | QAbstractSocket.BindFlag.ReuseAddressHint
        if not sock.bind(QHostAddress(QHostAddress.SpecialAddress.LocalHost), self.port, mode):
            log.warning("cannot listen for local calls on port %d: %s", self.port, sock.errorString())
            sock.deleteLater()
            return False
        sock.readyRead.connect(self._read)
        self._listener = sock
        return True

    def _read(self) -> None:
        sock = self._listener
        assert sock is not None
        while sock.hasPendingDatagrams():
            data, _host, _port = sock.readDatagram(_MAX_DATAGRAM)
            got = decode(bytes(data.data()))
            if got is None:
                log.info("ignored a datagram that is not a call")
                continue
            sender, ticket = got
            if sender != self.token:
                log.info("local call received: %s at window %s", ticket.number, ticket.window_number)
                self.ticket_called.emit(ticket)


_hub: CallEvents | None = None


def hub() -> CallEvents:
    # Made on first use, not at import: a QObject made before QApplication would live in no event loop.
    global _hub
    if _hub is None:
        _hub = CallEvents()
    return _hub
