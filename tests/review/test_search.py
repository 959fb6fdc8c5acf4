from __future__ import annotations

import pytest

from service.review.decisions import ReviewChange, apply_review
from service.review.queue import QueueFilter, queue_page
from service.review.search import fold, query_words
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter


def test_fold_is_length_preserving_and_accent_free():
    for text in ("Đất đai Hưng Yên", "ĐƯỜNG XUỐNG CẤP", "Nghị định 124/2020/NĐ-CP"):
        assert len(fold(text)) == len(text)
    assert fold("Đất đai") == "dat dai"
    assert fold("Ủy ban nhân dân") == "uy ban nhan dan"
    assert query_words("  đất,  ĐAI! ") == ["dat", "dai"]


def search_ids(session, user, query):
    page = queue_page(session=session, user=user, filters=QueueFilter(query=query, status=None))
    return {item.letter_id for item in page.items}


def populate(session):
    road = insert_letter(
        session,
        text=RECOMMENDATION,
        analysis=analysis_for(RECOMMENDATION, label="recommendation", petitioner=NHUNG),
    ).id
    bribe = insert_letter(
        session, text=DENUNCIATION, analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH)
    ).id
    session.commit()
    return road, bribe


def check_accent_insensitive_search(session, user, road, bribe):
    assert search_ids(session, user, "sụt lún") == {road}
    assert search_ids(session, user, "sut lun") == {road}
    assert search_ids(session, user, "SỤT LÚN") == {road}
    assert search_ids(session, user, "giay chung nhan") == {bribe}
    assert search_ids(session, user, "địa chí") == {bribe}, "a wrong tone mark still finds it"
    assert search_ids(session, user, "Tân Phước") == {road, bribe}
    assert search_ids(session, user, "tan phu") == {road, bribe}, "the last word is a prefix"
    assert search_ids(session, user, "sụt hối lộ") == set()
    assert search_ids(session, user, '"sụt" (lún*') == {road}, "query syntax is not passed through"


def check_denouncer_is_not_searchable(session, user, road, bribe):
    assert search_ids(session, user, "Nhung") == {road}, "an ordinary petitioner can be found by name"
    assert search_ids(session, user, "Trần Văn Bình") == set()
    assert search_ids(session, user, "079070001234") == set()
    assert search_ids(session, user, "Nguyễn Văn Hùng") == {bribe}, "the denounced person can"


def test_sqlite_fts5_is_accent_insensitive(install):
    with install.session() as session:
        road, bribe = populate(session)
        user = install.user(session, "reviewer")
        check_accent_insensitive_search(session, user, road, bribe)
        check_denouncer_is_not_searchable(session, user, road, bribe)


def test_a_letter_relabelled_as_denunciation_leaves_the_name_index(install):
    with install.session() as session:
        road, _ = populate(session)
        admin = install.user(session, "admin")
        assert search_ids(session, admin, "Nhung") == {road}
        apply_review(session=session, user=admin, letter_id=road, change=ReviewChange(label="denunciation"))
        session.commit()
        assert search_ids(session, admin, "Nhung") == set()


@pytest.mark.postgres
def test_postgres_full_text_search_is_accent_insensitive(postgres_url, tmp_path):
    from tests.conftest import make_settings
    from tests.review.fixtures import make_installation

    install = make_installation(make_settings(tmp_path / "data", database_url=postgres_url))
    with install.session() as session:
        road, bribe = populate(session)
        user = install.user(session, "reviewer")
        check_accent_insensitive_search(session, user, road, bribe)
        check_denouncer_is_not_searchable(session, user, road, bribe)
