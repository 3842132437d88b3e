"""Small pieces every screen builds with: a named push button, and handing the keyboard back to a window."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget


def button(text: str, name: str, slot: Callable[[], object], *, primary: bool = False) -> QPushButton:
    """A push button with an accessible name that Enter in a field never presses by accident (no
    auto-default); ``primary`` styles it as the screen's main action (theme.qss ``#primaryButton``)."""
    made = QPushButton(text)
    made.setAccessibleName(name)
    made.setAutoDefault(False)
    if primary:
        made.setObjectName("primaryButton")
    made.clicked.connect(lambda _checked=False: slot())
    return made


def hand_back(opener: QWidget | None) -> None:
    """Make ``opener``'s window the active one again after a dialog it opened has closed.

    Function keys (F1…) are window shortcuts: they need that window active, and some window managers (and
    the offscreen platform) leave no window active when a dialog closes. The opener may be gone by then.
    """
    if opener is not None and shiboken6.isValid(opener):
        opener.window().activateWindow()
