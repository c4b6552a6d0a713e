"""Review-app fixtures: a fresh migrated SQLite file per test (copied from one migrated template),
cheap argon2 parameters, a set of cases with real PDF sources, two users and a TestClient."""
from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

import store.users
from denials.config import Settings
from store import save_processed, session_scope
from store.db import make_engine, upgrade
from store.users import add_user
from tests.webapp.factories import TODAY, Letter, build, failed, sha
from webapp.app import create_app
from webapp.security import LoginThrottle

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')

STANDARD = {
    "soon": Letter(),
    "overdue": Letter(claim="CLM-2002", payer="Blue Plan", deadline=dt.date(2025, 5, 30), expedited=False,
                      needs_review=True, review_reasons=("low_ocr_confidence",), category="not_covered",
                      member_id="BLU999", filename="blue.pdf"),
    "none": Letter(claim=None, auth="PA-3003", deadline=None, expedited=None, needs_review=True,
                   review_reasons=("no_appeal_window",), category="step_therapy", filename="noclock.pdf"),
    "month": Letter(claim="CLM-4004", payer="Crest Care", deadline=dt.date(2025, 6, 22), expedited=False,
                    filename="crest1.pdf", letter_date=dt.date(2025, 4, 28)),
    "later": Letter(claim="CLM-5005", payer="Crest Care", deadline=dt.date(2025, 8, 1), expedited=None,
                    category="coding", filename="crest2.pdf", letter_date=dt.date(2025, 4, 30)),
}


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    """argon2id still, but with tiny parameters so a login costs microseconds."""
    monkeypatch.setattr(store.users, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "denials.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def db_url(tmp_path, migrated_template):
    path = tmp_path / "data" / "denials.db"
    path.parent.mkdir()
    shutil.copy(migrated_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(tmp_path, db_url):
    return Settings(data_dir=tmp_path / "data", database_url=db_url, secret_key="test-" + "k" * 40)


@pytest.fixture
def app(settings, engine):
    return create_app(settings, engine=engine, today=lambda: TODAY, throttle=LoginThrottle())


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def users(engine):
    with session_scope(engine) as s:
        add_user(s, "ana", PASSWORD, "analyst")
        add_user(s, "vic", PASSWORD, "viewer")
    return {"analyst": "ana", "viewer": "vic"}


def save(engine, letter: Letter) -> str:
    processed, content = build(letter)
    with session_scope(engine) as s:
        save_processed(s, processed, letter.filename, content)
    return processed.record.record_id


@pytest.fixture
def cases(engine) -> dict[str, str]:
    ids = {name: save(engine, letter) for name, letter in STANDARD.items()}
    bad = b"%PDF-1.4 this file is broken"
    with session_scope(engine) as s:
        save_processed(s, failed(bad), "broken.pdf", bad)
    ids["failed"] = sha(bad)
    return ids


def csrf_of(client: TestClient, path: str = "/login") -> str:
    r = client.get(path)
    m = CSRF_RE.search(r.text)
    assert m, f"no csrf token on {path}"
    return m.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD, **kw):
    token = csrf_of(client, "/login")
    return client.post("/login", data={"username": name, "password": password, "csrf_token": token, **kw},
                       follow_redirects=False)


@pytest.fixture
def analyst(client, users):
    assert login(client, "ana").status_code == 303
    return client


@pytest.fixture
def viewer(client, users):
    assert login(client, "vic").status_code == 303
    return client
