"""A process-wide signal hub, so windows in one program hear each other's calls without knowing each other.

Until a service reports recent calls (and PostgreSQL LISTEN/NOTIFY comes in its own issue), the hall
display learns of calls made in this process through ``hub().ticket_called``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CallEvents(QObject):
    """``ticket_called(TicketInfo)`` is emitted on the UI thread after a clerk's call succeeded."""

    ticket_called = Signal(object)


_hub: CallEvents | None = None


def hub() -> CallEvents:
    # Made on first use, not at import: a QObject made before QApplication would live in no event loop.
    global _hub
    if _hub is None:
        _hub = CallEvents()
    return _hub
