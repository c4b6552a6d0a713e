"""Engines, sessions and migrations. Callers create sessions (``session_scope``) and pass them into
every query function; nothing in ``store`` opens a session of its own.

SQLite (the default, a file under ``Settings.data_dir``) runs in WAL mode with foreign keys on and
a busy timeout. Its transactions are started by SQLAlchemy rather than the sqlite3 driver, so that
SAVEPOINTs and DDL are transactional; write sessions start with ``BEGIN IMMEDIATE`` (they wait for
the write lock up front instead of failing on upgrade), ``readonly`` sessions with a plain ``BEGIN``.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
_READONLY = "denials_readonly"


def make_engine(url: str, **kwargs) -> Engine:
    """An engine for ``url`` (``sqlite:///path`` or ``postgresql+psycopg://…``). The SQLite file's
    directory is created if missing."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return create_engine(u, pool_pre_ping=True, **kwargs)
    if u.database and u.database != ":memory:" and not u.database.startswith("file:"):
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(u, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READONLY) else "BEGIN IMMEDIATE")

    return engine


@contextmanager
def session_scope(engine: Engine, *, readonly: bool = False) -> Iterator[Session]:
    """One transaction: committed when the block ends normally, rolled back on any exception."""
    bind = engine.execution_options(**{_READONLY: True}) if readonly else engine
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


def display_url(url: str) -> str:
    """``url`` without its password, for messages."""
    u = make_url(url)
    return URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query).render_as_string()


# --- migrations -----------------------------------------------------------------------------

def alembic_config(url: str, connection=None):
    """An Alembic Config for the migrations shipped in this package (no alembic.ini needed).
    ``alembic.command.*`` accept it, e.g. ``command.revision(alembic_config(url), "add users")``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    cfg.attributes["url"] = url
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _migrations_dir() -> Path:
    # The package is installed as plain files (editable or wheel), so the resource is a real path.
    return Path(str(resources.files("store") / "migrations"))


def upgrade(url: str, revision: str = "head") -> str | None:
    """Bring the database at ``url`` to ``revision`` (Alembic ``upgrade``); returns the new revision."""
    from alembic import command

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(url, conn), revision)
        rev = current_revision(engine)
    finally:
        engine.dispose()
    log.info("database %s at revision %s", display_url(url), rev)
    return rev


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("")).get_current_head()
