"""Case store: documents, records, pages, corrections, audit events, sightings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SHA = sa.String(64)
TS = sa.DateTime(timezone=True)


def _fk_document(table: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["record_id"], ["documents.sha256"], name=f"fk_{table}_record_id_documents", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("sha256", SHA, nullable=False),
        sa.Column("filename", sa.String(512), nullable=False),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=True),
        sa.Column("first_seen", TS, nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name="pk_documents"),
    )
    op.create_table(
        "records",
        sa.Column("record_id", SHA, nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("document_type", sa.String(32), nullable=True),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("payer", sa.String(256), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("appeal_deadline", sa.Date(), nullable=True),
        sa.Column("expedited_eligible", sa.Boolean(), nullable=True),
        sa.Column("member_id", sa.String(64), nullable=True),
        sa.Column("claim_number", sa.String(64), nullable=True),
        sa.Column("authorization_number", sa.String(64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("reviewed_at", TS, nullable=True),
        sa.Column("reviewed_by", sa.String(128), nullable=True),
        _fk_document("records"),
        sa.PrimaryKeyConstraint("record_id", name="pk_records"),
    )
    for col in ("status", "needs_review", "category", "payer", "letter_date", "appeal_deadline",
                "member_id", "claim_number", "authorization_number", "updated_at"):
        op.create_index(f"ix_records_{col}", "records", [col])

    op.create_table(
        "pages",
        sa.Column("record_id", SHA, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("rotation", sa.Integer(), nullable=False),
        sa.Column("skew", sa.Float(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        _fk_document("pages"),
        sa.PrimaryKeyConstraint("record_id", "number", name="pk_pages"),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", SHA, nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.JSON(), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        sa.Column("user", sa.String(128), nullable=False),
        sa.Column("time", TS, nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        _fk_document("corrections"),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )
    op.create_index("ix_corrections_record_id", "corrections", ["record_id"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", SHA, nullable=True),
        sa.Column("time", TS, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        _fk_document("audit_events", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_record_id", "audit_events", ["record_id"])
    op.create_table(
        "sightings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", SHA, nullable=False),
        sa.Column("filename", sa.String(512), nullable=False),
        sa.Column("time", TS, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sightings"),
    )
    op.create_index("ix_sightings_sha256", "sightings", ["sha256"])


def downgrade() -> None:
    for table in ("sightings", "audit_events", "corrections", "pages", "records", "documents"):
        op.drop_table(table)
