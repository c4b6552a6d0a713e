"""``denials db``: create/upgrade the case store and show what it holds."""
from __future__ import annotations

import click


@click.group()
def db():
    """The case store (SQLite under the data dir, or DENIALS_DATABASE_URL)."""


@db.command()
def upgrade():
    """Create the database or bring it to the latest schema."""
    from denials.config import Settings
    from store.db import display_url, upgrade as do_upgrade

    url = Settings().db_url
    rev = do_upgrade(url)
    click.echo(f"{display_url(url)}: schema at revision {rev}")


@db.command()
def info():
    """Show the database URL (no password), its schema revision and what it holds."""
    from sqlalchemy import func, inspect, select

    from denials.config import Settings
    from store.cases import count_by
    from store.db import current_revision, display_url, head_revision, make_engine, session_scope
    from store.schema import Base

    url = Settings().db_url
    click.echo(f"database:  {display_url(url)}")
    engine = make_engine(url)
    try:
        rev, head = current_revision(engine), head_revision()
        click.echo(f"revision:  {rev or 'none'} (latest {head})")
        if rev is None:
            click.echo("not initialised: run `denials db upgrade`")
            return
        present = set(inspect(engine).get_table_names())
        with session_scope(engine, readonly=True) as session:
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    n = session.scalar(select(func.count()).select_from(table))
                    click.echo(f"{table.name + ':':<14} {n}")
            for status, n in count_by(session, "status").items():
                click.echo(f"  status {status}: {n}")
            for reviewed, n in count_by(session, "reviewed").items():
                click.echo(f"  {'reviewed' if reviewed else 'not reviewed'}: {n}")
        if rev != head:
            click.echo("schema is behind: run `denials db upgrade`")
    finally:
        engine.dispose()
