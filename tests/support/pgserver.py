"""A real, throwaway PostgreSQL server for the test suite and the benchmark scripts.

No mocks and no docker: we run ``initdb`` into a fresh temporary directory, start the
server with ``pg_ctl`` on a free TCP port of 127.0.0.1 (trust authentication, so no
password), and remove everything again on :meth:`PgServer.stop` (or at interpreter exit).

Typical use::

    server = start_server()
    try:
        url = server.create_database("yk_test")  # postgresql+psycopg://yk@127.0.0.1:PORT/yk_test
        ...
    finally:
        server.stop()

PostgreSQL refuses to run as root.  When this process is root, the temporary directory
is handed to the ``postgres`` system user and ``initdb``/``pg_ctl`` run through
``runuser -u postgres --``.  Clients (psycopg, SQLAlchemy) connect over TCP, so the
test process itself can stay root.

Where the binaries come from: see :func:`find_pg_bindir`.  Set ``YK_PG_BINDIR`` to force
a particular installation.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql
from psycopg.rows import TupleRow

__all__ = [
    "DEFAULT_USER",
    "PgServer",
    "ensure_pg_binaries",
    "find_pg_bindir",
    "start_server",
]

#: Database superuser created by initdb (trust auth, no password).
DEFAULT_USER = "yk"

#: System account that runs the server when we are root.
_POSTGRES_OS_USER = "postgres"

_REQUIRED_BINARIES = ("initdb", "pg_ctl", "postgres")
_DEBIAN_GLOB_ROOT = Path("/usr/lib/postgresql")

# Unix-domain socket paths are limited to sizeof(sun_path) == 108 bytes on Linux,
# and the server appends "/.s.PGSQL.<port>" (plus ".lock") to the directory.
_MAX_SOCKDIR_LEN = 107 - len("/.s.PGSQL.65535.lock")

_START_ATTEMPTS = 3
_PG_CTL_WAIT_SECONDS = 60
_LOG_TAIL_LINES = 40
_PORT_IN_USE_MARKERS = ("could not bind", "address already in use", "could not create any tcp/ip sockets")

_INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.\n"
    "Install them, for example:\n"
    "  Debian/Ubuntu:  sudo apt-get install postgresql\n"
    "  Fedora/RHEL:    sudo dnf install postgresql-server\n"
    "  macOS:          brew install postgresql@15\n"
    "or point YK_PG_BINDIR at the directory containing initdb "
    "(e.g. YK_PG_BINDIR=/usr/lib/postgresql/15/bin)."
)


# --------------------------------------------------------------------------- binaries


def _is_bindir(path: Path) -> bool:
    return all(os.access(path / name, os.X_OK) for name in _REQUIRED_BINARIES)


def _version_key(path: Path) -> tuple[int, ...]:
    """Sort key for ``/usr/lib/postgresql/<version>/bin`` (``15`` > ``9.6``)."""
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (-1,)


def find_pg_bindir() -> Path | None:
    """Locate the directory holding ``initdb``/``pg_ctl``/``postgres``, or return ``None``.

    Looked for, in order:

    1. ``$YK_PG_BINDIR`` (if set, it must be valid; a wrong value raises instead of
       silently falling back to another installation);
    2. ``pg_config --bindir``, if ``initdb`` exists there (on Debian ``pg_config`` may
       come from libpq-dev without a server next to it);
    3. ``initdb`` on ``$PATH``, symlinks resolved;
    4. ``/usr/lib/postgresql/*/bin``, highest version first (Debian/Ubuntu layout,
       which is not on ``$PATH``).
    """
    explicit = os.environ.get("YK_PG_BINDIR")
    if explicit:
        path = Path(explicit).expanduser()
        if not _is_bindir(path):
            raise RuntimeError(
                f"YK_PG_BINDIR={explicit!r} does not contain executable {', '.join(_REQUIRED_BINARIES)}"
            )
        return path.resolve()

    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=30, check=True
            ).stdout.strip()
            if out and _is_bindir(Path(out)):
                return Path(out).resolve()

    initdb = shutil.which("initdb")
    if initdb:
        candidate = Path(initdb).resolve().parent
        if _is_bindir(candidate):
            return candidate

    if _DEBIAN_GLOB_ROOT.is_dir():
        for candidate in sorted(_DEBIAN_GLOB_ROOT.glob("*/bin"), key=_version_key, reverse=True):
            if _is_bindir(candidate):
                return candidate
    return None


