"""Review: working rows of the queue, flags, decision history, audit log and full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
APPEND_ONLY = ("review_decisions", "audit_log")


def upgrade() -> None:
    op.create_table(
        "letter_reviews",
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("analyzed_at", TZ, nullable=False),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("predicted_label", sa.String(16), nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("flag_count", sa.Integer, nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("addressee_level", sa.String(16), nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("priority", sa.String(40), nullable=False),
        sa.Column("protected", sa.Boolean, nullable=False),
        sa.Column("assigned_to", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("reviewed_by", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("reviewed_at", TZ),
        sa.Column("decided", sa.JSON, nullable=False),
    )
    op.create_index("ix_letter_reviews_queue", "letter_reviews", ["status", "priority"])
    op.create_index("ix_letter_reviews_label", "letter_reviews", ["status", "label", "priority"])
    op.create_index("ix_letter_reviews_analyzed_at", "letter_reviews", ["analyzed_at"])
    op.create_index("ix_letter_reviews_received_on", "letter_reviews", ["received_on"])
    op.create_index("ix_letter_reviews_field", "letter_reviews", ["field"])
    op.create_index("ix_letter_reviews_addressee_level", "letter_reviews", ["addressee_level"])
    op.create_index("ix_letter_reviews_assigned_to", "letter_reviews", ["assigned_to"])
    # The queue catches up with newly analysed letters by this column.
    op.create_index("ix_letters_analyzed_at", "letters", ["analyzed_at"])

    op.create_table(
        "letter_flags",
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("code", sa.String(32), primary_key=True),
    )
    op.create_index("ix_letter_flags_code", "letter_flags", ["code", "letter_id"])

    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id"), nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("subject", sa.String(100)),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
    )
    op.create_index("ix_review_decisions_letter_id", "review_decisions", ["letter_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id")),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_letter_id", "audit_log", ["letter_id"])

    _create_search_index()
    for table in APPEND_ONLY:
        _forbid_changes(table)


def _create_search_index() -> None:
    """Full-text search over accent-folded text: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

    The text is folded (no tone marks, đ → d) in Python before it is indexed, so both engines are
    accent-insensitive the same way and PostgreSQL needs no `unaccent` extension.
    """
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE letter_search (letter_id integer PRIMARY KEY "
            "REFERENCES letters(id) ON DELETE CASCADE, document tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_letter_search_document ON letter_search USING gin (document)")
    else:
        op.execute("CREATE VIRTUAL TABLE letter_search USING fts5(body, tokenize = 'unicode61')")


def _forbid_changes(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
            CREATE FUNCTION {table}_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION '{table} is append-only'; END;
            $$ LANGUAGE plpgsql
            """
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in APPEND_ONLY:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_append_only()")
    op.execute("DROP TABLE IF EXISTS letter_search")
    op.drop_index("ix_letters_analyzed_at", table_name="letters")
    for table in ("audit_log", "review_decisions", "letter_flags", "letter_reviews"):
        op.drop_table(table)
