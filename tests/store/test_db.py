"""Migrations, engine settings and the ``denials db`` commands, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import inspect, text

from store.commands import db
from store.db import current_revision, display_url, head_revision, make_engine, session_scope, upgrade
from store.schema import Base

TABLES = {"documents", "records", "pages", "corrections", "audit_events", "sightings"}


def test_migrations_run_from_empty_and_match_the_models(empty_db_url):
    assert upgrade(empty_db_url) == head_revision()
    assert upgrade(empty_db_url) == head_revision()  # idempotent
    engine = make_engine(empty_db_url)
    try:
        assert TABLES <= set(inspect(engine).get_table_names())
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []  # the hand-written migration and store/schema.py agree
    finally:
        engine.dispose()


def test_downgrade_to_empty(db_url):
    from alembic import command

    from store.db import alembic_config

    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(db_url, conn), "base")
        assert not TABLES & set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_sqlite_file_created_with_wal_foreign_keys_and_busy_timeout(tmp_path):
    path = tmp_path / "new" / "dir" / "denials.db"
    url = f"sqlite:///{path}"
    upgrade(url)
    assert path.exists()
    engine = make_engine(url)
    try:
        with session_scope(engine) as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        engine.dispose()


def test_session_scope_rolls_back_on_error(engine):
    from store.schema import SightingRow, utcnow

    with pytest.raises(RuntimeError), session_scope(engine) as s:
        s.add(SightingRow(sha256="0" * 64, filename="x.pdf", time=utcnow(), outcome="failed"))
        s.flush()
        raise RuntimeError("boom")
    with session_scope(engine, readonly=True) as s:
        assert s.execute(text("SELECT count(*) FROM sightings")).scalar() == 0


def test_display_url_hides_password():
    shown = display_url("postgresql+psycopg://app:s3cret@db.example:5432/denials")
    assert "s3cret" not in shown and shown == "postgresql+psycopg://app@db.example:5432/denials"


def test_cli_upgrade_and_info(empty_db_url, tmp_path, monkeypatch):
    url = empty_db_url
    if url.startswith("postgresql"):  # trust auth ignores the password; it must not be printed
        url = url.replace("://denials@", "://denials:s3cret@")
    monkeypatch.setenv("DENIALS_DATABASE_URL", url)
    monkeypatch.setenv("DENIALS_DATA_DIR", str(tmp_path))
    runner = CliRunner()

    before = runner.invoke(db, ["info"])
    assert before.exit_code == 0, before.output
    assert "not initialised" in before.output

    up = runner.invoke(db, ["upgrade"])
    assert up.exit_code == 0, up.output
    assert f"revision {head_revision()}" in up.output

    info = runner.invoke(db, ["info"])
    assert info.exit_code == 0, info.output
    assert "s3cret" not in info.output + up.output
    assert "records:" in info.output and f"{head_revision()} (latest {head_revision()})" in info.output


def test_cli_default_database_is_sqlite_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("DENIALS_DATABASE_URL", raising=False)
    monkeypatch.setenv("DENIALS_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(db, ["upgrade"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "denials.db").exists()
