from __future__ import annotations

import datetime as dt

import pytest

from service.db.models import Letter
from service.review.access import Forbidden
from service.review.queue import QueueFilter, parse_filter, queue_page, sync_reviews
from service.review.state import priority_key, top_two, uncertainty_margin
from tests.review.letters import RECOMMENDATION, analysis_for, insert_letter

MONDAY = dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.UTC)


def _add(session, *, days=0, label="recommendation", confidence=0.9, flags=0, field="land", level="commune"):
    analysis = analysis_for(
        RECOMMENDATION,
        label=label,
        confidence=confidence,
        field=field,
        level=level,
        flags=[{"code": f"flag{n}", "reason": "r", "evidence": []} for n in range(flags)],
    )
    return insert_letter(
        session, text=RECOMMENDATION, analysis=analysis, received_at=MONDAY + dt.timedelta(days=days)
    ).id


def test_priority_sorts_deadline_then_least_sure_then_flags():
    day = dt.date(2026, 11, 16)
    keys = [
        priority_key(day + dt.timedelta(days=1), 5, 0.0, 1),  # a later deadline waits, however unsure
        priority_key(day, 0, 0.9, 2),
        priority_key(day, 3, 0.9, 3),  # as sure as #2: more flags first
        priority_key(day, 0, 0.1, 4),  # least sure of the same deadline: first
    ]
    assert [k[-2:] for k in sorted(keys)] == ["04", "03", "02", "01"]


def test_top_two_and_margin_explain_the_uncertainty():
    analysis = {
        "probabilities": {"complaint": 0.46, "denunciation": 0.41, "recommendation": 0.1, "other": 0.03}
    }
    assert top_two(analysis) == [("complaint", 0.46), ("denunciation", 0.41)]
    assert uncertainty_margin(analysis) == pytest.approx(0.05)
    assert top_two({}) == [] and uncertainty_margin({}) == 0.0


def test_queue_puts_the_least_sure_first_within_a_deadline(install):
    with install.session() as session:
        late = _add(session, days=3, confidence=0.3)
        sure = _add(session, confidence=0.95)
        unsure = _add(session, confidence=0.4)
        flagged = _add(session, flags=2, confidence=0.99)
        denunciation = _add(session, days=2, label="denunciation")  # 7 working days instead of 10
        session.commit()
        user = install.user(session, "reviewer")
        page = queue_page(session=session, user=user, filters=QueueFilter())
    assert [item.letter_id for item in page.items] == [denunciation, unsure, sure, flagged, late]
    assert page.total == 5
    assert page.items[0].deadline == dt.date(2026, 11, 13)
    assert page.items[1].top_two[0] == ("recommendation", 0.4)
    assert page.items[1].as_json()["top_two"][0] == {"label": "recommendation", "probability": 0.4}


def test_filters(install):
    with install.session() as session:
        complaint = _add(session, label="complaint", field="compensation", level="province")
        flagged = _add(session, flags=1, days=5)
        plain = _add(session)
        session.commit()
        user = install.user(session, "reviewer")

        def ids(**params):
            page = queue_page(session=session, user=user, filters=parse_filter(params))
            return {item.letter_id for item in page.items}

        assert ids(label="complaint") == {complaint}
        assert ids(field="compensation") == {complaint}
        assert ids(level="province") == {complaint}
        assert ids(flag="flag0") == {flagged}
        assert ids(**{"from": "2026-11-05"}) == {flagged}
        assert ids(to="2026-11-03") == {complaint, plain}
        assert ids(label="nonsense") == {complaint, flagged, plain}, "an unknown value is ignored"
        assert ids(status="reviewed") == set()


def test_keyset_pages_cover_the_queue_once_both_ways(install):
    with install.session() as session:
        created = [_add(session, days=n % 4, confidence=0.5 + n / 100) for n in range(23)]
        session.commit()
        user = install.user(session, "reviewer")
        seen, cursor, pages = [], None, []
        while True:
            page = queue_page(session=session, user=user, filters=QueueFilter(), after=cursor, limit=5)
            pages.append(page)
            seen += [item.letter_id for item in page.items]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert sorted(seen) == sorted(created) and len(seen) == 23
        assert len(pages) == 5 and pages[0].previous_cursor is None
        back = queue_page(
            session=session, user=user, filters=QueueFilter(), before=pages[2].previous_cursor, limit=5
        )
        assert [i.letter_id for i in back.items] == [i.letter_id for i in pages[1].items]


def test_sync_picks_up_new_and_reanalysed_letters(install):
    with install.session() as session:
        first = _add(session)
        session.commit()
        assert sync_reviews(session) == 1
        assert sync_reviews(session) == 0
        letter = session.get(Letter, first)
        letter.analysis = {**letter.analysis, "label": "complaint"}
        letter.analyzed_at = letter.analyzed_at + dt.timedelta(minutes=5)
        session.commit()
        assert sync_reviews(session) == 1
        user = install.user(session, "reviewer")
        page = queue_page(session=session, user=user, filters=QueueFilter())
        assert page.items[0].label == "complaint"


def test_unanalysed_letters_stay_out(install):
    with install.session() as session:
        insert_letter(session, text="x", analysis=None, status="processing")
        session.commit()
        page = queue_page(session=session, user=install.user(session, "admin"), filters=QueueFilter())
        assert page.total == 0


@pytest.mark.parametrize("name", ["clerk", "clerk2"])
def test_clerks_have_no_queue(install, name):
    with install.session() as session, pytest.raises(Forbidden):
        queue_page(session=session, user=install.user(session, name), filters=QueueFilter())
