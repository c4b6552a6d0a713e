"""store.users (argon2 hashes, roles, feed tokens) and the `denials users` commands."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from store import session_scope
from store.schema import UserRow
from store.users import (
    UserError, UserExists, UserNotFound, add_user, authenticate, get_user, list_users, new_feed_token, remove_user,
    set_role, user_for_feed_token,
)
from webapp.commands import users


def test_add_authenticate_and_hash(engine):
    with session_scope(engine) as s:
        user = add_user(s, "ana", "long enough pw", "analyst")
        assert user.role == "analyst" and user.can_edit and not hasattr(user, "password_hash")
        stored = s.scalar(select(UserRow.password_hash).where(UserRow.name == "ana"))
        assert stored.startswith("$argon2id$") and "long enough pw" not in stored
        assert authenticate(s, "ana", "long enough pw").name == "ana"
        assert authenticate(s, "ana", "wrong password") is None
        assert authenticate(s, "nobody", "long enough pw") is None
        assert authenticate(s, "ana", "") is None


def test_rules(engine):
    with session_scope(engine) as s:
        add_user(s, "ana", "long enough pw", "viewer")
        with pytest.raises(UserExists):
            add_user(s, "ana", "long enough pw", "viewer")
        for name, pw, role in [("bad name", "long enough pw", "viewer"), ("x", "short", "viewer"),
                               ("y", "long enough pw", "admin"), ("-z", "long enough pw", "viewer")]:
            with pytest.raises(UserError):
                add_user(s, name, pw, role)
        assert set_role(s, "ana", "analyst").role == "analyst"
        with pytest.raises(UserNotFound):
            remove_user(s, "nobody")


def test_feed_tokens_are_stored_hashed(engine):
    with session_scope(engine) as s:
        add_user(s, "ana", "long enough pw", "viewer")
        token = new_feed_token(s, "ana")
        stored = s.scalar(select(UserRow.feed_token_hash))
        assert token != stored and len(stored) == 64
        assert user_for_feed_token(s, token).name == "ana"
        assert user_for_feed_token(s, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
        assert user_for_feed_token(s, "") is None and get_user(s, "ana").has_feed_token


def test_cli_add_list_remove(settings, monkeypatch):
    monkeypatch.setenv("DENIALS_DATABASE_URL", settings.db_url)
    monkeypatch.setenv("DENIALS_DATA_DIR", str(settings.data_dir))
    runner = CliRunner()
    r = runner.invoke(users, ["add", "ana", "--role", "analyst", "--password-stdin"], input="s3cret pass word\n")
    assert r.exit_code == 0, r.output
    assert "s3cret" not in r.output
    r = runner.invoke(users, ["add", "vic", "--role", "viewer"], input="another pass\nanother pass\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(users, ["add", "ana", "--role", "viewer", "--password-stdin"], input="whatever pw\n")
    assert r.exit_code != 0 and "already exists" in r.output
    r = runner.invoke(users, ["add", "eve", "--role", "root", "--password-stdin"], input="whatever pw\n")
    assert r.exit_code != 0
    listing = runner.invoke(users, ["list"]).output
    assert "ana" in listing and "analyst" in listing and "vic" in listing and "viewer" in listing
    assert runner.invoke(users, ["role", "vic", "analyst"]).exit_code == 0
    assert runner.invoke(users, ["passwd", "vic", "--password-stdin"], input="newer password\n").exit_code == 0
    assert runner.invoke(users, ["remove", "vic"]).exit_code == 0
    assert runner.invoke(users, ["remove", "vic"]).exit_code != 0
    from store.db import make_engine

    engine = make_engine(settings.db_url)
    with session_scope(engine, readonly=True) as s:
        assert [u.name for u in list_users(s)] == ["ana"]
        assert authenticate(s, "ana", "s3cret pass word") is not None
    engine.dispose()


def test_cli_needs_a_migrated_database(tmp_path, monkeypatch):
    monkeypatch.setenv("DENIALS_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    r = CliRunner().invoke(users, ["list"])
    assert r.exit_code != 0 and "denials db upgrade" in r.output


def test_denials_cli_wires_the_commands():
    from denials.cli import cli

    r = CliRunner().invoke(cli, ["users", "--help"])
    assert r.exit_code == 0 and "add" in r.output and "remove" in r.output and "list" in r.output
    r = CliRunner().invoke(cli, ["review", "--help"])
    assert r.exit_code == 0 and "--host" in r.output and "--port" in r.output
