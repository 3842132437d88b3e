"""Opening the program's window: Qt application, Chinese font, translations and theme, database start,
login when the mode needs one, and ``--screenshot`` (render once the data is in, save a PNG, exit 0).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from yk_desktop import __version__
from yk_desktop import app as appmod
from yk_desktop.config import Config, NoKeyringError
from yk_desktop.core.clock import Clock
from yk_desktop.gui import i18n, workers
from yk_desktop.gui.login import DemoAccount, LoginDialog
from yk_desktop.gui.session import LOGIN_MODES, MODES, Session, mode_name
from yk_desktop.gui.shell import ModeWindow
from yk_desktop.resources import ui_dir
from yk_desktop.services import auth, demo
from yk_desktop.services.auth import StaffInfo
from yk_desktop.services.errors import ServiceError

# The first of these the system has; Qt's fallback may pick a font without Chinese glyphs (boxes).
CJK_FONTS = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)
BASE_POINT_SIZE = 11
SCREENSHOT_SIZE = (1280, 800)
# A screenshot run that never gets its data (a hung database) must end rather than hang a build.
SCREENSHOT_TIMEOUT_MS = 60_000
EXIT_START_FAILED = 2


log = logging.getLogger(__name__)


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(sys.argv[:1])


def choose_font() -> QFont | None:
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            return QFont(family, BASE_POINT_SIZE)
    return None


def apply_look(app: QApplication, language: str) -> None:
    app.setApplicationName("yk-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("yk-desktop")
    font = choose_font()
    if font is not None:
        app.setFont(font)
    i18n.install(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("main", "营口政务服务大厅窗口系统"))
    theme = ui_dir() / "theme.qss"
    if theme.exists():
        app.setStyleSheet(theme.read_text(encoding="utf-8"))


def _fail(message: str, *, quiet: bool) -> int:
    print(message, file=sys.stderr)
    if not quiet:
        QMessageBox.critical(None, QCoreApplication.translate("main", "无法启动"), message)
    return EXIT_START_FAILED


def start_database(
    cfg: Config, *, demo_mode: bool, password_prompt: bool, quiet: bool, clock: Clock | None = None
) -> appmod.Started | int:
    """``app.start`` with the central password asked for when no keyring can hold it; an int is an exit code."""
    password: str | None = None
    while True:
        try:
            return appmod.start(cfg, password=password, demo_mode=demo_mode, clock=clock)
        except NoKeyringError as exc:
            if not password_prompt or quiet or password is not None:
                return _fail(exc.message, quiet=quiet)
            QMessageBox.information(None, QCoreApplication.translate("main", "中心数据库密码"), exc.message)
            text, ok = QInputDialog.getText(
                None,
                QCoreApplication.translate("main", "中心数据库密码"),
                QCoreApplication.translate("main", "请输入中心数据库密码（仅保存在内存中）："),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return EXIT_START_FAILED
            password = text  # kept in memory for this run only (DESIGN.md §6: never in a file)
        except ServiceError as exc:  # DatabaseUnavailable, SchemaOutdated and the rest carry their message
            return _fail(exc.message, quiet=quiet)
        except Exception as exc:
            # Last resort: an unexpected start-up failure still ends with a message, not a silent exit.
            # workers.error_text logs the whole exception and shows a reference code, never driver text.
            return _fail(
                QCoreApplication.translate("main", "启动失败：{0}").format(workers.error_text(exc)),
                quiet=quiet,
            )


def demo_login(started: appmod.Started, mode: str, accounts: list[DemoAccount]) -> StaffInfo | None:
    """For screenshots: the first demo account whose role may open ``mode`` (clerk01, manager01)."""
    for username, password, _name, role in accounts:
        if mode in auth.ROLE_MODES.get(role, ()):
            return auth.login(started.runtime.uow(), username, password)
    return None


def run(
    cfg: Config,
    *,
    demo: bool,
    mode: str | None,
    screenshot: Path | None,
    password_prompt: bool = True,
    clock: Clock | None = None,
) -> int:
    """Open the program's window and run until it closes; the process exit code."""
    app = application()
    apply_look(app, cfg.ui.language)
    mode = mode or cfg.terminal.mode
    if mode not in MODES:
        return _fail(QCoreApplication.translate("main", "未知的模式：{0}").format(mode), quiet=True)
    cfg = cfg.with_mode(mode)
    quiet = screenshot is not None  # a screenshot run has nobody to click a dialog away
    started = start_database(cfg, demo_mode=demo, password_prompt=password_prompt, quiet=quiet, clock=clock)
    if isinstance(started, int):
        return started
    try:
        accounts = _demo_accounts() if demo else None
        staff: StaffInfo | None = None
        if mode in LOGIN_MODES:
            if screenshot is not None and demo:
                staff = demo_login(started, mode, accounts or [])
            else:
                hall_name = started.terminal.hall.name if started.terminal else ""
                staff = LoginDialog.ask(started.runtime, demo_accounts=accounts, hall_name=hall_name)
                if staff is None:
                    return 0  # cancelled at the login: a normal end
            if staff is None or not Session(started, staff).modes():
                return _fail(QCoreApplication.translate("main", "当前账号无权打开此模式。"), quiet=quiet)
        window = open_window(started, mode, staff, accounts)
        if screenshot is not None:
            return _screenshot(app, window, screenshot)
        if window.mode in ("kiosk", "display"):
            window.showFullScreen()
        else:
            window.resize(*SCREENSHOT_SIZE)
            window.showMaximized()
        terminal = started.terminal.code if started.terminal else "?"
        log.info("opened %s on terminal %s", window.mode, terminal)
        if window.panel is not None:
            # Hall IT (and the three-process test) read when a terminal was really ready to work.
            if window.panel.is_loaded:
                log.info("%s ready: data loaded", window.mode)
            else:
                window.panel.loaded.connect(lambda: log.info("%s ready: data loaded", window.mode))
        return app.exec()
    finally:
        workers.wait_for_idle(30_000)
        started.runtime.close()


