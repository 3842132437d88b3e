"""One action at a time on a detail view (a case, a proxy case): the view and its form wait on the pool.

While the action runs the view's content and the open form are disabled, so a second click cannot send
the same step twice; afterwards the view reads its record again either way, because on a failure another
terminal may have changed it and the clerk must see what is true now.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from yk_desktop.gui.case_forms import ActionForm
from yk_desktop.gui.controls import hand_back
from yk_desktop.gui.workers import error_text, run_in_pool


class ActionFormLike(Protocol):
    def set_busy(self, busy: bool) -> None: ...
    def accept(self) -> None: ...
    def show_error(self, text: str) -> None: ...


class DetailView(Protocol):
    busy: bool
    content: QWidget
    error_label: QLabel
    form: ActionForm | None  # the step form open now

    @property
    def details(self) -> object | None: ...
    @property
    def _why_not(self) -> Mapping[QPushButton, str]: ...

    @property
    def changed(self) -> SignalInstance: ...
    @property
    def status_label(self) -> QLabel: ...
    def show_error(self, text: str) -> None: ...
    def _update_buttons(self) -> None: ...
    def reload(self) -> None: ...


def run_action(
    view: DetailView,
    busy_text: str,
    call: Callable[[], object],
    done: Callable[[Any], None],
    form: ActionFormLike | None = None,
) -> None:
    """``call()`` on the worker pool with ``view`` (and ``form``) disabled; ``done(result)``, then reload."""
    if view.busy:
        return
    view.busy = True
    view.error_label.hide()
    view.status_label.setText(busy_text)
    view.content.setEnabled(False)
    if form is not None:
        form.set_busy(True)

    def finished(result: object) -> None:
        view.busy = False
        view.content.setEnabled(True)
        if form is not None and shiboken6.isValid(form):
            form.set_busy(False)
            form.accept()
        view.status_label.setText("")
        done(result)
        view._update_buttons()
        view.changed.emit()
        view.reload()

    def failed(exc: BaseException) -> None:
        view.busy = False
        view.content.setEnabled(True)
        text = error_text(exc)
        view.status_label.setText("")
        view.show_error(text)
        if form is not None and shiboken6.isValid(form):
            form.set_busy(False)
            form.show_error(text)
        view._update_buttons()
        view.reload()

    context = view if isinstance(view, QWidget) else None
    run_in_pool(call, on_done=finished, on_error=failed, context=context)


def press(view: DetailView, button: QPushButton) -> bool:
    """Whether ``button``'s action may start now; a key pressed on a disabled one says why not."""
    if button.isEnabled() and not view.busy and view.details is not None:
        return True
    reason = view._why_not.get(button)
    if not view.busy and reason:
        view.show_error(reason)
    return False


def open_form(view: DetailView, form: ActionForm, submitted: Callable[[], None]) -> None:
    """Open ``form`` for ``view`` (``view.form`` while it is open); its window gets the keyboard back after."""
    view.form = form
    form.submitted.connect(submitted)

    def closed(_result: int) -> None:
        if view.form is form:
            view.form = None
        form.deleteLater()
        hand_back(view if isinstance(view, QWidget) else None)

    form.finished.connect(closed)
    form.open()
