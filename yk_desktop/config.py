"""The terminal's configuration: one TOML file for settings, the OS keyring for the central password.

Where things live (platformdirs), overridable for tests and for several terminals on one PC:
``YK_DESKTOP_CONFIG`` (the config file) and ``YK_DESKTOP_DATA`` (the data folder).
"""

from __future__ import annotations

import os
import re
import socket
import tomllib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import URL

APP = "yk-desktop"
KEYRING_SERVICE = "yk-desktop"
MODES = ("clerk", "kiosk", "display", "manager")
SECTIONS = ("terminal", "database", "ui", "queue", "kiosk", "display", "review")


class ConfigError(Exception):
    """A config file the program cannot use; the message says which line to fix, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NoKeyringError(Exception):
    """No usable OS keyring: the central password cannot be stored, so it must be typed at start."""

    message = (
        "本机没有可用的系统密钥环（keyring），无法保存中心数据库密码。"
        "程序将在启动时询问密码，仅保存在内存中；如需免输入，请安装并启用系统密钥环服务"
        "（Windows 凭据管理器、macOS 钥匙串或 Linux Secret Service）。"
    )


@dataclass(frozen=True)
class DatabaseConfig:
    kind: str = "sqlite"  # "sqlite" (standalone, embedded) or "postgresql" (central)
    sqlite_path: str = ""  # empty: <data dir>/yk.sqlite3
    host: str = "127.0.0.1"
    port: int = 5432
    name: str = "yk"
    user: str = "yk"

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.name}"


def default_terminal_code() -> str:
    """This PC's host name as a terminal code, so two fresh PCs never register as one terminal.

    Terminal codes name the HLC node and the audit chain, so they keep to [A-Za-z0-9_].
    """
    name = re.sub(r"[^A-Za-z0-9_]", "_", socket.gethostname())[:32].strip("_")
    return name or "T01"


@dataclass(frozen=True)
class TerminalConfig:
    code: str = field(default_factory=default_terminal_code)
    name: str = "本机终端"
    mode: str = "clerk"
    window: int | None = None  # a clerk PC fixed to one window; None: the logged-in clerk's own window
    hall: str = "YK-ZWFW"


@dataclass(frozen=True)
class UiConfig:
    language: str = "zh_CN"


@dataclass(frozen=True)
class QueueConfig:
    """Hall queue policy a terminal applies (DOMAIN.md Queue: local rules are configurable)."""

    no_show_after_recalls: int = 2  # 过号 is allowed once a called ticket was recalled this often
    checkin_early_minutes: int = 30  # an appointment may be checked in this long before its slot
    checkin_late_minutes: int = 15  # ... and this long after its start; later it becomes an ordinary ticket


@dataclass(frozen=True)
class KioskConfig:
    printer: str = ""  # empty: the system's default printer; tickets always print without a dialog
    ticket_notice: str = "过号无效，请您重新取号"
    large_text: bool = False  # start in the large-text, voice-guided mode (适老化)


@dataclass(frozen=True)
class DisplayConfig:
    voice: bool = True
    voice_repeats: int = 2  # each call is spoken this many times
    notice: str = ""  # the scrolling line; empty: the hall's default notice


@dataclass(frozen=True)
class ReviewConfig:
    # 一次一评: after each finished ticket or case the applicant rates it (a second screen when the PC has
    # one, else a dialog on the clerk's screen); false on PCs where the hall uses a separate 评价器.
    after_finish: bool = True


@dataclass(frozen=True)
class Config:
    terminal: TerminalConfig = field(default_factory=TerminalConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    queue: QueueConfig = field(default_factory=QueueConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    review: ReviewConfig = field(default_factory=ReviewConfig)
    path: Path | None = None

    def with_mode(self, mode: str) -> Config:
        return replace(self, terminal=replace(self.terminal, mode=mode))


def data_dir() -> Path:
    env = os.environ.get("YK_DESKTOP_DATA")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_path() -> Path:
    env = os.environ.get("YK_DESKTOP_CONFIG")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"


def load(path: Path | None = None) -> Config:
    """Read the config file; a missing file means the standalone defaults."""
    path = path or config_path()
    if not path.exists():
        return Config(path=path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"配置文件 {path} 格式错误：{exc}。请按 TOML 格式改正后重试。") from exc
    if "password" in raw.get("database", {}):
        # The password belongs in the keyring only (DESIGN.md §6); refuse rather than silently use it.
        raise ConfigError(
            f"配置文件 {path} 中不得写入数据库密码，请删除 password 一行，密码保存在系统密钥环中。"
        )
    try:
        cfg = Config(
            terminal=TerminalConfig(**raw.get("terminal", {})),
            database=DatabaseConfig(**raw.get("database", {})),
            ui=UiConfig(**raw.get("ui", {})),
            queue=QueueConfig(**raw.get("queue", {})),
            kiosk=KioskConfig(**raw.get("kiosk", {})),
            display=DisplayConfig(**raw.get("display", {})),
            review=ReviewConfig(**raw.get("review", {})),
            path=path,
        )
    except TypeError as exc:
        raise ConfigError(f"配置文件 {path} 含有无法识别的设置：{exc}") from exc
    validate(cfg)
    return cfg


def validate(cfg: Config) -> None:
    """Every setting checked once, at load, with a message naming the line to fix."""
    t, db = cfg.terminal, cfg.database
    if t.mode not in MODES:
        raise ConfigError(f"终端模式“{t.mode}”无效，应为 {', '.join(MODES)} 之一。")
    if not isinstance(t.code, str) or not re.fullmatch(r"[A-Za-z0-9_]{1,32}", t.code):
        raise ConfigError(f"终端编号“{t.code}”无效：只能用 1–32 位字母、数字或下划线（如 T03、KIOSK_1）。")
    if t.window is not None and (isinstance(t.window, bool) or not isinstance(t.window, int) or t.window < 1):
        raise ConfigError(f"窗口号“{t.window}”无效：应为正整数（如 window = 3），不固定窗口则删除此行。")
    for key in ("name", "hall"):
        if not isinstance(getattr(t, key), str):
            raise ConfigError(f"[terminal] {key} 应为带引号的文字。")
    if db.kind not in ("sqlite", "postgresql"):
        raise ConfigError(f"数据库类型“{db.kind}”无效，应为 sqlite 或 postgresql。")
    if isinstance(db.port, bool) or not isinstance(db.port, int) or not 0 < db.port < 65536:
        raise ConfigError(f"数据库端口“{db.port}”无效：应为 1–65535 的整数（如 port = 5432）。")
    for key in ("sqlite_path", "host", "name", "user"):
        if not isinstance(getattr(db, key), str):
            raise ConfigError(f"[database] {key} 应为带引号的文字。")
    _check_ints(
        "queue",
        cfg.queue,
        {
            "no_show_after_recalls": (0, 10),
            "checkin_early_minutes": (0, 240),
            "checkin_late_minutes": (0, 240),
        },
    )
    _check_ints("display", cfg.display, {"voice_repeats": (1, 5)})
    for section, obj, keys in (
        ("kiosk", cfg.kiosk, ("printer", "ticket_notice")),
        ("display", cfg.display, ("notice",)),
    ):
        for key in keys:
            if not isinstance(getattr(obj, key), str):
                raise ConfigError(f"[{section}] {key} 应为带引号的文字。")
    flags: tuple[tuple[str, object, tuple[str, ...]], ...] = (
        ("kiosk", cfg.kiosk, ("large_text",)),
        ("display", cfg.display, ("voice",)),
        ("review", cfg.review, ("after_finish",)),
    )
    for flag_section, holder, names in flags:
        for name in names:
            if not isinstance(getattr(holder, name), bool):
                raise ConfigError(f"[{flag_section}] {name} 应为 true 或 false。")


def _check_ints(section: str, obj: object, limits: dict[str, tuple[int, int]]) -> None:
    for key, (low, high) in limits.items():
        value = getattr(obj, key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ConfigError(f"[{section}] {key} = {value!r} 无效：应为 {low}–{high} 的整数。")


def save(cfg: Config, path: Path | None = None) -> Path:
    """Write the config as TOML (tomllib only reads, and our values are flat strings and numbers)."""
    path = path or cfg.path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    for section in SECTIONS:
        lines.append(f"[{section}]")
        for key, value in asdict(getattr(cfg, section)).items():
            if value is not None:
                lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


_TOML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # TOML basic strings: backslash, quote and every control character must be escaped.
    escaped = "".join(
        _TOML_ESCAPES.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch)
        for ch in str(value)
    )
    return f'"{escaped}"'


def sqlite_file(cfg: Config) -> Path:
    return Path(cfg.database.sqlite_path) if cfg.database.sqlite_path else data_dir() / "yk.sqlite3"


def keyring_available() -> tuple[bool, str]:
    """Whether a real keyring backend is active, and its name (for ``doctor`` and the start-up notice)."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return False, name
    # A chainer with nothing behind it behaves like the fail backend.
    if type(backend).__name__ == "ChainerBackend" and not getattr(backend, "backends", []):
        return False, name
    return True, name


