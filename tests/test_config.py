"""The config file holds settings only; the central password lives in the keyring (or is asked for)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from yk_desktop import config
from yk_desktop.config import Config, ConfigError, DatabaseConfig, NoKeyringError, TerminalConfig


def test_missing_file_means_standalone_sqlite_defaults(tmp_path: Path) -> None:
    cfg = config.load(tmp_path / "none.toml")
    assert cfg.database.kind == "sqlite" and cfg.terminal.mode == "clerk"
    assert config.database_url(cfg).startswith("sqlite:///")


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    cfg = Config(
        terminal=TerminalConfig(code="K01", name="一楼取号机", mode="kiosk", window=None),
        database=DatabaseConfig(kind="postgresql", host="10.0.0.5", name="yk_central"),
    )
    path = config.save(cfg, tmp_path / "c.toml")
    again = config.load(path)
    assert again.terminal == cfg.terminal and again.database == cfg.database
    assert "password" not in path.read_text(encoding="utf-8")


def test_a_password_in_the_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[database]\nkind = "postgresql"\npassword = "secret"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="不得写入数据库密码"):
        config.load(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[terminal]\nmode = 'tv'\n", "终端模式"),
        ("[database\n", "格式错误"),
        ("[terminal]\ncolour = 1\n", "无法识别"),
        ("[terminal]\ncode = 'T-03'\n", "终端编号"),
        ("[terminal]\nwindow = '3'\n", "窗口号"),
        ("[database]\nport = 'abc'\n", "数据库端口"),
    ],
)
def test_bad_config_files_say_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        config.load(path)


def test_central_password_comes_from_the_keyring() -> None:
    cfg = Config(database=DatabaseConfig(kind="postgresql", host="db.hall", port=5432, name="yk", user="yk"))
    config.store_central_password(cfg, "s3cret")
    assert config.central_password(cfg) == "s3cret"
    url = config.database_url(cfg, config.central_password(cfg))
    assert "s3cret" in url and "db.hall:5432/yk" in url


def test_without_a_keyring_the_program_says_what_it_does() -> None:
    cfg = Config(database=DatabaseConfig(kind="postgresql"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert config.keyring_available()[0] is False
        with pytest.raises(NoKeyringError) as err:
            config.central_password(cfg)
        assert "启动时询问密码" in err.value.message
    finally:
        keyring.set_keyring(previous)


def test_names_with_quotes_and_control_characters_survive_the_file(tmp_path: Path) -> None:
    name = '一楼\n"取号机"\\A\x7f\t'
    path = config.save(Config(terminal=TerminalConfig(code="K1", name=name)), tmp_path / "c.toml")
    assert config.load(path).terminal.name == name


def test_a_fresh_pc_gets_its_own_terminal_code() -> None:
    import re
    import socket

    code = config.default_terminal_code()
    assert re.fullmatch(r"[A-Za-z0-9_]{1,32}", code)
    assert Config().terminal.code == code
    if re.fullmatch(r"[A-Za-z0-9_]{1,32}", socket.gethostname()):
        assert code == socket.gethostname()


def test_queue_kiosk_and_display_settings_round_trip_and_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "[queue]\nno_show_after_recalls = 3\ncheckin_early_minutes = 45\n"
        '[kiosk]\nprinter = "POS-80"\nlarge_text = true\nticket_notice = "过号请重新取号"\n'
        "[display]\nvoice_repeats = 3\n",
        encoding="utf-8",
    )
    cfg = config.load(path)
    assert cfg.queue.no_show_after_recalls == 3 and cfg.queue.checkin_late_minutes == 15
    assert cfg.kiosk.printer == "POS-80" and cfg.kiosk.large_text is True
    assert cfg.display.voice_repeats == 3 and cfg.display.voice is True
    config.save(cfg, path)
    assert config.load(path) == cfg


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[queue]\nno_show_after_recalls = -1\n", "no_show_after_recalls"),
        ('[queue]\ncheckin_early_minutes = "30"\n', "checkin_early_minutes"),
        ("[display]\nvoice_repeats = 0\n", "voice_repeats"),
        ("[kiosk]\nlarge_text = 1\n", "true 或 false"),
        ("[kiosk]\nprinter = 5\n", "带引号的文字"),
        ('[kiosk]\ncolour = "red"\n', "无法识别"),
    ],
)
def test_bad_queue_kiosk_display_settings_say_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError, match=message):
        config.load(path)
