"""Local users of the review app: argon2id password hashes, a role, an optional calendar-feed token.

Like the rest of the store, every function takes the caller's session and never commits. Rows stay
here: callers get ``User`` (no hash) back.

``authenticate`` costs one argon2 verification whether or not the user exists (an unknown name is
checked against a dummy hash), so neither its answer nor its timing tells who has an account.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import secrets
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from store.schema import UserRow, utcnow

log = logging.getLogger(__name__)

Role = Literal["analyst", "viewer"]
ROLES: tuple[str, ...] = ("analyst", "viewer")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024

# argon2id with the library's defaults (RFC 9106 low-memory profile). Tests swap in a cheap one.
HASHER = PasswordHasher()
_dummy: dict[tuple, str] = {}


class User(BaseModel):
    """A user as the app sees it: never the password hash or feed token."""

    model_config = ConfigDict(from_attributes=True, frozen=True)

    name: str
    role: Role
    created_at: dt.datetime
    updated_at: dt.datetime
    has_feed_token: bool = False
    password_stamp: str = ""  # changes whenever the password does; sessions carry it

    @property
    def can_edit(self) -> bool:
        return self.role == "analyst"


class UserError(ValueError):
    """A user name, role or password the store does not accept (the message says why)."""


class UserExists(UserError):
    pass


class UserNotFound(LookupError):
    pass


def _public(row: UserRow) -> User:
    return User(name=row.name, role=row.role, created_at=row.created_at, updated_at=row.updated_at,
                has_feed_token=row.feed_token_hash is not None, password_stamp=password_stamp(row.password_hash))


def password_stamp(password_hash: str) -> str:
    """A short fingerprint of a password hash: a session made before a password change (or for a
    removed and re-added user) no longer matches."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise UserError("user names are 1-64 characters: letters, digits and . _ @ - (not first)")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(f"role must be one of: {', '.join(ROLES)}")
    return role


def _hash_password(password: str) -> str:
    if not isinstance(password, str) or not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserError(f"passwords are {MIN_PASSWORD} to {MAX_PASSWORD} characters long")
    return HASHER.hash(password)


def _row(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name == name))


def add_user(session: Session, name: str, password: str, role: str) -> User:
    """Create a user. Raises UserExists, or UserError for a bad name, role or password."""
    _check_name(name), _check_role(role)
    if _row(session, name) is not None:
        raise UserExists(f"user {name!r} already exists")
    now = utcnow()
    row = UserRow(name=name, password_hash=_hash_password(password), role=role, created_at=now, updated_at=now)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        raise UserExists(f"user {name!r} already exists") from None
    log.info("user %s added (%s)", name, role)
    return _public(row)


def remove_user(session: Session, name: str) -> None:
    row = _row(session, name)
    if row is None:
        raise UserNotFound(name)
    session.delete(row)
    session.flush()
    log.info("user %s removed", name)


def set_password(session: Session, name: str, password: str) -> User:
    row = _row(session, name)
    if row is None:
        raise UserNotFound(name)
    row.password_hash, row.updated_at = _hash_password(password), utcnow()
    return _public(row)


def set_role(session: Session, name: str, role: str) -> User:
    row = _row(session, name)
    if row is None:
        raise UserNotFound(name)
    row.role, row.updated_at = _check_role(role), utcnow()
    return _public(row)


def get_user(session: Session, name: str) -> User | None:
    row = _row(session, name) if isinstance(name, str) else None
    return _public(row) if row is not None else None


def list_users(session: Session) -> list[User]:
    return [_public(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]


def _dummy_hash() -> str:
    key = (HASHER.time_cost, HASHER.memory_cost, HASHER.parallelism, HASHER.hash_len, HASHER.salt_len)
    if key not in _dummy:
        _dummy[key] = HASHER.hash(secrets.token_urlsafe(16))
    return _dummy[key]


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when ``password`` is theirs, else None (same cost either way). An outdated hash is
    re-hashed with the current parameters."""
    row = _row(session, name) if isinstance(name, str) and len(name) <= 64 else None
    stored = row.password_hash if row is not None else _dummy_hash()
    try:
        HASHER.verify(stored, password or "")
    except (VerificationError, InvalidHashError):
        return None
    if row is None:  # cannot happen (random dummy password), but never let it through
        return None
    if HASHER.check_needs_rehash(row.password_hash):
        row.password_hash = HASHER.hash(password)
    return _public(row)


# --- calendar-feed tokens ----------------------------------------------------------------------

def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_feed_token(session: Session, name: str) -> str:
    """A new feed token for ``name`` (replacing any earlier one). Only its hash is stored: the
    returned token is the one chance to show it."""
    row = _row(session, name)
    if row is None:
        raise UserNotFound(name)
    token = secrets.token_urlsafe(32)
    row.feed_token_hash, row.updated_at = _token_hash(token), utcnow()
    return token


def revoke_feed_token(session: Session, name: str) -> None:
    row = _row(session, name)
    if row is None:
        raise UserNotFound(name)
    row.feed_token_hash, row.updated_at = None, utcnow()


def user_for_feed_token(session: Session, token: str) -> User | None:
    if not isinstance(token, str) or not 20 <= len(token) <= 128:
        return None
    row = session.scalar(select(UserRow).where(UserRow.feed_token_hash == _token_hash(token)))
    return _public(row) if row is not None else None
