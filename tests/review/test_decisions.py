from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from service.db.models import Letter, StatusChange
from service.review.access import Forbidden
from service.review.decisions import ReviewChange, ReviewError, apply_review, history
from service.review.models import LetterReview, ReviewDecision
from service.review.queue import QueueFilter, queue_page, sync_reviews
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter


def _letters(session):
    road = insert_letter(
        session,
        text=RECOMMENDATION,
        analysis=analysis_for(
            RECOMMENDATION,
            label="complaint",
            petitioner=NHUNG,
            overreaching=True,
            duplicates=[{"id": 99, "similarity": 0.9, "reason": "r"}],
        ),
    ).id
    bribe = insert_letter(
        session, text=DENUNCIATION, analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH)
    ).id
    session.commit()
    sync_reviews(session)
    return road, bribe


def test_correcting_the_label_records_before_and_after_and_leaves_the_queue(install):
    with install.session() as session:
        road, _ = _letters(session)
        reviewer = install.user(session, "reviewer")
        apply_review(
            session=session,
            user=reviewer,
            letter_id=road,
            change=ReviewChange(label="recommendation", confirm=True),
        )
        session.commit()
        review = session.get(LetterReview, road)
        assert review.status == "reviewed" and review.label == "recommendation"
        assert review.predicted_label == "complaint" and review.reviewed_by == reviewer.id
        assert session.get(Letter, road).status == "reviewed"
        decisions = session.scalars(select(ReviewDecision).where(ReviewDecision.letter_id == road)).all()
        assert [(d.kind, d.before, d.after, d.user_id) for d in decisions] == [
            ("label", "complaint", "recommendation", reviewer.id),
            ("confirm", "analyzed", "reviewed", reviewer.id),
        ]
        log = session.scalars(select(StatusChange).where(StatusChange.letter_id == road)).all()
        assert log[-1].to_status == "reviewed" and log[-1].actor == f"user:{reviewer.id}"
        waiting = queue_page(session=session, user=reviewer, filters=QueueFilter())
        assert road not in [item.letter_id for item in waiting.items]
        done = queue_page(session=session, user=reviewer, filters=QueueFilter(status="reviewed"))
        assert [item.letter_id for item in done.items] == [road]


def test_flags_duplicates_fields_notes_and_history(install):
    with install.session() as session:
        road, bribe = _letters(session)
        reviewer = install.user(session, "reviewer")
        before = session.get(LetterReview, road).flag_count
        apply_review(
            session=session,
            user=reviewer,
            letter_id=road,
            change=ReviewChange(
                flags={"overreaching": "rejected", "duplicate": "confirmed"},
                duplicates={bribe: "linked"},
                fields={"field": "environment", "date": "2026-10-30", "title": "ĐƠN KIẾN NGHỊ"},
                note="Đã gọi điện cho bà Nhung",
            ),
        )
        session.commit()
        review = session.get(LetterReview, road)
        assert review.flag_count == before - 1
        assert review.field == "environment"
        assert review.decided["flags"] == {"overreaching": "rejected", "duplicate": "confirmed"}
        assert review.decided["duplicates"] == {str(bribe): "linked"}
        assert session.get(LetterReview, bribe).decided["duplicates"] == {str(road): "linked"}
        assert review.status == "analyzed", "no confirmation asked"
        kinds = [(e.kind, e.subject, e.after) for e in history(session, road) if e.kind != "status"]
        assert ("flag", "overreaching", "rejected") in kinds
        assert ("duplicate", str(bribe), "linked") in kinds
        assert ("field", "field", "environment") in kinds
        assert ("field", "title", "ĐƠN KIẾN NGHỊ") not in kinds, "an unchanged value is not a decision"
        assert ("note", None, "Đã gọi điện cho bà Nhung") in kinds
        assert [e.kind for e in history(session, road)][0] == "status", "oldest first"


@pytest.mark.parametrize(
    "change",
    [
        ReviewChange(label="spam"),
        ReviewChange(flags={"anonymous": "confirmed"}),
        ReviewChange(flags={"overreaching": "maybe"}),
        ReviewChange(duplicates={123456: "linked"}),
        ReviewChange(fields={"status": "reviewed"}),
        ReviewChange(fields={"addressee_level": "village"}),
        ReviewChange(fields={"date": "30/10/2026"}),
        ReviewChange(assign_to=0),
    ],
)
def test_bad_decisions_are_refused_with_a_reason(install, change):
    with install.session() as session:
        road, _ = _letters(session)
        with pytest.raises(ReviewError) as error:
            apply_review(
                session=session, user=install.user(session, "reviewer"), letter_id=road, change=change
            )
        assert error.value.message_vi and error.value.message_en


def test_clerks_cannot_decide(install):
    with install.session() as session:
        road, _ = _letters(session)
        with pytest.raises(Forbidden):
            apply_review(
                session=session,
                user=install.user(session, "clerk"),
                letter_id=road,
                change=ReviewChange(note="x"),
            )


def test_only_admins_choose_a_denunciations_handler(install):
    with install.session() as session:
        road, bribe = _letters(session)
        reviewer, admin = install.user(session, "reviewer"), install.user(session, "admin")
        apply_review(
            session=session, user=reviewer, letter_id=road, change=ReviewChange(assign_to=reviewer.id)
        )
        with pytest.raises(Forbidden):
            apply_review(
                session=session, user=reviewer, letter_id=bribe, change=ReviewChange(assign_to=reviewer.id)
            )
        apply_review(session=session, user=admin, letter_id=bribe, change=ReviewChange(assign_to=reviewer.id))
        session.commit()
        assert session.get(LetterReview, bribe).assigned_to == reviewer.id


def test_relabelling_a_denunciation_does_not_lift_the_protection(install):
    with install.session() as session:
        _, bribe = _letters(session)
        apply_review(
            session=session,
            user=install.user(session, "reviewer"),
            letter_id=bribe,
            change=ReviewChange(label="other"),
        )
        session.commit()
        assert session.get(LetterReview, bribe).protected


def test_only_the_handler_or_an_admin_edits_a_denouncers_identity(install):
    with install.session() as session:
        _, bribe = _letters(session)
        reviewer = install.user(session, "reviewer")
        with pytest.raises(ReviewError):
            apply_review(
                session=session,
                user=reviewer,
                letter_id=bribe,
                change=ReviewChange(fields={"petitioner_name": "Người khác"}),
            )
        apply_review(
            session=session,
            user=install.user(session, "admin"),
            letter_id=bribe,
            change=ReviewChange(fields={"petitioner_phone": "0900000000"}),
        )


@pytest.mark.parametrize("table", ["review_decisions", "audit_log"])
def test_history_and_audit_are_append_only(install, table):
    with install.session() as session:
        road, _ = _letters(session)
        admin = install.user(session, "admin")
        apply_review(
            session=session, user=admin, letter_id=road, change=ReviewChange(note="n", assign_to=admin.id)
        )
        from service.review import audit

        audit.record(session, admin, audit.VIEW, letter_id=road)
        session.commit()
        for statement in (f"UPDATE {table} SET letter_id = letter_id", f"DELETE FROM {table}"):
            with pytest.raises(DatabaseError):
                session.execute(text(statement))
            session.rollback()
        assert session.scalar(text(f"SELECT count(*) FROM {table}")) >= 1
