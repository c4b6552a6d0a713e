"""Store fixtures: every test gets a fresh database on each engine: a SQLite file in tmp_path, and
(the ``postgres`` parameter) a new database on a private PostgreSQL server (tests/store/pg.py)."""
from __future__ import annotations

import pytest

from store.db import make_engine, upgrade
from tests.store.pg import postgres_or_skip

ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_server():
    return postgres_or_skip()


@pytest.fixture(scope="session")
def pg_migrated_template(pg_server):
    """A migrated PostgreSQL database that tests copy (much faster than migrating each time)."""
    url = pg_server.create_database()
    upgrade(url)
    yield url
    pg_server.drop_database(url)


def _new_db(request, tmp_path, migrated: bool):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'data' / 'denials.db'}"
        if migrated:
            upgrade(url)
        yield url
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database(template=request.getfixturevalue("pg_migrated_template") if migrated else None)
    yield url
    server.drop_database(url)


@pytest.fixture(params=ENGINES)
def empty_db_url(request, tmp_path):
    """URL of an empty (not migrated) database."""
    yield from _new_db(request, tmp_path, migrated=False)


@pytest.fixture(params=ENGINES)
def db_url(request, tmp_path):
    """URL of a fresh database migrated to head."""
    yield from _new_db(request, tmp_path, migrated=True)


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()
