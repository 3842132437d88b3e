"""Tests for the throwaway PostgreSQL server helper (real server, no mocks)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from . import pgserver
from .pgserver import PgServer, ensure_pg_binaries, find_pg_bindir, start_server

pytestmark = pytest.mark.postgres

CHINESE = "营口市政务服务中心"


def _accepts_connections(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        try:
            sock.connect(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.fixture(scope="module")
def server() -> Iterator[PgServer]:
    srv = start_server()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def base_dir() -> Iterator[Path]:
    # Not tmp_path: pytest's /tmp/pytest-of-root is 0700, which the postgres user
    # (used when we are root) cannot traverse.
    path = Path(tempfile.mkdtemp(prefix="yk-pgtest-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def test_binaries_are_found() -> None:
    bindir = ensure_pg_binaries()
    assert bindir == find_pg_bindir()
    for name in ("initdb", "pg_ctl", "postgres"):
        assert os.access(bindir / name, os.X_OK)


def test_url_format(server: PgServer) -> None:
    assert server.url() == f"postgresql+psycopg://yk@127.0.0.1:{server.port}/postgres"
    assert server.url("x y", driver="postgresql") == f"postgresql://yk@127.0.0.1:{server.port}/x%20y"


def test_chinese_text_round_trip(server: PgServer) -> None:
    url = server.create_database("yk_roundtrip")
    assert url == server.url("yk_roundtrip")

    with psycopg.connect(server.url("yk_roundtrip", driver="postgresql")) as conn:
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        conn.execute("CREATE TABLE hall (id serial PRIMARY KEY, name text NOT NULL)")
        conn.execute("INSERT INTO hall (name) VALUES (%s)", (CHINESE,))
        conn.commit()
        assert conn.execute("SELECT name FROM hall").fetchall() == [(CHINESE,)]
        assert conn.execute("SELECT length(name) FROM hall").fetchone() == (len(CHINESE),)

    # The default URL is an SQLAlchemy URL using the psycopg 3 driver.
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM hall")).scalar_one() == CHINESE
    finally:
        engine.dispose()

    server.drop_database("yk_roundtrip")
    with server.connect() as conn:
        row = conn.execute("SELECT count(*) FROM pg_database WHERE datname = 'yk_roundtrip'").fetchone()
        assert row == (0,)
    server.drop_database("yk_roundtrip")  # IF EXISTS: dropping again is fine


def test_create_database_recreates_and_drop_forces(server: PgServer) -> None:
    server.create_database("yk-Recreate")  # needs identifier quoting
    with server.connect("yk-Recreate") as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.commit()

    # An open session does not block re-creation or dropping (WITH (FORCE)).
    lingering = server.connect("yk-Recreate")
    try:
        server.create_database("yk-Recreate")
        with server.connect("yk-Recreate") as conn:
            assert conn.execute("SELECT to_regclass('t')").fetchone() == (None,)
        server.drop_database("yk-Recreate")
    finally:
        lingering.close()


def test_stop_removes_data_and_closes_port(base_dir: Path) -> None:
    srv = start_server(base_dir, max_connections=20, fsync=True)
    assert srv.datadir.is_relative_to(base_dir)
    with srv.connect() as conn:
        assert conn.execute("SHOW max_connections").fetchone() == ("20",)
        assert conn.execute("SHOW fsync").fetchone() == ("on",)
    assert _accepts_connections(srv.port)

    srv.stop()
    assert not srv.datadir.exists()
    assert not srv.sockdir.exists()
    assert list(base_dir.iterdir()) == []
    assert not _accepts_connections(srv.port)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(srv.url(driver="postgresql"), connect_timeout=5)
    srv.stop()  # idempotent


def test_retries_when_port_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken])
        real_free_port = pgserver._free_port
        monkeypatch.setattr(pgserver, "_free_port", lambda: next(ports, None) or real_free_port())

        with start_server() as srv:
            assert srv.port != taken
            with srv.connect() as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)


def test_start_failure_reports_log_and_cleans_up(base_dir: Path) -> None:
    with pytest.raises(RuntimeError, match=r"(?s)tail of the server log.*max_connections"):
        start_server(base_dir, max_connections=-1)
    assert list(base_dir.iterdir()) == []


def test_atexit_stops_forgotten_server() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
        from support.pgserver import start_server
        srv = start_server()
        print(srv.port, srv.datadir, flush=True)
        # exits without stop()
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    port, datadir = proc.stdout.split()
    assert not Path(datadir).exists()
    assert not _accepts_connections(int(port))
