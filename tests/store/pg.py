"""A throwaway PostgreSQL server for tests, from Debian's ``postgresql`` package (or any
``initdb``/``pg_ctl`` found): a temporary data directory, a free localhost port, the unix socket in
the same temporary directory, trust auth, fsync off. As root the server runs as the ``postgres``
user (initdb refuses root). Set ``DENIALS_TEST_PG_URL`` to use an existing server instead (an admin
URL, e.g. ``postgresql+psycopg://postgres:pw@localhost:5432/postgres``).

Use from any test package::

    from tests.store.pg import postgres_or_skip

    @pytest.fixture(scope="session")
    def pg_server():
        return postgres_or_skip()          # one server per test process, stopped at exit

    def test_x(pg_server):
        url = pg_server.create_database()  # fresh empty database, a SQLAlchemy URL
        ...
        pg_server.drop_database(url)
"""
from __future__ import annotations

import atexit
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

USER = "denials"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (the reason says why)."""


def find_pg_bin() -> Path | None:
    """The directory holding initdb/pg_ctl/postgres: $DENIALS_TEST_PG_BIN, the newest
    /usr/lib/postgresql/<version>/bin, or initdb's directory on PATH."""
    candidates = []
    if os.environ.get("DENIALS_TEST_PG_BIN"):
        candidates.append(Path(os.environ["DENIALS_TEST_PG_BIN"]))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                         key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)], reverse=True)
    if shutil.which("initdb"):
        candidates.append(Path(shutil.which("initdb")).parent)
    for c in candidates:
        if all((c / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return c
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PostgresServer:
    admin_url: str
    _stop: list = field(default_factory=list, repr=False)

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """Create a database (empty, or a copy of ``template``, a database name or URL, which must
        have no open connections) and return its SQLAlchemy URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        if template and "://" in template:
            template = make_url(template).database
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url_or_name: str) -> None:
        name = make_url(url_or_name).database if "://" in url_or_name else url_or_name
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, sql: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()

    def stop(self) -> None:
        while self._stop:
            self._stop.pop()()


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    if user is None:
        return cmd
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--", *cmd]
    return ["su", user, "-s", "/bin/sh", "-c", shlex.join(cmd)]


def _run(cmd: list[str], what: str) -> None:
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise PostgresUnavailable(f"{what} failed ({p.returncode}): {(p.stderr or p.stdout).strip()[-800:]}")


def start_postgres() -> PostgresServer:
    """Start a private server (see module doc); raises PostgresUnavailable with the reason."""
    if os.environ.get("DENIALS_TEST_PG_URL"):
        return PostgresServer(admin_url=os.environ["DENIALS_TEST_PG_URL"])
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise PostgresUnavailable("no initdb/pg_ctl/postgres found (install Debian's 'postgresql' package, "
                                  "scripts/setup.sh --test does) and DENIALS_TEST_PG_URL is not set")
    run_as = None
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' user to run the server as") from None
        run_as = "postgres"
    base = Path(tempfile.mkdtemp(prefix="denials-pg-"))
    data, sock, log = base / "data", base / "sock", base / "server.log"
    sock.mkdir()
    if run_as:
        for p in (base, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    server = PostgresServer(admin_url="")
    server._stop.append(lambda: shutil.rmtree(base, ignore_errors=True))
    try:
        _run(_as_user([str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8",
                       "--locale=C", "--no-sync"], run_as), "initdb")
        for attempt in range(3):
            port = free_port()
            opts = (f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                    f"-c full_page_writes=off -c max_connections=50")
            try:
                _run(_as_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                               "-o", opts, "start"], run_as), "pg_ctl start")
                break
            except PostgresUnavailable:
                if attempt == 2:
                    tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
                    raise PostgresUnavailable(f"server did not start; log: {tail}") from None
    except BaseException:
        server.stop()
        raise
    stop_cmd = _as_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], run_as)
    server._stop.append(lambda: subprocess.run(stop_cmd, capture_output=True, timeout=60))
    server.admin_url = f"postgresql+psycopg://{USER}@127.0.0.1:{port}/postgres"
    return server


_shared: PostgresServer | PostgresUnavailable | None = None


def shared_server() -> PostgresServer:
    """One server per test process, started on first use and stopped when the process exits."""
    global _shared
    if _shared is None:
        try:
            _shared = start_postgres()
            atexit.register(_shared.stop)
        except PostgresUnavailable as e:
            _shared = e
    if isinstance(_shared, PostgresUnavailable):
        raise _shared
    return _shared


def postgres_or_skip() -> PostgresServer:
    """``shared_server()``, or skip the calling test loudly (a warning too) when there is none."""
    import pytest

    try:
        return shared_server()
    except PostgresUnavailable as e:
        reason = f"POSTGRESQL TESTS SKIPPED: {e}"
        warnings.warn(reason, stacklevel=2)
        pytest.skip(reason)
