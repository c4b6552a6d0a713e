"""The case store's tables (SQLAlchemy 2.0 typed ORM). Rows stay inside ``store``: query functions
return contract dicts or the public models of ``store.public``, never these classes.

Migrations (``store/migrations/versions``) are written by hand to match; a test checks that the
migrated database and this metadata agree.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Named constraints, so later migrations can alter them (SQLite batch mode needs the names).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHA = String(64)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timestamps are stored in UTC and come back timezone-aware on every engine (SQLite keeps
    no zone, so naive values read from it are UTC by construction)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class DocumentRow(Base):
    """One source file, by content: the same bytes are one document whatever their name."""

    __tablename__ = "documents"
    sha256: Mapped[str] = mapped_column(SHA, primary_key=True)
    filename: Mapped[str] = mapped_column(String(512))  # the first name it was seen under
    size: Mapped[int | None]
    kind: Mapped[str | None] = mapped_column(String(16))  # pdf/png/jpeg/tiff; None when intake failed
    first_seen: Mapped[dt.datetime]
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class RecordRow(Base):
    """The extracted CaseRecord of a document (as extracted: corrections are applied on read),
    plus copies of the fields the queues filter and sort on, kept as corrected."""

    __tablename__ = "records"
    record_id: Mapped[str] = mapped_column(SHA, ForeignKey("documents.sha256", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict[str, Any]]
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), index=True)
    needs_review: Mapped[bool] = mapped_column(Boolean, index=True)
    document_type: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(32), index=True)
    payer: Mapped[str | None] = mapped_column(String(256), index=True)
    letter_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    appeal_deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    expedited_eligible: Mapped[bool | None] = mapped_column(Boolean)
    member_id: Mapped[str | None] = mapped_column(String(64), index=True)
    claim_number: Mapped[str | None] = mapped_column(String(64), index=True)
    authorization_number: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime] = mapped_column(index=True)
    reviewed_at: Mapped[dt.datetime | None]
    reviewed_by: Mapped[str | None] = mapped_column(String(128))


class PageRow(Base):
    __tablename__ = "pages"
    record_id: Mapped[str] = mapped_column(SHA, ForeignKey("documents.sha256", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(8))
    confidence: Mapped[float | None] = mapped_column(Float)
    rotation: Mapped[int] = mapped_column(Integer)
    skew: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    words: Mapped[list[Any]]


class CorrectionRow(Base):
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(SHA, ForeignKey("documents.sha256", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(64))  # contract path, e.g. "appeal.deadline"
    old_value: Mapped[Any | None] = mapped_column(JSON(none_as_null=True))
    new_value: Mapped[Any | None] = mapped_column(JSON(none_as_null=True))
    user: Mapped[str] = mapped_column(String(128))
    time: Mapped[dt.datetime]
    comment: Mapped[str | None] = mapped_column(Text)


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str | None] = mapped_column(SHA, ForeignKey("documents.sha256", ondelete="SET NULL"), index=True)
    time: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]]  # ids, field names, versions: never letter content


class SightingRow(Base):
    """Every time a file was seen, whether or not it became a new case."""

    __tablename__ = "sightings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(SHA, index=True)
    filename: Mapped[str] = mapped_column(String(512))
    time: Mapped[dt.datetime]
    outcome: Mapped[str] = mapped_column(String(16))  # new / duplicate / replaced / failed


class UserRow(Base):
    """A local user of the review app. Only an argon2 hash of the password is kept, and only a
    sha256 of the calendar-feed token (the token itself is shown once, when it is made)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # analyst / viewer
    feed_token_hash: Mapped[str | None] = mapped_column(SHA, unique=True)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
