"""The command line for hall IT and scripts: schema upgrade, demo seed, calendar, catalog files, no-shows,
health check.

With no command it opens the windows (``--mode``, ``--demo``, ``--screenshot``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import InterfaceError, OperationalError

from yk_desktop import __version__
from yk_desktop import config as configmod
from yk_desktop.config import Config, ConfigError, NoKeyringError
from yk_desktop.core.clock import ShiftedClock
from yk_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from yk_desktop.services.hall import HallInfo
    from yk_desktop.services.runtime import Runtime


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yk-desktop", description="营口市政务服务大厅窗口桌面系统 (yk-desktop)"
    )
    parser.add_argument("--config", type=Path, help="配置文件路径（默认：用户配置目录下 config.toml）")
    parser.add_argument("--mode", choices=configmod.MODES, help="直接打开的模式：clerk/kiosk/display/manager")
    parser.add_argument(
        "--demo", action="store_true", help="演示模式：首次运行自动创建演示大厅，登录框列出演示账号"
    )
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="数据加载完成后截图保存并退出")
    parser.add_argument(
        "--demo-at",
        type=_time_of_day,
        metavar="HH:MM",
        help="仅限演示模式：把程序时钟拨到今天的该时刻（如晚间培训时看到大厅正常取号）",
    )
    sub = parser.add_subparsers(dest="command", metavar="命令")
    db = sub.add_parser("db", help="数据库结构")
    db_sub = db.add_subparsers(dest="db_command", metavar="子命令", required=True)
    db_sub.add_parser("upgrade", help="把数据库结构升级到本程序版本")
    db_sub.add_parser("current", help="显示数据库结构版本")
    db_sub.add_parser("password", help="把中心数据库密码保存到本机系统密钥环（不写入配置文件）")
    sub.add_parser("seed-demo", help="创建演示大厅（营口市政务服务中心）")
    sub.add_parser("doctor", help="检查本机运行条件并给出修复方法")
    sub.add_parser("version", help="显示版本")
    cal = sub.add_parser("calendar", help="工作日历")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="子命令", required=True)
    load = cal_sub.add_parser("load", help="从 chinesecalendar 载入法定节假日安排")
    load.add_argument("years", nargs="*", type=int, help="年份（默认：软件包包含的全部年份）")
    show = cal_sub.add_parser("show", help="列出某年的节假日与调休工作日")
    show.add_argument("year", type=int)
    aud = sub.add_parser("audit", help="审计记录")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="子命令", required=True)
    aud_sub.add_parser("verify", help="逐条核验各终端的审计链是否被改动或删除")
    cat = sub.add_parser("catalog", help="事项清单的导入与导出（格式见 docs/catalog-format.md）")
    cat_sub = cat.add_subparsers(dest="catalog_command", metavar="子命令", required=True)
    export = cat_sub.add_parser("export", help="把本大厅的事项清单导出为 .json 或 .xlsx 文件")
    export.add_argument("file", type=Path, metavar="文件")
    load_list = cat_sub.add_parser("import", help="从 .json 或 .xlsx 文件导入事项清单：按编码新增或更新")
    load_list.add_argument("file", type=Path, metavar="文件")
    load_list.add_argument("--dry-run", action="store_true", help="只检查并报告将有哪些变化，不保存")
    appt = sub.add_parser("appointments", help="预约")
    appt_sub = appt.add_subparsers(dest="appointments_command", metavar="子命令", required=True)
    appt_sub.add_parser(
        "mark-no-shows",
        help="把时段已结束（含宽限时间）仍未签到的预约标记为爽约；窗口电脑每分钟自动执行，"
        "无窗口开机时可由中心服务器定时执行",
    )
    return parser


def _time_of_day(text: str) -> time:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"时间“{text}”无效，应为 HH:MM，如 10:00") from None


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        cfg = configmod.load(args.config)
    except ConfigError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    if args.command is None:
        from yk_desktop.gui.main import run
        from yk_desktop.logsetup import setup_logging

        if args.demo_at is not None and not args.demo:
            print("--demo-at 只能与 --demo 一起使用：真实大厅必须使用真实时间。", file=sys.stderr)
            return 2
        setup_logging()
        clock = ShiftedClock(args.demo_at) if args.demo_at is not None else None
        return run(cfg, demo=args.demo, mode=args.mode, screenshot=args.screenshot, clock=clock)
    commands: dict[str, Callable[[Config, argparse.Namespace], int]] = {
        "db": _db,
        "seed-demo": _seed_demo,
        "doctor": _doctor,
        "version": _version,
        "calendar": _calendar,
        "audit": _audit,
        "catalog": _catalog,
        "appointments": _appointments,
    }
    try:
        return commands[args.command](cfg, args)
    except NoKeyringError as exc:
        print(exc.message + " 命令行下可临时设置环境变量 YK_DESKTOP_DB_PASSWORD。", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (OperationalError, InterfaceError) as exc:
        # Commands that talk to the engine outside a unit of work (schema checks) land here.
        where = (
            configmod.sqlite_file(cfg)
            if cfg.database.kind == "sqlite"
            else f"{cfg.database.host}:{cfg.database.port}"
        )
        print(f"无法使用数据库（{where}）：{str(exc.orig).strip().splitlines()[0]}", file=sys.stderr)
        print("请检查网络、数据库服务和配置文件；yk-desktop doctor 可逐项检查。", file=sys.stderr)
        return 1


def _version(_cfg: Config, _args: argparse.Namespace) -> int:
    from yk_desktop.store.schema import head_revision

    print(f"yk-desktop {__version__}（数据库结构 {head_revision()}）")
    return 0


@contextmanager
def _opened(cfg: Config) -> Iterator[Runtime]:
    from yk_desktop.app import open_database

    runtime = open_database(cfg)
    try:
        yield runtime
    finally:
        runtime.close()


def _db(cfg: Config, args: argparse.Namespace) -> int:
    from yk_desktop.store import schema

    if args.db_command == "password":
        return _store_password(cfg)

    with _opened(cfg) as runtime:
        before = schema.current_revision(runtime.engine)
        if args.db_command == "current":
            print(f"数据库结构版本：{before or '空（尚未建表）'}；本程序需要：{schema.head_revision()}")
            return 0
        after = schema.upgrade(runtime.engine)
        if before == after:
            print(f"数据库结构已是最新（{after}），无需升级。")
        else:
            print(f"数据库结构已从 {before or '空'} 升级到 {after}。")
        return 0


def _store_password(cfg: Config) -> int:
    import getpass

    if cfg.database.kind != "postgresql":
        print("本机使用本地 SQLite 数据库，不需要密码。", file=sys.stderr)
        return 1
    password = getpass.getpass(f"中心数据库 {cfg.database.keyring_user} 的密码：")
    configmod.store_central_password(cfg, password)  # NoKeyringError is reported by main()
    print(f"密码已保存到系统密钥环（服务 {configmod.KEYRING_SERVICE}，账号 {cfg.database.keyring_user}）。")
    return 0


def _seed_demo(cfg: Config, _args: argparse.Namespace) -> int:
    from yk_desktop.services import demo
    from yk_desktop.store import schema

    with _opened(cfg) as runtime:
        if runtime.is_central and not schema.is_current(runtime.engine):
            print("中心数据库结构不是最新，请先执行 yk-desktop db upgrade。", file=sys.stderr)
            return 1
        if not runtime.is_central:
            schema.upgrade(runtime.engine)
        print(demo.seed_demo(runtime.uow()).summary())
        return 0


def _calendar(cfg: Config, args: argparse.Namespace) -> int:
    from yk_desktop.services import calendar

    with _opened(cfg) as runtime:
        if args.calendar_command == "load":
            years = calendar.load_official(runtime.uow(), args.years or None)
            print(
                f"已载入 {len(years)} 年的节假日安排（{years[0]}–{years[-1]}）。"
                if years
                else "没有可载入的年份。"
            )
        else:
            kinds = {"holiday": "放假", "workday": "调休上班"}
            for day in calendar.list_days(runtime.uow(), args.year):
                print(f"{day.day:%Y-%m-%d}  {kinds.get(day.kind, day.kind)}  {day.name}  （{day.source}）")
        return 0


def _audit(cfg: Config, _args: argparse.Namespace) -> int:
    from yk_desktop.services import audit

    with _opened(cfg) as runtime:
        checks = audit.verify_all(runtime.uow())
        for check in checks:
            print(f"{'✔' if check.intact else '✘'} 审计链 {check.chain_id}：{check.message}")
        broken = [c for c in checks if not c.intact]
        print(f"共 {len(checks)} 条审计链，{len(broken)} 条异常。" if checks else "数据库中还没有审计记录。")
        return 1 if broken else 0


def _bind_hall(cfg: Config, runtime: Runtime) -> HallInfo | None:
    """Bind ``runtime`` to the configured hall for a hall-wide command; None after saying what to do.

    Bound without registering this PC as a terminal: IT may run these on a server whose default terminal
    code would overwrite a real window PC's registration.
    """
    from yk_desktop.services import hall
    from yk_desktop.store import schema

    if runtime.is_central and not schema.is_current(runtime.engine):
        print("中心数据库结构不是最新，请先执行 yk-desktop db upgrade。", file=sys.stderr)
        return None
    if not runtime.is_central:
        schema.upgrade(runtime.engine)
    found = hall.find_hall(runtime.uow(), cfg.terminal.hall)
    if found is None:
        print(
            f"数据库中还没有大厅“{cfg.terminal.hall}”。请先执行 yk-desktop seed-demo 创建演示大厅，"
            "或核对配置文件 [terminal] hall。",
            file=sys.stderr,
        )
        return None
    runtime.hall_id = found.id
    return found


def _appointments(cfg: Config, _args: argparse.Namespace) -> int:
    from yk_desktop.services import appointments

    with _opened(cfg) as runtime:
        found = _bind_hall(cfg, runtime)
        if found is None:
            return 1
        marked = appointments.mark_no_shows(runtime.uow())
        print(
            f"{found.name}：{marked} 个预约已标记为爽约。"
            if marked
            else f"{found.name}：没有需要标记爽约的预约。"
        )
        return 0


def _catalog(cfg: Config, args: argparse.Namespace) -> int:
    from yk_desktop.services import catalog_io

    path: Path = args.file
    kind = path.suffix.lower()
    if kind not in (".json", ".xlsx"):
        print(f"无法识别“{path.name}”的文件类型：事项清单文件应以 .json 或 .xlsx 结尾。", file=sys.stderr)
        return 2
    data = b""
    if args.catalog_command == "import":
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"无法读取文件 {path}：{exc.strerror or exc}", file=sys.stderr)
            return 1
    with _opened(cfg) as runtime:
        found = _bind_hall(cfg, runtime)
        if found is None:
            return 1
        if args.catalog_command == "export":
            content = (catalog_io.export_json if kind == ".json" else catalog_io.export_xlsx)(runtime.uow())
            try:
                path.write_bytes(content)
            except OSError as exc:
                print(f"无法写入文件 {path}：{exc.strerror or exc}", file=sys.stderr)
                return 1
            print(f"已把{found.name}的事项清单导出到 {path}。")
            return 0
        load = catalog_io.import_json if kind == ".json" else catalog_io.import_xlsx
        report = load(runtime.uow(), data, None, dry_run=args.dry_run)
        for warning in report.warnings:
            print(f"！ {warning}")
        for error in report.errors:
            print(f"✘ {error}", file=sys.stderr)
        print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
        return 0 if report.ok else 1


def _doctor(cfg: Config, _args: argparse.Namespace) -> int:
    from yk_desktop.doctor import run_checks

    checks = run_checks(cfg)
    for check in checks:
        mark = "✔" if check.ok else ("✘" if check.critical else "！")
        print(f"{mark} {check.name}：{check.detail}")
        if not check.ok and check.fix:
            print(f"    修复：{check.fix}")
    failed = [c for c in checks if not c.ok and c.critical]
    print(
        f"\n共 {len(checks)} 项检查，{len(failed)} 项必须修复。"
        if failed
        else f"\n共 {len(checks)} 项检查，可以正常运行。"
    )
    return 1 if failed else 0
