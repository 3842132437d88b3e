"""A tab page built the first time it is shown.

Lists behind tabs (cases, the archive, the calendar) each load from the database; building them all when a
console opens would make every start wait for pages nobody looks at yet. An archive list built eagerly
inside the clerk panel was also seen to leave the window inactive after a mode switch (cause not found).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyTab(QWidget, Generic[W]):
    def __init__(self, factory: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.built: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> W:
        """The page's widget, built now if it was not yet."""
        if self.built is None:
            self.built = self._factory()
            self._layout.addWidget(self.built)
        return self.built

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)

    def shutdown(self) -> None:
        """Stop the page's timers if it has any (panels are replaced, the program closes)."""
        stop = getattr(self.built, "shutdown", None)
        if callable(stop):
            stop()