def central_password(cfg: Config) -> str | None:
    """The central database password from the keyring; None when none is stored.

    ``YK_DESKTOP_DB_PASSWORD`` is honoured first so unattended scripts can run without a keyring.
    Raises NoKeyringError when no keyring backend exists and no variable is set.
    """
    env = os.environ.get("YK_DESKTOP_DB_PASSWORD")
    if env is not None:
        return env
    ok, _name = keyring_available()
    if not ok:
        raise NoKeyringError()
    import keyring

    return keyring.get_password(KEYRING_SERVICE, cfg.database.keyring_user)


def store_central_password(cfg: Config, password: str) -> None:
    ok, _name = keyring_available()
    if not ok:
        raise NoKeyringError()
    import keyring

    keyring.set_password(KEYRING_SERVICE, cfg.database.keyring_user, password)


def database_url(cfg: Config, password: str | None = None) -> str:
    """SQLAlchemy URL for the configured database; the password is passed in, never read from the file."""
    if cfg.database.kind == "sqlite":
        path = sqlite_file(cfg)
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    db = cfg.database
    url = URL.create(
        "postgresql+psycopg",
        username=db.user,
        password=password,
        host=db.host,
        port=db.port,
        database=db.name,
    )
    return url.render_as_string(hide_password=False)
