"""Store fixtures: every test gets a fresh, migrated database: a SQLite file in tmp_path, and
(the ``postgres`` parameter) a new database on a private PostgreSQL server (tests/store/pg.py)."""
from __future__ import annotations

import pytest

from store.db import make_engine, upgrade
from tests.store.pg import postgres_or_skip


@pytest.fixture(scope="session")
def pg_server():
    return postgres_or_skip()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request, tmp_path):
    """URL of an empty (not migrated) database on each engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'denials.db'}"
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def db_url(empty_db_url):
    upgrade(empty_db_url)
    return empty_db_url


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()