def open_window(
    started: appmod.Started, mode: str, staff: StaffInfo | None, accounts: list[DemoAccount] | None
) -> ModeWindow:
    """The main window for ``staff`` on a terminal configured for ``mode``.

    A user whose role cannot open that mode (a clerk at the manager's PC) gets the first mode the role
    allows, as after a log-out, with a note in the status bar; ending the program would leave them with
    nothing to work in.
    """
    session = Session(started, staff)
    allowed = session.modes()
    note = ""
    if staff is not None and mode not in allowed and allowed:
        note = QCoreApplication.translate("main", "当前账号无权打开{0}，已打开{1}。").format(
            mode_name(mode), mode_name(allowed[0])
        )
        mode = allowed[0]
    window = ModeWindow(session, mode, warnings=started.warnings, demo_accounts=accounts)
    if note:
        window.statusBar().showMessage(note, 30_000)
    return window


def _demo_accounts() -> list[DemoAccount]:
    return demo.demo_accounts()


def _trace(moment: str) -> None:
    """``YK_DESKTOP_STARTUP_TRACE=1`` prints start-up moments for ``benchmarks/startup.py`` to time."""
    if os.environ.get("YK_DESKTOP_STARTUP_TRACE"):
        print(f"yk-startup: {moment}", flush=True)


def _screenshot(app: QApplication, window: ModeWindow, path: Path) -> int:
    """Show at 1280×800, wait for the panel's ``loaded``, let it paint, grab, save, and quit."""
    result = {"code": 1}

    guard = QTimer(window)
    guard.setSingleShot(True)

    def grab() -> None:
        guard.stop()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path), "PNG")
        if not ok:
            print(QCoreApplication.translate("main", "截图保存失败：{0}").format(path), file=sys.stderr)
        result["code"] = 0 if ok else 1
        window.close()
        app.quit()

    def timed_out() -> None:
        print(QCoreApplication.translate("main", "等待数据加载超时，未截图。"), file=sys.stderr)
        window.close()
        app.quit()

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    _trace("shown")
    panel = window.panel
    assert panel is not None
    # A short pause after the data arrived lets layouts settle and views paint their rows.
    if panel.is_loaded:
        _trace("loaded")
        QTimer.singleShot(300, grab)
    else:

        def on_loaded() -> None:
            _trace("loaded")
            QTimer.singleShot(300, grab)

        panel.loaded.connect(on_loaded)
    guard.timeout.connect(timed_out)
    guard.start(SCREENSHOT_TIMEOUT_MS)
    app.exec()
    return result["code"]
