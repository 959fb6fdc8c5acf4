"""Duplicate search on hand-written letters: what is a duplicate (same matter, same petitioners) and
what is not (a neighbour's own grievance about the same project, the same person about something else)."""

from __future__ import annotations

import datetime as dt

import pytest

from service.flags import DuplicateIndex, LetterFingerprint
from service.understanding.types import Petitioner
from tests.flags import letters


@pytest.fixture
def index():
    index = DuplicateIndex()
    index.add("original", LetterFingerprint.from_parsed(letters.original()))
    index.add("neighbour", LetterFingerprint.from_parsed(letters.neighbour()))
    index.add("other-matter", LetterFingerprint.from_parsed(letters.other_matter()))
    return index


def found(index, letter):
    return {link.id: link for link in index.query(LetterFingerprint.from_parsed(letter))}


def test_a_resent_letter_links_to_the_original_only(index):
    links = found(index, letters.resent())
    assert set(links) == {"original"}
    link = links["original"]
    assert link.reason == "gửi lại đơn cũ"
    assert 0.5 < link.similarity < 1
    assert "cùng số CCCD/CMND" in link.evidence
    assert "cùng văn bản số 482/QĐ-UBND" in link.evidence


def test_the_same_letter_sent_to_other_bodies(index):
    link = found(index, letters.sent_elsewhere())["original"]
    assert link.reason == "gửi nhiều nơi"
    assert link.similarity > 0.95
    assert any(e.startswith("nơi nhận khác nhau") for e in link.evidence)


def test_a_retyped_copy_without_diacritics_and_id_number(index):
    links = found(index, letters.retyped())
    assert set(links) == {"original"}
    assert "cùng họ tên người gửi" in links["original"].evidence


def test_a_neighbour_with_the_same_project_and_wording_is_not_a_duplicate(index):
    neighbour = LetterFingerprint.from_parsed(letters.neighbour())
    original = LetterFingerprint.from_parsed(letters.original())
    assert neighbour.signature.shape == original.signature.shape
    assert found(index, letters.neighbour()).keys() == {"neighbour"}  # only itself


def test_the_same_person_about_another_matter_is_not_a_duplicate(index):
    assert "original" not in found(index, letters.other_matter())


def test_copies_of_one_collective_letter_signed_by_different_people():
    index = DuplicateIndex()
    first = letters.collective(letters.LAN, ["Phạm Văn Tư", "Lê Thị Hoa", "Võ Văn Sáu"], dt.date(2024, 6, 3))
    index.add("copy-1", LetterFingerprint.from_parsed(first))
    second_signer = Petitioner("Đặng Văn Nghĩa", 1960, "089060007777", "ấp Phú Hòa", "0909111222")
    second = letters.collective(second_signer, ["Huỳnh Thị Mai", "Ngô Văn Tám"], dt.date(2024, 6, 5))
    links = found(index, second)
    assert links["copy-1"].reason == "bản sao đơn tập thể"
    assert links["copy-1"].similarity > 0.9


def test_an_anonymous_copy_of_a_letter_links_on_its_words():
    index = DuplicateIndex()
    index.add("original", LetterFingerprint.from_parsed(letters.original()))
    copy = letters.sent_elsewhere()
    copy.structure.petitioners = []
    copy.structure.anonymous = True
    link = found(index, copy)["original"]
    assert "không xác định được người gửi của một trong hai đơn" in link.evidence


def test_the_national_template_alone_does_not_make_letters_alike():
    a, b = letters.original(), letters.other_matter()
    index = DuplicateIndex(min_similarity=0.0)
    index.add("a", LetterFingerprint.from_parsed(a))
    neighbours = index.neighbours(LetterFingerprint.from_parsed(b))
    assert all(n.similarity < 0.1 for n in neighbours)


def test_links_are_ordered_and_limited():
    index = DuplicateIndex()
    index.add("original", LetterFingerprint.from_parsed(letters.original()))
    index.add("elsewhere", LetterFingerprint.from_parsed(letters.sent_elsewhere()))
    index.add("resent", LetterFingerprint.from_parsed(letters.resent()))
    links = index.query(LetterFingerprint.from_parsed(letters.original()))
    assert [link.id for link in links][:2] == ["elsewhere", "original"] or links[0].similarity >= links[
        1
    ].similarity
    assert [link.similarity for link in links] == sorted((link.similarity for link in links), reverse=True)
    assert len(index.query(LetterFingerprint.from_parsed(letters.original()), limit=1)) == 1
    assert "original" not in {
        link.id for link in index.query(LetterFingerprint.from_parsed(letters.original()), exclude="original")
    }


def test_a_letter_rewritten_in_other_words_is_found_by_who_wrote_it():
    """Re-sent months later, escalated, every sentence rewritten: little wording in common, but the same
    petitioner (ID number) and the same decision and facts."""
    original = letters.original()
    body = (
        "Tôi là Nguyễn Văn Hùng, CCCD 089068001234, ở ấp Phú Hòa. Đã quá thời hạn mà UBND huyện Phú Tân "
        "chưa giải quyết đơn khiếu nại Quyết định số 482/QĐ-UBND của tôi. Phần đất 640 m2 thuộc thửa 215 tờ "
        "bản đồ 9 bị thu hồi vẫn chỉ được tính giá đất trồng cây lâu năm, căn nhà cấp 4 và 35 cây xoài chưa "
        "kiểm đếm, số tiền 96.000.000 đồng không đủ để gia đình tôi làm lại chỗ ở. Kính đề nghị Chủ tịch "
        "tỉnh chỉ đạo giải quyết dứt điểm."
    )
    rewritten = letters._letter(["Chủ tịch UBND tỉnh An Giang"], dt.date(2024, 8, 2), body, letters.HUNG)
    index = DuplicateIndex()
    index.add("original", LetterFingerprint.from_parsed(original))
    index.add("neighbour", LetterFingerprint.from_parsed(letters.neighbour()))
    links = found(index, rewritten)
    assert set(links) == {"original"}
    assert links["original"].similarity < 0.4  # found by the ID number, not by the wording
