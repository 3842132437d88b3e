"""The command line as hall IT runs it: a separate process, a fresh data folder, real databases."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from tests.support.pgserver import PgServer
from yk_desktop.services import appointments
from yk_desktop.services.appointments import BookingRequest
from yk_desktop.services.runtime import Runtime


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "YK_DESKTOP_DATA": str(home / "data"),
        "YK_DESKTOP_CONFIG": str(home / "config.toml"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "yk_desktop", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_version(tmp_path: Path) -> None:
    out = _run(["version"], tmp_path)
    assert out.returncode == 0 and "yk-desktop 0.1.0" in out.stdout


def test_upgrade_seed_and_doctor_on_a_fresh_sqlite_file(tmp_path: Path) -> None:
    first = _run(["db", "upgrade"], tmp_path)
    assert first.returncode == 0 and "升级到" in first.stdout
    assert "无需升级" in _run(["db", "upgrade"], tmp_path).stdout
    seeded = _run(["seed-demo"], tmp_path)
    assert seeded.returncode == 0 and "已创建演示大厅" in seeded.stdout
    assert "已存在" in _run(["seed-demo"], tmp_path).stdout
    doctor = _run(["doctor"], tmp_path)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    for part in ("数据库", "数据库结构", "中文字体", "打印机", "系统密钥环", "语音播报", "工作日历"):
        assert f"{part}：" in doctor.stdout


def test_calendar_show_lists_holidays(tmp_path: Path) -> None:
    _run(["seed-demo"], tmp_path)
    out = _run(["calendar", "show", "2025"], tmp_path)
    assert out.returncode == 0 and "2025-10-01  放假  国庆节" in out.stdout and "调休上班" in out.stdout


def test_bad_config_is_reported_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[terminal]\nmode = 'tv'\n", encoding="utf-8")
    out = _run(["version"], tmp_path)
    assert out.returncode == 2 and "终端模式" in out.stderr and "Traceback" not in out.stderr


def _central(tmp_path: Path, pg: PgServer, name: str) -> None:
    pg.create_database(name)
    (tmp_path / "config.toml").write_text(
        f'[database]\nkind = "postgresql"\nhost = "127.0.0.1"\nport = {pg.port}\nname = "{name}"\nuser = "{pg.user}"\n',
        encoding="utf-8",
    )


@pytest.mark.postgres
def test_central_postgresql_without_keyring_explains_and_env_password_works(
    tmp_path: Path, pg_server: PgServer
) -> None:
    _central(tmp_path, pg_server, "yk_cli")
    try:
        refused = _run(["db", "upgrade"], tmp_path)
        assert (
            refused.returncode == 2
            and "密钥环" in refused.stderr
            and "YK_DESKTOP_DB_PASSWORD" in refused.stderr
        )
        done = _run(["db", "upgrade"], tmp_path, YK_DESKTOP_DB_PASSWORD="")
        assert done.returncode == 0, done.stderr
        assert _run(["seed-demo"], tmp_path, YK_DESKTOP_DB_PASSWORD="").returncode == 0
        doctor = _run(["doctor"], tmp_path, YK_DESKTOP_DB_PASSWORD="")
        assert "中心 PostgreSQL" in doctor.stdout and "可连接" in doctor.stdout
    finally:
        pg_server.drop_database("yk_cli")


@pytest.mark.postgres
def test_doctor_reports_an_unreachable_central_database(tmp_path: Path, pg_server: PgServer) -> None:
    (tmp_path / "config.toml").write_text(
        '[database]\nkind = "postgresql"\nhost = "127.0.0.1"\nport = 1\nname = "x"\nuser = "x"\n',
        encoding="utf-8",
    )
    out = _run(["doctor"], tmp_path, YK_DESKTOP_DB_PASSWORD="x")
    assert out.returncode == 1 and "✘ 数据库" in out.stdout and "修复" in out.stdout


def test_audit_verify_reports_every_chain(tmp_path: Path) -> None:
    _run(["seed-demo"], tmp_path)
    assert "还没有审计记录" in _run(["audit", "verify"], tmp_path).stdout
    # A start of the program registers this PC and writes to its chain (demo queue tickets).
    shot = _run(
        ["--mode", "kiosk", "--demo", "--screenshot", str(tmp_path / "k.png")],
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
    )
    assert shot.returncode == 0, shot.stderr
    out = _run(["audit", "verify"], tmp_path)
    assert out.returncode == 0 and "审计链完整" in out.stdout and "0 条异常" in out.stdout


def test_db_commands_on_an_unreachable_central_say_so_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        '[database]\nkind = "postgresql"\nhost = "127.0.0.1"\nport = 1\nname = "x"\nuser = "x"\n',
        encoding="utf-8",
    )
    out = _run(["db", "current"], tmp_path, YK_DESKTOP_DB_PASSWORD="x")
    assert out.returncode == 1 and "无法" in out.stderr and "Traceback" not in out.stderr


def test_db_password_without_a_keyring_explains(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[database]\nkind = "postgresql"\n', encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "yk_desktop", "db", "password"],
        env={
            **os.environ,
            "YK_DESKTOP_DATA": str(tmp_path / "data"),
            "YK_DESKTOP_CONFIG": str(tmp_path / "config.toml"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        input="secret\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2 and "密钥环" in out.stderr


def test_demo_at_is_refused_outside_demo_mode(capsys: pytest.CaptureFixture[str]) -> None:
    from yk_desktop.cli import main

    assert main(["--demo-at", "10:00"]) == 2
    assert "只能与 --demo 一起使用" in capsys.readouterr().err


def test_appointments_mark_no_shows_from_a_server_with_no_window_open(
    tmp_path: Path, sqlite_runtime: Runtime, sqlite_url: str
) -> None:
    """Clerk PCs sweep every minute; a central server with no window open runs this from a timer."""
    booked = appointments.book(
        sqlite_runtime.uow(),
        BookingRequest(
            category_prefix="A",
            day=date(2026, 11, 25),  # the day after the tests' clock; long past for the real clock
            start=time(10, 0),
            applicant_name="张三",
            applicant_id_number="210802198001011230",
            phone="13804170000",
        ),
        staff_id=None,
    )
    database = sqlite_url.removeprefix("sqlite:///")
    (tmp_path / "config.toml").write_text(f'[database]\nsqlite_path = "{database}"\n', encoding="utf-8")
    first = _run(["appointments", "mark-no-shows"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "营口市政务服务中心：1 个预约已标记为爽约。"
    assert appointments.find(sqlite_runtime.uow(), booked.code).state == "no_show"
    again = _run(["appointments", "mark-no-shows"], tmp_path)
    assert again.returncode == 0 and "没有需要标记爽约的预约" in again.stdout


def test_appointments_mark_no_shows_names_a_missing_hall(tmp_path: Path, sqlite_url: str) -> None:
    database = sqlite_url.removeprefix("sqlite:///")
    (tmp_path / "config.toml").write_text(
        f'[database]\nsqlite_path = "{database}"\n[terminal]\nhall = "YK-NONE"\n', encoding="utf-8"
    )
    out = _run(["appointments", "mark-no-shows"], tmp_path)
    assert (
        out.returncode == 1 and "数据库中还没有大厅“YK-NONE”" in out.stderr and "Traceback" not in out.stderr
    )
