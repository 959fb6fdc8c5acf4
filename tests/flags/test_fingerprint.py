"""LetterFingerprint: what it keeps, how it is stored, and that it keeps no readable personal data."""

from __future__ import annotations

import numpy as np
import pytest

from service.flags import LetterFingerprint
from service.flags.body import body_words, letter_body
from service.flags.fingerprint import FINGERPRINT_VERSION, Sender
from service.flags.minhash import PERMUTATIONS, similarity
from service.understanding.folding import fold
from tests.flags import letters


def test_round_trip_through_bytes_and_json():
    fp = LetterFingerprint.from_parsed(letters.original())
    for copy in (LetterFingerprint.from_bytes(fp.to_bytes()), LetterFingerprint.from_json(fp.to_json())):
        assert np.array_equal(copy.signature, fp.signature)
        assert copy.signature.dtype == np.uint32 and copy.signature.shape == (PERMUTATIONS,)
        assert (copy.persons, copy.documents, copy.particulars, copy.addressees, copy.date) == (
            fp.persons,
            fp.documents,
            fp.particulars,
            fp.addressees,
            fp.date,
        )
        assert copy.to_bytes() == fp.to_bytes()


def test_corrupt_or_foreign_blobs_are_refused():
    data = LetterFingerprint.from_parsed(letters.original()).to_bytes()
    for bad in (
        b"",
        data[:100],
        b"XYZ" + data[3:],
        data[:3] + bytes([FINGERPRINT_VERSION + 1]) + data[4:],
        data[:-5],
    ):
        with pytest.raises(ValueError):
            LetterFingerprint.from_bytes(bad)
    with pytest.raises(ValueError):
        LetterFingerprint.from_json({"v": FINGERPRINT_VERSION, "sig": [1, 2, 3]})


def test_the_first_line_of_the_features_names_the_sender():
    fp = LetterFingerprint.from_parsed(letters.original())
    sender = Sender.of(fp.features())
    assert sender == Sender(collective=False, first=fp.persons[0])
    with pytest.raises(ValueError):
        Sender.of(b"not json\n{}")
    with pytest.raises(ValueError):
        LetterFingerprint.from_features(fp.signature, fp.features().replace(b"\n", b"\n{"))


def test_no_readable_identity_in_the_stored_fingerprint():
    data = LetterFingerprint.from_parsed(letters.original()).to_bytes()
    for secret in ("089068001234", "0912345678", "nguyen van hung", "Nguyễn Văn Hùng", "Phu Hoa", "Phú Hòa"):
        assert secret.encode() not in data and fold(secret).encode() not in data


def test_identity_and_facts_are_normalised():
    fp = LetterFingerprint.from_parsed(letters.original())
    retyped = LetterFingerprint.from_parsed(letters.retyped())
    assert fp.persons[0].name == retyped.persons[0].name  # "Nguyễn Văn Hùng" / "Nguyen Van Hung"
    assert fp.persons[0].phone == retyped.persons[0].phone  # "0912345678" / "0912.345.678"
    assert fp.documents == {"482/qd-ubnd", "1520/qd-ubnd"}
    assert fp.particulars == retyped.particulars


def test_the_frame_of_the_letter_is_not_compared():
    folded = fold(letters.original().text)
    body = letter_body(folded)
    for frame in (
        "cong hoa xa hoi",
        "doc lap",
        "kinh gui",
        "ngay 20 thang 3",
        "nguoi lam don",
        "don khieu nai",
    ):
        assert frame in folded and frame not in body
    words = body_words(folded)
    assert "089068001234" not in words  # the identity sentence goes too
    assert "cam doan" not in " ".join(words)  # a stock phrase


def test_a_new_date_header_and_addressee_change_nothing():
    a = LetterFingerprint.from_parsed(letters.original())
    b = LetterFingerprint.from_parsed(letters.sent_elsewhere())
    assert similarity(a.signature, b.signature) == 1.0
    assert a.primary_addressee != b.primary_addressee


def test_follow_up_words_are_noticed():
    assert LetterFingerprint.from_parsed(letters.resent()).follow_up
    assert not LetterFingerprint.from_parsed(letters.original()).follow_up


def test_a_letter_without_body_has_an_empty_signature_and_matches_nothing():
    empty = letters.original()
    empty.folded = "cong hoa xa hoi chu nghia viet nam\nkinh gui: ubnd xa tan phu"
    fp = LetterFingerprint.from_parsed(empty)
    assert fp.shingles == 0
    assert similarity(fp.signature, fp.signature) == 0.0
