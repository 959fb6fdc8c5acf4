"""Foundation: originals, letters, pages, the append-only status log, users.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "originals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(64)),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("storage_key", sa.String(200), nullable=False),
        sa.Column("filename", sa.String(300)),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_originals_sha256", "originals", ["sha256"], unique=True)
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("original_id", sa.Integer, sa.ForeignKey("originals.id"), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("status_changed_at", TZ, nullable=False),
        sa.Column("redispatched_at", TZ),
        sa.Column("uploaded_by", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("error_code", sa.String(64)),
        sa.Column("error_vi", sa.Text),
        sa.Column("error_en", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("normalized_text", sa.Text),
        sa.Column("analysis", sa.JSON),
        sa.Column("model_version", sa.String(64)),
        sa.Column("analyzed_at", TZ),
    )
    op.create_index("ix_letters_status", "letters", ["status"])
    op.create_index("ix_letters_received_at", "letters", ["received_at"])
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("mean_confidence", sa.Float, nullable=False),
        sa.Column("rotation", sa.Integer, nullable=False),
        sa.Column("skew", sa.Float, nullable=False),
        sa.Column("words", sa.JSON, nullable=False),
        sa.Column("image_key", sa.String(200)),
        sa.Column("image_width", sa.Integer),
        sa.Column("image_height", sa.Integer),
        sa.UniqueConstraint("letter_id", "number"),
    )
    op.create_index("ix_pages_letter_id", "pages", ["letter_id"])
    op.create_table(
        "fingerprints",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id", ondelete="CASCADE"), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("letter_id"),
    )
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id"), nullable=False),
        sa.Column("from_status", sa.String(16)),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("at", TZ, nullable=False, server_default=sa.func.now()),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_status_changes_letter_id", "status_changes", ["letter_id"])
    _forbid_changes_to_status_log()


def _forbid_changes_to_status_log() -> None:
    """The status log is history: the database itself refuses UPDATE and DELETE on it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION status_changes_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'status_changes is append-only'; END;
            $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            "CREATE TRIGGER status_changes_append_only BEFORE UPDATE OR DELETE ON status_changes "
            "FOR EACH ROW EXECUTE FUNCTION status_changes_append_only()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER status_changes_no_{action.lower()} BEFORE {action} ON status_changes "
                "BEGIN SELECT RAISE(ABORT, 'status_changes is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS status_changes_append_only ON status_changes")
        op.execute("DROP FUNCTION IF EXISTS status_changes_append_only()")
    for table in ("status_changes", "fingerprints", "pages", "letters", "originals", "users"):
        op.drop_table(table)
