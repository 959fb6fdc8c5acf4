"""Who sees a denouncer, and that every view of personal data leaves an audit entry."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from service.letters import LetterNotFound
from service.review import audit
from service.review.access import Forbidden
from service.review.decisions import ReviewChange, apply_review
from service.review.documents import api_document, letter_view, page_image
from service.review.models import AuditEntry
from service.review.queue import sync_reviews
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter

SECRETS = ("Trần Văn Bình", "079070001234", "0912 345 678", "Bình Lợi")


@pytest.fixture
def letters(install):
    with install.session() as session:
        bribe = insert_letter(
            session,
            text=DENUNCIATION,
            analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH),
            uploaded_by=install.users["clerk"],
            store=install.store,
        ).id
        road = insert_letter(
            session,
            text=RECOMMENDATION,
            analysis=analysis_for(RECOMMENDATION, label="recommendation", petitioner=NHUNG),
            uploaded_by=install.users["clerk"],
            store=install.store,
        ).id
        session.commit()
        sync_reviews(session)
        admin = install.user(session, "admin")
        apply_review(
            session=session,
            user=admin,
            letter_id=bribe,
            change=ReviewChange(assign_to=install.users["reviewer2"], note="Giao cho reviewer2"),
        )
        session.commit()
    return {"bribe": bribe, "road": road}


def _entries(session, letter_id):
    return session.scalars(select(AuditEntry).where(AuditEntry.letter_id == letter_id)).all()


def _leaks(document) -> list[str]:
    flat = repr(document)
    return [secret for secret in SECRETS if secret in flat]


@pytest.mark.parametrize("name", ["reviewer", "clerk", "reviewer2", "admin"])
def test_a_denouncer_is_masked_by_default_for_everyone(install, letters, name):
    with install.session() as session:
        view = letter_view(session=session, user=install.user(session, name), letter_id=letters["bribe"])
        session.commit()
        assert view.masked
        assert _leaks(api_document(view)) == []
        assert "Hùng" in view.text, "the rest of the letter stays readable"
        assert not any(e.action in (audit.VIEW, audit.UNMASK) for e in _entries(session, letters["bribe"]))


@pytest.mark.parametrize(
    ("name", "allowed"), [("reviewer", False), ("clerk", False), ("reviewer2", True), ("admin", True)]
)
def test_only_the_handler_and_admins_may_unmask_and_it_is_audited(install, letters, name, allowed):
    with install.session() as session:
        user = install.user(session, name)
        if not allowed:
            with pytest.raises(Forbidden):
                letter_view(session=session, user=user, letter_id=letters["bribe"], reveal=True)
            return
        view = letter_view(session=session, user=user, letter_id=letters["bribe"], reveal=True, channel="api")
        session.commit()
        assert not view.masked and "Trần Văn Bình" in view.text
        assert view.analysis["petitioner"]["id_number"] == "079070001234"
        entries = _entries(session, letters["bribe"])
        assert [(e.action, e.user_name, e.role, e.channel) for e in entries if e.action == audit.UNMASK] == [
            (audit.UNMASK, name, user.role, "api")
        ]


def test_viewing_an_ordinary_petitioner_is_audited(install, letters):
    with install.session() as session:
        view = letter_view(session=session, user=install.user(session, "reviewer"), letter_id=letters["road"])
        session.commit()
        assert not view.masked and "Lê Thị Hồng Nhung" in view.text
        assert [e.action for e in _entries(session, letters["road"])] == [audit.VIEW]


def test_a_clerk_sees_only_their_uploads(install, letters):
    with install.session() as session:
        with pytest.raises(LetterNotFound):
            letter_view(session=session, user=install.user(session, "clerk2"), letter_id=letters["road"])
        view = letter_view(session=session, user=install.user(session, "clerk"), letter_id=letters["road"])
        assert not view.can_decide


def test_page_image_is_masked_unless_unmasked_by_the_handler(install, letters):
    with install.session() as session:

        def image(name, reveal=False):
            return page_image(
                session=session,
                user=install.user(session, name),
                letter_id=letters["bribe"],
                number=1,
                image_bytes_of=install.store.get,
                reveal=reveal,
            )

        masked = image("reviewer")
        assert masked == image("admin"), "masked the same way for everyone by default"
        original = image("reviewer2", reveal=True)
        assert original != masked
        with pytest.raises(Forbidden):
            image("reviewer", reveal=True)
        assert image("reviewer", reveal=False) == masked
        unmasked_road = page_image(
            session=session,
            user=install.user(session, "reviewer"),
            letter_id=letters["road"],
            number=1,
            image_bytes_of=install.store.get,
        )
        assert unmasked_road == install.store.get(
            session.execute(select_page_key(letters["road"])).scalar_one()
        )


def select_page_key(letter_id):
    from service.db.models import Page

    return select(Page.image_key).where(Page.letter_id == letter_id)


def test_masked_words_do_not_reach_the_page(install, letters):
    with install.session() as session:
        view = letter_view(
            session=session, user=install.user(session, "reviewer"), letter_id=letters["bribe"]
        )
        words = " ".join(str(w[0]) for page in view.pages for w in page.words)
        assert "Bình" not in words and "079070001234" not in words
        assert "Hùng" in words


def test_history_hides_edited_identity_from_those_who_may_not_see_it(install, letters):
    with install.session() as session:
        admin = install.user(session, "admin")
        apply_review(
            session=session,
            user=admin,
            letter_id=letters["bribe"],
            change=ReviewChange(
                fields={"petitioner_phone": "0987 111 222"}, note="Ông Trần Văn Bình gọi lại"
            ),
        )
        session.commit()
        view = letter_view(
            session=session, user=install.user(session, "reviewer"), letter_id=letters["bribe"]
        )
        flat = repr([(e.before, e.after) for e in view.history])
        assert "0987 111 222" not in flat and "Bình" not in flat
        revealed = letter_view(session=session, user=admin, letter_id=letters["bribe"], reveal=True)
        assert "0987 111 222" in repr([(e.before, e.after) for e in revealed.history])
