"""``denials review`` (serve the review app) and ``denials users`` (manage its local users)."""
from __future__ import annotations

import sys

import click

ROLES = ("analyst", "viewer")


def _settings():
    from denials.config import Settings

    return Settings()


def _ready_engine(settings):
    """An engine on a database at the latest schema, else a message saying what to run."""
    from store.db import current_revision, display_url, head_revision, make_engine

    engine = make_engine(settings.db_url)
    rev, head = current_revision(engine), head_revision()
    if rev != head:
        engine.dispose()
        state = "not initialised" if rev is None else f"at revision {rev}, latest is {head}"
        raise click.ClickException(f"database {display_url(settings.db_url)} is {state}: run `denials db upgrade`")
    return engine


@click.command()
@click.option("--host", default=None, help="address to bind (default: DENIALS_REVIEW_HOST or 127.0.0.1)")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="port (default: DENIALS_REVIEW_PORT or 8765)")
@click.option("--secure-cookies/--no-secure-cookies", default=False,
              help="mark the session cookie Secure and send HSTS (use when served over HTTPS)")
def review(host: str | None, port: int | None, secure_cookies: bool):
    """Serve the analyst review app (sign in with a user from `denials users add`)."""
    import uvicorn

    from store.db import session_scope
    from store.users import list_users
    from webapp.app import create_app

    settings = _settings()
    host, port = host or settings.review_host, port or settings.review_port
    engine = _ready_engine(settings)
    with session_scope(engine, readonly=True) as s:
        if not list_users(s):
            click.echo("warning: no users yet; add one with `denials users add NAME --role analyst`", err=True)
    if host not in ("127.0.0.1", "localhost", "::1") and not secure_cookies:
        click.echo(f"warning: listening on {host} without --secure-cookies; put it behind HTTPS", err=True)
    app = create_app(settings, engine=engine, secure_cookies=secure_cookies)
    click.echo(f"review app on http://{host}:{port}/")
    # X-Forwarded-* are trusted only from a proxy on this machine (uvicorn's default forwarded_allow_ips)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


@click.group()
def users():
    """Local users of the review app (analyst: review and correct; viewer: read only)."""


def _password(password_stdin: bool) -> str:
    if password_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="read the password from the first line of stdin")
def add(name: str, role: str, password_stdin: bool):
    """Create user NAME."""
    from store.db import session_scope
    from store.users import UserError, add_user

    engine = _ready_engine(_settings())
    password = _password(password_stdin)
    try:
        with session_scope(engine) as s:
            user = add_user(s, name, password, role)
    except UserError as e:
        raise click.ClickException(str(e)) from None
    finally:
        engine.dispose()
    click.echo(f"added {user.name} ({user.role})")


@users.command("remove")
@click.argument("name")
def remove(name: str):
    """Delete user NAME (their sessions and feed URL stop working)."""
    from store.db import session_scope
    from store.users import UserNotFound, remove_user

    engine = _ready_engine(_settings())
    try:
        with session_scope(engine) as s:
            remove_user(s, name)
    except UserNotFound:
        raise click.ClickException(f"no user {name!r}") from None
    finally:
        engine.dispose()
    click.echo(f"removed {name}")


@users.command("list")
def list_cmd():
    """Show users and their roles."""
    from store.db import session_scope
    from store.users import list_users

    engine = _ready_engine(_settings())
    try:
        with session_scope(engine, readonly=True) as s:
            found = list_users(s)
    finally:
        engine.dispose()
    if not found:
        click.echo("no users")
    for u in found:
        feed = "  feed URL issued" if u.has_feed_token else ""
        click.echo(f"{u.name:<24} {u.role:<8} since {u.created_at:%Y-%m-%d}{feed}")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="read the password from the first line of stdin")
def passwd(name: str, password_stdin: bool):
    """Set NAME's password (their open sessions end)."""
    from store.db import session_scope
    from store.users import UserError, UserNotFound, set_password

    engine = _ready_engine(_settings())
    password = _password(password_stdin)
    try:
        with session_scope(engine) as s:
            set_password(s, name, password)
    except UserNotFound:
        raise click.ClickException(f"no user {name!r}") from None
    except UserError as e:
        raise click.ClickException(str(e)) from None
    finally:
        engine.dispose()
    click.echo(f"password of {name} changed")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
def role_cmd(name: str, role: str):
    """Change NAME's role."""
    from store.db import session_scope
    from store.users import UserNotFound, set_role

    engine = _ready_engine(_settings())
    try:
        with session_scope(engine) as s:
            set_role(s, name, role)
    except UserNotFound:
        raise click.ClickException(f"no user {name!r}") from None
    finally:
        engine.dispose()
    click.echo(f"{name} is now {role}")
