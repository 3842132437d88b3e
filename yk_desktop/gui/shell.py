"""The main window around every mode: the 模式 menu, log-out, Help→About, a warning banner and the
status bar (who is logged in, which window, which database and whether it answers).

Switching mode swaps the panel inside and keeps the runtime and the user; which modes are offered is
decided by the user's role (``StaffInfo.may_open``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
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
from yk_desktop.gui.clerk import ClerkPanel
from yk_desktop.gui.display import DisplayPanel
from yk_desktop.gui.kiosk import KioskPanel
from yk_desktop.gui.login import DemoAccount, LoginDialog
from yk_desktop.gui.manager import ManagerPanel
from yk_desktop.gui.panel import ModePanel
from yk_desktop.gui.session import LOGIN_MODES, MODES, Session, mode_name, role_name
from yk_desktop.gui.workers import error_text, run_in_pool
from yk_desktop.services import health
from yk_desktop.services.errors import DatabaseUnavailable
from yk_desktop.services.runtime import Runtime

PANELS: dict[str, type[ModePanel]] = {
    "clerk": ClerkPanel,
    "kiosk": KioskPanel,
    "display": DisplayPanel,
    "manager": ManagerPanel,
}
# A lost central database must show within seconds, but a terminal should not hammer it either.
PING_MS = 10_000
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

        # Staff read start-up warnings in a banner; on public screens (kiosk, display) they go to the
        # status bar instead, so applicants are not shown notes meant for hall IT.
        public = session.staff is None and mode not in LOGIN_MODES
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

        if public and warnings:
            # A long note would be cut off mid-sentence on a public screen; IT reads it whole in doctor.
            self.statusBar().showMessage(
                self.tr("有 {0} 条启动提示，请信息管理员执行 yk-desktop doctor 查看").format(len(warnings)), 120_000
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

    # -- menus -----------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.menuBar().clear()
        self.mode_actions = {}
        mode_menu = self.menuBar().addMenu(self.tr("模式(&M)"))
        group = QActionGroup(self)
        group.setExclusive(True)
        offered = self.session.modes()
        for n, mode in enumerate(MODES):
            if mode not in offered and mode != self.mode:
                continue  # the role may not open it: not offered at all (DESIGN.md §8 roles limit what each sees)
            action = QAction(mode_name(mode), self)
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
            self.login_action = QAction(self.tr("工作人员登录…"), self)
            self.login_action.triggered.connect(self.log_in)
        else:
            self.login_action = QAction(self.tr("退出登录"), self)
            self.login_action.triggered.connect(self.log_out)
        mode_menu.addAction(self.login_action)
        quit_action = QAction(self.tr("退出程序"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        mode_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("营口市政务服务大厅窗口系统 yk-desktop {0}\n\n依据《营口市优化营商环境管理办法》"
                    "建设：一次性告知、首问负责、限时办结、预约延时与帮办代办服务。").format(__version__),
        )

    # -- panels ----------------------------------------------------------------------------------------
    def _show_panel(self, mode: str) -> None:
        self._drop_panel()
        self.mode = mode
        self.panel = PANELS[mode](self.session)
        self._layout.addWidget(self.panel, 1)
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
            self.session.runtime, demo_accounts=self._demo_accounts, hall_name=self.session.hall_name, parent=self
        )
        return Session(self.session.started, staff) if staff is not None else None

    def log_out(self) -> None:
        """Hide the work, ask for the next user; cancelling closes a window that needs a user."""
        self._drop_panel()
        self.session = Session(self.session.started, None)
        self._update_status()
        new = self._ask_login()
        if new is None:
            self.close()
            return
        self._start_as(new)

    def log_in(self) -> None:
        """On an unattended kiosk or screen: staff log in to reach the modes their role allows."""
        new = self._ask_login()
        if new is not None:
            self._start_as(new)

    def _start_as(self, session: Session) -> None:
        self.session = session
        allowed = session.modes()
        self.mode = self.mode if self.mode in allowed else (allowed[0] if allowed else self.mode)
        mode = self.mode
        self._build_menus()
        self._show_panel(mode)
        self._update_status()
        self.mode_changed.emit(mode)

    # -- status bar ------------------------------------------------------------------------------------
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
        self.window_label.setText(self.tr("{0} 号窗口").format(number) if number is not None else self.tr("无窗口"))
        label = self.session.started.database_label
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
        run_in_pool(ping_database, self.session.runtime, on_done=self._set_reachable,
                    on_error=self._ping_failed, context=self)

    def _set_reachable(self, reachable: bool) -> None:
        self._reachable = reachable
        self._update_status()

    def _ping_failed(self, exc: BaseException) -> None:
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
