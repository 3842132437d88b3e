"""``yk-desktop doctor``: what this PC has and lacks, each with how to fix it (for hall IT)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from yk_desktop import config as configmod
from yk_desktop.config import Config, NoKeyringError


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    critical: bool = False  # a critical failure stops the program; others degrade a feature


def run_checks(cfg: Config) -> list[Check]:
    checks = [_config(cfg), *_database(cfg), _keyring(cfg), _font(), _printers(), _speech()]
    return checks


def _config(cfg: Config) -> Check:
    path = cfg.path or configmod.config_path()
    if path.exists():
        return Check("配置文件", True, f"{path}（终端 {cfg.terminal.code}，模式 {cfg.terminal.mode}）")
    return Check("配置文件", True, f"未找到 {path}，使用单机默认设置（本地 SQLite）")


def _database(cfg: Config) -> list[Check]:
    from yk_desktop.app import open_database
    from yk_desktop.services import calendar, health
    from yk_desktop.services.errors import ServiceError
    from yk_desktop.store import schema

    where = (
        f"本地 SQLite {configmod.sqlite_file(cfg)}"
        if cfg.database.kind == "sqlite"
        else f"中心 PostgreSQL {cfg.database.host}:{cfg.database.port}/{cfg.database.name}"
    )
    try:
        runtime = open_database(cfg)
    except NoKeyringError as exc:
        return [Check("数据库", False, f"{where}：{exc.message}", "设置 YK_DESKTOP_DB_PASSWORD 后重试", True)]
    try:
        try:
            ms = health.ping(runtime.uow())
        except ServiceError as exc:
            fix = "检查网络、数据库服务和防火墙；单机使用可把 [database] kind 改为 sqlite"
            return [Check("数据库", False, f"{where}：{exc.message}", fix, True)]
        checks = [Check("数据库", True, f"{where}，可连接（{ms:.0f} ms）")]
        current, head = schema.current_revision(runtime.engine), schema.head_revision()
        if current == head:
            checks.append(Check("数据库结构", True, f"版本 {current}，与程序一致"))
        else:
            fix = "执行 yk-desktop db upgrade" + (
                "（本地文件在程序启动时也会自动升级）" if cfg.database.kind == "sqlite" else ""
            )
            checks.append(
                Check(
                    "数据库结构",
                    False,
                    f"版本 {current or '空'}，程序需要 {head}",
                    fix,
                    cfg.database.kind != "sqlite",
                )
            )
            return checks
        years = calendar.uncovered_years(runtime.uow())
        note = calendar.coverage_warning(years)
        checks.append(
            Check(
                "工作日历",
                not years,
                note or "本年和下一年的节假日安排均已载入",
                "pip install -U chinesecalendar 后执行 yk-desktop calendar load，或在管理端手工录入",
            )
        )
        return checks
    finally:
        runtime.close()


def _keyring(cfg: Config) -> Check:
    ok, name = configmod.keyring_available()
    if ok:
        return Check("系统密钥环", True, f"可用（{name}），中心数据库密码保存在此")
    needed = cfg.database.kind == "postgresql"
    detail = NoKeyringError.message if needed else f"不可用（{name}）；单机模式不需要"
    return Check(
        "系统密钥环",
        not needed,
        detail,
        "安装并启用 Secret Service（如 gnome-keyring）或使用 Windows/macOS 自带密钥环",
    )


def _font() -> Check:
    from yk_desktop.printing.fonts import cjk_font, font_report

    font = cjk_font()
    return Check(
        "中文字体",
        font.embedded,
        font_report(),
        "Debian/Ubuntu: apt-get install fonts-wqy-microhei；Windows/macOS 自带中文字体",
    )


def _qt(probe: Callable[[], Check], name: str) -> Check:
    try:
        return probe()
    except ImportError as exc:
        return Check(
            name,
            False,
            f"Qt 组件无法加载：{exc}",
            "pip install -e . 重新安装依赖；Linux 需安装 libegl1 libxkbcommon0",
        )


def _printers() -> Check:
    def probe() -> Check:
        from PySide6.QtPrintSupport import QPrinterInfo

        names = QPrinterInfo.availablePrinterNames()
        if names:
            default = QPrinterInfo.defaultPrinterName() or "未设置"
            return Check("打印机", True, f"发现 {len(names)} 台：{'、'.join(names)}（默认：{default}）")
        return Check(
            "打印机",
            False,
            "未发现打印机；单据仍会生成 PDF 存档，可稍后补打",
            "安装打印机驱动"
            + ("并启动 CUPS（apt-get install cups）" if sys.platform.startswith("linux") else ""),
        )

    return _qt(probe, "打印机")


def _speech() -> Check:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return Check(
            "语音播报",
            False,
            "未安装 Qt 语音模块（QtTextToSpeech），叫号大屏将以提示音代替语音",
            "pip install PySide6-Addons；Linux 另需 apt-get install speech-dispatcher espeak-ng libpulse0",
        )
    engines = QTextToSpeech.availableEngines()
    if not engines:
        return Check(
            "语音播报",
            False,
            "Qt 语音模块已安装，但没有可用的语音引擎",
            "Linux: apt-get install speech-dispatcher espeak-ng；Windows/macOS 使用系统自带语音",
        )
    return Check("语音播报", True, f"可用引擎：{'、'.join(engines)}")
