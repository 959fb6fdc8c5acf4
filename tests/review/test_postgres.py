"""The review on PostgreSQL, the production database: schema, order, history, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from service.review import audit
from service.review.decisions import ReviewChange, apply_review
from service.review.export import register_rows, to_csv
from service.review.queue import QueueFilter, queue_page
from tests.conftest import make_settings
from tests.review.fixtures import make_installation
from tests.review.letters import BINH, DENUNCIATION, RECOMMENDATION, analysis_for, insert_letter

pytestmark = pytest.mark.postgres
MONDAY = dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def pg(postgres_url, tmp_path):
    return make_installation(make_settings(tmp_path / "data", database_url=postgres_url))


def test_queue_decisions_and_export_on_postgres(pg):
    with pg.session() as session:
        later = insert_letter(
            session,
            text=RECOMMENDATION,
            analysis=analysis_for(RECOMMENDATION, label="recommendation"),
            received_at=MONDAY + dt.timedelta(days=1),
        ).id
        sooner = insert_letter(
            session,
            text=DENUNCIATION,
            analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH),
            received_at=MONDAY + dt.timedelta(days=1),
        ).id
        session.commit()
        reviewer = pg.user(session, "reviewer")
        page = queue_page(session=session, user=reviewer, filters=QueueFilter())
        assert [item.letter_id for item in page.items] == [sooner, later]
        apply_review(
            session=session,
            user=reviewer,
            letter_id=later,
            change=ReviewChange(label="complaint", confirm=True, note="ok"),
        )
        session.commit()
        assert queue_page(session=session, user=reviewer, filters=QueueFilter()).total == 1
        csv = to_csv(register_rows(session=session, user=reviewer, filters=QueueFilter(status=None))).decode()
        assert "Khiếu nại" in csv and "Trần Văn Bình" not in csv


@pytest.mark.parametrize("table", ["review_decisions", "audit_log"])
def test_history_and_audit_are_append_only_on_postgres(pg, table):
    with pg.session() as session:
        letter = insert_letter(
            session, text=RECOMMENDATION, analysis=analysis_for(RECOMMENDATION, label="other")
        )
        session.commit()
        admin = pg.user(session, "admin")
        apply_review(session=session, user=admin, letter_id=letter.id, change=ReviewChange(note="n"))
        audit.record(session, admin, audit.VIEW, letter_id=letter.id)
        session.commit()
        for statement in (f"UPDATE {table} SET letter_id = letter_id", f"DELETE FROM {table}"):
            with pytest.raises(DatabaseError):
                session.execute(text(statement))
            session.rollback()
