"""Start-up shared by the command line and the windows: open the database, upgrade, register this PC.

Kept free of Qt so the CLI and tests use exactly the path the program takes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.exc import InterfaceError, OperationalError

from yk_desktop import config as configmod
from yk_desktop.config import Config
from yk_desktop.core.clock import Clock
from yk_desktop.services import calendar, demo, hall, queue, serving
from yk_desktop.services.errors import DatabaseUnavailable, ServiceError
from yk_desktop.services.hall import TerminalInfo
from yk_desktop.services.runtime import Runtime
from yk_desktop.store import schema


class SchemaOutdated(ServiceError):
    default_message = "中心数据库结构版本过旧，请由信息管理员执行 yk-desktop db upgrade 后再启动。"


class PasswordNeeded(ServiceError):
    """The keyring works but holds no central password for this database yet."""

    default_message = (
        "本机密钥环中还没有中心数据库密码。请由信息管理员执行 yk-desktop db password 保存密码后再启动"
        "（密码只保存在系统密钥环中，不写入配置文件）。"
    )


@dataclass
class Started:
    runtime: Runtime
    terminal: TerminalInfo | None
    warnings: list[str] = field(default_factory=list)
    config: Config = field(default_factory=Config)  # queue, kiosk and display settings the panels apply


def open_database(cfg: Config, password: str | None = None, *, clock: Clock | None = None) -> Runtime:
    """A runtime on the configured database; for central PostgreSQL the password comes from the
    caller or the keyring (``config.central_password`` raises NoKeyringError when there is none)."""
    if cfg.database.kind == "postgresql" and password is None:
        password = configmod.central_password(cfg)
        if password is None:
            raise PasswordNeeded()
    url = configmod.database_url(cfg, password)
    return Runtime.open(url, clock=clock, terminal_code=cfg.terminal.code)


def start(
    cfg: Config,
    *,
    password: str | None = None,
    demo_mode: bool = False,
    clock: Clock | None = None,
    runtime: Runtime | None = None,
) -> Started:
    """Everything between "program launched" and "first window can load data"."""
    own = runtime is None
    runtime = runtime or open_database(cfg, password, clock=clock)
    try:
        return _start(cfg, runtime, demo_mode)
    except (OperationalError, InterfaceError) as exc:
        # The schema check talks to the engine directly, outside a unit of work, so a refused
        # connection arrives here as a driver error; the clerk needs to read what it means.
        if own:
            runtime.close()
        where = (
            f"{runtime.engine.url.host}:{runtime.engine.url.port}" if runtime.is_central else "本地数据库文件"
        )
        raise DatabaseUnavailable(
            f"无法连接数据库（{where}），请检查网络和数据库服务，或联系大厅信息管理员。"
        ) from exc
    except BaseException:
        if own:
            runtime.close()  # a failed start must not leave connections to central open
        raise


def _start(cfg: Config, runtime: Runtime, demo_mode: bool) -> Started:
    warnings: list[str] = []
    if runtime.is_central:
        # Only hall IT upgrades the shared schema; a terminal silently migrating central is too risky.
        if not schema.is_current(runtime.engine):
            raise SchemaOutdated(
                f"中心数据库结构版本为 {schema.current_revision(runtime.engine) or '空'}，本程序需要 "
                f"{schema.head_revision()}。请由信息管理员执行 yk-desktop db upgrade 后再启动。"
            )
    else:
        schema.upgrade(runtime.engine)
    # Demo data never goes into the hall's shared database: fake tickets would join the real queue.
    demo_here = demo_mode and not runtime.is_central
    if demo_mode and runtime.is_central:
        warnings.append("已连接中心数据库，演示模式不会在其中创建演示大厅或演示号票。")
    if demo_here:
        demo.seed_demo(runtime.uow())
    terminal: TerminalInfo | None = None
    if hall.find_hall(runtime.uow(), cfg.terminal.hall) is not None:
        terminal = hall.register_terminal(
            runtime.uow(),
            cfg.terminal.hall,
            cfg.terminal.code,
            cfg.terminal.name,
            cfg.terminal.mode,
            cfg.terminal.window,
        )
        if cfg.terminal.window is not None and terminal.window_number is None:
            warnings.append(
                f"配置文件中的 {cfg.terminal.window} 号窗口在大厅中不存在，本机暂按登录人员的窗口叫号；请核对配置文件 [terminal] window。"
            )
        serving.close_past_days(runtime.uow())
        if demo_here and sum(queue.waiting_counts(runtime.uow()).values()) == 0:
            demo.seed_demo_queue(runtime)
    else:
        warnings.append(
            f"数据库中还没有大厅“{cfg.terminal.hall}”。请执行 yk-desktop seed-demo 创建演示大厅，或导入本大厅数据。"
        )
    note = calendar.coverage_warning(calendar.uncovered_years(runtime.uow()))
    if note:
        warnings.append(note)
    return Started(runtime, terminal, warnings, cfg)