def ensure_pg_binaries() -> Path:
    """Return the PostgreSQL bindir, installing the Debian package if we can.

    If nothing is found and we are root on a Debian-like system (``apt-get`` exists),
    ``postgresql`` is installed non-interactively.  Otherwise a :class:`RuntimeError`
    explains how to install it.
    """
    found = find_pg_bindir()
    if found is not None:
        return found

    apt_get = shutil.which("apt-get")
    if os.geteuid() != 0 or apt_get is None:
        raise RuntimeError(_INSTALL_HINT)

    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (
        [apt_get, "update", "-q"],
        [apt_get, "install", "-y", "-q", "--no-install-recommends", "postgresql"],
    ):
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800, check=False)
        if proc.returncode != 0:
            raise RuntimeError(
                f"{shlex.join(cmd)} failed with exit code {proc.returncode}:\n"
                f"{_tail(proc.stdout + proc.stderr)}\n\n{_INSTALL_HINT}"
            )

    found = find_pg_bindir()
    if found is None:
        raise RuntimeError(f"apt-get installed 'postgresql' but initdb is still not found.\n{_INSTALL_HINT}")
    return found


# --------------------------------------------------------------------------- helpers


def _tail(text: str, lines: int = _LOG_TAIL_LINES) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _log_tail(logfile: Path) -> str:
    try:
        return _tail(logfile.read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        return f"<server log {logfile} unreadable: {exc}>"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _subprocess_env() -> dict[str, str]:
    """Environment for initdb/pg_ctl: no stray PG* settings, C locale (English, parseable
    messages, and no failure if the caller's LANG names a locale that is not installed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LC_ALL="C", LANG="C")
    env.pop("LANGUAGE", None)
    return env


def _as_user(cmd: Sequence[str], run_as: str | None) -> list[str]:
    """Prefix ``cmd`` with ``runuser -u <run_as> --`` when we must drop root privileges."""
    if run_as is None:
        return list(cmd)
    runuser = shutil.which("runuser")
    if runuser is None:
        raise RuntimeError("running as root but `runuser` (util-linux) is not available to drop privileges")
    return [runuser, "-u", run_as, "--", *cmd]


def _command(bindir: Path, name: str, args: Sequence[str], run_as: str | None) -> list[str]:
    return _as_user([str(bindir / name), *args], run_as)


def _run(
    cmd: Sequence[str], *, cwd: Path, env: Mapping[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(cmd),
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _postgres_account() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(_POSTGRES_OS_USER)
    except KeyError:
        raise RuntimeError(
            "Running as root, and PostgreSQL refuses to run as root, but there is no "
            f"'{_POSTGRES_OS_USER}' system user to run it as. Install the distribution's "
            "postgresql package (it creates the user) or create it with "
            f"`useradd --system --user-group --home-dir /var/lib/postgresql {_POSTGRES_OS_USER}`."
        ) from None


# --------------------------------------------------------------------------- server


@dataclass
class PgServer:
    """A running throwaway server. Create it with :func:`start_server`."""

    bindir: Path
    datadir: Path
    sockdir: Path
    port: int
    user: str
    logfile: Path | None = None
    #: OS user the server runs as when we are root (``None``: runs as ourselves).
    run_as: str | None = None
    _cleanup_dirs: list[Path] = field(default_factory=list, repr=False, compare=False)
    _owner_pid: int = field(default_factory=os.getpid, repr=False, compare=False)
    _stopped: bool = field(default=False, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    # ----------------------------------------------------------------- URLs / databases

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        """SQLAlchemy URL (or libpq URI with ``driver="postgresql"``) over TCP, no password."""
        return f"{driver}://{quote(self.user, safe='')}@127.0.0.1:{self.port}/{quote(database, safe='')}"

    def connect(
        self, database: str = "postgres", *, autocommit: bool = False
    ) -> psycopg.Connection[TupleRow]:
        """A plain psycopg connection to ``database`` (caller closes it)."""
        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=self.user,
            dbname=database,
            autocommit=autocommit,
            connect_timeout=10,
        )

    def create_database(self, name: str) -> str:
        """(Re)create database ``name`` - dropped first if it exists - and return its URL."""
        if len(name.encode()) > 63:
            # PostgreSQL would silently truncate the name and url() would point elsewhere.
            raise ValueError(f"database name longer than 63 bytes: {name!r}")
        with self.connect(autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name`` if it exists, terminating any sessions still connected to it."""
        with self.connect(autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    # ----------------------------------------------------------------- lifecycle

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _pg_ctl(
        self, *args: str, timeout: float = _PG_CTL_WAIT_SECONDS + 30
    ) -> subprocess.CompletedProcess[str]:
        cwd = self._cleanup_dirs[0] if self._cleanup_dirs else self.datadir.parent
        return _run(
            _command(self.bindir, "pg_ctl", args, self.run_as),
            cwd=cwd,
            env=_subprocess_env(),
            timeout=timeout,
        )

    def stop(self) -> None:
        """``pg_ctl stop -m fast``, then delete the temporary directories. Idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            atexit.unregister(self._stop_at_exit)
            try:
                if (self.datadir / "postmaster.pid").exists():
                    wait = str(_PG_CTL_WAIT_SECONDS)
                    proc = self._pg_ctl("stop", "-D", str(self.datadir), "-m", "fast", "-w", "-t", wait)
                    if proc.returncode != 0 and (self.datadir / "postmaster.pid").exists():
                        self._pg_ctl("stop", "-D", str(self.datadir), "-m", "immediate", "-w", "-t", wait)
            finally:
                for directory in self._cleanup_dirs:
                    shutil.rmtree(directory, ignore_errors=True)

    def _stop_at_exit(self) -> None:
        # A forked child (multiprocessing, xdist worker forks, ...) must not stop the
        # parent's server when it exits.
        if os.getpid() == self._owner_pid:
            with contextlib.suppress(Exception):
                self.stop()

    def __enter__(self) -> PgServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _make_dirs(base_dir: Path | None, owner: pwd.struct_passwd | None) -> tuple[Path, Path, list[Path]]:
    """Create ``<tmp>/`` (for data dir and log) and the socket dir. Returns (root, sockdir, cleanup)."""
    if base_dir is not None:
        base_dir.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="yk-pg-", dir=base_dir)).resolve()
    cleanup = [root]
    try:
        # mkdtemp creates 0700; the postgres user has to get in (and so may other readers of the log).
        root.chmod(0o755)
        sockdir = root / "sock"
        if len(str(sockdir)) > _MAX_SOCKDIR_LEN:
            short_parent = "/tmp" if os.path.isdir("/tmp") else None
            sockdir = Path(tempfile.mkdtemp(prefix="yk-pgs-", dir=short_parent))
            cleanup.append(sockdir)
        else:
            sockdir.mkdir()
        sockdir.chmod(0o755)
        if owner is not None:
            for path in (root, sockdir):
                os.chown(path, owner.pw_uid, owner.pw_gid)
    except BaseException:
        for path in cleanup:
            shutil.rmtree(path, ignore_errors=True)
        raise
    return root, sockdir, cleanup


def _check_access_as(run_as: str, root: Path, env: Mapping[str, str]) -> None:
    """Fail early and clearly when a parent directory is not traversable by ``run_as``."""
    proc = _run(
        _as_user(["test", "-w", str(root), "-a", "-x", str(root)], run_as),
        cwd=Path("/"),
        env=env,
        timeout=30,
    )
    if proc.returncode != 0:
        blocked = [str(p) for p in reversed(root.parents) if p.is_dir() and not (p.stat().st_mode & 0o001)]
        hint = f" (not world-searchable: {', '.join(blocked)})" if blocked else ""
        raise RuntimeError(
            f"The '{run_as}' user cannot write to {root}{hint}. Every parent directory of the "
            f"server's data directory must be traversable by '{run_as}'; choose another base_dir "
            "(e.g. leave it None to use the system temp dir) or chmod o+x the parents."
        )


def start_server(
    base_dir: Path | None = None, *, max_connections: int = 100, fsync: bool = False
) -> PgServer:
    """initdb + start a fresh server on a free 127.0.0.1 port and return it.

    ``base_dir``: where the temporary directory is created (default: the system temp
    dir).  ``fsync=False`` (the default) turns off fsync, synchronous_commit and
    full_page_writes: fast, and fine for data we throw away.

    The server is stopped and its files removed by :meth:`PgServer.stop`, or at
    interpreter exit if that was never called.
    """
    bindir = ensure_pg_binaries()
    run_as: str | None = None
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:
        owner = _postgres_account()
        run_as = owner.pw_name

    env = _subprocess_env()
    root, sockdir, cleanup = _make_dirs(base_dir, owner)
    datadir = root / "data"
    logfile = root / "server.log"
    server = PgServer(
        bindir=bindir,
        datadir=datadir,
        sockdir=sockdir,
        port=0,
        user=DEFAULT_USER,
        logfile=logfile,
        run_as=run_as,
        _cleanup_dirs=cleanup,
    )
    # Registered before anything is started so that nothing leaks whatever happens next.
    atexit.register(server._stop_at_exit)
    try:
        if run_as is not None:
            _check_access_as(run_as, root, env)

        initdb = _run(
            _command(
                bindir,
                "initdb",
                [
                    "-D",
                    str(datadir),
                    "-A",
                    "trust",
                    "-U",
                    DEFAULT_USER,
                    "--encoding=UTF8",
                    "--locale=C",
                    "-N",
                ],
                run_as,
            ),
            cwd=root,
            env=env,
            timeout=300,
        )
        if initdb.returncode != 0:
            raise RuntimeError(
                f"initdb failed with exit code {initdb.returncode}:\n{_tail(initdb.stdout + initdb.stderr)}"
            )

        settings = [
            "listen_addresses=127.0.0.1",
            f"max_connections={max_connections}",
            "shared_buffers=128MB",
        ]
        if not fsync:
            settings += ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]

        last_error = ""
        for _attempt in range(_START_ATTEMPTS):
            port = _free_port()
            # pg_ctl hands -o to /bin/sh, hence the quoting of the socket directory.
            options = " ".join(
                [f"-p {port}", f"-k {shlex.quote(str(sockdir))}", *(f"-c {s}" for s in settings)]
            )
            log_offset = logfile.stat().st_size if logfile.exists() else 0
            proc = server._pg_ctl(
                "start", "-w", "-t", str(_PG_CTL_WAIT_SECONDS),
                "-D", str(datadir), "-l", str(logfile), "-o", options,
            )  # fmt: skip
            if proc.returncode == 0:
                server.port = port
                return server

            log = ""
            with contextlib.suppress(OSError), logfile.open("rb") as fh:
                fh.seek(log_offset)
                log = fh.read().decode("utf-8", errors="replace")
            output = (proc.stdout + proc.stderr).strip()
            last_error = (
                f"pg_ctl start (port {port}) failed with exit code {proc.returncode}:\n{output}\n"
                f"--- tail of the server log ---\n{_tail(log) or '<empty>'}"
            )
            if not any(marker in log.lower() for marker in _PORT_IN_USE_MARKERS):
                break
        raise RuntimeError(f"could not start the throwaway PostgreSQL server.\n{last_error}")
    except BaseException:
        server.stop()
        raise
