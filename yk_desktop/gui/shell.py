"""The main window around every mode: the 模式 menu, log-out, Help→About, a warning banner and the
status bar (who is logged in, which window, which database and whether it answers).

Switching mode swaps the panel inside and keeps the runtime and the user; which modes are offered is
decided by the user's role (``StaffInfo.may_open``). An unattended kiosk or hall screen (nobody logged
in) shows only its panel: no menus, no status bar, nothing a passer-by could quit or read IT details
from; staff reach the login through Ctrl+Alt+L.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yk_desktop import __version__
from yk_desktop.gui.login import DemoAccount, LoginDialog
from yk_desktop.gui.panel import ModePanel
from yk_desktop.gui.session import LOGIN_MODES, MODES, Session, mode_name, role_name
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import health
from yk_desktop.services.errors import DatabaseUnavailable
from yk_desktop.services.runtime import Runtime

# Each mode's module, imported when the mode is first opened: a clerk PC starting up does not load the manager
# console's twenty pages (nor a kiosk the clerk's), which start-up time pays for (benchmarks/startup.py).
PANEL_MODULES: dict[str, tuple[str, str]] = {
    "clerk": ("yk_desktop.gui.clerk", "ClerkPanel"),
    "kiosk": ("yk_desktop.gui.kiosk", "KioskPanel"),
    "display": ("yk_desktop.gui.display", "DisplayPanel"),
    "manager": ("yk_desktop.gui.manager", "ManagerPanel"),
}


def panel_class(mode: str) -> type[ModePanel]:
    module, name = PANEL_MODULES[mode]
    found = getattr(importlib.import_module(module), name)
    assert isinstance(found, type) and issubclass(found, ModePanel)
    return found


# 首问登记 from every staff mode, one key (办法 Art. 11).
INQUIRY_KEYS = "F12"

# A lost central database must show within seconds, but a terminal should not hammer it either.
PING_MS = 10_000
# A ping still unanswered after this many intervals means a hung connection: shown as unreachable.
PING_OVERDUE_INTERVALS = 2
# The hidden way to the staff login on an unattended kiosk or screen (it has no menu bar to click).
STAFF_LOGIN_KEYS = "Ctrl+Alt+L"
# Long SQLite paths would push the other status fields off a 1280 px screen; the tooltip has it whole.
MAX_DB_LABEL = 60


def ping_database(runtime: Runtime) -> bool:
    """Whether the database answers a trivial query (``health.ping``)."""
    try:
        health.ping(runtime.uow())
    except DatabaseUnavailable:
        return False
    return True


class WarningBanner(QFrame):
    """Start-up warnings, shown once and dismissed with a click; never modal, so kiosks are not blocked."""

    def __init__(self, warnings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self.label = QLabel("\n".join(warnings))
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("启动提示"))
        self.close_button = QPushButton(self.tr("知道了"))
        self.close_button.setAccessibleName(self.tr("关闭启动提示"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(warnings))


class ModeWindow(QMainWindow):
    mode_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        mode: str,
        *,
        warnings: Sequence[str] = (),
        demo_accounts: Sequence[DemoAccount] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ModeWindow")
        self.session = session
        self.mode = mode
        self.panel: ModePanel | None = None
        self._demo_accounts = demo_accounts
        self.mode_actions: dict[str, QAction] = {}
        self._menu_parts: list[QObject] = []
        self._warnings = list(warnings)
        # Where a log-out that nobody follows returns to: the unattended kiosk or screen this terminal is.
        self._unattended_mode = _unattended_mode(session, mode)

        # Staff read start-up warnings in a banner; on public screens (kiosk, display) they are kept for
        # the staff member who logs in there, so applicants are not shown notes meant for hall IT.
        public = self.is_public
        self.banner = WarningBanner([] if public else warnings)
        container = QWidget()
        self._layout = QVBoxLayout(container)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.banner)
        self.setCentralWidget(container)

        self.user_label = QLabel()
        self.window_label = QLabel()
        self.db_label = QLabel()
        self.db_label.setObjectName("dbLabel")
        for label in (self.user_label, self.window_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self._reachable: bool | None = None
        self._ping_started: float | None = None  # time.monotonic() of the ping still in flight

        if public and warnings:
            # A long note would be cut off mid-sentence; IT reads it whole in doctor. The status bar is
            # hidden on a public screen, so this is for the staff member who logs in there.
            self.statusBar().showMessage(
                self.tr("有 {0} 条启动提示，请信息管理员执行 yk-desktop doctor 查看").format(len(warnings)),
                120_000,
            )
            self.statusBar().setToolTip("\n".join(warnings))
        self._build_menus()
        self._show_panel(mode)
        self._update_status()
        self._ping_timer = QTimer(self)
        self._ping_timer.setInterval(PING_MS)
        self._ping_timer.timeout.connect(self.check_database)
        self._ping_timer.start()
        self.check_database()

    @property
    def is_public(self) -> bool:
        """Nobody logged in at a kiosk or hall screen: the window is in front of applicants."""
        return self.session.staff is None and self.mode not in LOGIN_MODES

    # -- menus -----------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # Rebuilt at every log-in: the old menus, actions and group go, or each re-login would leave
        # another set behind as children of this window. Actions leave the window at once: until the
        # deferred delete, two live Ctrl+Alt+L actions would make the keys ambiguous.
        for part in self._menu_parts:
            if isinstance(part, QAction):
                self.removeAction(part)
            part.deleteLater()
        self._menu_parts = []
        self.menuBar().clear()
        self.mode_actions = {}
        public = self.is_public
        mode_menu = self.menuBar().addMenu(self.tr("模式(&M)"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self._menu_parts += [mode_menu, group]
        offered = self.session.modes()
        for n, mode in enumerate(MODES):
            if mode not in offered and mode != self.mode:
                continue  # the role may not open it: not offered at all (DESIGN.md §8 roles limit what each sees)
            action = self._action(mode_name(mode))
            action.setCheckable(True)
            action.setChecked(mode == self.mode)
            action.setEnabled(mode in offered)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _checked=False, m=mode: self.switch_mode(m))
            group.addAction(action)
            mode_menu.addAction(action)
            self.mode_actions[mode] = action
        mode_menu.addSeparator()
        if self.session.staff is None:
            self.login_action = self._action(self.tr("工作人员登录…"))
            self.login_action.triggered.connect(self.log_in)
            if public:
                # The menu bar is hidden here; the action belongs to the window so its keys still work.
                self.login_action.setShortcut(QKeySequence(STAFF_LOGIN_KEYS))
                self.addAction(self.login_action)
        else:
            self.login_action = self._action(self.tr("退出登录"))
            self.login_action.triggered.connect(self.log_out)
        mode_menu.addAction(self.login_action)
        if not public:
            # A passer-by at a kiosk or screen must not be able to end the program (Ctrl+Q included).
            quit_action = self._action(self.tr("退出程序"))
            quit_action.setShortcut(QKeySequence.StandardKey.Quit)
            quit_action.triggered.connect(self.close)
            mode_menu.addAction(quit_action)
        if self.session.staff is not None and not public:
            # 首问负责 (办法 Art. 11): whoever is asked first logs it, from any staff mode, with one key.
            desk_menu = self.menuBar().addMenu(self.tr("服务(&S)"))
            self._menu_parts.append(desk_menu)
            inquiry = self._action(self.tr("首问登记…"))
            inquiry.setShortcut(QKeySequence(INQUIRY_KEYS))
            inquiry.triggered.connect(self.open_inquiry_form)
            desk_menu.addAction(inquiry)
            self.addAction(inquiry)
            self.inquiry_action = inquiry
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self._menu_parts.append(help_menu)
        about = self._action(self.tr("关于"))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # Public screens show only their panel: no menus, no status bar with IT details.
        self.menuBar().setVisible(not public)
        self.statusBar().setVisible(not public)

    def open_inquiry_form(self) -> None:
        # Imported on first use (the printing stack comes with it): see gui/warmup.py.
        from yk_desktop.gui.inquiry_dialog import open_inquiry_form

        open_inquiry_form(self.session, self)

    def _action(self, text: str) -> QAction:
        action = QAction(text, self)
        self._menu_parts.append(action)
        return action

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr(
                "营口市政务服务大厅窗口系统 yk-desktop {0}\n\n依据《营口市优化营商环境管理办法》"
                "建设：一次性告知、首问负责、限时办结、预约延时与帮办代办服务。"
            ).format(__version__),
        )

    # -- panels ----------------------------------------------------------------------------------------
    def _show_panel(self, mode: str) -> None:
        self._drop_panel()
        self.mode = mode
        self.panel = panel_class(mode)(self.session)
        self._layout.addWidget(self.panel, 1)
        # The old panel took the focus with it: without this F1 and typing would go nowhere (or to the
        # banner's button) until the clerk clicked into the panel.
        self.panel.take_focus()
        self.setWindowTitle(self.tr("{0} — {1}").format(mode_name(mode), self.session.hall_name))
        for m, action in self.mode_actions.items():
            action.setChecked(m == mode)

    def _drop_panel(self) -> None:
        if self.panel is not None:
            self.panel.shutdown()
            self._layout.removeWidget(self.panel)
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None

    def switch_mode(self, mode: str) -> bool:
        """Show ``mode`` if this user may open it; the runtime and the login stay."""
        if mode not in self.session.modes():
            return False
        if mode != self.mode or self.panel is None:
            self._show_panel(mode)
            self._update_status()
            self.mode_changed.emit(mode)
        return True

    # -- log in and out --------------------------------------------------------------------------------
    def _ask_login(self) -> Session | None:
        staff = LoginDialog.ask(
            self.session.runtime,
            demo_accounts=self._demo_accounts,
            hall_name=self.session.hall_name,
            parent=self,
        )
        return Session(self.session.started, staff) if staff is not None else None

    def log_out(self) -> None:
        """Hide the work and ask for the next user. Cancelling returns an unattended kiosk or screen to
        its public mode; a window that needs a user (clerk, manager) closes."""
        self._drop_panel()
        self.session = Session(self.session.started, None)
        self._update_status()
        new = self._ask_login()
        if new is not None:
            self._start_as(new)
        elif self._unattended_mode is not None:
            self._start_as(Session(self.session.started, None), self._unattended_mode)
        else:
            self.close()

    def log_in(self) -> None:
        """On an unattended kiosk or screen: staff log in to reach the modes their role allows."""
        new = self._ask_login()
        if new is not None:
            self._start_as(new)

    def _start_as(self, session: Session, mode: str | None = None) -> None:
        """Rebuild the window for ``session``: in ``mode``, or the current mode if allowed, or the first
        mode the role allows."""
        self.session = session
        if mode is None:
            allowed = session.modes()
            mode = self.mode if self.mode in allowed else (allowed[0] if allowed else self.mode)
        self.mode = mode
        if session.staff is not None and self._warnings and not self.banner.label.text():
            # Withheld from the public screen; the staff member now at it should see them.
            self.banner.label.setText("\n".join(self._warnings))
            self.banner.show()
        self._build_menus()
        self._show_panel(mode)
        self._update_status()
        self.mode_changed.emit(mode)

    # -- status bar ------------------------------------------------------------------------------------
    def database_text(self) -> str:
        """Which database this terminal works on, in the UI language, and where."""
        runtime = self.session.runtime
        url = runtime.engine.url
        if runtime.is_central:
            return self.tr("中心数据库 {0}:{1}/{2}").format(url.host, url.port, url.database)
        return self.tr("本地数据库 {0}").format(url.database)

    def _update_status(self) -> None:
        staff = self.session.staff
        if staff is None and self.mode in LOGIN_MODES:
            user = self.tr("未登录")
        elif staff is None:
            user = self.tr("未登录（{0}）").format(mode_name(self.mode))  # an unattended kiosk or screen
        else:
            user = self.tr("{0}（{1}）").format(staff.name, role_name(staff.role))
        self.user_label.setText(user)
        number = self.session.window_number
        self.window_label.setText(
            self.tr("{0} 号窗口").format(number) if number is not None else self.tr("无窗口")
        )
        label = self.database_text()
        # Elide the middle: the kind of database (start) and the file or database name (end) both matter.
        half = MAX_DB_LABEL // 2
        shown = label if len(label) <= MAX_DB_LABEL else f"{label[:half]}…{label[-half:]}"
        if self._reachable is None:
            state = self.tr("检查中")
        elif self._reachable:
            state = self.tr("连接正常")
        else:
            state = self.tr("无法连接")
        self.db_label.setText(f"{shown} · {state}")
        self.db_label.setToolTip(label)
        self.db_label.setProperty("reachable", {None: "unknown", True: "yes", False: "no"}[self._reachable])
        self.db_label.style().unpolish(self.db_label)
        self.db_label.style().polish(self.db_label)

    def check_database(self) -> None:
        if self._ping_started is not None:
            # The last ping has not answered: a hung connection must not get another query stacked behind
            # it, and once it is overdue the database is as good as unreachable for the people here.
            waited_ms = (time.monotonic() - self._ping_started) * 1000
            if (
                waited_ms >= PING_OVERDUE_INTERVALS * self._ping_timer.interval()
                and self._reachable is not False
            ):
                self._reachable = False
                self._update_status()
            return
        self._ping_started = time.monotonic()
        run_in_pool(
            ping_database,
            self.session.runtime,
            on_done=self._set_reachable,
            on_error=self._ping_failed,
            context=self,
        )

    def _set_reachable(self, reachable: bool) -> None:
        self._ping_started = None
        self._reachable = reachable
        self._update_status()

    def _ping_failed(self, exc: BaseException) -> None:
        self._ping_started = None
        self._reachable = False
        self._update_status()
        self.statusBar().showMessage(error_text(exc), 10_000)

    @property
    def database_reachable(self) -> bool | None:
        return self._reachable

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ping_timer.stop()
        if self.panel is not None:
            self.panel.shutdown()
        super().closeEvent(event)


def _unattended_mode(session: Session, mode: str) -> str | None:
    """The public mode (kiosk, display) this terminal runs in when nobody is logged in, if it is one:
    the mode the window opened in without a user, else the terminal's configured mode."""
    if session.staff is None and mode not in LOGIN_MODES:
        return mode
    terminal = session.started.terminal
    if terminal is not None and terminal.mode in MODES and terminal.mode not in LOGIN_MODES:
        return terminal.mode
    return None
