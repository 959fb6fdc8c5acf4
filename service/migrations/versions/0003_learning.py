"""Learning loop: training runs, model promotions (append-only), the training lock; queue order by
the model's uncertainty within a deadline.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "training_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ),
        sa.Column("trigger", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("version", sa.String(100)),
        sa.Column("reason", sa.Text),
        sa.Column("reviewed_letters", sa.Integer, nullable=False),
        sa.Column("new_labels", sa.Integer, nullable=False),
        sa.Column("labels_fingerprint", sa.String(64)),
        sa.Column("figures", sa.JSON),
    )
    op.create_index("ix_training_runs_started_at", "training_runs", ["started_at"])
    op.create_table(
        "model_promotions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("automatic", sa.Boolean, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("from_version", sa.String(100)),
        sa.Column("to_version", sa.String(100), nullable=False),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_model_promotions_at", "model_promotions", ["at"])
    op.create_table(
        "training_lock",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("acquired_at", TZ, nullable=False),
    )
    _forbid_changes("model_promotions")
    _reprioritise()


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


def _reprioritise() -> None:
    """The queue now orders by the model's uncertainty before flags: rebuild the stored sort keys."""
    from service.review.state import priority_key, uncertainty_margin

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT r.letter_id, r.deadline, r.flag_count, l.analysis FROM letter_reviews r "
            "JOIN letters l ON l.id = r.letter_id"
        )
    ).all()
    update = sa.text("UPDATE letter_reviews SET priority = :priority WHERE letter_id = :id")
    for letter_id, deadline, flag_count, analysis in rows:
        if isinstance(analysis, str):
            import json

            analysis = json.loads(analysis)
        if isinstance(deadline, str):
            import datetime as dt

            deadline = dt.date.fromisoformat(deadline)
        margin = uncertainty_margin(analysis or {})
        bind.execute(
            update, {"priority": priority_key(deadline, flag_count, margin, letter_id), "id": letter_id}
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS model_promotions_append_only ON model_promotions")
        op.execute("DROP FUNCTION IF EXISTS model_promotions_append_only()")
    for table in ("training_lock", "model_promotions", "training_runs"):
        op.drop_table(table)
